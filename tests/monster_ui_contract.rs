//! The Monster UI (SmartPBX + Callflows) as a client: the request sequences recorded from the
//! real UI (`../shared/reference/monster-ui-api.md`), replayed against the running binary, with
//! the response fields the UI reads checked. The real UI itself is checked by hand in Chromium
//! (see the issue notes); this keeps the contract from regressing in CI.

mod common;

use std::time::{Duration, Instant};

use base64::Engine;
use common::{Client, Pbx, Resp, id_of};
use serde_json::{Value, json};

fn ok(r: Resp, what: &str) -> Value {
    assert!(
        r.status == 200 || r.status == 201,
        "{what}: {} {}",
        r.status,
        r.text()
    );
    assert_eq!(r.header("content-type"), Some("application/json"), "{what}");
    r.json()
}

fn ui(mut doc: Value, app: &str) -> Value {
    doc["ui_metadata"] = json!({"version": "4.3.0", "ui": "monster-ui", "origin": app});
    doc
}

fn get(c: &Client, rest: &str) -> Value {
    ok(
        c.get(&c.url(&format!(
            "{rest}{}_=1763700000000",
            if rest.contains('?') { "&" } else { "?" }
        ))),
        rest,
    )["data"]
        .clone()
}

fn len(v: &Value) -> usize {
    v.as_array().map_or(0, Vec::len)
}

/// The SmartPBX strategy bootstrap (first open of "Main Number"): 32 objects.
fn bootstrap_strategy(c: &Client) {
    let labels = [
        "MainOpenHours",
        "MainAfterHours",
        "MainLunchHours",
        "MainHolidays",
    ];
    for label in labels {
        let menu = id_of(&c.put(&c.url("menus"), ui(json!({"name": format!("{label}Menu"), "record_pin": "4321", "retries": 3, "max_extension_length": 4, "type": "main"}), "voip")));
        let menu_cf = id_of(&c.put(&c.url("callflows"), ui(json!({"name": format!("{label}Menu"), "numbers": [format!("{label}Menu")], "type": "main", "flow": {"module": "menu", "data": {"id": menu}, "children": {}}}), "voip")));
        id_of(&c.put(&c.url("callflows"), ui(json!({"name": label, "numbers": [label], "type": "main", "flow": {"module": "callflow", "data": {"id": menu_cf}, "children": {}}}), "voip")));
    }
    id_of(&c.put(&c.url("callflows"), ui(json!({"name": "MainConference", "numbers": ["undefinedconf"], "type": "conference", "flow": {"module": "conference", "data": {}, "children": {}}}), "voip")));
    id_of(&c.put(&c.url("callflows"), ui(json!({"name": "MainFaxing", "numbers": ["undefinedfaxing"], "type": "faxing", "flow": {"module": "faxbox", "data": {}, "children": {}}}), "voip")));
    let open = get(c, "callflows?filter_name=MainOpenHours")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    id_of(&c.put(&c.url("callflows"), ui(json!({"name": "MainCallflow", "numbers": ["undefinedMainNumber"], "type": "main",
        "flow": {"module": "temporal_route", "data": {}, "children": {"_": {"module": "callflow", "data": {"id": open}, "children": {}}}}}), "voip")));
    let codes: [(&str, &str, Option<&str>, Value); 17] = [
        (
            "call_forward[action=activate]",
            "72",
            Some("^\\*72([0-9]*)$"),
            json!({"module": "call_forward", "data": {"action": "activate"}}),
        ),
        (
            "call_forward[action=deactivate]",
            "73",
            None,
            json!({"module": "call_forward", "data": {"action": "deactivate"}}),
        ),
        (
            "call_forward[action=toggle]",
            "74",
            Some("^\\*74([0-9]*)$"),
            json!({"module": "call_forward", "data": {"action": "toggle"}}),
        ),
        (
            "call_forward[action=update]",
            "56",
            None,
            json!({"module": "call_forward", "data": {"action": "update"}}),
        ),
        (
            "hotdesk[action=login]",
            "11",
            None,
            json!({"module": "hotdesk", "data": {"action": "login"}}),
        ),
        (
            "hotdesk[action=logout]",
            "12",
            None,
            json!({"module": "hotdesk", "data": {"action": "logout"}}),
        ),
        (
            "hotdesk[action=toggle]",
            "13",
            None,
            json!({"module": "hotdesk", "data": {"action": "toggle"}}),
        ),
        (
            "voicemail[action=check]",
            "97",
            Some("^\\*97([0-9]*)$"),
            json!({"module": "voicemail", "data": {"action": "check"}}),
        ),
        (
            "voicemail[single_mailbox_login]",
            "98",
            Some("^\\*98([0-9]*)$"),
            json!({"module": "voicemail", "data": {"action": "check", "single_mailbox_login": true}}),
        ),
        (
            "voicemail[action=\"direct\"]",
            "*",
            Some("^\\*\\*([0-9]*)$"),
            json!({"module": "voicemail", "data": {"action": "compose"}}),
        ),
        (
            "intercom",
            "0",
            Some("^\\*0([0-9]*)$"),
            json!({"module": "intercom", "data": {}}),
        ),
        (
            "privacy[mode=full]",
            "67",
            Some("^\\*67([0-9]*)$"),
            json!({"module": "privacy", "data": {"mode": "full"}}),
        ),
        (
            "park_and_retrieve",
            "3",
            Some("^\\*3([0-9]*)$"),
            json!({"module": "park", "data": {"action": "auto"}}),
        ),
        (
            "valet",
            "4",
            None,
            json!({"module": "park", "data": {"action": "park"}}),
        ),
        (
            "retrieve",
            "5",
            Some("^\\*5([0-9]*)$"),
            json!({"module": "park", "data": {"action": "retrieve"}}),
        ),
        ("move", "6683", None, json!({"module": "move", "data": {}})),
        (
            "directed_ext_pickup",
            "87",
            Some("^\\*87([0-9]+)$"),
            json!({"module": "group_pickup_feature", "data": {"type": "extension"}}),
        ),
    ];
    // Like strategy.js: only codes missing by `featurecode.name` are created (the box
    // creates KAZOO's defaults with every account).
    let existing = get(c, "callflows?paginate=false&has_key=featurecode");
    let has = |name: &str| {
        existing
            .as_array()
            .unwrap()
            .iter()
            .any(|cf| cf["featurecode"]["name"] == name)
    };
    for (name, number, pattern, flow) in codes {
        if has(name) {
            continue;
        }
        let mut doc = json!({"flow": flow, "featurecode": {"name": name, "number": number}});
        match pattern {
            Some(p) => doc["patterns"] = json!([p]),
            None => {
                doc["numbers"] = json!([if name == "move" {
                    number.to_string()
                } else {
                    format!("*{number}")
                }])
            }
        }
        let r = c.put(&c.url("callflows"), ui(doc, "voip"));
        assert_eq!(r.status, 201, "feature code {name}: {}", r.text());
    }
}

#[test]
fn login_dashboard_tabs_and_create_flows() {
    let pbx = Pbx::start();
    let anon = pbx.client();
    // 2.1 boot: whitelabel is tolerated as 404.
    assert_eq!(anon.get("/v2/whitelabel/localhost").status, 404);
    assert_eq!(anon.get("/v2/whitelabel/localhost/logo").status, 404);

    // 2.2 login.
    let mut c = pbx.client();
    let auth = c.login("admin", common::ADMIN_PASSWORD, "office").unwrap();
    let token = auth["auth_token"].as_str().unwrap();
    let middle = token.split('.').nth(1).unwrap();
    let claims: Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(middle)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        claims["account_id"],
        c.account_id.as_str(),
        "jwt_decode(token) works in the UI"
    );
    assert!(
        auth["data"]["capabilities"]["voicemail"]["transcription"].is_object(),
        "the voicemail dialogs read this"
    );
    // User -> Caller ID lists both; a 404 would put an error dialog on the screen.
    assert_eq!(get(&c, "external_numbers"), json!([]));
    let account = ok(c.get(&c.url("")), "account");
    for k in ["id", "name", "realm", "timezone"] {
        assert!(account["data"].get(k).is_some(), "account lacks {k}");
    }
    assert!(account["version"].is_string());
    assert!(account["data"].get("trial_time_left").is_none());
    let user = get(&c, &format!("users/{}", c.owner_id));
    assert_eq!(user["priv_level"], "admin");
    let apps = get(&c, "apps_store");
    let app_ids: Vec<Value> = apps
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].clone())
        .collect();
    let patched = ok(
        c.patch(
            &c.url(&format!("users/{}", c.owner_id)),
            json!({"appList": app_ids}),
        ),
        "appList",
    )["data"]
        .clone();
    assert_eq!(
        patched["first_name"], "Office",
        "PATCH returns the full user, which replaces the UI's copy"
    );
    assert_eq!(get(&c, "alerts"), json!([]));
    let info = anon.request(
        "POST",
        "/v2/auth/tokeninfo",
        &[],
        Some(json!({"data": {"token": token}}).to_string().as_bytes()),
    );
    assert_eq!(
        ok(info, "tokeninfo")["data"]["owner_id"],
        c.owner_id.as_str()
    );

    // 2.3 dashboard: all 200.
    get(&c, "");
    if len(&get(&c, "vmboxes?filter_type=mainVMBox")) == 0 {
        ok(c.put(&c.url("vmboxes"), ui(json!({"type": "mainVMBox", "mailbox": "0", "name": "Main Voicemail Box", "delete_after_notify": true}), "voip")), "mainVMBox");
    }
    assert_eq!(
        len(&get(&c, "vmboxes?filter_type=mainVMBox")),
        1,
        "second load finds it"
    );
    get(&c, "users?paginate=false");
    get(&c, "devices?with_status=true&paginate=false");
    get(
        &c,
        "phone_numbers?filter_state=%5B%22in_service%22%2C%22port_in%22%5D&paginate=false",
    );
    assert!(get(&c, "channels?paginate=false").is_array());
    get(&c, "callflows?has_type=type&paginate=false");
    get(&c, "phone_numbers/classifiers");
    get(&c, "directories");

    // 2.4 tabs.
    for path in [
        "users?paginate=false",
        "callflows?paginate=false",
        "devices?paginate=false&with_status=true",
        "multi_factor",
        "security",
        "groups?paginate=false",
        "callflows?has_key=group_id&paginate=false",
        "vmboxes?paginate=false",
        "devices?filter_device_type=mobile&has_key=mobile",
        "children?ascending=true&paginate=false",
        "callflows?has_key=featurecode",
        "callflows?filter_not_numbers=no_match&filter_not_name=US%20Emergency%20Dispatcher&filter_not_ui_metadata.origin=voip&filter_not_ui_metadata.origin=callqueues",
    ] {
        get(&c, path);
    }
    let created_to = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 62_167_219_200;
    let logs = ok(
        c.get(&c.url(&format!(
            "cdrs/interaction?created_from={}&created_to={created_to}&page_size=50",
            created_to - 7 * 86400
        ))),
        "call logs",
    );
    assert!(logs["data"].is_array());

    // Main Number tab: the detection queries, then the 32-object bootstrap, then detection again.
    let detect = |c: &Client| {
        (
            len(&get(
                c,
                "callflows?has_value=type&key_missing=owner_id&key_missing=group_id",
            )),
            len(&get(
                c,
                "callflows?paginate=false&has_key=featurecode&filter_ui_metadata.origin=voip",
            )),
            len(&get(
                c,
                "callflows?paginate=false&has_key=featurecode&filter_not_ui_metadata.origin=voip",
            )),
            len(&get(c, "temporal_rules?has_key=type")),
            len(&get(
                c,
                "temporal_rules_sets?has_key=type&filter_type=main_holidays",
            )),
            len(&get(c, "callflows?filter_flow.module=qubicle")),
        )
    };
    get(&c, "media");
    get(
        &c,
        "callflows?has_key=owner_id&filter_type=mainUserCallflow&paginate=false",
    );
    get(&c, "callflows?has_key=group_id&filter_type=baseGroup");
    get(&c, "callflows?has_key=group_id&filter_type=userGroup");
    get(&c, "callflows?filter_ui_is_main_number_cf=true");
    // A fresh account already has the box's 24 default feature codes (KAZOO's 20, and the
    // busy / no-answer forwarding ones).
    assert_eq!(detect(&c), (0, 24, 0, 0, 0, 0), "fresh account");
    bootstrap_strategy(&c);
    assert_eq!(
        detect(&c),
        (11, 24, 0, 0, 0, 0),
        "the next open finds the 32 objects and creates nothing"
    );
    assert_eq!(len(&get(&c, "menus")), 4);
    let main_cf = get(&c, "callflows?filter_name=MainCallflow&filter_type=main")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let main = get(&c, &format!("callflows/{main_cf}"));
    assert_eq!(main["numbers"], json!(["undefinedMainNumber"]));

    // 2.5 create user.
    get(&c, "callflows?paginate=false");
    get(&c, "vmboxes?paginate=false");
    let user = id_of(&c.put(&c.url("users"), ui(json!({"first_name": "Grace", "last_name": "Hopper", "username": "grace@office.local",
        "email": "grace@office.local", "password": "Cobol-1959", "priv_level": "user", "presence_id": "1001",
        "caller_id": {"internal": {"name": "Grace Hopper", "number": "1001"}}, "vm_to_email_enabled": true, "send_email_on_creation": false}), "voip")));
    let vmbox = id_of(&c.put(&c.url("vmboxes"), ui(json!({"owner_id": user, "mailbox": "1001", "name": "Grace Hopper's VMBox", "skip_envelope": false}), "voip")));
    id_of(&c.put(&c.url("callflows"), ui(json!({"type": "mainUserCallflow", "owner_id": user, "name": "Grace Hopper SmartPBX's Callflow",
        "numbers": ["1001"], "contact_list": {"exclude": false},
        "flow": {"module": "user", "data": {"id": user, "timeout": 20, "can_call_self": false}, "children": {"_": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}}}), "voip")));
    let users = get(&c, "users?paginate=false");
    assert!(
        users
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["first_name"].is_string()
                && u["last_name"].is_string()
                && u["features"].is_array())
    );
    pbx.client()
        .login("grace@office.local", "Cobol-1959", "office")
        .expect("the new user logs in with md5(lower(username):password)");

    // Create device (softphone).
    get(&c, "configs/kazoo_endpoint");
    get(&c, "limits");
    let classifiers = get(&c, "phone_numbers/classifiers");
    let restrictions: serde_json::Map<String, Value> = classifiers
        .as_object()
        .unwrap()
        .values()
        .map(|cl| {
            (
                cl["name"].as_str().unwrap().to_string(),
                json!({"action": "inherit"}),
            )
        })
        .collect();
    assert!(
        !restrictions.contains_key(""),
        "classifier names are present"
    );
    id_of(&c.put(&c.url("devices"), ui(json!({"device_type": "softphone", "name": "Grace softphone", "enabled": true,
        "sip": {"username": "user_grace1", "password": "Sip-pass-1"}, "media": {"audio": {"codecs": ["PCMU", "PCMA"]}, "video": {"codecs": []}, "encryption": {"enforce_security": false, "methods": []}, "webrtc": false},
        "call_restriction": restrictions, "suppress_unregister_notifications": true, "owner_id": user}), "voip")));
    let devices = get(&c, "devices?with_status=true&paginate=false");
    assert_eq!(devices[0]["device_type"], "softphone");

    // Create group: 3 documents, string timeouts as the UI sends them.
    let group = id_of(&c.put(
        &c.url("groups"),
        ui(
            json!({"name": "Support", "endpoints": {user.clone(): {"type": "user"}}}),
            "voip",
        ),
    ));
    let base = id_of(&c.put(&c.url("callflows"), ui(json!({"type": "baseGroup", "group_id": group, "name": "Support Base Group",
        "numbers": ["a8e2f9c1d3b7e6f5a4c2b1d0e"], "flow": {"module": "ring_group", "data": {"strategy": "simultaneous", "timeout": 20,
        "endpoints": [{"id": user, "endpoint_type": "user", "timeout": "20", "delay": "0"}]}, "children": {}}}), "voip")));
    id_of(&c.put(&c.url("callflows"), ui(json!({"type": "userGroup", "group_id": group, "name": "Support", "numbers": ["2000"],
        "flow": {"module": "callflow", "data": {"id": base}, "children": {"_": {"module": "play", "data": {"id": "system_media/vm-not_available_no_voicemail"}, "children": {}}}}}), "voip")));
    assert_eq!(
        len(&get(&c, "callflows?has_key=group_id&filter_type=baseGroup")),
        1
    );
    assert_eq!(get(&c, "groups?paginate=false")[0]["endpoints"], 1);

    // Add a main number: the admin has a DID, it shows as spare, then the main callflow takes it.
    ok(
        c.put(&c.url("phone_numbers/%2B14155550100"), json!({})),
        "add DID",
    );
    let spare = get(
        &c,
        "phone_numbers?filter_state=%5B%22in_service%22%2C%22port_in%22%5D&paginate=false",
    );
    assert!(spare["numbers"]["+14155550100"].get("used_by").is_none());
    let mut main_doc = get(&c, &format!("callflows/{main_cf}"));
    main_doc.as_object_mut().unwrap().remove("metadata");
    main_doc["numbers"] = json!(["0", "+14155550100"]);
    ok(
        c.post(&c.url(&format!("callflows/{main_cf}")), main_doc),
        "main number",
    );
    get(&c, "");
    assert_eq!(
        get(&c, "phone_numbers/%2B14155550100")["used_by"],
        "callflow"
    );
    let mut acct = get(&c, "");
    acct["caller_id"] =
        json!({"external": {"number": "+14155550100"}, "emergency": {"number": "+14155550100"}});
    ok(c.post(&c.url(""), acct), "account caller id");

    // Office hours: weekday and lunch rules, then the main callflow routes on them.
    let open = id_of(&c.put(&c.url("temporal_rules"), ui(json!({"cycle": "weekly", "interval": 1, "time_window_start": 32400, "time_window_stop": 61200,
        "wdays": ["monday", "tuesday", "wednesday", "thursday", "friday"], "type": "main_weekdays", "name": "MainOpenHours"}), "voip")));
    let lunch = id_of(&c.put(&c.url("temporal_rules"), ui(json!({"cycle": "weekly", "interval": 1, "time_window_start": 43200, "time_window_stop": 46800,
        "wdays": ["monday", "tuesday", "wednesday", "thursday", "friday"], "type": "main_lunchbreak", "name": "MainLunchHours"}), "voip")));
    let cf = |name: &str| {
        get(
            &c,
            &format!("callflows?filter_name={name}&filter_type=main"),
        )[0]["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let mut main_doc = get(&c, &format!("callflows/{main_cf}"));
    main_doc.as_object_mut().unwrap().remove("metadata");
    main_doc["flow"] = json!({"module": "temporal_route", "data": {"rules": [lunch, open]}, "children": {
        lunch.clone(): {"module": "callflow", "data": {"id": cf("MainLunchHours")}, "children": {}},
        open.clone(): {"module": "callflow", "data": {"id": cf("MainOpenHours")}, "children": {}},
        "_": {"module": "callflow", "data": {"id": cf("MainAfterHours")}, "children": {}}}});
    ok(
        c.post(&c.url(&format!("callflows/{main_cf}")), main_doc),
        "office hours",
    );
    assert_eq!(len(&get(&c, "temporal_rules?has_key=type")), 2);
    ok(
        c.patch(
            &c.url(&format!("temporal_rules/{open}")),
            json!({"time_window_stop": 63000}),
        ),
        "edit hours",
    );
    ok(
        c.delete(&c.url(&format!("temporal_rules/{lunch}"))),
        "remove lunch",
    );
    let main = get(&c, &format!("callflows/{main_cf}"));
    assert_eq!(main["metadata"][&open]["pvt_type"], "temporal_rule");
}

/// 2027-01-04 (a Monday) 10:00 UTC.
const MONDAY_10AM: i64 = 1_799_056_800;

fn start_at(data: &std::path::Path, unix: i64) -> Pbx {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let offset = (unix - now).to_string();
    Pbx::start_env(data, &[], &[("EDGEPBX_CLOCK_OFFSET", offset.as_str())])
}

/// A user and their desk phone the way SmartPBX's "Add device" makes them: a generated,
/// mixed-case SIP user name, numbers as strings, and the user's extension callflow.
/// Returns the user's and the device's ids.
fn smartpbx_user_with_phone(
    c: &Client,
    first: &str,
    ext: &str,
    sip_user: &str,
) -> (String, String) {
    let user = id_of(&c.put(
        &c.url("users"),
        ui(
            json!({"first_name": first, "last_name": "Tester",
        "username": format!("{first}@office.local"), "priv_level": "user", "presence_id": ext,
        "call_recording": {"inbound": {"onnet": {"enabled": false, "time_limit": "600"}}},
        "vm_to_email_enabled": true}),
            "voip",
        ),
    ));
    let device = id_of(&c.put(&c.url("devices"), ui(json!({"name": format!("{first} desk phone"),
        "device_type": "sip_device", "owner_id": user, "enabled": true,
        "sip": {"username": sip_user, "password": format!("pw{sip_user}"), "expire_seconds": "360", "invite_format": "contact"},
        "media": {"audio": {"codecs": ["PCMU", "PCMA"]}, "encryption": {"enforce_security": false}},
        "call_forward": {"enabled": false}, "suppress_unregister_notifications": true}), "voip")));
    ok(
        c.put(&c.url("callflows"), ui(json!({"name": format!("{first} SmartPBX's Callflow"), "type": "mainUserCallflow",
            "numbers": [ext], "owner_id": user,
            "flow": {"module": "user", "data": {"id": user, "timeout": "20", "can_call_self": false}, "children": {}}}), "voip")),
        "user callflow",
    );
    (user, device)
}

#[test]
fn phones_made_in_smartpbx_register_and_call_and_call_logs_expand() {
    use common::sipp::{SippDir, free_port, register_from, registered, uac, uas};
    let pbx = Pbx::start();
    let c = pbx.admin();
    let (_, alice) = smartpbx_user_with_phone(&c, "alice", "2101", "user_YdYkvpvC5e");
    let (_, bob) = smartpbx_user_with_phone(&c, "bob", "2102", "user_QmZx81KdRw");
    let stored = get(&c, &format!("devices/{alice}"));
    assert_eq!(
        stored["sip"]["username"], "user_YdYkvpvC5e",
        "stored as given"
    );
    assert_eq!(
        stored["sip"]["expire_seconds"], 360,
        "stored as its schema type"
    );
    // Unique user names agree with the lookup: another case of the same name is taken.
    let twin = c.put(
        &c.url("devices"),
        json!({"name": "twin", "sip": {"username": "USER_ydykvpvc5e", "password": "secret123"}}),
    );
    assert_eq!(twin.status, 400, "{}", twin.text());

    let dir = SippDir::new();
    let bob_port = free_port();
    register_from(&dir, &pbx, "user_QmZx81KdRw", bob_port);
    let mut reg = registered(&c);
    reg.sort();
    assert_eq!(reg, vec![bob], "the mixed-case phone registered");
    let mut callee = uas(&dir, "uas_echo.xml", bob_port, &[]);
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "user_YdYkvpvC5e",
        "2102",
        &["-d", "1000"],
    );
    caller.expect_ok(Duration::from_secs(30));
    callee.expect_ok(Duration::from_secs(10));

    // Call Logs: the row's CDR id expands to the call's legs (`cdrs/legs/{cdr_id}`).
    let deadline = Instant::now() + Duration::from_secs(10);
    let rows = loop {
        let rows = get(&c, "cdrs/interaction");
        if len(&rows) == 1 {
            break rows;
        }
        assert!(Instant::now() < deadline, "no call log row: {rows}");
        std::thread::sleep(Duration::from_millis(100));
    };
    let cdr_id = rows[0]["id"].as_str().unwrap().to_string();
    let legs = get(&c, &format!("cdrs/legs/{cdr_id}"));
    assert_eq!(len(&legs), 2, "both legs of the call: {legs}");
    let interaction = rows[0]["interaction_id"].as_str().unwrap();
    assert_eq!(get(&c, &format!("cdrs/legs/{interaction}")), legs);
    assert_eq!(c.get(&c.url("cdrs/legs/202601-nosuchcall")).status, 404);
}

#[test]
fn callflows_app_menu_and_time_of_day_rule_sent_with_string_numbers_route_calls() {
    use common::pcap;
    use common::sipp::{SippDir, free_port, register_from, uac, uas};
    let data = tempfile::tempdir().unwrap();
    let pbx = start_at(data.path(), MONDAY_10AM);
    let c = pbx.admin();
    smartpbx_user_with_phone(&c, "carol", "2201", "user_CaRoL5x");
    let (dave, _) = smartpbx_user_with_phone(&c, "dave", "2202", "user_DaVe7Zq");
    // The bodies the Callflows app sends for a new menu and a new time-of-day rule.
    let menu = ok(
        c.put(&c.url("menus"), ui(json!({"name": "Reception", "retries": "3", "timeout": "10000",
            "max_extension_length": "1", "hunt": true, "allow_record_from_offnet": false,
            "suppress_media": false, "media": {"exit_media": true, "invalid_media": true, "transfer_media": true}}), "callflows")),
        "menu",
    )["data"]
        .clone();
    assert_eq!(
        (
            &menu["retries"],
            &menu["timeout"],
            &menu["max_extension_length"]
        ),
        (&json!(3), &json!(10000), &json!(1))
    );
    let rule = ok(
        c.put(&c.url("temporal_rules"), ui(json!({"name": "Weekdays", "cycle": "weekly", "interval": "1",
            "wdays": ["monday", "tuesday", "wednesday", "thursday", "friday"], "days": [], "ordinal": "every",
            "time_window_start": "32400", "time_window_stop": "61200", "start_date": "63000000000"}), "callflows")),
        "temporal rule",
    )["data"]
        .clone();
    assert_eq!(rule["interval"], 1);
    assert_eq!(rule["time_window_start"], 32400);
    let rule_id = rule["id"].as_str().unwrap().to_string();
    let menu_id = menu["id"].as_str().unwrap();
    ok(
        c.put(&c.url("callflows"), ui(json!({"name": "Reception", "numbers": ["2200"],
            "flow": {"module": "temporal_route", "data": {"rules": [rule_id]}, "children": {
                rule_id.clone(): {"module": "menu", "data": {"id": menu_id}, "children": {
                    "2": {"module": "user", "data": {"id": dave, "timeout": "20"}, "children": {}}}},
                "_": {"module": "response", "data": {"code": "486"}, "children": {}}}}}), "callflows")),
        "reception callflow",
    );

    // In office hours (the box's clock says Monday 10:00) the rule routes to the menu, which
    // answers and takes key 2 to Dave's phone; out of hours it would be busy.
    let dir = SippDir::new();
    let dave_port = free_port();
    register_from(&dir, &pbx, "user_DaVe7Zq", dave_port);
    let pcap_path = dir.path().join("dtmf.pcap");
    pcap::rfc4733_dtmf(&pcap_path, '2');
    let mut agent = uas(&dir, "uas_echo.xml", dave_port, &[]);
    let mut call = uac(
        &dir,
        &pbx,
        "uac_dtmf.xml",
        "user_CaRoL5x",
        "2200",
        &["-d", "4000"],
    );
    call.expect_ok(Duration::from_secs(20));
    agent.expect_ok(Duration::from_secs(10));
}
