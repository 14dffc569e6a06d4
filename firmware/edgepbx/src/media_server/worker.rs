//! The media thread's loop: datagrams in, commands in, a hub tick every 20 ms on a drift-free
//! schedule from a monotonic start, packets out to each session's relay address.

use std::collections::HashMap;
use std::io::ErrorKind;
use std::net::{SocketAddr, UdpSocket};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use edgepbx_media::session::{MediaHub, TapSide};

use super::{Ctl, OnEvent};

const TICK_MS: u64 = 20;
/// After a stall (the box was busy), at most this many ticks are run back to back; the rest
/// are skipped so the callers hear a gap rather than a burst.
const MAX_CATCH_UP: u64 = 3;

pub(super) struct Worker {
    socket: UdpSocket,
    rx: Receiver<Ctl>,
    on_event: OnEvent,
    hub: MediaHub,
    /// key → relay address, and back (the source address identifies the session).
    relays: HashMap<u64, SocketAddr>,
    keys: HashMap<SocketAddr, u64>,
    /// Taps: where each side's copies come from, and back.
    tap_sources: HashMap<u64, [SocketAddr; 2]>,
    tap_keys: HashMap<SocketAddr, (u64, TapSide)>,
}

impl Worker {
    pub(super) fn new(
        socket: UdpSocket,
        rx: Receiver<Ctl>,
        on_event: OnEvent,
        hub: MediaHub,
    ) -> Self {
        Worker {
            socket,
            rx,
            on_event,
            hub,
            relays: HashMap::new(),
            keys: HashMap::new(),
            tap_sources: HashMap::new(),
            tap_keys: HashMap::new(),
        }
    }

    pub(super) fn run(mut self) {
        let start = Instant::now();
        let mut next_tick: u64 = 0; // ms since start
        let mut timeout_ms = 0u64;
        let mut buf = [0u8; 2048];
        loop {
            if !self.drain_commands(start.elapsed().as_millis() as u64) {
                return;
            }
            let now = start.elapsed().as_millis() as u64;
            if now >= next_tick {
                let behind = (now - next_tick) / TICK_MS;
                if behind > MAX_CATCH_UP {
                    next_tick += (behind - MAX_CATCH_UP) * TICK_MS;
                }
                while next_tick <= now {
                    self.tick(next_tick);
                    next_tick += TICK_MS;
                }
                self.deliver_events();
            }
            // Sleep in recv until the next tick (a command wakes us with a 0-byte datagram).
            let wait = (next_tick.saturating_sub(start.elapsed().as_millis() as u64)).max(1);
            if wait != timeout_ms {
                timeout_ms = wait;
                let _ = self
                    .socket
                    .set_read_timeout(Some(Duration::from_millis(wait)));
            }
            match self.socket.recv_from(&mut buf) {
                Ok((0, _)) => {} // wake-up
                Ok((n, src)) => {
                    let now = start.elapsed().as_millis() as u64;
                    if let Some(&key) = self.keys.get(&src) {
                        self.hub.receive(key, &buf[..n], now);
                    } else if let Some(&(key, side)) = self.tap_keys.get(&src) {
                        self.hub.tap_receive(key, side, &buf[..n], now);
                    }
                    self.deliver_events();
                }
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                // ICMP errors from an earlier send (relay port gone) surface here; nothing to do.
                Err(e) => tracing::trace!("media socket: {e}"),
            }
        }
    }

    /// Applies queued commands; false when the server is to stop.
    fn drain_commands(&mut self, now_ms: u64) -> bool {
        loop {
            match self.rx.try_recv() {
                Ok(Ctl::Open(key, cfg, relay)) => {
                    self.close(key);
                    if let Some(old) = self.keys.insert(relay, key) {
                        // The relay port was reused: the old session no longer receives.
                        self.relays.remove(&old);
                        self.hub.close(old);
                    }
                    self.relays.insert(key, relay);
                    self.hub.open(key, *cfg);
                }
                Ok(Ctl::Command(key, tag, cmd)) => self.hub.command(key, tag, cmd, now_ms),
                Ok(Ctl::Close(key)) => self.close(key),
                Ok(Ctl::OpenTap(key, sides)) => {
                    self.close_tap(key);
                    let [(a, a_src), (b, b_src)] = *sides;
                    for (src, side) in [(a_src, TapSide::A), (b_src, TapSide::B)] {
                        if let Some((old, _)) = self.tap_keys.insert(src, (key, side)) {
                            // The relay port was reused: the old tap no longer hears it
                            // (closing it leaves this entry, which is no longer its own).
                            self.close_tap(old);
                        }
                    }
                    self.tap_sources.insert(key, [a_src, b_src]);
                    self.hub.open_tap(key, a, b);
                }
                Ok(Ctl::TapCommand(key, tag, cmd)) => self.hub.tap_command(key, tag, cmd),
                Ok(Ctl::CloseTap(key)) => self.close_tap(key),
                Ok(Ctl::Shutdown) | Err(TryRecvError::Disconnected) => return false,
                Err(TryRecvError::Empty) => break,
            }
        }
        self.deliver_events();
        true
    }

    fn close(&mut self, key: u64) {
        if let Some(addr) = self.relays.remove(&key) {
            self.keys.remove(&addr);
        }
        self.hub.close(key);
    }

    fn close_tap(&mut self, key: u64) {
        if let Some(sources) = self.tap_sources.remove(&key) {
            for src in sources {
                if self.tap_keys.get(&src).is_some_and(|(k, _)| *k == key) {
                    self.tap_keys.remove(&src);
                }
            }
        }
        self.hub.close_tap(key);
    }

    fn tick(&mut self, now_ms: u64) {
        let Worker {
            socket,
            hub,
            relays,
            ..
        } = self;
        hub.tick(now_ms, &mut |key, pkt| {
            if let Some(addr) = relays.get(&key)
                && let Err(e) = socket.send_to(pkt, addr)
            {
                tracing::trace!("media send to {addr}: {e}");
            }
        });
    }

    fn deliver_events(&mut self) {
        while let Some((key, tag, ev)) = self.hub.poll_event() {
            (self.on_event)(key, tag, ev);
        }
    }
}
