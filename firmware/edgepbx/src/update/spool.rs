//! The spool: where a bundle's image waits on the data partition until its hash is proven.
//!
//! Why spool instead of streaming into the slot: the image's SHA-256 is known only after its
//! last byte, and a refused bundle must leave the other slot as it was (it may be the way
//! back). A signed per-chunk hash list would let each chunk be checked on arrival, but a
//! bundle changed in its 20th chunk would still have written 19 into the slot. So the
//! verified-while-received image goes to a file on the data partition (space reserved up
//! front), and only once the whole image matched the signed hash is it copied into the slot,
//! hashed again on the way (what is written is what was signed). RAUC's classic mode does the
//! same (the bundle is stored whole before it is installed). The price: the image is written
//! twice to flash and the data partition needs room for it, checked before the first byte.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

/// The spool file's name in the spool directory.
const FILE_NAME: &str = "edgepbx-update.spool";

/// Why no room could be made for the image.
#[derive(Debug)]
pub enum SpoolError {
    /// The data partition cannot hold the image and still keep `keep_free` bytes free.
    NoRoom {
        needed: u64,
        available: u64,
        keep_free: u64,
        dir: PathBuf,
    },
    Io(String),
}

impl std::fmt::Display for SpoolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpoolError::NoRoom {
                needed,
                available,
                keep_free,
                dir,
            } => write!(
                f,
                "the data partition ({}) has {available} bytes free; the {needed}-byte image \
                 needs that much and {keep_free} bytes must stay free for the PBX",
                dir.display()
            ),
            SpoolError::Io(e) => write!(f, "{e}"),
        }
    }
}

/// The spooled image; the file is removed when this is dropped (installed or refused).
pub struct Spool {
    path: PathBuf,
    file: File,
}

/// The spool file's path in `dir`.
pub fn path_in(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

/// Removes a spool left by an update cut short (power cut, crash); nothing else uses it.
pub fn remove_leftover(dir: &Path) {
    let _ = std::fs::remove_file(path_in(dir));
}

impl Spool {
    /// A new spool of `size` bytes in `dir`, its blocks reserved now so that a full data
    /// partition refuses the update before any image byte is taken, not in its middle.
    pub fn create(dir: &Path, size: u64, keep_free: u64) -> Result<Spool, SpoolError> {
        let path = path_in(dir);
        let _ = std::fs::remove_file(&path);
        let available = free_bytes(dir).map_err(|e| SpoolError::Io(e.to_string()))?;
        let no_room = |available| SpoolError::NoRoom {
            needed: size,
            available,
            keep_free,
            dir: dir.to_path_buf(),
        };
        if available < size.saturating_add(keep_free) {
            return Err(no_room(available));
        }
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| SpoolError::Io(format!("{}: {e}", path.display())))?;
        let spool = Spool { path, file };
        if size > 0 {
            // SAFETY: posix_fallocate on a descriptor we own, with a non-negative range.
            let rc = unsafe { libc::posix_fallocate(spool.file.as_raw_fd(), 0, size as i64) };
            match rc {
                0 => {}
                libc::ENOSPC => return Err(no_room(free_bytes(dir).unwrap_or(0))),
                // A file system without fallocate: the space check above has to do.
                libc::EOPNOTSUPP | libc::EINVAL => {}
                e => {
                    let e = std::io::Error::from_raw_os_error(e);
                    return Err(SpoolError::Io(format!("{}: {e}", spool.path.display())));
                }
            }
        }
        Ok(spool)
    }

    pub fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.file.write_all(bytes)
    }

    /// The image from its first byte, for the copy into the slot.
    pub fn rewind(&mut self) -> std::io::Result<()> {
        self.file.seek(SeekFrom::Start(0)).map(|_| ())
    }
}

impl Read for Spool {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.file.read(buf)
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Bytes an unprivileged writer may still use on the file system holding `dir`.
fn free_bytes(dir: &Path) -> std::io::Result<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c_path = std::ffi::CString::new(dir.as_os_str().as_bytes())
        .map_err(|_| std::io::Error::other("a NUL byte in the spool directory"))?;
    // SAFETY: statvfs fills the zeroed struct we pass; the path is NUL-terminated.
    let mut stat: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(c_path.as_ptr(), &mut stat) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(stat.f_bavail as u64 * stat.f_frsize as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spool_is_reserved_read_back_and_removed_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let mut spool = Spool::create(dir.path(), 3, 0).unwrap();
        spool.write_all(b"abc").unwrap();
        let mut back = Vec::new();
        spool.rewind().unwrap();
        spool.read_to_end(&mut back).unwrap();
        assert_eq!(back, b"abc");
        assert!(path_in(dir.path()).exists());
        drop(spool);
        assert!(!path_in(dir.path()).exists());
    }

    #[test]
    fn no_room_is_refused_before_anything_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let err = Spool::create(dir.path(), 1 << 20, u64::MAX / 2)
            .err()
            .expect("refused");
        assert!(matches!(err, SpoolError::NoRoom { .. }), "{err}");
        assert!(err.to_string().contains("must stay free"), "{err}");
        assert!(!path_in(dir.path()).exists());
    }
}
