//! `hotdesk` (kazoo.md §2): `login`, `logout` or `toggle` a user on the calling device.
//! Login takes the user from `data.id`, else asks for the hotdesk id (the user's
//! `hotdesk.id`) and, when `hotdesk.require_pin`, the hotdesk PIN (3 tries). A logged-in
//! user is a `hotdesk.users.{user_id}` entry on the device, which is how the endpoint
//! builder rings hot-desked phones. Unless `keep_logged_in_elsewhere`, logging in removes
//! the user from other devices. Logout removes `data.id` (or everyone) from the device.

use edgepbx_sip::engine::FlowEvent;
use edgepbx_store::lenient;
use serde_json::{Value, json};

use super::util::{ask_pin, confirm, digits_of, play, play_collect, prompt, str_field};
use crate::flow::context::Cx;
use crate::flow::data::edit_existing;
use crate::flow::step::{Module, Step};

const MAX_PIN_TRIES: u32 = 3;

enum Waiting {
    Id,
    Pin { tries: u32 },
    Confirmation,
}

pub struct Hotdesk {
    data: Value,
    device: Value,
    user: (String, Value),
    waiting: Waiting,
}

fn hotdesk_field<'a>(user: &'a Value, key: &str) -> Option<&'a Value> {
    user.get("hotdesk")?.get(key)
}

fn users_of(device: &Value) -> Option<&serde_json::Map<String, Value>> {
    device.pointer("/hotdesk/users").and_then(Value::as_object)
}

/// Logs `only` (everyone when None) out of a device document; false when nobody was there.
fn remove_users(device: &mut Value, only: Option<&str>) -> bool {
    let Some(users) = device
        .pointer_mut("/hotdesk/users")
        .and_then(Value::as_object_mut)
    else {
        return false;
    };
    match only {
        Some(id) => users.remove(id).is_some(),
        None => {
            let any = !users.is_empty();
            users.clear();
            any
        }
    }
}

impl Hotdesk {
    pub fn new(data: &Value) -> Hotdesk {
        Hotdesk {
            data: data.clone(),
            device: Value::Null,
            user: (String::new(), Value::Null),
            waiting: Waiting::Confirmation,
        }
    }

    fn login(&mut self, cx: &Cx) -> Step {
        if let Some(id) = str_field(&self.data, "id") {
            let Some(user) = cx.doc("users", id) else {
                return Step::Error(format!("hotdesk user {id} does not exist"));
            };
            self.user = (id.to_string(), (*user).clone());
            return self.check_pin(cx);
        }
        self.waiting = Waiting::Id;
        play_collect(vec![prompt("ivr_enter_extension")], 10, 8000, 2000)
    }

    fn on_id(&mut self, cx: &Cx, digits: &str) -> Step {
        let found = cx
            .data
            .docs(&cx.call.account, "users")
            .into_iter()
            .find(|(_, u)| {
                hotdesk_field(u, "id").and_then(Value::as_str) == Some(digits)
                    && hotdesk_field(u, "enabled").and_then(lenient::as_bool) != Some(false)
            });
        match found {
            Some((id, user)) if !digits.is_empty() => {
                self.user = (id, (*user).clone());
                self.check_pin(cx)
            }
            _ => self.refuse("no hotdesk user with that id"),
        }
    }

    fn check_pin(&mut self, cx: &Cx) -> Step {
        let require = hotdesk_field(&self.user.1, "require_pin").and_then(lenient::as_bool);
        if require == Some(true) {
            self.waiting = Waiting::Pin { tries: 0 };
            return ask_pin(false);
        }
        self.log_in(cx)
    }

    fn on_pin(&mut self, cx: &Cx, tries: u32, digits: &str) -> Step {
        let pin = hotdesk_field(&self.user.1, "pin").and_then(Value::as_str);
        if pin.is_some_and(|p| !p.is_empty() && p == digits) {
            return self.log_in(cx);
        }
        if tries + 1 >= MAX_PIN_TRIES {
            return self.refuse("wrong hotdesk PIN");
        }
        self.waiting = Waiting::Pin { tries: tries + 1 };
        ask_pin(true)
    }

    fn refuse(&mut self, why: &str) -> Step {
        tracing::info!("hotdesk login refused: {why}");
        self.waiting = Waiting::Confirmation;
        play(vec![prompt("vm_invalid_password"), prompt("ivr_goodbye")])
    }

    fn log_in(&mut self, cx: &Cx) -> Step {
        let (user_id, user) = &self.user;
        let elsewhere = hotdesk_field(user, "keep_logged_in_elsewhere").and_then(lenient::as_bool);
        if elsewhere != Some(true) {
            for (id, other) in cx.data.docs(&cx.call.account, "devices") {
                if id != cx.call.caller.device_id
                    && users_of(&other).is_some_and(|u| u.contains_key(user_id))
                {
                    let user = user_id.clone();
                    let change = move |d: &mut Value| remove_users(d, Some(&user));
                    cx.data
                        .update(&cx.call.account, "devices", &id, edit_existing(change));
                }
            }
        }
        tracing::info!(device = %cx.call.caller.device_id, user = %user_id, "hotdesk login");
        let user = user_id.clone();
        let change = move |d: &mut Value| {
            super::util::set_path(d, &["hotdesk", "users", &user], json!({}));
            true
        };
        cx.data.update(
            &cx.call.account,
            "devices",
            &cx.call.caller.device_id,
            edit_existing(change),
        );
        self.waiting = Waiting::Confirmation;
        confirm(true)
    }

    fn log_out(&mut self, cx: &Cx) -> Step {
        let only = str_field(&self.data, "id").map(str::to_string);
        tracing::info!(device = %cx.call.caller.device_id, user = ?only, "hotdesk logout");
        let change = move |d: &mut Value| remove_users(d, only.as_deref());
        cx.data.update(
            &cx.call.account,
            "devices",
            &cx.call.caller.device_id,
            edit_existing(change),
        );
        self.waiting = Waiting::Confirmation;
        confirm(false)
    }
}

impl Module for Hotdesk {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let Some(device) = cx.caller_device() else {
            return Step::Error("hotdesk from a call without a device".into());
        };
        self.device = (*device).clone();
        let logged_in = users_of(&self.device).is_some_and(|u| !u.is_empty());
        match str_field(&self.data, "action").unwrap_or("login") {
            "logout" => self.log_out(cx),
            "toggle" if logged_in => self.log_out(cx),
            _ => self.login(cx),
        }
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        let digits = digits_of(&event).unwrap_or("").to_string();
        match self.waiting {
            Waiting::Confirmation => Step::next(),
            Waiting::Id => self.on_id(cx, &digits),
            Waiting::Pin { tries } => self.on_pin(cx, tries, &digits),
        }
    }
}
