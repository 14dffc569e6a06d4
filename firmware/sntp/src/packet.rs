//! SNTP version 4 packets (RFC 4330 §4-5). Times are Unix microseconds on the caller's clock.

use std::fmt;

pub const PACKET_LEN: usize = 48;
/// Seconds from the NTP epoch (1900) to the Unix epoch (1970).
const NTP_UNIX_SECS: i64 = 2_208_988_800;
const ERA_SECS: i64 = 1 << 32;

/// What a good reply says about our clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reply {
    /// Add to our clock to get the server's (RFC 4330's `((T2 - T1) + (T3 - T4)) / 2`).
    pub offset_us: i64,
    /// Round trip minus the server's own time (`(T4 - T1) - (T3 - T2)`).
    pub delay_us: i64,
    pub stratum: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SntpError {
    /// Not 48 bytes or more.
    Short(usize),
    /// Not a server reply (mode 4) of version 3 or 4.
    NotAReply { mode: u8, version: u8 },
    /// Stratum 0: the server says go away (its four-letter code: DENY, RSTR, RATE, ...).
    KissOfDeath(String),
    /// The server's own clock is not synchronised (leap indicator 3, or stratum above 15).
    Unsynchronised,
    /// The originate timestamp is not our request's: a stray or forged reply.
    NotOurs,
    /// The server sent no transmit time, or one that makes the round trip negative.
    BadTimes,
}

impl fmt::Display for SntpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SntpError::Short(n) => write!(f, "reply of {n} bytes, an SNTP packet has 48"),
            SntpError::NotAReply { mode, version } => {
                write!(
                    f,
                    "not an SNTP server reply (mode {mode}, version {version})"
                )
            }
            SntpError::KissOfDeath(code) => write!(f, "server refused (kiss code {code:?})"),
            SntpError::Unsynchronised => write!(f, "the server's clock is not synchronised"),
            SntpError::NotOurs => write!(f, "reply to another request"),
            SntpError::BadTimes => write!(f, "reply with impossible timestamps"),
        }
    }
}

impl std::error::Error for SntpError {}

/// Unix microseconds as a 64-bit NTP timestamp (seconds since 1900 and a binary fraction).
pub fn to_ntp(unix_us: i64) -> u64 {
    let secs = unix_us.div_euclid(1_000_000) + NTP_UNIX_SECS;
    let micros = unix_us.rem_euclid(1_000_000) as u64;
    ((secs as u64 & 0xffff_ffff) << 32) | ((micros << 32) / 1_000_000)
}

/// An NTP timestamp as Unix microseconds. Seconds with the top bit clear are in era 1
/// (from 2036 on), as RFC 4330 §3 says to read them.
pub fn from_ntp(ntp: u64) -> i64 {
    let mut secs = (ntp >> 32) as i64;
    if secs < 0x8000_0000 {
        secs += ERA_SECS;
    }
    // Rounded: to_ntp's fraction rounds down, so a round trip gives the microsecond back.
    let micros = ((ntp & 0xffff_ffff) * 1_000_000 + (1 << 31)) >> 32;
    (secs - NTP_UNIX_SECS) * 1_000_000 + micros as i64
}

/// A client request sent at `t1` (our clock): version 4, mode 3, `t1` as transmit timestamp
/// (the server copies it into the originate field, which ties the reply to this request).
pub fn request(t1_unix_us: i64) -> [u8; PACKET_LEN] {
    let mut p = [0u8; PACKET_LEN];
    p[0] = (4 << 3) | 3;
    p[40..48].copy_from_slice(&to_ntp(t1_unix_us).to_be_bytes());
    p
}

fn timestamp(p: &[u8], at: usize) -> u64 {
    u64::from_be_bytes(p[at..at + 8].try_into().expect("8 bytes"))
}

/// Checks a reply to the request sent at `t1` and received at `t4` (both our clock).
pub fn parse_reply(p: &[u8], t1_unix_us: i64, t4_unix_us: i64) -> Result<Reply, SntpError> {
    if p.len() < PACKET_LEN {
        return Err(SntpError::Short(p.len()));
    }
    let (leap, version, mode) = (p[0] >> 6, (p[0] >> 3) & 7, p[0] & 7);
    if mode != 4 || !(3..=4).contains(&version) {
        return Err(SntpError::NotAReply { mode, version });
    }
    let stratum = p[1];
    if stratum == 0 {
        let code = p[12..16]
            .iter()
            .map(|&b| if b.is_ascii_graphic() { b as char } else { '?' })
            .collect();
        return Err(SntpError::KissOfDeath(code));
    }
    if leap == 3 || stratum > 15 {
        return Err(SntpError::Unsynchronised);
    }
    if timestamp(p, 24) != to_ntp(t1_unix_us) {
        return Err(SntpError::NotOurs);
    }
    let (t2, t3) = (timestamp(p, 32), timestamp(p, 40));
    if t3 == 0 {
        return Err(SntpError::BadTimes);
    }
    let (t2, t3) = (from_ntp(t2), from_ntp(t3));
    let delay_us = (t4_unix_us - t1_unix_us) - (t3 - t2);
    if delay_us < 0 || t3 < t2 {
        return Err(SntpError::BadTimes);
    }
    Ok(Reply {
        offset_us: ((t2 - t1_unix_us) + (t3 - t4_unix_us)) / 2,
        delay_us,
        stratum,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server `ahead_us` ahead of the client that takes `hold_us` to answer.
    fn reply_to(req: &[u8], t1: i64, net_us: i64, ahead_us: i64, hold_us: i64) -> [u8; 48] {
        let mut p = [0u8; 48];
        p[0] = (4 << 3) | 4;
        p[1] = 2;
        p[24..32].copy_from_slice(&req[40..48]);
        let t2 = t1 + net_us + ahead_us;
        p[32..40].copy_from_slice(&to_ntp(t2).to_be_bytes());
        p[40..48].copy_from_slice(&to_ntp(t2 + hold_us).to_be_bytes());
        p
    }

    const T1: i64 = 1_780_000_000_123_456;

    #[test]
    fn timestamps_round_trip_to_the_microsecond_across_the_2036_era() {
        for unix_us in [0, T1, 2_085_978_496_000_000 + 5, 4_000_000_000_999_999] {
            let back = from_ntp(to_ntp(unix_us));
            assert_eq!(back, unix_us);
        }
        // 1900-01-01 is NTP 0 in era 0; seconds with the top bit clear read as era 1.
        assert_eq!(to_ntp(-NTP_UNIX_SECS * 1_000_000) >> 32, 0);
        assert!(from_ntp(1 << 32) > 2_085_978_496_000_000);
    }

    #[test]
    fn offset_and_delay_from_a_server_ahead_of_us() {
        let req = request(T1);
        assert_eq!(req[0], 0x23, "version 4, client mode");
        let ahead = 3_600_000_000; // one hour
        let p = reply_to(&req, T1, 10_000, ahead, 500);
        let t4 = T1 + 10_000 + 500 + 10_000;
        let r = parse_reply(&p, T1, t4).unwrap();
        assert_eq!(r.offset_us, ahead);
        assert_eq!(r.delay_us, 20_000);
        assert_eq!(r.stratum, 2);
    }

    #[test]
    fn a_clock_at_1970_learns_the_real_time() {
        let t1 = 5_000_000; // five seconds after boot at the epoch
        let req = request(t1);
        let p = reply_to(&req, t1, 1_000, T1 - t1, 0);
        let r = parse_reply(&p, t1, t1 + 2_000).unwrap();
        // The server read T1 + 1 ms when the request arrived, T1 + 2 ms when ours came back.
        assert_eq!(t1 + 2_000 + r.offset_us, T1 + 2_000);
    }

    #[test]
    fn bad_replies_are_refused_with_the_reason() {
        let req = request(T1);
        let good = reply_to(&req, T1, 1_000, 0, 0);
        let t4 = T1 + 2_000;
        assert_eq!(parse_reply(&good[..47], T1, t4), Err(SntpError::Short(47)));
        let mut p = good;
        p[0] = (4 << 3) | 3;
        assert_eq!(
            parse_reply(&p, T1, t4),
            Err(SntpError::NotAReply {
                mode: 3,
                version: 4
            })
        );
        let mut p = good;
        p[1] = 0;
        p[12..16].copy_from_slice(b"RATE");
        assert_eq!(
            parse_reply(&p, T1, t4),
            Err(SntpError::KissOfDeath("RATE".into()))
        );
        let mut p = good;
        p[0] |= 3 << 6;
        assert_eq!(parse_reply(&p, T1, t4), Err(SntpError::Unsynchronised));
        let mut p = good;
        p[1] = 16;
        assert_eq!(parse_reply(&p, T1, t4), Err(SntpError::Unsynchronised));
        assert_eq!(parse_reply(&good, T1 + 1, t4), Err(SntpError::NotOurs));
        let mut p = good;
        p[40..48].fill(0);
        assert_eq!(parse_reply(&p, T1, t4), Err(SntpError::BadTimes));
        // The server claims to have held the request longer than the whole round trip.
        let slow = reply_to(&req, T1, 1_000, 0, 5_000);
        assert_eq!(parse_reply(&slow, T1, t4), Err(SntpError::BadTimes));
    }
}
