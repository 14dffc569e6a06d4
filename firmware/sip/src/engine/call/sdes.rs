//! SRTP with SDES keys per side of a call: what each side's peer offered or answered, the
//! key the box uses towards it (from the relay's CSPRNG), and the `a=crypto` lines and
//! profile of every description the box sends that side. The relay encrypts per leg, so each
//! side negotiates on its own: an SRTP phone can talk to a plain-RTP carrier.

use super::*;
use crate::engine::SrtpLegKeys;
use crate::sdes::{KEY_LEN, SdesKey, SdesSuite, SrtpPolicy, choose, is_savp};
use crate::sdp::Media;

/// The SDES state of both relay sides of a call, indexed by [`MediaSide`].
#[derive(Default)]
pub(super) struct CallCrypto {
    sides: [SideCrypto; 2],
}

#[derive(Default)]
struct SideCrypto {
    /// What this side's device or gateway asks for.
    policy: SrtpPolicy,
    /// Our keys offered to this side (one per suite), kept for its answer.
    offered: Vec<SdesKey>,
    /// In use: our key and the peer's master key (same tag and suite).
    active: Option<(SdesKey, [u8; KEY_LEN])>,
    /// The profile of the peer's last offer, which our answer must repeat.
    offer_proto: Option<String>,
}

/// Whether a description we write for a side offers or answers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A new B-leg's INVITE, for a device or gateway with this policy (legs of one bridge
    /// differ; the side's key in use, if any, belongs to another leg).
    NewLeg(SrtpPolicy),
    /// A re-offer within the dialog (a passed-on re-INVITE, the box's own offer to a
    /// delayed-offer caller): the key in use, else what was prepared.
    Offer,
    Answer,
}

fn index(side: MediaSide) -> usize {
    match side {
        MediaSide::A => 0,
        MediaSide::B => 1,
    }
}

/// What an offer or an answer from a peer starts with: its relay side's SDES state, with the
/// peer device's `policy` applied when known, and the SDP's audio (None: no audio, nothing
/// to do).
fn peer_sdp<'c, 's>(
    call: &'c mut Call,
    relay_side: MediaSide,
    sdp: &'s Sdp,
    policy: Option<SrtpPolicy>,
) -> Option<(&'c mut SideCrypto, &'s Media)> {
    let st = &mut call.crypto.sides[index(relay_side)];
    if let Some(p) = policy {
        st.policy = p;
    }
    Some((st, sdp.audio()?))
}

impl CallCrypto {
    /// `sdp` as the peer of `side` must get it: the audio stream in RTP/SAVP with our
    /// `a=crypto` line(s) when that side uses (or is offered) SRTP, else in RTP/AVP.
    pub(super) fn dress(&self, side: MediaSide, sdp: &Sdp, role: Role) -> Sdp {
        let st = &self.sides[index(side)];
        let mut out = sdp.clone();
        let mut audio_done = false;
        for m in &mut out.media {
            m.crypto.clear();
            let is_audio = !audio_done && m.kind == "audio" && m.port != 0;
            audio_done |= is_audio;
            if !is_audio {
                continue;
            }
            let answer_proto = || st.offer_proto.clone().unwrap_or_else(|| "RTP/AVP".into());
            let role = match role {
                Role::NewLeg(SrtpPolicy::Plain) => {
                    m.proto = "RTP/AVP".into();
                    continue;
                }
                Role::NewLeg(_) => {
                    m.proto = "RTP/SAVP".into();
                    m.crypto.extend(st.offered.iter().map(SdesKey::to_crypto));
                    continue;
                }
                r => r,
            };
            match (&st.active, role) {
                (Some((ours, _)), Role::Answer) => {
                    m.proto = answer_proto();
                    m.crypto.push(ours.to_crypto());
                }
                (Some((ours, _)), Role::Offer) => {
                    m.proto = "RTP/SAVP".into();
                    m.crypto.push(ours.to_crypto());
                }
                (None, Role::Offer) if !st.offered.is_empty() => {
                    m.proto = "RTP/SAVP".into();
                    m.crypto.extend(st.offered.iter().map(SdesKey::to_crypto));
                }
                (None, Role::Answer) if st.offer_proto.as_deref().is_some_and(|p| !is_savp(p)) => {
                    m.proto = answer_proto();
                }
                _ => m.proto = "RTP/AVP".into(),
            }
        }
        out
    }
}

impl Engine {
    /// Before offering to `side` (a B-leg INVITE, the box's offer to a delayed-offer caller):
    /// with `policy` asking for SRTP and no key in use there, makes our keys for every suite.
    pub(in crate::engine) fn srtp_prepare_offer(
        &mut self,
        call: &mut Call,
        side: Side,
        policy: SrtpPolicy,
    ) {
        let st = &mut call.crypto.sides[index(call.relay_side(side))];
        st.policy = policy;
        if policy == SrtpPolicy::Plain || st.active.is_some() || !st.offered.is_empty() {
            return;
        }
        for (tag, suite) in (1..).zip(SdesSuite::ALL) {
            let key = self.media.srtp_key();
            st.offered.push(SdesKey { tag, suite, key });
        }
    }

    /// An offer from `side`'s peer (with its device's `policy` when known): the key the box
    /// takes and its own key for that side, handed to the relay. Err: the 488 reason.
    pub(in crate::engine) fn srtp_take_offer(
        &mut self,
        call: &mut Call,
        side: Side,
        offer: &Sdp,
        policy: Option<SrtpPolicy>,
    ) -> Result<(), &'static str> {
        let relay_side = call.relay_side(side);
        let Some((st, audio)) = peer_sdp(call, relay_side, offer, policy) else {
            return Ok(());
        };
        let theirs = choose(audio, st.policy)?;
        st.offer_proto = Some(audio.proto.clone());
        st.offered.clear();
        st.active = theirs.map(|theirs| {
            let ours = match st.active {
                // Same suite again (a re-INVITE): our key stays, so does the relay's state.
                Some((ours, _)) if ours.suite == theirs.suite => ours.key,
                _ => self.media.srtp_key(),
            };
            let ours = SdesKey {
                tag: theirs.tag,
                suite: theirs.suite,
                key: ours,
            };
            (ours, theirs.key)
        });
        self.srtp_to_relay(call, relay_side);
        Ok(())
    }

    /// The answer of `side`'s peer to our offer: the line it chose among ours. Err when it
    /// refused SRTP that its `policy` (or our offer's profile) requires.
    pub(in crate::engine) fn srtp_take_answer(
        &mut self,
        call: &mut Call,
        side: Side,
        answer: &Sdp,
        policy: Option<SrtpPolicy>,
    ) -> Result<(), &'static str> {
        let relay_side = call.relay_side(side);
        let Some((st, audio)) = peer_sdp(call, relay_side, answer, policy) else {
            return Ok(());
        };
        let mine: Vec<SdesKey> = st
            .offered
            .iter()
            .copied()
            .chain(st.active.map(|a| a.0))
            .collect();
        let chosen = audio.crypto.iter().find_map(|c| {
            let theirs = SdesKey::from_crypto(c)?;
            let ours = mine
                .iter()
                .find(|k| k.tag == theirs.tag && k.suite == theirs.suite)?;
            Some((*ours, theirs.key))
        });
        if chosen.is_none() {
            if st.policy == SrtpPolicy::Require {
                return Err("SRTP Required");
            }
            if is_savp(&audio.proto) {
                return Err("No Supported SRTP Crypto Suite");
            }
        }
        st.active = chosen;
        self.srtp_to_relay(call, relay_side);
        Ok(())
    }

    /// The policy `side` was last given (a re-offer to it keeps offering SRTP).
    pub(in crate::engine) fn srtp_policy(call: &Call, side: Side) -> SrtpPolicy {
        call.crypto.sides[index(call.relay_side(side))].policy
    }

    /// `side` becomes plain RTP (the media server took it over).
    pub(in crate::engine) fn srtp_plain(&mut self, call: &mut Call, side: Side) {
        let relay_side = call.relay_side(side);
        call.crypto.sides[index(relay_side)] = SideCrypto::default();
        self.srtp_to_relay(call, relay_side);
    }

    fn srtp_to_relay(&mut self, call: &Call, side: MediaSide) {
        let keys = call.crypto.sides[index(side)]
            .active
            .map(|(ours, theirs)| SrtpLegKeys {
                suite: ours.suite,
                remote: theirs,
                local: ours.key,
            });
        self.media.set_srtp(call.media.id, side, keys);
    }
}
