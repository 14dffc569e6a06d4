//! Registrations: contacts per device, in RAM. Each binding remembers the flow the
//! REGISTER came in on (source address, transport, connection), because that is where a
//! phone behind NAT can be reached, whatever its Contact says.

use std::collections::HashMap;

use crate::transaction::{Millis, Peer, Transport};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub contact: String,
    pub peer: Peer,
    pub expires_at: Millis,
    pub call_id: String,
    pub cseq: u32,
    pub user_agent: String,
    /// The Contact address differs from the packet source: keep the NAT pinhole open.
    pub natted: bool,
    pub next_keepalive: Millis,
    /// When the REGISTER that set this binding arrived.
    pub registered_at: Millis,
    /// The time between this binding's last two REGISTERs: its phone's refresh period.
    pub period: Option<Millis>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Aor {
    pub account: String,
    pub device_id: String,
}

/// Registration limits (seconds).
#[derive(Clone, Copy, Debug)]
pub struct ExpiryLimits {
    pub min: u32,
    pub max: u32,
    pub default: u32,
}

impl Default for ExpiryLimits {
    fn default() -> ExpiryLimits {
        ExpiryLimits {
            min: 60,
            max: 3600,
            default: 3600,
        }
    }
}

/// Most contacts one device may register (phones register one; softphones on several
/// machines share credentials).
pub const MAX_CONTACTS_PER_DEVICE: usize = 10;

#[derive(Default)]
pub struct Registrar {
    bindings: HashMap<Aor, Vec<Binding>>,
    /// Grows with every change to the bindings that a snapshot must hold soon (the crash
    /// snapshot writes when it moved): a binding added, removed, moved or re-timed.
    version: u64,
    /// Grows with every refresh on the phone's usual schedule: a snapshot need not hold it
    /// soon, since [`expected_expiry`] predicts it after a restart.
    refreshes: u64,
}

pub enum Update {
    /// The bindings now in place (for the 200 OK).
    Ok(Vec<Binding>),
    /// Expiry below the minimum: 423 with Min-Expires.
    TooBrief,
    /// An older CSeq for the same Call-ID: a reordered REGISTER, refuse it (RFC 3261 §10.3).
    OutOfOrder,
    TooMany,
}

/// One Contact of a REGISTER, already read.
pub struct ContactRequest {
    pub uri: String,
    pub expires: Option<u32>,
}

impl Registrar {
    pub fn contacts(&self, aor: &Aor, now: Millis) -> Vec<Binding> {
        self.bindings
            .get(aor)
            .map(|v| v.iter().filter(|b| b.expires_at > now).cloned().collect())
            .unwrap_or_default()
    }

    pub fn is_registered(&self, account: &str, device_id: &str, now: Millis) -> bool {
        let aor = Aor {
            account: account.into(),
            device_id: device_id.into(),
        };
        self.bindings
            .get(&aor)
            .is_some_and(|v| v.iter().any(|b| b.expires_at > now))
    }

    /// A number that changes whenever a binding is added, refreshed or removed.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// A number that changes whenever a binding is refreshed on its usual schedule.
    pub fn refreshes(&self) -> u64 {
        self.refreshes
    }

    pub fn count(&self) -> usize {
        self.bindings.values().map(Vec::len).sum()
    }

    #[allow(clippy::too_many_arguments)]
    pub fn register(
        &mut self,
        aor: Aor,
        contacts: &[ContactRequest],
        header_expires: Option<u32>,
        limits: ExpiryLimits,
        peer: Peer,
        call_id: &str,
        cseq: u32,
        user_agent: &str,
        now: Millis,
        keepalive_ms: Millis,
    ) -> Update {
        let list = self.bindings.entry(aor.clone()).or_default();
        let before = list.len();
        list.retain(|b| b.expires_at > now);
        if list.len() != before {
            self.version += 1;
        }
        for c in contacts {
            let expires = c.expires.or(header_expires).unwrap_or(limits.default);
            if expires != 0 && expires < limits.min {
                return Update::TooBrief;
            }
            if let Some(b) = list.iter().find(|b| same_contact(&b.contact, &c.uri))
                && b.call_id == call_id
                && cseq <= b.cseq
            {
                return Update::OutOfOrder;
            }
        }
        let mut changed = false;
        for c in contacts {
            let expires = c
                .expires
                .or(header_expires)
                .unwrap_or(limits.default)
                .min(limits.max);
            let old = list
                .iter()
                .position(|b| same_contact(&b.contact, &c.uri))
                .map(|i| list.remove(i));
            if expires == 0 {
                changed = true;
                continue;
            }
            let granted = u64::from(expires) * 1000;
            let period = old.as_ref().map(|o| now.saturating_sub(o.registered_at));
            changed |= !old
                .as_ref()
                .is_some_and(|o| is_refresh(o, &peer, granted, now));
            if list.len() >= MAX_CONTACTS_PER_DEVICE {
                // Drop the oldest binding to make room, as most registrars do.
                list.sort_by_key(|b| b.expires_at);
                list.remove(0);
            }
            let natted = contact_is_natted(&c.uri, &peer);
            let mut old = old;
            list.push(Binding {
                contact: kept(&mut old, |b| &mut b.contact, &c.uri),
                peer,
                expires_at: now + granted,
                call_id: kept(&mut old, |b| &mut b.call_id, call_id),
                cseq,
                user_agent: kept(
                    &mut old,
                    |b| &mut b.user_agent,
                    first_chars(user_agent, 128),
                ),
                natted,
                next_keepalive: now + keepalive_ms,
                registered_at: now,
                period,
            });
        }
        if changed {
            self.version += 1;
        } else if !contacts.is_empty() {
            self.refreshes += 1;
        }
        let result = list.clone();
        if list.is_empty() {
            self.bindings.remove(&aor);
        }
        if result.len() > MAX_CONTACTS_PER_DEVICE {
            return Update::TooMany;
        }
        Update::Ok(result)
    }

    pub fn unregister_all(&mut self, aor: &Aor) {
        self.version += 1;
        self.bindings.remove(aor);
    }

    /// Drops bindings that expired, and those riding on a closed connection.
    pub fn expire(&mut self, now: Millis, closed_conn: Option<u64>) {
        let before = self.count();
        self.bindings.retain(|_, list| {
            list.retain(|b| {
                b.expires_at > now && Some(b.peer.conn) != closed_conn.filter(|c| *c != 0)
            });
            !list.is_empty()
        });
        if self.count() != before {
            self.version += 1;
        }
    }

    /// NATed UDP bindings whose keep-alive is due; their next one is scheduled.
    pub fn due_keepalives(&mut self, now: Millis, interval: Millis) -> Vec<(Aor, Binding)> {
        let mut due = Vec::new();
        for (aor, list) in &mut self.bindings {
            for b in list.iter_mut() {
                if b.natted && b.peer.transport == Transport::Udp && b.next_keepalive <= now {
                    b.next_keepalive = now + interval;
                    due.push((aor.clone(), b.clone()));
                }
            }
        }
        due
    }

    pub fn all(&self) -> impl Iterator<Item = (&Aor, &Binding)> {
        self.bindings
            .iter()
            .flat_map(|(a, l)| l.iter().map(move |b| (a, b)))
    }

    /// Gives back the table's slots after many devices went (see [`crate::compact`]).
    pub fn compact(&mut self) -> bool {
        crate::compact::Compact::compact(&mut self.bindings)
    }

    pub fn capacity(&self) -> usize {
        self.bindings.capacity()
    }

    /// Restores a binding from a snapshot.
    pub fn insert(&mut self, aor: Aor, binding: Binding) {
        self.version += 1;
        self.bindings.entry(aor).or_default().push(binding);
    }
}

/// `text` for the new binding: the old binding's own string when it is the same. A refresh
/// then allocates nothing that outlives it: after a burst of refreshes the bindings' strings
/// are not left scattered over the heap the burst grew, each keeping a page resident after
/// the burst's memory is handed back.
fn kept(old: &mut Option<Binding>, field: fn(&mut Binding) -> &mut String, text: &str) -> String {
    match old.as_mut().map(field) {
        Some(s) if s == text => std::mem::take(s),
        _ => text.to_string(),
    }
}

/// At most the first `n` characters of `text`.
fn first_chars(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or(text, |(i, _)| &text[..i])
}

/// How far apart two refresh periods may be and still be the same schedule (timer jitter).
fn slack(period: Millis) -> Millis {
    (period / 10).max(2_000)
}

/// Whether a REGISTER at `now` renewing `old` is a refresh a restart can do without: from the
/// same source for the same time, and either on the phone's schedule (the period it showed
/// before, which [`expected_expiry`] counts in) or well inside what `old` granted (which
/// then still covers the phone until its next refresh).
fn is_refresh(old: &Binding, peer: &Peer, granted: Millis, now: Millis) -> bool {
    let period = now.saturating_sub(old.registered_at);
    let on_schedule = old.period.is_some_and(|p| p.abs_diff(period) <= slack(p));
    let covered = old.expires_at >= now + period + slack(period);
    old.peer == *peer
        && old.expires_at.saturating_sub(old.registered_at) == granted
        && (on_schedule || covered)
}

/// The expiry a binding has after a restart at `now`, from what a snapshot holds of it: set
/// at `registered` until `expires`, its phone refreshing every `period` (any one unit). A
/// phone that went on refreshing on its schedule holds a binding from its last refresh
/// before `now`, which the snapshot need not have written; one that went away meanwhile is
/// kept that much longer (the snapshot's refresh-only writes bound how much).
pub fn expected_expiry(registered: u64, expires: u64, period: Option<u64>, now: u64) -> u64 {
    let granted = expires.saturating_sub(registered);
    match period {
        Some(p) if p > 0 && p < granted && now > registered => {
            registered + (now - registered) / p * p + granted
        }
        _ => expires,
    }
}

/// Contacts are the same binding when their URIs match ignoring case of scheme and host
/// (a simplification of RFC 3261 §19.1.4 that is right for what phones send).
fn same_contact(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

fn contact_is_natted(uri: &str, peer: &Peer) -> bool {
    let Ok(u) = crate::message::Uri::parse(uri) else {
        return true;
    };
    let port = u.port.unwrap_or(if peer.transport == Transport::Tls {
        5061
    } else {
        5060
    });
    u.host_bare().parse::<std::net::IpAddr>().ok() != Some(peer.addr.ip())
        || port != peer.addr.port()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn peer() -> Peer {
        Peer {
            transport: Transport::Udp,
            addr: "203.0.113.5:40000".parse().unwrap(),
            conn: 0,
        }
    }

    fn aor() -> Aor {
        Aor {
            account: "a".into(),
            device_id: "d".into(),
        }
    }

    fn reg(r: &mut Registrar, uri: &str, expires: Option<u32>, cseq: u32, now: Millis) -> Update {
        r.register(
            aor(),
            &[ContactRequest {
                uri: uri.into(),
                expires,
            }],
            None,
            ExpiryLimits::default(),
            peer(),
            "cid",
            cseq,
            "ua",
            now,
            30_000,
        )
    }

    #[test]
    fn register_refresh_expire_unregister() {
        let mut r = Registrar::default();
        let Update::Ok(b) = reg(&mut r, "sip:100@192.168.1.5:5060", Some(120), 1, 0) else {
            panic!()
        };
        assert_eq!(b.len(), 1);
        assert!(b[0].natted, "private contact behind a public source");
        assert!(r.is_registered("a", "d", 119_000));
        assert!(!r.is_registered("a", "d", 120_000));
        assert!(matches!(
            reg(&mut r, "sip:100@192.168.1.5:5060", Some(30), 2, 0),
            Update::TooBrief
        ));
        assert!(matches!(
            reg(&mut r, "sip:100@192.168.1.5:5060", Some(120), 1, 0),
            Update::OutOfOrder
        ));
        let Update::Ok(b) = reg(&mut r, "sip:100@192.168.1.6:5060", Some(99999), 3, 0) else {
            panic!()
        };
        assert_eq!(b.len(), 2);
        assert_eq!(b[1].expires_at, 3_600_000, "clamped to max");
        let Update::Ok(b) = reg(&mut r, "sip:100@192.168.1.5:5060", Some(0), 4, 0) else {
            panic!()
        };
        assert_eq!(b.len(), 1);
        assert_eq!(r.due_keepalives(30_000, 30_000).len(), 1);
        assert_eq!(r.due_keepalives(30_001, 30_000).len(), 0);
        r.expire(4_000_000, None);
        assert_eq!(r.count(), 0);
    }

    #[test]
    fn a_refresh_keeps_the_bindings_own_strings() {
        let mut r = Registrar::default();
        let uri = "sip:100@192.168.1.5:5060";
        reg(&mut r, uri, Some(120), 1, 0);
        let strings = |r: &Registrar| {
            let (_, b) = r.all().next().unwrap();
            (
                b.contact.as_ptr(),
                b.call_id.as_ptr(),
                b.user_agent.as_ptr(),
            )
        };
        let before = strings(&r);
        reg(&mut r, uri, Some(120), 2, 60_000);
        assert_eq!(strings(&r), before, "nothing reallocated by a refresh");
        let (_, b) = r.all().next().unwrap();
        assert_eq!((b.contact.as_str(), b.cseq), (uri, 2));
        // A new Call-ID (the phone restarted) is taken as sent.
        let update = r.register(
            aor(),
            &[ContactRequest {
                uri: uri.into(),
                expires: Some(120),
            }],
            None,
            ExpiryLimits::default(),
            peer(),
            "another",
            1,
            &"é".repeat(200),
            70_000,
            30_000,
        );
        let Update::Ok(b) = update else { panic!() };
        assert_eq!(b[0].call_id, "another");
        assert_eq!(
            b[0].user_agent.chars().count(),
            128,
            "the User-Agent is cut"
        );
    }

    #[test]
    fn the_version_moves_with_changes_only() {
        let mut r = Registrar::default();
        let v0 = r.version();
        assert!(matches!(
            reg(&mut r, "sip:100@192.168.1.5:5060", Some(30), 1, 0),
            Update::TooBrief
        ));
        assert_eq!(r.version(), v0, "a refused REGISTER changes nothing");
        assert!(matches!(
            reg(&mut r, "sip:100@192.168.1.5:5060", Some(120), 1, 0),
            Update::Ok(_)
        ));
        let v1 = r.version();
        assert_ne!(v1, v0);
        let query = r.register(
            aor(),
            &[],
            None,
            ExpiryLimits::default(),
            peer(),
            "cid",
            2,
            "ua",
            1_000,
            30_000,
        );
        assert!(matches!(query, Update::Ok(b) if b.len() == 1));
        assert_eq!(r.version(), v1, "a query (no Contact) changes nothing");
        r.due_keepalives(30_000, 30_000);
        r.expire(60_000, None);
        assert_eq!(
            r.version(),
            v1,
            "keep-alives and nothing expiring change nothing"
        );
        r.expire(120_000, None);
        assert_ne!(r.version(), v1, "an expiry is a change");
    }

    #[test]
    fn refreshes_on_schedule_are_told_apart_from_changes() {
        let mut r = Registrar::default();
        let uri = "sip:100@192.168.1.5:5060";
        reg(&mut r, uri, Some(120), 1, 0);
        let (v, f) = (r.version(), r.refreshes());
        // The second REGISTER shows the phone's period; 120 s from the first would not
        // cover it until its third: a change.
        reg(&mut r, uri, Some(120), 2, 60_000);
        assert_eq!((r.version(), r.refreshes()), (v + 1, f));
        // On the same schedule (give or take timer jitter): refreshes.
        reg(&mut r, uri, Some(120), 3, 120_500);
        reg(&mut r, uri, Some(120), 4, 180_000);
        assert_eq!((r.version(), r.refreshes()), (v + 1, f + 2));
        // A slower schedule the old binding does not cover: a change; then kept: refreshes.
        reg(&mut r, uri, Some(120), 5, 280_000);
        assert_eq!(r.version(), v + 2);
        reg(&mut r, uri, Some(120), 6, 380_000);
        assert_eq!(r.refreshes(), f + 3);
        // Another expiry, another source: changes.
        reg(&mut r, uri, Some(300), 7, 480_000);
        assert_eq!(r.version(), v + 3);
        let moved = Peer {
            addr: "203.0.113.5:40001".parse().unwrap(),
            ..peer()
        };
        r.register(
            aor(),
            &[ContactRequest {
                uri: uri.into(),
                expires: Some(300),
            }],
            None,
            ExpiryLimits::default(),
            moved,
            "cid",
            8,
            "ua",
            540_000,
            30_000,
        );
        assert_eq!((r.version(), r.refreshes()), (v + 4, f + 3));
    }

    #[test]
    fn a_refresh_well_inside_the_old_expiry_is_no_change() {
        let mut r = Registrar::default();
        let uri = "sip:100@192.168.1.5:5060";
        reg(&mut r, uri, Some(3600), 1, 0);
        let (v, f) = (r.version(), r.refreshes());
        // The first binding holds until 3,600 s: it covers the phone's next refresh.
        reg(&mut r, uri, Some(3600), 2, 60_000);
        reg(&mut r, uri, Some(3600), 3, 75_000);
        assert_eq!((r.version(), r.refreshes()), (v, f + 2));
    }

    #[test]
    fn a_restart_expects_the_refreshes_the_snapshot_skipped() {
        // Saved at a refresh at 1000 s, valid 600 s, refreshing every 60 s.
        assert_eq!(expected_expiry(1000, 1600, Some(60), 1000), 1600);
        assert_eq!(expected_expiry(1000, 1600, Some(60), 1059), 1600);
        assert_eq!(expected_expiry(1000, 1600, Some(60), 1130), 1720);
        // No period known, or a period past the expiry: the saved expiry.
        assert_eq!(expected_expiry(1000, 1600, None, 1300), 1600);
        assert_eq!(expected_expiry(1000, 1600, Some(900), 2000), 1600);
    }
}
