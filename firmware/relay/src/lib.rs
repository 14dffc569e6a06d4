//! edgepbx media relay: anchors RTP/RTCP of B2BUA calls on port pairs of the box.
//!
//! One dedicated thread runs an epoll loop (see `io_loop`); the SIP engine drives it through
//! [`Relay`] from any thread. See README.md for the design, latching rules and numbers.

mod config;
mod io_loop;
mod ports;
mod session;
pub mod srtp;
mod sys;
mod timestamps;

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub use config::{RelayConfig, RelayOptions};
pub use srtp::{SrtpKeys, Suite as SrtpSuite};

use ports::{AllocError, PortAllocator};
use session::{Session, Table, token};

/// Handle to the relay; cheap to clone, usable from any thread. The relay thread stops when the
/// last clone is dropped.
#[derive(Clone)]
pub struct Relay {
    inner: Arc<Inner>,
}

/// One relayed call (two legs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SessionId(pub u64);

/// The two legs of a relayed call. Packets from A's peer go to B's peer and back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// The ports of a new session.
pub struct Allocation {
    pub id: SessionId,
    /// Even RTP port the A-leg peer sends to (its RTCP port is `a_port + 1`).
    pub a_port: u16,
    /// Even RTP port the B-leg peer sends to (its RTCP port is `b_port + 1`).
    pub b_port: u16,
}

#[derive(Debug)]
pub enum RelayError {
    /// Every port pair of the range is taken.
    PortsExhausted,
    Io(io::Error),
    UnknownSession,
}

impl std::fmt::Display for RelayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RelayError::PortsExhausted => f.write_str("RTP port range exhausted"),
            RelayError::Io(e) => write!(f, "relay socket error: {e}"),
            RelayError::UnknownSession => f.write_str("unknown relay session"),
        }
    }
}

impl std::error::Error for RelayError {}

/// Counters of one session. Packets and bytes are those forwarded (RTP and RTCP together),
/// by the leg they came from.
#[derive(Clone, Copy, Debug, Default)]
pub struct SessionStats {
    pub a_to_b_packets: u64,
    pub b_to_a_packets: u64,
    pub a_to_b_bytes: u64,
    pub b_to_a_bytes: u64,
    /// Packets received and not forwarded: malformed, truncated, stray (other source within the
    /// re-latch guard time), not authentic on an SRTP leg, no destination known yet, or the
    /// send failed.
    pub dropped: u64,
    /// Milliseconds since the last accepted packet in either direction (or since allocation).
    /// The SIP engine hangs up a call when this exceeds its media timeout.
    pub idle_ms: u64,
}

struct Inner {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

/// State shared by the handles and the relay thread.
///
/// The session table is one `Mutex` that the relay thread takes once per epoll wakeup (not per
/// packet): an uncontended lock costs ~20 ns against the microseconds of syscalls in a wakeup.
/// A command channel + eventfd would cost a write/read syscall pair per control call, give
/// `stats()` a round trip through the relay thread, and still need a lock or atomics for stats.
/// Control calls wait at most one wakeup's work for the lock.
pub(crate) struct Shared {
    cfg: RelayConfig,
    opts: RelayOptions,
    table: Mutex<Table>,
    /// Port binding happens under this lock, never under the table lock, so the relay thread
    /// does not wait while a call allocates.
    ports: Mutex<PortAllocator>,
    epoll: sys::Epoll,
    wake: sys::EventFd,
    stop: AtomicBool,
    epoch: Instant,
}

impl Shared {
    fn lock_table(&self) -> MutexGuard<'_, Table> {
        // A panic while holding the lock cannot leave the table inconsistent in a way that
        // matters more than stopping media for every call would.
        self.table.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn lock_ports(&self) -> MutexGuard<'_, PortAllocator> {
        self.ports.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn now_ms(&self) -> u64 {
        self.epoch.elapsed().as_millis() as u64
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Release);
        self.shared.wake.signal();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Relay {
    /// Starts the relay thread with default options.
    pub fn start(cfg: RelayConfig) -> io::Result<Relay> {
        Relay::start_with(cfg, RelayOptions::default())
    }

    /// Starts the relay thread.
    pub fn start_with(cfg: RelayConfig, opts: RelayOptions) -> io::Result<Relay> {
        let (first, count) = cfg.rtp_ports()?;
        let epoll = sys::Epoll::new()?;
        let wake = sys::EventFd::new()?;
        epoll.add(wake.raw(), io_loop::WAKE_TOKEN)?;
        let shared = Arc::new(Shared {
            ports: Mutex::new(PortAllocator::new(cfg.bind_ip, first, count)),
            cfg,
            opts,
            table: Mutex::new(Table::default()),
            epoll,
            wake,
            stop: AtomicBool::new(false),
            epoch: Instant::now(),
        });
        let s = shared.clone();
        let thread = std::thread::Builder::new()
            .name("edgepbx-relay".into())
            .stack_size(256 * 1024)
            .spawn(move || io_loop::run(s))?;
        Ok(Relay {
            inner: Arc::new(Inner {
                shared,
                thread: Some(thread),
            }),
        })
    }

    fn shared(&self) -> &Shared {
        &self.inner.shared
    }

    /// Binds four sockets (A RTP/RTCP, B RTP/RTCP) on two even/odd port pairs of the range.
    pub fn allocate(&self) -> Result<Allocation, RelayError> {
        let sh = self.shared();
        let (a, b) = {
            let mut ports = sh.lock_ports();
            let a = ports.allocate().map_err(alloc_err)?;
            match ports.allocate() {
                Ok(b) => (a, b),
                Err(e) => {
                    let port = a.0;
                    drop(a);
                    ports.free(port);
                    return Err(alloc_err(e));
                }
            }
        };
        let (a_port, b_port) = (a.0, b.0);
        let socks = [a.1, a.2, b.1, b.2];
        let fds = socks.each_ref().map(|s| s.as_raw_fd());
        let id = sh
            .lock_table()
            .insert(Session::new(socks, a_port, b_port, sh.now_ms()));
        for (i, fd) in fds.into_iter().enumerate() {
            if let Err(e) = sh.epoll.add(fd, token(id, i)) {
                self.release(id);
                return Err(RelayError::Io(e));
            }
        }
        Ok(Allocation { id, a_port, b_port })
    }

    /// The peer of `side` expects RTP at `rtp` (from its SDP); RTCP goes to `rtp` port + 1 until
    /// [`Relay::set_remote_rtcp`]. Packets received from the other side's peer are forwarded
    /// there. Calling it again (re-INVITE) also drops what was latched for `side`.
    pub fn set_remote(&self, id: SessionId, side: Side, rtp: SocketAddr) -> Result<(), RelayError> {
        self.with(id, |s| s.set_remote(side, rtp))
    }

    /// The peer of `side` expects RTCP at `rtcp` (SDP a=rtcp). Call after [`Relay::set_remote`].
    pub fn set_remote_rtcp(
        &self,
        id: SessionId,
        side: Side,
        rtcp: SocketAddr,
    ) -> Result<(), RelayError> {
        self.with(id, |s| s.set_remote_rtcp(side, rtcp))
    }

    /// Rewrites the RTP payload type (7 bits; the marker bit is kept) of packets received from
    /// `from`'s peer: (received PT, forwarded PT) pairs; unlisted types pass unchanged. Replaces
    /// the previous map of that side.
    pub fn set_payload_map(
        &self,
        id: SessionId,
        from: Side,
        map: &[(u8, u8)],
    ) -> Result<(), RelayError> {
        self.with(id, |s| s.set_payload_map(from, map))
    }

    /// SRTP (SDES keys) on `side`'s leg, None for plain RTP. Packets from that leg's peer are
    /// opened with its key (and dropped when they do not authenticate), packets to it sealed
    /// with ours; the other leg is untouched. Setting the same keys again keeps the state.
    pub fn set_srtp(
        &self,
        id: SessionId,
        side: Side,
        keys: Option<SrtpKeys>,
    ) -> Result<(), RelayError> {
        self.with(id, |s| s.set_srtp(side, keys))
    }

    /// While `on`, the box's media server stands in for `side`'s peer (hold music): plain RTP
    /// from that side's signalled address is taken without opening, and the leg's SRTP keys
    /// and packet counters are kept for when the peer takes its place again.
    pub fn set_stand_in(&self, id: SessionId, side: Side, on: bool) -> Result<(), RelayError> {
        self.with(id, |s| s.set_stand_in(side, on))
    }

    /// Sends a copy of every RTP packet accepted from `from`'s peer to `to` as well (None
    /// stops it), out of `from`'s own socket, so the receiver tells the sides apart by source
    /// port. Copies are sent as forwarded: payload types already mapped for the other side,
    /// and always plain RTP (opened from an SRTP leg, not yet sealed for the other).
    pub fn set_tap(
        &self,
        id: SessionId,
        from: Side,
        to: Option<SocketAddr>,
    ) -> Result<(), RelayError> {
        self.with(id, |s| s.set_tap(from, to))
    }

    pub fn stats(&self, id: SessionId) -> Option<SessionStats> {
        let sh = self.shared();
        let mut t = sh.lock_table();
        let now = sh.now_ms();
        t.get_mut(id).map(|s| s.stats(now))
    }

    /// Sessions with no accepted packet for at least `timeout` (media timeout candidates).
    pub fn idle_sessions(&self, timeout: Duration) -> Vec<SessionId> {
        let sh = self.shared();
        let t = sh.lock_table();
        let now = sh.now_ms();
        let limit = timeout.as_millis() as u64;
        t.iter()
            .filter(|(_, s)| now.saturating_sub(s.last_rx_ms()) >= limit)
            .map(|(id, _)| id)
            .collect()
    }

    /// Closes the session's sockets and returns its ports to the range. Unknown ids are ignored.
    pub fn release(&self, id: SessionId) {
        let sh = self.shared();
        let Some(s) = sh.lock_table().remove(id) else {
            return;
        };
        let (a, b) = (s.a_port, s.b_port);
        // Closing removes the fds from the epoll set; events already fetched for them carry the
        // old generation in their token and are ignored.
        drop(s);
        let mut ports = sh.lock_ports();
        ports.free(a);
        ports.free(b);
    }

    pub fn sessions(&self) -> usize {
        self.shared().lock_table().len()
    }

    /// The address the relay sockets are bound to.
    pub fn local_ip(&self) -> IpAddr {
        self.shared().cfg.bind_ip
    }

    fn with(&self, id: SessionId, f: impl FnOnce(&mut Session)) -> Result<(), RelayError> {
        let mut t = self.shared().lock_table();
        let s = t.get_mut(id).ok_or(RelayError::UnknownSession)?;
        f(s);
        Ok(())
    }
}

fn alloc_err(e: AllocError) -> RelayError {
    match e {
        AllocError::Exhausted => RelayError::PortsExhausted,
        AllocError::Io(e) => RelayError::Io(e),
    }
}

// The relay handle must be shareable with the SIP engine's threads.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Relay>();
};
