//! The box's own registrations to SIP providers (`resources` gateways with
//! `"register": true`), and the calls that arrive on them. The runtime says which
//! registrations are wanted, with addresses it resolved off the engine's lock
//! ([`Engine::set_uplinks`]); each one is a [`client::RegClient`] driven by the engine's
//! `handle_timeout`, its REGISTERs sent in client transactions.

pub mod client;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};

use sha2::{Digest, Sha256};

use super::{Carrier, Engine, Now};
use crate::message::writer::Writer;
use crate::message::{HeaderName, Message, NameAddr};
use crate::transaction::{Millis, Peer, Transport, TxId};
use client::{RegClient, Send, Status, Wanted};

/// Most registrations the engine keeps (the runtime is told when it wants more).
pub const MAX_UPLINKS: usize = 1000;

/// `account/resource/gateway index`.
pub type UplinkKey = (String, String, usize);

fn key(w: &Wanted) -> UplinkKey {
    (w.account.clone(), w.resource_id.clone(), w.gateway)
}

/// The contact user the box registers for a gateway when the gateway names none: unique
/// to (account, resource, gateway), stable across restarts, and not one another account
/// can choose (its account id is part of it).
pub fn contact_token(account: &str, resource_id: &str, gateway: usize) -> String {
    let mut h = Sha256::new();
    h.update(format!("{account}/{resource_id}/{gateway}").as_bytes());
    let digest = h.finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("epx{hex}")
}

#[derive(Default)]
pub struct Uplinks {
    active: HashMap<UplinkKey, RegClient>,
    /// Registrations being undone (gateway deleted, disabled or changed).
    leaving: Vec<RegClient>,
    /// REGISTER transactions in flight: `(key, leaving)`.
    tx: HashMap<TxId, (UplinkKey, bool)>,
}

impl Uplinks {
    pub fn next_timeout(&self) -> Option<Millis> {
        self.active
            .values()
            .chain(self.leaving.iter())
            .filter_map(RegClient::next_timeout)
            .min()
    }
}

impl Engine {
    /// The registrations wanted now (the runtime calls this when resources or their
    /// addresses change). New ones start, changed ones are undone and started again, and
    /// ones no longer listed unregister.
    pub fn set_uplinks(&mut self, now: Now, wanted: Vec<Wanted>) {
        let mut wanted: HashMap<UplinkKey, Wanted> =
            wanted.into_iter().map(|w| (key(&w), w)).collect();
        let keys: Vec<UplinkKey> = self.uplinks.active.keys().cloned().collect();
        for k in keys {
            let keep = match wanted.get(&k) {
                Some(w) => self.uplinks.active[&k].wanted.same_except_addresses(w),
                None => false,
            };
            if keep {
                let w = wanted.remove(&k).expect("present");
                if let Some(c) = self.uplinks.active.get_mut(&k) {
                    c.set_addresses(&w, now.mono);
                }
            } else if let Some(mut c) = self.uplinks.active.remove(&k) {
                // Its REGISTER in flight now answers to the leaving client.
                for (tx_key, leaving) in self.uplinks.tx.values_mut() {
                    if *tx_key == k {
                        *leaving = true;
                    }
                }
                c.leave(now.mono);
                if !c.finished() {
                    self.uplinks.leaving.push(c);
                }
            }
        }
        for (k, w) in wanted {
            if self.uplinks.active.len() >= MAX_UPLINKS {
                tracing::warn!(
                    max = MAX_UPLINKS,
                    "too many provider registrations; the rest are not made"
                );
                break;
            }
            let c = RegClient::new(w, self.ids.call_id(), self.ids.tag(), now.mono);
            self.uplinks.active.insert(k, c);
        }
        self.uplink_timers(now);
        self.drain_tx();
    }

    /// The status of a gateway's registration, if it is one.
    pub fn uplink_status(
        &self,
        account: &str,
        resource_id: &str,
        gateway: usize,
    ) -> Option<Status> {
        self.uplinks
            .active
            .get(&(account.to_string(), resource_id.to_string(), gateway))
            .map(|c| c.status().clone())
    }

    /// Every registration's status (for the runtime's trunk-down alerts), in no order.
    pub fn uplink_statuses(&self) -> Vec<(UplinkKey, Status)> {
        self.uplinks
            .active
            .iter()
            .map(|(k, c)| (k.clone(), c.status().clone()))
            .collect()
    }

    /// The contact user the box registers for a gateway (what the provider calls).
    pub fn uplink_contact_user(
        &self,
        account: &str,
        resource_id: &str,
        gateway: usize,
    ) -> Option<String> {
        self.uplinks
            .active
            .get(&(account.to_string(), resource_id.to_string(), gateway))
            .map(|c| c.wanted.contact_user.clone())
    }

    /// Every registration registers again now (our Contact changed).
    pub(super) fn uplinks_register_again(&mut self, now: Now) {
        for c in self.uplinks.active.values_mut() {
            c.register_again(now.mono);
        }
        self.uplink_timers(now);
    }

    /// Sends the REGISTERs that are due.
    pub(super) fn uplink_timers(&mut self, now: Now) {
        let due: Vec<(UplinkKey, bool, Send)> = {
            let u = &mut self.uplinks;
            let active = u
                .active
                .iter_mut()
                .filter_map(|(k, c)| c.poll(now).map(|s| (k.clone(), false, s)));
            let leaving = u
                .leaving
                .iter_mut()
                .filter_map(|c| c.poll(now).map(|s| (key(&c.wanted), true, s)));
            active.chain(leaving).collect()
        };
        for (k, leaving, send) in due {
            self.send_register(now, k, leaving, send);
        }
        self.uplinks.leaving.retain(|c| !c.finished());
    }

    fn client_mut(&mut self, k: &UplinkKey, leaving: bool) -> Option<&mut RegClient> {
        if leaving {
            self.uplinks
                .leaving
                .iter_mut()
                .find(|c| key(&c.wanted) == *k)
        } else {
            self.uplinks.active.get_mut(k)
        }
    }

    fn send_register(&mut self, now: Now, k: UplinkKey, leaving: bool, send: Send) {
        let branch = self.ids.branch();
        let user_agent = self.cfg.user_agent.clone();
        let Some(transport) = self.client_mut(&k, leaving).map(|c| c.wanted.transport) else {
            return;
        };
        // A registration is always with a gateway: the outside address.
        let sent_by = self.sent_by_for(transport, true);
        let contact = self.contact_for("", transport, true);
        let Some(c) = self.client_mut(&k, leaving) else {
            return;
        };
        let w = &c.wanted;
        // `<sip:host:port;transport=x>` with the registration's contact user put in.
        let contact = contact.replacen("<sip:", &format!("<sip:{}@", w.contact_user), 1);
        let via = transport.via_name();
        let aor = format!("<sip:{}@{}>", w.username, w.aor_domain);
        let mut m = Writer::request("REGISTER", &w.registrar_uri);
        m.header(
            "Via",
            format_args!("SIP/2.0/{via} {sent_by};branch={branch};rport"),
        )
        .header("Max-Forwards", 70)
        .header("From", format_args!("{aor};tag={}", c.from_tag))
        .header("To", &aor)
        .header("Call-ID", &c.call_id)
        .header("CSeq", format_args!("{} REGISTER", send.cseq))
        .header("Contact", &contact)
        .header("Expires", send.expires)
        .header("User-Agent", &user_agent);
        if let Some((name, value)) = &send.authorization {
            m.header(name, value);
        }
        let peer = Peer {
            transport,
            addr: send.to,
            conn: 0,
        };
        match self.tx.send_request(now.mono, peer, m.finish_empty()) {
            Some(id) => {
                self.uplinks.tx.insert(id, (k, leaving));
            }
            None => {
                if let Some(c) = self.client_mut(&k, leaving) {
                    c.on_timeout(now);
                }
            }
        }
    }

    /// The runtime could not keep a connection it opened to `addr` over `transport` (refused,
    /// TLS certificate not accepted, closed by the peer, no keep-alive answer): what was in
    /// flight to it fails now with `reason` instead of waiting for its timer, so registrations
    /// show the reason and calls out fail over to the next gateway.
    pub fn transport_failed(
        &mut self,
        now: Now,
        transport: Transport,
        addr: SocketAddr,
        reason: &str,
    ) {
        self.survive(now, &"a failed connection", |e| {
            let failed = |c: &mut RegClient| {
                c.wanted.transport == transport && c.on_transport_error(now, addr, reason)
            };
            let mut hit: Vec<UplinkKey> = Vec::new();
            for (k, c) in e.uplinks.active.iter_mut() {
                if failed(c) {
                    hit.push(k.clone());
                }
            }
            for c in e.uplinks.leaving.iter_mut() {
                failed(c);
            }
            // Their transactions are over: forget them without a second failure.
            e.uplinks.tx.retain(|_, (k, _)| !hit.contains(k));
            e.uplinks.leaving.retain(|c| !c.finished());
            e.tx.transport_failed(transport, addr);
            e.run_timers(now);
        });
        self.drain_tx();
    }

    /// A response to one of our REGISTERs; false if it is not one.
    pub(super) fn uplink_response(&mut self, now: Now, id: TxId, msg: &Message) -> bool {
        let Some((k, leaving)) = self.uplinks.tx.get(&id).cloned() else {
            return false;
        };
        if msg.status().unwrap_or(0) < 200 {
            return true;
        }
        self.uplinks.tx.remove(&id);
        let cnonce = self.ids.tag();
        let again = self
            .client_mut(&k, leaving)
            .and_then(|c| c.on_response(now, msg, &cnonce));
        if let Some(send) = again {
            self.send_register(now, k, leaving, send);
        }
        self.uplinks.leaving.retain(|c| !c.finished());
        true
    }

    /// One of our REGISTERs got no answer; false if the transaction is not one of ours.
    pub(super) fn uplink_timeout(&mut self, now: Now, id: TxId) -> bool {
        let Some((k, leaving)) = self.uplinks.tx.remove(&id) else {
            return false;
        };
        if let Some(c) = self.client_mut(&k, leaving) {
            c.on_timeout(now);
        }
        self.uplinks.leaving.retain(|c| !c.finished());
        true
    }

    /// The gateway whose registration an INVITE arrives on: its Request-URI user is the
    /// contact user the box registered and it comes from one of that provider's addresses.
    /// Returns the carrier and the numbers it may be calling, most telling first.
    pub(super) fn uplink_for_invite(
        &self,
        ip: IpAddr,
        msg: &Message,
    ) -> Option<(Carrier, Vec<String>)> {
        let user = msg.uri()?.user_unescaped()?;
        let ip = ip.to_canonical();
        let mut matching = self.uplinks.active.values().filter(|c| {
            c.wanted.contact_user == user && c.wanted.sources.iter().any(|s| s.to_canonical() == ip)
        });
        let c = matching.next()?;
        if matching.next().is_some() {
            tracing::warn!(%ip, user, "an INVITE matches registrations of several gateways; refused as a registration call");
            return None;
        }
        let numbers = called_numbers(msg, &user);
        Some((
            Carrier {
                account: c.wanted.account.clone(),
                resource_id: c.wanted.resource_id.clone(),
            },
            numbers,
        ))
    }
}

/// The numbers a provider's INVITE on our registration may be calling:
/// `P-Called-Party-ID`, then the To header, then `Diversion` (all that name a user other
/// than our contact user). The first one the account routes is taken.
fn called_numbers(msg: &Message, contact_user: &str) -> Vec<String> {
    let user_of = |v: &str| {
        let first = v.split(',').next().unwrap_or(v);
        NameAddr::parse(first.trim())
            .ok()
            .and_then(|n| n.uri.user_unescaped())
    };
    let mut out: Vec<String> = Vec::new();
    let headers = [
        msg.header_named("P-Called-Party-ID"),
        msg.header(HeaderName::To),
        msg.header_named("Diversion"),
    ];
    for user in headers.into_iter().flatten().filter_map(user_of) {
        if !user.is_empty() && user != contact_user && !out.contains(&user) {
            out.push(user);
        }
    }
    out
}
