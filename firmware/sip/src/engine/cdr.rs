//! Call records in KAZOO's CDR shape: one per leg (the caller's "inbound" leg and, when
//! answered, the callee's "outbound" leg), tied together by `interaction_id`.

use serde_json::{Map, Value, json};

use super::Now;
use super::call::{CallSummary, edgepbx_gregorian_offset};

/// One leg of a call in a record: its Call-ID, direction and device.
pub(super) struct Leg<'a> {
    pub call_id: &'a str,
    pub direction: &'a str,
    pub authorizing: &'a str,
    pub other: Option<&'a str>,
}

pub(super) fn records(
    c: &CallSummary<'_>,
    now: Now,
    cause: &str,
    hangup_code: &str,
) -> Vec<(String, Map<String, Value>)> {
    let mut out = vec![(
        c.account.to_string(),
        record(
            c,
            now,
            cause,
            hangup_code,
            &Leg {
                call_id: c.a_call_id,
                direction: "inbound",
                authorizing: &c.caller.device_id,
                other: c.b_call_id,
            },
        ),
    )];
    if let (Some(b), Some(device)) = (c.b_call_id, c.b_device) {
        let leg = Leg {
            call_id: b,
            direction: "outbound",
            authorizing: device,
            other: Some(c.a_call_id),
        };
        out.push((
            c.account.to_string(),
            record(c, now, cause, hangup_code, &leg),
        ));
    }
    out
}

/// The record of one leg (the call's, or a leg that left it early: a transferor).
pub(super) fn record(
    c: &CallSummary<'_>,
    now: Now,
    cause: &str,
    hangup_code: &str,
    leg: &Leg<'_>,
) -> Map<String, Value> {
    let greg = edgepbx_gregorian_offset();
    let duration = now.unix.saturating_sub(c.created.unix);
    let billing = c.answered_at.map_or(0, |a| now.unix.saturating_sub(a.unix));
    let ringing = match (c.ringing_since, c.answered_at) {
        (Some(r), Some(a)) => a.unix.saturating_sub(r.unix),
        (Some(r), None) => now.unix.saturating_sub(r.unix),
        _ => 0,
    };
    let interaction = format!(
        "{}-{}",
        c.created.unix + greg,
        &c.a_call_id.chars().take(8).collect::<String>()
    );
    let v = json!({
        "call_id": leg.call_id,
        "interaction_id": interaction,
        "caller_id_name": c.caller.name,
        "caller_id_number": c.caller.number,
        "callee_id_name": "",
        "callee_id_number": c.number,
        "from_uri": format!("{}@{}", c.caller.number, c.realm),
        "to_uri": format!("{}@{}", c.number, c.realm),
        "request": format!("{}@{}", c.number, c.realm),
        "to": format!("{}@{}", c.number, c.realm),
        "from": format!("{}@{}", c.caller.number, c.realm),
        "timestamp": now.unix + greg,
        "duration_seconds": duration,
        "billing_seconds": billing,
        "ringing_seconds": ringing,
        "hangup_cause": cause,
        "hangup_code": hangup_code,
        "disposition": if c.answered_at.is_some() { "ANSWER" } else { "NO ANSWER" },
        "call_direction": leg.direction,
        "authorizing_id": leg.authorizing,
        "authorizing_type": "device",
        "other_leg_call_id": leg.other,
        "media_server": "edgepbx",
        "custom_channel_vars": {
            "account_id": c.account,
            "authorizing_id": leg.authorizing,
            "authorizing_type": "device",
            "owner_id": c.caller.owner_id,
        },
    });
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}
