//! `edgepbx log-files DIR`: writes the lines of its standard input to DIR/edgepbx.log and keeps
//! the logs bounded on flash: past `--file-kib` the file becomes edgepbx.log.1 (.1 becomes .2,
//! ...) and the oldest beyond `--files` goes. The appliance's supervisor pipes edgepbx's output
//! (and its own restart lines) through it onto the data partition.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

const NAME: &str = "edgepbx.log";

pub struct LogFiles {
    dir: PathBuf,
    max_bytes: u64,
    keep: u32,
    file: File,
    size: u64,
}

impl LogFiles {
    pub fn open(dir: &Path, max_bytes: u64, keep: u32) -> Result<LogFiles, String> {
        if max_bytes == 0 || keep == 0 {
            return Err("log-files: --file-kib and --files must be at least 1".into());
        }
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let (file, size) = open_current(dir)?;
        Ok(LogFiles {
            dir: dir.to_path_buf(),
            max_bytes,
            keep,
            file,
            size,
        })
    }

    /// Appends one line, rotating first if it would make the file pass its size.
    pub fn write_line(&mut self, line: &[u8]) -> Result<(), String> {
        let len = line.len() as u64 + 1;
        if self.size > 0 && self.size + len > self.max_bytes {
            self.rotate()?;
        }
        self.file
            .write_all(line)
            .and_then(|()| self.file.write_all(b"\n"))
            .map_err(|e| format!("{}: {e}", self.dir.join(NAME).display()))?;
        self.size += len;
        Ok(())
    }

    fn rotate(&mut self) -> Result<(), String> {
        let name = |i: u32| self.dir.join(format!("{NAME}.{i}"));
        let _ = std::fs::remove_file(name(self.keep));
        for i in (1..self.keep).rev() {
            let _ = std::fs::rename(name(i), name(i + 1));
        }
        let current = self.dir.join(NAME);
        std::fs::rename(&current, name(1)).map_err(|e| format!("{}: {e}", current.display()))?;
        (self.file, self.size) = open_current(&self.dir)?;
        Ok(())
    }
}

fn open_current(dir: &Path) -> Result<(File, u64), String> {
    let path = dir.join(NAME);
    let file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    Ok((file, size))
}

/// Copies standard input into the log files until it ends.
pub fn run(dir: &Path, file_kib: u64, files: u32) -> Result<(), String> {
    let mut logs = LogFiles::open(dir, file_kib * 1024, files)?;
    let stdin = std::io::stdin();
    let mut line = Vec::new();
    let mut input = stdin.lock();
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => return Ok(()),
            Ok(_) => {
                let text = line.strip_suffix(b"\n").unwrap_or(&line);
                logs.write_line(text)?;
            }
            Err(e) => return Err(format!("log-files: standard input: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotates_at_the_size_and_keeps_only_the_newest_files() {
        let dir = tempfile::tempdir().unwrap();
        let mut logs = LogFiles::open(dir.path(), 100, 2).unwrap();
        for i in 0..40 {
            logs.write_line(format!("line {i:02} of the log").as_bytes())
                .unwrap();
        }
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        names.sort();
        assert_eq!(names, ["edgepbx.log", "edgepbx.log.1", "edgepbx.log.2"]);
        for name in &names {
            let len = std::fs::metadata(dir.path().join(name)).unwrap().len();
            assert!(len <= 100, "{name} is {len} bytes");
        }
        let newest = std::fs::read_to_string(dir.path().join("edgepbx.log")).unwrap();
        assert!(newest.ends_with("line 39 of the log\n"), "{newest}");
        let oldest = std::fs::read_to_string(dir.path().join("edgepbx.log.2")).unwrap();
        assert!(
            !oldest.contains("line 00 "),
            "the oldest lines went: {oldest}"
        );

        // Reopened, it appends to the current file and counts its size.
        let mut again = LogFiles::open(dir.path(), 100, 2).unwrap();
        again.write_line(b"after a restart").unwrap();
        let len = std::fs::metadata(dir.path().join("edgepbx.log"))
            .unwrap()
            .len();
        assert!(len <= 100);
    }

    #[test]
    fn refuses_zero_limits() {
        let dir = tempfile::tempdir().unwrap();
        assert!(LogFiles::open(dir.path(), 0, 2).is_err());
        assert!(LogFiles::open(dir.path(), 100, 0).is_err());
    }
}
