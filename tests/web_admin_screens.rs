//! Panel screens of an admin beyond the first browser test (`tests/web/admin-screens.mjs` in
//! headless Chromium): a voicemail greeting uploaded from a WAV (a text file refused by the
//! form, a fake WAV by the box), and conferences made, edited and deleted (bad PINs and a taken
//! number refused at their fields), a group ringing one member at a time and then a voicemail
//! box. The effects are checked through the API.

mod common;

use common::ADMIN_PASSWORD;
use common::panel::{browse, make, one_second_wav, past_first_boot, start_box, tools_present};
use serde_json::json;

#[test]
fn admin_screens_greeting_conferences_group_features_dashboard() {
    if !tools_present() {
        return;
    }
    // The box behind a router: providers are shown this address (the dashboard says so).
    let (dir, _, pbx) = start_box(
        &["--board", "sim:fxs=2,country=us"],
        &[("EDGEPBX_PROVIDER_PUBLIC_IP", "198.51.100.77")],
    );
    let admin = pbx.admin();
    let ada = make(
        &admin,
        "users",
        json!({"first_name": "Ada", "last_name": "Lovelace", "username": "ada", "password": "Ada-Password-1843"}),
    );
    make(
        &admin,
        "callflows",
        json!({"numbers": ["1001"], "flow": {"module": "user", "data": {"id": ada}, "children": {}}}),
    );
    let box850 = make(
        &admin,
        "vmboxes",
        json!({"name": "Ada", "mailbox": "850", "owner_id": ada}),
    );
    for (name, kind) in [
        ("Ada's Phone", "sip_device"),
        ("Ada's Softphone", "softphone"),
    ] {
        make(
            &admin,
            "devices",
            json!({"name": name, "owner_id": ada, "device_type": kind,
                   "sip": {"username": name.replace(['\'', ' '], "_"), "password": "device-pass-1234"}}),
        );
    }
    // The admin is past the first-boot password change here (the wizard has its own test).
    past_first_boot(&admin);
    let count = |kind: &str| admin.get(&admin.url(kind)).data().as_array().unwrap().len();
    let (media_before, callflows_before) = (count("media"), count("callflows"));

    let wav = dir.path().join("greeting.wav");
    std::fs::write(&wav, one_second_wav()).unwrap();
    let seen = browse(
        &pbx,
        "admin-screens.mjs",
        "web-admin-screens-screenshots",
        &[
            ("PANEL_PASSWORD", ADMIN_PASSWORD),
            ("PANEL_WAV", wav.to_str().unwrap()),
        ],
    );

    // The greeting: the refused files left no media document; the WAV is the box's greeting.
    assert_eq!(seen["greeting_type_error"], "Pick a WAV or MP3 file");
    assert_eq!(seen["greeting_error"], "not a WAV or MP3 file", "{seen}");
    assert_eq!(
        seen["greeting_hint"],
        "A greeting is set; a new file replaces it."
    );
    let vmbox = admin.get(&admin.url(&format!("vmboxes/{box850}"))).data();
    let greeting = vmbox["media"]["unavailable"]
        .as_str()
        .unwrap_or_else(|| panic!("no greeting: {vmbox}"));
    let raw = admin.request(
        "GET",
        &admin.url(&format!("media/{greeting}/raw")),
        &[],
        None,
    );
    assert_eq!(raw.status, 200);
    assert_eq!(raw.body, one_second_wav());
    assert_eq!(count("media"), media_before + 1, "only the greeting");

    // Conferences: one left, with its PINs, and one callflow dialling into it on 3001.
    assert_eq!(
        seen["conf_pin_error"],
        "PINs of 4 to 8 digits, comma separated"
    );
    assert_eq!(
        seen["conf_number_error"], "1001 is already in use",
        "{seen}"
    );
    assert_eq!(seen["conf_pins"], "2 member, 1 moderator");
    assert_eq!(seen["conf_number"], "3001");
    assert_eq!(seen["conf_overflow"], false, "conferences fit 390 px");
    let confs = admin.get(&admin.url("conferences")).data();
    assert_eq!(confs.as_array().unwrap().len(), 1, "{confs}");
    let conf_id = confs[0]["id"].as_str().unwrap();
    let conf = admin
        .get(&admin.url(&format!("conferences/{conf_id}")))
        .data();
    assert_eq!(conf["name"], "Weekly");
    assert_eq!(conf["conference_numbers"], json!(["3001"]));
    assert_eq!(conf["member"]["pins"], json!(["1234", "5678"]));
    assert_eq!(conf["member"]["join_muted"], true);
    assert_eq!(conf["moderator"]["pins"], json!(["9999"]));
    assert_eq!(
        count("callflows?filter_flow.module=conference"),
        1,
        "the refused and the deleted conference left no callflow"
    );
    assert_eq!(
        count("callflows"),
        callflows_before + 3,
        "and the group's two"
    );
    let cfs = admin
        .get(&admin.url("callflows?filter_numbers=3001"))
        .data();
    let cf = admin
        .get(&admin.url(&format!("callflows/{}", cfs[0]["id"].as_str().unwrap())))
        .data();
    assert_eq!(cf["flow"]["module"], "conference");
    assert_eq!(cf["flow"]["data"]["id"], conf_id);

    // The group's features: in its baseGroup ring_group and its userGroup callflow's `_` child.
    assert_eq!(seen["group_strategy"], "single");
    assert_eq!(seen["group_next"], "Voicemail box Ada (850)");
    let group_cf = |ty: &str| {
        let found = admin
            .get(&admin.url(&format!("callflows?filter_type={ty}")))
            .data();
        admin
            .get(&admin.url(&format!("callflows/{}", found[0]["id"].as_str().unwrap())))
            .data()
    };
    let base = group_cf("baseGroup");
    assert_eq!(base["flow"]["data"]["strategy"], "single", "{base}");
    let on_ext = group_cf("userGroup");
    assert_eq!(on_ext["numbers"], json!(["2100"]));
    assert_eq!(
        on_ext["flow"]["children"]["_"],
        json!({"module": "voicemail", "data": {"id": box850}, "children": {}})
    );
    // The dashboard.
    assert_eq!(
        seen["by_type"],
        json!([
            "Desk phones: 0 of 1 registered",
            "Softphones: 0 of 1 registered"
        ]),
        "{seen}"
    );
    assert_eq!(
        seen["ports"],
        json!(["fxs1 · idle", "fxs2 · idle"]),
        "{seen}"
    );
    assert_eq!(seen["main_numbers"], "none yet");
    assert_eq!(seen["conference_numbers"], "3001");
    assert_eq!(seen["provider_address"], "198.51.100.77", "{seen}");
    assert_eq!(
        seen["dashboard_overflow"], false,
        "the dashboard fits 390 px"
    );
    // The user form's password rule (the form stops at its other empty fields, nothing saved).
    assert_eq!(
        seen["user_password_error"],
        "Too short: at least 12 characters"
    );
    assert_eq!(seen["user_password_error_after"], 0);
    assert_eq!(
        admin.get(&admin.url("users?filter_username=weak")).data(),
        json!([])
    );
    assert!(pbx.stop());
}
