//! Where the engine's call-control outputs go: terminated legs to the media server, HTTP
//! requests to short-lived client threads; their results come back into the engine as
//! flow events (taking the engine lock from the thread that produced them).

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, OnceLock};

use edgepbx_media::session::{LegConfig, MediaEvent};
use edgepbx_sip::engine::{Engine, FlowEvent, Output};

use super::OutputSink;
use super::clock::Clock;
use super::http_client;
use crate::media_server::{MediaServer, MediaServerHandle};

/// What a result needs to reach its call: the engine and the sink for what it then sends.
struct Back {
    engine: Arc<Mutex<Engine>>,
    sink: OutputSink,
    clock: Clock,
}

pub struct FlowIo {
    media: MediaServerHandle,
    /// The address the relay's sockets are reachable at from the media server.
    relay_ip: IpAddr,
    back: Arc<OnceLock<Back>>,
}

fn deliver(back: &OnceLock<Back>, call: u64, tag: u32, event: FlowEvent) {
    tracing::debug!(call, tag, ?event, "flow event");
    let Some(back) = back.get() else { return };
    let mut engine = super::supervise::lock_engine(&back.engine);
    engine.flow_event(back.clock.now(), call, tag, event);
    back.sink.drain(&mut engine);
}

impl FlowIo {
    /// Starts the media server; `relay_bind` is the relay's bind address.
    pub fn start(relay_bind: IpAddr) -> Result<Arc<FlowIo>, String> {
        let back: Arc<OnceLock<Back>> = Arc::new(OnceLock::new());
        let events = back.clone();
        let media = MediaServer::start(
            relay_bind,
            Box::new(move |call, tag, event: MediaEvent| {
                deliver(&events, call, tag, FlowEvent::Media(event));
            }),
        )?;
        let relay_ip = if relay_bind.is_unspecified() {
            media.addr().ip()
        } else {
            relay_bind
        };
        Ok(Arc::new(FlowIo {
            media,
            relay_ip,
            back,
        }))
    }

    pub fn media_server_addr(&self) -> SocketAddr {
        self.media.addr()
    }

    /// Connects results to the engine once it exists.
    pub fn attach(&self, engine: Arc<Mutex<Engine>>, sink: OutputSink, clock: Clock) {
        let _ = self.back.set(Back {
            engine,
            sink,
            clock,
        });
    }

    /// Carries out one call-control output (anything else is not ours).
    pub fn handle(&self, out: Output) {
        tracing::debug!(output = ?out, "flow output");
        match out {
            Output::MediaOpen {
                call,
                codec,
                payload_type,
                telephone_event,
                relay_port,
                country,
            } => {
                let cfg = LegConfig {
                    codec,
                    payload_type,
                    telephone_event,
                    ssrc: (call as u32).wrapping_mul(2_654_435_761) ^ 0x5eed,
                    country,
                };
                self.media
                    .open(call, cfg, SocketAddr::new(self.relay_ip, relay_port));
            }
            Output::Media { call, tag, command } => self.media.command(call, tag, command),
            Output::MediaClose { call } => self.media.close(call),
            Output::TapOpen { call, a, b } => {
                let at = |port| SocketAddr::new(self.relay_ip, port);
                self.media.open_tap(call, (a.0, at(a.1)), (b.0, at(b.1)));
            }
            Output::Tap { call, tag, command } => self.media.tap_command(call, tag, command),
            Output::TapClose { call } => self.media.close_tap(call),
            Output::Http { call, tag, request } => {
                let back = self.back.clone();
                http_client::spawn(request, move |result| {
                    deliver(&back, call, tag, FlowEvent::Http(result));
                });
            }
            other => tracing::debug!(output = ?other, "not a call-control output"),
        }
    }

    pub fn shutdown(&self) {
        self.media.shutdown();
    }
}
