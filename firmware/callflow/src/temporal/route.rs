//! The decision of a `temporal_route` callflow node (`cf_temporal_route:handle/2`, no action).
//!
//! 1. [`build_routes`]: the ordered (rule id, child key) list from the node's data — `rules`
//!    in order (SmartPBX puts holidays first, so they win), then the node's child keys, then
//!    the members of `rule_set` (child key `"rule_set"`); ids that are rule sets are replaced
//!    by their member rules, which continue with the set's id as child key.
//! 2. [`load_candidates`]: the rule documents, minus missing ones and those whose start date
//!    (as a local date in the zone) is after today.
//! 3. [`select`]: the first candidate that matches now: `enabled: false` never does,
//!    `enabled: true` always does, a rule without a valid cycle is skipped, else it matches
//!    iff now lies in `[day 00:00 + time_window_start, day 00:00 + time_window_stop]` (both
//!    inclusive, wall clock) of its next occurrence day, searched from yesterday (from today
//!    for weekly rules). Windows never span midnight: KAZOO has such rules split in two.
//!
//! [`evaluate`] does all three. Documents are read through a `lookup` closure, so this stays
//! free of I/O; "now" is an argument.

use edgepbx_store::lenient;
use std::borrow::Borrow;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use serde_json::Value;

use super::calendar::Ymd;
use super::next_date::next_rule_ymd;
use super::rule::{Cycle, TemporalRule, enabled_override};
use super::tz;

/// One entry of the route list: which rule to test, and which child to continue with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub rule_id: String,
    pub child: String,
}

/// Child key used for the members of `data.rule_set`.
pub const RULE_SET_CHILD: &str = "rule_set";

/// The route list of a `temporal_route` node (`get_temporal_route`). `child_keys` are the
/// node's children keys (`_` is ignored); `lookup` returns a document by id.
pub fn build_routes<D: Borrow<Value>>(
    data: &Value,
    child_keys: &[&str],
    lookup: impl Fn(&str) -> Option<D>,
) -> Vec<Route> {
    let route = |id: &str, child: &str| Route {
        rule_id: id.to_owned(),
        child: child.to_owned(),
    };
    let mut routes: Vec<Route> = string_list(data.get("rules"))
        .into_iter()
        .map(|id| route(id, id))
        .collect();
    routes.extend(
        child_keys
            .iter()
            .filter(|k| **k != "_")
            .map(|k| route(k, k)),
    );
    if let Some(set_id) = data.get("rule_set").and_then(Value::as_str)
        && !set_id.is_empty()
    {
        let members = set_members(&lookup, set_id);
        routes.extend(members.iter().map(|id| route(id, RULE_SET_CHILD)));
    }
    // Expansion: an id that is a set with members becomes those members, keyed by the set.
    let mut expanded = Vec::with_capacity(routes.len());
    for r in routes {
        if r.child == RULE_SET_CHILD {
            expanded.push(r);
            continue;
        }
        let members = set_members(&lookup, &r.rule_id);
        if members.is_empty() {
            expanded.push(route(&r.rule_id, &r.rule_id));
        } else {
            expanded.extend(members.iter().map(|id| route(id, &r.rule_id)));
        }
    }
    expanded
}

/// `temporal_rules` of the document `id` (empty if missing or not a set).
fn set_members<D: Borrow<Value>>(lookup: &impl Fn(&str) -> Option<D>, id: &str) -> Vec<String> {
    lookup(id).map_or_else(Vec::new, |doc| {
        string_list(doc.borrow().get("temporal_rules"))
            .into_iter()
            .map(str::to_owned)
            .collect()
    })
}

fn string_list(v: Option<&Value>) -> Vec<&str> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// A rule ready to be tested.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub rule_id: String,
    pub child: String,
    /// The rule's `enabled` override (honoured even when the rest is invalid, as KAZOO does).
    pub enabled: Option<bool>,
    /// `None` when the document is not a valid rule: it is skipped unless forced enabled.
    pub rule: Option<TemporalRule>,
    /// The rule's start date, local to the zone.
    pub start: Date,
}

/// The candidates of `routes` at `now` in `zone`, in order (`get_temporal_rules`): rules that
/// are missing are skipped, and so are rules starting after today.
pub fn load_candidates<D: Borrow<Value>>(
    routes: &[Route],
    lookup: impl Fn(&str) -> Option<D>,
    zone: &TimeZone,
    now: Timestamp,
) -> Vec<Candidate> {
    let local_now = tz::to_local(zone, now);
    let today = local_now.date();
    routes
        .iter()
        .filter_map(|r| {
            let doc = lookup(&r.rule_id)?;
            let doc = doc.borrow();
            let rule = TemporalRule::from_json(doc).ok();
            let start_secs = match &rule {
                Some(rule) => rule.start_date,
                None => doc.get("start_date").and_then(lenient::as_i64),
            };
            // A start date too large to represent is certainly in the future.
            let start = start_date(start_secs, zone, local_now)?;
            if start > today {
                return None;
            }
            Some(Candidate {
                rule_id: r.rule_id.clone(),
                child: r.child.clone(),
                enabled: rule
                    .as_ref()
                    .map_or_else(|| enabled_override(doc), |r| r.enabled),
                rule,
                start,
            })
        })
        .collect()
}

/// The local start date of a rule (`kz_date:from_gregorian_seconds(StartDate, TZ)`).
///
/// Without a `start_date` KAZOO passes its *local* seconds of now where UTC seconds belong, so
/// the zone offset is applied twice: in Berlin after 23:00 (22:00 in summer) such a rule
/// starts "tomorrow" and is dropped as future, in New York it starts yesterday evening. We
/// keep that, so a migrated office routes as before; rules saved through the API always have
/// a `start_date` (schema default 1983-04-11).
pub fn start_date(start_date: Option<i64>, zone: &TimeZone, local_now: DateTime) -> Option<Date> {
    let secs = start_date.unwrap_or_else(|| tz::wall_seconds(local_now));
    Some(tz::to_local(zone, tz::from_gregorian(secs)?).date())
}

/// The first candidate that matches at `local_now` (`process_rules`).
pub fn select(candidates: &[Candidate], local_now: DateTime) -> Option<&Candidate> {
    candidates.iter().find(|c| match c.enabled {
        Some(forced) => forced,
        None => c
            .rule
            .as_ref()
            .is_some_and(|rule| matches_at(rule, c.start, local_now)),
    })
}

/// Whether `rule` (ignoring its `enabled` override) is in its time window at `local_now`.
pub fn matches_at(rule: &TemporalRule, start: Date, local_now: DateTime) -> bool {
    let Some(base) = occurrence_for(rule, start, local_now.date()) else {
        return false;
    };
    let base_secs = base.days() * 86_400;
    let now = tz::wall_seconds(local_now);
    base_secs + i64::from(rule.time_window_start) <= now
        && now <= base_secs + i64::from(rule.time_window_stop)
}

/// The occurrence day whose window is tested on `today`: `next_rule_date` from yesterday,
/// or from today for weekly rules ("weekly logic becomes convoluted" otherwise, says KAZOO).
fn occurrence_for(rule: &TemporalRule, start: Date, today: Date) -> Option<Ymd> {
    let today = Ymd::from_date(today);
    let search = match rule.recurrence.cycle {
        Cycle::Weekly(_) => today,
        _ => today.add_days(-1),
    };
    Some(next_rule_ymd(&rule.recurrence, Ymd::from_date(start), search)?.normalize())
}

/// The whole `temporal_route` decision: `Some(child key)` to continue with (the caller falls
/// back to `_` if that child is missing), or `None` for the default child `_`.
pub fn evaluate<D: Borrow<Value>>(
    data: &Value,
    child_keys: &[&str],
    lookup: impl Fn(&str) -> Option<D>,
    zone: &TimeZone,
    now: Timestamp,
) -> Option<String> {
    let routes = build_routes(data, child_keys, &lookup);
    let candidates = load_candidates(&routes, &lookup, zone, now);
    select(&candidates, tz::to_local(zone, now)).map(|c| c.child.clone())
}

/// The next window of `rule` that is open at or after `local_now`: (opens, closes) in wall
/// clock time, both inclusive, looking at most `horizon_days` days ahead. For "closed now,
/// opens Monday 08:00" (turn the wall times into instants with [`tz::from_local`]). The
/// `enabled` override is ignored; a window that is open now starts at `local_now`.
///
/// This tests each day exactly as [`select`] would, so it agrees with routing even where
/// KAZOO's occurrences are irregular.
pub fn next_window(
    rule: &TemporalRule,
    start: Date,
    local_now: DateTime,
    horizon_days: u32,
) -> Option<(DateTime, DateTime)> {
    if rule.time_window_start > rule.time_window_stop {
        return None;
    }
    let mut day = local_now.date();
    for _ in 0..=horizon_days {
        if day >= start && occurrence_for(rule, start, day).and_then(Ymd::to_date) == Some(day) {
            let open = tz::at_seconds(day, rule.time_window_start)?;
            let close = tz::at_seconds(day, rule.time_window_stop)?;
            if close >= local_now {
                return Some((open.max(local_now), close));
            }
        }
        day = day.tomorrow().ok()?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashMap;

    fn docs(list: &[(&str, Value)]) -> HashMap<String, Value> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn route_list_order_and_set_expansion() {
        let db = docs(&[
            (
                "hol",
                json!({"name": "Holidays", "temporal_rules": ["xmas", "newyear"]}),
            ),
            ("rs", json!({"name": "Set", "temporal_rules": ["r1", "r2"]})),
            ("empty", json!({"name": "Empty set", "temporal_rules": []})),
        ]);
        let data = json!({"rules": ["hol", "open"], "rule_set": "rs"});
        let routes = build_routes(&data, &["lunch", "_", "hol"], |id| db.get(id));
        let pairs: Vec<(&str, &str)> = routes
            .iter()
            .map(|r| (r.rule_id.as_str(), r.child.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("xmas", "hol"),
                ("newyear", "hol"),
                ("open", "open"),
                ("lunch", "lunch"),
                ("xmas", "hol"),
                ("newyear", "hol"),
                ("r1", "rule_set"),
                ("r2", "rule_set"),
            ]
        );
        let routes = build_routes(&json!({"rules": ["empty", 5]}), &[], |id| db.get(id));
        assert_eq!(
            routes,
            [Route {
                rule_id: "empty".into(),
                child: "empty".into()
            }]
        );
    }
}
