//! The engine's media relay, backed by the relay thread of `edgepbx-relay`.

use std::net::SocketAddr;

use edgepbx_relay::{Relay, SessionId, Side, SrtpKeys, SrtpSuite};
use edgepbx_sip::engine::{MediaPorts, MediaRelay, MediaSide, SrtpLegKeys};
use edgepbx_sip::sdes::{KEY_LEN, SdesSuite};

pub struct RelayMedia {
    pub relay: Relay,
}

fn side(s: MediaSide) -> Side {
    match s {
        MediaSide::A => Side::A,
        MediaSide::B => Side::B,
    }
}

impl MediaRelay for RelayMedia {
    fn allocate(&mut self) -> Option<MediaPorts> {
        match self.relay.allocate() {
            Ok(a) => Some(MediaPorts {
                id: a.id.0,
                a_port: a.a_port,
                b_port: a.b_port,
            }),
            Err(e) => {
                tracing::warn!(error = ?e, "no RTP ports for a new call");
                None
            }
        }
    }

    fn set_remote(&mut self, id: u64, s: MediaSide, rtp: SocketAddr) {
        let _ = self.relay.set_remote(SessionId(id), side(s), rtp);
    }

    fn set_payload_map(&mut self, id: u64, from: MediaSide, map: &[(u8, u8)]) {
        let _ = self.relay.set_payload_map(SessionId(id), side(from), map);
    }

    fn set_tap(&mut self, id: u64, s: MediaSide, to: Option<SocketAddr>) {
        let _ = self.relay.set_tap(SessionId(id), side(s), to);
    }

    fn set_srtp(&mut self, id: u64, s: MediaSide, keys: Option<SrtpLegKeys>) {
        let keys = keys.map(|k| SrtpKeys {
            suite: match k.suite {
                SdesSuite::AesCm128HmacSha1_80 => SrtpSuite::AesCm128HmacSha1_80,
                SdesSuite::AesCm128HmacSha1_32 => SrtpSuite::AesCm128HmacSha1_32,
            },
            remote: k.remote,
            local: k.local,
        });
        let _ = self.relay.set_srtp(SessionId(id), side(s), keys);
    }

    fn set_stand_in(&mut self, id: u64, s: MediaSide, on: bool) {
        let _ = self.relay.set_stand_in(SessionId(id), side(s), on);
    }

    /// From the operating system's CSPRNG (getrandom). Without one the box cannot run at
    /// all (its nonces, tokens and tags come from the same source), so failing here is a bug.
    fn srtp_key(&mut self) -> [u8; KEY_LEN] {
        let mut key = [0u8; KEY_LEN];
        getrandom::fill(&mut key).expect("the OS random generator");
        key
    }

    fn idle_ms(&self, id: u64) -> Option<u64> {
        self.relay.stats(SessionId(id)).map(|s| s.idle_ms)
    }

    fn release(&mut self, id: u64) {
        self.relay.release(SessionId(id));
    }
}
