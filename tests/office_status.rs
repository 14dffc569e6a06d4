//! `GET /v2/accounts/{A}/callflows/{id}/office_status` through the running box, on the call
//! logic's clock (`EDGEPBX_CLOCK_OFFSET`) in the account's zone: SmartPBX's per-day rules,
//! lunch and a holiday set; the same data restarted on the holiday; who may ask, and bad asks.

mod common;

use common::{Client, Pbx};
use serde_json::{Value, json};

/// 2027-01-04 (a Monday) 10:30 UTC = 11:30 in Berlin; 2027-01-11 is the holiday.
const MONDAY_1130_BERLIN: i64 = 1_799_058_600;
const HOLIDAY_1100_BERLIN: i64 = MONDAY_1130_BERLIN + 7 * 86_400 - 1800;

fn start_at(data: &std::path::Path, unix: i64) -> Pbx {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let offset = (unix - now).to_string();
    Pbx::start_env(data, &[], &[("EDGEPBX_CLOCK_OFFSET", offset.as_str())])
}

fn make(admin: &Client, kind: &str, doc: Value) -> String {
    let r = admin.put(&admin.url(kind), doc);
    assert_eq!(r.status, 201, "{kind}: {}", r.text());
    r.data()["id"].as_str().unwrap().to_string()
}

fn rule(name: &str, kind: &str, wdays: &[&str], start: u32, stop: u32) -> Value {
    json!({"name": name, "type": kind, "cycle": "weekly", "interval": 1, "wdays": wdays,
           "time_window_start": start, "time_window_stop": stop})
}

/// The office: Monday 09-17 and Tuesday 08-12 (Berlin), lunch 12-13 on both, the holiday
/// "Founders day" (January 11, a set as SmartPBX groups holidays); returns the main callflow.
fn office(admin: &Client) -> String {
    let r = admin.patch(&admin.url(""), json!({"timezone": "Europe/Berlin"}));
    assert_eq!(r.status, 200, "{}", r.text());
    let mon = make(
        admin,
        "temporal_rules",
        rule("MainMonday", "main_weekdays", &["monday"], 32400, 61200),
    );
    let tue = make(
        admin,
        "temporal_rules",
        rule("MainTuesday", "main_weekdays", &["tuesday"], 28800, 43200),
    );
    let lunch = make(
        admin,
        "temporal_rules",
        rule(
            "MainLunchHours",
            "main_lunchbreak",
            &["monday", "tuesday"],
            43200,
            46800,
        ),
    );
    let founders = make(
        admin,
        "temporal_rules",
        json!({"name": "Founders day", "cycle": "yearly", "interval": 1, "month": 1, "days": [11]}),
    );
    let holiday = make(
        admin,
        "temporal_rules_sets",
        json!({"name": "Founders day", "type": "main_holidays", "temporal_rules": [founders]}),
    );
    let to = |n: &str| json!({"module": "play", "data": {"id": n}, "children": {}});
    make(
        admin,
        "callflows",
        json!({"name": "MainCallflow", "type": "main", "numbers": ["0"], "flow": {
            "module": "temporal_route", "data": {"rules": [holiday, lunch, mon, tue]},
            "children": {holiday.clone(): to("holiday"), lunch.clone(): to("lunch"),
                         mon.clone(): to("open"), tue.clone(): to("open"), "_": to("after")}}}),
    )
}

#[test]
fn open_closed_line_follows_the_box_clock_hours_lunch_and_holidays() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = start_at(&data, MONDAY_1130_BERLIN);
    let admin = pbx.admin();
    let main = office(&admin);
    let url = admin.url(&format!("callflows/{main}/office_status"));
    let s = admin.get(&url);
    assert_eq!(s.status, 200, "{}", s.text());
    let s = s.data();
    assert_eq!(s["clock_set"], true, "{s}");
    assert_eq!(s["timezone"], "Europe/Berlin");
    assert_eq!(s["open"], true, "{s}");
    assert_eq!(s["kind"], "open");
    assert_eq!(s["now"]["name"], "MainMonday");
    assert!(
        s["local"].as_str().unwrap().starts_with("2027-01-04T11:3"),
        "{s}"
    );
    // Closes for lunch at 12:00 Berlin = 11:00 UTC.
    let next = &s["next"];
    assert_eq!(next["kind"], "lunch", "{s}");
    assert_eq!(next["open"], false);
    assert_eq!(next["local"], "2027-01-04T12:00:00");
    assert_eq!(next["at"], "2027-01-04T11:00:00Z");
    assert_eq!(next["at_unix"], MONDAY_1130_BERLIN + 1800);
    assert_eq!(next["weekday"], "monday");
    assert_eq!(s["until"], s["next"], "lunch is the first change to closed");

    // A callflow without office hours is always the same way.
    let plain = make(
        &admin,
        "callflows",
        json!({"numbers": ["7000"], "flow": {"module": "play", "data": {"id": "x"}, "children": {}}}),
    );
    let s = admin
        .get(&admin.url(&format!("callflows/{plain}/office_status")))
        .data();
    assert_eq!(
        (s["kind"].as_str(), &s["next"]),
        (Some("always"), &json!(null))
    );

    // Bad asks: a missing callflow, another method, a plain user.
    assert_eq!(
        admin
            .get(&admin.url("callflows/nosuchflow/office_status"))
            .status,
        404
    );
    assert_eq!(admin.post(&url, json!({})).status, 405);
    let user = pbx.user_client(&admin, "pat", "user");
    let url_user = user.url(&format!("callflows/{main}/office_status"));
    assert_eq!(user.get(&url_user).status, 403);
    drop(pbx);

    // The same office on the holiday (a Monday): closed, named, until midnight.
    let pbx = start_at(&data, HOLIDAY_1100_BERLIN);
    let admin = pbx.admin();
    let s = admin.get(&url).data();
    assert_eq!(s["open"], false, "{s}");
    assert_eq!(s["kind"], "holiday");
    assert_eq!(s["now"]["name"], "Founders day");
    assert_eq!(s["next"]["local"], "2027-01-12T00:00:00", "{s}");
    assert_eq!(s["next"]["kind"], "closed");
    // Past the closed night: it opens with Tuesday's hours.
    assert_eq!(s["until"]["local"], "2027-01-12T08:00:00", "{s}");
    assert_eq!(s["until"]["open"], true);
}
