//! Paced RTP load generator and counter for relay benchmarks.
//!
//!   rtp-load --calls N --seconds S [--ports FILE] [--direct]
//!            --a-base IP:PORT --b-base IP:PORT [--sockets K] [--pps 50]
//!
//! Each call is two streams: the caller (A) sends to the relay's A port and the callee (B) to the
//! relay's B port, each `--pps` 172-byte RTP packets per second (G.711, 20 ms). So one call puts
//! 2 x pps packets/s into the relay and expects as many back out. The relay ports come from FILE
//! ("PORTS a_port b_port" lines, as udp-relay and relay_bench print them); with --direct the A
//! stream goes straight to the B sockets and back (no relay: the generator's own ceiling).
//!
//! The endpoints are K sockets per side (A at a-base..a-base+K, B at b-base..b-base+K); call i
//! uses socket i mod K on each side and its stream id travels in the RTP SSRC. Sharing sockets
//! lets one sendmmsg carry many calls' packets, so the generator stays cheap; --sockets N gives
//! every call leg its own socket instead.
//!
//! One sender thread wakes every 1 ms and sends the streams due in that tick (stream phases are
//! spread over the 20 ms period) in sendmmsg batches; one receiver thread counts arrivals per
//! stream with recvmmsg, and the latency of each packet (send time travels in the payload).
//! After S seconds of sending it drains until quiet (max 5 s) and prints
//!   RESULT key=value ...

use std::net::SocketAddr;
use std::os::fd::{AsRawFd, RawFd};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use udp_relay::{Epoll, Mmsg, PKT_LEN, arg, bind_nonblocking, cpu_seconds, die, flag, nth};

const TICK: Duration = Duration::from_millis(1);

fn main() {
    let calls: usize = arg("--calls", None);
    let seconds: f64 = arg("--seconds", None);
    let direct = flag("--direct");
    let a_base: SocketAddr = arg("--a-base", None);
    let b_base: SocketAddr = arg("--b-base", None);
    let k: usize = arg::<usize>("--sockets", Some(16)).clamp(1, calls.max(1));
    let pps: u64 = arg("--pps", Some(50));
    let period = (1000 / pps.max(1)) as usize; // ticks between two packets of a stream

    // Relay ports per call (or, with --direct, the peer endpoint itself).
    let targets: Vec<(SocketAddr, SocketAddr)> = if direct {
        (0..calls)
            .map(|i| (nth(b_base, i, k), nth(a_base, i, k)))
            .collect()
    } else {
        let file: String = arg("--ports", None);
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| die(&format!("{file}: {e}")));
        let relay_ip = a_base.ip();
        let t: Vec<_> = text
            .lines()
            .filter_map(|l| {
                let mut w = l.split_whitespace();
                (w.next()? == "PORTS").then_some(())?;
                let a: u16 = w.next()?.parse().ok()?;
                let b: u16 = w.next()?.parse().ok()?;
                Some((SocketAddr::new(relay_ip, a), SocketAddr::new(relay_ip, b)))
            })
            .collect();
        if t.len() < calls {
            die(&format!("{file} lists {} calls, need {calls}", t.len()));
        }
        t
    };

    // socks[0..k] = A side, socks[k..2k] = B side.
    let socks: Vec<_> = (0..2 * k)
        .map(|j| {
            let addr = if j < k {
                nth(a_base, j, k)
            } else {
                nth(b_base, j - k, k)
            };
            bind_nonblocking(addr, 8 << 20).unwrap_or_else(|e| die(&format!("bind {addr}: {e}")))
        })
        .collect();
    let fds: Vec<RawFd> = socks.iter().map(|s| s.as_raw_fd()).collect();

    // Schedule: for each tick phase and sending socket, the (stream, destination) list.
    // Stream 2i: call i, A -> B (sent from A socket i mod k); stream 2i+1: B -> A.
    let streams = 2 * calls;
    let mut sched: Vec<Vec<(u32, SocketAddr)>> = vec![Vec::new(); period * 2 * k];
    for s in 0..streams {
        let (call, back) = (s / 2, s % 2 == 1);
        let sock = if back { k + call % k } else { call % k };
        let dst = if back {
            targets[call].1
        } else {
            targets[call].0
        };
        sched[(s % period) * 2 * k + sock].push((s as u32, dst));
    }

    let stop = Arc::new(AtomicBool::new(false));
    let start = Instant::now() + Duration::from_millis(50);
    let rx = {
        let (fds, stop) = (fds.clone(), stop.clone());
        std::thread::spawn(move || receive(&fds, streams, &stop, start))
    };

    let cpu0 = cpu_seconds();
    let t_begin = Instant::now();
    let total_ticks = (seconds * 1000.0) as u64;
    let mut sent = vec![0u32; streams];
    let mut send_fail = 0u64;
    let mut max_late = Duration::ZERO;
    let mut m = Mmsg::new(64);
    for b in m.bufs.iter_mut() {
        b[..PKT_LEN].fill(0xff); // µ-law silence
        b[0] = 0x80; // V=2, PT 0 (PCMU)
        b[1] = 0;
    }
    for tick in 0..total_ticks {
        let deadline = start + TICK * tick as u32;
        let now = Instant::now();
        if now < deadline {
            std::thread::sleep(deadline - now);
        } else {
            max_late = max_late.max(now - deadline);
        }
        let phase = (tick as usize) % period;
        let stamp =
            (Instant::now().saturating_duration_since(start).as_micros() as u64).to_be_bytes();
        for (sock, fd) in fds.iter().enumerate() {
            for chunk in sched[phase * 2 * k + sock].chunks(m.cap()) {
                for (j, &(s, dst)) in chunk.iter().enumerate() {
                    let seq = sent[s as usize] as u16;
                    let b = &mut m.bufs[j];
                    b[2..4].copy_from_slice(&seq.to_be_bytes());
                    b[4..8].copy_from_slice(&(seq as u32 * 160).to_be_bytes());
                    b[8..12].copy_from_slice(&s.to_be_bytes());
                    b[12..20].copy_from_slice(&stamp); // send time (µs), for the latency figures
                    m.lens[j] = PKT_LEN;
                    m.set_dst(j, dst);
                }
                let n = m.send(*fd, chunk.len());
                for &(s, _) in &chunk[..n] {
                    sent[s as usize] += 1;
                }
                send_fail += (chunk.len() - n) as u64;
            }
        }
    }
    let send_cpu = cpu_seconds() - cpu0;
    stop.store(true, Ordering::Relaxed);
    let Rx {
        counts: recv,
        strays,
        hist,
        drain_ms,
    } = rx.join().unwrap();
    let cpu = cpu_seconds() - cpu0;

    let total_sent: u64 = sent.iter().map(|&x| x as u64).sum();
    let total_recv: u64 = recv.iter().map(|&x| x as u64).sum();
    let lost: u64 = sent
        .iter()
        .zip(&recv)
        .map(|(&s, &r)| s.saturating_sub(r) as u64)
        .sum();
    let worst = sent
        .iter()
        .zip(&recv)
        .map(|(&s, &r)| {
            if s == 0 {
                0.0
            } else {
                s.saturating_sub(r) as f64 / s as f64
            }
        })
        .fold(0.0, f64::max);
    let wall = t_begin.elapsed().as_secs_f64(); // real time, including any lag of the sender
    let pct = |q: f64| {
        let target = (q * total_recv as f64).ceil() as u64;
        let mut acc = 0;
        hist.iter()
            .position(|&c| {
                acc += c;
                acc >= target.max(1)
            })
            .unwrap_or(hist.len())
    };
    let late: u64 = hist[LATE_MS..].iter().sum();
    println!(
        "RESULT calls={calls} streams={streams} sockets={k} direct={direct} seconds={seconds} sent={total_sent} \
         received={total_recv} lost={lost} loss_pct={:.4} worst_stream_loss_pct={:.3} pps_sent={:.0} \
         send_fail={send_fail} strays={strays} gen_cpu_pct={:.1} gen_send_cpu_pct={:.1} max_late_ms={:.2} \
         lat_p50_ms={} lat_p99_ms={} late_pct={:.4} drain_ms={drain_ms}",
        if total_sent == 0 {
            0.0
        } else {
            100.0 * lost as f64 / total_sent as f64
        },
        100.0 * worst,
        total_sent as f64 / seconds,
        100.0 * cpu / wall,
        100.0 * send_cpu / seconds,
        max_late.as_secs_f64() * 1000.0,
        pct(0.5),
        pct(0.99),
        if total_recv == 0 {
            0.0
        } else {
            100.0 * late as f64 / total_recv as f64
        },
    );
}

/// Packets slower than this (generator -> relay -> generator) count as late: a phone's jitter
/// buffer would have dropped them.
const LATE_MS: usize = 100;

struct Rx {
    counts: Vec<u32>,
    strays: u64,
    /// Latency histogram, 1 ms buckets (the last one collects everything slower).
    hist: Vec<u64>,
    drain_ms: u64,
}

/// Counts received packets per stream (SSRC). After `stop`, keeps draining until nothing has
/// arrived for 300 ms (at most 5 s), so a relay that is behind shows as late, not as lossy.
fn receive(fds: &[RawFd], streams: usize, stop: &AtomicBool, start: Instant) -> Rx {
    let epoll = Epoll::new();
    for (i, &fd) in fds.iter().enumerate() {
        epoll.add(fd, i as u64);
    }
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; 64];
    let mut ready = Vec::with_capacity(64);
    let mut m = Mmsg::new(64);
    let mut rx = Rx {
        counts: vec![0u32; streams],
        strays: 0,
        hist: vec![0; 2001],
        drain_ms: 0,
    };
    let mut stopped_at: Option<Instant> = None;
    let mut last_rx = Instant::now();
    loop {
        if stopped_at.is_none() && stop.load(Ordering::Relaxed) {
            stopped_at = Some(Instant::now());
        }
        if let Some(t) = stopped_at
            && (last_rx.elapsed() > Duration::from_millis(300)
                || t.elapsed() > Duration::from_secs(5))
        {
            rx.drain_ms = t.elapsed().as_millis() as u64;
            return rx;
        }
        epoll.wait(&mut evs, &mut ready, 20);
        let now_us = Instant::now().saturating_duration_since(start).as_micros() as u64;
        for &t in &ready {
            let n = m.recv(fds[t as usize]);
            if n > 0 {
                last_rx = Instant::now();
            }
            for j in 0..n {
                let b = &m.bufs[j];
                if m.lens[j] < 20 {
                    rx.strays += 1;
                    continue;
                }
                let s = u32::from_be_bytes([b[8], b[9], b[10], b[11]]) as usize;
                let sent_us = u64::from_be_bytes(b[12..20].try_into().unwrap());
                match rx.counts.get_mut(s) {
                    Some(c) => *c += 1,
                    None => {
                        rx.strays += 1;
                        continue;
                    }
                }
                let ms = (now_us.saturating_sub(sent_us) / 1000) as usize;
                rx.hist[ms.min(2000)] += 1;
            }
        }
    }
}
