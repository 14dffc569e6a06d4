//! The phone catalogue Monster UI reads from its provisioner root (`api.provisioner` =
//! `http://<box>:8000/v2/provisioner/`): the exact paths and JSON shapes the real UI's
//! `common.chooseModel.getProvisionerData` (`GET phones`) and SmartPBX's
//! `provisioner.ui.getModel` (`GET ui/{brand}/{family}/{model}`) read, and every model it
//! offers rendering a file once a device is created the way the picker creates it.

mod common;

use common::provision::{fetch_https, key_values, xml};
use common::{Pbx, id_of};
use serde_json::{Value, json};

/// The file a brand's firmware asks for first with its account in it.
fn account_file(brand: &str, model: &str, mac: &str) -> String {
    match brand {
        "polycom" => format!("{mac}_reg.cfg"),
        "grandstream" => format!("cfg{mac}.xml"),
        "cisco" => format!("spa{mac}.xml"),
        "snom" => format!("snom{}-{}.htm", model.to_uppercase(), mac.to_uppercase()),
        _ => format!("{mac}.cfg"),
    }
}

/// The SIP user name in a rendered file, found by the key each vendor uses.
fn user_in(brand: &str, body: &str) -> String {
    if brand == "yealink" {
        return key_values(body)["account.1.user_name"].clone();
    }
    let x = xml(body);
    let key = match brand {
        "polycom" => "reg.1.address",
        "grandstream" => "P35",
        "cisco" => "User_ID_1_",
        "snom" => "user_name#1",
        _ => "Phone_Number",
    };
    x[key].clone()
}

#[test]
fn monster_ui_reads_the_catalogue_and_every_model_renders() {
    let pbx = Pbx::start();
    let admin = pbx.admin();

    let r = admin.get("/v2/provisioner/phones?_=1763700000000");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"));
    let phones = r.json();
    assert_eq!(phones["status"], "success");
    let phones = phones["data"].clone();
    let brands: Vec<&String> = phones.as_object().unwrap().keys().collect();
    for b in [
        "yealink",
        "polycom",
        "grandstream",
        "cisco",
        "snom",
        "fanvil",
    ] {
        assert!(
            brands.iter().any(|x| *x == b),
            "{b} missing from {brands:?}"
        );
    }
    assert_eq!(
        phones["yealink"]["families"]["t5x"]["models"]["t54w"],
        json!({"id": "yealink_t5x_t54w", "name": "T54W", "line_keys": 10})
    );
    assert_eq!(phones["polycom"]["families"]["vvx"]["name"], "VVX");

    // SmartPBX's device editor: how many keys the model has, as combo keys (one per key,
    // key 1 the line) where each key is set on its own, as feature keys (the keys after the
    // line) on Polycom, whose line keys come first (monster-ui-voip `getKeyTypes`).
    let r = admin.get("/v2/provisioner/ui/yealink/t5x/t54w?_=1763700000000");
    assert_eq!(r.status, 200, "{}", r.text());
    let ui = r.data();
    assert_eq!(ui["template"]["combo_keys"]["iterate"], 10);
    assert!(ui["template"].get("feature_keys").is_none(), "{ui}");
    assert_eq!(ui["id"], "yealink_t5x_t54w");
    let r = admin.get("/v2/provisioner/ui/polycom/vvx/vvx_450");
    assert_eq!(r.status, 200, "{}", r.text());
    let ui = r.data();
    assert_eq!(ui["template"]["feature_keys"]["iterate"], 11);
    assert!(ui["template"].get("combo_keys").is_none(), "{ui}");

    // Every model offered: created as the picker creates it, its file renders for it.
    let mut n = 0u32;
    for (brand, b) in phones.as_object().unwrap() {
        for (family, f) in b["families"].as_object().unwrap() {
            for (model, m) in f["models"].as_object().unwrap() {
                n += 1;
                let mac = format!("00aa00{n:06x}");
                let user = format!("user_{n}");
                let r = admin.put(
                    &admin.url("devices"),
                    json!({"device_type": "sip_device", "enabled": true, "name": m["name"],
                           "mac_address": mac,
                           "provision": {"endpoint_brand": brand, "endpoint_family": family,
                                         "endpoint_model": model, "id": m["id"]},
                           "sip": {"username": user, "password": "pw-picker-12"}}),
                );
                id_of(&r);
                let (status, body) = fetch_https(&pbx, &account_file(brand, model, &mac), "");
                assert_eq!(status, 200, "{brand}/{family}/{model}: {body}");
                assert_eq!(user_in(brand, &body), user, "{brand}/{family}/{model}");
            }
        }
    }
    assert!(n >= 30, "{n} models");
}

#[test]
fn the_catalogue_refuses_what_it_should() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    // A model the box does not have: 404 naming it.
    let r = admin.get("/v2/provisioner/ui/yealink/t5x/t99z");
    assert_eq!(r.status, 404, "{}", r.text());
    assert!(r.text().contains("yealink/t5x/t99z"), "{}", r.text());
    let r = admin.get("/v2/provisioner/ui/yealink/t5x");
    assert_eq!(r.status, 404, "{}", r.text());
    // Read only.
    let r = admin.put("/v2/provisioner/phones", json!({}));
    assert_eq!(r.status, 405, "{}", r.text());
    // No token: 401, like the rest of the API.
    let r = pbx.client().get("/v2/provisioner/phones");
    assert_eq!(r.status, 401, "{}", r.text());
    // The UI runs on another origin: the preflight is answered with the API's CORS headers.
    let r = pbx.client().request(
        "OPTIONS",
        "/v2/provisioner/phones",
        &[
            ("Origin", "http://ui.example"),
            ("Access-Control-Request-Headers", "x-auth-token"),
        ],
        None,
    );
    assert!(r.status == 200 || r.status == 204, "{}", r.text());
    let allowed = r.header("access-control-allow-headers").unwrap_or("");
    assert!(allowed.contains("X-Auth-Token"), "{allowed}");
    // A plain user (the picker also opens for them) reads it too.
    let user = pbx.user_client(&admin, "carol", "user");
    let r = user.get("/v2/provisioner/phones");
    assert_eq!(r.status, 200, "{}", r.text());
    let data: Value = r.data();
    assert!(data["fanvil"]["families"]["x"]["models"]["x4u"].is_object());
}
