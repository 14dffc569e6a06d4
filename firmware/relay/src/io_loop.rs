//! The relay thread: one level-triggered epoll loop over every session socket, moving packets
//! with recvmmsg/sendmmsg through one preallocated batch. Nothing here allocates per packet.
//!
//! Per wakeup: `epoll_wait` (no lock held) -> lock the session table once -> read the clock once
//! -> for each ready socket one `recvmmsg` of up to 32 datagrams, check/latch/rewrite each in
//! place, and one `sendmmsg` of the accepted ones out of the other leg's socket -> unlock.
//!
//! Level-triggered, not edge-triggered: at 50 packets/s per socket a wakeup usually finds one
//! datagram per ready socket. Edge-triggered epoll would oblige us to read every socket until
//! EAGAIN (a second, empty recvmmsg per socket per wakeup, i.e. ~50 % more syscalls); with level
//! triggering one recvmmsg suffices, and a socket with more than a batch waiting is simply
//! reported again on the next wakeup, which also keeps a flooded socket from starving the rest.

use std::os::fd::AsRawFd;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::Shared;
use crate::Side;
use crate::session::{Table, from_token, sock_index};
use crate::sys::{BATCH, Batch, Events, RawAddr};

/// Token of the shutdown eventfd; session tokens always have a non-zero generation.
pub(crate) const WAKE_TOKEN: u64 = 0;

/// Ready sockets handled per wakeup. Bounds how long the table lock is held (control calls
/// wait at most one such round, well under a millisecond at full load).
const EVENTS_PER_WAKEUP: usize = 128;

pub(crate) fn run(shared: Arc<Shared>) {
    let mut events = Events::with_capacity(EVENTS_PER_WAKEUP);
    let mut batch = Batch::new();
    let relatch_ms = shared.opts.relatch_after.as_millis() as u64;
    let v6 = shared.cfg.bind_ip.is_ipv6();
    loop {
        let n = match shared.epoll.wait(&mut events, -1) {
            Ok(n) => n,
            Err(_) => {
                // Cannot happen with valid arguments; do not spin if it somehow does.
                std::thread::sleep(std::time::Duration::from_millis(10));
                0
            }
        };
        if shared.stop.load(Ordering::Acquire) {
            return;
        }
        let mut table = shared.lock_table();
        let now_ms = shared.now_ms();
        for i in 0..n {
            let t = events.token(i);
            if t == WAKE_TOKEN {
                shared.wake.drain();
                continue;
            }
            relay_ready_socket(&mut table, &mut batch, t, now_ms, relatch_ms, v6);
        }
    }
}

/// Moves one batch from the socket named by `token` to the other leg.
fn relay_ready_socket(
    table: &mut Table,
    batch: &mut Batch,
    token: u64,
    now_ms: u64,
    relatch_ms: u64,
    v6: bool,
) {
    let (id, idx) = from_token(token);
    // A released session (the event was queued before release): nothing to do, its sockets
    // are closed and out of the epoll set already.
    let Some(s) = table.get_mut(id) else { return };
    let from = if idx < 2 { Side::A } else { Side::B };
    let rtcp = idx % 2 == 1;
    let in_fd = s.socks[idx].as_raw_fd();
    let out_fd = s.socks[sock_index(crate::session::other(from), rtcp)].as_raw_fd();
    let n = match batch.recv(in_fd) {
        Ok(n) => n,
        Err(_) => return, // e.g. a pending ICMP error report; the next datagram comes next time
    };
    // The destinations only depend on the other leg and the tap, which this batch does not
    // touch.
    let dst = s.forward_dest(from, rtcp);
    let tap = if rtcp { None } else { s.tap_dest(from) };
    let mut accepted = [0u8; BATCH];
    let mut m = 0;
    let mut dropped = 0u64;
    for i in 0..n {
        let p = batch.packet(i);
        let ok = match p.src {
            Some(src) if !p.truncated => s
                .inbound(from, rtcp, src, p.buf, p.len, now_ms, relatch_ms)
                .is_ok(),
            _ => false,
        };
        if ok {
            accepted[m] = i as u8;
            m += 1;
        } else {
            dropped += 1;
        }
    }
    if m == 0 {
        s.count_dropped(dropped);
        return;
    }
    if let Some(tap) = tap {
        // Best effort: a copy that cannot be sent is not a lost packet of the call. Sent
        // before sealing, so the media server always gets plain RTP.
        batch.send(in_fd, &RawAddr::new(tap, v6), &accepted[..m]);
    }
    if s.seals_towards_other(from) {
        let mut sealed = 0;
        for k in 0..m {
            let i = accepted[k] as usize;
            let p = batch.packet(i);
            if s.seal(from, rtcp, p.buf, p.len).is_ok() {
                accepted[sealed] = i as u8;
                sealed += 1;
            } else {
                dropped += 1;
            }
        }
        m = sealed;
    }
    match dst {
        Some(dst) if m > 0 => {
            let (packets, bytes) = batch.send(out_fd, &RawAddr::new(dst, v6), &accepted[..m]);
            s.count_forwarded(from, packets, bytes);
            dropped += m as u64 - packets;
        }
        _ => dropped += m as u64,
    }
    s.count_dropped(dropped);
}
