//! The call journal file: the answered calls in progress, each with its two dialogs (for the
//! BYEs after a restart) and what its call record needs. A few hundred bytes per call.

use std::net::SocketAddr;

use edgepbx_sip::engine::Caller;
use edgepbx_sip::engine::persist::{JournaledCall, SavedDialog};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::document;

pub const FILE: &str = "sip-calls.json";
const FORMAT: &str = "edgepbx-sip-calls";

/// What a call journal file gave back.
#[derive(Debug, Default)]
pub struct Decoded {
    pub saved_unix: u64,
    pub calls: Vec<JournaledCall>,
    /// One line per row left out, saying why.
    pub dropped: Vec<String>,
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
    /// A dialog with a provider's gateway (its BYE shows the outside address); absent in
    /// journals written before this field.
    #[serde(default)]
    outside: bool,
}

#[derive(Serialize, Deserialize)]
struct CallerRow {
    device_id: String,
    owner_id: Option<String>,
    name: String,
    number: String,
    #[serde(default)]
    outside: bool,
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
            outside: d.outside,
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
            outside: d.outside,
        }
    }
}

fn row(c: &JournaledCall) -> Value {
    let call = Call {
        account: c.account.clone(),
        caller: CallerRow {
            device_id: c.caller.device_id.clone(),
            owner_id: c.caller.owner_id.clone(),
            name: c.caller.name.clone(),
            number: c.caller.number.clone(),
            outside: c.caller.outside,
        },
        number: c.number.clone(),
        realm: c.realm.clone(),
        a: (&c.a).into(),
        b: c.b.as_ref().map(|(d, _)| d.into()),
        b_device: c.b.as_ref().map(|(_, device)| device.clone()),
        created_unix: c.created_unix,
        ringing_unix: c.ringing_unix,
        answered_unix: c.answered_unix,
    };
    serde_json::to_value(call).unwrap_or(Value::Null)
}

pub fn encode(calls: &[JournaledCall], now_unix: u64) -> Vec<u8> {
    document::wrap(FORMAT, now_unix, calls.iter().map(row).collect())
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let (saved_unix, rows) = document::unwrap(FORMAT, bytes)?;
    let mut out = Decoded {
        saved_unix,
        ..Decoded::default()
    };
    for (i, r) in rows.into_iter().enumerate() {
        match serde_json::from_value::<Call>(r) {
            Ok(c) => out.calls.push(journaled(c)),
            Err(e) => out.dropped.push(format!("call {i}: {e}")),
        }
    }
    Ok(out)
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
            outside: c.caller.outside,
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

    fn dialog(call_id: &str, port: u16, outside: bool) -> SavedDialog {
        SavedDialog {
            call_id: call_id.into(),
            local_tag: "lt".into(),
            remote_tag: Some("rt".into()),
            local_uri: "<sip:100@office.local>".into(),
            remote_uri: "<sip:101@office.local>".into(),
            remote_target: format!("sip:101@127.0.0.1:{port}"),
            peer: SocketAddr::from(([127, 0, 0, 1], port)),
            local_cseq: 3,
            outside,
        }
    }

    fn call() -> JournaledCall {
        JournaledCall {
            account: "acc".into(),
            caller: Caller {
                account: "acc".into(),
                device_id: "d100".into(),
                owner_id: None,
                name: "Alice".into(),
                number: "100".into(),
                outside: false,
            },
            number: "101".into(),
            realm: "office.local".into(),
            a: dialog("a-leg", 5060, false),
            // The callee is a provider's gateway.
            b: Some((dialog("b-leg", 5070, true), "dev".into())),
            created_unix: 1_800_000_000,
            ringing_unix: Some(1_800_000_001),
            answered_unix: Some(1_800_000_005),
        }
    }

    #[test]
    fn round_trip_and_a_damaged_call_dropped() {
        let bytes = encode(&[call(), call()], 1_800_000_100);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.saved_unix, 1_800_000_100);
        assert_eq!(d.calls, vec![call(), call()]);
        let mut doc: Value = serde_json::from_slice(&bytes).unwrap();
        doc["rows"][1]["a"] = Value::Null;
        let d = decode(&serde_json::to_vec(&doc).unwrap()).unwrap();
        assert_eq!(d.calls, vec![call()]);
        assert_eq!(d.dropped.len(), 1);
        assert!(d.dropped[0].starts_with("call 1"), "{:?}", d.dropped);
        assert!(
            bytes.len() < 2 * 800,
            "{} B: a call is a few hundred bytes",
            bytes.len()
        );
    }

    #[test]
    fn the_outside_flag_survives_and_an_older_journal_reads_as_inside() {
        let bytes = encode(&[call()], 1_800_000_100);
        let d = decode(&bytes).unwrap();
        let (b, _) = d.calls[0].b.as_ref().unwrap();
        assert!(b.outside && !d.calls[0].a.outside);
        // A journal written before the field: every dialog is a LAN one.
        let mut doc: Value = serde_json::from_slice(&bytes).unwrap();
        doc["rows"][0]["b"]
            .as_object_mut()
            .unwrap()
            .remove("outside");
        let d = decode(&serde_json::to_vec(&doc).unwrap()).unwrap();
        assert!(!d.calls[0].b.as_ref().unwrap().0.outside);
    }
}
