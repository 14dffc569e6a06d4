//! Programmable keys: SmartPBX's `provision.combo_keys` (and Polycom's `feature_keys`), as
//! its device editor saves them, rendered into each brand's key settings and read back by
//! parsing the files the phones fetch.

mod common;

use common::provision::{fetch_https, key_values, xml, xml_leaves};
use common::{Client, Pbx, id_of};
use serde_json::{Value, json};

/// Bob (presence id 102) and the keys SmartPBX saves for keys 1-6: the line, Bob's lamp,
/// parking slot 3 (a number), Bob's personal parking slot with a typed label (value then
/// becomes `{value, label}`), a labelled speed dial, and an unset key.
fn office(pbx: &Pbx) -> (Client, Value) {
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "Bob", "last_name": "Ray", "presence_id": "102"}),
    );
    let bob = id_of(&r);
    let combo = json!({
        "0": {"type": "line"},
        "1": {"type": "presence", "value": bob},
        "2": {"type": "parking", "value": 3},
        "3": {"type": "personal_parking", "value": {"value": bob, "label": "Bob park"}},
        "4": {"type": "speed_dial", "value": {"value": "5551234", "label": "Shop"}},
        "5": null,
    });
    (admin, combo)
}

fn device(admin: &Client, mac: &str, brand: &str, model: &str, keys: Value) {
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": "Desk", "mac_address": mac,
               "sip": {"username": format!("u{mac}"), "password": "pw-keys-secret"},
               "provision": {"endpoint_brand": brand, "endpoint_model": model}}),
    );
    let id = id_of(&r);
    // The editor saves keys on the device afterwards, as a POST of the whole document.
    let mut doc = admin.get(&admin.url(&format!("devices/{id}"))).data();
    for (k, v) in keys.as_object().unwrap() {
        doc["provision"][k] = v.clone();
    }
    let r = admin.post(&admin.url(&format!("devices/{id}")), doc);
    assert_eq!(r.status, 200, "{}", r.text());
}

fn get(pbx: &Pbx, file: &str, ua: &str) -> String {
    let (status, body) = fetch_https(pbx, file, ua);
    assert_eq!(status, 200, "{file}: {body}");
    body
}

#[test]
fn combo_keys_on_yealink_cisco_and_grandstream() {
    let pbx = Pbx::start();
    let (admin, combo) = office(&pbx);
    let keys = json!({"combo_keys": combo});
    device(&admin, "001565aabbcc", "yealink", "T54W", keys.clone());
    device(&admin, "0018b9aabbcc", "cisco", "SPA504G", keys.clone());
    device(&admin, "000b82aabbcc", "grandstream", "GXP2170", keys);

    let kv = key_values(&get(
        &pbx,
        "001565aabbcc.cfg",
        "Yealink SIP-T54W 96.86.0.100 00:15:65:aa:bb:cc",
    ));
    let key = |n: u32, field: &str| kv.get(&format!("linekey.{n}.{field}")).cloned();
    // Yealink types: 15 line, 16 BLF, 10 call park, 13 speed dial.
    assert_eq!(key(1, "type").as_deref(), Some("15"));
    assert_eq!(key(1, "line").as_deref(), Some("1"));
    let expect = [
        (2, "16", "102", "Bob Ray"),
        (3, "10", "*33", "Park 3"),
        (4, "10", "*3102", "Bob park"),
        (5, "13", "5551234", "Shop"),
    ];
    for (n, kind, value, label) in expect {
        assert_eq!(key(n, "type").as_deref(), Some(kind), "key {n}");
        assert_eq!(key(n, "value").as_deref(), Some(value), "key {n}");
        assert_eq!(key(n, "label").as_deref(), Some(label), "key {n}");
    }
    assert_eq!(key(6, "type"), None, "an unset key is left to the phone");

    // Cisco SPA504G has 4 keys: key 1 the line, the others extended functions.
    let x = xml(&get(
        &pbx,
        "spa0018b9aabbcc.xml",
        "Cisco/SPA504G-7.6.2 (0018B9AABBCC)(CBT123456)",
    ));
    assert_eq!(x["Extension_1_"], "1");
    for n in 2..=4 {
        assert_eq!(x[&format!("Extension_{n}_")], "Disabled", "key {n}");
    }
    assert_eq!(
        x["Extended_Function_2_"],
        "fnc=blf+sd+cp;sub=102@127.0.0.1;nme=Bob Ray"
    );
    assert_eq!(
        x["Extended_Function_3_"],
        "fnc=blf+sd;sub=*33@127.0.0.1;nme=Park 3"
    );
    assert_eq!(
        x["Extended_Function_4_"],
        "fnc=blf+sd;sub=*3102@127.0.0.1;nme=Bob park"
    );
    assert!(!x.contains_key("Extended_Function_5_"), "beyond the model");

    // Grandstream multi-purpose keys: phone key k is MPK k - 1 (mode P323.., account,
    // label, value at P301 + 3(k - 2)); modes 1 BLF, 9 call park, 0 speed dial.
    let x = xml(&get(
        &pbx,
        "cfg000b82aabbcc.xml",
        "Grandstream Model HW GXP2170 SW 1.0.11.3 DevId 000b82aabbcc",
    ));
    let mpk = |k: u32| {
        let base = 301 + 3 * (k - 2);
        [
            x[&format!("P{}", 321 + k)].as_str(),
            x[&format!("P{}", base + 1)].as_str(),
            x[&format!("P{}", base + 2)].as_str(),
        ]
    };
    assert_eq!(mpk(2), ["1", "Bob Ray", "102"]);
    assert_eq!(mpk(3), ["9", "Park 3", "*33"]);
    assert_eq!(mpk(4), ["9", "Bob park", "*3102"]);
    assert_eq!(mpk(5), ["0", "Shop", "5551234"]);
    assert!(!x.contains_key("P327"), "an unset key is left to the phone");
}

#[test]
fn combo_keys_on_snom_and_fanvil_and_polycom_lines() {
    let pbx = Pbx::start();
    let (admin, combo) = office(&pbx);
    let keys = json!({"combo_keys": combo});
    device(&admin, "000413aabbcc", "snom", "D785", keys.clone());
    device(&admin, "0c383eaabbcc", "fanvil", "X4U", keys);

    let x = xml(&get(
        &pbx,
        "snomD785-000413AABBCC.htm",
        "snomD785-SIP 10.1.54.13 000413AABBCC",
    ));
    assert_eq!(x["fkey#0"], "line");
    assert_eq!(x["fkey#1"], "blf <sip:102@127.0.0.1>");
    assert_eq!(x["fkey#2"], "blf <sip:*33@127.0.0.1>");
    assert_eq!(x["fkey#3"], "blf <sip:*3102@127.0.0.1>");
    assert_eq!(x["fkey#4"], "speed 5551234");
    assert!(!x.contains_key("fkey#5"));

    // Fanvil DSS keys: (ID, Type, Value, Title); type 2 a line, 1 a memory key whose
    // value ends in /b (BLF), /c (call park) or /f (speed dial).
    let leaves = xml_leaves(&get(&pbx, "0c383eaabbcc.cfg", "Fanvil X4U 2.12.1"));
    let dss: Vec<Vec<&str>> = leaves
        .iter()
        .skip_while(|(tag, text)| !(tag == "ID" && text == "Fkey0"))
        .take(5 * 4)
        .map(|(_, text)| text.as_str())
        .collect::<Vec<_>>()
        .chunks(4)
        .map(<[&str]>::to_vec)
        .collect();
    assert_eq!(
        dss,
        [
            vec!["Fkey0", "2", "SIP1", "Desk"],
            vec!["Fkey1", "1", "102@1/b", "Bob Ray"],
            vec!["Fkey2", "1", "*33@1/c", "Park 3"],
            vec!["Fkey3", "1", "*3102@1/c", "Bob park"],
            vec!["Fkey4", "1", "5551234@1/f", "Shop"],
        ]
    );

    // Polycom: its catalogue offers feature keys (the keys after the line); combo keys that
    // make two lines widen the registration's line keys, the lamps follow them.
    let bob = combo["1"]["value"].clone();
    device(
        &admin,
        "0004f2aabbcc",
        "polycom",
        "VVX_450",
        json!({"feature_keys": {"0": {"type": "presence", "value": bob},
                                "1": {"type": "parking", "value": "2"},
                                "2": {"type": "speed_dial", "value": "5551234"}}}),
    );
    device(
        &admin,
        "0004f2aabbcd",
        "polycom",
        "VVX_450",
        json!({"combo_keys": {"0": {"type": "line"}, "1": {"type": "line"},
                              "2": {"type": "presence", "value": bob}}}),
    );
    let ua = "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018";
    let x = xml(&get(&pbx, "0004f2aabbcc_reg.cfg", ua));
    assert_eq!(x["reg.1.lineKeys"], "1");
    assert_eq!(x["attendant.resourceList.1.address"], "102");
    assert_eq!(x["attendant.resourceList.1.type"], "normal");
    assert_eq!(x["attendant.resourceList.2.address"], "*32");
    assert_eq!(x["attendant.resourceList.2.label"], "Park 2");
    assert_eq!(x["attendant.resourceList.2.type"], "automata");
    assert!(!x.contains_key("attendant.resourceList.3.address"));
    let x = xml(&get(&pbx, "0004f2aabbcd_reg.cfg", ua));
    assert_eq!(x["reg.1.lineKeys"], "2");
    assert_eq!(x["attendant.resourceList.1.address"], "102");
}

#[test]
fn malformed_key_lists_are_refused_naming_the_field() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": "Desk", "mac_address": "001565aabbce",
               "provision": {"endpoint_brand": "yealink", "endpoint_model": "T54W",
                             "combo_keys": "line,blf"}}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("provision.combo_keys"), "{}", r.text());
}
