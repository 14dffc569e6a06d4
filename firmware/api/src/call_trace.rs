//! A call's SIP messages from the box's trace ring (not a KAZOO endpoint):
//! `GET cdrs/{id}/sip_trace` (JSON, or a pcap with `?format=pcap` or
//! `Accept: application/vnd.tcpdump.pcap`) and `GET cdrs/{id}/problem_report` (text).
//!
//! `{id}` is an interaction id, a CDR id or a leg's Call-ID. The call is found in the
//! account's own call records, and the trace holds the messages of every leg's Call-ID: an
//! account never sees another's messages. A plain user may trace only calls they were on
//! (403 otherwise). Messages of no call record (REGISTERs, OPTIONS, a call still going on)
//! are shown by Call-ID to administrators of the top-level account only.

use edgepbx_sip::trace::{TraceEntry, to_pcap};
use serde_json::{Value, json};

use crate::cdrs::{KIND, legs_between, text, user_legs};
use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::time::month_prefix;
use crate::{Api, ApiResponse, Reply};

/// How far back a Call-ID is looked for in the call records (the ring keeps far less).
const LOOKBACK_SECS: u64 = 31 * 86_400;
const MAX_ID: usize = 256;
/// A call's messages are those of its Call-IDs from this long before its first leg began
/// (the challenge of the first INVITE) to this long after its last hangup (retransmissions:
/// 64 x T1). A Call-ID some phone reuses at another time is not this call.
const BEFORE_SECS: u64 = 60;
const AFTER_SECS: u64 = 64;
pub(crate) const PCAP_TYPE: &str = "application/vnd.tcpdump.pcap";

/// A call as its records tell it: the interaction id (or the bare Call-ID of a message
/// without a record) and its legs.
pub(crate) struct Call {
    pub id: String,
    pub legs: Vec<(String, Value)>,
}

impl Call {
    /// Every leg's Call-ID, and the other legs' they name.
    pub fn call_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for (_, leg) in &self.legs {
            for key in ["call_id", "other_leg_call_id"] {
                let id = text(leg, key);
                if !id.is_empty() && !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        if ids.is_empty() {
            ids.push(&self.id);
        }
        ids
    }

    /// When this call's messages were sent: Unix microseconds, from..to (none without legs).
    fn window(&self) -> Option<(u64, u64)> {
        let spans = self.legs.iter().map(|(_, d)| {
            let end = number(d, "timestamp").saturating_sub(crate::time::GREGORIAN_OFFSET);
            (end.saturating_sub(number(d, "duration_seconds")), end)
        });
        let (start, end) = spans.fold(None, |acc: Option<(u64, u64)>, (s, e)| match acc {
            None => Some((s, e)),
            Some((s0, e0)) => Some((s0.min(s), e0.max(e))),
        })?;
        Some((
            start.saturating_sub(BEFORE_SECS) * 1_000_000,
            end.saturating_add(AFTER_SECS) * 1_000_000,
        ))
    }

    /// The recorded messages of this call, oldest first.
    fn messages(&self, api: &Api) -> Vec<TraceEntry> {
        let mut messages = api.live().sip_trace(&self.call_ids());
        if let Some((from, to)) = self.window() {
            messages.retain(|m| (from..=to).contains(&m.unix_micros));
        }
        messages
    }
}

pub(crate) fn number(doc: &Value, key: &str) -> u64 {
    doc.get(key).and_then(Value::as_u64).unwrap_or(0)
}

pub fn route(api: &Api, ctx: &mut Ctx, account: &str, id: &str, what: &str) -> ApiResult<Reply> {
    let call = find_call(api, ctx, account, id)?;
    let messages = call.messages(api);
    if what == "problem_report" {
        let report = crate::call_report::render(&call, &messages);
        return Ok(Reply::Raw(ApiResponse::bytes(
            200,
            "text/plain; charset=utf-8",
            report.into_bytes(),
        )));
    }
    if messages.is_empty() {
        return Err(ApiError::NotFound(format!(
            "the SIP messages of call {id} are no longer in the box's memory (the trace keeps only the most recent ones)"
        )));
    }
    if wants_pcap(ctx) {
        let name = format!("attachment; filename=\"call-{}.pcap\"", file_safe(id));
        let pcap = ApiResponse::bytes(200, PCAP_TYPE, to_pcap(&messages));
        return Ok(Reply::Raw(pcap.with_header("content-disposition", &name)));
    }
    Ok(Reply::ok(json!({
        "call_ids": call.call_ids(),
        "messages": messages.iter().map(message_json).collect::<Vec<_>>(),
    })))
}

fn wants_pcap(ctx: &Ctx) -> bool {
    ctx.param("format") == Some("pcap")
        || ctx
            .req
            .header("accept")
            .is_some_and(|a| a.starts_with(PCAP_TYPE))
}

fn file_safe(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn message_json(m: &TraceEntry) -> Value {
    json!({
        "seq": m.seq,
        "unix_micros": m.unix_micros,
        "direction": m.direction.name(),
        "transport": m.transport.via_name(),
        "local": m.local.to_string(),
        "remote": m.remote.to_string(),
        "call_id": &*m.call_id,
        "first_line": m.first_line(),
        "raw": String::from_utf8_lossy(&m.bytes),
        "size": m.size,
        "truncated": m.truncated(),
    })
}

/// What may name a call: printable ASCII without spaces (Call-IDs are RFC 3261 words).
fn well_formed(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_ID && id.bytes().all(|b| b.is_ascii_graphic())
}

/// The call `id` names in `account`, if the caller may see it.
pub(crate) fn find_call(api: &Api, ctx: &Ctx, account: &str, id: &str) -> ApiResult<Call> {
    let unknown = || ApiError::NotFound(format!("no call {id} in this account's call records"));
    if !well_formed(id) {
        return Err(unknown());
    }
    let interaction = interaction_of(api, ctx, account, id)?;
    let legs = match &interaction {
        Some(interaction) => legs_of(api, account, interaction)?,
        None => Vec::new(),
    };
    if legs.is_empty() {
        // A Call-ID of no call record: box-wide traffic, for the box's administrators.
        if crate::access::require_box_admin(api, ctx).is_ok() {
            return Ok(Call {
                id: id.to_string(),
                legs,
            });
        }
        return Err(unknown());
    }
    if !ctx.is_admin() {
        let me = ctx.session()?.owner_id.clone().unwrap_or_default();
        let theirs = user_legs(api, account, &me)?;
        if !legs.iter().any(|(_, leg)| theirs(leg)) {
            return Err(ApiError::Forbidden(
                "a user may see only calls they were on",
            ));
        }
    }
    Ok(Call {
        id: interaction.unwrap_or_else(|| id.to_string()),
        legs,
    })
}

/// The interaction `id` belongs to: a CDR's id, an interaction id, or a leg's Call-ID.
fn interaction_of(api: &Api, ctx: &Ctx, account: &str, id: &str) -> ApiResult<Option<String>> {
    if let Some(doc) = api.store().get(account, KIND, id)? {
        return Ok(Some(text(&doc, "interaction_id").to_string()));
    }
    // A day past now: the box's clock may have been set back since the call.
    let to = ctx.gregorian_now() + 86_400;
    let recent = legs_between(api, account, to.saturating_sub(LOOKBACK_SECS), to)?;
    Ok(recent.iter().find_map(|(_, d)| {
        let named = [
            text(d, "interaction_id"),
            text(d, "call_id"),
            text(d, "other_leg_call_id"),
        ]
        .contains(&id);
        named.then(|| text(d, "interaction_id").to_string())
    }))
}

fn legs_of(api: &Api, account: &str, interaction: &str) -> ApiResult<Vec<(String, Value)>> {
    if interaction.is_empty() {
        return Ok(Vec::new());
    }
    // Interaction ids start with the Gregorian time the call began.
    let start = interaction
        .split('-')
        .next()
        .and_then(|t| t.parse::<u64>().ok())
        .unwrap_or(crate::time::GREGORIAN_OFFSET);
    let mut legs: Vec<(String, Value)> = api
        .store()
        .scan(account, KIND, Some(&month_prefix(start)))?
        .into_iter()
        .filter(|(_, d)| text(d, "interaction_id") == interaction)
        .collect();
    legs.sort_by_key(|(_, d)| d.get("timestamp").and_then(Value::as_u64));
    Ok(legs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::GREGORIAN_OFFSET;

    #[test]
    fn a_calls_window_spans_its_legs_with_slack_for_challenge_and_retransmissions() {
        let leg = |hangup: u64, duration: u64, id: &str| {
            let doc = json!({"call_id": id, "timestamp": GREGORIAN_OFFSET + hangup,
                             "duration_seconds": duration});
            (id.to_string(), doc)
        };
        let call = Call {
            id: "x".into(),
            legs: vec![leg(1_000, 100, "a"), leg(1_010, 50, "b")],
        };
        assert_eq!(
            call.window(),
            Some((
                (900 - BEFORE_SECS) * 1_000_000,
                (1_010 + AFTER_SECS) * 1_000_000
            ))
        );
        assert_eq!(call.call_ids(), ["a", "b"]);
        let bare = Call {
            id: "raw-call-id".into(),
            legs: Vec::new(),
        };
        assert_eq!(bare.window(), None, "box-wide lookups are not cut");
        assert_eq!(bare.call_ids(), ["raw-call-id"]);
    }

    #[test]
    fn ids_must_be_printable_ascii_words() {
        assert!(well_formed("1-2345@127.0.0.1"));
        for bad in ["", "a b", "caf\u{e9}", "a\u{0}b", &"x".repeat(MAX_ID + 1)] {
            assert!(!well_formed(bad), "{bad:?}");
        }
    }
}
