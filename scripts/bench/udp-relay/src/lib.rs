//! Shared bits of the relay benchmark tools: argument parsing, epoll, batched UDP I/O with
//! per-message destinations, and process CPU time. Linux only.

use std::io;
use std::mem::{size_of, zeroed};
use std::net::{SocketAddr, SocketAddrV4, UdpSocket};
use std::os::fd::{AsRawFd, RawFd};

pub const PKT_LEN: usize = 172; // 12-byte RTP header + 160 bytes of G.711 (20 ms)

/// `--name value` lookup with a default.
pub fn arg<T: std::str::FromStr>(name: &str, default: Option<T>) -> T {
    let args: Vec<String> = std::env::args().collect();
    match args
        .iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
    {
        Some(v) => v
            .parse()
            .unwrap_or_else(|_| die(&format!("bad value for {name}: {v}"))),
        None => default.unwrap_or_else(|| die(&format!("missing {name}"))),
    }
}

pub fn flag(name: &str) -> bool {
    std::env::args().any(|a| a == name)
}

pub fn die(msg: &str) -> ! {
    eprintln!("{msg}");
    std::process::exit(2)
}

/// The `i`-th of `k` consecutive addresses starting at `base` (remote of call `i`).
pub fn nth(base: SocketAddr, i: usize, k: usize) -> SocketAddr {
    SocketAddr::new(base.ip(), base.port() + (i % k) as u16)
}

pub fn bind_nonblocking(addr: SocketAddr, bufsize: i32) -> io::Result<UdpSocket> {
    let s = UdpSocket::bind(addr)?;
    s.set_nonblocking(true)?;
    if bufsize > 0 {
        set_buf(s.as_raw_fd(), bufsize);
    }
    Ok(s)
}

/// Sets SO_RCVBUF/SO_SNDBUF, forcing past rmem_max when running as root.
fn set_buf(fd: RawFd, size: i32) {
    for (force, plain) in [
        (libc::SO_RCVBUFFORCE, libc::SO_RCVBUF),
        (libc::SO_SNDBUFFORCE, libc::SO_SNDBUF),
    ] {
        let p = (&size as *const i32).cast();
        let l = size_of::<i32>() as libc::socklen_t;
        // SAFETY: passes a live i32 by pointer with its size.
        unsafe {
            if libc::setsockopt(fd, libc::SOL_SOCKET, force, p, l) != 0 {
                libc::setsockopt(fd, libc::SOL_SOCKET, plain, p, l);
            }
        }
    }
}

/// Process CPU time (user + system) in seconds.
pub fn cpu_seconds() -> f64 {
    // SAFETY: getrusage fills the zeroed struct we pass.
    let mut ru: libc::rusage = unsafe { zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    tv(ru.ru_utime) + tv(ru.ru_stime)
}

pub struct Epoll(RawFd);

impl Default for Epoll {
    fn default() -> Self {
        Self::new()
    }
}

impl Epoll {
    pub fn new() -> Epoll {
        // SAFETY: no pointers.
        let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
        assert!(fd >= 0, "epoll_create1: {}", io::Error::last_os_error());
        Epoll(fd)
    }

    pub fn add(&self, fd: RawFd, token: u64) {
        let mut ev = libc::epoll_event {
            events: libc::EPOLLIN as u32,
            u64: token,
        };
        // SAFETY: valid epoll_event, copied by the kernel.
        let r = unsafe { libc::epoll_ctl(self.0, libc::EPOLL_CTL_ADD, fd, &mut ev) };
        assert!(r == 0, "epoll_ctl: {}", io::Error::last_os_error());
    }

    /// Returns the tokens of ready fds in `out` (cleared first).
    pub fn wait(&self, evs: &mut [libc::epoll_event], out: &mut Vec<u64>, timeout_ms: i32) {
        out.clear();
        // SAFETY: the kernel writes at most evs.len() events into evs.
        let n = unsafe { libc::epoll_wait(self.0, evs.as_mut_ptr(), evs.len() as i32, timeout_ms) };
        for ev in evs.iter().take(n.max(0) as usize) {
            let e = *ev;
            out.push(e.u64);
        }
    }
}

/// Preallocated recvmmsg / sendmmsg state with one buffer and one address per message.
pub struct Mmsg {
    pub bufs: Vec<[u8; 2048]>,
    pub lens: Vec<usize>,
    names: Vec<libc::sockaddr_storage>,
    iovs: Vec<libc::iovec>,
    hdrs: Vec<libc::mmsghdr>,
}

impl Mmsg {
    pub fn new(n: usize) -> Mmsg {
        // SAFETY: plain old data; every pointer is set before use.
        let (a, b, c) = unsafe { (zeroed(), zeroed(), zeroed()) };
        Mmsg {
            bufs: vec![[0; 2048]; n],
            lens: vec![0; n],
            names: vec![a; n],
            iovs: vec![b; n],
            hdrs: vec![c; n],
        }
    }

    pub fn cap(&self) -> usize {
        self.bufs.len()
    }

    fn prepare(&mut self, n: usize, recv: bool) {
        for i in 0..n {
            let len = if recv { 2048 } else { self.lens[i] };
            self.iovs[i] = libc::iovec {
                iov_base: self.bufs[i].as_mut_ptr().cast(),
                iov_len: len,
            };
            let h = &mut self.hdrs[i].msg_hdr;
            h.msg_name = (&mut self.names[i] as *mut libc::sockaddr_storage).cast();
            if recv {
                h.msg_namelen = size_of::<libc::sockaddr_storage>() as u32;
            }
            h.msg_iov = &mut self.iovs[i];
            h.msg_iovlen = 1;
            h.msg_control = std::ptr::null_mut();
            h.msg_controllen = 0;
            h.msg_flags = 0;
        }
    }

    /// Receives up to `cap()` datagrams; lengths land in `lens`. Returns the count (0: none).
    pub fn recv(&mut self, fd: RawFd) -> usize {
        let n = self.cap();
        self.prepare(n, true);
        // SAFETY: all headers point at live buffers owned by self.
        let r = unsafe {
            libc::recvmmsg(
                fd,
                self.hdrs.as_mut_ptr(),
                n as u32,
                libc::MSG_DONTWAIT,
                std::ptr::null_mut(),
            )
        };
        for i in 0..r.max(0) as usize {
            self.lens[i] = self.hdrs[i].msg_len as usize;
        }
        r.max(0) as usize
    }

    /// Sets the destination of message `i` (IPv4 only: the benchmark runs on 127.0.0.1).
    pub fn set_dst(&mut self, i: usize, dst: SocketAddr) {
        let SocketAddr::V4(a) = dst else {
            die("IPv4 only")
        };
        let sin = sockaddr_in(a);
        // SAFETY: sockaddr_storage is big enough and aligned for sockaddr_in.
        unsafe {
            std::ptr::write(
                (&mut self.names[i] as *mut libc::sockaddr_storage).cast(),
                sin,
            )
        };
        self.hdrs[i].msg_hdr.msg_namelen = size_of::<libc::sockaddr_in>() as u32;
    }

    /// Sends messages 0..n (buffers, `lens` and destinations set by the caller) with as few
    /// sendmmsg calls as the kernel allows. Returns how many were sent.
    pub fn send(&mut self, fd: RawFd, n: usize) -> usize {
        self.prepare(n, false);
        let mut off = 0;
        while off < n {
            // SAFETY: headers off..n point at live buffers and addresses owned by self.
            let r = unsafe {
                libc::sendmmsg(
                    fd,
                    self.hdrs.as_mut_ptr().add(off),
                    (n - off) as u32,
                    libc::MSG_DONTWAIT,
                )
            };
            if r > 0 {
                off += r as usize;
            } else if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                continue;
            } else {
                break;
            }
        }
        off
    }
}

fn sockaddr_in(a: SocketAddrV4) -> libc::sockaddr_in {
    libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: a.port().to_be(),
        sin_addr: libc::in_addr {
            s_addr: u32::from(*a.ip()).to_be(),
        },
        sin_zero: [0; 8],
    }
}
