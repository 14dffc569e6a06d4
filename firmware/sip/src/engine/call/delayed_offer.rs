//! New calls without SDP (delayed offer, RFC 3261 §13.3.1: Cisco CUCM and some carriers send
//! them): the box stands in the caller's offer with the codecs the relay carries, offers the
//! callees as usual, puts its offer (the callee's choice, at the relay) in the caller's 2xx,
//! and takes the caller's answer from the ACK. Early media is not sent to such a caller
//! (an SDP in an unreliable 183 would be an offer it cannot answer): it hears 180.

use super::*;

/// What the box offers on behalf of a caller that offered nothing: every relayed codec,
/// with the unspecified address 0.0.0.0 (the caller says where its audio goes in the ACK).
pub(super) fn stand_in_offer() -> Sdp {
    const OFFER: &str = "v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\ns=-\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\n\
        m=audio 9 RTP/AVP 9 0 8 101\r\na=rtpmap:9 G722/8000\r\na=rtpmap:0 PCMU/8000\r\n\
        a=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\n\
        a=sendrecv\r\n";
    Sdp::parse(OFFER.as_bytes()).expect("the stand-in offer is valid SDP")
}

impl Engine {
    /// The caller's ACK to the 2xx that carried the box's offer: its answer tells the relay
    /// where the caller's audio goes. False when the call was not waiting for one.
    pub(super) fn caller_answer_in_ack(&mut self, call: &mut Call, msg: &Message) -> bool {
        if !call.a_delayed_offer || !call.a_answered {
            return false;
        }
        call.a_delayed_offer = false;
        match sdp_of(msg) {
            Some(Ok(sdp)) => {
                if let Err(reason) = self.srtp_take_answer(call, Side::A, &sdp, None) {
                    // An ACK cannot be refused: the audio of this side stays plain and the
                    // caller (which demanded otherwise) hears nothing it can decrypt.
                    tracing::warn!(call = %call.a.call_id, reason, "delayed offer: the caller's answer in the ACK refused SRTP");
                }
                if let Some(addr) = rtp_addr(&sdp) {
                    self.media
                        .set_remote(call.media.id, call.relay_side(Side::A), addr);
                }
            }
            _ => {
                tracing::info!(call = %call.a.call_id, "delayed offer: the caller's ACK has no usable answer; audio latches on its first packet");
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stand_in_offer_is_relayable_and_has_no_address() {
        let offer = stand_in_offer().relayable().expect("relayable");
        assert_eq!(rtp_addr(&offer), None);
        let encodings: Vec<_> = offer
            .audio()
            .unwrap()
            .formats
            .iter()
            .map(|f| f.encoding.clone())
            .collect();
        assert!(encodings.iter().any(|e| e == "PCMU"), "{encodings:?}");
    }
}
