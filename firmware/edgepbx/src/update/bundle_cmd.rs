//! `edgepbx update keygen` and `edgepbx update make-bundle`: the signing side, for the
//! release machine and for tests (it needs the secret key, which never goes onto a box).

use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use edgepbx_update::SecretKey;
use edgepbx_update::bundle::{Manifest, header, sha256_hex};
use sha2::{Digest, Sha256};

pub fn keygen(secret: &Path, public: &Path) -> Result<(), String> {
    let key = SecretKey::generate(&ring::rand::SystemRandom::new()).map_err(|e| e.to_string())?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(secret)
        .map_err(|e| format!("{}: {e}", secret.display()))?;
    file.write_all(key.to_text().as_bytes())
        .map_err(|e| format!("{}: {e}", secret.display()))?;
    std::fs::write(public, key.public().to_text())
        .map_err(|e| format!("{}: {e}", public.display()))?;
    println!(
        "key {} written: secret {}, public {}",
        key.public().id(),
        secret.display(),
        public.display()
    );
    Ok(())
}

pub struct BundleSpec<'a> {
    pub key: &'a Path,
    pub rootfs: &'a Path,
    pub version: &'a str,
    pub arch: &'a str,
    pub compatible: &'a str,
    pub output: &'a Path,
}

/// Architectures as Rust names them (`std::env::consts::ARCH`), which is what a box compares.
const ARCHES: &[&str] = &["aarch64", "arm", "x86_64", "x86", "riscv64"];

pub fn make_bundle(spec: &BundleSpec) -> Result<(), String> {
    if !ARCHES.contains(&spec.arch) {
        return Err(format!(
            "--arch {}: not one of {} (Rust's names: aarch64, not arm64)",
            spec.arch,
            ARCHES.join(", ")
        ));
    }
    if spec.version.is_empty() || spec.compatible.is_empty() {
        return Err("--version and --compatible may not be empty".into());
    }
    let key_text =
        std::fs::read_to_string(spec.key).map_err(|e| format!("{}: {e}", spec.key.display()))?;
    let key = SecretKey::parse(&key_text).map_err(|e| format!("{}: {e}", spec.key.display()))?;
    let open = |p: &Path| File::open(p).map_err(|e| format!("{}: {e}", p.display()));
    // Two passes over the image: the hash goes into the signed header in front of it.
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut image = open(spec.rootfs)?;
    let mut buf = vec![0u8; super::install::CHUNK];
    loop {
        let n = image
            .read(&mut buf)
            .map_err(|e| format!("{}: {e}", spec.rootfs.display()))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    let manifest = Manifest {
        format: 1,
        version: spec.version.to_string(),
        arch: spec.arch.to_string(),
        compatible: spec.compatible.to_string(),
        rootfs_size: size,
        rootfs_sha256: sha256_hex(&hasher.finalize()),
    };
    let mut out =
        File::create(spec.output).map_err(|e| format!("{}: {e}", spec.output.display()))?;
    let write_err = |e: std::io::Error| format!("{}: {e}", spec.output.display());
    out.write_all(&header(&manifest, &key)).map_err(write_err)?;
    let mut image = open(spec.rootfs)?;
    let copied = std::io::copy(&mut image, &mut out).map_err(write_err)?;
    if copied != size {
        return Err(format!(
            "{} changed while it was read",
            spec.rootfs.display()
        ));
    }
    out.sync_all().map_err(write_err)?;
    println!(
        "bundle {} written: version {}, {} bytes of root file system, key {}",
        spec.output.display(),
        spec.version,
        size,
        key.public().id()
    );
    Ok(())
}
