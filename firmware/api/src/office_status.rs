//! `GET /v2/accounts/{A}/callflows/{id}/office_status` (not a KAZOO endpoint): the branch the
//! callflow's first `temporal_route` takes now and when that changes next, for the panel's
//! "Open now, closes 17:00" / "Closed (holiday: Christmas), opens Monday 08:00" line.
//!
//! Computed with the router's own code (`temporal::status`) on the call logic's wall clock
//! (`EDGEPBX_CLOCK_OFFSET` and the SNTP correction included) in the zone the router uses: the
//! node's `timezone`, else the account's. Account administrators only (it reads callflows).
//!
//! `now`/`next`/`until` are branches: `child` (`_` the default), `rule_id`, `rule_name`,
//! `name` (a holiday set's name), `kind` (`open` | `lunch` | `holiday` | `closed` | `rule`),
//! `open`; `next` (the next change of branch) and `until` (the next change from open to not
//! open or back) add `at` (ISO UTC), `at_unix`, `local` (wall clock) and `weekday`.

use std::sync::Arc;

use edgepbx_callflow::temporal::status::{Change, Decision, status};
use edgepbx_callflow::temporal::{clock_known, tz};
use edgepbx_store::GLOBAL;
use jiff::Timestamp;
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

/// How far ahead the next change is looked for: a year covers every yearly holiday.
const HORIZON_DAYS: u32 = 366;
/// Branch changes looked through for the next open/closed flip (holiday -> after hours -> ...).
const MAX_SAME_STATE_CHANGES: usize = 16;

pub fn office_status(api: &Api, ctx: &mut Ctx, account: &str, id: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let callflow = crate::docs::load(api, ctx, account, "callflows", id)?;
    let now_unix = api.live().wall_clock_unix().unwrap_or(ctx.now);
    let Some(node) = callflow.get("flow").and_then(find_temporal_route) else {
        // No office hours on this callflow: every call takes the same way, always.
        return Ok(Reply::ok(json!({
            "id": id, "open": true, "kind": "always", "clock_set": clock_known(now_unix),
            "now": {"child": null}, "next": null, "until": null,
        })));
    };
    let data = node.get("data").cloned().unwrap_or_else(|| json!({}));
    let keys: Vec<&str> = node
        .get("children")
        .and_then(Value::as_object)
        .map(|c| c.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let account_doc = api.store().get(GLOBAL, "accounts", account)?;
    let zone_name = [
        data.get("timezone").and_then(Value::as_str),
        account_doc
            .as_deref()
            .and_then(|a| a.get("timezone"))
            .and_then(Value::as_str),
    ];
    let zone = tz::pick_zone(zone_name);
    let lookup = |id: &str| -> Option<Arc<Value>> {
        let get = |kind| api.store().get(account, kind, id).ok().flatten();
        get("temporal_rules").or_else(|| get("temporal_rules_sets"))
    };
    let zone_json = zone.iana_name().map_or(Value::Null, |n| json!(n));
    // SmartPBX's "open 24 hours" routes the default branch to MainOpenHours: that is open.
    let default_open = node
        .pointer("/children/_/data/id")
        .and_then(Value::as_str)
        .and_then(|id| api.store().get(account, "callflows", id).ok().flatten())
        .is_some_and(|cf| cf.get("name").and_then(Value::as_str) == Some("MainOpenHours"));
    let describe = |d: &Decision| branch(&lookup, d, default_open);
    // The router takes its default branch while the clock is not set: so does this line.
    let now = tz::from_unix(now_unix as i64).filter(|_| clock_known(now_unix));
    let Some(now) = now else {
        return Ok(Reply::ok(json!({
            "id": id, "clock_set": false, "timezone": zone_json,
            "now": describe(&Decision { child: None, rule_id: None }),
            "open": false, "kind": "default", "next": null, "until": null,
        })));
    };
    let s = status(&data, &keys, lookup, &zone, now, HORIZON_DAYS);
    let current = describe(&s.now);
    let change = |n: &Change| {
        let mut b = describe(&n.to);
        b["at_unix"] = json!(n.at.as_second());
        b["at"] = json!(iso(n.at));
        b["local"] = local(n.local);
        b["weekday"] = json!(n.local.strftime("%A").to_string().to_lowercase());
        b
    };
    let next = s.next.as_ref().map(change);
    // "Closed (holiday), opens Tuesday 08:00": past the changes that keep it closed (or open).
    let mut until = s.next.clone();
    for _ in 0..MAX_SAME_STATE_CHANGES {
        let Some(n) = until.as_ref() else { break };
        if describe(&n.to)["open"] != current["open"] {
            break;
        }
        until = status(&data, &keys, lookup, &zone, n.at, HORIZON_DAYS).next;
    }
    let until = until
        .filter(|n| describe(&n.to)["open"] != current["open"])
        .as_ref()
        .map(change);
    Ok(Reply::ok(json!({
        "id": id,
        "clock_set": true,
        "timezone": zone_json,
        "at_unix": now_unix,
        "local": local(tz::to_local(&zone, now)),
        "open": current["open"],
        "kind": current["kind"],
        "now": current,
        "next": next,
        "until": until,
    })))
}

fn local(t: jiff::civil::DateTime) -> Value {
    json!(t.strftime("%Y-%m-%dT%H:%M:%S").to_string())
}

fn iso(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The first `temporal_route` node of a flow, depth first in the children's order.
fn find_temporal_route(node: &Value) -> Option<&Value> {
    if node.get("module").and_then(Value::as_str) == Some("temporal_route") {
        return Some(node);
    }
    node.get("children")
        .and_then(Value::as_object)?
        .values()
        .find_map(find_temporal_route)
}

/// A decision as JSON: the child, the rule that matched with its name, and what kind of
/// window that is in SmartPBX's terms (`type` of the rule or of the set it belongs to).
fn branch(lookup: &impl Fn(&str) -> Option<Arc<Value>>, d: &Decision, default_open: bool) -> Value {
    let name_type = |id: Option<&str>| {
        let doc = id.and_then(lookup);
        let field = |f: &str| {
            doc.as_deref()
                .and_then(|d| d.get(f))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        (field("name"), field("type"))
    };
    let (rule_name, rule_type) = name_type(d.rule_id.as_deref());
    let (child_name, child_type) = name_type(d.child.as_deref());
    let kind = match (d.child.as_deref(), child_type.or(rule_type).as_deref()) {
        (None, _) if default_open => "open",
        (None, _) => "closed",
        (_, Some("main_holidays")) => "holiday",
        (_, Some("main_lunchbreak")) => "lunch",
        (_, Some("main_weekdays")) => "open",
        _ => "rule",
    };
    json!({
        "child": d.child.as_deref().unwrap_or("_"),
        "rule_id": d.rule_id,
        "rule_name": rule_name,
        // A holiday's own name is its set's (SmartPBX groups each holiday's rules in a set).
        "name": child_name.or(rule_name.clone()),
        "kind": kind,
        // A rule that is none of SmartPBX's kinds (a Callflows-app route) counts as open.
        "open": matches!(kind, "open" | "rule"),
    })
}
