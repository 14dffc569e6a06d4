//! Results coming back to call control from outside the SIP engine: the media server's
//! events and HTTP answers, each matched to the flow's outstanding request by its tag.

use super::*;

impl Engine {
    /// A result for call `call`'s flow request `tag` (from [`Output::Media`] or
    /// [`Output::Http`]). Stale results (an older tag) are dropped, except unsolicited
    /// digits and room changes.
    pub fn flow_event(&mut self, now: Now, call: u64, tag: u32, event: FlowEvent) {
        let what = format_args!("a media or HTTP result for call {call}");
        self.survive(now, &what, |e| e.deliver_flow_event(now, call, tag, event));
        self.drain_tx();
    }

    fn deliver_flow_event(&mut self, now: Now, call: u64, tag: u32, event: FlowEvent) {
        if self.tap_event(now, call, tag, &event) {
            self.drain_tx();
            return;
        }
        let Some(c) = self.calls.remove(&call) else {
            // The call is gone; its flow may still take the result it was waiting for.
            if self.lingering.get(&call).is_some_and(|(_, t, _)| *t == tag)
                && let Some((mut flow, _, _)) = self.lingering.remove(&call)
            {
                let _ = flow.event(now, event);
            }
            return;
        };
        // Digits while nothing collects, and room changes while the flow waits on a timer,
        // are news for the flow whatever its current request.
        let unsolicited = matches!(
            event,
            FlowEvent::Media(
                crate::engine::MediaEvent::Digit(_) | crate::engine::MediaEvent::RoomSize { .. }
            )
        );
        // The hold music's leg hears the held party: its keys are not the flow's news.
        let from_hold_music = tag == hold_music::HOLD_MUSIC_TAG || c.hold_music.is_some();
        if (tag != c.flow_tag && !unsolicited) || (unsolicited && from_hold_music) {
            self.calls.insert(call, c);
            return;
        }
        let Some(mut c) = self.confirm_key_event(now, c, &event) else {
            return self.drain_tx();
        };
        let command = c.flow.event(now, event);
        self.run_command(now, c, command);
        self.drain_tx();
    }

    /// The flow asked to wait and the time is up.
    pub(in crate::engine) fn flow_timer_due(&mut self, now: Now, mut call: Call) {
        let Some((_, tag)) = call.flow_timer.take() else {
            self.calls.insert(call.id, call);
            return;
        };
        if tag != call.flow_tag {
            self.calls.insert(call.id, call);
            return;
        }
        let command = call.flow.event(now, FlowEvent::Timer);
        self.run_command(now, call, command);
    }
}
