//! Backup and restore, with or without a running PBX, and a clean stop of the running one. The running PBX listens on a Unix socket
//! in its data directory (mode 0600: only its owner can use it); the CLI asks it to do the work
//! so the snapshot comes from the live store. When nothing listens, the CLI opens the store itself.
//! `/v2/system/backup` (`backup_http`) takes and restores snapshots through the same two
//! functions as the socket (`backup_live`, `restore_live`).

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use edgepbx_api::Api;
use edgepbx_store::{Snapshot, Store};

pub const SOCKET: &str = "control.sock";
pub const DB_FILE: &str = "edgepbx.redb";

fn absolute(file: &Path) -> Result<PathBuf, String> {
    std::path::absolute(file).map_err(|e| format!("{}: {e}", file.display()))
}

pub fn ask_running(data: &Path, command: &str, file: &Path) -> Option<Result<(), String>> {
    let mut stream = UnixStream::connect(data.join(SOCKET)).ok()?;
    let line = format!("{command} {}\n", file.display());
    if let Err(e) = stream.write_all(line.as_bytes()) {
        return Some(Err(format!("control socket: {e}")));
    }
    let mut reply = String::new();
    if let Err(e) = BufReader::new(stream).read_line(&mut reply) {
        return Some(Err(format!("control socket: {e}")));
    }
    Some(match reply.trim_end().strip_prefix("ok") {
        Some(_) => Ok(()),
        None => Err(reply.trim_end().trim_start_matches("error ").to_string()),
    })
}

fn with_store(data: &Path, f: impl FnOnce(&Store) -> Result<(), String>) -> Result<(), String> {
    let path = data.join(DB_FILE);
    if !path.exists() {
        return Err(format!("{}: no edgepbx store here", data.display()));
    }
    let store = Store::open(&path).map_err(|e| {
        format!(
            "{}: {e} (is the PBX running without its control socket?)",
            path.display()
        )
    })?;
    let result = f(&store);
    store.close();
    result
}

pub fn backup(file: &Path, data: &Path) -> Result<(), String> {
    let file = absolute(file)?;
    if let Some(result) = ask_running(data, "backup", &file) {
        // The running box noted it.
        return result.map(|()| println!("backup written to {} (live)", file.display()));
    }
    with_store(data, |s| s.backup(&file).map_err(|e| e.to_string()))?;
    crate::box_facts::record_backup(data, &file, &file.display().to_string(), unix_now());
    println!("backup written to {}", file.display());
    Ok(())
}

pub fn restore(file: &Path, data: &Path) -> Result<(), String> {
    let file = absolute(file)?;
    if !file.is_file() {
        return Err(format!("{}: no such file", file.display()));
    }
    if let Some(result) = ask_running(data, "restore", &file) {
        return result.map(|()| println!("restored from {} (live)", file.display()));
    }
    std::fs::create_dir_all(data).map_err(|e| format!("{}: {e}", data.display()))?;
    let path = data.join(DB_FILE);
    let store = Store::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let result = store.restore(&file).map_err(|e| e.to_string());
    store.close();
    result?;
    println!("restored from {}", file.display());
    Ok(())
}

/// Writes a snapshot of the running box's store to `file` and records it for the dashboard
/// as `label` (the CLI's file, or the name a download was given). A read transaction only:
/// the engine and writers go on meanwhile.
pub fn backup_live(store: &Store, data: &Path, file: &Path, label: &str) -> Result<(), String> {
    store.backup(file).map_err(|e| e.to_string())?;
    crate::box_facts::record_backup(data, file, label, unix_now());
    Ok(())
}

/// Replaces the running box's store with a checked snapshot, in one transaction (the
/// document caches are dropped with its commit), then hands the engine the restored
/// box-wide settings it holds in memory (the SIP and login ban thresholds).
pub fn restore_live(api: &Api, snapshot: Snapshot) -> Result<(), String> {
    api.store()
        .restore_snapshot(snapshot)
        .map_err(|e| e.to_string())?;
    api.apply_stored_sip_security();
    Ok(())
}

/// Serves backup/restore requests of the CLI for the running PBX, on its own thread.
pub fn listen(data: &Path, api: Arc<Api>) -> Result<(), String> {
    let path = data.join(SOCKET);
    // A socket left by a crashed run: nobody answers on it, so it can go.
    if UnixStream::connect(&path).is_err() {
        let _ = std::fs::remove_file(&path);
    }
    let listener = UnixListener::bind(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| e.to_string())?;
    let data = data.to_path_buf();
    std::thread::Builder::new()
        .name("control".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                serve_one(stream, &api, &data);
            }
        })
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// Wall-clock seconds for the backup record (the dashboard shows its age).
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn serve_one(stream: UnixStream, api: &Api, data: &Path) {
    let mut line = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut line).is_err() || line.len() > 4096 {
        return;
    }
    let line = line.trim_end();
    // "stop" has no file argument.
    let (command, file) = line.split_once(' ').unwrap_or((line, ""));
    let result = match command {
        "backup" => backup_live(api.store(), data, Path::new(file), file),
        "restore" => Store::read_snapshot(Path::new(file))
            .map_err(|e| e.to_string())
            .and_then(|snapshot| restore_live(api, snapshot)),
        // The same clean shutdown as SIGTERM (factory reset asks for it; a supervisor restarts).
        // SAFETY: kill only sends a signal to this process, which run() handles.
        "stop" => match unsafe { libc::kill(libc::getpid(), libc::SIGTERM) } {
            0 => Ok(()),
            _ => Err(std::io::Error::last_os_error().to_string()),
        },
        _ => Err(format!("unknown command '{command}'")),
    };
    match &result {
        Ok(()) => tracing::info!(command, file, "control request done"),
        Err(e) => tracing::warn!(command, file, %e, "control request failed"),
    }
    let reply = match result {
        Ok(()) => "ok\n".to_string(),
        Err(e) => format!("error {e}\n"),
    };
    let _ = (&stream).write_all(reply.as_bytes());
}
