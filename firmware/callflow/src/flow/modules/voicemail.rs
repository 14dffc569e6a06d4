//! `voicemail` (kazoo.md §6). `compose` (default): greeting (`*` during it logs in to the
//! box, `0` goes to the operator; `announcement_only` boxes play it and record nothing),
//! beep, record, store the audio and append the message to the box's `messages`. `check`
//! (menus in `vm_check`). A new message and every folder change are read-modify-write
//! updates of the box as it is stored when the write happens (see
//! [`Data::update`](crate::flow::Data::update)), so messages left by other callers
//! meanwhile, or while the owner listens, are kept. MWI and notifications follow in the
//! runtime.

use std::sync::Arc;

use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{FlowCommand, FlowEvent, MediaCommand, MediaEvent};
use edgepbx_store::{GLOBAL, vm_storage, vmbox, vmbox_members};
use serde_json::{Value, json};

use super::util::{bool_field, digits_of, num_field, play, prompt};
use super::util::{media_item, str_field};
use super::vm_settings::Greeting;
use crate::flow::context::Cx;
use crate::flow::data::edit_existing;
use crate::flow::step::{Module, Step};

/// Shorter recordings are dropped (`min_message_size`).
const MIN_MESSAGE_MS: u32 = 500;
/// With less room than this left in the account's storage the box counts as full.
const MIN_ROOM_MS: u64 = 2000;

pub(super) enum State {
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
    /// The settings menu (`vm_settings`).
    Settings {
        rounds: u32,
    },
    /// A new PIN: the first entry, then (`first` set) the same again.
    NewPin {
        first: Option<String>,
        tries: u32,
    },
    /// Saying what to record; the recording starts after it.
    AboutToRecord(Greeting),
    RecordingGreeting(Greeting),
    /// A caller's message ended with `#`: 1 save, 2 listen, 3 record again
    /// (`vm_review`; the message is `pending_message` until then).
    ReviewMessage {
        rounds: u32,
    },
    /// 1 keep, 2 listen, 3 record again (the recording is `pending`).
    Review {
        what: Greeting,
        rounds: u32,
    },
    /// A last prompt; then `_`.
    Leaving,
}

pub struct Voicemail {
    pub(super) data: Value,
    pub(super) box_id: String,
    pub(super) vmbox: Value,
    pub(super) state: State,
    /// `media_id`s still to go through in the folder being listened to.
    pub(super) queue: Vec<String>,
    /// The ones gone through already (4 goes back).
    pub(super) heard: Vec<String>,
    /// Folder changes made in this call, `(media_id, folder)`: replayed on a fresh copy of
    /// the box until the background writer has stored them.
    pub(super) moved: Vec<(String, String)>,
    /// A greeting or name recorded and not kept yet.
    pub(super) pending: Option<Arc<[i16]>>,
    /// Running the first-login setup.
    pub(super) setup: bool,
    /// A caller's message under review, with its length (ms): saved on 1, on a silent
    /// line, or when the caller hangs up.
    pub(super) pending_message: Option<(Arc<[i16]>, u32)>,
    /// The audio the account may still store (under its `voicemail.max_storage_seconds`
    /// and the box-wide bound), read when the caller reached the box; a recording is cut
    /// to it.
    pub(super) room_ms: Option<u64>,
}

/// The storage left for a new message, when the account or the box bounds it (`vm_storage`).
fn storage_room_ms(cx: &Cx) -> Option<u64> {
    vm_storage::tighter(account_room_ms(cx), box_room_ms(cx))
}

/// The account's storage left, when it bounds it.
fn account_room_ms(cx: &Cx) -> Option<u64> {
    let account = cx.data.account(&cx.call.account)?;
    vm_storage::account_limit_ms(&account)?;
    let boxes = cx.data.docs(&cx.call.account, "vmboxes");
    vm_storage::room_ms(&account, boxes.iter().map(|(_, b)| &**b))
}

/// The storage all accounts together have left under the box-wide bound, when one is set.
fn box_room_ms(cx: &Cx) -> Option<u64> {
    let cap = cx
        .data
        .doc(GLOBAL, vm_storage::BOX_KIND, vm_storage::BOX_ID)?;
    vm_storage::box_limit_ms(&cap)?;
    let used = cx
        .data
        .docs(GLOBAL, "accounts")
        .iter()
        .map(|(account, _)| {
            let boxes = cx.data.docs(account, "vmboxes");
            vm_storage::Usage::of_boxes(boxes.iter().map(|(_, b)| &**b)).ms
        })
        .sum();
    vm_storage::box_room_ms(&cap, used)
}

/// Whether `vmbox` is the caller's own box or a shared box they are a member of.
pub(super) fn is_members_box(cx: &Cx, vmbox: &Value) -> bool {
    let group = vmbox_members::owner(vmbox).and_then(|o| cx.doc("groups", o));
    let caller = &cx.call.caller;
    vmbox_members::includes(
        vmbox,
        group.as_deref(),
        caller.owner_id.as_deref(),
        &caller.device_id,
    )
}

/// A new message id: `YYYYMM-<32 hex>` (UTC month), which also names its audio.
pub(super) fn message_id(cx: &Cx) -> String {
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
            pending: None,
            setup: false,
            pending_message: None,
            room_ms: None,
        }
    }

    pub(super) fn open(&mut self, id: String, doc: &Value) {
        self.box_id = id;
        self.vmbox = doc.clone();
    }

    /// The box in `data.id`, else the one whose `mailbox` is the capture group.
    pub(super) fn find_box(&mut self, cx: &Cx) -> bool {
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

    pub(super) fn find_by(&mut self, cx: &Cx, field: &str, value: &str) -> bool {
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

    /// The caller owns the box, or it is a shared box of a group listing them or their
    /// device (`vmbox_members`): either logs in without a PIN unless `require_pin`.
    /// The box's prompts are in its `language`, else the call's rule with the box's owner
    /// as the party (the `language` module, else the owner's, else the account's); it
    /// becomes the call's language.
    pub(super) fn adopt_language(&self, cx: &mut Cx) {
        if let Some(language) = str_field(&self.vmbox, "language").filter(|l| !l.is_empty()) {
            cx.call.language = language.to_ascii_lowercase();
            return;
        }
        let owner = str_field(&self.vmbox, "owner_id").and_then(|o| cx.doc("users", o));
        crate::flow::language::adopt(cx, owner.as_deref());
    }

    pub(super) fn is_owner(&self, cx: &Cx) -> bool {
        is_members_box(cx, &self.vmbox)
    }

    /// The `media_id`s of the messages in `folder`, oldest first.
    pub(super) fn in_folder(&self, folder: &str) -> Vec<String> {
        vmbox::messages(&self.vmbox)
            .filter(|m| vmbox::folder(m) == folder)
            .filter_map(|m| vmbox::media_id(m).map(str::to_string))
            .collect()
    }

    /// Reads the box again (messages left meanwhile), with this call's own changes on top.
    pub(super) fn refresh(&mut self, cx: &Cx) {
        if let Some(doc) = cx.doc("vmboxes", &self.box_id) {
            self.vmbox = (*doc).clone();
        }
        for (id, folder) in &self.moved {
            vmbox::move_to(&mut self.vmbox, id, folder, 0);
        }
    }

    pub(super) fn leave(&mut self, items: Vec<PlayItem>) -> Step {
        self.state = State::Leaving;
        play(items)
    }

    // ---- compose ----

    fn compose(&mut self, cx: &mut Cx) -> Step {
        if !self.find_box(cx) {
            return Step::Error("voicemail box not found".into());
        }
        self.adopt_language(cx);
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
        self.room_ms = storage_room_ms(cx);
        let box_full =
            max > 0 && self.in_folder("new").len() + self.in_folder("saved").len() >= max;
        let storage_full = self.room_ms.is_some_and(|ms| ms < MIN_ROOM_MS);
        if box_full || storage_full {
            tracing::info!(vmbox = %self.box_id, box_full, storage_full, "voicemail box full");
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

    pub(super) fn record(&mut self) -> Step {
        self.state = State::Recording;
        let secs = num_field(&self.data, "max_message_length")
            .or_else(|| num_field(&self.vmbox, "max_message_length"))
            .unwrap_or(500)
            .clamp(5, 3600);
        let max_ms = (secs * 1000).min(self.room_ms.unwrap_or(u64::MAX)) as u32;
        Step::Command(FlowCommand::Media(MediaCommand::Record {
            beep: true,
            max_ms,
            silence_stop_ms: 5000,
            stop_digits: "#".into(),
        }))
    }

    pub(super) fn store(&mut self, cx: &mut Cx, audio: Arc<[i16]>, ms: u32) -> Step {
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
}

impl Module for Voicemail {
    fn start(&mut self, cx: &mut Cx) -> Step {
        match str_field(&self.data, "action").unwrap_or("compose") {
            "check" => self.check(cx),
            _ => self.compose(cx),
        }
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if let FlowEvent::Media(MediaEvent::Recorded { audio, ms, digit }) = event {
            return match self.state {
                State::RecordingGreeting(what) => self.on_greeting_recorded(what, audio, ms),
                // Ended with `#`: the caller may review it first (ended by silence, the
                // length limit or a hang-up: saved at once).
                _ if digit.is_some() && ms >= MIN_MESSAGE_MS => {
                    self.pending_message = Some((audio, ms));
                    self.review_message(vec![], 0)
                }
                _ => self.store(cx, audio, ms),
            };
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
                    self.adopt_language(cx);
                    self.login(cx)
                } else {
                    self.leave(vec![prompt("ivr_invalid"), prompt("ivr_goodbye")])
                }
            }
            State::Pin { tries } => self.on_pin(cx, tries, &digits),
            State::Main { rounds } => self.on_main(cx, rounds, &digits),
            State::Message => self.on_message(cx, &digits),
            State::Forward => self.on_forward(cx, &digits),
            State::Settings { rounds } => self.on_settings(cx, rounds, &digits),
            State::NewPin { ref first, tries } => {
                let first = first.clone();
                self.on_new_pin(cx, first, tries, &digits)
            }
            State::AboutToRecord(what) => self.record_greeting(what),
            // Ended without audio (the caller hung up, or nothing came back).
            State::RecordingGreeting(_) => Step::next(),
            State::Review { what, rounds } => self.on_review(cx, what, rounds, &digits),
            State::ReviewMessage { rounds } => self.on_review_message(cx, rounds, &digits),
        }
    }

    fn ended(&mut self, cx: &mut Cx) {
        // Hanging up while reviewing keeps the message (as KAZOO does).
        if let Some((audio, ms)) = self.pending_message.take() {
            self.store(cx, audio, ms);
        }
    }
}
