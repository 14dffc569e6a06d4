//! Checking voicemail (kazoo.md §6): finding the box, the PIN (with the lockout across
//! calls), the main menu (1 new, 2 saved, 5 settings in `vm_settings`, # exit) and the
//! per-message menu (1 keep, 2 replay, 3 forward to another box, 4 previous, 6/# next, 7 delete, 9 call the caller back
//! (`vm_callback`), 0 keep and back), each message after its envelope (`vm_envelope`).
//! Folder changes are read-modify-write updates of the box as stored when written.

use edgepbx_media::session::PlayItem;
use edgepbx_store::vmbox;
use serde_json::Value;

use super::util::{ask_pin, bool_field, play_collect, prompt, str_field};
use super::voicemail::{State, Voicemail, message_id};
use crate::flow::context::Cx;
use crate::flow::data::edit_existing;
use crate::flow::language::say_count;
use crate::flow::step::Step;

const MAX_LOGIN_TRIES: u32 = 3;
/// The main menu gives up after this many rounds without a valid key.
const MAX_MENU_ROUNDS: u32 = 4;

impl Voicemail {
    pub(super) fn check(&mut self, cx: &mut Cx) -> Step {
        if self.find_box(cx) || self.owned_box(cx) {
            self.adopt_language(cx);
            return self.login(cx);
        }
        self.state = State::Mailbox;
        play_collect(vec![prompt("ivr_enter_extension")], 15, 5000, 2000)
    }

    /// The caller's own box; without one, the one shared box they are a member of (with
    /// several, the caller is asked which).
    pub(super) fn owned_box(&mut self, cx: &Cx) -> bool {
        if let Some(owner) = cx.call.caller.owner_id.clone()
            && self.find_by(cx, "owner_id", &owner)
        {
            return true;
        }
        let boxes = cx.data.docs(&cx.call.account, "vmboxes");
        let mut shared = boxes
            .into_iter()
            .filter(|(_, b)| super::voicemail::is_members_box(cx, b));
        match (shared.next(), shared.next()) {
            (Some((id, doc)), None) => {
                self.open(id, &doc);
                true
            }
            _ => false,
        }
    }

    pub(super) fn login(&mut self, cx: &Cx) -> Step {
        let require_pin = bool_field(&self.vmbox, "require_pin") == Some(true);
        if self.is_owner(cx) && !require_pin {
            return self.logged_in(cx);
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

    pub(super) fn main_menu(&mut self, cx: &Cx, mut items: Vec<PlayItem>) -> Step {
        if !matches!(self.state, State::Main { .. }) {
            self.state = State::Main { rounds: 0 };
        }
        self.refresh(cx);
        let new = self.in_folder("new").len();
        let saved = self.in_folder("saved").len();
        let say = |n: usize| {
            say_count(cx.data.as_ref(), &cx.call.language, n)
                .into_iter()
                .map(prompt)
        };
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

    pub(super) fn listen(&mut self, cx: &Cx, folder: &str) -> Step {
        self.refresh(cx);
        self.queue = self.in_folder(folder);
        self.heard.clear();
        if self.queue.is_empty() {
            return self.main_menu(cx, vec![prompt("vm_no_messages")]);
        }
        self.state = State::Message;
        self.play_message(cx, vec![])
    }

    pub(super) fn play_message(&self, cx: &Cx, mut items: Vec<PlayItem>) -> Step {
        let media_id = self.queue[0].as_str();
        if let Some(message) = vmbox::find(&self.vmbox, media_id) {
            items.extend(super::vm_envelope::envelope(cx, &self.vmbox, message));
        }
        match cx.data.media(&cx.call.account, media_id) {
            Some(audio) => items.push(PlayItem::Pending(audio)),
            None => tracing::warn!(vmbox = %self.box_id, media_id, "voicemail audio missing"),
        }
        items.push(prompt("vm_message_menu"));
        play_collect(items, 1, 5000, 2000)
    }

    /// Moves the message being played to `folder` (in the stored box, whatever else changed
    /// there meanwhile).
    pub(super) fn file(&mut self, cx: &Cx, folder: &str) {
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

    pub(super) fn next_message(&mut self, cx: &Cx, said: Vec<PlayItem>) -> Step {
        self.heard.push(self.queue.remove(0));
        if self.queue.is_empty() {
            return self.main_menu(cx, said);
        }
        self.play_message(cx, said)
    }

    pub(super) fn on_pin(&mut self, cx: &Cx, tries: u32, digits: &str) -> Step {
        if str_field(&self.vmbox, "pin") == Some(digits) {
            super::vm_lockout::succeeded(cx, &self.box_id);
            return self.logged_in(cx);
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

    pub(super) fn on_main(&mut self, cx: &Cx, rounds: u32, digits: &str) -> Step {
        match digits {
            "1" => self.listen(cx, "new"),
            "2" => self.listen(cx, "saved"),
            "5" if bool_field(&self.vmbox, "not_configurable") != Some(true) => {
                self.settings_menu(vec![], 0)
            }
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
    pub(super) fn on_forward(&mut self, cx: &Cx, digits: &str) -> Step {
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

    pub(super) fn on_message(&mut self, cx: &mut Cx, digits: &str) -> Step {
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
            "9" => self.call_back(cx),
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
