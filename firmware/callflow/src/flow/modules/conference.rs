//! `conference`: join a conference room on the media server, after a PIN when the
//! conference has member (or moderator) PINs. Members may join muted or deaf
//! (`member.join_muted`, `member.join_deaf`); entry/exit tones by `play_entry_tone`.

use edgepbx_sip::engine::{FlowCommand, FlowEvent, MediaCommand, MediaEvent};
use edgepbx_store::lenient;
use serde_json::Value;

use super::util::{bool_field, play, play_collect, prompt, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

const PIN_TRIES: u32 = 3;

pub struct Conference {
    data: Value,
    doc: Value,
    id: String,
    tries: u32,
    joining: bool,
    moderator: bool,
    left: bool,
}

impl Conference {
    pub fn new(data: &Value) -> Conference {
        Conference {
            data: data.clone(),
            doc: Value::Null,
            id: String::new(),
            tries: 0,
            joining: false,
            moderator: false,
            left: false,
        }
    }

    fn pins(&self, role: &str) -> Vec<String> {
        self.doc
            .pointer(&format!("/{role}/pins"))
            .and_then(Value::as_array)
            .map(|p| {
                p.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn ask_pin(&self, retry: bool) -> Step {
        let mut items = Vec::new();
        if retry {
            items.push(prompt("conf_bad_pin"));
        }
        items.push(prompt("conf_enter_pin"));
        play_collect(items, 10, 10_000, 3000)
    }

    fn join(&mut self, cx: &Cx) -> Step {
        self.joining = true;
        let _ = cx;
        play(vec![prompt("conf_joined")])
    }

    fn enter_room(&self, cx: &Cx) -> Step {
        let role = if self.moderator {
            "moderator"
        } else {
            "member"
        };
        let flag = |key: &str| {
            self.doc
                .pointer(&format!("/{role}/{key}"))
                .and_then(lenient::as_bool)
                == Some(true)
        };
        let cues = bool_field(&self.data, "play_entry_tone")
            .or_else(|| bool_field(&self.doc, "play_entry_tone"))
            .unwrap_or(true);
        Step::Command(FlowCommand::Media(MediaCommand::Conference {
            room: format!("conf-{}-{}", cx.call.account, self.id),
            muted: flag("join_muted"),
            deaf: flag("join_deaf"),
            cues,
            alone_music: None,
        }))
    }
}

impl Module for Conference {
    fn start(&mut self, cx: &mut Cx) -> Step {
        match str_field(&self.data, "id") {
            Some(id) => match cx.doc("conferences", id) {
                Some(doc) => {
                    self.doc = (*doc).clone();
                    self.id = id.to_string();
                }
                None => return Step::Error(format!("conference {id} does not exist")),
            },
            None => {
                // An inline `config`, or the account's default room.
                self.doc = self.data.get("config").cloned().unwrap_or(Value::Null);
                self.id = str_field(&self.doc, "name")
                    .unwrap_or("default")
                    .to_string();
            }
        }
        if self.pins("member").is_empty() && self.pins("moderator").is_empty() {
            return self.join(cx);
        }
        self.ask_pin(false)
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if self.left {
            return Step::Command(FlowCommand::Idle);
        }
        if self.joining {
            self.joining = false;
            self.left = true;
            return self.enter_room(cx);
        }
        let FlowEvent::Media(MediaEvent::Played { digits, .. }) = event else {
            return Step::Command(FlowCommand::Idle);
        };
        if self.pins("moderator").contains(&digits) {
            self.moderator = true;
            return self.join(cx);
        }
        if self.pins("member").contains(&digits) {
            return self.join(cx);
        }
        self.tries += 1;
        if self.tries >= PIN_TRIES {
            tracing::info!(conference = %self.id, "wrong conference PIN {PIN_TRIES} times");
            return Step::Hangup("CALL_REJECTED".into());
        }
        self.ask_pin(true)
    }
}
