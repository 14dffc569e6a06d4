//! The panel's later screens in headless Chromium (`tests/web/office-features.mjs`): feature
//! codes changed, turned off and on (a bad and a taken code refused at the row), the group
//! form for one-at-a-time ringing, the dashboard's storage / last backup / certificate, and a
//! plain user's find me follow me, voicemail PIN and greeting. The effects are checked on the
//! documents the call engine reads.

mod common;

use common::ADMIN_PASSWORD;
use common::panel::{browse, make, one_second_wav, past_first_boot, start_box, tools_present};
use common::sipp::{SippDir, free_port};
use serde_json::{Value, json};
use std::process::Command;

const ADA_PASSWORD: &str = "Analytical-Engine-1843";
/// Each line wrong in its own way: nothing of it is made.
const BAD_CSV: &str = "first_name,last_name,username,extension,password
Alan,Turing,alan,1201,Enigma-Machine-1936
Kurt,Goedel,kurt,12x,Incomplete-1931
Emmy,Noether,alan,1202,short
Ada,Byron,byron,120,Poetical-Science-1843
";
/// Two good lines (a quoted comma, a desk phone) and one whose extension is Ada's.
const CSV: &str = "first_name,last_name,username,email,extension,password,phone
Alan,Turing,alan,alan@example.com,1201,Enigma-Machine-1936,no
\"Noether, Emmy\",N,emmy,,1202,Ring-Theory-1921x,yes
Grace,Hopper,grace,,1001,Compiler-A0-1952,no
";

#[test]
fn feature_codes_group_form_box_facts_and_a_users_own_settings() {
    if !tools_present() {
        return;
    }
    let (dir, data, pbx) = start_box(&[], &[]);
    let admin = pbx.admin();
    let ada = make(
        &admin,
        "users",
        json!({"first_name": "Ada", "last_name": "Lovelace", "username": "ada",
               "password": ADA_PASSWORD, "priv_level": "user"}),
    );
    let ada_cf = make(
        &admin,
        "callflows",
        json!({"type": "mainUserCallflow", "owner_id": ada, "numbers": ["1001"],
               "flow": {"module": "user", "data": {"id": ada, "timeout": 20, "can_call_self": false}, "children": {}}}),
    );
    let phones: Vec<String> = ["Ada's Phone", "Ada's Softphone"]
        .iter()
        .map(|name| {
            make(&admin,
                "devices",
                json!({"name": name, "owner_id": ada, "device_type": "sip_device",
                       "sip": {"username": name.replace(['\'', ' '], "_"), "password": "device-pass-1234"}}),
            )
        })
        .collect();
    let box850 = make(
        &admin,
        "vmboxes",
        json!({"name": "Ada", "mailbox": "850", "owner_id": ada, "pin": "1111"}),
    );
    past_first_boot(&admin);
    // 4-digit extensions: the CSV import refuses a line with another length.
    let r = admin.patch(&admin.url(""), json!({"edgepbx": {"extension_length": 4}}));
    assert_eq!(r.status, 200, "{}", r.text());
    // A backup taken through the running box, for the dashboard's "last backup".
    let snap = dir.path().join("snap.redb");
    let out = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .args([
            "backup",
            snap.to_str().unwrap(),
            "--data",
            data.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let wav = dir.path().join("greeting.wav");
    std::fs::write(&wav, one_second_wav()).unwrap();
    let smtp = common::smtp::SmtpServer::start();
    // The provider's registrar for the wizard's outside line (checks trunkuser / trunkpass).
    let sipp = SippDir::new();
    let registrar_port = free_port().to_string();
    let mut registrar = sipp.spawn(&[
        "-sf",
        "provider_registrar.xml",
        "-i",
        "127.0.0.8",
        "-p",
        &registrar_port,
        "-m",
        "1",
    ]);
    let smtp_port = smtp.port.to_string();
    let seen = browse(
        &pbx,
        "office-features.mjs",
        "web-office-features-screenshots",
        &[
            ("PANEL_PASSWORD", ADMIN_PASSWORD),
            ("PANEL_USER", "ada"),
            ("PANEL_USER_PASSWORD", ADA_PASSWORD),
            ("PANEL_WAV", wav.to_str().unwrap()),
            ("PANEL_BAD_CSV", BAD_CSV),
            ("PANEL_CSV", CSV),
            ("PANEL_SMTP_PORT", &smtp_port),
            ("PANEL_REGISTRAR_PORT", &registrar_port),
        ],
    );

    // Feature codes: what the screen said, and the callflows the engine routes by.
    assert_eq!(seen["fc_bad"], "1 to 6 digits");
    assert_eq!(seen["fc_saved"], "730");
    assert_eq!(seen["fc_taken"], "*730 is already another code");
    assert_eq!(seen["fc_dnd_off_input_disabled"], true);
    assert_eq!(seen["fc_valet"], "44");
    assert_eq!(seen["fc_move_notes"], 0, "move is run by the box");
    assert_eq!(seen["fc_move_toggle"], true);
    assert_eq!(seen["fc_overflow"], false, "feature codes fit 390 px");
    let code = |name: &str| -> Vec<Value> {
        admin
            .get(&admin.url("callflows?paginate=false"))
            .data()
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["featurecode"]["name"] == name)
            .cloned()
            .collect()
    };
    let off = code("call_forward[action=deactivate]");
    assert_eq!(off.len(), 1);
    assert_eq!(off[0]["numbers"], json!(["*730"]), "{off:?}");
    assert_eq!(
        code("call_forward[action=update]")[0]["numbers"],
        json!(["*56"]),
        "refused: unchanged"
    );
    assert!(
        code("do_not_disturb[action=toggle]").is_empty(),
        "turned off: no callflow"
    );
    let valet = code("valet");
    assert_eq!(valet.len(), 1, "turned on again once");
    assert_eq!(valet[0]["numbers"], json!(["*44"]));
    let full = admin
        .get(&admin.url(&format!("callflows/{}", valet[0]["id"].as_str().unwrap())))
        .data();
    assert_eq!(
        full["flow"],
        json!({"module": "park", "data": {"action": "park"}, "children": {}})
    );
    assert_eq!(
        full["featurecode"],
        json!({"name": "valet", "number": "44"})
    );

    // The group form and the dashboard.
    assert_eq!(seen["start_after_simultaneous"], 1);
    assert_eq!(seen["start_after_single"], 0);
    assert!(seen["next_action_share"].as_f64().unwrap() > 0.9, "{seen}");
    let storage = seen["storage"].as_str().unwrap();
    assert!(
        storage.contains(" GB used of ") && storage.ends_with(" GB"),
        "{storage}"
    );
    assert!(seen["backup"].as_str().unwrap().ends_with(" UTC"), "{seen}");
    assert!(
        seen["certificate"].as_str().unwrap().contains(" days)"),
        "{seen}"
    );

    // The wizard's CSV import: the users made as the user form makes them, the refused line
    // left nothing behind.
    assert_eq!(
        seen["csv_bad"],
        json!([
            "Line 3: extension: Digits only, 2 to 8 of them",
            "Line 4: password: Too short: at least 12 characters",
            "Line 4: user name: the same as on line 2",
            "Line 5: extension: The office's extensions have 4 digits (Settings, Country and extensions)",
        ])
    );
    assert_eq!(seen["csv_made"], "2 of 3 users made.");
    assert_eq!(
        seen["csv_refused"],
        json!(["Line 4: extension: 1001 is already in use"]),
        "{seen}"
    );
    assert_eq!(
        seen["csv_added"],
        json!(["Alan Turing · 1201", "Noether, Emmy N · 1202"])
    );
    let users = admin.get(&admin.url("users?paginate=false")).data();
    let names: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|u| u["username"].as_str())
        .collect();
    assert!(
        names.contains(&"alan")
            && names.contains(&"emmy")
            && !names.contains(&"grace")
            && !names.contains(&"kurt"),
        "{names:?}"
    );
    let emmy = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "emmy")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let emmy_cf = admin
        .get(&admin.url(&format!("callflows?filter_owner_id={emmy}")))
        .data();
    assert_eq!(emmy_cf[0]["numbers"], json!(["1202"]));
    let emmy_devices = admin
        .get(&admin.url(&format!("users/{emmy}/devices")))
        .data();
    assert_eq!(
        emmy_devices.as_array().unwrap().len(),
        1,
        "phone = yes: a desk phone"
    );
    // The outside line: registered with the registrar, in KAZOO's resource shape.
    assert_eq!(seen["line_password_error"], "Required");
    assert_eq!(seen["line"], "Provider · registered");
    registrar.expect_ok(std::time::Duration::from_secs(10));
    let lines = admin.get(&admin.url("resources?paginate=false")).data();
    let line = admin
        .get(&admin.url(&format!("resources/{}", lines[0]["id"].as_str().unwrap())))
        .data();
    assert_eq!(line["rules"], json!([r"^(\+?\d{3,15})$"]));
    let gw = &line["gateways"][0];
    assert_eq!(
        (
            gw["server"].clone(),
            gw["username"].clone(),
            gw["auth_username"].clone(),
            gw["realm"].clone(),
            gw["register"].clone()
        ),
        (
            json!("127.0.0.8"),
            json!("+14155550142"),
            json!("trunkuser"),
            json!("provider.test"),
            json!(true)
        )
    );
    // The mail relay as saved, and the test mail the real SMTP server got.
    assert_eq!(seen["relay_port_error"], "A port from 1 to 65535");
    assert_eq!(
        seen["test_to_error"],
        "Not an email address: not-an-address"
    );
    assert_eq!(
        seen["test_sent"],
        "Sent to admin@office.example: the relay took it."
    );
    let relay = admin.get(&admin.url("configs/smtp_client")).data();
    assert_eq!(
        (
            relay["relay"].clone(),
            relay["port"].clone(),
            relay["tls"].clone()
        ),
        (json!("127.0.0.1"), json!(smtp.port), json!("never"))
    );
    let mails = smtp.wait_for(1, std::time::Duration::from_secs(10));
    assert!(
        mails[0].contains("To: admin@office.example")
            && mails[0].contains("Subject: edgepbx: test mail"),
        "{}",
        mails[0]
    );

    // The user's own settings.
    assert_eq!(
        seen["fmfm_error"],
        "Start after 0 to 300 s, ring for 1 to 300 s"
    );
    assert_eq!(seen["fmfm_saved"], "Saved.");
    let flow = admin.get(&admin.url(&format!("callflows/{ada_cf}"))).data()["flow"].clone();
    assert_eq!(flow["module"], "ring_group", "{flow}");
    // In the order the user's phones are listed (by id).
    let mut endpoints = flow["data"]["endpoints"].as_array().unwrap().clone();
    endpoints.sort_by_key(|e| e["delay"].as_u64());
    assert_eq!(
        endpoints,
        [
            json!({"id": phones[0], "endpoint_type": "device", "delay": 0, "timeout": 20}),
            json!({"id": phones[1], "endpoint_type": "device", "delay": 10, "timeout": 15})
        ]
    );
    let me = admin.get(&admin.url(&format!("users/{ada}"))).data();
    assert_eq!(me["smartpbx"]["find_me_follow_me"]["enabled"], true);
    assert_eq!(seen["pin_error"], "4 to 6 digits");
    assert_eq!(seen["pin_again_error"], "The two PINs differ");
    assert_eq!(seen["pin_saved"], "PIN changed.");
    assert_eq!(seen["greeting_error"], "Pick a WAV or MP3 file");
    assert_eq!(seen["greeting_saved"], "Greeting saved.");
    assert_eq!(
        seen["user_overflow"], false,
        "the user's voicemail fits 390 px"
    );
    let vmbox = admin.get(&admin.url(&format!("vmboxes/{box850}"))).data();
    assert_eq!(vmbox["pin"], "4321");
    let greeting = vmbox["media"]["unavailable"].as_str().expect("a greeting");
    let raw = admin.request(
        "GET",
        &admin.url(&format!("media/{greeting}/raw")),
        &[],
        None,
    );
    assert_eq!(raw.body, one_second_wav());
    assert!(pbx.stop());
}
