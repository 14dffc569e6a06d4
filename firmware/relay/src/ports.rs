//! The port allocator: hands out even/odd (RTP/RTCP) port pairs from the configured range and
//! binds their sockets.
//!
//! It walks the range round-robin from where the last allocation stopped instead of always taking
//! the lowest free pair: a port released by a call that just ended is reused as late as possible,
//! so late packets of the old call do not land in a new one. Ports some other program holds are
//! skipped (the bind fails with EADDRINUSE); only ports this relay holds are tracked.

use std::io;
use std::net::{IpAddr, SocketAddr, UdpSocket};

pub(crate) struct PortAllocator {
    ip: IpAddr,
    first: u16,
    /// One flag per pair: held by a live session.
    used: Vec<bool>,
    /// Index of the pair to try next.
    next: usize,
}

/// Why a pair could not be allocated.
pub(crate) enum AllocError {
    Exhausted,
    Io(io::Error),
}

impl PortAllocator {
    pub fn new(ip: IpAddr, first: u16, count: u16) -> PortAllocator {
        PortAllocator {
            ip,
            first,
            used: vec![false; count as usize],
            next: 0,
        }
    }

    /// Binds a nonblocking RTP socket on an even port and its RTCP socket on the next port.
    pub fn allocate(&mut self) -> Result<(u16, UdpSocket, UdpSocket), AllocError> {
        let n = self.used.len();
        for _ in 0..n {
            let i = self.next;
            self.next = (self.next + 1) % n;
            if self.used[i] {
                continue;
            }
            let port = self.first + 2 * i as u16;
            match self.bind_pair(port) {
                Ok((rtp, rtcp)) => {
                    self.used[i] = true;
                    return Ok((port, rtp, rtcp));
                }
                Err(e) if in_use(&e) => continue,
                Err(e) => return Err(AllocError::Io(e)),
            }
        }
        Err(AllocError::Exhausted)
    }

    /// Returns the pair starting at `port` (the sockets must already be closed).
    pub fn free(&mut self, port: u16) {
        if let Some(i) = port.checked_sub(self.first).map(|d| d as usize / 2)
            && let Some(u) = self.used.get_mut(i)
        {
            *u = false;
        }
    }

    fn bind_pair(&self, port: u16) -> io::Result<(UdpSocket, UdpSocket)> {
        let rtp = bind(SocketAddr::new(self.ip, port))?;
        let rtcp = bind(SocketAddr::new(self.ip, port + 1))?;
        Ok((rtp, rtcp))
    }
}

fn bind(addr: SocketAddr) -> io::Result<UdpSocket> {
    // std binds with SOCK_CLOEXEC; the relay thread never blocks on a socket.
    let s = UdpSocket::bind(addr)?;
    s.set_nonblocking(true)?;
    Ok(s)
}

fn in_use(e: &io::Error) -> bool {
    // EACCES: a port below 1024 without the capability; treat like a taken port and move on.
    matches!(
        e.kind(),
        io::ErrorKind::AddrInUse | io::ErrorKind::PermissionDenied
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    #[test]
    fn skips_taken_ports_and_reuses_freed_ones_last() {
        let ip = IpAddr::V4(Ipv4Addr::LOCALHOST);
        // Find a free block of 6 ports by asking the kernel for an ephemeral port and trying
        // the range around it; retry a few times in case another test races us.
        for _ in 0..20 {
            let probe = UdpSocket::bind((ip, 0)).unwrap();
            let base = probe.local_addr().unwrap().port() & !1;
            drop(probe);
            if base > 65000 {
                continue;
            }
            // Occupy the RTCP port of the first pair: that pair must be skipped.
            let Ok(blocker) = UdpSocket::bind((ip, base + 1)) else {
                continue;
            };
            let mut a = PortAllocator::new(ip, base, 3);
            let Ok((p1, ..)) = a.allocate() else { continue };
            if p1 != base + 2 {
                continue; // someone else holds base+2/3; try another block
            }
            let Ok((p2, ..)) = a.allocate() else { continue };
            assert_eq!(p2, base + 4);
            assert!(matches!(a.allocate(), Err(AllocError::Exhausted)));
            drop(blocker);
            a.free(p1);
            // Round-robin: the cursor wrapped to pair 0, which is free now.
            let (p3, ..) = a.allocate().ok().unwrap();
            assert_eq!(p3, base);
            return;
        }
        panic!("no free port block found");
    }
}
