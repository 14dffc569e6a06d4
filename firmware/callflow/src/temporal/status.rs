//! "Open now, closes 17:00" / "Closed, opens Monday 08:00": which branch a `temporal_route`
//! takes now, and when and to which branch that changes next.
//!
//! Every answer comes from the router's own decision ([`load_candidates`] + [`select`]) tried
//! at the instants where it can change: each rule's window start, the second after its window
//! stop, and local midnight (occurrences and start dates change there). So the line the panel
//! shows cannot disagree with where a call goes. No clock: "now" is an argument.

use std::borrow::Borrow;

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use serde_json::Value;

use super::route::{Route, build_routes, load_candidates, select};
use super::rule::{SECONDS_IN_DAY, TemporalRule};
use super::tz;

/// The branch taken at one instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// The child key continued with; `None` for the default child `_`.
    pub child: Option<String>,
    /// The rule that matched (a member rule when the child is a rule set).
    pub rule_id: Option<String>,
}

/// A change of branch: when (the first instant of the new branch) and to what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub at: Timestamp,
    /// The wall-clock time of `at` in the zone.
    pub local: DateTime,
    pub to: Decision,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub now: Decision,
    /// `None` when nothing changes within the horizon.
    pub next: Option<Change>,
}

/// The decision of the route described by `data` / `child_keys` at `now`, and the next time
/// it differs (another child), looking at most `horizon_days` local days ahead.
pub fn status<D: Borrow<Value>>(
    data: &Value,
    child_keys: &[&str],
    lookup: impl Fn(&str) -> Option<D>,
    zone: &TimeZone,
    now: Timestamp,
    horizon_days: u32,
) -> Status {
    let routes = build_routes(data, child_keys, &lookup);
    let decide = |at: Timestamp| decide(&routes, &lookup, zone, at);
    let current = decide(now);
    let offsets = boundary_offsets(&routes, &lookup);
    let local_now = tz::to_local(zone, now);
    let mut day = local_now.date();
    for _ in 0..=horizon_days {
        for &secs in &offsets {
            let Some(local) = tz::at_seconds(day, secs) else {
                return Status {
                    now: current,
                    next: None,
                };
            };
            if local <= local_now {
                continue;
            }
            let Some(at) = tz::from_local(zone, local) else {
                continue;
            };
            let to = decide(at);
            if to.child != current.child {
                let local = tz::to_local(zone, at);
                return Status {
                    now: current,
                    next: Some(Change { at, local, to }),
                };
            }
        }
        let Ok(next_day) = day.tomorrow() else { break };
        day = next_day;
    }
    Status {
        now: current,
        next: None,
    }
}

/// The router's decision at `at` ([`super::evaluate`], keeping the matched rule).
fn decide<D: Borrow<Value>>(
    routes: &[Route],
    lookup: &impl Fn(&str) -> Option<D>,
    zone: &TimeZone,
    at: Timestamp,
) -> Decision {
    let candidates = load_candidates(routes, lookup, zone, at);
    match select(&candidates, tz::to_local(zone, at)) {
        Some(c) => Decision {
            child: Some(c.child.clone()),
            rule_id: Some(c.rule_id.clone()),
        },
        None => Decision {
            child: None,
            rule_id: None,
        },
    }
}

/// Seconds after local midnight where some rule's window opens or has just closed, plus
/// midnight itself; sorted, without repeats.
fn boundary_offsets<D: Borrow<Value>>(
    routes: &[Route],
    lookup: &impl Fn(&str) -> Option<D>,
) -> Vec<u32> {
    let mut offsets = vec![0];
    for route in routes {
        let Some(rule) =
            lookup(&route.rule_id).and_then(|doc| TemporalRule::from_json(doc.borrow()).ok())
        else {
            continue;
        };
        offsets.push(rule.time_window_start);
        // Windows include their stop second: the branch changes one second later.
        offsets.push(rule.time_window_stop.saturating_add(1));
    }
    offsets.retain(|&s| s < SECONDS_IN_DAY);
    offsets.sort_unstable();
    offsets.dedup();
    offsets
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashMap;

    /// SmartPBX's shapes: Monday 09-17 and Tuesday 08-12, lunch 12-13 on Monday, the
    /// holidays set "Christmas" (December 25) and "Thanksgiving" (fourth Thursday of November).
    fn office() -> (Value, Vec<&'static str>, HashMap<String, Value>) {
        let start = 62_586_115_200u64; // 1983-04-11, SmartPBX's default start_date
        let docs: HashMap<String, Value> = [
            (
                "mon",
                json!({"name": "MainMonday", "type": "main_weekdays", "cycle": "weekly",
                       "wdays": ["monday"], "time_window_start": 32400, "time_window_stop": 61200,
                       "start_date": start}),
            ),
            (
                "tue",
                json!({"name": "MainTuesday", "type": "main_weekdays", "cycle": "weekly",
                       "wdays": ["tuesday"], "time_window_start": 28800, "time_window_stop": 43200,
                       "start_date": start}),
            ),
            (
                "lunch",
                json!({"name": "MainLunchHours", "type": "main_lunchbreak", "cycle": "weekly",
                       "wdays": ["monday"], "time_window_start": 43200, "time_window_stop": 46800,
                       "start_date": start}),
            ),
            (
                "xmas",
                json!({"name": "Christmas", "cycle": "yearly", "month": 12, "days": [25],
                       "start_date": start}),
            ),
            (
                "thanks",
                json!({"name": "Thanksgiving", "cycle": "yearly", "month": 11,
                       "ordinal": "fourth", "wdays": ["thursday"], "start_date": start}),
            ),
            (
                "hol-xmas",
                json!({"name": "Christmas", "type": "main_holidays", "temporal_rules": ["xmas"]}),
            ),
            (
                "hol-thanks",
                json!({"name": "Thanksgiving", "type": "main_holidays",
                       "temporal_rules": ["thanks"]}),
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        // SmartPBX: holidays first, then lunch before the open hours.
        let data = json!({"rules": ["hol-xmas", "hol-thanks", "lunch", "mon", "tue"]});
        let keys = vec!["hol-xmas", "hol-thanks", "lunch", "mon", "tue", "_"];
        (data, keys, docs)
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn run(now: &str, horizon: u32) -> Status {
        let (data, keys, docs) = office();
        let zone = tz::zone("Europe/Berlin").unwrap();
        status(&data, &keys, |id| docs.get(id), &zone, at(now), horizon)
    }

    fn child(d: &Decision) -> &str {
        d.child.as_deref().unwrap_or("_")
    }

    fn next(s: &Status) -> (String, &str) {
        let n = s.next.as_ref().expect("a next change");
        (n.local.to_string(), child(&n.to))
    }

    #[test]
    fn open_now_closes_at_lunch_then_reopens() {
        // 2027-01-04 is a Monday; Berlin is UTC+1 in January.
        let s = run("2027-01-04T09:30:00Z", 31);
        assert_eq!(child(&s.now), "mon");
        assert_eq!(next(&s), ("2027-01-04T12:00:00".into(), "lunch"));
        let s = run("2027-01-04T11:30:00Z", 31);
        assert_eq!(child(&s.now), "lunch");
        assert_eq!(next(&s), ("2027-01-04T13:00:01".into(), "mon"));
        let s = run("2027-01-04T15:00:00Z", 31);
        assert_eq!(next(&s), ("2027-01-04T17:00:01".into(), "_"));
    }

    #[test]
    fn closed_at_night_opens_next_morning_with_that_days_hours() {
        let s = run("2027-01-04T20:00:00Z", 31);
        assert_eq!(s.now.child, None);
        assert_eq!(next(&s), ("2027-01-05T08:00:00".into(), "tue"));
        // Tuesday noon to Monday 09:00: the weekend and Wednesday to Sunday are closed.
        let s = run("2027-01-05T12:00:00Z", 31);
        assert_eq!(next(&s), ("2027-01-11T09:00:00".into(), "mon"));
    }

    #[test]
    fn holidays_win_and_name_their_rule() {
        // 2028-12-25 is a Monday: Christmas, not the Monday hours.
        let s = run("2028-12-25T10:00:00Z", 31);
        assert_eq!(child(&s.now), "hol-xmas");
        assert_eq!(s.now.rule_id.as_deref(), Some("xmas"));
        // Its window ends with the day; Tuesday opens at 08:00 after that.
        assert_eq!(next(&s), ("2028-12-26T00:00:00".into(), "_"));
        // Fourth Thursday of November 2027 is the 25th.
        let s = run("2027-11-25T12:00:00Z", 31);
        assert_eq!(child(&s.now), "hol-thanks");
        let s = run("2027-11-24T12:00:00Z", 31);
        assert_eq!(s.now.child, None);
        assert_eq!(next(&s), ("2027-11-25T00:00:00".into(), "hol-thanks"));
    }

    /// The holiday kinds the panel writes: a range over the year's end (one rule per month
    /// in one set) and "last Monday of May".
    #[test]
    fn range_and_last_weekday_holidays_route() {
        let docs: HashMap<String, Value> = [
            ("dec", json!({"cycle": "yearly", "month": 12, "days": [30, 31]})),
            ("jan", json!({"cycle": "yearly", "month": 1, "days": [1, 2]})),
            ("may", json!({"cycle": "yearly", "month": 5, "ordinal": "last", "wdays": ["monday"]})),
            ("winter", json!({"name": "Winter break", "type": "main_holidays", "temporal_rules": ["dec", "jan"]})),
            ("memorial", json!({"name": "Memorial day", "type": "main_holidays", "temporal_rules": ["may"]})),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let data = json!({"rules": ["winter", "memorial"]});
        let keys = ["winter", "memorial", "_"];
        let zone = tz::zone("UTC").unwrap();
        let run = |now: &str| status(&data, &keys, |id| docs.get(id), &zone, at(now), 400);
        let s = run("2027-12-29T12:00:00Z");
        assert_eq!(s.now.child, None);
        assert_eq!(next(&s), ("2027-12-30T00:00:00".into(), "winter"));
        let s = run("2027-12-31T23:00:00Z");
        assert_eq!(child(&s.now), "winter");
        // The set holds across the new year: it ends after January 2.
        assert_eq!(next(&s), ("2028-01-03T00:00:00".into(), "_"));
        // May 2028 ends on a Wednesday: its last Monday is the 29th.
        let s = run("2028-05-01T12:00:00Z");
        assert_eq!(next(&s), ("2028-05-29T00:00:00".into(), "memorial"));
    }

    #[test]
    fn no_change_within_the_horizon() {
        let zone = tz::zone("UTC").unwrap();
        let data = json!({});
        let none: HashMap<String, Value> = HashMap::new();
        let s = status(
            &data,
            &["_"],
            |id| none.get(id),
            &zone,
            at("2027-01-04T10:00:00Z"),
            400,
        );
        assert_eq!(s.now.child, None);
        assert_eq!(s.next, None);
        // Tuesday 08:00 is beyond a horizon of a few hours' day.
        let s = run("2027-01-04T20:00:00Z", 0);
        assert_eq!(s.next, None);
    }

    #[test]
    fn agrees_with_the_router_around_every_change() {
        let (data, keys, docs) = office();
        let zone = tz::zone("Europe/Berlin").unwrap();
        let mut t = at("2027-11-20T00:00:00Z");
        for _ in 0..40 {
            let s = status(&data, &keys, |id| docs.get(id), &zone, t, 31);
            let routed = super::super::evaluate(&data, &keys, |id| docs.get(id), &zone, t);
            assert_eq!(s.now.child, routed, "at {t}");
            let n = s.next.expect("changes every week");
            let before = super::super::evaluate(
                &data,
                &keys,
                |id| docs.get(id),
                &zone,
                n.at.checked_sub(jiff::SignedDuration::from_secs(1))
                    .unwrap(),
            );
            assert_eq!(before, s.now.child, "the second before {}", n.at);
            t = n.at;
        }
    }
}
