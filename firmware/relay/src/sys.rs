//! Thin wrappers over the Linux syscalls the relay needs: epoll, eventfd, recvmmsg, sendmmsg,
//! and the `SocketAddr` <-> `sockaddr_storage` conversions they use.
//!
//! This is the only module of the crate with `unsafe`. Every block is a plain libc call on a
//! file descriptor we own, or a read of a `sockaddr` the kernel filled in, and says why it is sound.

use std::io;
use std::mem::{size_of, zeroed};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

/// Packets moved per recvmmsg/sendmmsg call.
pub const BATCH: usize = 32;
/// Receive buffer per packet. RTP on a LAN/WAN stays below the 1500-byte MTU; anything that
/// does not fit is reported truncated (MSG_TRUNC) and dropped rather than forwarded cut.
pub const BUF_LEN: usize = 2048;

fn cvt(r: libc::c_int) -> io::Result<libc::c_int> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// An epoll instance, level-triggered, `EPOLLIN` only.
pub struct Epoll {
    fd: OwnedFd,
}

impl Epoll {
    pub fn new() -> io::Result<Epoll> {
        // SAFETY: epoll_create1 takes no pointers; a non-negative result is a new fd we own.
        let fd = cvt(unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) })?;
        // SAFETY: `fd` was just returned by the kernel and is owned by nobody else.
        Ok(Epoll {
            fd: unsafe { OwnedFd::from_raw_fd(fd) },
        })
    }

    /// Watches `fd` for readability; events carry `token`.
    pub fn add(&self, fd: RawFd, token: u64) -> io::Result<()> {
        let mut ev = libc::epoll_event {
            events: libc::EPOLLIN as u32,
            u64: token,
        };
        // SAFETY: `ev` is a valid epoll_event that lives across the call; the kernel copies it.
        cvt(unsafe { libc::epoll_ctl(self.fd.as_raw_fd(), libc::EPOLL_CTL_ADD, fd, &mut ev) })?;
        Ok(())
    }

    /// Waits for events (`timeout_ms` < 0: forever). EINTR is reported as zero events.
    pub fn wait(&self, events: &mut Events, timeout_ms: i32) -> io::Result<usize> {
        let cap = events.buf.len() as libc::c_int;
        // SAFETY: the buffer holds `cap` initialised epoll_event slots the kernel may overwrite.
        let r = unsafe {
            libc::epoll_wait(
                self.fd.as_raw_fd(),
                events.buf.as_mut_ptr(),
                cap,
                timeout_ms,
            )
        };
        match cvt(r) {
            Ok(n) => Ok(n as usize),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(0),
            Err(e) => Err(e),
        }
    }
}

/// A preallocated epoll result buffer.
pub struct Events {
    buf: Vec<libc::epoll_event>,
}

impl Events {
    pub fn with_capacity(n: usize) -> Events {
        Events {
            buf: vec![libc::epoll_event { events: 0, u64: 0 }; n.max(1)],
        }
    }

    pub fn token(&self, i: usize) -> u64 {
        // A copy out of the (packed on x86_64) struct, never a reference to the field.
        let ev = self.buf[i];
        ev.u64
    }
}

/// An eventfd used to wake the relay thread (shutdown).
pub struct EventFd {
    fd: OwnedFd,
}

impl EventFd {
    pub fn new() -> io::Result<EventFd> {
        // SAFETY: no pointers; a non-negative result is a new fd we own.
        let fd = cvt(unsafe { libc::eventfd(0, libc::EFD_NONBLOCK | libc::EFD_CLOEXEC) })?;
        // SAFETY: fresh fd from the kernel, owned by nobody else.
        Ok(EventFd {
            fd: unsafe { OwnedFd::from_raw_fd(fd) },
        })
    }

    pub fn raw(&self) -> RawFd {
        self.fd.as_raw_fd()
    }

    pub fn signal(&self) {
        let one: u64 = 1;
        // SAFETY: writes 8 bytes from a live u64. The only possible failure (counter overflow,
        // EAGAIN) still leaves the fd readable, which is all a wakeup needs.
        unsafe { libc::write(self.fd.as_raw_fd(), (&one as *const u64).cast(), 8) };
    }

    pub fn drain(&self) {
        let mut v: u64 = 0;
        // SAFETY: reads at most 8 bytes into a live u64; EAGAIN (already drained) is harmless.
        unsafe { libc::read(self.fd.as_raw_fd(), (&mut v as *mut u64).cast(), 8) };
    }
}

/// A destination address in the kernel's format, built once per send batch.
pub struct RawAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl RawAddr {
    /// `v6_socket`: the sending socket is AF_INET6, so IPv4 destinations become v4-mapped.
    pub fn new(addr: SocketAddr, v6_socket: bool) -> RawAddr {
        // SAFETY: sockaddr_storage is plain old data; all-zero is a valid (AF_UNSPEC) value.
        let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
        let addr = match addr {
            SocketAddr::V4(a) if v6_socket => {
                SocketAddr::V6(SocketAddrV6::new(a.ip().to_ipv6_mapped(), a.port(), 0, 0))
            }
            a => a,
        };
        let len = match addr {
            SocketAddr::V4(a) => {
                let sin = libc::sockaddr_in {
                    sin_family: libc::AF_INET as libc::sa_family_t,
                    sin_port: a.port().to_be(),
                    sin_addr: libc::in_addr {
                        s_addr: u32::from(*a.ip()).to_be(),
                    },
                    sin_zero: [0; 8],
                };
                // SAFETY: sockaddr_storage is larger than and aligned for sockaddr_in.
                unsafe {
                    std::ptr::write((&mut storage as *mut libc::sockaddr_storage).cast(), sin)
                };
                size_of::<libc::sockaddr_in>()
            }
            SocketAddr::V6(a) => {
                let sin6 = libc::sockaddr_in6 {
                    sin6_family: libc::AF_INET6 as libc::sa_family_t,
                    sin6_port: a.port().to_be(),
                    sin6_flowinfo: a.flowinfo(),
                    sin6_addr: libc::in6_addr {
                        s6_addr: a.ip().octets(),
                    },
                    sin6_scope_id: a.scope_id(),
                };
                // SAFETY: sockaddr_storage is larger than and aligned for sockaddr_in6.
                unsafe {
                    std::ptr::write((&mut storage as *mut libc::sockaddr_storage).cast(), sin6)
                };
                size_of::<libc::sockaddr_in6>()
            }
        };
        RawAddr {
            storage,
            len: len as libc::socklen_t,
        }
    }
}

/// Reads a source address the kernel wrote. IPv4-mapped IPv6 sources (dual-stack sockets) are
/// returned as plain IPv4 so latching compares like with like.
fn from_storage(s: &libc::sockaddr_storage, len: libc::socklen_t) -> Option<SocketAddr> {
    match s.ss_family as libc::c_int {
        libc::AF_INET if len as usize >= size_of::<libc::sockaddr_in>() => {
            // SAFETY: the family says the kernel wrote a sockaddr_in, and the length covers it.
            let sin: &libc::sockaddr_in = unsafe { &*(s as *const libc::sockaddr_storage).cast() };
            let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            Some(SocketAddr::V4(SocketAddrV4::new(
                ip,
                u16::from_be(sin.sin_port),
            )))
        }
        libc::AF_INET6 if len as usize >= size_of::<libc::sockaddr_in6>() => {
            // SAFETY: the family says the kernel wrote a sockaddr_in6, and the length covers it.
            let sin6: &libc::sockaddr_in6 =
                unsafe { &*(s as *const libc::sockaddr_storage).cast() };
            let ip = Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            let port = u16::from_be(sin6.sin6_port);
            Some(match ip.to_ipv4_mapped() {
                Some(v4) => SocketAddr::V4(SocketAddrV4::new(v4, port)),
                None => SocketAddr::V6(SocketAddrV6::new(
                    ip,
                    port,
                    sin6.sin6_flowinfo,
                    sin6.sin6_scope_id,
                )),
            })
        }
        _ => None,
    }
}

/// Preallocated buffers and headers for one recvmmsg, whose packets are then forwarded in place
/// by one sendmmsg (same buffers, no copy). Holds raw pointers, so it stays on the relay thread.
///
/// The kernel-facing pointers (iovec bases, msg_name, msg_iov) are re-derived right before every
/// syscall instead of once at construction: that costs a few stores per batch and keeps the Rust
/// borrows of `bufs` between syscalls sound.
pub struct Batch {
    bufs: Vec<[u8; BUF_LEN]>,
    srcs: Vec<libc::sockaddr_storage>,
    iovs: Vec<libc::iovec>,
    hdrs: Vec<libc::mmsghdr>,
    /// Lengths of the last received datagrams, kept apart from `hdrs` because a send
    /// overwrites the headers' `msg_len` (the same batch may be sent twice: call and tap).
    lens: Vec<usize>,
}

/// One received datagram, borrowed from a [`Batch`].
pub struct Packet<'a> {
    /// The whole receive buffer: the datagram is `buf[..*len]`; the room behind it lets SRTP
    /// append its tag in place.
    pub buf: &'a mut [u8],
    /// The datagram's length; a transform in place (SRTP) sets the length to send.
    pub len: &'a mut usize,
    /// `None` when the source was not IPv4/IPv6 (cannot happen on UDP sockets, but checked).
    pub src: Option<SocketAddr>,
    /// The datagram was larger than [`BUF_LEN`].
    pub truncated: bool,
}

impl Batch {
    pub fn new() -> Batch {
        // SAFETY: these libc structs are plain old data; all-zero (null pointers, zero lengths)
        // is a valid value, and every pointer is set before the kernel sees it.
        let (src, iov, hdr) = unsafe {
            (
                zeroed::<libc::sockaddr_storage>(),
                zeroed::<libc::iovec>(),
                zeroed::<libc::mmsghdr>(),
            )
        };
        Batch {
            bufs: vec![[0u8; BUF_LEN]; BATCH],
            srcs: vec![src; BATCH],
            iovs: vec![iov; BATCH],
            hdrs: vec![hdr; BATCH],
            lens: vec![0; BATCH],
        }
    }

    /// Receives up to [`BATCH`] datagrams without blocking. Returns how many (0 when none).
    pub fn recv(&mut self, fd: RawFd) -> io::Result<usize> {
        for i in 0..BATCH {
            self.iovs[i] = libc::iovec {
                iov_base: self.bufs[i].as_mut_ptr().cast(),
                iov_len: BUF_LEN,
            };
            let h = &mut self.hdrs[i];
            h.msg_hdr.msg_name = (&mut self.srcs[i] as *mut libc::sockaddr_storage).cast();
            h.msg_hdr.msg_namelen = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
            h.msg_hdr.msg_iov = &mut self.iovs[i];
            h.msg_hdr.msg_iovlen = 1;
            h.msg_hdr.msg_control = std::ptr::null_mut();
            h.msg_hdr.msg_controllen = 0;
            h.msg_hdr.msg_flags = 0;
            h.msg_len = 0;
        }
        loop {
            // SAFETY: `hdrs` holds BATCH headers whose name and iovec pointers point into
            // `srcs`/`iovs`/`bufs`, all alive and not otherwise borrowed during the call.
            let r = unsafe {
                libc::recvmmsg(
                    fd,
                    self.hdrs.as_mut_ptr(),
                    BATCH as libc::c_uint,
                    // glibc takes the flags as c_int, musl as c_uint.
                    libc::MSG_DONTWAIT as _,
                    std::ptr::null_mut(),
                )
            };
            if r >= 0 {
                let n = r as usize;
                for (len, h) in self.lens.iter_mut().zip(&self.hdrs[..n]) {
                    *len = (h.msg_len as usize).min(BUF_LEN);
                }
                return Ok(n);
            }
            let e = io::Error::last_os_error();
            match e.kind() {
                io::ErrorKind::Interrupted => continue,
                io::ErrorKind::WouldBlock => return Ok(0),
                _ => return Err(e),
            }
        }
    }

    /// The `i`-th datagram of the last [`Batch::recv`].
    pub fn packet(&mut self, i: usize) -> Packet<'_> {
        let h = &self.hdrs[i];
        let truncated = h.msg_hdr.msg_flags & libc::MSG_TRUNC != 0;
        let src = from_storage(&self.srcs[i], h.msg_hdr.msg_namelen);
        Packet {
            buf: &mut self.bufs[i][..],
            len: &mut self.lens[i],
            src,
            truncated,
        }
    }

    /// Sends the received datagrams listed in `idx` (in place, as received or as edited through
    /// [`Batch::packet`]) to `dst` from socket `fd`. Returns (packets, bytes) actually sent; the
    /// rest were dropped: a full socket buffer (EAGAIN) drops the remainder of the batch, any other
    /// error drops only the datagram it concerns.
    pub fn send(&mut self, fd: RawFd, dst: &RawAddr, idx: &[u8]) -> (u64, u64) {
        let m = idx.len().min(BATCH);
        for (k, &i) in idx[..m].iter().enumerate() {
            let i = i as usize;
            let len = self.lens[i];
            self.iovs[k] = libc::iovec {
                iov_base: self.bufs[i].as_mut_ptr().cast(),
                iov_len: len,
            };
        }
        for k in 0..m {
            let h = &mut self.hdrs[k];
            // sendmmsg only reads msg_name; the *mut cast is what the C struct requires.
            h.msg_hdr.msg_name = (&dst.storage as *const libc::sockaddr_storage)
                .cast_mut()
                .cast();
            h.msg_hdr.msg_namelen = dst.len;
            h.msg_hdr.msg_iov = &mut self.iovs[k];
            h.msg_hdr.msg_iovlen = 1;
            h.msg_hdr.msg_control = std::ptr::null_mut();
            h.msg_hdr.msg_controllen = 0;
            h.msg_hdr.msg_flags = 0;
        }
        let (mut off, mut packets, mut bytes) = (0usize, 0u64, 0u64);
        while off < m {
            // SAFETY: hdrs[off..m] are initialised headers pointing at live iovecs/buffers and at
            // `dst`, all of which outlive the call.
            let r = unsafe {
                libc::sendmmsg(
                    fd,
                    self.hdrs.as_mut_ptr().add(off),
                    (m - off) as libc::c_uint,
                    libc::MSG_DONTWAIT as _,
                )
            };
            if r > 0 {
                for k in off..off + r as usize {
                    bytes += self.iovs[k].iov_len as u64;
                }
                packets += r as u64;
                off += r as usize;
                continue;
            }
            match io::Error::last_os_error().kind() {
                io::ErrorKind::Interrupted => continue,
                io::ErrorKind::WouldBlock => break,
                _ => off += 1, // the error belongs to datagram `off`; skip it, send the rest
            }
        }
        (packets, bytes)
    }
}
