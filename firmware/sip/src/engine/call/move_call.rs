//! Moving an answered call to another of the user's phones (KAZOO `move`, the feature code
//! 6683 dialled from the phone the user wants to talk on): the user's phone in that call is
//! hung up, and the party it talked to meets the mover in a two-member room on the media
//! server. That party keeps its dialog and its relay port (nothing is sent to it unless it
//! was on hold); only the relay's far side re-points at the media server. As KAZOO's
//! `cf_move`, a move picks nothing when the user's phones are in several calls.

use super::joined::JoinedFlow;
use super::transfer::Leaving;
use super::*;

/// The hangup cause in the moved phone's call record: FreeSWITCH's for a leg taken over by
/// an intercept, which KAZOO's move is.
pub(in crate::engine) const MOVED_CAUSE: &str = "PICKED_OFF";

/// Which side of an answered, bridged call one of `devices` is, if any.
fn side_of_devices(call: &Call, devices: &[String]) -> Option<Side> {
    let leg = call.winner()?;
    if leg.state != LegState::Answered || !call.a_answered {
        return None;
    }
    if !call.caller.outside && devices.contains(&call.caller.device_id) {
        Some(Side::A)
    } else if leg.trunk.is_none() && devices.contains(&leg.device_id) {
        Some(Side::B)
    } else {
        None
    }
}

impl Engine {
    /// `mover` takes over the one answered call of its account that one of `devices` is in.
    /// Gives `mover` back, with what its flow hears, when there is no such call, several,
    /// or no media server to join them on.
    pub(in crate::engine) fn move_call(
        &mut self,
        now: Now,
        mover: Call,
        devices: &[String],
    ) -> Option<(Call, BridgeResult)> {
        let mut found = self
            .calls
            .values()
            .filter(|c| c.account == mover.account && c.id != mover.id)
            .filter(|c| c.page.is_none() && c.confirming.is_none())
            .filter_map(|c| side_of_devices(c, devices).map(|side| (c.id, side)));
        let (id, user_side) = match (found.next(), found.next()) {
            (None, _) => return Some((mover, BridgeResult::NoEndpoints)),
            (Some(_), Some(_)) => {
                tracing::info!(call = %mover.a.call_id, "move: the user's phones are in several calls");
                return Some((mover, BridgeResult::Failed { code: 300 }));
            }
            (Some(one), None) => one,
        };
        if self.cfg.media_server.is_none() {
            tracing::warn!(call = %mover.a.call_id, "move refused: no media server");
            return Some((mover, BridgeResult::Failed { code: 503 }));
        }
        let Some(mut moved) = self.calls.remove(&id) else {
            return Some((mover, BridgeResult::NoEndpoints));
        };
        tracing::info!(call = %moved.a.call_id, to = %mover.caller.device_id, "call moved");
        let leaving = Leaving {
            notify: None,
            cause: MOVED_CAUSE,
            moved_to: Some(&mover.caller.device_id),
        };
        self.keep_only(now, &mut moved, user_side.other(), leaving);
        let room = format!("move-{}-{}", moved.id, mover.id);
        for mut call in [moved, mover] {
            if !self.ensure_terminated(now, &mut call) {
                self.end_call(now, call, "MEDIA_SERVER_UNAVAILABLE", None);
                continue;
            }
            // A call the user held before moving it: its other party hears the mover.
            self.take_off_hold(now, &mut call);
            self.restart_flow(now, call, Box::new(JoinedFlow::new(room.clone(), false)));
        }
        None
    }
}
