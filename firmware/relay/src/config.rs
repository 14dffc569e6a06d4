//! Relay configuration: the address and port range (from `--rtp-ports`) and tuning options.

use std::io;
use std::net::IpAddr;
use std::time::Duration;

/// Where the relay binds its sockets.
#[derive(Clone, Debug)]
pub struct RelayConfig {
    /// Address every relay socket binds to; it is also the address to put in SDP
    /// (unless it is unspecified, in which case the SIP layer must pick a routable one).
    pub bind_ip: IpAddr,
    /// Lowest port usable (rounded up to even: RTP ports are even, RTCP = RTP + 1).
    pub port_min: u16,
    /// Highest port usable (an RTCP port may be this one).
    pub port_max: u16,
}

impl RelayConfig {
    /// The even RTP ports `p` with `p + 1 <= port_max`, as (first, count).
    pub(crate) fn rtp_ports(&self) -> io::Result<(u16, u16)> {
        // u32 arithmetic: port_min 65535 rounds up to 65536, which must simply yield no pair.
        let first = (self.port_min.max(2) as u32).next_multiple_of(2);
        let max = self.port_max as u32;
        if first + 1 > max {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "RTP port range {}-{} holds no even/odd port pair",
                    self.port_min, self.port_max
                ),
            ));
        }
        Ok((first as u16, ((max - 1 - first) / 2 + 1) as u16))
    }
}

/// Tuning that the SIP layer normally leaves at its default.
#[derive(Clone, Debug)]
pub struct RelayOptions {
    /// How long the latched source of a stream must have been silent before packets from a
    /// different source may take the stream over (see the crate README, "Latching").
    pub relatch_after: Duration,
}

impl Default for RelayOptions {
    fn default() -> Self {
        // 1 s: longer than any jitter or packet-loss gap of a live stream (20 ms packets), so a
        // stray or spoofed packet cannot steal a running call; short enough that a phone whose
        // NAT mapping changed mid-call is heard again after about a second.
        RelayOptions {
            relatch_after: Duration::from_secs(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn cfg(min: u16, max: u16) -> RelayConfig {
        RelayConfig {
            bind_ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port_min: min,
            port_max: max,
        }
    }

    #[test]
    fn ranges() {
        assert_eq!(cfg(16384, 32767).rtp_ports().unwrap(), (16384, 8192));
        assert_eq!(cfg(16385, 16388).rtp_ports().unwrap(), (16386, 1));
        assert_eq!(cfg(16384, 16387).rtp_ports().unwrap(), (16384, 2));
        assert_eq!(cfg(16384, 16386).rtp_ports().unwrap(), (16384, 1));
        assert_eq!(cfg(16384, 16385).rtp_ports().unwrap(), (16384, 1));
        assert!(cfg(16384, 16384).rtp_ports().is_err());
        assert!(cfg(16385, 16385).rtp_ports().is_err());
        assert_eq!(cfg(65534, 65535).rtp_ports().unwrap(), (65534, 1));
        assert!(cfg(65535, 65535).rtp_ports().is_err());
        assert_eq!(cfg(0, 5).rtp_ports().unwrap(), (2, 2));
    }
}
