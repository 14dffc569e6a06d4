//! The Main number screen in headless Chromium (`tests/web/main-hours.mjs`) on a box whose
//! call-logic clock reads Monday 2027-01-04 10:30 UTC (`EDGEPBX_CLOCK_OFFSET`): per-day hours
//! from a template, lunch, a CSV line refused, three holidays, where calls go in open hours
//! and on holidays, the live line. Then the documents SmartPBX would read, a SIPp call to the
//! main number reaching the open-hours user, and the same data restarted on the holiday (the
//! line says so and the call reaches the holiday user) and on Tuesday evening (closed; the
//! receptionist's key 2 rings the user set for it).

mod common;

use std::path::Path;
use std::time::Duration;

use common::panel::{browse, make, past_first_boot, tools_present};
use common::sipp::{SippDir, free_port, register_from, uac, uas};
use common::{Client, Pbx, pcap};
use serde_json::{Value, json};

/// 2027-01-04 (a Monday) 10:30 UTC; the account's zone is UTC. 2027-01-11 is "Founders day".
const MONDAY_1030: i64 = 1_799_058_600;
const HOLIDAY_1030: i64 = MONDAY_1030 + 7 * 86_400;
/// Tuesday 2027-01-12 20:00 UTC: after hours.
const TUESDAY_2000: i64 = HOLIDAY_1030 + 86_400 + 9 * 3600 + 1800;

fn start_at(data: &Path, unix: i64) -> Pbx {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let offset = (unix - now).to_string();
    Pbx::start_env(data, &[], &[("EDGEPBX_CLOCK_OFFSET", offset.as_str())])
}

/// A user with a desk phone `sip_user` (password `pw<sip_user>`), no voicemail box.
fn user_with_phone(admin: &Client, first: &str, sip_user: &str) {
    let user = make(
        admin,
        "users",
        json!({"first_name": first, "last_name": "Office", "username": first.to_lowercase(),
               "password": "Office-Hours-2027", "priv_level": "user"}),
    );
    make(
        admin,
        "devices",
        json!({"name": format!("{first}'s phone"), "owner_id": user,
               "sip": {"username": sip_user, "password": format!("pw{sip_user}")}}),
    );
}

/// Calls the main number ("0", the operator SmartPBX adds with the first number) from 6101;
/// the phone `callee` answers, talks a second and hangs up.
fn call_reaches(pbx: &Pbx, callee: &str) {
    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, pbx, callee, port);
    let mut answer = uas(&dir, "uas_answer_hangup.xml", port, &["-d", "1000"]);
    let mut caller = uac(&dir, pbx, "uac_wait_bye.xml", "6101", "0", &[]);
    caller.expect_ok(Duration::from_secs(20));
    answer.expect_ok(Duration::from_secs(10));
}

/// Calls the main number after hours and presses `digit` in the virtual receptionist; the
/// phone `callee` answers.
fn menu_key_reaches(pbx: &Pbx, digit: char, callee: &str) {
    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, pbx, callee, port);
    let mut answer = uas(&dir, "uas_answer_hangup.xml", port, &["-d", "1000"]);
    pcap::rfc4733_dtmf(&dir.path().join("dtmf.pcap"), digit);
    let mut caller = uac(&dir, pbx, "uac_dtmf.xml", "6101", "0", &["-d", "8000"]);
    // The proof is the callee's: it is only called through key 2. The caller's scenario then
    // meets the callee's BYE in its pause, so its exit code says nothing here.
    answer.expect_ok(Duration::from_secs(20));
    caller.wait(Duration::from_secs(20));
}

fn list(admin: &Client, kind: &str) -> Vec<Value> {
    let ids: Vec<String> = admin
        .get(&admin.url(&format!("{kind}?paginate=false")))
        .data()
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    ids.iter()
        .map(|id| admin.get(&admin.url(&format!("{kind}/{id}"))).data())
        .collect()
}

#[test]
fn per_day_hours_lunch_and_holidays_change_the_line_and_the_route() {
    if !tools_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = start_at(&data, MONDAY_1030);
    let admin = pbx.admin();
    past_first_boot(&admin);
    make(
        &admin,
        "devices",
        json!({"name": "caller", "sip": {"username": "6101", "password": "pw6101"}}),
    );
    user_with_phone(&admin, "Alan", "6102");
    user_with_phone(&admin, "Grace", "6103");
    let password = common::ADMIN_PASSWORD;
    let seen = browse(
        &pbx,
        "main-hours.mjs",
        "web-main-hours",
        &[
            ("PANEL_PASSWORD", password),
            ("PANEL_MODE", "setup"),
            ("PANEL_OPEN_USER", "Alan Office"),
            ("PANEL_HOLIDAY_USER", "Grace Office"),
        ],
    );
    assert_eq!(seen["line_24h"], "Open 24 hours", "{seen}");
    assert_eq!(
        seen["overflow_390"], false,
        "a phone screen must not scroll sideways"
    );
    assert_eq!(
        seen["csv_errors"],
        json!([
            "Line 3: \"funday\" is not a weekday",
            "Line 4: times are HH:MM (24 hours)"
        ])
    );
    assert_eq!(
        seen["tuesday_after_bad_csv"], "08:00",
        "a bad file changes nothing"
    );
    assert_eq!(seen["hours_saved"], "Saved.");
    assert_eq!(seen["line_open"], "Open now, closes 12:00", "{seen}");
    assert_eq!(
        seen["holidays"],
        json!([
            "Founders day January 11",
            "Winter break December 24–31, January 1–2",
            "Thanksgiving Fourth Thursday of November"
        ])
    );
    assert_eq!(seen["holiday_no_name"], "Give it a name");
    assert_eq!(seen["handling_no_vmbox"], "This user has no voicemail box");

    // The documents, in SmartPBX's shapes: a weekly rule per open day, lunch on those days,
    // each holiday a `main_holidays` set of yearly rules, holidays first in the route.
    let rules = list(&admin, "temporal_rules");
    let named = |n: &str| {
        rules
            .iter()
            .find(|r| r["name"] == n)
            .unwrap_or_else(|| panic!("{n}: {rules:?}"))
            .clone()
    };
    for day in ["Monday", "Wednesday", "Thursday", "Friday"] {
        let r = named(&format!("Main{day}"));
        assert_eq!(r["type"], "main_weekdays");
        assert_eq!(r["wdays"], json!([day.to_lowercase()]));
        assert_eq!(
            (&r["time_window_start"], &r["time_window_stop"]),
            (&json!(32400), &json!(61200))
        );
    }
    let tuesday = named("MainTuesday");
    assert_eq!(
        (&tuesday["time_window_start"], &tuesday["time_window_stop"]),
        (&json!(28800), &json!(43200))
    );
    assert!(rules.iter().all(|r| r["name"] != "MainSaturday"));
    let lunch = named("MainLunchHours");
    assert_eq!(lunch["type"], "main_lunchbreak");
    assert_eq!(lunch["wdays"].as_array().unwrap().len(), 5);
    let thanks = named("Thanksgiving");
    assert_eq!(
        (
            &thanks["cycle"],
            &thanks["ordinal"],
            &thanks["wdays"],
            &thanks["month"]
        ),
        (
            &json!("yearly"),
            &json!("fourth"),
            &json!(["thursday"]),
            &json!(11)
        )
    );
    let sets = list(&admin, "temporal_rules_sets");
    assert_eq!(sets.len(), 3, "{sets:?}");
    assert!(sets.iter().all(|s| s["type"] == "main_holidays"));
    let winter = sets.iter().find(|s| s["name"] == "Winter break").unwrap();
    assert_eq!(winter["temporal_rules"].as_array().unwrap().len(), 2);
    let mains = admin
        .get(&admin.url("callflows?filter_type=main&filter_name=MainCallflow"))
        .data();
    let main_id = mains[0]["id"].as_str().unwrap().to_string();
    let main = admin
        .get(&admin.url(&format!("callflows/{main_id}")))
        .data();
    let order: Vec<&str> = main["flow"]["data"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap())
        .collect();
    let set_ids: Vec<&str> = sets.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(
        order[..3].iter().all(|id| set_ids.contains(id)),
        "{order:?}"
    );
    assert_eq!(order[3], lunch["id"]);
    assert_eq!(order.len(), 3 + 1 + 5);

    // After hours: the MainAfterHours callflow to its menu, whose keys 1 and 2 ring the users.
    let named_cf = |name: &str| {
        let found = admin
            .get(&admin.url(&format!("callflows?filter_type=main&filter_name={name}")))
            .data();
        let id = found[0]["id"].as_str().unwrap().to_string();
        admin.get(&admin.url(&format!("callflows/{id}"))).data()
    };
    let after = named_cf("MainAfterHours");
    let menu_cf = named_cf("MainAfterHoursMenu");
    assert_eq!(after["flow"]["module"], "callflow");
    assert_eq!(after["flow"]["data"]["id"], menu_cf["id"]);
    assert_eq!(menu_cf["flow"]["module"], "menu");
    let users = admin.get(&admin.url("users?paginate=false")).data();
    let user_id = |first: &str| {
        users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["first_name"] == first)
            .unwrap()["id"]
            .clone()
    };
    let keys = &menu_cf["flow"]["children"];
    assert_eq!(
        (&keys["1"]["module"], &keys["1"]["data"]["id"]),
        (&json!("user"), &user_id("Alan"))
    );
    assert_eq!(keys["2"]["data"]["id"], user_id("Grace"));
    assert_eq!(
        named_cf("MainOpenHours")["flow"]["data"]["id"],
        user_id("Alan")
    );

    // The main conference number: the greeting rendered by the box, then the conference.
    assert_eq!(
        seen["conf_bad"],
        "A number of 2 to 15 digits, optionally starting with +"
    );
    let conf = admin
        .get(&admin.url("callflows?filter_type=conference&filter_name=MainConference"))
        .data();
    let conf_id = conf[0]["id"].as_str().unwrap().to_string();
    let conf = admin
        .get(&admin.url(&format!("callflows/{conf_id}")))
        .data();
    assert_eq!(conf["numbers"], json!(["+14155550199"]));
    assert_eq!(conf["flow"]["module"], "play");
    assert_eq!(conf["flow"]["children"]["_"]["module"], "conference");
    let media_id = conf["flow"]["data"]["id"].as_str().unwrap();
    let media = admin.get(&admin.url(&format!("media/{media_id}"))).data();
    assert_eq!(media["media_source"], "tts");
    assert_eq!(media["tts"]["text"], "Welcome to the office conference.");
    assert!(
        media["tts_render"]["duration_ms"].as_u64().unwrap() > 500,
        "{media}"
    );

    // Monday 10:30: open hours, so Alan's phone rings.
    call_reaches(&pbx, "6102");
    drop(pbx);

    // The same office on Founders day: the line and the route both change.
    let pbx = start_at(&data, HOLIDAY_1030);
    let seen = browse(
        &pbx,
        "main-hours.mjs",
        "web-main-hours",
        &[
            ("PANEL_PASSWORD", password),
            ("PANEL_MODE", "line"),
            ("PANEL_SHOT", "main-hours-holiday"),
        ],
    );
    assert_eq!(
        seen["line"], "Closed (holiday: Founders day), opens Tuesday 08:00",
        "{seen}"
    );
    call_reaches(&pbx, "6103");
    drop(pbx);

    // Tuesday evening: closed, and the receptionist's key 2 rings Grace.
    let pbx = start_at(&data, TUESDAY_2000);
    let seen = browse(
        &pbx,
        "main-hours.mjs",
        "web-main-hours",
        &[
            ("PANEL_PASSWORD", password),
            ("PANEL_MODE", "line"),
            ("PANEL_SHOT", "main-hours-after-hours"),
        ],
    );
    assert_eq!(seen["line"], "Closed, opens Wednesday 09:00", "{seen}");
    menu_key_reaches(&pbx, '2', "6103");
}
