//! `/v2/system/backup` on the HTTP server (`edgepbx_api::system_backup`): the head is checked
//! first (`Api::admit_box_stream`: a box administrator's token, nothing read before it), then
//! - `GET` writes a snapshot into a temporary file in the data directory (a read transaction:
//!   the engine and the store's writer go on), records it as the last backup, unlinks the
//!   file and streams the still open file to the client in 64 KiB frames;
//! - `PUT`/`POST` streams the body into a temporary file in the data directory (at most
//!   `MAX_RESTORE_BYTES` and half the partition's free space, which the restored store needs
//!   too), checks it is a snapshot (else 400 with the reason, nothing changed) and restores
//!   it through the same code as `edgepbx restore` on the control socket.
//!
//! Either way the temporary file is removed.

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use edgepbx_api::system_backup::{BackupFailure, MAX_RESTORE_BYTES};
use edgepbx_api::{Api, ApiRequest};
use edgepbx_store::Store;
use http_body_util::{BodyExt, StreamBody};
use hyper::Response;
use hyper::body::{Bytes, Frame, Incoming};
use serde_json::json;
use smol::stream::StreamExt;

use crate::control::{backup_live, restore_live, unix_now};
use crate::http_server::{Body, to_hyper};
use crate::update::http::stream_body;

const FRAME_BYTES: usize = 64 * 1024;
/// Frames read ahead of a slow client.
const FRAMES_IN_FLIGHT: usize = 4;

pub async fn serve(
    api: Arc<Api>,
    data: PathBuf,
    req: ApiRequest,
    declared: Option<usize>,
    body: Incoming,
    idle: Duration,
) -> Response<Body> {
    if let Err(refused) = api.admit_box_stream(&req, unix_now()) {
        return to_hyper(refused);
    }
    if req.method == "GET" {
        let worker = api.clone();
        return match smol::unblock(move || snapshot(&worker, &data)).await {
            Ok(download) => download.response(),
            Err(e) => to_hyper(api.box_stream_reply(&req, unix_now(), Err(e.into()))),
        };
    }
    let limit = Limit::of(&data);
    if let Some(refused) = declared.and_then(|n| limit.refuses(n as u64)) {
        let reply = api.box_stream_reply(&req, unix_now(), Err(refused.into()));
        return to_hyper(reply.with_header("connection", "close"));
    }
    let worker = api.clone();
    let outcome = stream_body(body, idle, move |input| {
        let tmp = temp_path(&data, "restore");
        let result = receive(input, &tmp, limit).and_then(|bytes| {
            let snapshot = Store::read_snapshot(&tmp).map_err(|e| {
                // The reason, without the temporary file's name.
                let text = e.to_string();
                let prefix = format!("{}: ", tmp.display());
                BackupFailure::NotSnapshot(
                    text.replace(&prefix, "")
                        .replace(&tmp.display().to_string(), "the file"),
                )
            })?;
            restore_live(&worker, snapshot).map_err(BackupFailure::Failed)?;
            Ok(bytes)
        });
        let _ = std::fs::remove_file(&tmp);
        result
    })
    .await;
    let outcome = outcome.map(|bytes| {
        // The store may hold other accounts and users now: a session whose account and user
        // are in it goes on, any other has to sign in with the restored credentials.
        let signed_in = api
            .admit(&req, None, unix_now())
            .is_ok_and(|a| a.authenticated);
        json!({"restored": true, "bytes": bytes, "signed_in": signed_in})
    });
    let reply = api.box_stream_reply(&req, unix_now(), outcome.map_err(Into::into));
    to_hyper(reply)
}

/// Removes what a backup or restore cut off by a crash or power cut left in the data
/// directory (called at start, before any request).
pub fn remove_leftovers(data: &Path) {
    let Ok(entries) = std::fs::read_dir(data) else {
        return;
    };
    for name in entries.filter_map(|e| e.ok()?.file_name().into_string().ok()) {
        if name.starts_with("backup-") && (name.ends_with(".tmp") || name.ends_with(".partial")) {
            let _ = std::fs::remove_file(data.join(&name));
        }
    }
}

/// A name in the data directory no other request uses (same file system as the store, so
/// the partition's free space is what counts).
fn temp_path(data: &Path, what: &str) -> PathBuf {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    data.join(format!("backup-{what}-{}-{n}.tmp", std::process::id()))
}

/// How much a restore body may be.
#[derive(Clone, Copy)]
struct Limit {
    bytes: u64,
    /// Whether the partition's free space (not the fixed cap) sets it.
    by_room: bool,
}

impl Limit {
    fn of(data: &Path) -> Limit {
        let room = crate::box_facts::storage(data)
            .and_then(|s| s["free_bytes"].as_u64())
            .map_or(MAX_RESTORE_BYTES, |free| free / 2);
        Limit {
            bytes: room.min(MAX_RESTORE_BYTES),
            by_room: room < MAX_RESTORE_BYTES,
        }
    }

    fn refuses(&self, bytes: u64) -> Option<BackupFailure> {
        (bytes > self.bytes).then(|| match self.by_room {
            true => BackupFailure::NoRoom(format!(
                "the data partition has room for a backup of at most {} bytes",
                self.bytes
            )),
            false => BackupFailure::TooLarge,
        })
    }
}

/// Copies the body into `tmp`, refusing it once it passes `limit`; its length.
fn receive(input: &mut dyn Read, tmp: &Path, limit: Limit) -> Result<u64, BackupFailure> {
    let failed = |e: std::io::Error| BackupFailure::Failed(format!("{}: {e}", tmp.display()));
    let mut file = File::create(tmp).map_err(failed)?;
    let copied = std::io::copy(&mut input.take(limit.bytes + 1), &mut file).map_err(failed)?;
    if let Some(refused) = limit.refuses(copied) {
        return Err(refused);
    }
    file.flush().map_err(failed)?;
    Ok(copied)
}

/// A snapshot ready to be sent: its file is already unlinked.
struct Download {
    file: File,
    bytes: u64,
    name: String,
}

fn snapshot(api: &Api, data: &Path) -> Result<Download, BackupFailure> {
    let now = unix_now();
    let stamp = jiff::Timestamp::from_second(now as i64)
        .map(|t| t.strftime("%Y%m%d-%H%M%S").to_string())
        .unwrap_or_default();
    let name = format!("edgepbx-backup-{stamp}.bin");
    let tmp = temp_path(data, "download");
    let opened = backup_live(api.store(), data, &tmp, &name)
        .and_then(|()| File::open(&tmp).map_err(|e| e.to_string()));
    // The open file stays readable; nothing is left behind if the client goes away.
    let _ = std::fs::remove_file(&tmp);
    let file = opened.map_err(BackupFailure::Failed)?;
    let bytes = file
        .metadata()
        .map_err(|e| BackupFailure::Failed(e.to_string()))?
        .len();
    Ok(Download { file, bytes, name })
}

impl Download {
    fn response(self) -> Response<Body> {
        let Download {
            mut file,
            bytes,
            name,
        } = self;
        let (tx, rx) = smol::channel::bounded::<std::io::Result<Bytes>>(FRAMES_IN_FLIGHT);
        // A client that stops reading closes the channel, which ends this reader.
        smol::unblock(move || {
            let mut buf = vec![0u8; FRAME_BYTES];
            loop {
                let frame = match file.read(&mut buf) {
                    Ok(0) => return,
                    Ok(n) => Ok(Bytes::copy_from_slice(&buf[..n])),
                    Err(e) => Err(e),
                };
                let failed = frame.is_err();
                if tx.send_blocking(frame).is_err() || failed {
                    return;
                }
            }
        })
        .detach();
        let body = StreamBody::new(rx.map(|frame| frame.map(Frame::data))).boxed_unsync();
        Response::builder()
            .status(200)
            .header("content-type", "application/octet-stream")
            .header("content-length", bytes)
            .header(
                "content-disposition",
                format!("attachment; filename=\"{name}\""),
            )
            .header("cache-control", "no-store")
            .body(body)
            .unwrap_or_else(|_| Response::new(crate::http_server::whole(Bytes::new())))
    }
}
