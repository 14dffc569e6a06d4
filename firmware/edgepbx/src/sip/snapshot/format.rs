//! The crash snapshot on disk: one JSON document with a format name and version, the UDP
//! registrations (expiry as Unix time, so a restart knows what is left of it) and the
//! journal of answered calls. Reading keeps every row that is whole and says what it drops.

use std::net::SocketAddr;

use edgepbx_sip::engine::persist::{JournaledCall, SavedDialog};
use edgepbx_sip::engine::registrar::{Aor, Binding};
use edgepbx_sip::engine::{Caller, Now};
use edgepbx_sip::transaction::{Peer, Transport};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const FORMAT: &str = "edgepbx-sip-snapshot";
pub const VERSION: u32 = 1;

/// What the runtime took from the engine (under its lock) to write (outside it).
pub struct Snapshot {
    pub now: Now,
    pub registrations: Vec<(Aor, Binding)>,
    pub calls: Vec<JournaledCall>,
}

/// What a snapshot file gave back.
#[derive(Debug, Default)]
pub struct Decoded {
    pub saved_unix: u64,
    pub registrations: Vec<(Aor, Binding)>,
    pub calls: Vec<JournaledCall>,
    /// Registrations whose time ran out while the box was down (not an error).
    pub expired: usize,
    /// One line per row left out, saying why.
    pub dropped: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Document {
    format: String,
    version: u32,
    saved_unix: u64,
    #[serde(default)]
    registrations: Vec<Value>,
    #[serde(default)]
    calls: Vec<Value>,
}

/// One binding as a compact row (a snapshot holds thousands): device id, Contact, source
/// address, expiry (Unix seconds), Call-ID, CSeq, User-Agent, NATed.
#[derive(Serialize, Deserialize)]
struct Row(String, String, SocketAddr, u64, String, u32, String, bool);

/// The bindings of one account (its id written once).
#[derive(Serialize, Deserialize)]
struct AccountRows {
    account: String,
    bindings: Vec<Value>,
}

/// A row of `registrations.json`, which versions before the crash snapshot wrote.
#[derive(Deserialize)]
struct LegacyRegistration {
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

#[derive(Serialize, Deserialize)]
struct Dialog {
    call_id: String,
    local_tag: String,
    remote_tag: Option<String>,
    local_uri: String,
    remote_uri: String,
    remote_target: String,
    peer: SocketAddr,
    local_cseq: u32,
}

#[derive(Serialize, Deserialize)]
struct CallerRow {
    device_id: String,
    owner_id: Option<String>,
    name: String,
    number: String,
}

#[derive(Serialize, Deserialize)]
struct Call {
    account: String,
    caller: CallerRow,
    number: String,
    realm: String,
    a: Dialog,
    b: Option<Dialog>,
    b_device: Option<String>,
    created_unix: u64,
    ringing_unix: Option<u64>,
    answered_unix: Option<u64>,
}

impl From<&SavedDialog> for Dialog {
    fn from(d: &SavedDialog) -> Dialog {
        Dialog {
            call_id: d.call_id.clone(),
            local_tag: d.local_tag.clone(),
            remote_tag: d.remote_tag.clone(),
            local_uri: d.local_uri.clone(),
            remote_uri: d.remote_uri.clone(),
            remote_target: d.remote_target.clone(),
            peer: d.peer,
            local_cseq: d.local_cseq,
        }
    }
}

impl From<Dialog> for SavedDialog {
    fn from(d: Dialog) -> SavedDialog {
        SavedDialog {
            call_id: d.call_id,
            local_tag: d.local_tag,
            remote_tag: d.remote_tag,
            local_uri: d.local_uri,
            remote_uri: d.remote_uri,
            remote_target: d.remote_target,
            peer: d.peer,
            local_cseq: d.local_cseq,
        }
    }
}

fn row(b: &Binding, device_id: &str, now: Now) -> Value {
    let expires_unix = now.unix + b.expires_at.saturating_sub(now.mono).div_ceil(1000);
    let r = Row(
        device_id.to_string(),
        b.contact.clone(),
        b.peer.addr,
        expires_unix,
        b.call_id.clone(),
        b.cseq,
        b.user_agent.clone(),
        b.natted,
    );
    serde_json::to_value(r).unwrap_or(Value::Null)
}

fn account_rows(registrations: &[(Aor, Binding)], now: Now) -> Vec<Value> {
    let mut by_account: std::collections::BTreeMap<&str, Vec<Value>> = Default::default();
    for (aor, b) in registrations {
        by_account
            .entry(&aor.account)
            .or_default()
            .push(row(b, &aor.device_id, now));
    }
    by_account
        .into_iter()
        .map(|(account, bindings)| {
            let group = AccountRows {
                account: account.to_string(),
                bindings,
            };
            serde_json::to_value(group).unwrap_or(Value::Null)
        })
        .collect()
}

fn call_row(c: &JournaledCall) -> Call {
    Call {
        account: c.account.clone(),
        caller: CallerRow {
            device_id: c.caller.device_id.clone(),
            owner_id: c.caller.owner_id.clone(),
            name: c.caller.name.clone(),
            number: c.caller.number.clone(),
        },
        number: c.number.clone(),
        realm: c.realm.clone(),
        a: (&c.a).into(),
        b: c.b.as_ref().map(|(d, _)| d.into()),
        b_device: c.b.as_ref().map(|(_, device)| device.clone()),
        created_unix: c.created_unix,
        ringing_unix: c.ringing_unix,
        answered_unix: c.answered_unix,
    }
}

pub fn encode(s: &Snapshot) -> Vec<u8> {
    let to_value = |v: Result<Value, serde_json::Error>| v.unwrap_or(Value::Null);
    let doc = Document {
        format: FORMAT.into(),
        version: VERSION,
        saved_unix: s.now.unix,
        registrations: account_rows(&s.registrations, s.now),
        calls: s
            .calls
            .iter()
            .map(|c| to_value(serde_json::to_value(call_row(c))))
            .collect(),
    };
    serde_json::to_vec(&doc).unwrap_or_default()
}

/// Reads a snapshot at `now`. A file that is not a snapshot of this version at all is an
/// error (the caller starts without it); rows that do not read are dropped one by one.
pub fn decode(bytes: &[u8], now: Now) -> Result<Decoded, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("the file is empty".into());
    }
    let doc: Document = serde_json::from_slice(bytes).map_err(|e| {
        format!("not a whole snapshot ({e}); a write torn by a power cut leaves this")
    })?;
    if doc.format != FORMAT || doc.version != VERSION {
        return Err(format!(
            "format '{}' version {}, this box reads '{FORMAT}' version {VERSION}",
            doc.format, doc.version
        ));
    }
    let mut out = Decoded {
        saved_unix: doc.saved_unix,
        ..Decoded::default()
    };
    for (i, group) in doc.registrations.into_iter().enumerate() {
        match serde_json::from_value::<AccountRows>(group) {
            Ok(g) => {
                for (j, r) in g.bindings.into_iter().enumerate() {
                    match serde_json::from_value::<Row>(r) {
                        Ok(r) => keep(&mut out, &g.account, r, now),
                        Err(e) => out
                            .dropped
                            .push(format!("registration {j} of account {}: {e}", g.account)),
                    }
                }
            }
            Err(e) => out.dropped.push(format!("registrations group {i}: {e}")),
        }
    }
    for (i, row) in doc.calls.into_iter().enumerate() {
        match serde_json::from_value::<Call>(row) {
            Ok(c) => out.calls.push(journaled(c)),
            Err(e) => out.dropped.push(format!("call {i}: {e}")),
        }
    }
    Ok(out)
}

/// `registrations.json` of versions before the crash snapshot (written only at a clean
/// shutdown): a bare array of the same registration rows.
pub fn decode_legacy(bytes: &[u8], now: Now) -> Result<Decoded, String> {
    let rows: Vec<Value> =
        serde_json::from_slice(bytes).map_err(|e| format!("not a list of registrations ({e})"))?;
    let mut out = Decoded {
        saved_unix: now.unix,
        ..Decoded::default()
    };
    for (i, row) in rows.into_iter().enumerate() {
        match serde_json::from_value::<LegacyRegistration>(row) {
            Ok(r) => {
                let row = Row(
                    r.device_id,
                    r.contact,
                    r.source,
                    r.expires_unix,
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

/// A binding still in time is kept; one that ran out while the box was down is counted.
fn keep(out: &mut Decoded, account: &str, r: Row, now: Now) {
    let Row(device_id, contact, source, expires_unix, call_id, cseq, user_agent, natted) = r;
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
    };
    out.registrations.push((aor, binding));
}

fn journaled(c: Call) -> JournaledCall {
    let account = c.account;
    JournaledCall {
        caller: Caller {
            account: account.clone(),
            device_id: c.caller.device_id,
            owner_id: c.caller.owner_id,
            name: c.caller.name,
            number: c.caller.number,
        },
        account,
        number: c.number,
        realm: c.realm,
        a: c.a.into(),
        b: c.b.map(|d| (d.into(), c.b_device.unwrap_or_default())),
        created_unix: c.created_unix,
        ringing_unix: c.ringing_unix,
        answered_unix: c.answered_unix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dialog(call_id: &str, port: u16) -> SavedDialog {
        SavedDialog {
            call_id: call_id.into(),
            local_tag: "lt".into(),
            remote_tag: Some("rt".into()),
            local_uri: "<sip:100@office.local>".into(),
            remote_uri: "<sip:101@office.local>".into(),
            remote_target: format!("sip:101@127.0.0.1:{port}"),
            peer: SocketAddr::from(([127, 0, 0, 1], port)),
            local_cseq: 3,
        }
    }

    fn sample(now: Now) -> Snapshot {
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
        };
        Snapshot {
            now,
            registrations: vec![(aor.clone(), binding(600_000)), (aor, binding(2_000))],
            calls: vec![JournaledCall {
                account: "acc".into(),
                caller: Caller {
                    account: "acc".into(),
                    device_id: "d100".into(),
                    owner_id: None,
                    name: "Alice".into(),
                    number: "100".into(),
                },
                number: "101".into(),
                realm: "office.local".into(),
                a: dialog("a-leg", 5060),
                b: Some((dialog("b-leg", 5070), "dev".into())),
                created_unix: now.unix - 30,
                ringing_unix: Some(now.unix - 29),
                answered_unix: Some(now.unix - 25),
            }],
        }
    }

    #[test]
    fn round_trip_keeps_remaining_expiry_and_calls() {
        let then = Now {
            mono: 50_000,
            unix: 1_800_000_000,
        };
        let bytes = encode(&sample(then));
        // Restarted 10 s later, with a fresh monotonic clock.
        let now = Now {
            mono: 0,
            unix: then.unix + 10,
        };
        let d = decode(&bytes, now).unwrap();
        assert_eq!(d.saved_unix, then.unix);
        assert_eq!(d.registrations.len(), 1, "{d:?}");
        assert_eq!(d.expired, 1);
        assert_eq!(d.registrations[0].1.expires_at, 590_000);
        assert_eq!(d.calls, sample(then).calls);
        assert!(d.dropped.is_empty());
    }

    #[test]
    fn the_older_registrations_file_is_read() {
        let now = Now {
            mono: 0,
            unix: 1_800_000_000,
        };
        let old = format!(
            "[{{\"account\":\"acc\",\"device_id\":\"dev\",\"contact\":\"sip:1@127.0.0.1:5070\",\
             \"source\":\"127.0.0.1:5070\",\"expires_unix\":{},\"call_id\":\"c\",\"cseq\":1,\
             \"user_agent\":\"ua\",\"natted\":false}}]",
            now.unix + 60
        );
        let d = decode_legacy(old.as_bytes(), now).unwrap();
        assert_eq!(d.registrations.len(), 1);
        assert_eq!(d.registrations[0].1.expires_at, 60_000);
        assert!(decode_legacy(b"{}", now).is_err());
    }

    #[test]
    fn bad_files_are_errors_and_bad_rows_are_dropped() {
        let now = Now {
            mono: 0,
            unix: 1_800_000_000,
        };
        let bytes = encode(&sample(now));
        assert!(decode(b"", now).unwrap_err().contains("empty"));
        assert!(
            decode(&bytes[..bytes.len() / 2], now)
                .unwrap_err()
                .contains("torn")
        );
        let other = String::from_utf8(bytes.clone())
            .unwrap()
            .replace("\"version\":1", "\"version\":9");
        assert!(
            decode(other.as_bytes(), now)
                .unwrap_err()
                .contains("version 9")
        );
        let mut doc: Value = serde_json::from_slice(&bytes).unwrap();
        doc["registrations"][0]["bindings"][0][2] = Value::String("nowhere".into());
        doc["calls"][0]["a"] = Value::Null;
        let d = decode(&serde_json::to_vec(&doc).unwrap(), now).unwrap();
        assert_eq!((d.registrations.len(), d.calls.len()), (1, 0));
        assert_eq!(d.dropped.len(), 2, "{:?}", d.dropped);
        assert!(d.dropped[0].starts_with("registration 0 of account acc"));
    }
}
