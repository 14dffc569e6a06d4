//! The `temporal_route` decision on real zones: DST days, holidays first, overrides, rule sets,
//! future start dates, and the "opens Monday 08:00" helper.

use std::collections::HashMap;

use edgepbx_callflow::temporal::{TemporalRule, evaluate, next_window, route, tz};
use jiff::Timestamp;
use jiff::civil::date;
use serde_json::{Value, json};

/// The schema default start date, 1983-04-11 08:00 UTC.
const START: i64 = 62_586_115_200;

fn at(utc: &str) -> Timestamp {
    utc.parse().unwrap()
}

fn db(docs: &[(&str, Value)]) -> HashMap<String, Value> {
    docs.iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

/// Which child a `temporal_route` with `data` picks at `now` in `zone`.
fn pick(docs: &HashMap<String, Value>, data: &Value, zone: &str, now: &str) -> Option<String> {
    let zone = tz::zone(zone).unwrap();
    evaluate(data, &[], |id| docs.get(id), &zone, at(now))
}

fn office(window: (u32, u32)) -> HashMap<String, Value> {
    db(&[(
        "open",
        json!({"name": "MainOpenHours", "cycle": "weekly", "start_date": START,
               "wdays": ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],
               "time_window_start": window.0, "time_window_stop": window.1}),
    )])
}

#[test]
fn new_york_spring_forward_day_keeps_wall_clock_hours() {
    // 2024-03-10: 02:00 EST -> 03:00 EDT. 08:00-17:00 local is 12:00Z-21:00Z that day.
    let docs = office((8 * 3600, 17 * 3600));
    let data = json!({"rules": ["open"]});
    let open = |now| pick(&docs, &data, "America/New_York", now);
    assert_eq!(open("2024-03-10T11:59:59Z"), None);
    assert_eq!(open("2024-03-10T12:00:00Z").as_deref(), Some("open"));
    assert_eq!(open("2024-03-10T21:00:00Z").as_deref(), Some("open")); // 17:00:00 inclusive
    assert_eq!(open("2024-03-10T21:00:01Z"), None);
    // The day before (EST): 08:00 local = 13:00Z.
    assert_eq!(open("2024-03-09T12:30:00Z"), None);
    assert_eq!(open("2024-03-09T13:00:00Z").as_deref(), Some("open"));
}

#[test]
fn new_york_fall_back_day_keeps_wall_clock_hours() {
    // 2024-11-03: 02:00 EDT -> 01:00 EST. 08:00-17:00 local is 13:00Z-22:00Z that day.
    let docs = office((8 * 3600, 17 * 3600));
    let data = json!({"rules": ["open"]});
    let open = |now| pick(&docs, &data, "America/New_York", now);
    assert_eq!(open("2024-11-03T12:59:59Z"), None);
    assert_eq!(open("2024-11-03T13:00:00Z").as_deref(), Some("open"));
    assert_eq!(open("2024-11-03T22:00:00Z").as_deref(), Some("open"));
    assert_eq!(open("2024-11-03T22:00:01Z"), None);
}

#[test]
fn night_windows_across_the_gap_and_the_fold() {
    // 01:00-01:59:59 happens twice on the fall-back night: both instants are inside.
    let docs = office((3600, 2 * 3600 - 1));
    let data = json!({"rules": ["open"]});
    let open = |now| pick(&docs, &data, "America/New_York", now);
    assert_eq!(open("2024-11-03T05:30:00Z").as_deref(), Some("open")); // 01:30 EDT
    assert_eq!(open("2024-11-03T06:30:00Z").as_deref(), Some("open")); // 01:30 EST
    assert_eq!(open("2024-11-03T07:00:00Z"), None); // 02:00 EST
    // 02:00-02:59:59 does not exist on the spring-forward night: never open.
    let docs = office((2 * 3600, 3 * 3600 - 1));
    let open = |now| pick(&docs, &data, "America/New_York", now);
    assert_eq!(open("2024-03-10T06:59:59Z"), None); // 01:59:59 EST
    assert_eq!(open("2024-03-10T07:00:00Z"), None); // 03:00:00 EDT
}

#[test]
fn berlin_dst_days() {
    let docs = office((8 * 3600, 17 * 3600));
    let data = json!({"rules": ["open"]});
    let open = |now| pick(&docs, &data, "Europe/Berlin", now);
    // 2024-03-31: 02:00 CET -> 03:00 CEST; 08:00-17:00 CEST = 06:00Z-15:00Z.
    assert_eq!(open("2024-03-31T05:59:59Z"), None);
    assert_eq!(open("2024-03-31T06:00:00Z").as_deref(), Some("open"));
    assert_eq!(open("2024-03-31T15:00:00Z").as_deref(), Some("open"));
    assert_eq!(open("2024-03-31T15:00:01Z"), None);
    // 2024-10-27: 03:00 CEST -> 02:00 CET; 08:00-17:00 CET = 07:00Z-16:00Z.
    assert_eq!(open("2024-10-27T06:59:59Z"), None);
    assert_eq!(open("2024-10-27T07:00:00Z").as_deref(), Some("open"));
    assert_eq!(open("2024-10-27T16:00:00Z").as_deref(), Some("open"));
    assert_eq!(open("2024-10-27T16:00:01Z"), None);
}

/// SmartPBX's main number: holidays first, then lunch, then office hours.
fn smartpbx() -> (HashMap<String, Value>, Value) {
    let docs = db(&[
        (
            "holidays",
            json!({"name": "Holidays", "type": "main_holidays", "temporal_rules": ["xmas", "easter_monday"]}),
        ),
        (
            "xmas",
            json!({"name": "Christmas", "cycle": "yearly", "month": 12, "days": [25, 26], "start_date": START}),
        ),
        (
            "easter_monday",
            json!({"name": "Easter Monday 2025", "cycle": "date", /* 2025-04-21 00:00 Berlin */ "start_date": 1_745_186_400i64 + tz::GREGORIAN_OFFSET}),
        ),
        (
            "lunch",
            json!({"name": "MainLunchHours", "cycle": "weekly", "start_date": START,
            "wdays": ["monday","tuesday","wednesday","thursday","friday"],
            "time_window_start": 43_200, "time_window_stop": 46_800}),
        ),
        (
            "open",
            json!({"name": "MainOpenHours", "cycle": "weekly", "start_date": START,
            "wdays": ["monday","tuesday","wednesday","thursday","friday"],
            "time_window_start": 32_400, "time_window_stop": 61_200}),
        ),
    ]);
    (docs, json!({"rules": ["holidays", "lunch", "open"]}))
}

#[test]
fn holidays_come_first_then_lunch_then_office_hours() {
    let (docs, data) = smartpbx();
    let berlin = |now| pick(&docs, &data, "Europe/Berlin", now);
    // Thursday 2025-12-25 10:00 CET: a holiday although it is office hours.
    assert_eq!(berlin("2025-12-25T09:00:00Z").as_deref(), Some("holidays"));
    // Monday 2025-04-21 (Easter Monday, a `date` rule).
    assert_eq!(berlin("2025-04-21T08:00:00Z").as_deref(), Some("holidays"));
    // Tuesday 2025-12-23: 12:30 lunch, 10:00 open, 18:00 closed, 05:00 closed.
    assert_eq!(berlin("2025-12-23T11:30:00Z").as_deref(), Some("lunch"));
    assert_eq!(berlin("2025-12-23T09:00:00Z").as_deref(), Some("open"));
    assert_eq!(berlin("2025-12-23T17:00:00Z"), None);
    assert_eq!(berlin("2025-12-23T04:00:00Z"), None);
    // Saturday: closed all day.
    assert_eq!(berlin("2025-12-20T10:00:00Z"), None);
}

#[test]
fn enabled_overrides() {
    let (mut docs, data) = smartpbx();
    // Disabled holiday rule: Christmas becomes a normal Thursday.
    docs.get_mut("xmas").unwrap()["enabled"] = json!(false);
    assert_eq!(
        pick(&docs, &data, "Europe/Berlin", "2025-12-25T09:00:00Z").as_deref(),
        Some("open")
    );
    // Forced lunch: wins over office hours at any time, even at night and on Saturday.
    docs.get_mut("lunch").unwrap()["enabled"] = json!(true);
    assert_eq!(
        pick(&docs, &data, "Europe/Berlin", "2025-12-20T23:00:00Z").as_deref(),
        Some("lunch")
    );
    // Forced, and invalid otherwise: KAZOO honours `enabled` before it checks the cycle.
    docs.insert(
        "broken".into(),
        json!({"name": "no cycle", "enabled": true}),
    );
    let data = json!({"rules": ["broken", "open"]});
    assert_eq!(
        pick(&docs, &data, "Europe/Berlin", "2025-12-20T23:00:00Z").as_deref(),
        Some("broken")
    );
    // Invalid and not forced: skipped; missing documents too.
    docs.insert("broken".into(), json!({"name": "no cycle"}));
    let data = json!({"rules": ["missing", "broken", "open"]});
    assert_eq!(
        pick(&docs, &data, "Europe/Berlin", "2025-12-23T09:00:00Z").as_deref(),
        Some("open")
    );
}

#[test]
fn rules_starting_after_today_are_dropped_even_when_forced() {
    // start_date 2026-01-01 00:00 Berlin = 2025-12-31T23:00Z.
    let docs = db(&[(
        "new",
        json!({"name": "new hours", "cycle": "daily", "enabled": true,
        "start_date": 1_767_222_000i64 + tz::GREGORIAN_OFFSET}),
    )]);
    let data = json!({"rules": ["new"]});
    assert_eq!(
        pick(&docs, &data, "Europe/Berlin", "2025-12-31T22:59:59Z"),
        None
    );
    assert_eq!(
        pick(&docs, &data, "Europe/Berlin", "2025-12-31T23:00:00Z").as_deref(),
        Some("new")
    );
    // In New York that instant is still Dec 31 and the start date is Dec 31 there: applies.
    assert_eq!(
        pick(&docs, &data, "America/New_York", "2025-12-31T22:59:59Z").as_deref(),
        Some("new")
    );
}

#[test]
fn rule_set_children_and_expansion() {
    let (docs, _) = smartpbx();
    // `rule_set` members continue with child "rule_set".
    let data = json!({"rule_set": "holidays"});
    assert_eq!(
        pick(&docs, &data, "Europe/Berlin", "2025-12-26T10:00:00Z").as_deref(),
        Some("rule_set")
    );
    // Child keys are routes too: a set id as child key expands to its members.
    let zone = tz::zone("Europe/Berlin").unwrap();
    let got = evaluate(
        &json!({}),
        &["holidays", "_"],
        |id| docs.get(id),
        &zone,
        at("2025-12-26T10:00:00Z"),
    );
    assert_eq!(got.as_deref(), Some("holidays"));
}

#[test]
fn missing_start_date_uses_kazoos_shifted_now() {
    // KAZOO converts its *local* seconds as if they were UTC: in Berlin (UTC+1) after 23:00
    // the start date is "tomorrow" and the rule is dropped.
    let docs = db(&[("night", json!({"name": "n", "cycle": "daily"}))]);
    let data = json!({"rules": ["night"]});
    assert_eq!(
        pick(&docs, &data, "Europe/Berlin", "2025-01-15T21:30:00Z").as_deref(),
        Some("night")
    ); // 22:30
    assert_eq!(
        pick(&docs, &data, "Europe/Berlin", "2025-01-15T22:30:00Z"),
        None
    ); // 23:30
}

#[test]
fn opens_monday_0800() {
    let (docs, _) = smartpbx();
    let open = TemporalRule::from_json(&docs["open"]).unwrap();
    let start = date(1983, 4, 11);
    // Saturday 2025-12-20 10:00 -> Monday 2025-12-22 09:00-17:00.
    let (from, to) = next_window(&open, start, date(2025, 12, 20).at(10, 0, 0, 0), 14).unwrap();
    assert_eq!(
        (from, to),
        (
            date(2025, 12, 22).at(9, 0, 0, 0),
            date(2025, 12, 22).at(17, 0, 0, 0)
        )
    );
    // Open now: the window runs from now.
    let now = date(2025, 12, 22).at(16, 0, 0, 0);
    assert_eq!(next_window(&open, start, now, 14).unwrap().0, now);
    // As an instant in Berlin.
    let berlin = tz::zone("Europe/Berlin").unwrap();
    assert_eq!(
        tz::from_local(&berlin, from).unwrap(),
        at("2025-12-22T08:00:00Z")
    );
    // Christmas: yearly Dec 25/26; searched from Jan 1 the next one is in December.
    let xmas = TemporalRule::from_json(&docs["xmas"]).unwrap();
    let (from, _) = next_window(&xmas, start, date(2025, 1, 1).at(0, 0, 0, 0), 366).unwrap();
    assert_eq!(from, date(2025, 12, 25).at(0, 0, 0, 0));
    assert_eq!(
        next_window(&xmas, start, date(2025, 1, 1).at(0, 0, 0, 0), 30),
        None
    );
    // The candidate start date helper agrees with KAZOO's local date of start_date.
    assert_eq!(route::start_date(Some(START), &berlin, from), Some(start));
}

#[test]
fn gregorian_and_unix_now_agree() {
    let (docs, data) = smartpbx();
    let zone = tz::zone("Europe/Berlin").unwrap();
    let unix = tz::from_unix(1_766_480_400).unwrap(); // 2025-12-23T09:00:00Z
    let greg = tz::from_gregorian(1_766_480_400 + tz::GREGORIAN_OFFSET).unwrap();
    let a = evaluate(&data, &[], |id| docs.get(id), &zone, unix);
    let b = evaluate(&data, &[], |id| docs.get(id), &zone, greg);
    assert_eq!((a.as_deref(), b.as_deref()), (Some("open"), Some("open")));
}
