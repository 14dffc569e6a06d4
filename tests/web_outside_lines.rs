//! Outside lines and feature codes in the panel (`tests/web/outside-lines.mjs` in headless
//! Chromium): the feature codes described from the panel's strings file (the API carries no
//! English text for them); a SIP trunk edited in Settings, a user name the box refuses shown at
//! its field with what was typed kept, then the provider's credentials registering with a real
//! registrar (SIPp) and every field the form does not show kept; a trunk deleted; the simulated
//! board's FXO lines listed live (one up with dial tone, one unplugged) and line 1 made the
//! office's outside line, after which an analog phone's call out is dialled on that line.

mod common;

use common::ADMIN_PASSWORD;
use common::baresip::wait_registered;
use common::panel::{browse, make, past_first_boot, start_box, tools_present};
use common::sim_board::{SimBoard, analog_device};
use common::sipp::{SippDir, free_port};
use serde_json::{Value, json};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(15);

#[test]
fn trunk_edited_and_deleted_an_fxo_line_chosen_and_feature_codes_from_strings() {
    if !tools_present() {
        return;
    }
    let (_dir, data, pbx) = start_box(
        &[
            "--board",
            "sim:fxs=1,fxo=2,did1=5551000,did2=5551001,country=us",
        ],
        &[],
    );
    let admin = pbx.admin();
    past_first_boot(&admin);
    let fxs1 = analog_device(&admin, "fxs1", "1000");
    let mut board = SimBoard::connect(&data);
    board.cmd("unplug fxo2");
    // A trunk as the API made it, registering to a server that is not there, with fields the
    // panel's form does not show; and a carrier to delete.
    let provider = make(
        &admin,
        "resources",
        json!({"name": "Provider", "weight_cost": 20, "rules": ["^(\\+1\\d{10})$"], "note": "kept",
               "gateways": [{"server": "127.0.0.13", "port": free_port(), "register": true,
                             "username": "old", "password": "old-pass-1", "prefix": "9"}]}),
    );
    let old = make(
        &admin,
        "resources",
        json!({"name": "Old carrier", "rules": ["^(99\\d{5})$"],
               "gateways": [{"server": "127.0.0.14", "register": false}]}),
    );
    let sipp = SippDir::new();
    let registrar_port = free_port().to_string();
    let mut registrar = sipp.spawn(&[
        "-sf",
        "provider_registrar.xml",
        "-i",
        "127.0.0.12",
        "-p",
        &registrar_port,
        "-m",
        "1",
    ]);

    let seen = browse(
        &pbx,
        "outside-lines.mjs",
        "web-outside-lines-screenshots",
        &[
            ("PANEL_PASSWORD", ADMIN_PASSWORD),
            ("PANEL_REGISTRAR_PORT", &registrar_port),
        ],
    );

    // Feature codes: each row says what the strings file says for its name.
    let codes = admin.get(&admin.url("feature_codes")).data();
    let codes = codes.as_array().unwrap();
    assert_eq!(seen["fc"].as_object().unwrap().len(), codes.len(), "{seen}");
    for code in codes {
        let name = code["name"].as_str().unwrap();
        let shown = seen["fc"][name].as_str().unwrap_or_default();
        assert!(
            !shown.is_empty() && shown != name,
            "{name}: no string ({shown:?})"
        );
        assert_eq!(code.get("description"), None, "{code}");
    }
    assert_eq!(
        seen["fc"]["call_forward[action=deactivate]"],
        "Turn call forwarding off"
    );

    // The FXO lines as they were.
    assert_eq!(seen["fxo1"], "fxo1 (5551000) · up · dial tone", "{seen}");
    let fxo2 = seen["fxo2"].as_str().unwrap();
    assert!(
        fxo2.starts_with("fxo2 (5551001) · down: no line voltage"),
        "{fxo2}"
    );

    // The trunk: refused at the field with the box's reason, then saved and registered.
    assert_eq!(
        seen["edit_error"],
        "letters, digits and - _ . + only (at most 64)"
    );
    assert_eq!(seen["edit_kept"], json!(["127.0.0.12", "bad user"]));
    assert_eq!(seen["line"], "Provider · registered");
    registrar.expect_ok(WAIT);
    let line = admin
        .get(&admin.url(&format!("resources/{provider}")))
        .data();
    assert_eq!(
        (&line["weight_cost"], &line["rules"], &line["note"]),
        (&json!(20), &json!(["^(\\+1\\d{10})$"]), &json!("kept")),
        "{line}"
    );
    let gw = &line["gateways"][0];
    for (field, value) in [
        ("server", json!("127.0.0.12")),
        ("port", json!(registrar_port.parse::<u16>().unwrap())),
        ("username", json!("+14155550142")),
        ("auth_username", json!("trunkuser")),
        ("password", json!("trunkpass")),
        ("realm", json!("provider.test")),
        ("register", json!(true)),
        ("prefix", json!("9")),
    ] {
        assert_eq!(gw[field], value, "{field}: {gw}");
    }
    assert_eq!(
        admin.get(&admin.url(&format!("resources/{old}"))).status,
        404
    );

    // FXO line 1 is the office's outside line: a resource whose gateway is the line's.
    assert_eq!(seen["fxo1_route"], "Outside line: Analog line fxo1");
    assert_eq!(seen["overflow"], false, "outside lines fit 390 px");
    let gateway: std::net::SocketAddr = board
        .cmd("sipaddr fxo1")
        .strip_prefix("sipaddr ")
        .unwrap()
        .parse()
        .unwrap();
    let resources = admin.get(&admin.url("resources?paginate=false")).data();
    let analog: Vec<&Value> = resources
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["name"] == "Analog line fxo1")
        .collect();
    assert_eq!(analog.len(), 1, "{resources}");
    let analog = admin
        .get(&admin.url(&format!("resources/{}", analog[0]["id"].as_str().unwrap())))
        .data();
    assert_eq!(
        analog["gateways"],
        json!([{"server": gateway.ip().to_string(), "port": gateway.port(), "register": false, "enabled": true}])
    );
    let no_match = admin
        .get(&admin.url("callflows?filter_numbers=no_match"))
        .data();
    assert_eq!(no_match.as_array().unwrap().len(), 1, "{no_match}");

    // The analog phone's call out goes to the line and is dialled there.
    wait_registered(&admin, &[&fxs1]);
    board.cmd("offhook fxs1");
    board.wait("dial tone on fxs1", WAIT, |b| {
        b.hears("fxs1", 350.0, 300) > 0.8
    });
    board.cmd("dtmf fxs1 5550123#");
    board.wait("5550123 dialled on fxo1", WAIT, |b| {
        b.cmd("dialled fxo1") == "dialled 5550123"
    });
    board.cmd("onhook fxs1");
    assert!(pbx.stop());
}
