//! `edgepbx factory-reset`: every document, voicemail, recording, certificate and setting in the
//! data directory goes, and the next start is a first boot (new office account, new admin
//! password). The CLI leaves a marker file and, when the PBX is running, asks it to stop; the
//! wipe itself happens at the start of `run` before the store opens, so it never races a running
//! store and a power cut in the middle is finished at the next start.

use std::path::Path;

use crate::control;

/// The marker in the data directory; present means "wipe before the next start".
pub const MARKER: &str = "factory-reset.requested";

pub fn request(data: &Path, yes: bool) -> Result<(), String> {
    if !yes {
        return Err(format!(
            "factory-reset deletes everything in {} (documents, voicemail, certificates); \
             add --yes to do it",
            data.display()
        ));
    }
    if !data.is_dir() {
        return Err(format!("{}: no such data directory", data.display()));
    }
    crate::atomic_file::write(data, MARKER, b"requested by edgepbx factory-reset\n")
        .map_err(|e| format!("{}: {e}", data.join(MARKER).display()))?;
    match control::ask_running(data, "stop", Path::new("")) {
        Some(Ok(())) => {
            println!(
                "edgepbx is stopping; {} is wiped when it starts again",
                data.display()
            );
            Ok(())
        }
        Some(Err(e)) => Err(format!("the running edgepbx refused to stop: {e}")),
        None => {
            wipe_if_requested(data)?;
            println!("wiped {}: the next start is a first boot", data.display());
            Ok(())
        }
    }
}

/// At the start of `run`: if a reset was requested, empty the data directory (the marker goes
/// last). Returns whether it wiped.
pub fn wipe_if_requested(data: &Path) -> Result<bool, String> {
    let marker = data.join(MARKER);
    if !marker.exists() {
        return Ok(false);
    }
    let entries = std::fs::read_dir(data).map_err(|e| format!("{}: {e}", data.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", data.display()))?;
        let path = entry.path();
        if path == marker {
            continue;
        }
        let removed = if entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        removed.map_err(|e| format!("factory reset: {}: {e}", path.display()))?;
    }
    std::fs::remove_file(&marker).map_err(|e| format!("{}: {e}", marker.display()))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_without_yes_and_for_a_missing_directory() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("edgepbx.redb"), b"x").unwrap();
        let e = request(dir.path(), false).unwrap_err();
        assert!(e.contains("--yes"), "{e}");
        assert!(dir.path().join("edgepbx.redb").exists(), "nothing deleted");
        let e = request(&dir.path().join("nope"), true).unwrap_err();
        assert!(e.contains("no such data directory"), "{e}");
    }

    #[test]
    fn wipes_everything_and_the_marker_only_when_requested() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("edgepbx.redb"), b"x").unwrap();
        std::fs::create_dir_all(dir.path().join("tls")).unwrap();
        std::fs::write(dir.path().join("tls/key.pem"), b"k").unwrap();
        assert!(
            !wipe_if_requested(dir.path()).unwrap(),
            "no marker, no wipe"
        );
        assert!(dir.path().join("edgepbx.redb").exists());

        request(dir.path(), true).unwrap();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
