//! The registrations file: the UDP bindings as compact rows grouped by account, each with its
//! expiry as Unix time so that a restart knows what is left of it. Also reads the
//! `registrations.json` that versions before the crash snapshot wrote at a clean shutdown.

use std::net::SocketAddr;

use edgepbx_sip::engine::Now;
use edgepbx_sip::engine::registrar::{Aor, Binding, expected_expiry};
use edgepbx_sip::transaction::{Peer, Transport};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::document;

pub const FILE: &str = "sip-registrations.json";
/// What versions before the crash snapshot wrote at a clean shutdown (read once, then removed).
pub const LEGACY_FILE: &str = "registrations.json";
const FORMAT: &str = "edgepbx-sip-registrations";

/// What a registrations file gave back.
#[derive(Debug, Default)]
pub struct Decoded {
    pub saved_unix: u64,
    pub bindings: Vec<(Aor, Binding)>,
    /// Bindings whose time ran out while the box was down (not an error).
    pub expired: usize,
    /// One line per row left out, saying why.
    pub dropped: Vec<String>,
}

/// One binding as a compact row (a file holds thousands): device id, Contact, source
/// address, when it was registered and until when (Unix seconds), its phone's refresh period
/// (seconds, 0: not known yet), Call-ID, CSeq, User-Agent, NATed.
#[derive(Serialize, Deserialize)]
struct Row(
    String,
    String,
    SocketAddr,
    u64,
    u64,
    u64,
    String,
    u32,
    String,
    bool,
);

/// The bindings of one account (its id written once).
#[derive(Serialize, Deserialize)]
struct AccountRows {
    account: String,
    bindings: Vec<Value>,
}

/// A row of the older `registrations.json`.
#[derive(Deserialize)]
struct LegacyRow {
    account: String,
    device_id: String,
    contact: String,
    source: SocketAddr,
    expires_unix: u64,
    call_id: String,
    cseq: u32,
    #[serde(default)]
    user_agent: String,
    #[serde(default)]
    natted: bool,
}

fn row(b: &Binding, device_id: &str, now: Now) -> Value {
    let expires_unix = now.unix + b.expires_at.saturating_sub(now.mono).div_ceil(1000);
    let registered_unix = now
        .unix
        .saturating_sub(now.mono.saturating_sub(b.registered_at) / 1000);
    let r = Row(
        device_id.to_string(),
        b.contact.clone(),
        b.peer.addr,
        registered_unix,
        expires_unix,
        b.period.map_or(0, |p| p.div_ceil(1000)),
        b.call_id.clone(),
        b.cseq,
        b.user_agent.clone(),
        b.natted,
    );
    serde_json::to_value(r).unwrap_or(Value::Null)
}

pub fn encode(bindings: &[(Aor, Binding)], now: Now) -> Vec<u8> {
    let mut by_account: std::collections::BTreeMap<&str, Vec<Value>> = Default::default();
    for (aor, b) in bindings {
        by_account
            .entry(&aor.account)
            .or_default()
            .push(row(b, &aor.device_id, now));
    }
    let groups = by_account
        .into_iter()
        .map(|(account, bindings)| {
            let group = AccountRows {
                account: account.to_string(),
                bindings,
            };
            serde_json::to_value(group).unwrap_or(Value::Null)
        })
        .collect();
    document::wrap(FORMAT, now.unix, groups)
}

/// Reads a registrations file at `now` (a restart: a fresh monotonic clock).
pub fn decode(bytes: &[u8], now: Now) -> Result<Decoded, String> {
    let (saved_unix, groups) = document::unwrap(FORMAT, bytes)?;
    let mut out = Decoded {
        saved_unix,
        ..Decoded::default()
    };
    for (i, group) in groups.into_iter().enumerate() {
        let g = match serde_json::from_value::<AccountRows>(group) {
            Ok(g) => g,
            Err(e) => {
                out.dropped.push(format!("registrations group {i}: {e}"));
                continue;
            }
        };
        for (j, r) in g.bindings.into_iter().enumerate() {
            match serde_json::from_value::<Row>(r) {
                Ok(r) => keep(&mut out, &g.account, r, now),
                Err(e) => out
                    .dropped
                    .push(format!("registration {j} of account {}: {e}", g.account)),
            }
        }
    }
    Ok(out)
}

/// Reads the older `registrations.json`: a bare array of rows with named fields.
pub fn decode_legacy(bytes: &[u8], now: Now) -> Result<Decoded, String> {
    let rows: Vec<Value> =
        serde_json::from_slice(bytes).map_err(|e| format!("not a list of registrations ({e})"))?;
    let mut out = Decoded {
        saved_unix: now.unix,
        ..Decoded::default()
    };
    for (i, row) in rows.into_iter().enumerate() {
        match serde_json::from_value::<LegacyRow>(row) {
            Ok(r) => {
                let row = Row(
                    r.device_id,
                    r.contact,
                    r.source,
                    now.unix,
                    r.expires_unix,
                    0,
                    r.call_id,
                    r.cseq,
                    r.user_agent,
                    r.natted,
                );
                keep(&mut out, &r.account, row, now);
            }
            Err(e) => out.dropped.push(format!("registration {i}: {e}")),
        }
    }
    Ok(out)
}

/// A binding still in time is kept (refreshes on its phone's schedule since it was written
/// counted in, see [`expected_expiry`]); one that ran out while the box was down is counted.
fn keep(out: &mut Decoded, account: &str, r: Row, now: Now) {
    let Row(
        device_id,
        contact,
        source,
        registered_unix,
        expires_unix,
        period_s,
        call_id,
        cseq,
        user_agent,
        natted,
    ) = r;
    let period = (period_s > 0).then_some(period_s);
    let expires_unix = expected_expiry(registered_unix, expires_unix, period, now.unix);
    if expires_unix <= now.unix {
        out.expired += 1;
        return;
    }
    let aor = Aor {
        account: account.to_string(),
        device_id,
    };
    let binding = Binding {
        contact,
        peer: Peer {
            transport: Transport::Udp,
            addr: source,
            conn: 0,
        },
        expires_at: now.mono + (expires_unix - now.unix) * 1000,
        call_id,
        cseq,
        user_agent,
        natted,
        // NAT keep-alives resume at once: the pinhole may be closing.
        next_keepalive: now.mono,
        registered_at: now
            .mono
            .saturating_sub(now.unix.saturating_sub(registered_unix) * 1000),
        period: period.map(|p| p * 1000),
    };
    out.bindings.push((aor, binding));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(now: Now) -> Vec<(Aor, Binding)> {
        let aor = Aor {
            account: "acc".into(),
            device_id: "dev".into(),
        };
        let binding = |expires_ms| Binding {
            contact: "sip:101@127.0.0.1:5070".into(),
            peer: Peer {
                transport: Transport::Udp,
                addr: "127.0.0.1:5070".parse().unwrap(),
                conn: 0,
            },
            expires_at: now.mono + expires_ms,
            call_id: "reg".into(),
            cseq: 2,
            user_agent: "phone".into(),
            natted: false,
            next_keepalive: 0,
            registered_at: now.mono,
            period: None,
        };
        vec![(aor.clone(), binding(600_000)), (aor, binding(2_000))]
    }

    #[test]
    fn round_trip_keeps_the_remaining_expiry() {
        let then = Now {
            mono: 50_000,
            unix: 1_800_000_000,
        };
        let bytes = encode(&sample(then), then);
        // Restarted 10 s later, with a fresh monotonic clock.
        let now = Now {
            mono: 0,
            unix: then.unix + 10,
        };
        let d = decode(&bytes, now).unwrap();
        assert_eq!(d.saved_unix, then.unix);
        assert_eq!(d.bindings.len(), 1, "{d:?}");
        assert_eq!(d.expired, 1);
        assert_eq!(d.bindings[0].1.expires_at, 590_000);
        assert_eq!(d.bindings[0].1.contact, "sip:101@127.0.0.1:5070");
        assert!(d.dropped.is_empty());
    }

    #[test]
    fn refreshes_the_file_skipped_are_counted_in() {
        let then = Now {
            mono: 50_000,
            unix: 1_800_000_000,
        };
        let mut b = sample(then);
        // Registered 10 s before the write for 600 s, refreshing every 60 s.
        b[0].1.registered_at = then.mono - 10_000;
        b[0].1.expires_at = b[0].1.registered_at + 600_000;
        b[0].1.period = Some(60_000);
        let bytes = encode(&b[..1], then);
        // Back 200 s after the write: three refreshes (at +50, +110, +170 s) not written.
        let now = Now {
            mono: 1_000,
            unix: then.unix + 200,
        };
        let d = decode(&bytes, now).unwrap();
        let restored = &d.bindings[0].1;
        assert_eq!(restored.period, Some(60_000));
        assert_eq!(
            (restored.expires_at - now.mono) / 1000,
            600 - 30,
            "valid from the last refresh, 30 s ago"
        );
    }

    #[test]
    fn bad_rows_are_dropped_one_by_one() {
        let now = Now {
            mono: 0,
            unix: 1_800_000_000,
        };
        let mut doc: Value = serde_json::from_slice(&encode(&sample(now), now)).unwrap();
        doc["rows"][0]["bindings"][0][2] = Value::String("nowhere".into());
        doc["rows"].as_array_mut().unwrap().push(Value::from(7));
        let d = decode(&serde_json::to_vec(&doc).unwrap(), now).unwrap();
        assert_eq!(d.bindings.len(), 1);
        assert_eq!(d.dropped.len(), 2, "{:?}", d.dropped);
        assert!(d.dropped[0].starts_with("registration 0 of account acc"));
        assert!(d.dropped[1].starts_with("registrations group 1"));
    }

    #[test]
    fn the_older_registrations_file_is_read() {
        let now = Now {
            mono: 0,
            unix: 1_800_000_000,
        };
        let old = serde_json::json!([{"account": "acc", "device_id": "dev",
            "contact": "sip:1@127.0.0.1:5070", "source": "127.0.0.1:5070",
            "expires_unix": now.unix + 60, "call_id": "c", "cseq": 1,
            "user_agent": "ua", "natted": false}]);
        let d = decode_legacy(old.to_string().as_bytes(), now).unwrap();
        assert_eq!(d.bindings.len(), 1);
        assert_eq!(d.bindings[0].1.expires_at, 60_000);
        assert!(decode_legacy(b"{}", now).is_err());
    }
}
