//! Per-call relay state (remote addresses, symmetric-RTP latching, payload-type maps, counters)
//! and the session table. No I/O and no clock here: time comes in as milliseconds.

use std::net::{SocketAddr, UdpSocket};

use crate::srtp::{Context, SrtpKeys};
use crate::timestamps::Carry;
use crate::{SessionId, SessionStats, Side};

/// Index of a socket within a session: `side * 2 + rtcp`.
pub(crate) fn sock_index(side: Side, rtcp: bool) -> usize {
    (side as usize) * 2 + rtcp as usize
}

pub(crate) fn other(side: Side) -> Side {
    match side {
        Side::A => Side::B,
        Side::B => Side::A,
    }
}

/// Where one stream (RTP or RTCP) of one side is sent, and where it was learned from.
#[derive(Default, Debug)]
struct Endpoint {
    /// From signalling (SDP c=/m= or a=rtcp).
    signalled: Option<SocketAddr>,
    /// The source the peer's packets actually come from (symmetric RTP).
    latched: Option<SocketAddr>,
    /// When a packet last came from `latched` (ms on the relay clock).
    last_rx_ms: u64,
}

impl Endpoint {
    /// Decides whether a packet from `src` belongs to this stream, latching onto `src` when the
    /// stream has no source yet or its source has been silent for `relatch_ms`. The signalled
    /// address itself always wins: when call control points a side at the media server (music
    /// on hold), a held phone that keeps sending cannot hold the latch against it.
    fn accept(&mut self, src: SocketAddr, now_ms: u64, relatch_ms: u64) -> bool {
        let take = match self.latched {
            None => true,
            Some(cur) if cur == src => true,
            Some(_) if self.signalled == Some(src) => true,
            Some(_) => now_ms.saturating_sub(self.last_rx_ms) >= relatch_ms,
        };
        if take {
            self.latched = Some(src);
            self.last_rx_ms = now_ms;
        }
        take
    }

    fn reset(&mut self, signalled: Option<SocketAddr>) {
        *self = Endpoint {
            signalled,
            ..Endpoint::default()
        };
    }
}

/// One leg of the call: the peer the box talks to on that side.
struct Leg {
    rtp: Endpoint,
    rtcp: Endpoint,
    /// Payload type rewrite for RTP received from this leg: `pt_map[pt]` (identity by default).
    pt_map: [u8; 128],
    /// SRTP on this leg (SDES keys): what the peer sends is opened, what it gets is sealed.
    srtp: Option<LegSrtp>,
    /// The box's media server stands in for this leg's peer (hold music): packets from the
    /// signalled address come in plain, and the SRTP state stays as it was for the peer's
    /// return (its packet indexes and rollover counts carry on; new contexts would guess a
    /// rollover count of 0 and lose a call older than 65,536 packets).
    stand_in: bool,
    /// Timestamps of the RTP this leg's peer (or a stand-in) sends, carried across sources.
    timestamps: Carry,
}

struct LegSrtp {
    keys: SrtpKeys,
    /// Opens what the peer sends (its key).
    open: Context,
    /// Seals what the peer gets (our key).
    seal: Context,
}

impl Leg {
    fn new() -> Leg {
        Leg {
            rtp: Endpoint::default(),
            rtcp: Endpoint::default(),
            pt_map: identity_map(),
            srtp: None,
            stand_in: false,
            timestamps: Carry::default(),
        }
    }

    fn rtp_dest(&self) -> Option<SocketAddr> {
        self.rtp.latched.or(self.rtp.signalled)
    }

    /// RTCP goes to where the peer's RTCP comes from; else to the signalled a=rtcp address;
    /// else next to wherever RTP goes (RTP port + 1, RFC 3550 §11). Deriving from the *latched*
    /// RTP address rather than the SDP one means a NATed peer that has sent RTP but no RTCP yet
    /// is tried at its public address instead of its unreachable private one.
    fn rtcp_dest(&self) -> Option<SocketAddr> {
        self.rtcp.latched.or(self.rtcp.signalled).or_else(|| {
            let rtp = self.rtp_dest()?;
            Some(SocketAddr::new(rtp.ip(), rtp.port().checked_add(1)?))
        })
    }
}

/// RTCP multiplexed on the RTP port (RFC 5761 §4): packet types 192..=223 read as RTP
/// payload types 64..=95.
fn is_muxed_rtcp(pkt: &[u8]) -> bool {
    pkt.len() > 1 && (64..=95).contains(&(pkt[1] & 0x7f))
}

fn identity_map() -> [u8; 128] {
    std::array::from_fn(|i| i as u8)
}

/// Why an inbound packet is not forwarded.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Reject {
    /// Not RTP/RTCP-shaped.
    Malformed,
    /// An SRTP leg's packet that does not authenticate (or is replayed), or no room to seal.
    Crypto,
    /// From a source other than the latched one, within the re-latch guard time.
    Stray,
}

/// One relayed call: two legs, four sockets.
pub(crate) struct Session {
    /// `sock_index(side, rtcp)` -> socket.
    pub socks: [UdpSocket; 4],
    pub a_port: u16,
    pub b_port: u16,
    legs: [Leg; 2],
    /// Packets and bytes forwarded, by the side they came from.
    packets: [u64; 2],
    bytes: [u64; 2],
    dropped: u64,
    /// Last packet accepted from either peer (or the allocation time).
    last_rx_ms: u64,
    /// Where a copy of each RTP packet from a side's peer also goes (the media server's
    /// call recording and in-call keys), by side.
    taps: [Option<SocketAddr>; 2],
}

impl Session {
    pub fn new(socks: [UdpSocket; 4], a_port: u16, b_port: u16, now_ms: u64) -> Session {
        Session {
            socks,
            a_port,
            b_port,
            legs: [Leg::new(), Leg::new()],
            packets: [0; 2],
            bytes: [0; 2],
            dropped: 0,
            last_rx_ms: now_ms,
            taps: [None; 2],
        }
    }

    /// New signalled RTP address (offer/answer, re-INVITE): forget what was latched so the next
    /// packet latches at once, and go back to RTP+1 for RTCP until `set_remote_rtcp`.
    pub fn set_remote(&mut self, side: Side, rtp: SocketAddr) {
        let leg = &mut self.legs[side as usize];
        leg.rtp.reset(Some(rtp));
        leg.rtcp.reset(None);
    }

    pub fn set_remote_rtcp(&mut self, side: Side, rtcp: SocketAddr) {
        self.legs[side as usize].rtcp.reset(Some(rtcp));
    }

    /// `map` pairs are (received PT, forwarded PT); 7-bit values, anything else is ignored.
    pub fn set_payload_map(&mut self, from: Side, map: &[(u8, u8)]) {
        let m = &mut self.legs[from as usize].pt_map;
        *m = identity_map();
        for &(pt_in, pt_out) in map {
            if pt_in < 128 && pt_out < 128 {
                m[pt_in as usize] = pt_out;
            }
        }
    }

    /// SRTP keys of `side`'s leg (None: plain RTP). The same keys again (a re-INVITE that
    /// kept them) keep the packet index state; new keys start afresh.
    pub fn set_srtp(&mut self, side: Side, keys: Option<SrtpKeys>) {
        let leg = &mut self.legs[side as usize];
        if leg.srtp.as_ref().map(|s| s.keys) == keys {
            return;
        }
        leg.srtp = keys.map(|keys| LegSrtp {
            keys,
            open: Context::new(keys.suite, &keys.remote),
            seal: Context::new(keys.suite, &keys.local),
        });
    }

    /// While `on`, plain RTP from `side`'s signalled address (the media server playing hold
    /// music in the peer's place) is taken without opening; the leg's SRTP keys and state
    /// stay, and what is sent towards the side is still sealed, so the counters stay in step.
    pub fn set_stand_in(&mut self, side: Side, on: bool) {
        self.legs[side as usize].stand_in = on;
    }

    /// Whether packets forwarded from `from`'s peer are sealed (SRTP) for the other leg.
    pub fn seals_towards_other(&self, from: Side) -> bool {
        self.legs[other(from) as usize].srtp.is_some()
    }

    /// Seals a packet accepted from `from`'s peer for the other leg, when that leg uses SRTP.
    pub fn seal(
        &mut self,
        from: Side,
        rtcp: bool,
        buf: &mut [u8],
        len: &mut usize,
    ) -> Result<(), Reject> {
        let Some(srtp) = &mut self.legs[other(from) as usize].srtp else {
            return Ok(());
        };
        let sealed = if rtcp || is_muxed_rtcp(&buf[..*len]) {
            srtp.seal.protect_rtcp(buf, *len)
        } else {
            srtp.seal.protect_rtp(buf, *len)
        };
        *len = sealed.map_err(|_| Reject::Crypto)?;
        Ok(())
    }

    pub fn set_tap(&mut self, from: Side, to: Option<SocketAddr>) {
        self.taps[from as usize] = to;
    }

    /// Where copies of the RTP received from `from`'s peer go, if anywhere.
    pub fn tap_dest(&self, from: Side) -> Option<SocketAddr> {
        self.taps[from as usize]
    }

    /// Where packets received from `from`'s peer go: the other leg's RTP or RTCP address.
    pub fn forward_dest(&self, from: Side, rtcp: bool) -> Option<SocketAddr> {
        let to = &self.legs[other(from) as usize];
        if rtcp { to.rtcp_dest() } else { to.rtp_dest() }
    }

    /// Checks, opens (SRTP legs), latches and (RTP) rewrites one packet received from
    /// `from`'s peer, `buf[..*len]`. On `Ok` the packet, `buf[..*len]` now, is plain RTP or
    /// RTCP that may be forwarded (after [`Session::seal`]). An SRTP packet is authenticated
    /// before it may latch, so a forged one cannot steal the media.
    #[allow(clippy::too_many_arguments)]
    pub fn inbound(
        &mut self,
        from: Side,
        rtcp: bool,
        src: SocketAddr,
        buf: &mut [u8],
        len: &mut usize,
        now_ms: u64,
        relatch_ms: u64,
    ) -> Result<(), Reject> {
        let min_len = if rtcp { 8 } else { 12 };
        if *len < min_len || buf[0] >> 6 != 2 {
            return Err(Reject::Malformed);
        }
        let leg = &mut self.legs[from as usize];
        let stand_in = leg.stand_in && leg.rtp.signalled.is_some_and(|a| a == src);
        if let Some(srtp) = leg.srtp.as_mut().filter(|_| !stand_in) {
            let opened = if rtcp || is_muxed_rtcp(&buf[..*len]) {
                srtp.open.unprotect_rtcp(buf, *len)
            } else {
                srtp.open.unprotect_rtp(buf, *len)
            };
            *len = opened.map_err(|_| Reject::Crypto)?;
        }
        let pkt = &mut buf[..*len];
        let ep = if rtcp { &mut leg.rtcp } else { &mut leg.rtp };
        if !ep.accept(src, now_ms, relatch_ms) {
            return Err(Reject::Stray);
        }
        self.last_rx_ms = now_ms;
        if !rtcp {
            let pt = pkt[1] & 0x7f;
            // 64..=95 on the RTP port is RTCP multiplexed with RTP (RFC 5761 §4): no rewrite.
            if !(64..=95).contains(&pt) {
                pkt[1] = (pkt[1] & 0x80) | leg.pt_map[pt as usize];
                leg.timestamps.apply(pkt);
            }
        }
        Ok(())
    }

    pub fn count_forwarded(&mut self, from: Side, packets: u64, bytes: u64) {
        self.packets[from as usize] += packets;
        self.bytes[from as usize] += bytes;
    }

    pub fn count_dropped(&mut self, n: u64) {
        self.dropped += n;
    }

    pub fn last_rx_ms(&self) -> u64 {
        self.last_rx_ms
    }

    pub fn stats(&self, now_ms: u64) -> SessionStats {
        SessionStats {
            a_to_b_packets: self.packets[0],
            b_to_a_packets: self.packets[1],
            a_to_b_bytes: self.bytes[0],
            b_to_a_bytes: self.bytes[1],
            dropped: self.dropped,
            idle_ms: now_ms.saturating_sub(self.last_rx_ms),
        }
    }
}

/// Slab of sessions. A `SessionId` is (generation << 32 | slot), so lookups need no hash map and
/// an id (or an epoll token) of a released session never reaches the slot's next occupant.
#[derive(Default)]
pub(crate) struct Table {
    slots: Vec<Slot>,
    free: Vec<u32>,
    live: usize,
}

struct Slot {
    generation: u32,
    session: Option<Session>,
}

/// epoll token layout: generation (32 bits) | slot (30 bits) | socket index (2 bits).
pub(crate) fn token(id: SessionId, sock: usize) -> u64 {
    let (generation, slot) = (id.0 >> 32, id.0 & 0xffff_ffff);
    (generation << 32) | (slot << 2) | sock as u64
}

/// Inverse of [`token`]: (session id, socket index).
pub(crate) fn from_token(t: u64) -> (SessionId, usize) {
    let id = (t & !0xffff_ffff) | ((t & 0xffff_ffff) >> 2);
    (SessionId(id), (t & 3) as usize)
}

impl Table {
    pub fn insert(&mut self, s: Session) -> SessionId {
        let slot = match self.free.pop() {
            Some(i) => i,
            None => {
                self.slots.push(Slot {
                    generation: 1,
                    session: None,
                });
                (self.slots.len() - 1) as u32
            }
        };
        let sl = &mut self.slots[slot as usize];
        sl.session = Some(s);
        self.live += 1;
        SessionId(((sl.generation as u64) << 32) | slot as u64)
    }

    pub fn get_mut(&mut self, id: SessionId) -> Option<&mut Session> {
        let (generation, slot) = ((id.0 >> 32) as u32, (id.0 & 0xffff_ffff) as usize);
        let sl = self.slots.get_mut(slot)?;
        if sl.generation != generation {
            return None;
        }
        sl.session.as_mut()
    }

    pub fn remove(&mut self, id: SessionId) -> Option<Session> {
        let (generation, slot) = ((id.0 >> 32) as u32, (id.0 & 0xffff_ffff) as usize);
        let sl = self.slots.get_mut(slot)?;
        if sl.generation != generation {
            return None;
        }
        let s = sl.session.take()?;
        // Never 0 again after wrapping, so SessionId(slot) with generation 0 is never valid.
        sl.generation = sl.generation.checked_add(1).unwrap_or(1);
        self.free.push(slot as u32);
        self.live -= 1;
        Some(s)
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn iter(&self) -> impl Iterator<Item = (SessionId, &Session)> {
        self.slots.iter().enumerate().filter_map(|(i, sl)| {
            let s = sl.session.as_ref()?;
            Some((SessionId(((sl.generation as u64) << 32) | i as u64), s))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{IpAddr, Ipv4Addr};

    fn addr(port: u16) -> SocketAddr {
        SocketAddr::new(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)), port)
    }

    fn session() -> Session {
        let s = || UdpSocket::bind("127.0.0.1:0").unwrap();
        Session::new([s(), s(), s(), s()], 0, 0, 0)
    }

    /// `Session::inbound` on a whole buffer that holds exactly the packet.
    fn inb(
        s: &mut Session,
        from: Side,
        rtcp: bool,
        src: SocketAddr,
        pkt: &mut [u8],
        now_ms: u64,
        relatch_ms: u64,
    ) -> Result<(), Reject> {
        let mut len = pkt.len();
        s.inbound(from, rtcp, src, pkt, &mut len, now_ms, relatch_ms)
    }

    fn rtp(pt: u8) -> [u8; 12] {
        let mut p = [0u8; 12];
        p[0] = 0x80;
        p[1] = pt;
        p
    }

    #[test]
    fn latching_and_guard_time() {
        let mut s = session();
        s.set_remote(Side::A, addr(1000));
        assert_eq!(s.forward_dest(Side::B, false), Some(addr(1000)));
        assert_eq!(s.forward_dest(Side::B, true), Some(addr(1001)));
        // The first packet latches, wherever it comes from (NAT).
        assert_eq!(
            inb(&mut s, Side::A, false, addr(5000), &mut rtp(0), 10, 1000),
            Ok(())
        );
        assert_eq!(s.forward_dest(Side::B, false), Some(addr(5000)));
        assert_eq!(s.forward_dest(Side::B, true), Some(addr(5001)));
        // A second source is refused while the first is live...
        assert_eq!(
            inb(&mut s, Side::A, false, addr(6000), &mut rtp(0), 500, 1000),
            Err(Reject::Stray)
        );
        assert_eq!(
            inb(&mut s, Side::A, false, addr(5000), &mut rtp(0), 900, 1000),
            Ok(())
        );
        assert_eq!(
            inb(&mut s, Side::A, false, addr(6000), &mut rtp(0), 1899, 1000),
            Err(Reject::Stray)
        );
        // ...and wins once the first has been silent for the guard time.
        assert_eq!(
            inb(&mut s, Side::A, false, addr(6000), &mut rtp(0), 1900, 1000),
            Ok(())
        );
        assert_eq!(s.forward_dest(Side::B, false), Some(addr(6000)));
        // RTCP latches on its own.
        assert_eq!(
            inb(&mut s, Side::A, true, addr(7000), &mut rtp(200), 1901, 1000),
            Ok(())
        );
        assert_eq!(s.forward_dest(Side::B, true), Some(addr(7000)));
        // A re-INVITE forgets both latches.
        s.set_remote(Side::A, addr(2000));
        assert_eq!(s.forward_dest(Side::B, false), Some(addr(2000)));
        assert_eq!(s.forward_dest(Side::B, true), Some(addr(2001)));
        s.set_remote_rtcp(Side::A, addr(3000));
        assert_eq!(s.forward_dest(Side::B, true), Some(addr(3000)));
        assert_eq!(s.forward_dest(Side::A, false), None);
    }

    #[test]
    fn the_signalled_source_takes_the_latch_back() {
        let mut s = session();
        // Pointed at the media server (hold music) while the held phone keeps sending.
        s.set_remote(Side::A, addr(4000));
        assert_eq!(
            inb(&mut s, Side::A, false, addr(5000), &mut rtp(0), 10, 1000),
            Ok(())
        );
        assert_eq!(
            inb(&mut s, Side::A, false, addr(4000), &mut rtp(0), 20, 1000),
            Ok(())
        );
        assert_eq!(s.forward_dest(Side::B, false), Some(addr(4000)));
        assert_eq!(
            inb(&mut s, Side::A, false, addr(5000), &mut rtp(0), 30, 1000),
            Err(Reject::Stray)
        );
    }

    #[test]
    fn shape_checks() {
        let mut s = session();
        let mut short = [0x80u8; 11];
        assert_eq!(
            inb(&mut s, Side::A, false, addr(1), &mut short, 0, 0),
            Err(Reject::Malformed)
        );
        let mut v1 = rtp(0);
        v1[0] = 0x40;
        assert_eq!(
            inb(&mut s, Side::A, false, addr(1), &mut v1, 0, 0),
            Err(Reject::Malformed)
        );
        let mut rtcp = [0x80u8, 200, 0, 1, 0, 0, 0, 0];
        assert_eq!(inb(&mut s, Side::A, true, addr(1), &mut rtcp, 0, 0), Ok(()));
        assert_eq!(
            inb(&mut s, Side::A, true, addr(1), &mut rtcp[..7], 0, 0),
            Err(Reject::Malformed)
        );
    }

    #[test]
    fn payload_type_map_keeps_marker_and_spares_rtcp_mux() {
        let mut s = session();
        s.set_payload_map(Side::A, &[(101, 96), (9, 9), (200, 1)]);
        let mut p = rtp(0x80 | 101);
        inb(&mut s, Side::A, false, addr(1), &mut p, 0, 0).unwrap();
        assert_eq!(p[1], 0x80 | 96);
        let mut p = rtp(101);
        inb(&mut s, Side::A, false, addr(1), &mut p, 0, 0).unwrap();
        assert_eq!(p[1], 96);
        let mut p = rtp(8);
        inb(&mut s, Side::A, false, addr(1), &mut p, 0, 0).unwrap();
        assert_eq!(p[1], 8);
        // The other direction has its own (identity) map.
        let mut p = rtp(101);
        inb(&mut s, Side::B, false, addr(2), &mut p, 0, 0).unwrap();
        assert_eq!(p[1], 101);
        // RTCP multiplexed on the RTP port (PT byte 200 = SR) is never rewritten.
        s.set_payload_map(Side::A, &[(72, 0)]);
        let mut p = rtp(200);
        inb(&mut s, Side::A, false, addr(1), &mut p, 0, 0).unwrap();
        assert_eq!(p[1], 200);
    }

    #[test]
    fn table_ids_and_tokens_are_not_reused() {
        let mut t = Table::default();
        let a = t.insert(session());
        let (id, sock) = from_token(token(a, 3));
        assert_eq!((id, sock), (a, 3));
        assert!(t.remove(a).is_some());
        assert!(t.remove(a).is_none());
        let b = t.insert(session());
        assert_ne!(a, b);
        assert!(t.get_mut(a).is_none());
        assert!(t.get_mut(b).is_some());
        assert_eq!(t.len(), 1);
        assert_eq!(t.iter().count(), 1);
    }

    /// A packet from an SRTP leg is opened before it latches or is rewritten, and sealed again
    /// with the other leg's own key; a forged one neither passes nor latches.
    #[test]
    fn srtp_legs_open_and_seal_with_their_own_keys() {
        use crate::srtp::{Context, Suite};
        let suite = Suite::AesCm128HmacSha1_80;
        let (phone_a, box_a, phone_b, box_b) = ([1u8; 30], [2u8; 30], [3u8; 30], [4u8; 30]);
        let mut s = session();
        s.set_remote(Side::B, addr(4000));
        s.set_srtp(
            Side::A,
            Some(SrtpKeys {
                suite,
                remote: phone_a,
                local: box_a,
            }),
        );
        s.set_srtp(
            Side::B,
            Some(SrtpKeys {
                suite,
                remote: phone_b,
                local: box_b,
            }),
        );
        s.set_payload_map(Side::A, &[(0, 8)]);
        let mut a_sends = Context::new(suite, &phone_a);
        let mut b_hears = Context::new(suite, &box_b);
        let mut buf = [0u8; 200];
        buf[..12].copy_from_slice(&rtp(0));
        buf[12..32].fill(0x55);
        let n = a_sends.protect_rtp(&mut buf, 32).unwrap();
        // Forged: right shape, wrong tag. Refused, and does not latch.
        let mut forged = buf;
        forged[n - 1] ^= 1;
        let mut len = n;
        assert_eq!(
            s.inbound(Side::A, false, addr(6666), &mut forged, &mut len, 0, 1000),
            Err(Reject::Crypto)
        );
        let mut len = n;
        assert_eq!(
            s.inbound(Side::A, false, addr(5000), &mut buf, &mut len, 1, 1000),
            Ok(())
        );
        assert_eq!((len, buf[1], buf[12]), (32, 8, 0x55));
        assert!(s.seals_towards_other(Side::A));
        s.seal(Side::A, false, &mut buf, &mut len).unwrap();
        assert_eq!(len, 42);
        assert_ne!(buf[12], 0x55);
        assert_eq!(b_hears.unprotect_rtp(&mut buf, len), Ok(32));
        assert_eq!(buf[12..32], [0x55; 20]);
        // The same keys again keep the state; plain again turns SRTP off.
        s.set_srtp(
            Side::B,
            Some(SrtpKeys {
                suite,
                remote: phone_b,
                local: box_b,
            }),
        );
        s.set_srtp(Side::B, None);
        assert!(!s.seals_towards_other(Side::A));
        // Plain RTP from an SRTP leg is refused.
        let mut plain = rtp(0);
        assert_eq!(
            inb(&mut s, Side::A, false, addr(5000), &mut plain, 2, 1000),
            Err(Reject::Crypto)
        );
    }

    /// Hold music on an SRTP leg: the media server's plain packets from the signalled address
    /// pass while it stands in (a forged plain packet from elsewhere does not), sealing
    /// towards the side goes on, and the peer's own stream opens again afterwards with the
    /// state it had (here past a sequence wrap, which fresh keys would get wrong).
    #[test]
    fn a_stand_in_sends_plain_and_the_peer_comes_back_with_its_state() {
        use crate::srtp::{Context, Suite};
        let suite = Suite::AesCm128HmacSha1_80;
        let (phone, ours) = ([5u8; 30], [6u8; 30]);
        let keys = SrtpKeys {
            suite,
            remote: phone,
            local: ours,
        };
        let mut s = session();
        s.set_remote(Side::A, addr(5000));
        s.set_srtp(Side::A, Some(keys));
        let mut phone_sends = Context::new(suite, &phone);
        let mut send = |s: &mut Session, seq: u16, t: u64| {
            let mut buf = [0u8; 200];
            buf[..12].copy_from_slice(&rtp(0));
            buf[2..4].copy_from_slice(&seq.to_be_bytes());
            buf[8..12].copy_from_slice(&[9, 9, 9, 9]);
            let mut len = phone_sends.protect_rtp(&mut buf, 32).unwrap();
            s.inbound(Side::A, false, addr(5000), &mut buf, &mut len, t, 1000)
        };
        // The phone's stream runs past a sequence wrap (rollover count 1).
        for (i, seq) in (65_530..=65_535).chain(0..5).enumerate() {
            assert_eq!(send(&mut s, seq, i as u64), Ok(()));
        }
        // Music: the side points at the media server, which sends plain RTP.
        let server = addr(4000);
        s.set_remote(Side::A, server);
        s.set_stand_in(Side::A, true);
        assert_eq!(
            inb(&mut s, Side::A, false, server, &mut rtp(0), 20, 1000),
            Ok(())
        );
        assert_eq!(s.forward_dest(Side::B, false), Some(server));
        // Plain packets from anywhere else are still refused.
        assert_eq!(
            inb(&mut s, Side::A, false, addr(6666), &mut rtp(0), 21, 1000),
            Err(Reject::Crypto)
        );
        // What the other side says is sealed on its way to the stand-in.
        assert!(s.seals_towards_other(Side::B));
        // Resume: the phone's next packets open with the rollover count it has.
        s.set_stand_in(Side::A, false);
        s.set_remote(Side::A, addr(5000));
        s.set_srtp(Side::A, Some(keys));
        assert_eq!(send(&mut s, 5, 30), Ok(()));
        assert_eq!(
            inb(&mut s, Side::A, false, server, &mut rtp(0), 31, 1000),
            Err(Reject::Crypto)
        );
    }
}
