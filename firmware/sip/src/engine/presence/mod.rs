//! Busy lamp fields and message waiting (RFC 6665 subscriptions): a phone SUBSCRIBEs to a
//! presence id (`sip:1001@realm`) with Event `dialog` (RFC 4235, desk phones' BLF keys) or
//! `presence` (PIDF, softphones' buddy lists), or to a voicemail box (its number, or the
//! phone's own AOR for its owner's boxes) with Event `message-summary` (RFC 3842), and the
//! box NOTIFYs it whenever what it watches changes. A line's state comes from the calls in
//! the engine (the devices the presence id covers) and from the directory
//! (`manual_presence`, parked calls); a box's counts from the directory.
//!
//! States are compared once a second, on housekeeping, rather than on every call event:
//! a lamp a second late is fine, and it keeps presence out of the call paths entirely.

mod body;
mod table;
mod unsolicited;

use std::collections::{HashMap, HashSet};

use super::dialog::Dialog;
use super::{Engine, LineState, Now, PresenceSources};
use crate::message::writer::Writer;
use crate::message::{HeaderName, Message, Method};
use crate::transaction::{Millis, Peer, TxId};
use body::{Package, Watched};
use table::{SubKey, Subscription};

pub(super) use table::Subscriptions;

/// Subscription lengths the box grants (seconds): RFC 4235's default is an hour.
const DEFAULT_EXPIRES: u32 = 3600;
const MIN_EXPIRES: u32 = 60;
const MAX_EXPIRES: u32 = 3600;

/// The packages named in Allow-Events.
pub(super) const ALLOW_EVENTS: &str = "dialog, presence, message-summary";

/// The state of every watched line, read once for a batch of NOTIFYs.
struct Lines {
    /// account -> device -> the most urgent state of its calls.
    devices: HashMap<String, HashMap<String, LineState>>,
    sources: HashMap<String, PresenceSources>,
}

impl Lines {
    fn state(&self, account: &str, presence_id: &str) -> LineState {
        let Some(sources) = self.sources.get(account) else {
            return LineState::Idle;
        };
        let set = sources.states.get(presence_id).copied().unwrap_or_default();
        let lines = self.devices.get(account);
        let calls = sources
            .devices
            .get(presence_id)
            .into_iter()
            .flatten()
            .filter_map(|d| lines?.get(d))
            .copied()
            .max()
            .unwrap_or_default();
        set.max(calls)
    }
}

/// The Event header's package and `id` parameter.
fn event_of(msg: &Message) -> Option<(&str, Option<String>)> {
    let value = msg.header(HeaderName::Event)?;
    let mut parts = value.split(';');
    let name = parts.next().unwrap_or("").trim();
    let id = parts
        .filter_map(|p| p.trim().split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("id"))
        .map(|(_, v)| v.trim().to_string());
    Some((name, id))
}

impl Engine {
    /// A SUBSCRIBE outside any dialog: a phone starts watching a presence id.
    pub(super) fn on_subscribe(&mut self, now: Now, id: TxId, peer: Peer, msg: &Message) {
        let Some((event, event_id)) = event_of(msg) else {
            return self.respond(now, id, msg, 400, Some("Missing Event Header"));
        };
        let Some(package) = Package::parse(event) else {
            return self.respond_bad_event(now, id, msg);
        };
        let Some(contact) = msg.contacts().next().map(|c| c.uri_text.to_string()) else {
            return self.respond(now, id, msg, 400, Some("Missing Contact"));
        };
        let Some(presence_id) = msg
            .uri()
            .and_then(|u| u.user_unescaped())
            .filter(|u| !u.is_empty())
        else {
            return self.respond(
                now,
                id,
                msg,
                400,
                Some("Missing Presence Id In Request-URI"),
            );
        };
        let expires = msg.expires().unwrap_or(DEFAULT_EXPIRES);
        if expires != 0 && expires < MIN_EXPIRES {
            return self.respond_interval_too_brief(now, id, msg, MIN_EXPIRES);
        }
        if !package.accepted_by(msg.header_named("Accept")) {
            return self.respond(now, id, msg, 406, Some("Accept Lacks The Package's Type"));
        }
        let Some(device) = self.authenticate(now, id, peer, msg) else {
            return;
        };
        if !self.subs.has_room_for(&device.account, &device.device_id) {
            return self.respond(now, id, msg, 503, Some("Too Many Subscriptions"));
        }
        let host = msg.uri().map(|u| u.host.to_string()).unwrap_or_default();
        let local_tag = self.ids.tag();
        let dialog = Dialog {
            call_id: msg.call_id().to_string(),
            local_tag: local_tag.clone(),
            remote_tag: msg.from().and_then(|f| f.tag()).map(str::to_string),
            local_uri: super::call::without_tag(msg.header(HeaderName::To).unwrap_or("")),
            remote_uri: super::call::without_tag(msg.header(HeaderName::From).unwrap_or("")),
            remote_target: contact,
            peer,
            local_cseq: 0,
            sdp_version: 0,
            max_forwards: 70,
            outside: false,
        };
        let expires = expires.min(MAX_EXPIRES);
        tracing::debug!(account = %device.account, device = %device.device_id, %presence_id, package = package.name(), expires, "subscription");
        let key: SubKey = (dialog.call_id.clone(), local_tag.clone());
        self.subs.by_dialog.insert(
            key.clone(),
            Subscription {
                account: device.account,
                device_id: device.device_id,
                entity: format!("sip:{presence_id}@{host}"),
                presence_id,
                package,
                event_id,
                dialog,
                expires_at: now.mono + Millis::from(expires) * 1000,
                version: 0,
                shown: None,
                notifying: None,
            },
        );
        self.accept_subscribe(now, id, msg, &local_tag, expires);
        self.notify_now(now, &key, expires);
    }

    /// A request inside a subscription's dialog: a refresh, or an end (Expires: 0).
    pub(super) fn subscription_request(
        &mut self,
        now: Now,
        id: TxId,
        peer: Peer,
        key: SubKey,
        msg: &Message,
    ) {
        if msg.method() != Some(Method::Subscribe) {
            return self.respond(now, id, msg, 405, None);
        }
        let Some(sub) = self.subs.by_dialog.get_mut(&key) else {
            return self.respond(now, id, msg, 481, None);
        };
        let same_package = event_of(msg).and_then(|(e, _)| Package::parse(e)) == Some(sub.package);
        if !same_package {
            return self.respond_bad_event(now, id, msg);
        }
        let expires = msg.expires().unwrap_or(DEFAULT_EXPIRES);
        if expires != 0 && expires < MIN_EXPIRES {
            return self.respond_interval_too_brief(now, id, msg, MIN_EXPIRES);
        }
        let expires = expires.min(MAX_EXPIRES);
        if let Some(contact) = msg.contacts().next() {
            sub.dialog.remote_target = contact.uri_text.to_string();
        }
        sub.dialog.peer = peer;
        sub.expires_at = now.mono + Millis::from(expires) * 1000;
        self.accept_subscribe(now, id, msg, &key.1, expires);
        self.notify_now(now, &key, expires);
    }

    /// The answer to one of our NOTIFYs; false when `id` was not one.
    pub(super) fn notify_response(&mut self, id: TxId, msg: &Message) -> bool {
        let code = msg.status().unwrap_or(500);
        if code < 200 {
            return self.subs.notifies.contains_key(&id);
        }
        let Some(key) = self.subs.notifies.remove(&id) else {
            return false;
        };
        if let Some(sub) = self.subs.by_dialog.get_mut(&key) {
            sub.notifying = None;
            if code >= 300 {
                // 481 and the like: the phone no longer has the subscription (RFC 6665 §4.1.3).
                tracing::debug!(presence_id = %sub.presence_id, code, "subscriber refused a NOTIFY; subscription ended");
                self.subs.remove(&key);
            }
        }
        true
    }

    /// A NOTIFY that was never answered ends its subscription; false when `id` was not one.
    pub(super) fn notify_timeout(&mut self, id: TxId) -> bool {
        let Some(key) = self.subs.notifies.remove(&id) else {
            return false;
        };
        if let Some(sub) = self.subs.by_dialog.get_mut(&key) {
            sub.notifying = None;
        }
        self.subs.remove(&key);
        true
    }

    /// Housekeeping: ends expired subscriptions and tells subscribers of changed lines.
    pub(super) fn update_presence(&mut self, now: Now) {
        for key in self.subs.expired(now.mono) {
            self.notify_terminated(now, &key, Some("timeout"));
            self.subs.remove(&key);
        }
        if self.subs.is_empty() {
            return;
        }
        let lines = self.lines();
        let changed: Vec<(SubKey, Watched)> = self
            .subs
            .by_dialog
            .iter()
            .filter(|(_, s)| s.notifying.is_none())
            .filter_map(|(k, s)| {
                let state = self.watched(&lines, s);
                (s.shown != Some(state)).then(|| (k.clone(), state))
            })
            .collect();
        for (key, state) in changed {
            let left = self.seconds_left(&key, now);
            self.send_notify(now, &key, state, &format!("active;expires={left}"));
        }
    }

    /// An account's subscriptions, as the API lists them.
    pub fn presence_subscriptions(&self, account: &str, now: Now) -> Vec<serde_json::Value> {
        self.subs
            .by_dialog
            .values()
            .filter(|s| s.account == account)
            .map(|s| {
                serde_json::json!({
                    "presence_id": s.presence_id,
                    "package": s.package.name(),
                    "call_id": s.dialog.call_id,
                    "from": s.dialog.remote_uri,
                    "device_id": s.device_id,
                    "expires": s.expires_at.saturating_sub(now.mono) / 1000,
                    "version": s.version,
                })
            })
            .collect()
    }

    /// A stream connection closed: the subscriptions it carried cannot be told anything.
    pub(super) fn drop_subscriptions_on(&mut self, conn: u64) {
        for key in self.subs.on_connection(conn) {
            self.subs.remove(&key);
        }
    }

    /// What a subscription shows now.
    fn watched(&self, lines: &Lines, sub: &table::Subscription) -> Watched {
        match sub.package {
            Package::MessageSummary => Watched::Messages(self.dir.message_counts(
                &sub.account,
                &sub.device_id,
                &sub.presence_id,
            )),
            Package::Dialog | Package::Presence => {
                Watched::Line(lines.state(&sub.account, &sub.presence_id))
            }
        }
    }

    /// The states of the lines watched in every account that has line subscriptions.
    fn lines(&self) -> Lines {
        let accounts: HashSet<&str> = self
            .subs
            .by_dialog
            .values()
            .filter(|s| s.package != Package::MessageSummary)
            .map(|s| s.account.as_str())
            .collect();
        let mut devices: HashMap<String, HashMap<String, LineState>> = HashMap::new();
        for call in self
            .calls
            .values()
            .filter(|c| accounts.contains(c.account.as_str()))
        {
            let account = devices.entry(call.account.clone()).or_default();
            call.device_lines(|device, state| {
                let line = account.entry(device.to_string()).or_default();
                *line = (*line).max(state);
            });
        }
        let sources = accounts
            .into_iter()
            .map(|a| (a.to_string(), self.dir.presence_sources(a)))
            .collect();
        Lines { devices, sources }
    }

    fn seconds_left(&self, key: &SubKey, now: Now) -> u64 {
        self.subs
            .by_dialog
            .get(key)
            .map_or(0, |s| s.expires_at.saturating_sub(now.mono) / 1000)
    }

    /// The NOTIFY that follows a SUBSCRIBE: the full current state, or the end.
    fn notify_now(&mut self, now: Now, key: &SubKey, expires: u32) {
        if expires == 0 {
            self.notify_terminated(now, key, None);
            self.subs.remove(key);
            return;
        }
        let Some(sub) = self.subs.by_dialog.get(key) else {
            return;
        };
        let state = self.watched(&self.lines(), sub);
        self.send_notify(now, key, state, &format!("active;expires={expires}"));
    }

    fn notify_terminated(&mut self, now: Now, key: &SubKey, reason: Option<&str>) {
        let state = self
            .subs
            .by_dialog
            .get(key)
            .and_then(|s| s.shown)
            .unwrap_or(Watched::Line(LineState::Idle));
        let header = match reason {
            Some(r) => format!("terminated;reason={r}"),
            None => "terminated".to_string(),
        };
        self.send_notify(now, key, state, &header);
    }

    fn send_notify(&mut self, now: Now, key: &SubKey, state: Watched, subscription_state: &str) {
        let branch = self.ids.branch();
        let Some(transport) = self
            .subs
            .by_dialog
            .get(key)
            .map(|s| s.dialog.peer.transport)
        else {
            return;
        };
        let sent_by = self.sent_by(transport);
        let contact = self.contact("", transport);
        let user_agent = self.cfg.user_agent.clone();
        let Some(sub) = self.subs.by_dialog.get_mut(key) else {
            return;
        };
        sub.version += 1;
        sub.shown = Some(state);
        let mut w = sub.dialog.request("NOTIFY", &branch, &sent_by);
        match &sub.event_id {
            Some(id) => w.header("Event", format_args!("{};id={id}", sub.package.name())),
            None => w.header("Event", sub.package.name()),
        };
        w.header("Subscription-State", subscription_state)
            .header("Contact", contact)
            .header("User-Agent", user_agent);
        let body = body::render(
            sub.package,
            &sub.entity,
            &sub.presence_id,
            state,
            sub.version,
        );
        let bytes = w.finish(Some(sub.package.content_type()), body.as_bytes());
        let peer = sub.dialog.peer;
        if let Some(tx) = self.tx.send_request(now.mono, peer, bytes) {
            if let Some(old) = sub.notifying.replace(tx) {
                self.subs.notifies.remove(&old);
            }
            self.subs.notifies.insert(tx, key.clone());
        }
    }

    fn accept_subscribe(&mut self, now: Now, id: TxId, msg: &Message, tag: &str, expires: u32) {
        let transport = self.tx.server_peer(id).map(|p| p.transport);
        let contact = self.contact("", transport.unwrap_or(crate::transaction::Transport::Udp));
        let mut w = Writer::response_to(msg, 200, "OK", Some(tag));
        w.header("Expires", expires)
            .header("Contact", contact)
            .header("Allow-Events", ALLOW_EVENTS)
            .header("Server", &self.cfg.user_agent);
        let bytes = w.finish_empty();
        self.tx.respond(now.mono, id, 200, bytes);
    }

    fn respond_bad_event(&mut self, now: Now, id: TxId, msg: &Message) {
        let mut w = Writer::response_to(msg, 489, "Bad Event", Some(&self.ids.tag()));
        w.header("Allow-Events", ALLOW_EVENTS);
        let bytes = w.finish_empty();
        self.tx.respond(now.mono, id, 489, bytes);
    }
}
