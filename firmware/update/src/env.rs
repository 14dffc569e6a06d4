//! U-Boot's environment, in its two forms.
//!
//! Text (`env export -t` / `env import -t`, what the image's boot script keeps in `boot.env`
//! on the FAT boot partition): `name=value` lines, ended by a NUL when U-Boot wrote it.
//!
//! Binary (the flash environment `fw_printenv`/`fw_setenv` of libubootenv read): one copy is `size` bytes: a little-endian CRC-32 of the data area, with a redundant
//! environment one flags byte, then the data area: `name=value\0` entries, an empty entry
//! (`\0`) to end them, and padding up to `size`. With two copies the one with a good CRC and
//! the newer flags value is current; a write goes to the other copy with flags + 1, so a power
//! cut during the write leaves the current copy whole.

use std::collections::BTreeMap;
use std::fmt;

use crate::crc32::crc32;

/// The variables of an environment (U-Boot exports them sorted by name, as we do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Env {
    pub vars: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvError {
    /// The block is smaller than its header.
    TooSmall { size: usize },
    /// The CRC does not match: never written, or cut in the middle of a write.
    BadCrc,
    /// No copy has a good CRC.
    NoValidCopy,
    /// An entry without `=`, or a name or value that is not UTF-8 or holds `=`/NUL.
    Malformed(String),
    /// The variables do not fit into the block.
    TooLarge { needed: usize, size: usize },
}

impl fmt::Display for EnvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnvError::TooSmall { size } => {
                write!(f, "environment block of {size} bytes is too small")
            }
            EnvError::BadCrc => write!(f, "environment CRC mismatch"),
            EnvError::NoValidCopy => write!(f, "no copy of the boot environment has a valid CRC"),
            EnvError::Malformed(what) => write!(f, "malformed environment entry: {what}"),
            EnvError::TooLarge { needed, size } => {
                write!(
                    f,
                    "environment needs {needed} bytes, the block holds {size}"
                )
            }
        }
    }
}

impl std::error::Error for EnvError {}

impl Env {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(String::as_str)
    }

    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.vars.insert(name.to_string(), value.into());
    }
}

/// Reads the text form. Lines without `=` are an error; a NUL ends the text (U-Boot adds one).
pub fn decode_text(bytes: &[u8]) -> Result<Env, EnvError> {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    let text = std::str::from_utf8(&bytes[..end])
        .map_err(|_| EnvError::Malformed("the text environment is not UTF-8".into()))?;
    let mut env = Env::default();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (name, value) = line
            .split_once('=')
            .ok_or_else(|| EnvError::Malformed(line.to_string()))?;
        env.vars.insert(name.to_string(), value.to_string());
    }
    Ok(env)
}

/// Writes the text form as `env export -t` does: sorted lines and one closing NUL.
pub fn encode_text(env: &Env) -> Result<Vec<u8>, EnvError> {
    let mut out = Vec::new();
    for (name, value) in &env.vars {
        if name.is_empty() || name.contains(['=', '\0', '\n']) || value.contains(['\0', '\n']) {
            return Err(EnvError::Malformed(format!("{name}={value}")));
        }
        out.extend_from_slice(format!("{name}={value}\n").as_bytes());
    }
    out.push(0);
    Ok(out)
}

/// Which copy holds the current environment, as found by [`read`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Current {
    /// 0 or 1.
    pub index: usize,
    /// The flags byte of a redundant copy; `None` for a single environment.
    pub flags: Option<u8>,
}

fn header_len(redundant: bool) -> usize {
    if redundant { 5 } else { 4 }
}

/// Decodes one copy. `redundant` says whether it carries the flags byte.
pub fn decode(block: &[u8], redundant: bool) -> Result<(Env, Option<u8>), EnvError> {
    let header = header_len(redundant);
    if block.len() <= header {
        return Err(EnvError::TooSmall { size: block.len() });
    }
    let stored = u32::from_le_bytes([block[0], block[1], block[2], block[3]]);
    let data = &block[header..];
    if crc32(data) != stored {
        return Err(EnvError::BadCrc);
    }
    let flags = redundant.then(|| block[4]);
    let mut env = Env::default();
    for entry in data.split(|&b| b == 0) {
        if entry.is_empty() {
            break;
        }
        let text = std::str::from_utf8(entry)
            .map_err(|_| EnvError::Malformed(String::from_utf8_lossy(entry).into_owned()))?;
        let (name, value) = text
            .split_once('=')
            .ok_or_else(|| EnvError::Malformed(text.to_string()))?;
        env.vars.insert(name.to_string(), value.to_string());
    }
    Ok((env, flags))
}

/// Encodes one copy of `size` bytes.
pub fn encode(env: &Env, size: usize, flags: Option<u8>) -> Result<Vec<u8>, EnvError> {
    let header = header_len(flags.is_some());
    let mut block = vec![0u8; header];
    for (name, value) in &env.vars {
        if name.is_empty() || name.contains(['=', '\0']) || value.contains('\0') {
            return Err(EnvError::Malformed(format!("{name}={value}")));
        }
        block.extend_from_slice(name.as_bytes());
        block.push(b'=');
        block.extend_from_slice(value.as_bytes());
        block.push(0);
    }
    // The empty entry that ends the list.
    block.push(0);
    if block.len() > size {
        return Err(EnvError::TooLarge {
            needed: block.len(),
            size,
        });
    }
    block.resize(size, 0);
    let crc = crc32(&block[header..]);
    block[..4].copy_from_slice(&crc.to_le_bytes());
    if let Some(flags) = flags {
        block[4] = flags;
    }
    Ok(block)
}

/// Reads the current environment from one copy (single) or two (redundant).
pub fn read(copies: &[&[u8]]) -> Result<(Env, Current), EnvError> {
    match copies {
        [single] => {
            let (env, _) = decode(single, false)?;
            Ok((
                env,
                Current {
                    index: 0,
                    flags: None,
                },
            ))
        }
        [a, b] => {
            let a = decode(a, true).ok();
            let b = decode(b, true).ok();
            let pick =
                |index: usize, (env, flags): (Env, Option<u8>)| (env, Current { index, flags });
            match (a, b) {
                (Some(a), Some(b)) => {
                    let (fa, fb) = (a.1.unwrap_or(0), b.1.unwrap_or(0));
                    // libubootenv's rule for an incrementing counter, wrapping at 255.
                    let b_newer = match (fa, fb) {
                        (255, 0) => true,
                        (0, 255) => false,
                        _ => fb > fa,
                    };
                    Ok(if b_newer { pick(1, b) } else { pick(0, a) })
                }
                (Some(a), None) => Ok(pick(0, a)),
                (None, Some(b)) => Ok(pick(1, b)),
                (None, None) => Err(EnvError::NoValidCopy),
            }
        }
        _ => Err(EnvError::NoValidCopy),
    }
}

/// Where and what to write so that `env` becomes current: (copy index, block bytes).
pub fn write(env: &Env, size: usize, current: Current) -> Result<(usize, Vec<u8>), EnvError> {
    match current.flags {
        None => Ok((0, encode(env, size, None)?)),
        Some(flags) => Ok((
            1 - current.index,
            encode(env, size, Some(flags.wrapping_add(1)))?,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Env {
        let mut env = Env::default();
        env.set("BOOT_ORDER", "A B");
        env.set("BOOT_A_LEFT", "3");
        env.set("BOOT_B_LEFT", "3");
        env
    }

    #[test]
    fn single_round_trip_and_layout() {
        let block = encode(&sample(), 256, None).unwrap();
        assert_eq!(block.len(), 256);
        assert_eq!(&block[4..20], b"BOOT_A_LEFT=3\0BO");
        let (env, current) = read(&[&block]).unwrap();
        assert_eq!(env, sample());
        assert_eq!(
            current,
            Current {
                index: 0,
                flags: None
            }
        );
    }

    #[test]
    fn corrupted_block_is_refused() {
        let mut block = encode(&sample(), 256, None).unwrap();
        block[10] ^= 1;
        assert_eq!(read(&[&block]), Err(EnvError::BadCrc));
        assert_eq!(decode(&[0; 3], false), Err(EnvError::TooSmall { size: 3 }));
    }

    #[test]
    fn entry_without_equals_is_malformed() {
        let mut env_bytes = vec![0u8; 4];
        env_bytes.extend_from_slice(b"novalue\0\0");
        env_bytes.resize(64, 0);
        let crc = crc32(&env_bytes[4..]);
        env_bytes[..4].copy_from_slice(&crc.to_le_bytes());
        assert!(matches!(
            decode(&env_bytes, false),
            Err(EnvError::Malformed(_))
        ));
    }

    #[test]
    fn too_large_and_bad_names_are_refused() {
        assert!(matches!(
            encode(&sample(), 16, None),
            Err(EnvError::TooLarge { .. })
        ));
        let mut env = Env::default();
        env.set("a=b", "c");
        assert!(matches!(
            encode(&env, 64, None),
            Err(EnvError::Malformed(_))
        ));
    }

    #[test]
    fn redundant_write_goes_to_the_other_copy_and_wins() {
        let first = encode(&sample(), 128, Some(7)).unwrap();
        let mut copies = [first, vec![0xff; 128]];
        let (mut env, current) = read(&[&copies[0], &copies[1]]).unwrap();
        assert_eq!(
            current,
            Current {
                index: 0,
                flags: Some(7)
            }
        );
        env.set("BOOT_ORDER", "B A");
        let (index, block) = write(&env, 128, current).unwrap();
        assert_eq!(index, 1);
        copies[index] = block;
        let (now, current) = read(&[&copies[0], &copies[1]]).unwrap();
        assert_eq!(now.get("BOOT_ORDER"), Some("B A"));
        assert_eq!(
            current,
            Current {
                index: 1,
                flags: Some(8)
            }
        );
        // A write cut short (bad CRC) leaves the previous copy current.
        copies[0] = encode(&sample(), 128, Some(9)).unwrap();
        copies[0][40] ^= 0x55;
        let (still, _) = read(&[&copies[0], &copies[1]]).unwrap();
        assert_eq!(still.get("BOOT_ORDER"), Some("B A"));
    }

    #[test]
    fn text_form_as_u_boot_exports_it() {
        let text = encode_text(&sample()).unwrap();
        assert_eq!(text, b"BOOT_A_LEFT=3\nBOOT_B_LEFT=3\nBOOT_ORDER=A B\n\0");
        assert_eq!(decode_text(&text).unwrap(), sample());
        // Hand-written, CRLF, without the NUL.
        let env = decode_text(b"BOOT_ORDER=B A\r\n\nBOOT_B_LEFT=1\n").unwrap();
        assert_eq!(env.get("BOOT_ORDER"), Some("B A"));
        assert_eq!(env.get("BOOT_B_LEFT"), Some("1"));
        assert!(matches!(
            decode_text(b"BOOT_ORDER\n"),
            Err(EnvError::Malformed(_))
        ));
        let mut bad = Env::default();
        bad.set("X", "a\nb");
        assert!(encode_text(&bad).is_err());
    }

    #[test]
    fn flags_wrap_around() {
        let a = encode(&sample(), 64, Some(255)).unwrap();
        let mut newer = sample();
        newer.set("BOOT_ORDER", "B A");
        let b = encode(&newer, 64, Some(0)).unwrap();
        let (env, current) = read(&[&a, &b]).unwrap();
        assert_eq!(current.index, 1);
        assert_eq!(env.get("BOOT_ORDER"), Some("B A"));
        let none: [&[u8]; 2] = [&[0u8; 64], &[1u8; 64]];
        assert_eq!(read(&none), Err(EnvError::NoValidCopy));
    }
}
