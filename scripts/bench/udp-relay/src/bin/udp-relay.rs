//! Bare UDP relay baseline: what one thread with epoll + recvmmsg/sendmmsg can forward when it
//! does nothing else (no latching, no checks, no table lock, fixed remotes).
//!
//!   udp-relay --calls N [--bind 127.0.0.1] [--port-base 10000]
//!             --a-remote IP:PORT --b-remote IP:PORT [--remotes K]
//!
//! Call i listens on port-base + 4i (A leg) and port-base + 4i + 2 (B leg), like the RTP ports of
//! edgepbx-relay. Packets into the A port go out of the B port to b-remote + (i mod K), and back.
//! Prints "PORTS a b" per call, then "READY"; runs until killed.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::os::fd::AsRawFd;

use udp_relay::{Epoll, Mmsg, arg, bind_nonblocking, nth};

fn main() {
    let calls: usize = arg("--calls", None);
    let ip: IpAddr = arg("--bind", Some("127.0.0.1".parse().unwrap()));
    let base: u16 = arg("--port-base", Some(10000));
    let a_remote: SocketAddr = arg("--a-remote", None);
    let b_remote: SocketAddr = arg("--b-remote", None);
    let k: usize = arg("--remotes", Some(1));

    let epoll = Epoll::new();
    // socks[2i] = A leg of call i, socks[2i+1] = B leg; remotes alike.
    let mut socks = Vec::with_capacity(2 * calls);
    let mut remotes = Vec::with_capacity(2 * calls);
    let mut out = std::io::stdout().lock();
    for i in 0..calls {
        let pa = base + 4 * i as u16;
        for (j, port) in [pa, pa + 2].into_iter().enumerate() {
            let s = bind_nonblocking(SocketAddr::new(ip, port), 0)
                .unwrap_or_else(|e| panic!("bind {port}: {e}"));
            epoll.add(s.as_raw_fd(), (2 * i + j) as u64);
            socks.push(s);
        }
        remotes.push(nth(a_remote, i, k));
        remotes.push(nth(b_remote, i, k));
        writeln!(out, "PORTS {} {}", pa, pa + 2).unwrap();
    }
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    drop(out);

    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; 128];
    let mut ready = Vec::with_capacity(128);
    let mut m = Mmsg::new(32);
    loop {
        epoll.wait(&mut evs, &mut ready, -1);
        for &t in &ready {
            let i = t as usize;
            let n = m.recv(socks[i].as_raw_fd());
            if n == 0 {
                continue;
            }
            let peer = i ^ 1; // the other leg of the same call
            for j in 0..n {
                m.set_dst(j, remotes[peer]);
            }
            m.send(socks[peer].as_raw_fd(), n);
        }
    }
}
