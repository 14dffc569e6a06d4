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

#[derive(Serialize, Deserialize)]
struct Registration {
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

fn registration_row(aor: &Aor, b: &Binding, now: Now) -> Registration {
    Registration {
        account: aor.account.clone(),
        device_id: aor.device_id.clone(),
        contact: b.contact.clone(),
        source: b.peer.addr,
        expires_unix: now.unix + b.expires_at.saturating_sub(now.mono).div_ceil(1000),
        call_id: b.call_id.clone(),
        cseq: b.cseq,
        user_agent: b.user_agent.clone(),
        natted: b.natted,
    }
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
        registrations: s
            .registrations
            .iter()
            .map(|(aor, b)| to_value(serde_json::to_value(registration_row(aor, b, s.now))))
            .collect(),
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
    registrations(&mut out, doc.registrations, now);
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
    registrations(&mut out, rows, now);
    Ok(out)
}

fn registrations(out: &mut Decoded, rows: Vec<Value>, now: Now) {
    for (i, row) in rows.into_iter().enumerate() {
        match serde_json::from_value::<Registration>(row) {
            Ok(r) if r.expires_unix <= now.unix => out.expired += 1,
            Ok(r) => out.registrations.push(binding(r, now)),
            Err(e) => out.dropped.push(format!("registration {i}: {e}")),
        }
    }
}

fn binding(r: Registration, now: Now) -> (Aor, Binding) {
    (
        Aor {
            account: r.account,
            device_id: r.device_id,
        },
        Binding {
            contact: r.contact,
            peer: Peer {
                transport: Transport::Udp,
                addr: r.source,
                conn: 0,
            },
            expires_at: now.mono + (r.expires_unix - now.unix) * 1000,
            call_id: r.call_id,
            cseq: r.cseq,
            user_agent: r.user_agent,
            natted: r.natted,
            // NAT keep-alives resume at once: the pinhole may be closing.
            next_keepalive: now.mono,
        },
    )
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
        doc["registrations"][0]["source"] = Value::String("nowhere".into());
        doc["calls"][0]["a"] = Value::Null;
        let d = decode(&serde_json::to_vec(&doc).unwrap(), now).unwrap();
        assert_eq!((d.registrations.len(), d.calls.len()), (1, 0));
        assert_eq!(d.dropped.len(), 2, "{:?}", d.dropped);
        assert!(d.dropped[0].starts_with("registration 0"));
    }
}
