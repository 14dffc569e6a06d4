//! Call control for a call the box joined to another one (an attended transfer): both stay
//! on the media server in a two-member room, and whichever leaves first ends the other.

use super::{CallFlow, FlowCommand, FlowEvent, Now};
use crate::engine::{MediaCommand, MediaEvent};

pub(super) struct JoinedFlow {
    room: String,
    /// Heard but not heard from (a phone receiving a one-way page).
    muted: bool,
    /// Both members have been in the room at once.
    met: bool,
}

impl JoinedFlow {
    pub(super) fn new(room: String, muted: bool) -> JoinedFlow {
        JoinedFlow {
            room,
            muted,
            met: false,
        }
    }
}

impl CallFlow for JoinedFlow {
    fn start(&mut self, _now: Now) -> FlowCommand {
        FlowCommand::Media(MediaCommand::Conference {
            room: self.room.clone(),
            muted: self.muted,
            deaf: false,
            cues: false,
            alone_music: None,
        })
    }

    fn event(&mut self, _now: Now, event: FlowEvent) -> FlowCommand {
        match event {
            FlowEvent::Media(MediaEvent::RoomSize { members, .. }) if members >= 2 => {
                self.met = true;
                FlowCommand::Idle
            }
            FlowEvent::Media(MediaEvent::RoomSize { .. }) if self.met => {
                FlowCommand::hangup("NORMAL_CLEARING")
            }
            _ => FlowCommand::Idle,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(members: usize) -> FlowEvent {
        FlowEvent::Media(MediaEvent::RoomSize {
            room: "r".into(),
            members,
        })
    }

    #[test]
    fn the_call_ends_when_the_other_member_leaves_but_not_before_it_came() {
        let now = Now { mono: 0, unix: 0 };
        let mut flow = JoinedFlow::new("r".into(), false);
        assert!(matches!(flow.start(now), FlowCommand::Media(_)));
        assert_eq!(flow.event(now, size(1)), FlowCommand::Idle);
        assert_eq!(flow.event(now, size(2)), FlowCommand::Idle);
        assert_eq!(
            flow.event(now, size(1)),
            FlowCommand::hangup("NORMAL_CLEARING")
        );
    }
}
