//! The media server for terminated legs: one UDP socket and one thread named "media" around
//! the sans-IO [`MediaHub`]. The SIP engine answers a caller itself, points the relay's B side
//! at [`MediaServerHandle::addr`], opens a session with the relay's B-side address, and sends
//! commands; events come back through the `on_event` callback (called on the media thread:
//! it must not block).

#[cfg(test)]
mod tests;
mod worker;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};
use std::sync::mpsc::{SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use edgepbx_media::session::{
    LegConfig, MediaCommand, MediaEvent, MediaHub, StreamFormat, TapCommand,
};

/// Commands waiting for the media thread; beyond this they are dropped with a warning rather
/// than blocking the SIP engine.
const QUEUE: usize = 4096;

pub type OnEvent = Box<dyn Fn(u64, u32, MediaEvent) + Send>;

enum Ctl {
    Open(u64, Box<LegConfig>, SocketAddr),
    Command(u64, u32, MediaCommand),
    Close(u64),
    /// A tap on a bridged call: each side's format and the relay address its copies come from.
    OpenTap(u64, Box<[(Option<StreamFormat>, SocketAddr); 2]>),
    TapCommand(u64, u32, TapCommand),
    CloseTap(u64),
    Shutdown,
}

pub struct MediaServer;

impl MediaServer {
    /// Binds one UDP socket on `bind_ip:0` (loopback when `bind_ip` is unspecified) and starts
    /// the media thread.
    pub fn start(bind_ip: IpAddr, on_event: OnEvent) -> Result<MediaServerHandle, String> {
        let ip = match bind_ip {
            IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
            ip => ip,
        };
        let socket =
            UdpSocket::bind((ip, 0)).map_err(|e| format!("media server: bind {ip}: {e}"))?;
        let addr = socket
            .local_addr()
            .map_err(|e| format!("media server: {e}"))?;
        let waker = UdpSocket::bind((ip, 0)).map_err(|e| format!("media server: waker: {e}"))?;
        let (tx, rx) = sync_channel(QUEUE);
        let worker = worker::Worker::new(socket, rx, on_event, MediaHub::new());
        let thread = std::thread::Builder::new()
            .name("media".into())
            .spawn(move || worker.run())
            .map_err(|e| format!("media server: spawn: {e}"))?;
        Ok(MediaServerHandle {
            inner: Arc::new(Inner {
                addr,
                tx,
                waker,
                thread: Mutex::new(Some(thread)),
            }),
        })
    }
}

struct Inner {
    addr: SocketAddr,
    tx: SyncSender<Ctl>,
    /// Sends the 0-byte datagram that wakes the media thread for a command.
    waker: UdpSocket,
    thread: Mutex<Option<JoinHandle<()>>>,
}

/// Cheap to clone; the thread ends with `shutdown` or when the last handle is dropped.
#[derive(Clone)]
pub struct MediaServerHandle {
    inner: Arc<Inner>,
}

impl MediaServerHandle {
    /// Where the relay must send the caller's RTP.
    pub fn addr(&self) -> SocketAddr {
        self.inner.addr
    }

    /// Opens a session; `relay` is the relay's B-side address, where its RTP comes from and
    /// where ours goes.
    pub fn open(&self, key: u64, cfg: LegConfig, relay: SocketAddr) {
        self.send(Ctl::Open(key, Box::new(cfg), relay));
    }

    pub fn command(&self, key: u64, tag: u32, cmd: MediaCommand) {
        self.send(Ctl::Command(key, tag, cmd));
    }

    pub fn close(&self, key: u64) {
        self.send(Ctl::Close(key));
    }

    /// Listens to a bridged call: copies of side A's RTP arrive from `a.1`, side B's from
    /// `b.1` (the relay's ports for each side). Taps have keys of their own.
    pub fn open_tap(
        &self,
        key: u64,
        a: (Option<StreamFormat>, SocketAddr),
        b: (Option<StreamFormat>, SocketAddr),
    ) {
        self.send(Ctl::OpenTap(key, Box::new([a, b])));
    }

    pub fn tap_command(&self, key: u64, tag: u32, cmd: TapCommand) {
        self.send(Ctl::TapCommand(key, tag, cmd));
    }

    pub fn close_tap(&self, key: u64) {
        self.send(Ctl::CloseTap(key));
    }

    /// Stops the thread and waits for it (unless called from the media thread itself).
    pub fn shutdown(&self) {
        self.send(Ctl::Shutdown);
        let thread = self.inner.thread.lock().ok().and_then(|mut t| t.take());
        if let Some(t) = thread
            && t.thread().id() != std::thread::current().id()
        {
            let _ = t.join();
        }
    }

    fn send(&self, ctl: Ctl) {
        match self.inner.tx.try_send(ctl) {
            Ok(()) => {
                let _ = self.inner.waker.send_to(&[], self.inner.addr);
            }
            Err(TrySendError::Full(_)) => {
                tracing::warn!("media server queue full; command dropped")
            }
            Err(TrySendError::Disconnected(_)) => {}
        }
    }
}
