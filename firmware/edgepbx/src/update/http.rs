//! `/v2/system/update` on the HTTP server: the head is checked by the API
//! (`Api::admit_system_update`: box administrators only), then the body is streamed through a
//! small bounded channel to the installer on the blocking pool, so an upload of any size holds
//! a few frames in memory. A client that stops sending for `idle` ends the upload (the
//! installer then sees a truncated bundle and refuses it).

use std::io::Read;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use edgepbx_api::system_update::UpdateFailure;
use edgepbx_api::{Api, ApiError, ApiRequest, ApiResponse};
use http_body_util::BodyExt;
use hyper::body::{Bytes, Incoming};
use serde_json::{Value, json};

use super::install::{InstallError, install};
use super::system::UpdateConfig;

/// Body frames in flight between the connection and the installer.
const FRAMES_IN_FLIGHT: usize = 8;

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

pub async fn serve(api: Arc<Api>, req: ApiRequest, body: Incoming, idle: Duration) -> ApiResponse {
    if let Err(refused) = api.admit_system_update(&req, now()) {
        return refused;
    }
    let config = match UpdateConfig::load(None) {
        Ok(Some(c)) => c,
        Ok(None) => {
            let e = UpdateFailure::NotAbBox("this box has no A/B system config".into());
            return api.system_update_reply(&req, now(), Err(e.into()));
        }
        Err(e) => {
            return api.system_update_reply(&req, now(), Err(UpdateFailure::Failed(e).into()));
        }
    };
    let outcome = if req.method == "GET" {
        smol::unblock(move || {
            super::status::status(&config).map_err(|e| UpdateFailure::Failed(e).into())
        })
        .await
    } else {
        upload(config, body, idle).await
    };
    api.system_update_reply(&req, now(), outcome)
}

async fn upload(config: UpdateConfig, body: Incoming, idle: Duration) -> Result<Value, ApiError> {
    stream_body(body, idle, move |input| install(&config, input))
        .await
        .map_err(|e| {
            let text = e.to_string();
            ApiError::from(match e {
                InstallError::Refused { .. } => UpdateFailure::Refused(text),
                InstallError::Busy(_) => UpdateFailure::Busy(text),
                InstallError::NoRoom(_) => UpdateFailure::NoRoom(text),
                InstallError::Failed(_) => UpdateFailure::Failed(text),
            })
        })
        .map(|done| {
            json!({
                "installed": done.manifest.version,
                "slot": done.slot.name(),
                "milliseconds": done.millis as u64,
                "slot_milliseconds": done.slot_millis as u64,
                "next": "reboot to start it; it is kept once it passes its health check",
            })
        })
}

/// Runs `consume` on the blocking pool over a request body streamed to it through a small
/// bounded channel (the end of the body, a broken connection, or `idle` without a frame is
/// the end of its input), and gives its answer. `consume` may stop reading early.
pub(crate) async fn stream_body<T: Send + 'static>(
    mut body: Incoming,
    idle: Duration,
    consume: impl FnOnce(&mut dyn Read) -> T + Send + 'static,
) -> T {
    let (tx, rx) = smol::channel::bounded::<Bytes>(FRAMES_IN_FLIGHT);
    let consumer = smol::unblock(move || {
        let mut input = FrameReader {
            rx,
            current: Bytes::new(),
        };
        consume(&mut input)
    });
    loop {
        let frame = smol::future::or(async { Some(body.frame().await) }, async {
            smol::Timer::after(idle).await;
            None
        })
        .await;
        let data = match frame {
            Some(Some(Ok(frame))) => match frame.into_data() {
                Ok(data) => data,
                Err(_) => continue, // trailers
            },
            // The end of the body, a broken connection or an idle client: the consumer
            // decides from what it got (a short bundle is refused as truncated).
            Some(None) | Some(Some(Err(_))) | None => break,
        };
        if tx.send(data).await.is_err() {
            break; // the consumer stopped early (refused); its answer says why
        }
    }
    drop(tx);
    consumer.await
}

/// A `Read` over the frames the connection passes on; the end of the channel is the end of
/// the body.
struct FrameReader {
    rx: smol::channel::Receiver<Bytes>,
    current: Bytes,
}

impl Read for FrameReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.current.is_empty() {
            match self.rx.recv_blocking() {
                Ok(next) => self.current = next,
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.current.len());
        buf[..n].copy_from_slice(&self.current[..n]);
        self.current = self.current.slice(n..);
        Ok(n)
    }
}
