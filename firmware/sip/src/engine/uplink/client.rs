//! One outbound registration of the box to a provider (a `resources` gateway with
//! `"register": true`), as a sans-IO state machine: it says when to send which REGISTER and
//! learns from the answers; the time is always an input. Digest answers come from
//! [`crate::auth`], as for a carrier's challenge to our INVITE.

use std::net::{IpAddr, SocketAddr};

use crate::auth::{ClientAuth, authorization, parse_challenge};
use crate::engine::Now;
use crate::message::{HeaderName, Message};
use crate::transaction::{Millis, Transport};

/// First retry after a failure; doubles on each failure in a row, up to [`BACKOFF_MAX_MS`].
pub const BACKOFF_MIN_MS: Millis = 30_000;
pub const BACKOFF_MAX_MS: Millis = 600_000;
/// A registration refreshes at half the granted time, but no earlier than this before the
/// end (a 3600 s registration refreshes after 3480 s).
pub const REFRESH_MARGIN_SECS: u32 = 120;
/// Longest expiry a registrar's `Min-Expires` may push us to.
const MAX_EXPIRES: u32 = 86_400;
/// Retry when the gateway's host name has no address yet (no network is used).
const UNRESOLVED_RETRY_MS: Millis = 5_000;

/// What a registration is, as the account's gateway says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub account: String,
    pub resource_id: String,
    /// Index of the gateway in the resource's `gateways`.
    pub gateway: usize,
    /// The registrar's Request-URI, e.g. `sip:sip.provider.example`.
    pub registrar_uri: String,
    /// The domain of our address of record (From/To).
    pub aor_domain: String,
    /// The user of our address of record (the number).
    pub username: String,
    pub auth_username: String,
    pub password: String,
    /// The user part of the Contact we register: INVITEs to it are this gateway's.
    pub contact_user: String,
    pub expires: u32,
    /// The transport of the REGISTERs (and so of the calls the provider sends on them).
    pub transport: Transport,
    /// Where REGISTERs go, in failover order (the outbound proxy's or the server's
    /// addresses). Empty: its host name is not resolved yet.
    pub targets: Vec<SocketAddr>,
    /// Addresses INVITEs on this registration may come from (the server's and the proxy's).
    pub sources: Vec<IpAddr>,
}

impl Wanted {
    /// The same registration, possibly with other addresses (DNS moved).
    pub fn same_except_addresses(&self, other: &Wanted) -> bool {
        Wanted {
            targets: Vec::new(),
            sources: Vec::new(),
            ..self.clone()
        } == Wanted {
            targets: Vec::new(),
            sources: Vec::new(),
            ..other.clone()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Trying,
    Registered,
    Failed,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Trying => "trying",
            State::Registered => "registered",
            State::Failed => "failed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub state: State,
    /// Wall-clock second the current registration runs out, if registered.
    pub expires_unix: Option<u64>,
    pub last_error: Option<(u16, String)>,
    pub last_attempt_unix: Option<u64>,
    /// Since when the trunk has been failing (None while registered or on first try).
    pub down_since_unix: Option<u64>,
    /// The address the last REGISTER went to.
    pub server: Option<SocketAddr>,
}

/// A REGISTER to send now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Send {
    pub to: SocketAddr,
    pub cseq: u32,
    pub expires: u32,
    /// `(header name, value)`: `Authorization` or `Proxy-Authorization`.
    pub authorization: Option<(&'static str, String)>,
}

pub struct RegClient {
    pub wanted: Wanted,
    pub call_id: String,
    pub from_tag: String,
    cseq: u32,
    /// Index into `wanted.targets` of the server in use.
    server: usize,
    /// Servers tried in this round of failover.
    tried: usize,
    auth_tried: bool,
    expires_asked: u32,
    failures: u32,
    in_flight: bool,
    next_at: Option<Millis>,
    registered_until: Option<Millis>,
    leaving: bool,
    finished: bool,
    /// The Expires of the REGISTER in flight (0: an unregistration).
    sent_expires: u32,
    status: Status,
}

impl RegClient {
    pub fn new(wanted: Wanted, call_id: String, from_tag: String, now: Millis) -> RegClient {
        RegClient {
            expires_asked: wanted.expires,
            wanted,
            call_id,
            from_tag,
            cseq: 0,
            server: 0,
            tried: 0,
            auth_tried: false,
            failures: 0,
            in_flight: false,
            next_at: Some(now),
            registered_until: None,
            leaving: false,
            finished: false,
            sent_expires: 0,
            status: Status {
                state: State::Trying,
                expires_unix: None,
                last_error: None,
                last_attempt_unix: None,
                down_since_unix: None,
                server: None,
            },
        }
    }

    pub fn status(&self) -> &Status {
        &self.status
    }

    /// An unregistration is done (or there was nothing to undo): drop the client.
    pub fn finished(&self) -> bool {
        self.finished
    }

    /// When [`RegClient::poll`] next has something to send.
    pub fn next_timeout(&self) -> Option<Millis> {
        if self.in_flight || self.finished {
            None
        } else {
            self.next_at
        }
    }

    /// New addresses for the same registration (DNS answered, or moved).
    pub fn set_addresses(&mut self, wanted: &Wanted, now: Millis) {
        let was_empty = self.wanted.targets.is_empty();
        self.wanted.targets = wanted.targets.clone();
        self.wanted.sources = wanted.sources.clone();
        if self.server >= self.wanted.targets.len() {
            self.server = 0;
        }
        if was_empty && !self.wanted.targets.is_empty() && !self.in_flight {
            self.next_at = Some(now);
        }
    }

    /// Our Contact changed (a new outside address): register it now, unless a REGISTER
    /// is in flight or the registration is being undone.
    pub fn register_again(&mut self, now: Millis) {
        if !self.in_flight && !self.leaving && !self.finished {
            self.next_at = Some(now);
        }
    }

    /// The gateway is gone or disabled: unregister (`Expires: 0`) if registered.
    pub fn leave(&mut self, now: Millis) {
        self.leaving = true;
        let registered = self.registered_until.is_some_and(|t| t > now);
        if !registered && !self.in_flight {
            self.finished = true;
        } else if !self.in_flight {
            self.next_at = Some(now);
        }
    }

    /// The REGISTER due now, if any.
    pub fn poll(&mut self, now: Now) -> Option<Send> {
        if self.in_flight || self.finished || self.next_at.is_none_or(|t| t > now.mono) {
            return None;
        }
        self.next_at = None;
        self.auth_tried = false;
        self.status.last_attempt_unix = Some(now.unix);
        let Some(&to) = self.wanted.targets.get(self.server) else {
            if self.leaving {
                self.finished = true;
                return None;
            }
            self.status.state = State::Failed;
            self.status.last_error = Some((0, "server address not resolved".into()));
            // A name that does not resolve is a trunk down like any refusal (the alert).
            self.status.down_since_unix.get_or_insert(now.unix);
            self.next_at = Some(now.mono + UNRESOLVED_RETRY_MS);
            return None;
        };
        Some(self.send(to, None))
    }

    fn send(&mut self, to: SocketAddr, authorization: Option<(&'static str, String)>) -> Send {
        self.cseq += 1;
        self.in_flight = true;
        self.status.server = Some(to);
        self.sent_expires = if self.leaving { 0 } else { self.expires_asked };
        Send {
            to,
            cseq: self.cseq,
            expires: self.sent_expires,
            authorization,
        }
    }

    /// A final answer to our REGISTER (provisional ones are ignored). Returns the REGISTER
    /// to send at once, if the answer asks for one (a challenge, `Min-Expires`).
    pub fn on_response(&mut self, now: Now, msg: &Message, cnonce: &str) -> Option<Send> {
        let code = msg.status().unwrap_or(500);
        if code < 200 || !self.in_flight {
            return None;
        }
        self.in_flight = false;
        let to = self.status.server?;
        match code {
            200..=299 => self.registered(now, msg),
            401 | 407 => {
                let (challenge, answer) = if code == 407 {
                    (HeaderName::ProxyAuthenticate, "Proxy-Authorization")
                } else {
                    (HeaderName::WwwAuthenticate, "Authorization")
                };
                let challenge = msg.header_values(challenge).find_map(parse_challenge);
                let stale = msg
                    .header_values(HeaderName::WwwAuthenticate)
                    .chain(msg.header_values(HeaderName::ProxyAuthenticate))
                    .any(|v| v.to_ascii_lowercase().contains("stale=true"));
                match challenge {
                    Some(c) if !self.auth_tried || stale => {
                        self.auth_tried = true;
                        let value = authorization(&ClientAuth {
                            realm: &c.realm,
                            nonce: &c.nonce,
                            algorithm: &c.algorithm,
                            username: &self.wanted.auth_username,
                            password: &self.wanted.password,
                            method: "REGISTER",
                            uri: &self.wanted.registrar_uri,
                            cnonce,
                            qop: c.qop_auth,
                        });
                        return Some(self.send(to, Some((answer, value))));
                    }
                    _ => self.failed(now, code, msg.reason()),
                }
            }
            423 => {
                let min = msg
                    .header(HeaderName::MinExpires)
                    .and_then(|v| v.trim().parse::<u32>().ok());
                match min {
                    Some(min) if min > self.expires_asked && min <= MAX_EXPIRES => {
                        self.expires_asked = min;
                        self.auth_tried = false;
                        return Some(self.send(to, None));
                    }
                    _ => self.failed(now, code, msg.reason()),
                }
            }
            _ => self.failed(now, code, msg.reason()),
        }
        None
    }

    /// Our REGISTER got no answer (the transaction timed out).
    pub fn on_timeout(&mut self, now: Now) {
        if self.in_flight {
            self.in_flight = false;
            self.failed(now, 408, "Request Timeout (no answer)");
        }
    }

    /// The connection to `to` failed (refused, TLS certificate not accepted, closed): the
    /// REGISTER in flight to it fails with the runtime's reason (as 503, RFC 3261 §8.1.3.1),
    /// and a registration that lived on that connection is made again at once (RFC 5626
    /// §4.4.1: a flow that fails is replaced), through the usual backoff if that fails.
    /// Returns true if the client was affected.
    pub fn on_transport_error(&mut self, now: Now, to: SocketAddr, reason: &str) -> bool {
        if self.status.server != Some(to) || self.finished {
            return false;
        }
        if self.in_flight {
            self.in_flight = false;
            self.failed(now, 503, reason);
            return true;
        }
        if self.registered_until.is_some_and(|t| t > now.mono) && !self.leaving {
            tracing::info!(account = %self.wanted.account, resource = %self.wanted.resource_id,
                gateway = self.wanted.gateway, reason, "the connection of a registration closed; registering again");
            self.next_at = Some(now.mono);
            return true;
        }
        false
    }

    fn registered(&mut self, now: Now, msg: &Message) {
        if self.leaving {
            if self.sent_expires == 0 {
                self.finished = true;
            } else {
                // A registration that was on its way when the gateway went: undo it now.
                self.registered_until = Some(now.mono + 1);
                self.next_at = Some(now.mono);
            }
            return;
        }
        let granted = self.granted(msg);
        if granted == 0 {
            return self.failed(now, 200, "registrar granted no time");
        }
        self.failures = 0;
        self.tried = 0;
        self.registered_until = Some(now.mono + u64::from(granted) * 1000);
        let refresh = (granted / 2).max(granted.saturating_sub(REFRESH_MARGIN_SECS));
        self.next_at = Some(now.mono + u64::from(refresh) * 1000);
        if self.status.state != State::Registered {
            tracing::info!(account = %self.wanted.account, resource = %self.wanted.resource_id,
                gateway = self.wanted.gateway, granted, "registered to the provider");
        }
        self.status.state = State::Registered;
        self.status.expires_unix = Some(now.unix + u64::from(granted));
        self.status.down_since_unix = None;
    }

    /// The expiry the registrar granted our contact: its `expires` parameter, else the
    /// `Expires` header, else what we asked.
    fn granted(&self, msg: &Message) -> u32 {
        let ours = msg
            .contacts()
            .find(|c| c.uri.user_unescaped().as_deref() == Some(self.wanted.contact_user.as_str()));
        ours.and_then(|c| c.param("expires"))
            .and_then(|e| e.trim().parse().ok())
            .or(msg.expires())
            .unwrap_or(self.expires_asked)
    }

    fn failed(&mut self, now: Now, code: u16, reason: &str) {
        self.status.last_error = Some((code, reason.to_string()));
        if self.leaving {
            self.finished = true;
            return;
        }
        if self.registered_until.is_none_or(|t| t <= now.mono) {
            self.status.state = State::Failed;
            self.status.expires_unix = None;
        }
        self.status.down_since_unix.get_or_insert(now.unix);
        // Fail over to the next server at once, once per round.
        if self.tried + 1 < self.wanted.targets.len() {
            self.tried += 1;
            self.server = (self.server + 1) % self.wanted.targets.len();
            self.next_at = Some(now.mono);
            return;
        }
        self.tried = 0;
        self.server = 0;
        self.failures = self.failures.saturating_add(1);
        let delay = BACKOFF_MIN_MS
            .saturating_mul(1 << self.failures.saturating_sub(1).min(10))
            .min(BACKOFF_MAX_MS);
        self.next_at = Some(now.mono + delay);
        tracing::warn!(
            alert = "trunk_down",
            account = %self.wanted.account,
            resource = %self.wanted.resource_id,
            gateway = self.wanted.gateway,
            code,
            reason,
            retry_in_secs = delay / 1000,
            down_since_unix = ?self.status.down_since_unix,
            "outbound registration to the provider failed"
        );
    }
}

#[cfg(test)]
mod tests;
