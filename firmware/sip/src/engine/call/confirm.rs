//! A callee that must press a key before it is connected (a call forward's
//! `require_keypress`, so that a mobile's voicemail never takes the call). Its INVITE
//! offered a relay session of its own; when it answers it becomes a call of its own on the
//! media server, which asks it to press the key while the caller keeps hearing ringing.
//! The key connects it: its session is chained to the call's callee side, so the caller's
//! audio goes caller -> call session -> its session -> callee, and back. No key in time, or
//! hanging up, counts as a leg that did not answer.

use super::*;
use crate::engine::{MediaCommand, MediaEvent};
use edgepbx_media::session::{Collect, PlayItem};

/// Times the callee is asked before it is hung up, and how long each time waits.
const ASKS: u32 = 3;
const WAIT_MS: u32 = 5000;
const PROMPT: &str = "cf_press_one";

/// On a confirming callee's own call: whose bridge it answered.
pub(in crate::engine) struct Confirming {
    pub host: CallId,
    pub leg: usize,
    pub key: char,
}

impl Confirming {
    fn pressed(&self, event: &FlowEvent) -> bool {
        matches!(event, FlowEvent::Media(MediaEvent::Played { digits, .. }) if digits.contains(self.key))
    }
}

/// Asks for the key, a few times, then gives up.
struct ConfirmFlow {
    asked: u32,
    /// The bridge's `confirm_prompt` (the call's language), else the built-in prompt.
    prompt: PlayItem,
}

impl ConfirmFlow {
    fn new(bridge: &Bridge) -> ConfirmFlow {
        let prompt = bridge.confirm_prompt.clone();
        ConfirmFlow {
            asked: 0,
            prompt: prompt.unwrap_or_else(|| PlayItem::Prompt(PROMPT.into())),
        }
    }

    fn ask(&mut self) -> FlowCommand {
        self.asked += 1;
        FlowCommand::Media(MediaCommand::Play {
            items: vec![self.prompt.clone()],
            collect: Some(Collect {
                max_digits: 1,
                first_digit_ms: WAIT_MS,
                inter_digit_ms: WAIT_MS,
                terminators: String::new(),
            }),
            barge_in: true,
        })
    }
}

impl CallFlow for ConfirmFlow {
    fn start(&mut self, _now: Now) -> FlowCommand {
        self.ask()
    }

    fn event(&mut self, _now: Now, event: FlowEvent) -> FlowCommand {
        match event {
            FlowEvent::Media(MediaEvent::Played { .. }) if self.asked < ASKS => self.ask(),
            FlowEvent::Media(MediaEvent::Played { .. }) => FlowCommand::hangup("NO_ANSWER"),
            _ => FlowCommand::Idle,
        }
    }
}

impl Engine {
    /// A leg that must confirm answered: ACK it and run it as a call of its own that asks
    /// for the key; the bridge keeps ringing the others.
    pub(in crate::engine) fn confirm_leg_answered(
        &mut self,
        now: Now,
        mut host: Call,
        i: usize,
        msg: &Message,
    ) {
        legs::note_answer(&mut host.legs[i], msg);
        let dialog = host.legs[i].dialog.clone();
        let answer = sdp_of(msg).and_then(Result::ok).and_then(|s| s.relayable());
        let (Some(answer), Some(media), Some(key)) = (
            answer,
            host.legs[i].own_media.take(),
            host.legs[i].confirm_key,
        ) else {
            tracing::info!(call = %host.a.call_id, "callee answered without usable SDP");
            self.ack_and_bye(now, dialog, msg);
            host.legs[i].state = LegState::Done(488);
            return self.check_bridge_done(now, host);
        };
        self.ack_2xx(&dialog, dialog.local_cseq);
        if let Some(addr) = rtp_addr(&answer) {
            self.media.set_remote(media.id, MediaSide::A, addr);
        }
        let caller = self.device_caller(&host.account, &host.legs[i].device_id);
        self.next_call += 1;
        let id = self.next_call;
        host.legs[i].state = LegState::Confirming;
        host.legs[i].confirming_call = Some(id);
        tracing::info!(call = %host.a.call_id, "callee answered; asking it to press {key}");
        let flow = Box::new(ConfirmFlow::new(&host.bridge));
        self.run_leg_as_call(now, &host, i, msg, (id, caller), (answer, media), flow);
        if !self.calls.contains_key(&id) {
            // It could not even be asked (no media server): as if it never answered.
            host.legs[i].state = LegState::Done(408);
            host.legs[i].confirming_call = None;
            return self.check_bridge_done(now, host);
        }
        self.keep_call(host);
    }

    /// Takes a media event of a confirming callee's call when it is the key; otherwise the
    /// call comes back for its flow.
    pub(in crate::engine) fn confirm_key_event(
        &mut self,
        now: Now,
        member: Call,
        event: &FlowEvent,
    ) -> Option<Call> {
        if !member.confirming.as_ref().is_some_and(|c| c.pressed(event)) {
            return Some(member);
        }
        self.confirmed(now, member);
        None
    }

    /// The callee pressed the key: it becomes the bridge's winner.
    fn confirmed(&mut self, now: Now, mut member: Call) {
        let Some(c) = member.confirming.take() else {
            return self.keep_call(member);
        };
        let Some(mut host) = self.calls.remove(&c.host) else {
            // Too late: the caller has left.
            return self.end_call(now, member, "ORIGINATOR_CANCEL", None);
        };
        let still_wanted = host.winner.is_none()
            && host
                .legs
                .get(c.leg)
                .is_some_and(|l| l.state == LegState::Confirming);
        if !still_wanted {
            // Someone else answered first.
            self.keep_call(host);
            return self.end_call(now, member, "ORIGINATOR_CANCEL", None);
        }
        self.close_terminated(&mut member);
        self.dialogs
            .remove(&(member.a.call_id.clone(), member.a.local_tag.clone()));
        let ip = self.cfg.media_ip;
        self.media.set_remote(
            member.media.id,
            MediaSide::B,
            SocketAddr::new(ip, host.port(Side::B)),
        );
        let leg = &mut host.legs[c.leg];
        leg.dialog = member.a.clone();
        leg.confirming_call = None;
        // Chained for the rest of the call; released with it.
        leg.own_media = Some(member.media);
        tracing::info!(call = %host.a.call_id, "callee confirmed; connecting");
        self.take_winner(now, &mut host, c.leg);
        let rtp = Some(SocketAddr::new(ip, member.media.b_port));
        self.connect_winner(now, host, member.a_offer.clone(), rtp);
    }

    /// A confirming callee's call ended without the key: its leg failed.
    pub(in crate::engine) fn confirm_failed(&mut self, now: Now, call: &mut Call) {
        let Some(c) = call.confirming.take() else {
            return;
        };
        let Some(mut host) = self.calls.remove(&c.host) else {
            return;
        };
        if let Some(leg) = host.legs.get_mut(c.leg)
            && leg.state == LegState::Confirming
        {
            // As if it never answered: the flow hears NoAnswer (voicemail, say).
            leg.state = LegState::Done(408);
            leg.confirming_call = None;
            // Its relay session went with the callee's call.
            leg.own_media = None;
        }
        self.check_bridge_done(now, host);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_callee_is_asked_three_times_then_hung_up() {
        let now = Now { mono: 0, unix: 0 };
        let mut flow = ConfirmFlow::new(&Bridge::default());
        let played = || {
            FlowEvent::Media(MediaEvent::Played {
                digits: String::new(),
                end: edgepbx_media::session::CollectEnd::Timeout,
            })
        };
        assert!(matches!(flow.start(now), FlowCommand::Media(_)));
        assert!(matches!(flow.event(now, played()), FlowCommand::Media(_)));
        assert!(matches!(flow.event(now, played()), FlowCommand::Media(_)));
        assert_eq!(flow.event(now, played()), FlowCommand::hangup("NO_ANSWER"));
        let key = Confirming {
            host: 1,
            leg: 0,
            key: '1',
        };
        let pressed = |d: &str| {
            FlowEvent::Media(MediaEvent::Played {
                digits: d.into(),
                end: edgepbx_media::session::CollectEnd::MaxDigits,
            })
        };
        assert!(key.pressed(&pressed("1")));
        assert!(!key.pressed(&pressed("2")));
        assert!(!key.pressed(&played()));
    }
}
