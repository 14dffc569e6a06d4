//! Call pickup (`group_pickup`, `*87<ext>`): a call ringing one of the given devices stops
//! ringing them, and its caller meets the picker in a two-member room on the media server.

use super::joined::JoinedFlow;
use super::*;

impl Engine {
    /// Picks up the oldest call of the same account that rings one of `devices`. Gives
    /// the picker's call back when there is none.
    pub(in crate::engine) fn pick_up(
        &mut self,
        now: Now,
        picker: Call,
        devices: &[String],
    ) -> Option<Call> {
        let ringing = self
            .calls
            .values()
            .filter(|c| c.account == picker.account && c.winner.is_none())
            .filter(|c| {
                c.legs.iter().any(|l| {
                    matches!(l.state, LegState::Trying | LegState::Early)
                        && devices.contains(&l.device_id)
                })
            })
            .min_by_key(|c| c.id)
            .map(|c| c.id);
        let Some(mut rung) = ringing.and_then(|id| self.calls.remove(&id)) else {
            return Some(picker);
        };
        if self.cfg.media_server.is_none() {
            self.calls.insert(rung.id, rung);
            return Some(picker);
        }
        tracing::info!(call = %rung.a.call_id, picker = %picker.a.call_id, "call picked up");
        self.cancel_other_legs(now, &mut rung, None);
        let room = format!("pickup-{}-{}", rung.id, picker.id);
        for mut call in [rung, picker] {
            if !self.ensure_terminated(now, &mut call) {
                self.end_call(now, call, "MEDIA_SERVER_UNAVAILABLE", None);
                continue;
            }
            self.restart_flow(now, call, Box::new(JoinedFlow::new(room.clone(), false)));
        }
        None
    }
}
