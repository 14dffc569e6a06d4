//! The box as the caller's far end: answering the caller itself and pointing the relay's
//! callee side at the media server, which then plays, collects digits, records or mixes.

use super::sdes::Role;
use super::*;
use crate::sdp::Format;
use edgepbx_media::Codec;

/// The codec the media server speaks for an SDP format, if any.
fn codec_of(f: &Format) -> Option<Codec> {
    match (f.encoding.to_ascii_uppercase().as_str(), f.clock) {
        ("PCMU", 8000) => Some(Codec::Pcmu),
        ("PCMA", 8000) => Some(Codec::Pcma),
        ("G722", 8000) => Some(Codec::G722),
        _ => None,
    }
}

fn is_telephone_event(f: &Format) -> bool {
    f.encoding.eq_ignore_ascii_case("telephone-event") && f.clock == 8000
}

/// What a side of a bridged call sends, as the media server decodes it: the first codec of
/// the negotiated SDP that it speaks, and telephone-events.
pub(super) fn stream_format(sdp: &Sdp) -> Option<edgepbx_media::session::StreamFormat> {
    let m = sdp.audio()?;
    let (pt, codec) = m
        .formats
        .iter()
        .find_map(|f| codec_of(f).map(|c| (f.pt, c)))?;
    Some(edgepbx_media::session::StreamFormat {
        codec,
        payload_type: pt,
        telephone_event: m
            .formats
            .iter()
            .find(|f| is_telephone_event(f))
            .map(|f| f.pt),
    })
}

/// Our answer to the caller's offer for a terminated leg: its first codec we speak, plus
/// telephone-event when offered; other streams refused (port 0).
fn terminated_answer(offer: &Sdp) -> Option<(Sdp, Codec, u8, Option<u8>)> {
    let mut answer = offer.clone();
    let audio_index = answer.media.iter().position(|m| m.kind == "audio")?;
    let mut chosen = None;
    for (i, m) in answer.media.iter_mut().enumerate() {
        if i != audio_index {
            m.port = 0;
            continue;
        }
        let (format, codec) = m
            .formats
            .iter()
            .find_map(|f| codec_of(f).map(|c| (f.clone(), c)))?;
        let event = m.formats.iter().find(|f| is_telephone_event(f)).cloned();
        chosen = Some((codec, format.pt, event.as_ref().map(|e| e.pt)));
        m.formats = std::iter::once(format).chain(event).collect();
        m.direction = crate::sdp::Direction::SendRecv;
    }
    let (codec, pt, event) = chosen?;
    Some((answer, codec, pt, event))
}

impl Engine {
    /// Makes the box the caller's far end (answering it if needed); false when there is no
    /// media server or no codec it speaks.
    pub(in crate::engine) fn ensure_terminated(&mut self, now: Now, call: &mut Call) -> bool {
        if !call.terminated && !self.open_terminated(now, call) {
            return false;
        }
        if !call.a_answered {
            self.answer_a_from_box(now, call, 200);
            call.a_answered = true;
            call.answered_at = Some(now);
        }
        true
    }

    /// Early media from the box (ringback media while a bridge rings): the media server
    /// becomes the caller's far end and the caller gets 183 with the box's answer, which
    /// the 200 repeats later. False when that cannot be (no media server or codec, or a
    /// caller without an offer, which could only be sent an offer in a reliable 1xx).
    pub(in crate::engine) fn terminate_early(&mut self, now: Now, call: &mut Call) -> bool {
        if call.a_answered || call.a_delayed_offer {
            return call.terminated;
        }
        if !call.terminated && !self.open_terminated(now, call) {
            return false;
        }
        // A second bridge (a ring group's next turn) keeps the early answer already sent.
        if !call.early_answer_sent {
            self.answer_a_from_box(now, call, 183);
            call.early_answer_sent = true;
        }
        call.ringing_sent = true;
        true
    }

    /// Points the relay's callee side at the media server and settles the codec the box
    /// speaks with the caller (`call.a_answer`).
    fn open_terminated(&mut self, now: Now, call: &mut Call) -> bool {
        let Some(server) = self.cfg.media_server else {
            tracing::warn!(call = %call.a.call_id, "no media server: cannot play or collect");
            return false;
        };
        let base = call
            .a_answer
            .clone()
            .unwrap_or_else(|| call.a_offer.clone());
        let Some((answer, codec, payload_type, telephone_event)) = terminated_answer(&base) else {
            tracing::warn!(call = %call.a.call_id, "caller offers no codec the media server speaks");
            return false;
        };
        self.stop_listening(now, call);
        // The hold music's leg (if any) becomes the terminated leg: the MediaOpen below
        // replaces it.
        self.hand_over_hold_music(call);
        // The media server speaks plain RTP on the box's own side of the relay.
        self.srtp_plain(call, Side::B);
        self.media
            .set_remote(call.media.id, call.relay_side(Side::B), server);
        self.media.set_payload_map(call.media.id, MediaSide::A, &[]);
        self.media.set_payload_map(call.media.id, MediaSide::B, &[]);
        self.out.push_back(Output::MediaOpen {
            call: call.id,
            codec,
            payload_type,
            telephone_event,
            relay_port: call.port(Side::B),
            country: self.tone_country(&call.account),
        });
        call.a_answer = Some(answer);
        call.terminated = true;
        true
    }

    /// Sends the caller the box's own answer (`call.a_answer`) in a `code` response. A 200
    /// after the box's 183 carries the same description, version included (RFC 3261
    /// §13.2.1: the answer of an unreliable 1xx is repeated in the 2xx).
    pub(in crate::engine) fn answer_a_from_box(&mut self, now: Now, call: &mut Call, code: u16) {
        let Some(answer) = call.a_answer.clone() else {
            return;
        };
        let role = if call.a_delayed_offer {
            Role::Offer
        } else {
            Role::Answer
        };
        let dressed = call.crypto.dress(call.relay_side(Side::A), &answer, role);
        let version = if code == 200 && call.early_answer_sent {
            call.a.sdp_version
        } else {
            call.a.next_sdp_version()
        };
        let body = dressed.render(
            &self.media_ip_on(&call.a),
            call.port(Side::A),
            (call.id, version),
        );
        self.send_to_a(now, call, code, Some(body));
    }

    /// The media server lets go of the call (a callee answered, or the call ended).
    pub(in crate::engine) fn close_terminated(&mut self, call: &mut Call) {
        if call.terminated || call.hold_music.is_some() {
            call.terminated = false;
            call.hold_music = None;
            self.out.push_back(Output::MediaClose { call: call.id });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answer_keeps_first_spoken_codec_and_events() {
        let offer = Sdp::parse(
            b"v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n\
m=audio 4000 RTP/AVP 9 8 101\r\na=rtpmap:9 G722/8000\r\na=rtpmap:8 PCMA/8000\r\n\
a=rtpmap:101 telephone-event/8000\r\na=sendonly\r\n",
        )
        .unwrap();
        let (answer, codec, pt, te) = terminated_answer(&offer).unwrap();
        assert_eq!((codec, pt, te), (Codec::G722, 9, Some(101)));
        let audio = answer.audio().unwrap();
        assert_eq!(audio.formats.len(), 2);
        assert_eq!(audio.direction, crate::sdp::Direction::SendRecv);
    }
}
