//! `park`: park a call in a slot, retrieve it, `auto` (retrieve if the slot holds a call,
//! else park). A parked caller waits in a media-server room;
//! whoever retrieves joins that room, which connects the two. While alone the parked caller
//! hears the parker's `music_on_hold` (device, owner, account; built-in music otherwise). Nobody within
//! `default_ringback_timeout` (120 s): the parker's phone is rung back.

use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{
    Bridge, BridgeResult, Endpoint, FlowCommand, FlowEvent, MediaCommand, MediaEvent,
};
use serde_json::Value;

use super::util::{bridge_step, num_field, prompt, str_field};
use crate::flow::context::Cx;
use crate::flow::data::Parked;
use crate::flow::hold_music;
use crate::flow::step::{Module, Step};

/// Automatic slots start above this number (KAZOO: 101 first).
const FIRST_AUTO_SLOT: u32 = 101;

#[derive(Debug, PartialEq, Eq)]
enum State {
    Start,
    /// Told the slot number; joining the room next.
    Announced,
    Waiting,
    /// Someone took the call: it ends when the other side leaves.
    Connected,
    RingingBack,
    /// Retriever in the parked call's room, the parked caller not there yet (it may still
    /// be hearing its slot number).
    Retrieving,
    Ending,
}

pub struct Park {
    data: Value,
    state: State,
    slot: String,
}

impl Park {
    pub fn new(data: &Value) -> Park {
        Park {
            data: data.clone(),
            state: State::Start,
            slot: String::new(),
        }
    }

    fn room(cx: &Cx, slot: &str) -> String {
        format!("park-{}-{slot}", cx.call.account)
    }

    fn free_slot(cx: &Cx) -> String {
        let taken: Vec<String> = cx
            .data
            .parked(&cx.call.account)
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        (FIRST_AUTO_SLOT..)
            .map(|n| n.to_string())
            .find(|s| !taken.contains(s))
            .unwrap_or_default()
    }

    fn park(&mut self, cx: &mut Cx) -> Step {
        if self.slot.is_empty() {
            self.slot = Self::free_slot(cx);
        }
        let parked = Parked {
            room: Self::room(cx, &self.slot),
            parker_device: cx.call.caller.device_id.clone(),
            caller_name: cx.call.caller.name.clone(),
            caller_number: cx.call.caller.number.clone(),
        };
        if !cx.data.park(&cx.call.account, &self.slot, parked) {
            self.state = State::Ending;
            return speak(vec![prompt("park_slot_busy")]);
        }
        self.state = State::Announced;
        let mut items = vec![prompt("park_parked_at")];
        items.extend(
            edgepbx_media::prompts::say::digits(&self.slot)
                .into_iter()
                .map(prompt),
        );
        speak(items)
    }

    fn retrieve(&mut self, cx: &mut Cx) -> Step {
        match cx.data.unpark(&cx.call.account, &self.slot) {
            Some(parked) => {
                self.state = State::Retrieving;
                Step::Command(FlowCommand::Media(MediaCommand::Conference {
                    room: parked.room,
                    muted: false,
                    deaf: false,
                    cues: false,
                    alone_music: None,
                }))
            }
            None => {
                self.state = State::Ending;
                speak(vec![prompt("park_no_call")])
            }
        }
    }

    fn ringback_ms(&self) -> u64 {
        num_field(&self.data, "default_ringback_timeout")
            .unwrap_or(120_000)
            .clamp(1000, 3_600_000)
    }
}

fn speak(items: Vec<PlayItem>) -> Step {
    Step::Command(FlowCommand::Media(MediaCommand::Play {
        items,
        collect: None,
        barge_in: false,
    }))
}

impl Module for Park {
    fn start(&mut self, cx: &mut Cx) -> Step {
        self.slot = cx
            .call
            .capture_group()
            .map(str::to_string)
            .or_else(|| str_field(&self.data, "slot").map(str::to_string))
            .unwrap_or_default();
        match str_field(&self.data, "action").unwrap_or("park") {
            "retrieve" => self.retrieve(cx),
            "auto"
                if !self.slot.is_empty()
                    && cx
                        .data
                        .parked(&cx.call.account)
                        .iter()
                        .any(|(s, _)| *s == self.slot) =>
            {
                self.retrieve(cx)
            }
            _ => self.park(cx),
        }
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        match (&self.state, event) {
            (State::Announced, FlowEvent::Media(MediaEvent::Played { .. })) => {
                self.state = State::Waiting;
                // The parked caller hears the parker's hold music (device, owner, account).
                let music =
                    hold_music::music(&**cx.data, &cx.call.account, &cx.call.caller.device_id, &[]);
                Step::Command(FlowCommand::Media(MediaCommand::Conference {
                    room: Self::room(cx, &self.slot),
                    muted: false,
                    deaf: false,
                    cues: false,
                    alone_music: Some(music),
                }))
            }
            (State::Waiting, FlowEvent::Media(MediaEvent::RoomSize { members, .. }))
                if members >= 2 =>
            {
                self.state = State::Connected;
                Step::Command(FlowCommand::Idle)
            }
            (State::Waiting, FlowEvent::Media(MediaEvent::RoomSize { .. })) => {
                // Alone in the room: start the ring-back clock.
                Step::Command(FlowCommand::Wait {
                    ms: self.ringback_ms(),
                })
            }
            (State::Waiting, FlowEvent::Timer) => {
                let Some(parked) = cx.data.unpark(&cx.call.account, &self.slot) else {
                    return Step::Command(FlowCommand::Idle);
                };
                tracing::info!(slot = %self.slot, "parked call not retrieved in time; ringing the parker back");
                self.state = State::RingingBack;
                Step::Command(FlowCommand::Bridge(Bridge {
                    endpoints: vec![Endpoint::device(parked.parker_device)],
                    timeout_secs: 30,
                    ..Bridge::default()
                }))
            }
            (State::RingingBack, FlowEvent::Bridge(result)) => {
                if result == BridgeResult::Answered {
                    return Step::Done;
                }
                bridge_step(&result)
            }
            (State::Retrieving, FlowEvent::Media(MediaEvent::RoomSize { members, .. }))
                if members >= 2 =>
            {
                self.state = State::Connected;
                Step::Command(FlowCommand::Idle)
            }
            (State::Connected, FlowEvent::Media(MediaEvent::RoomSize { members, .. }))
                if members < 2 =>
            {
                Step::Hangup("NORMAL_CLEARING".into())
            }
            (State::Ending, _) => Step::Stop,
            _ => Step::Command(FlowCommand::Idle),
        }
    }
}
