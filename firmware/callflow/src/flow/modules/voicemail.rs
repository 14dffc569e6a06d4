//! `voicemail` (kazoo.md §6). `compose` (default): greeting (`*` during it logs in to the
//! box, `0` goes to the operator; `announcement_only` boxes play it and record nothing), beep, record, store the audio
//! and append the message to the box's `messages`. `check`: find the box, ask the PIN,
//! then the main menu (1 new, 2 saved, # exit) and the per-message menu (1 keep, 2 replay,
//! 3 forward to another box, 4 previous, 6/# next, 7 delete, 0 keep and back). A new
//! message and every folder change are read-modify-write updates of the box as it is stored
//! when the write happens (see
//! [`Data::update`](crate::flow::Data::update)), so messages left by other callers meanwhile,
//! or while the owner listens, are kept. MWI and notifications follow in the runtime.

use std::sync::Arc;

use edgepbx_media::prompts::say;
use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{FlowCommand, FlowEvent, MediaCommand, MediaEvent};
use edgepbx_store::vmbox;
use serde_json::{Value, json};

use super::util::{ask_pin, bool_field, digits_of, num_field, play, play_collect, prompt};
use super::util::{media_item, str_field};
use crate::flow::context::Cx;
use crate::flow::data::edit_existing;
use crate::flow::step::{Module, Step};

/// Shorter recordings are dropped (`min_message_size`).
const MIN_MESSAGE_MS: u32 = 500;
const MAX_LOGIN_TRIES: u32 = 3;
/// The main menu gives up after this many rounds without a valid key.
const MAX_MENU_ROUNDS: u32 = 4;

enum State {
    Greeting,
    Recording,
    /// Asking which box (check, when nothing else tells).
    Mailbox,
    Pin {
        tries: u32,
    },
    Main {
        rounds: u32,
    },
    /// Playing `queue[0]` and its menu.
    Message,
    /// Asking which box to forward `queue[0]` to.
    Forward,
    /// A last prompt; then `_`.
    Leaving,
}

pub struct Voicemail {
    data: Value,
    box_id: String,
    vmbox: Value,
    state: State,
    /// `media_id`s still to go through in the folder being listened to.
    queue: Vec<String>,
    /// The ones gone through already (4 goes back).
    heard: Vec<String>,
    /// Folder changes made in this call, `(media_id, folder)`: replayed on a fresh copy of
    /// the box until the background writer has stored them.
    moved: Vec<(String, String)>,
}

/// A new message id: `YYYYMM-<32 hex>` (UTC month), which also names its audio.
fn message_id(cx: &Cx) -> String {
    let month = jiff::Timestamp::from_second(cx.now.unix as i64)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC))
        .map_or("000000".to_string(), |z| {
            format!("{:04}{:02}", z.year(), z.month())
        });
    format!("{month}-{}", cx.data.new_id())
}

impl Voicemail {
    pub fn new(data: &Value) -> Voicemail {
        Voicemail {
            data: data.clone(),
            box_id: String::new(),
            vmbox: Value::Null,
            state: State::Greeting,
            queue: Vec::new(),
            heard: Vec::new(),
            moved: Vec::new(),
        }
    }

    fn open(&mut self, id: String, doc: &Value) {
        self.box_id = id;
        self.vmbox = doc.clone();
    }

    /// The box in `data.id`, else the one whose `mailbox` is the capture group.
    fn find_box(&mut self, cx: &Cx) -> bool {
        if let Some(id) = str_field(&self.data, "id")
            && let Some(doc) = cx.doc("vmboxes", id)
        {
            self.open(id.to_string(), &doc);
            return true;
        }
        match cx.call.capture_group() {
            Some(number) => self.find_by(cx, "mailbox", number),
            None => false,
        }
    }

    fn find_by(&mut self, cx: &Cx, field: &str, value: &str) -> bool {
        let found = cx
            .data
            .docs(&cx.call.account, "vmboxes")
            .into_iter()
            .find(|(_, b)| str_field(b, field) == Some(value));
        let Some((id, doc)) = found else {
            return false;
        };
        self.open(id, &doc);
        true
    }

    fn is_owner(&self, cx: &Cx) -> bool {
        let owner = str_field(&self.vmbox, "owner_id");
        owner.is_some() && owner == cx.call.caller.owner_id.as_deref()
    }

    /// The `media_id`s of the messages in `folder`, oldest first.
    fn in_folder(&self, folder: &str) -> Vec<String> {
        vmbox::messages(&self.vmbox)
            .filter(|m| vmbox::folder(m) == folder)
            .filter_map(|m| vmbox::media_id(m).map(str::to_string))
            .collect()
    }

    /// Reads the box again (messages left meanwhile), with this call's own changes on top.
    fn refresh(&mut self, cx: &Cx) {
        if let Some(doc) = cx.doc("vmboxes", &self.box_id) {
            self.vmbox = (*doc).clone();
        }
        for (id, folder) in &self.moved {
            vmbox::move_to(&mut self.vmbox, id, folder, 0);
        }
    }

    fn leave(&mut self, items: Vec<PlayItem>) -> Step {
        self.state = State::Leaving;
        play(items)
    }

    // ---- compose ----

    fn compose(&mut self, cx: &mut Cx) -> Step {
        if !self.find_box(cx) {
            return Step::Error("voicemail box not found".into());
        }
        if self.is_owner(cx) && bool_field(&self.vmbox, "check_if_owner").unwrap_or(true) {
            return self.login(cx);
        }
        let max = num_field(&self.vmbox, "max_message_count").unwrap_or(100) as usize;
        let greeting = self.greeting(cx);
        if bool_field(&self.vmbox, "announcement_only") == Some(true) {
            // The greeting is the whole call: nothing is recorded.
            let mut items = greeting;
            items.truncate(1);
            return self.leave(items);
        }
        if max > 0 && self.in_folder("new").len() + self.in_folder("saved").len() >= max {
            tracing::info!(vmbox = %self.box_id, "voicemail box full");
            let mut items = greeting;
            items.push(prompt("vm_mailbox_full"));
            return self.leave(items);
        }
        if bool_field(&self.vmbox, "skip_greeting") == Some(true) {
            return self.record();
        }
        self.state = State::Greeting;
        // Any key skips the greeting and starts the recording.
        Step::Command(FlowCommand::Media(MediaCommand::Play {
            items: greeting,
            collect: None,
            barge_in: true,
        }))
    }

    fn greeting(&self, cx: &Cx) -> Vec<PlayItem> {
        let custom = ["temporary_unavailable", "unavailable"]
            .iter()
            .find_map(|k| {
                self.vmbox
                    .pointer(&format!("/media/{k}"))
                    .and_then(Value::as_str)
                    .and_then(|id| media_item(cx, id))
            });
        let mut items = vec![custom.unwrap_or(prompt("vm_not_available"))];
        if bool_field(&self.vmbox, "skip_instructions") != Some(true) {
            items.push(prompt("vm_leave_message"));
        }
        items
    }

    /// `0` during the greeting: the callflow of the box's `operator_number`, else the
    /// account's operator (the callflow for `0`); without one the greeting key just starts
    /// the recording.
    fn operator(&mut self, cx: &Cx) -> Step {
        let number = str_field(&self.vmbox, "operator_number").unwrap_or("0");
        let flow = cx
            .data
            .lookup(&cx.call.account, number)
            .and_then(|(cf, _)| cf.get("flow").cloned());
        match flow {
            Some(flow) => {
                tracing::info!(vmbox = %self.box_id, number, "voicemail caller to the operator");
                Step::Branch(flow)
            }
            None => self.record(),
        }
    }

    fn record(&mut self) -> Step {
        self.state = State::Recording;
        let secs = num_field(&self.data, "max_message_length")
            .or_else(|| num_field(&self.vmbox, "max_message_length"))
            .unwrap_or(500)
            .clamp(5, 3600);
        Step::Command(FlowCommand::Media(MediaCommand::Record {
            beep: true,
            max_ms: secs as u32 * 1000,
            silence_stop_ms: 5000,
            stop_digits: "#".into(),
        }))
    }

    fn store(&mut self, cx: &mut Cx, audio: Arc<[i16]>, ms: u32) -> Step {
        if ms < MIN_MESSAGE_MS {
            tracing::info!(vmbox = %self.box_id, ms, "voicemail message too short; discarded");
            return Step::next();
        }
        let media_id = message_id(cx);
        cx.data.store_audio(&cx.call.account, &media_id, audio);
        let caller = &cx.call.caller;
        let message = json!({
            "media_id": media_id,
            "folder": "new",
            "timestamp": cx.now.unix + edgepbx_store::GREGORIAN_OFFSET,
            "length": ms,
            "caller_id_number": caller.number,
            "caller_id_name": caller.name.chars().take(35).collect::<String>(),
            "to": cx.call.number,
        });
        let append = move |b: &mut Value| vmbox::append(b, message.clone());
        cx.data.update(
            &cx.call.account,
            "vmboxes",
            &self.box_id,
            edit_existing(append),
        );
        // Queued behind the write: the mail goes out once the message is stored.
        if let Some(notice) =
            crate::flow::vm_notice::notice(cx, &self.box_id, &self.vmbox, &media_id, ms)
        {
            cx.data.notify(&cx.call.account, notice);
        }
        cx.call.voicemail_left = true;
        tracing::info!(vmbox = %self.box_id, ms, "voicemail message saved");
        self.leave(vec![prompt("vm_message_saved"), prompt("ivr_goodbye")])
    }

    // ---- check ----

    fn check(&mut self, cx: &mut Cx) -> Step {
        if self.find_box(cx) || self.owned_box(cx) {
            return self.login(cx);
        }
        self.state = State::Mailbox;
        play_collect(vec![prompt("ivr_enter_extension")], 15, 5000, 2000)
    }

    fn owned_box(&mut self, cx: &Cx) -> bool {
        match cx.call.caller.owner_id.clone() {
            Some(owner) => self.find_by(cx, "owner_id", &owner),
            None => false,
        }
    }

    fn login(&mut self, cx: &Cx) -> Step {
        let require_pin = bool_field(&self.vmbox, "require_pin") == Some(true);
        if self.is_owner(cx) && !require_pin {
            return self.main_menu(cx, vec![]);
        }
        if str_field(&self.vmbox, "pin").is_none() {
            tracing::info!(vmbox = %self.box_id, "voicemail box without a PIN: no access");
            return self.leave(vec![prompt("err_not_allowed")]);
        }
        if super::vm_lockout::locked(&self.vmbox, cx.now.unix) {
            tracing::warn!(vmbox = %self.box_id, "voicemail box locked after wrong PINs");
            return self.leave(vec![prompt("vm_invalid_password"), prompt("ivr_goodbye")]);
        }
        self.state = State::Pin { tries: 0 };
        ask_pin(false)
    }

    fn main_menu(&mut self, cx: &Cx, mut items: Vec<PlayItem>) -> Step {
        if !matches!(self.state, State::Main { .. }) {
            self.state = State::Main { rounds: 0 };
        }
        self.refresh(cx);
        let new = self.in_folder("new").len();
        let saved = self.in_folder("saved").len();
        let say = |n: usize| say::number(n as i64).into_iter().map(prompt);
        items.push(prompt("vm_you_have"));
        items.extend(say(new));
        items.push(prompt(if new == 1 {
            "vm_new_message"
        } else {
            "vm_new_messages"
        }));
        if saved > 0 {
            items.extend(say(saved));
            items.push(prompt("vm_saved_messages"));
        }
        items.push(prompt("vm_main_menu"));
        play_collect(items, 1, 5000, 2000)
    }

    fn listen(&mut self, cx: &Cx, folder: &str) -> Step {
        self.refresh(cx);
        self.queue = self.in_folder(folder);
        self.heard.clear();
        if self.queue.is_empty() {
            return self.main_menu(cx, vec![prompt("vm_no_messages")]);
        }
        self.state = State::Message;
        self.play_message(cx, vec![])
    }

    fn play_message(&self, cx: &Cx, mut items: Vec<PlayItem>) -> Step {
        let media_id = self.queue[0].as_str();
        match cx.data.media(&cx.call.account, media_id) {
            Some(audio) => items.push(PlayItem::Audio(audio)),
            None => tracing::warn!(vmbox = %self.box_id, media_id, "voicemail audio missing"),
        }
        items.push(prompt("vm_message_menu"));
        play_collect(items, 1, 5000, 2000)
    }

    /// Moves the message being played to `folder` (in the stored box, whatever else changed
    /// there meanwhile).
    fn file(&mut self, cx: &Cx, folder: &str) {
        let id = self.queue[0].clone();
        let at = cx.now.unix + edgepbx_store::GREGORIAN_OFFSET;
        vmbox::move_to(&mut self.vmbox, &id, folder, at);
        self.moved.push((id.clone(), folder.to_string()));
        let to = folder.to_string();
        let change = move |b: &mut Value| vmbox::move_to(b, &id, &to, at);
        cx.data.update(
            &cx.call.account,
            "vmboxes",
            &self.box_id,
            edit_existing(change),
        );
    }

    fn next_message(&mut self, cx: &Cx, said: Vec<PlayItem>) -> Step {
        self.heard.push(self.queue.remove(0));
        if self.queue.is_empty() {
            return self.main_menu(cx, said);
        }
        self.play_message(cx, said)
    }

    fn on_pin(&mut self, cx: &Cx, tries: u32, digits: &str) -> Step {
        if str_field(&self.vmbox, "pin") == Some(digits) {
            super::vm_lockout::succeeded(cx, &self.box_id);
            return self.main_menu(cx, vec![]);
        }
        tracing::info!(vmbox = %self.box_id, "voicemail: wrong PIN");
        super::vm_lockout::failed(cx, &self.box_id);
        if let Some(doc) = cx.doc("vmboxes", &self.box_id)
            && super::vm_lockout::locked(&doc, cx.now.unix)
        {
            return self.leave(vec![prompt("vm_invalid_password"), prompt("ivr_goodbye")]);
        }
        if tries + 1 >= MAX_LOGIN_TRIES {
            return self.leave(vec![prompt("vm_invalid_password"), prompt("ivr_goodbye")]);
        }
        self.state = State::Pin { tries: tries + 1 };
        ask_pin(true)
    }

    fn on_main(&mut self, cx: &Cx, rounds: u32, digits: &str) -> Step {
        match digits {
            "1" => self.listen(cx, "new"),
            "2" => self.listen(cx, "saved"),
            "#" => self.leave(vec![prompt("ivr_goodbye")]),
            _ if rounds + 1 >= MAX_MENU_ROUNDS => self.leave(vec![prompt("ivr_goodbye")]),
            _ => {
                self.state = State::Main { rounds: rounds + 1 };
                let invalid = (!digits.is_empty()).then(|| prompt("ivr_invalid"));
                self.main_menu(cx, invalid.into_iter().collect())
            }
        }
    }

    /// The box number to forward the message to; the message is then kept (saved).
    fn on_forward(&mut self, cx: &Cx, digits: &str) -> Step {
        self.state = State::Message;
        let to = cx
            .data
            .docs(&cx.call.account, "vmboxes")
            .into_iter()
            .find(|(id, b)| *id != self.box_id && str_field(b, "mailbox") == Some(digits));
        let message = vmbox::find(&self.vmbox, &self.queue[0]).cloned();
        let (Some((to_id, to)), Some(message), false) = (to, message, digits.is_empty()) else {
            return self.play_message(cx, vec![prompt("ivr_invalid")]);
        };
        super::vm_forward::forward(cx, &message, &message_id(cx), &to_id, &to);
        self.file(cx, "saved");
        self.next_message(cx, vec![prompt("vm_message_saved")])
    }

    fn on_message(&mut self, cx: &Cx, digits: &str) -> Step {
        match digits {
            "1" => {
                self.file(cx, "saved");
                self.next_message(cx, vec![prompt("vm_message_saved")])
            }
            "7" => {
                self.file(cx, "deleted");
                self.next_message(cx, vec![prompt("vm_message_deleted")])
            }
            "6" | "#" => self.next_message(cx, vec![]),
            "4" => {
                if let Some(previous) = self.heard.pop() {
                    self.queue.insert(0, previous);
                }
                self.play_message(cx, vec![])
            }
            "3" => {
                self.state = State::Forward;
                play_collect(vec![prompt("ivr_enter_extension")], 15, 5000, 2000)
            }
            "0" => {
                self.file(cx, "saved");
                self.state = State::Main { rounds: 0 };
                self.main_menu(cx, vec![prompt("vm_message_saved")])
            }
            // No key: back to the main menu (the message stays where it was).
            "" => {
                self.state = State::Main { rounds: 0 };
                self.main_menu(cx, vec![])
            }
            // 2 replays; keys not offered here replay too.
            _ => self.play_message(cx, vec![]),
        }
    }
}

impl Module for Voicemail {
    fn start(&mut self, cx: &mut Cx) -> Step {
        match str_field(&self.data, "action").unwrap_or("compose") {
            "check" => self.check(cx),
            _ => self.compose(cx),
        }
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if let FlowEvent::Media(MediaEvent::Recorded { audio, ms, .. }) = event {
            return self.store(cx, audio, ms);
        }
        let digits = digits_of(&event).unwrap_or("").to_string();
        match self.state {
            // `*` during the greeting: the owner logging in to this box.
            State::Greeting if digits == "*" => self.login(cx),
            State::Greeting if digits == "0" => self.operator(cx),
            State::Greeting => self.record(),
            // The recording ended some other way (no audio came back).
            State::Recording | State::Leaving => Step::next(),
            State::Mailbox => {
                if self.find_by(cx, "mailbox", &digits) {
                    self.login(cx)
                } else {
                    self.leave(vec![prompt("ivr_invalid"), prompt("ivr_goodbye")])
                }
            }
            State::Pin { tries } => self.on_pin(cx, tries, &digits),
            State::Main { rounds } => self.on_main(cx, rounds, &digits),
            State::Message => self.on_message(cx, &digits),
            State::Forward => self.on_forward(cx, &digits),
        }
    }
}
