//! The voicemail settings menu (main menu `5`, KAZOO's keys: 1 record the unavailable
//! greeting, 2 record the name, 3 change the PIN, 4 record the temporary greeting, 5 delete
//! it, 0 back to the main menu) and the first-login setup of a box whose `is_setup` is
//! false (new PIN, name, unavailable greeting, then `is_setup: true`).
//!
//! A recording is reviewed before it is kept (1 keep, 2 listen, 3 record again). A kept one
//! becomes a media document of its own (its audio stored under the same id) that the box
//! points at: `media.unavailable`, `media.temporary_unavailable`, and the name as KAZOO
//! keeps it, `media.name` of the box's owner (user document), else of the box.

use std::sync::Arc;

use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{FlowCommand, MediaCommand};
use serde_json::{Value, json};

use super::util::{bool_field, play, play_collect, prompt, set_path, str_field};
use super::vm_pin;
use super::voicemail::{State, Voicemail};
use crate::flow::context::Cx;
use crate::flow::data::edit_existing;
use crate::flow::step::Step;

/// Menus without a valid key this many times in a row end the call (a silent line).
const MAX_ROUNDS: u32 = 4;
/// New PINs refused (broken rules or the two entries differ) before giving up.
const MAX_PIN_TRIES: u32 = 3;
/// Longest greeting or name recording.
const MAX_GREETING_MS: u32 = 120_000;
/// Shorter recordings are asked for again.
const MIN_GREETING_MS: u32 = 500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Greeting {
    Unavailable,
    Temporary,
    Name,
}

impl Greeting {
    fn record_prompt(self) -> &'static str {
        match self {
            Greeting::Name => "vm_record_name",
            _ => "vm_record_greeting",
        }
    }

    /// Words for the media document's name.
    fn label(self) -> &'static str {
        match self {
            Greeting::Unavailable => "unavailable greeting",
            Greeting::Temporary => "temporary greeting",
            Greeting::Name => "recorded name",
        }
    }
}

impl Voicemail {
    /// After a good PIN (or the owner without one): the setup when the box was never set
    /// up, else the main menu.
    pub(super) fn logged_in(&mut self, cx: &Cx) -> Step {
        if bool_field(&self.vmbox, "is_setup") == Some(false) {
            tracing::info!(vmbox = %self.box_id, "voicemail first-login setup");
            self.setup = true;
            return self.ask_new_pin(vec![prompt("vm_setup_intro")], 0);
        }
        self.main_menu(cx, vec![])
    }

    pub(super) fn settings_menu(&mut self, items: Vec<PlayItem>, rounds: u32) -> Step {
        self.state = State::Settings { rounds };
        let mut items = items;
        items.push(prompt("vm_settings_menu"));
        play_collect(items, 1, 5000, 2000)
    }

    pub(super) fn on_settings(&mut self, cx: &Cx, rounds: u32, digits: &str) -> Step {
        match digits {
            "1" => self.ask_recording(Greeting::Unavailable),
            "2" => self.ask_recording(Greeting::Name),
            "3" => self.ask_new_pin(vec![], 0),
            "4" => self.ask_recording(Greeting::Temporary),
            "5" => {
                self.delete_temporary(cx);
                self.settings_menu(vec![prompt("vm_temporary_deleted")], 0)
            }
            "0" => {
                self.state = State::Main { rounds: 0 };
                self.main_menu(cx, vec![])
            }
            _ if rounds + 1 >= MAX_ROUNDS => self.leave(vec![prompt("ivr_goodbye")]),
            _ => {
                let invalid = (!digits.is_empty()).then(|| prompt("ivr_invalid"));
                self.settings_menu(invalid.into_iter().collect(), rounds + 1)
            }
        }
    }

    // ---- recording a greeting or the name ----

    /// Plays what to record; the recording starts when it has been played.
    fn ask_recording(&mut self, what: Greeting) -> Step {
        self.state = State::AboutToRecord(what);
        play(vec![prompt(what.record_prompt())])
    }

    pub(super) fn record_greeting(&mut self, what: Greeting) -> Step {
        self.state = State::RecordingGreeting(what);
        Step::Command(FlowCommand::Media(MediaCommand::Record {
            beep: true,
            max_ms: MAX_GREETING_MS,
            silence_stop_ms: 5000,
            stop_digits: "#".into(),
        }))
    }

    pub(super) fn on_greeting_recorded(
        &mut self,
        what: Greeting,
        audio: Arc<[i16]>,
        ms: u32,
    ) -> Step {
        if ms < MIN_GREETING_MS {
            self.state = State::AboutToRecord(what);
            return play(vec![prompt("ivr_try_again"), prompt(what.record_prompt())]);
        }
        self.pending = Some(audio);
        self.review(what, vec![], 0)
    }

    fn review(&mut self, what: Greeting, mut items: Vec<PlayItem>, rounds: u32) -> Step {
        self.state = State::Review { what, rounds };
        items.push(prompt("vm_review_recording"));
        play_collect(items, 1, 5000, 2000)
    }

    pub(super) fn on_review(&mut self, cx: &Cx, what: Greeting, rounds: u32, digits: &str) -> Step {
        match (digits, self.pending.clone()) {
            ("1", Some(audio)) => {
                self.keep_recording(cx, what, audio);
                self.pending = None;
                self.after_recording(cx, what)
            }
            ("2", Some(audio)) => self.review(what, vec![PlayItem::Audio(audio)], 0),
            ("3", _) => self.ask_recording(what),
            _ if rounds + 1 >= MAX_ROUNDS => self.leave(vec![prompt("ivr_goodbye")]),
            _ => {
                let invalid = (!digits.is_empty()).then(|| prompt("ivr_invalid"));
                self.review(what, invalid.into_iter().collect(), rounds + 1)
            }
        }
    }

    /// Stores the audio and its media document, and points the box (or owner) at it.
    fn keep_recording(&mut self, cx: &Cx, what: Greeting, audio: Arc<[i16]>) {
        let account = &cx.call.account;
        let id = cx.data.new_id();
        cx.data.store_audio(account, &id, audio);
        let box_name = str_field(&self.vmbox, "name").unwrap_or("voicemail box");
        let media = json!({
            "name": format!("{box_name} {}", what.label()),
            "description": "recorded on the phone",
            "media_source": "recording",
            "content_type": "audio/wav",
            "streamable": true,
            "pvt_created": cx.now.unix + edgepbx_store::GREGORIAN_OFFSET,
        });
        // Only created: an id just made cannot name an existing document.
        let create = move |doc: &mut Value| {
            doc.is_null() && {
                *doc = media.clone();
                true
            }
        };
        cx.data.update(account, "media", &id, Box::new(create));
        let (kind, doc_id, key) = match (what, str_field(&self.vmbox, "owner_id")) {
            (Greeting::Name, Some(owner)) => ("users", owner.to_string(), "name"),
            (Greeting::Name, None) => ("vmboxes", self.box_id.clone(), "name"),
            (Greeting::Unavailable, _) => ("vmboxes", self.box_id.clone(), "unavailable"),
            (Greeting::Temporary, _) => ("vmboxes", self.box_id.clone(), "temporary_unavailable"),
        };
        if kind == "vmboxes" {
            set_path(&mut self.vmbox, &["media", key], json!(id));
        }
        let point = move |doc: &mut Value| {
            set_path(doc, &["media", key], json!(id));
            true
        };
        cx.data.update(account, kind, &doc_id, edit_existing(point));
        tracing::info!(vmbox = %self.box_id, what = what.label(), "voicemail recording kept");
    }

    fn after_recording(&mut self, cx: &Cx, what: Greeting) -> Step {
        if !self.setup {
            return self.settings_menu(vec![prompt("vm_saved")], 0);
        }
        match what {
            Greeting::Name => self.ask_recording(Greeting::Unavailable),
            _ => self.finish_setup(cx),
        }
    }

    fn delete_temporary(&mut self, cx: &Cx) {
        let remove = |doc: &mut Value| {
            doc.get_mut("media")
                .and_then(Value::as_object_mut)
                .and_then(|m| m.remove("temporary_unavailable"))
                .is_some()
        };
        remove(&mut self.vmbox);
        cx.data.update(
            &cx.call.account,
            "vmboxes",
            &self.box_id,
            edit_existing(remove),
        );
    }

    // ---- PIN ----

    pub(super) fn ask_new_pin(&mut self, mut items: Vec<PlayItem>, tries: u32) -> Step {
        self.state = State::NewPin { first: None, tries };
        items.push(prompt("vm_enter_new_password"));
        play_collect(items, 12, 5000, 3000)
    }

    pub(super) fn on_new_pin(
        &mut self,
        cx: &Cx,
        first: Option<String>,
        tries: u32,
        digits: &str,
    ) -> Step {
        let refused = match first {
            None => {
                let account = cx.data.account(&cx.call.account);
                let rules = vm_pin::limits(account.as_deref());
                match vm_pin::check(digits, rules) {
                    Ok(()) => {
                        self.state = State::NewPin {
                            first: Some(digits.to_string()),
                            tries,
                        };
                        return play_collect(vec![prompt("vm_reenter_password")], 12, 5000, 3000);
                    }
                    Err(why) => {
                        tracing::info!(vmbox = %self.box_id, ?why, "voicemail: new PIN refused");
                        "vm_password_not_allowed"
                    }
                }
            }
            Some(first) if first == digits => {
                self.change_pin(cx, digits);
                return self.after_pin(vec![prompt("vm_password_changed")]);
            }
            Some(_) => "vm_password_mismatch",
        };
        if tries + 1 >= MAX_PIN_TRIES {
            if self.setup {
                // The box stays not set up: the next login starts the setup again.
                return self.leave(vec![prompt(refused), prompt("ivr_goodbye")]);
            }
            return self.settings_menu(vec![prompt(refused)], 0);
        }
        self.ask_new_pin(vec![prompt(refused)], tries + 1)
    }

    fn change_pin(&mut self, cx: &Cx, pin: &str) {
        self.vmbox["pin"] = json!(pin);
        let pin = pin.to_string();
        let set = move |doc: &mut Value| {
            doc["pin"] = json!(pin);
            true
        };
        cx.data.update(
            &cx.call.account,
            "vmboxes",
            &self.box_id,
            edit_existing(set),
        );
        tracing::info!(vmbox = %self.box_id, "voicemail PIN changed on the phone");
    }

    fn after_pin(&mut self, items: Vec<PlayItem>) -> Step {
        if self.setup {
            self.state = State::AboutToRecord(Greeting::Name);
            let mut items = items;
            items.push(prompt(Greeting::Name.record_prompt()));
            return play(items);
        }
        self.settings_menu(items, 0)
    }

    fn finish_setup(&mut self, cx: &Cx) -> Step {
        self.setup = false;
        self.vmbox["is_setup"] = json!(true);
        let done = |doc: &mut Value| {
            doc["is_setup"] = json!(true);
            true
        };
        cx.data.update(
            &cx.call.account,
            "vmboxes",
            &self.box_id,
            edit_existing(done),
        );
        tracing::info!(vmbox = %self.box_id, "voicemail box set up");
        self.state = State::Main { rounds: 0 };
        self.main_menu(cx, vec![prompt("vm_saved")])
    }
}
