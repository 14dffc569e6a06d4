//! Music on hold in a bridged call. When one side holds (its re-INVITE or UPDATE offers
//! sendonly, inactive or the 0.0.0.0 address, and the other side accepts), the media server
//! takes that side's place on the relay: it sends the holder's music (a group's the call
//! came through, its owner's or the account's `music_on_hold.media_id`, else the built-in
//! music; see `Directory::hold_music`) into the holder's relay
//! port, and the relay carries it to the other side in the codec that side accepted. An
//! offer that is no hold any more (resume) gives the port back to the holder. The phones'
//! SDP passes through as before; only the relay's addresses change.

use super::terminated::stream_format;
use super::*;
use edgepbx_media::session::MediaCommand;

/// The tag of the hold music's media command: never a flow's, so its results are dropped.
pub(in crate::engine) const HOLD_MUSIC_TAG: u32 = u32::MAX;

/// Hold music playing in a call.
#[derive(Clone, Copy, Debug)]
pub(super) struct HoldMusic {
    /// The holder's relay side (relay sides stay put when a transfer swaps the call's sides).
    relay_side: MediaSide,
    /// Where the holder said it receives, in its hold offer (not when that was 0.0.0.0).
    holder_rtp: Option<SocketAddr>,
}

/// Whether an SDP offer puts the call on hold (RFC 3264 §8.4; 0.0.0.0 of RFC 2543).
pub(super) fn is_hold(sdp: &Sdp) -> bool {
    sdp.audio().is_none_or(|a| {
        matches!(a.direction, Direction::SendOnly | Direction::Inactive)
            || a.address.as_deref() == Some("0.0.0.0")
    })
}

impl Engine {
    /// `holder`'s offer in a re-INVITE or UPDATE was accepted with `answer` (the other
    /// side's SDP, if the 2xx had one): start or stop the hold music to match.
    pub(super) fn follow_hold(
        &mut self,
        call: &mut Call,
        holder: Side,
        offer: &Sdp,
        answer: Option<Sdp>,
    ) {
        if is_hold(offer) {
            self.start_hold_music(call, holder, offer, answer);
        } else if call
            .hold_music
            .is_some_and(|h| h.relay_side == call.relay_side(holder))
        {
            self.stop_hold_music(call, rtp_addr(offer));
        }
    }

    fn start_hold_music(
        &mut self,
        call: &mut Call,
        holder: Side,
        offer: &Sdp,
        answer: Option<Sdp>,
    ) {
        // One media server leg per call: a call the box itself answers (prompts, a room)
        // already hears the box, and a second hold (both sides) keeps the first one's music.
        if call.hold_music.is_some() || call.terminated || call.winner.is_none() {
            return;
        }
        let Some(server) = self.cfg.media_server else {
            return;
        };
        // What the listener accepted: its answer to the hold, else its first negotiation.
        let listener = answer.or_else(|| match holder.other() {
            Side::B => call.b_answer.clone(),
            Side::A => Some(
                call.a_answer
                    .clone()
                    .unwrap_or_else(|| call.a_offer.clone()),
            ),
        });
        let Some(format) = listener.as_ref().and_then(stream_format) else {
            tracing::info!(call = %call.a.call_id, "held party speaks no codec the media server has: no hold music");
            return;
        };
        // A callee holding a call that came in through a group may play the group's music.
        let (device, groups) = match holder {
            Side::A => (call.caller.device_id.clone(), &[][..]),
            Side::B => (
                call.winner()
                    .map(|l| l.device_id.clone())
                    .unwrap_or_default(),
                &call.bridge.music_groups[..],
            ),
        };
        let music = self.dir.hold_music(&call.account, &device, groups);
        self.media
            .set_remote(call.media.id, call.relay_side(holder), server);
        // The media server sends plain RTP, also where the holder speaks SRTP.
        self.media
            .set_stand_in(call.media.id, call.relay_side(holder), true);
        // The media server speaks the listener's payload types already.
        self.media
            .set_payload_map(call.media.id, call.relay_side(holder), &[]);
        self.out.push_back(Output::MediaOpen {
            call: call.id,
            codec: format.codec,
            payload_type: format.payload_type,
            telephone_event: format.telephone_event,
            relay_port: call.port(holder),
            country: self.tone_country(&call.account),
        });
        self.out.push_back(Output::Media {
            call: call.id,
            tag: HOLD_MUSIC_TAG,
            command: MediaCommand::Play {
                items: vec![music],
                collect: None,
                barge_in: false,
            },
        });
        call.hold_music = Some(HoldMusic {
            relay_side: call.relay_side(holder),
            holder_rtp: rtp_addr(offer),
        });
    }

    /// Back from hold: the holder's relay port points at `holder_rtp` (its new offer's
    /// address) again.
    fn stop_hold_music(&mut self, call: &mut Call, holder_rtp: Option<SocketAddr>) {
        let Some(music) = call.hold_music.take() else {
            return;
        };
        self.out.push_back(Output::MediaClose { call: call.id });
        self.media
            .set_stand_in(call.media.id, music.relay_side, false);
        if let Some(addr) = holder_rtp {
            self.media.set_remote(call.media.id, music.relay_side, addr);
        }
        if let Some(b_answer) = call.b_answer.clone() {
            self.set_payload_maps(call, &b_answer);
        }
    }

    /// The box becomes the far end of a call that may be playing hold music (a transfer, a
    /// pickup): the music's leg is about to be replaced, and a holder that stays in the
    /// call gets its relay port back (the departing side's port goes to the media server).
    pub(super) fn hand_over_hold_music(&mut self, call: &mut Call) {
        let Some(music) = call.hold_music.take() else {
            return;
        };
        self.media
            .set_stand_in(call.media.id, music.relay_side, false);
        if music.relay_side != call.relay_side(Side::B)
            && let Some(addr) = music.holder_rtp
        {
            self.media.set_remote(call.media.id, music.relay_side, addr);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sdp(extra: &str, addr: &str) -> Sdp {
        let text = format!(
            "v=0\r\no=- 1 1 IN IP4 {addr}\r\ns=-\r\nc=IN IP4 {addr}\r\nt=0 0\r\n\
m=audio 4000 RTP/AVP 0\r\n{extra}"
        );
        Sdp::parse(text.as_bytes()).unwrap()
    }

    #[test]
    fn hold_offers() {
        assert!(is_hold(&sdp("a=sendonly\r\n", "10.0.0.1")));
        assert!(is_hold(&sdp("a=inactive\r\n", "10.0.0.1")));
        assert!(is_hold(&sdp("", "0.0.0.0")));
        assert!(!is_hold(&sdp("a=sendrecv\r\n", "10.0.0.1")));
        assert!(!is_hold(&sdp("", "10.0.0.1")));
        // recvonly is the answer to a hold, not a hold.
        assert!(!is_hold(&sdp("a=recvonly\r\n", "10.0.0.1")));
    }
}
