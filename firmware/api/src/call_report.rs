//! The problem report of a call: plain text to paste into an email to whoever looks after
//! the box: the call, each leg with its result, the media statistics the records keep, and
//! the SIP ladder of the messages still in the box's trace.

use std::fmt::Write;

use edgepbx_sip::trace::{Direction, TraceEntry};
use serde_json::Value;

use crate::call_trace::{Call, number};
use crate::cdrs::text;
use crate::time::{GREGORIAN_OFFSET, iso8601};

pub(crate) fn render(call: &Call, messages: &[TraceEntry]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "edgepbx problem report");
    let _ = writeln!(out, "Call: {}", call.id);
    let _ = writeln!(out, "Call-IDs: {}", call.call_ids().join(", "));
    if let Some((_, first)) = call.legs.first() {
        let start = number(first, "timestamp")
            .saturating_sub(number(first, "duration_seconds"))
            .saturating_sub(GREGORIAN_OFFSET);
        let _ = writeln!(out, "Started: {}", iso8601(start));
        let _ = writeln!(
            out,
            "From: {}",
            party(first, "caller_id_name", "caller_id_number", "from")
        );
        let _ = writeln!(
            out,
            "To: {}",
            party(first, "callee_id_name", "callee_id_number", "to")
        );
    }
    let _ = writeln!(out, "\nLegs ({}):", call.legs.len());
    if call.legs.is_empty() {
        let _ = writeln!(
            out,
            "  none: this Call-ID has no call record (not a call, or still going on)"
        );
    }
    for (_, leg) in &call.legs {
        let _ = writeln!(
            out,
            "  {} {}  device {}  {} -> {}  {}, {} s long, {} s talking, {} s ringing, {} ({})",
            text(leg, "call_direction"),
            text(leg, "call_id"),
            or_dash(text(leg, "authorizing_id")),
            or_dash(text(leg, "from")),
            or_dash(text(leg, "to")),
            or_dash(text(leg, "disposition")),
            number(leg, "duration_seconds"),
            number(leg, "billing_seconds"),
            number(leg, "ringing_seconds"),
            or_dash(text(leg, "hangup_cause")),
            or_dash(text(leg, "hangup_code")),
        );
    }
    let _ = writeln!(
        out,
        "\nMedia statistics: not recorded. The box's call records keep no RTP packet, loss or jitter counts."
    );
    let _ = writeln!(out, "\nSIP ladder ({} messages, UTC):", messages.len());
    if messages.is_empty() {
        let _ = writeln!(
            out,
            "  the SIP messages of this call are no longer in the box's memory"
        );
    }
    for m in messages {
        let (from, to) = match m.direction {
            Direction::In => (m.remote.to_string(), format!("box {}", m.local)),
            Direction::Out => (format!("box {}", m.local), m.remote.to_string()),
        };
        let cut = if m.truncated() { " (cut)" } else { "" };
        let _ = writeln!(
            out,
            "  {}  {from} -> {to}  {}  {}{cut}",
            clock_time(m.unix_micros),
            m.transport.via_name(),
            m.first_line(),
        );
    }
    out
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}

fn party(doc: &Value, name: &str, number: &str, uri: &str) -> String {
    let who = [text(doc, name), text(doc, number)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    format!("{} <{}>", or_dash(&who), or_dash(text(doc, uri)))
}

/// `YYYY-MM-DD HH:MM:SS.mmm` of Unix microseconds.
fn clock_time(unix_micros: u64) -> String {
    let iso = iso8601(unix_micros / 1_000_000);
    format!(
        "{}.{:03}",
        iso.trim_end_matches('Z').replace('T', " "),
        unix_micros % 1_000_000 / 1000
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use edgepbx_sip::transaction::Transport;
    use serde_json::json;
    use std::sync::Arc;

    #[test]
    fn the_report_names_the_call_its_legs_and_the_ladder() {
        let leg = json!({"call_id": "abc@host", "other_leg_call_id": "b-leg", "call_direction": "inbound",
            "timestamp": GREGORIAN_OFFSET + 1_700_000_010u64, "duration_seconds": 10,
            "hangup_cause": "NORMAL_CLEARING", "caller_id_number": "2000", "from": "2000@office.local"});
        let call = Call {
            id: "63800000000-abc".into(),
            legs: vec![("202311-abc".into(), leg)],
        };
        let bytes: &[u8] = b"INVITE sip:2001@office.local SIP/2.0\r\nCall-ID: abc@host\r\n\r\n";
        let m = TraceEntry {
            seq: 1,
            unix_micros: 1_700_000_000_123_456,
            direction: Direction::In,
            transport: Transport::Udp,
            local: "192.0.2.1:5060".parse().unwrap(),
            remote: "192.0.2.9:5070".parse().unwrap(),
            call_id: Arc::from("abc@host"),
            bytes: Arc::from(bytes),
            size: bytes.len(),
        };
        let text = render(&call, &[m]);
        assert!(text.contains("Call-IDs: abc@host, b-leg"), "{text}");
        assert!(text.contains("Started: 2023-11-14T22:13:20Z"), "{text}");
        assert!(text.contains("NORMAL_CLEARING"));
        assert!(text.contains(
            "2023-11-14 22:13:20.123  192.0.2.9:5070 -> box 192.0.2.1:5060  UDP  INVITE sip:2001@office.local SIP/2.0"
        ), "{text}");
        assert!(text.contains("Media statistics: not recorded"));
    }
}
