//! The web panel end to end: an admin signs in with headless Chromium (Debian's
//! `/usr/bin/chromium`, driven by playwright-core from `tests/web/`), goes through the
//! first-boot wizard (forced password change), reads the dashboard (a real SIP ban and a refused
//! provider registration as alerts), creates a user with an extension and a desk phone, hits a
//! taken extension, opens the devices and call logs, plays and handles a voicemail message,
//! makes a voicemail box, a ring group and a number, lifts the ban and uploads an update; then
//! the documents the panel wrote are checked through the API for the shapes SmartPBX writes.
//! Also: the committed bundle in `web/dist/` is the build of `web/src/`.

mod common;

use common::panel::{
    browse, findings, now_gregorian, one_second_wav, past_first_boot, repo, screenshots,
    seed_calls_and_message, spawn_script, start_box, tools_present,
};
use common::sipp::{SippDir, free_port, register_users};
use common::{ADMIN_PASSWORD, Pbx};
use serde_json::{Value, json};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn committed_bundle_matches_the_sources() {
    if !tools_present() {
        return;
    }
    let out = Command::new(repo().join("scripts/build-web"))
        .arg("--check")
        .output()
        .expect("scripts/build-web");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The dashboard of a box that does not know the time yet (its wall clock at 1970, as after a
/// boot without an RTC, through `EDGEPBX_CLOCK_OFFSET`) says so in a banner; a box with its
/// clock set shows none.
#[test]
fn dashboard_says_when_the_box_clock_is_not_set() {
    if !tools_present() {
        return;
    }
    let real_unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let at_1970 = format!("-{}", real_unix - 400_000);
    for (offset, shot) in [(Some(at_1970.as_str()), "clock-unset"), (None, "clock-set")] {
        let env: Vec<(&str, &str)> = offset
            .map(|o| ("EDGEPBX_CLOCK_OFFSET", o))
            .into_iter()
            .collect();
        let (_dir, _, pbx) = start_box(&[], &env);
        let admin = pbx.admin();
        let clock = admin.get("/v2/system_status").data()["clock"].clone();
        assert_eq!(clock["set"], offset.is_none(), "{clock}");
        past_first_boot(&admin);
        let seen = browse(
            &pbx,
            "dashboard-clock.mjs",
            "web-dashboard-clock-screenshots",
            &[("PANEL_PASSWORD", ADMIN_PASSWORD), ("PANEL_SHOT", shot)],
        );
        if offset.is_some() {
            let text = seen["clock_banner"].as_str().unwrap_or_default();
            assert!(
                text.contains("does not know the date and time") && text.contains("default route"),
                "{seen}"
            );
            assert_eq!(seen["clock_banner_role"], "alert", "{seen}");
        } else {
            assert_eq!(seen["clock_banner"], Value::Null, "{seen}");
        }
        assert!(pbx.stop());
    }
}

/// Two legs of one call, written into the stopped box's store as the call engine writes them.
fn seed_call(data: &Path, account: &str) {
    let now = now_gregorian();
    let legs = [("panel-a-leg", "inbound"), ("panel-b-leg", "outbound")]
        .iter()
        .enumerate()
        .map(|(i, (call, direction))| {
            let ts = now - 60 + i as u64;
            json!({
                "call_id": call, "call_direction": direction, "timestamp": ts, "interaction_id": format!("{}-panel", now - 60),
                "caller_id_number": "1001", "caller_id_name": "Ada", "callee_id_number": "1002", "duration_seconds": 12,
                "billing_seconds": 10, "hangup_cause": "NORMAL_CLEARING", "request": "1002@office.local", "to": "1002@office.local",
                "from": "1001@office.local", "channel_created_time": (ts - edgepbx_store::GREGORIAN_OFFSET) * 1_000_000,
                "custom_channel_vars": {"account_id": account},
            })
        })
        .collect();
    seed_calls_and_message(data, account, legs, VM_MESSAGE);
}

const VM_MESSAGE: &str = "panel-vm-1";

#[test]
fn admin_creates_a_user_with_extension_and_phone_in_the_browser() {
    if !tools_present() {
        return;
    }
    let (_dir, data, pbx) = start_box(&[], &[]);
    let account = pbx.admin().account_id.clone();
    assert!(pbx.stop());
    seed_call(&data, &account);
    // Banned after one failed authentication, so the dashboard has an alert to show.
    let pbx = Pbx::start_env(&data, &[], &[("EDGEPBX_SIP_BAN_FAILURES", "1")]);

    // The page itself: strict CSP, no inline script.
    let page = common::raw(
        pbx.http,
        b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(page.status, 200);
    assert!(
        page.header("content-security-policy")
            .unwrap()
            .contains("default-src 'self'")
    );
    assert!(
        page.text()
            .contains("<script type=\"module\" src=\"/app.js?v=")
    );

    // Signed in before the browser's wizard changes the console password.
    let admin = pbx.admin();
    assert_eq!(
        admin
            .get(&admin.url(&format!("users/{}", admin.owner_id)))
            .data()["require_password_update"],
        true,
        "first boot asks for a new password"
    );

    for n in ["%2B14155550100", "%2B14155550199"] {
        let r = admin.put(&admin.url(&format!("phone_numbers/{n}")), json!({}));
        assert_eq!(r.status, 201, "{}", r.text());
    }
    // A wrong password from 127.0.0.2 (the phone registers later from 127.0.0.1).
    let sipp = SippDir::new();
    let wrong = sipp.users("wrong.csv", &[("9999", "not-the-password")]);
    let port = free_port().to_string();
    sipp.run_ok(&[
        "-sf",
        "register_wrong.xml",
        "-inf",
        wrong.to_str().unwrap(),
        "-i",
        "127.0.0.2",
        "-p",
        &port,
        "-m",
        "1",
        &pbx.sip.to_string(),
    ]);
    let bans = admin.get(&admin.url("sip_bans")).data();
    assert_eq!(bans[0]["ip"], "127.0.0.2", "{bans}");
    // An outside line whose registrar refuses (SIPp answers 403): a second alert.
    let registrar_port = free_port().to_string();
    let mut registrar = sipp.spawn(&[
        "-sf",
        "provider_refuse.xml",
        "-i",
        "127.0.0.10",
        "-p",
        &registrar_port,
        "-m",
        "1",
    ]);
    let carrier = admin.put(
        &admin.url("resources"),
        json!({"name": "Carrier One", "gateways": [{"server": "127.0.0.10",
            "port": registrar_port.parse::<u16>().unwrap(), "register": true,
            "username": "+14155550999", "password": "wrong"}]}),
    );
    assert_eq!(carrier.status, 201, "{}", carrier.text());
    let carrier = common::id_of(&carrier);
    registrar.expect_ok(Duration::from_secs(20));
    let deadline = Instant::now() + Duration::from_secs(20);
    while admin
        .get(&admin.url(&format!("resources/{carrier}/status")))
        .data()["gateways"][0]["state"]
        != "failed"
    {
        assert!(
            Instant::now() < deadline,
            "the refused registration never failed"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let front_desk = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Front desk", "mailbox": "800", "messages": [{"media_id": VM_MESSAGE,
            "folder": "new", "caller_id_number": "+14155550123", "caller_id_name": "Caller",
            "length": 1000, "timestamp": 63_900_000_000u64}]}),
    );
    assert_eq!(front_desk.status, 201, "{}", front_desk.text());
    let front_desk = common::id_of(&front_desk);

    let shots = screenshots("web-panel-screenshots");
    let credentials = shots.join("credentials.json");
    let _ = std::fs::remove_file(&credentials);
    let mut browser = spawn_script(
        "panel.mjs",
        &[
            ("PANEL_URL", &format!("http://{}/", pbx.http)),
            ("PANEL_ACCOUNT", "office"),
            ("PANEL_PASSWORD", ADMIN_PASSWORD),
            ("PANEL_OUT", shots.to_str().unwrap()),
        ],
    );
    // A phone registers with the SIP credentials the panel showed, while the browser watches.
    let deadline = Instant::now() + Duration::from_secs(60);
    while !credentials.exists() && Instant::now() < deadline {
        if browser.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    if let Ok(text) = std::fs::read_to_string(&credentials) {
        let shown: Value = serde_json::from_str(&text).unwrap();
        let sipp = SippDir::new();
        let user = shown["username"].as_str().unwrap();
        let password = shown["password"].as_str().unwrap();
        register_users(
            &sipp,
            &pbx.sip.to_string(),
            &[(user, password)],
            free_port(),
            1,
            None,
        );
    }
    let seen = findings(browser);
    eprintln!("screenshots in {}", shots.display());
    assert_eq!(seen["problems"], json!([]), "browser: {seen}");
    assert_eq!(seen["token_in_session"], true);
    assert_eq!(seen["listed_extension"], "1001");
    assert_eq!(seen["extension_error"], "1001 is already in use", "{seen}");
    assert_eq!(
        seen["kept_input"], "bob",
        "a failed save keeps what was typed"
    );
    assert_eq!(seen["shown_status"], "Not registered");
    assert_eq!(seen["call_rows"], 1, "one row per call: {seen}");
    assert_eq!(seen["first_call_id"], "panel-a-leg");
    assert_eq!(seen["legs"], 2);
    assert_eq!(seen["phone_overflow"], false, "every screen fits 390 px");
    assert_eq!(seen["token_after_logout"], Value::Null);
    assert_eq!(seen["registered_shown"], "Registered", "{seen}");

    // The wizard: a weak or unproven password refused with the rule, then the change took.
    assert_eq!(seen["wizard_next_blocked"], true);
    assert_eq!(
        seen["weak_password_error"],
        "Too short: at least 12 characters"
    );
    assert_eq!(seen["wrong_old_error"], "This is not the current password");
    assert_eq!(seen["still_signed_in"], true);
    assert_eq!(seen["password_changed"], "Password changed.");
    assert_eq!(seen["office_saved"], "Saved.");
    assert_eq!(seen["wizard_users"], json!(["Grace Hopper · 1005"]));
    assert_eq!(seen["rerun_next_enabled"], true);
    assert_eq!(seen["rerun_overflow"], false, "the wizard fits 390 px");
    // The dashboard: counts before any user was added, then the phone registered, live.
    assert_eq!(
        seen["dashboard"],
        json!({"users": "2", "devices": "0", "registered": "0 / 0", "calls": "0",
               "numbers": "2 / 2", "version": env!("CARGO_PKG_VERSION")}),
        "{seen}"
    );
    let alerts = seen["dashboard_alerts"].as_array().unwrap();
    assert_eq!(alerts.len(), 2, "{seen}");
    assert_eq!(
        alerts[1],
        "Outside line Carrier One (127.0.0.10) failed to register"
    );
    assert!(
        alerts[0]
            .as_str()
            .unwrap()
            .starts_with("127.0.0.2 is banned ("),
        "{seen}"
    );
    assert_eq!(seen["dashboard_registered_later"], "1 / 1");
    assert_eq!(
        seen["dashboard_overflow"], false,
        "the dashboard fits 390 px"
    );
    let me = admin
        .get(&admin.url(&format!("users/{}", admin.owner_id)))
        .data();
    assert_eq!(me["require_password_update"], false);
    assert!(
        pbx.client()
            .login("admin", ADMIN_PASSWORD, "office")
            .is_err(),
        "the console password no longer signs in"
    );
    pbx.client()
        .login("admin", "Front-Desk-Ledger-42", "office")
        .expect("the new password signs in");
    let office = admin.get(&admin.url("")).data();
    assert_eq!(office["timezone"], "Europe/Berlin", "{office}");
    // The country step: the UK proposed en-gb and Europe/London (the admin then chose Berlin in
    // the office step and en-us in Settings); with 4-digit extensions the user form offered the
    // next free one and refused 105.
    assert_eq!(
        office["edgepbx"],
        json!({"country": "uk", "extension_length": 4})
    );
    assert_eq!(office["language"], "en-us", "{office}");
    assert_eq!(seen["proposed_language"], "en-gb");
    assert_eq!(seen["locale_saved"], "Saved.");
    assert_eq!(seen["office_zone_proposed"], "Europe/London");
    assert_eq!(seen["settings_locale"], json!(["uk", "4"]));
    assert_eq!(seen["proposed_extension"], "1000");
    assert_eq!(
        seen["extension_length_error"],
        "The office's extensions have 4 digits (Settings, Country and extensions)"
    );

    // What the panel wrote, read back through the API: SmartPBX's shapes.
    let users = admin.get(&admin.url("users?filter_username=ada")).data();
    let user_id = users[0]["id"].as_str().expect("ada listed").to_string();
    let user = admin.get(&admin.url(&format!("users/{user_id}"))).data();
    assert_eq!(user["first_name"], "Ada");
    assert_eq!(user["priv_level"], "user");
    assert_eq!(user["presence_id"], "1001");
    assert_eq!(user["caller_id"]["internal"]["number"], "1001");
    assert_eq!(user["ui_metadata"]["origin"], "voip");
    assert!(user.get("password").is_none(), "no password stored");
    let mut ada = pbx.client();
    ada.login("ada", "analytical-engine-1", "office")
        .expect("the password set in the panel logs in");

    let cfs = admin
        .get(&admin.url(&format!("callflows?filter_owner_id={user_id}")))
        .data();
    assert_eq!(cfs.as_array().unwrap().len(), 1);
    let cf = admin
        .get(&admin.url(&format!("callflows/{}", cfs[0]["id"].as_str().unwrap())))
        .data();
    assert_eq!(cf["type"], "mainUserCallflow");
    assert_eq!(cf["owner_id"], user_id);
    assert_eq!(cf["numbers"], json!(["1001"]));
    assert_eq!(cf["name"], "Ada Lovelace SmartPBX's Callflow");
    assert_eq!(cf["flow"]["module"], "user");
    assert_eq!(cf["flow"]["data"]["id"], user_id);

    let devs = admin
        .get(&admin.url(&format!("devices?filter_owner_id={user_id}")))
        .data();
    let dev = admin
        .get(&admin.url(&format!("devices/{}", devs[0]["id"].as_str().unwrap())))
        .data();
    assert_eq!(dev["device_type"], "sip_device");
    assert_eq!(dev["owner_id"], user_id);
    let sip_user = dev["sip"]["username"].as_str().unwrap();
    assert_eq!(sip_user, seen["sip_username"]);
    assert_eq!(dev["sip"]["password"], seen["sip_password"]);
    let random = sip_user.strip_prefix("user_").expect("user_ prefix");
    assert!(random.len() == 10 && random.chars().all(|c| c.is_ascii_alphanumeric()));

    // The main number and office hours: SmartPBX's MainCallflow routing by a weekly rule.
    assert_eq!(seen["hours_saved"], "Saved.");
    let mains = admin
        .get(&admin.url("callflows?filter_type=main&filter_name=MainCallflow"))
        .data();
    assert_eq!(
        mains.as_array().unwrap().len(),
        1,
        "one MainCallflow: {mains}"
    );
    let main = admin
        .get(&admin.url(&format!("callflows/{}", mains[0]["id"].as_str().unwrap())))
        .data();
    assert_eq!(main["numbers"], json!(["0", "+14155550100"]));
    assert_eq!(main["flow"]["module"], "temporal_route");
    // SmartPBX's custom hours: one weekly rule per open day, each to MainOpenHours.
    let rule_ids = main["flow"]["data"]["rules"].as_array().unwrap();
    assert_eq!(rule_ids.len(), 5, "{main}");
    let part = |name: &str| {
        let found = admin
            .get(&admin.url(&format!("callflows?filter_type=main&filter_name={name}")))
            .data();
        assert_eq!(found.as_array().unwrap().len(), 1, "{name}: {found}");
        found[0]["id"].as_str().unwrap().to_string()
    };
    let days = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    for (id, day) in rule_ids.iter().zip(days) {
        let rule_id = id.as_str().unwrap();
        let rule = admin
            .get(&admin.url(&format!("temporal_rules/{rule_id}")))
            .data();
        assert_eq!(
            rule["name"],
            format!("Main{}{}", day[..1].to_uppercase(), &day[1..])
        );
        assert_eq!(rule["type"], "main_weekdays");
        assert_eq!(rule["cycle"], "weekly");
        assert_eq!(rule["wdays"], json!([day]));
        assert_eq!(rule["time_window_start"], 8 * 3600 + 1800);
        assert_eq!(rule["time_window_stop"], 17 * 3600);
        assert_eq!(
            main["flow"]["children"][rule_id]["data"]["id"],
            part("MainOpenHours")
        );
    }
    assert_eq!(
        main["flow"]["children"]["_"]["data"]["id"],
        part("MainAfterHours")
    );
    for name in ["MainLunchHours", "MainHolidays", "MainOpenHoursMenu"] {
        part(name);
    }

    // Voicemail: the seeded message played, downloaded, heard, deleted; a box made and edited.
    assert_eq!(seen["vm_count"], "1");
    assert!(seen["vm_duration"].as_f64().unwrap() > 0.9, "{seen}");
    assert_eq!(seen["vm_download"], format!("800-{VM_MESSAGE}.wav"));
    assert_eq!(seen["vm_download_bytes"], one_second_wav().len());
    assert_eq!(seen["vm_heard"], "Heard");
    assert_eq!(seen["vm_pin_error"], "4 to 6 digits");
    assert_eq!(seen["vm_email_error"], "Not an email address: nope");
    let messages = admin
        .get(&admin.url(&format!("vmboxes/{front_desk}/messages")))
        .data();
    assert_eq!(messages[0]["folder"], "deleted", "{messages}");
    let sales = admin.get(&admin.url("vmboxes?filter_mailbox=801")).data();
    let sales = admin
        .get(&admin.url(&format!(
            "vmboxes/{}",
            sales[0]["id"].as_str().expect("box 801 made")
        )))
        .data();
    assert_eq!(sales["name"], "Sales");
    assert_eq!(sales["owner_id"], user_id);
    assert_eq!(sales["pin"], "4321");
    assert_eq!(sales["skip_greeting"], true);
    assert_eq!(sales["announcement_only"], true);
    assert_eq!(sales["skip_instructions"], false);
    assert_eq!(
        sales["notify_email_addresses"],
        json!(["sales@example.com"])
    );

    // The group, as SmartPBX writes it: a groups doc, a baseGroup ring_group callflow and the
    // userGroup callflow on its extension; the refused first save left nothing.
    assert_eq!(
        seen["group_timeline"],
        json!({"admin": ["0", "15"], "ada": ["15", "15"]}),
        "times in the order members were picked"
    );
    assert_eq!(seen["group_extension_error"], "1001 is already in use");
    assert_eq!(seen["group_loaded_delay"], "15");
    assert_eq!(seen["group_ext"], "2000");
    let groups = admin.get(&admin.url("groups")).data();
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
    let group_id = groups[0]["id"].as_str().unwrap();
    let group = admin.get(&admin.url(&format!("groups/{group_id}"))).data();
    assert_eq!(group["name"], "Support");
    assert_eq!(
        group["endpoints"],
        json!({admin.owner_id.clone(): {"type": "user"}, user_id.clone(): {"type": "user"}})
    );
    let group_cfs = admin.get(&admin.url("callflows?has_key=group_id")).data();
    assert_eq!(group_cfs.as_array().unwrap().len(), 2, "{group_cfs}");
    let cf_of = |ty: &str| {
        let c = group_cfs
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["type"] == ty)
            .unwrap_or_else(|| panic!("{ty}: {group_cfs}"));
        admin
            .get(&admin.url(&format!("callflows/{}", c["id"].as_str().unwrap())))
            .data()
    };
    let (base, on_ext) = (cf_of("baseGroup"), cf_of("userGroup"));
    assert_eq!(base["group_id"], group_id);
    assert_eq!(base["numbers"][0].as_str().unwrap().len(), 25);
    assert_eq!(base["flow"]["module"], "ring_group");
    assert_eq!(base["flow"]["data"]["repeats"], 2);
    assert_eq!(base["flow"]["data"]["timeout"], 30);
    assert_eq!(
        base["flow"]["data"]["endpoints"],
        json!([
            {"id": admin.owner_id.clone(), "endpoint_type": "user", "delay": 0, "timeout": 15},
            {"id": user_id.clone(), "endpoint_type": "user", "delay": 15, "timeout": 15}
        ])
    );
    assert_eq!(on_ext["numbers"], json!(["2000"]));
    assert_eq!(on_ext["flow"]["module"], "callflow");
    assert_eq!(on_ext["flow"]["data"]["id"], base["id"]);

    assert_eq!(
        admin.get(&admin.url("sip_bans")).data(),
        json!([]),
        "the ban was lifted in Settings"
    );

    // Numbers and the update upload.
    assert_eq!(seen["number_used_by"], "Main number");
    assert_eq!(seen["number_spare"], "Spare");
    assert_eq!(
        seen["number_error"],
        "3 to 15 digits, with + first for an international number"
    );
    let numbers = admin.get(&admin.url("phone_numbers")).data();
    let mut listed: Vec<_> = numbers["numbers"].as_object().unwrap().keys().collect();
    listed.sort();
    assert_eq!(listed, ["+14155550100", "+14155550142"]);
    assert_eq!(
        seen["update_refused"],
        "The box refused this: datastore unavailable: this box has no A/B system config"
    );

    // The edited then deleted user left nothing behind.
    assert_eq!(seen["edited_extension"], "1004");
    assert_eq!(
        admin.get(&admin.url("users?filter_username=cy")).data(),
        json!([])
    );
    let user_cfs = admin
        .get(&admin.url("callflows?filter_type=mainUserCallflow"))
        .data();
    assert_eq!(
        user_cfs.as_array().unwrap().len(),
        2,
        "ada's and grace's: {user_cfs}"
    );

    // The refused user was rolled back: no user, callflow or device of "bob" is left.
    let bob = admin.get(&admin.url("users?filter_username=bob")).data();
    assert_eq!(bob, json!([]), "the failed create left a user");
    let all_devices = admin.get(&admin.url("devices")).data();
    assert_eq!(all_devices.as_array().unwrap().len(), 1);
    assert!(pbx.stop());
}
