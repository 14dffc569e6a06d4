//! `move` (feature code 6683): the caller's user is in an answered call on another of their
//! phones, and it moves to the phone that dialled; that other phone is hung up (KAZOO's
//! `cf_move`). Only the caller's own user's phones (owned or hot-desked) are looked at. When
//! the phone has no user, or the user's phones are in no call or in several, the caller
//! hears why and the call ends with a cause saying so.

use edgepbx_sip::engine::{BridgeResult, FlowCommand, FlowEvent};

use super::util::{play, prompt};
use crate::flow::context::Cx;
use crate::flow::endpoints;
use crate::flow::step::{Module, Step};

/// Hangup causes of a move that did not happen (in the mover's call record).
pub const NO_OWNER: &str = "MOVE_NO_OWNER";
pub const NO_CALL: &str = "MOVE_NO_CALL";
pub const SEVERAL_CALLS: &str = "MOVE_SEVERAL_CALLS";

#[derive(Default)]
pub struct Move {
    /// Set once the engine was asked; the next event is its answer.
    asked: bool,
    /// Why the move failed, once the caller has been told: the call then ends with it.
    failed: Option<&'static str>,
}

impl Move {
    fn refuse(&mut self, cause: &'static str, prompt_id: &str) -> Step {
        tracing::info!(cause, "move: nothing moved");
        self.failed = Some(cause);
        play(vec![prompt(prompt_id), prompt("ivr_goodbye")])
    }
}

impl Module for Move {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let Some(owner) = cx.call.caller.owner_id.clone() else {
            return self.refuse(NO_OWNER, "move_no_owner");
        };
        let devices: Vec<String> = endpoints::user_devices(cx, &owner)
            .into_iter()
            .map(|(id, _)| id)
            .filter(|id| *id != cx.call.caller.device_id)
            .collect();
        if devices.is_empty() {
            return self.refuse(NO_CALL, "move_no_call");
        }
        self.asked = true;
        Step::Command(FlowCommand::Move { devices })
    }

    fn event(&mut self, _cx: &mut Cx, event: FlowEvent) -> Step {
        if std::mem::take(&mut self.asked) {
            // Only comes back when nothing was moved.
            return match event {
                FlowEvent::Bridge(BridgeResult::Failed { code: 300 }) => {
                    self.refuse(SEVERAL_CALLS, "move_several_calls")
                }
                // No media server to join the two on: nothing can be played either.
                FlowEvent::Bridge(BridgeResult::Failed { .. }) => {
                    Step::Hangup("MEDIA_SERVER_UNAVAILABLE".into())
                }
                _ => self.refuse(NO_CALL, "move_no_call"),
            };
        }
        Step::Hangup(self.failed.unwrap_or("NORMAL_CLEARING").into())
    }
}
