//! A small file replaced all at once: written to a temporary file, flushed to the disk,
//! renamed over the old one, and the directory flushed, so that a power cut leaves either
//! the old file or the new one, never a torn mix.

use std::io::Write;
use std::path::Path;

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = dir.join(format!(".{name}.tmp"));
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, dir.join(name))?;
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        super::write(dir.path(), "x.json", b"one").unwrap();
        super::write(dir.path(), "x.json", b"two").unwrap();
        assert_eq!(std::fs::read(dir.path().join("x.json")).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
