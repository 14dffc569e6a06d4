//! REGISTER handling and the digest challenge shared with INVITE.

use super::registrar::{Aor, ContactRequest, Update};
use super::{DeviceAuth, Engine, Now};
use crate::auth::{Credentials, Request, Verdict};
use crate::message::writer::Writer;
use crate::message::{HeaderName, Message};
use crate::transaction::{Peer, TxId};

impl Engine {
    /// True when a request domain names this box (an address literal, or a configured name).
    fn is_local_domain(&self, host: &str) -> bool {
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        bare.parse::<std::net::IpAddr>().is_ok()
            || self
                .cfg
                .local_names
                .iter()
                .any(|n| n.eq_ignore_ascii_case(bare))
    }

    /// Authenticates a REGISTER or INVITE. Answers the request itself (challenge or
    /// refusal) and returns None unless the credentials are good.
    pub(super) fn authenticate(
        &mut self,
        now: Now,
        id: TxId,
        peer: Peer,
        msg: &Message,
    ) -> Option<DeviceAuth> {
        let ip = peer.addr.ip();
        let host = msg.uri().map(|u| u.host.to_string()).unwrap_or_default();
        let local = self.is_local_domain(&host);
        let Some(account) = self.dir.account_for_domain(&host, local) else {
            self.guard.failure(ip, now.unix);
            self.respond(now, id, msg, 404, Some("Unknown Domain"));
            return None;
        };
        let creds = msg
            .header_values(HeaderName::Authorization)
            .chain(msg.header_values(HeaderName::ProxyAuthorization))
            .filter_map(|v| Credentials::parse(v).ok())
            .find(|c| c.realm.eq_ignore_ascii_case(&account.realm));
        let Some(creds) = creds else {
            self.challenge(now, id, msg, &account.realm, false);
            self.guard.challenged(ip, now.unix);
            return None;
        };
        let device = self.dir.device_by_username(&account.id, &creds.username);
        // Verify even for unknown users, against a dummy password, so timing does not tell
        // which user names exist.
        let password = device
            .as_ref()
            .map_or("\u{1}unknown", |d| d.password.as_str());
        let req = Request {
            method: msg.method_str(),
            uri: msg.uri_str(),
            realm: &account.realm,
            password,
        };
        match self.auth.verify(&req, &creds, now.unix) {
            Verdict::Ok if device.is_some() => {}
            Verdict::Stale if device.is_some() => {
                self.challenge(now, id, msg, &account.realm, true);
                return None;
            }
            // A nonce (and count) used before: a phone reusing one, or a replay from
            // elsewhere. Either way a fresh challenge, which only the password answers.
            Verdict::Replayed if device.is_some() => {
                tracing::info!(%ip, user = %creds.username, method = msg.method_str(), "sip digest nonce reused; challenged again");
                self.challenge(now, id, msg, &account.realm, true);
                self.guard.challenged(ip, now.unix);
                return None;
            }
            Verdict::Bad(reason) => {
                tracing::info!(%ip, user = %creds.username, method = msg.method_str(), reason, "sip authentication refused");
                self.guard.failure(ip, now.unix);
                self.respond(now, id, msg, 400, Some(reason));
                return None;
            }
            _ => {
                tracing::info!(%ip, user = %creds.username, method = msg.method_str(), "sip authentication failed");
                self.guard.failure(ip, now.unix);
                self.respond(now, id, msg, 403, Some("Forbidden"));
                return None;
            }
        }
        self.guard.success(ip);
        let device = device.expect("checked above");
        if !device.enabled {
            self.respond(now, id, msg, 403, Some("Device Disabled"));
            return None;
        }
        Some(device)
    }

    /// A 401 challenge, for INVITE too: we are the called UAS (a B2BUA), not a proxy, so
    /// 401/WWW-Authenticate is right (RFC 3261 §22.2); it is also what Asterisk sends and
    /// what the benchmark scenarios expect.
    fn challenge(&mut self, now: Now, id: TxId, msg: &Message, realm: &str, stale: bool) {
        let mut w = Writer::response_to(msg, 401, "Unauthorized", Some(&self.ids.tag()));
        for c in self
            .auth
            .challenges(realm, now.unix, stale, &self.cfg.digest_algorithms)
        {
            w.header("WWW-Authenticate", c);
        }
        w.header("Server", &self.cfg.user_agent);
        let bytes = w.finish_empty();
        self.tx.respond(now.mono, id, 401, bytes);
    }

    pub(super) fn on_register(&mut self, now: Now, id: TxId, peer: Peer, msg: &Message) {
        let Some(device) = self.authenticate(now, id, peer, msg) else {
            return;
        };
        let aor = Aor {
            account: device.account.clone(),
            device_id: device.device_id.clone(),
        };
        let header_expires = msg.expires();
        let values: Vec<&str> = msg.list(HeaderName::Contact).collect();
        if values.iter().any(|v| v.trim() == "*") {
            if values.len() != 1 || header_expires != Some(0) {
                return self.respond(now, id, msg, 400, Some("Invalid Wildcard Contact"));
            }
            self.registrar.unregister_all(&aor);
            return self.register_ok(now, id, msg, &[]);
        }
        let mut contacts = Vec::with_capacity(values.len());
        for c in msg.contacts() {
            let expires = match c.param("expires") {
                Some(e) => match e.parse::<u32>() {
                    Ok(v) => Some(v),
                    Err(_) => {
                        return self.respond(now, id, msg, 400, Some("Malformed Contact Expires"));
                    }
                },
                None => None,
            };
            contacts.push(ContactRequest {
                uri: c.uri_text.to_string(),
                expires,
            });
        }
        if contacts.is_empty() {
            // A query: list the current bindings.
            let current = self.registrar.contacts(&aor, now.mono);
            return self.register_ok(now, id, msg, &current);
        }
        let cseq = msg.cseq().map_or(0, |c| c.number);
        let user_agent = msg.header(HeaderName::UserAgent).unwrap_or("");
        match self.registrar.register(
            aor,
            &contacts,
            header_expires,
            self.cfg.expiry,
            peer,
            msg.call_id(),
            cseq,
            user_agent,
            now.mono,
            self.cfg.keepalive_ms,
        ) {
            Update::Ok(bindings) => self.register_ok(now, id, msg, &bindings),
            Update::TooBrief => self.respond_interval_too_brief(now, id, msg, self.cfg.expiry.min),
            Update::OutOfOrder => self.respond(now, id, msg, 500, Some("Out Of Order REGISTER")),
            Update::TooMany => self.respond(now, id, msg, 403, Some("Too Many Contacts")),
        }
    }

    fn register_ok(
        &mut self,
        now: Now,
        id: TxId,
        msg: &Message,
        bindings: &[super::registrar::Binding],
    ) {
        let mut w = Writer::response_to(msg, 200, "OK", Some(&self.ids.tag()));
        for b in bindings {
            let left = b.expires_at.saturating_sub(now.mono).div_ceil(1000);
            w.header("Contact", format_args!("<{}>;expires={left}", b.contact));
        }
        w.header("Server", &self.cfg.user_agent);
        let bytes = w.finish_empty();
        self.tx.respond(now.mono, id, 200, bytes);
    }
}
