//! Create/read/update/patch/delete on every collection, KAZOO validation, defaults,
//! revisions and unknown-field round trips, over real HTTP.

mod common;

use common::{Pbx, id_of};
use serde_json::{Value, json};

/// A valid minimal document for each collection.
fn sample(kind: &str, owner: &str) -> Value {
    match kind {
        "users" => {
            json!({"first_name": "Ada", "last_name": "Lovelace", "username": "ada", "password": "pw-12345"})
        }
        "devices" => {
            json!({"name": "Desk phone", "owner_id": owner, "sip": {"username": "dev1001", "password": "secret1"}, "mac_address": "00:04:f2:aa:bb:cc"})
        }
        "callflows" => {
            json!({"numbers": ["1001"], "flow": {"module": "user", "data": {"id": owner}}})
        }
        "vmboxes" => json!({"mailbox": "1001", "name": "Ada's box", "owner_id": owner}),
        "groups" => json!({"name": "Sales", "endpoints": {owner: {"type": "user"}}}),
        "menus" => json!({"name": "Main menu"}),
        "temporal_rules" => {
            json!({"name": "Weekdays", "cycle": "weekly", "wdays": ["monday", "friday"], "time_window_start": 32400, "time_window_stop": 61200})
        }
        "temporal_rules_sets" => json!({"name": "Holidays"}),
        "directories" => json!({"name": "Company"}),
        "media" => json!({"name": "Greeting"}),
        "conferences" => json!({"name": "Standup"}),
        "faxboxes" => json!({"name": "Office fax"}),
        "resources" => json!({"name": "SIP trunk", "gateways": [{"server": "sip.example.net"}]}),
        "connectivity" => json!({"account": {"trunks": 2}}),
        "blacklists" => json!({"name": "Spam", "numbers": {"+15555550199": {}}}),
        "lists" => json!({"name": "VIPs"}),
        _ => unreachable!(),
    }
}

const KINDS: &[&str] = &[
    "users",
    "devices",
    "callflows",
    "vmboxes",
    "groups",
    "menus",
    "temporal_rules",
    "temporal_rules_sets",
    "directories",
    "media",
    "conferences",
    "faxboxes",
    "resources",
    "connectivity",
    "blacklists",
    "lists",
];

#[test]
fn every_collection_round_trips_with_unknown_fields() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let owner = admin.owner_id.clone();
    for kind in KINDS {
        let mut doc = sample(kind, &owner);
        doc["ui_metadata"] = json!({"version": "4.3.0", "ui": "monster-ui", "origin": "voip"});
        doc["smartpbx"] =
            json!({"find_me_follow_me": {"enabled": true}, "nested": [1, {"deep": null}]});
        let created = admin.put(&admin.url(kind), doc.clone());
        assert_eq!(created.status, 201, "{kind}: {}", created.text());
        let id = id_of(&created);
        assert!(
            created.json()["revision"]
                .as_str()
                .unwrap()
                .starts_with("1-")
        );
        let got = admin.get(&admin.url(&format!("{kind}/{id}")));
        assert_eq!(got.status, 200, "{kind}");
        let data = got.data();
        assert_eq!(
            data["ui_metadata"], doc["ui_metadata"],
            "{kind} keeps unknown fields"
        );
        assert_eq!(
            data["smartpbx"], doc["smartpbx"],
            "{kind} keeps nested unknown fields verbatim"
        );
        assert!(
            data.as_object()
                .unwrap()
                .keys()
                .all(|k| !k.starts_with("pvt_") && !k.starts_with('_')),
            "{kind}: {data}"
        );

        // POST replaces, PATCH merges, both keep unknown fields they are given / did not touch.
        let mut replaced = data.clone();
        replaced["custom_flag"] = json!("x");
        let r = admin.post(&admin.url(&format!("{kind}/{id}")), replaced);
        assert_eq!(r.status, 200, "{kind}: {}", r.text());
        let r = admin.patch(
            &admin.url(&format!("{kind}/{id}")),
            json!({"another": {"a": 1}}),
        );
        assert_eq!(r.status, 200, "{kind}: {}", r.text());
        let data = r.data();
        assert_eq!(data["custom_flag"], "x");
        assert_eq!(data["another"]["a"], 1);
        assert_eq!(data["ui_metadata"]["origin"], "voip");
        assert!(
            r.json()["revision"].as_str().unwrap().starts_with("3-"),
            "{kind}"
        );

        let list = admin.get(&admin.url(kind));
        assert_eq!(list.status, 200);
        assert!(
            list.data()
                .as_array()
                .unwrap()
                .iter()
                .any(|row| row["id"] == id.as_str()),
            "{kind} listed"
        );
    }
    // Delete everything again (dependents before what they point at).
    for kind in KINDS.iter().rev() {
        let list = admin.get(&admin.url(kind)).data();
        for row in list.as_array().unwrap() {
            let id = row["id"].as_str().unwrap();
            if *kind == "users" && id == admin.owner_id {
                continue;
            }
            let r = admin.delete(&admin.url(&format!("{kind}/{id}")));
            assert_eq!(r.status, 200, "{kind}: {}", r.text());
            assert_eq!(admin.get(&admin.url(&format!("{kind}/{id}"))).status, 404);
        }
    }
}

#[test]
fn schema_defaults_are_filled_like_kazoo() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let d = admin
        .put(&admin.url("devices"), json!({"name": "Phone"}))
        .data();
    assert_eq!(d["device_type"], "sip_device");
    assert_eq!(d["enabled"], true);
    assert_eq!(d["sip"]["method"], "password");
    assert_eq!(d["sip"]["invite_format"], "contact");
    assert_eq!(d["sip"]["expire_seconds"], 300);
    let u = admin
        .put(
            &admin.url("users"),
            json!({"first_name": "A", "last_name": "B"}),
        )
        .data();
    assert_eq!(u["priv_level"], "user");
    assert_eq!(u["vm_to_email_enabled"], true);
    let v = admin
        .put(
            &admin.url("vmboxes"),
            json!({"mailbox": "0", "name": "Main"}),
        )
        .data();
    assert_eq!(v["check_if_owner"], true);
    assert_eq!(v["require_pin"], false);
    let m = admin.put(&admin.url("menus"), json!({"name": "M"})).data();
    assert_eq!(m["retries"], 3);
    assert_eq!(m["max_extension_length"], 4);
    let t = admin
        .put(
            &admin.url("temporal_rules"),
            json!({"name": "T", "cycle": "daily"}),
        )
        .data();
    assert_eq!(t["interval"], 1);
    assert_eq!(t["start_date"], 62586115200u64);
    let c = admin
        .put(&admin.url("conferences"), json!({"name": "C"}))
        .data();
    assert_eq!(c["member"]["join_muted"], true);
}

#[test]
fn validation_errors_name_field_and_rule() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let cases: &[(&str, Value, &str, &str)] = &[
        ("users", json!({"last_name": "x"}), "first_name", "required"),
        (
            "users",
            json!({"first_name": 5, "last_name": "x"}),
            "first_name",
            "type",
        ),
        (
            "users",
            json!({"first_name": "a", "last_name": "x", "priv_level": "root"}),
            "priv_level",
            "enum",
        ),
        (
            "users",
            json!({"first_name": "", "last_name": "x"}),
            "first_name",
            "minLength",
        ),
        (
            "devices",
            json!({"name": "d", "sip": {"password": "123"}}),
            "sip.password",
            "minLength",
        ),
        (
            "devices",
            json!({"name": "d", "sip": {"expire_seconds": "soon"}}),
            "sip.expire_seconds",
            "type",
        ),
        (
            "devices",
            json!({"name": "d", "limits": {"outbound_minutes_per_hour": "lots"}}),
            "limits.outbound_minutes_per_hour",
            "type",
        ),
        (
            "devices",
            json!({"name": "d", "limits": {"outbound_trunks": -2}}),
            "limits.outbound_trunks",
            "minimum",
        ),
        (
            "devices",
            json!({"name": "d", "mac_address": "zz:zz"}),
            "mac_address",
            "pattern",
        ),
        (
            "devices",
            json!({"name": "d", "owner_id": "0123456789abcdef0123456789abcdef"}),
            "owner_id",
            "not_found",
        ),
        (
            "callflows",
            json!({"flow": {"module": "user"}}),
            "numbers",
            "required",
        ),
        ("callflows", json!({"numbers": ["1"]}), "flow", "required"),
        (
            "callflows",
            json!({"numbers": ["1"], "flow": {"data": {}}}),
            "flow.module",
            "required",
        ),
        (
            "callflows",
            json!({"patterns": ["^(["], "flow": {"module": "user"}}),
            "patterns.0",
            "pattern",
        ),
        ("vmboxes", json!({"name": "x"}), "mailbox", "required"),
        (
            "vmboxes",
            json!({"name": "x", "mailbox": "1", "pin": "12"}),
            "pin",
            "minLength",
        ),
        (
            "menus",
            json!({"name": "x", "retries": 99}),
            "retries",
            "maximum",
        ),
        (
            "temporal_rules",
            json!({"name": "x", "cycle": "hourly"}),
            "cycle",
            "enum",
        ),
        (
            "temporal_rules",
            json!({"name": "x", "cycle": "weekly", "wdays": ["funday"]}),
            "wdays.0",
            "enum",
        ),
        (
            "temporal_rules",
            json!({"name": "x", "cycle": "monthly", "days": [0]}),
            "days.0",
            "minimum",
        ),
        ("groups", json!({"name": "x"}), "endpoints", "required"),
        (
            "media",
            json!({"name": "x", "media_source": "radio"}),
            "media_source",
            "enum",
        ),
    ];
    for (kind, doc, field, rule) in cases {
        let before = admin.get(&admin.url(kind)).data().as_array().unwrap().len();
        let r = admin.put(&admin.url(kind), doc.clone());
        assert_eq!(r.status, 400, "{kind} {doc}: {}", r.text());
        let v = r.json();
        assert_eq!(v["error"], "400");
        assert_eq!(v["message"], "validation error");
        assert!(
            v["data"][field][rule]["message"].is_string(),
            "{kind} {doc}: expected {field}.{rule} in {}",
            v["data"]
        );
        assert_eq!(
            admin.get(&admin.url(kind)).data().as_array().unwrap().len(),
            before,
            "nothing stored"
        );
    }
}

#[test]
fn the_limits_document_takes_counts_or_minus_one() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let url = admin.url("limits");
    for (doc, field, rule) in [
        (
            json!({"outbound_minutes_per_hour": -5}),
            "outbound_minutes_per_hour",
            "minimum",
        ),
        (
            json!({"outbound_minutes_per_hour": "an hour"}),
            "outbound_minutes_per_hour",
            "type",
        ),
        (json!({"calls": true}), "calls", "type"),
    ] {
        let r = admin.post(&url, doc.clone());
        assert_eq!(r.status, 400, "{doc}: {}", r.text());
        assert!(
            r.json()["data"][field][rule]["message"].is_string(),
            "{doc}: expected {field}.{rule} in {}",
            r.text()
        );
    }
    assert_eq!(
        admin.get(&url).data()["outbound_minutes_per_hour"],
        -1,
        "nothing stored"
    );
    let r = admin.post(
        &url,
        json!({"outbound_minutes_per_hour": "90", "calls": -1}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(admin.get(&url).data()["outbound_minutes_per_hour"], "90");
}

#[test]
fn unique_values_and_number_normalisation() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let owner = admin.owner_id.clone();
    let flow = json!({"module": "user", "data": {"id": owner}});
    let first = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["4155550100", "1000", "MainOpenHours"], "flow": flow}),
    );
    assert_eq!(first.status, 201);
    assert_eq!(
        first.data()["numbers"],
        json!(["+14155550100", "1000", "MainOpenHours"])
    );
    let dup = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["+1 415 555 0100".replace(' ', "")], "flow": flow}),
    );
    assert_eq!(dup.status, 400);
    assert!(
        dup.data()["numbers"]["unique"].is_object(),
        "{}",
        dup.text()
    );
    let dup = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["MainOpenHours"], "flow": flow}),
    );
    assert_eq!(dup.status, 400);
    // Patterns are unique too.
    assert_eq!(
        admin
            .put(
                &admin.url("callflows"),
                json!({"patterns": ["^\\*961([0-9]*)$"], "flow": flow})
            )
            .status,
        201
    );
    assert_eq!(
        admin
            .put(
                &admin.url("callflows"),
                json!({"patterns": ["^\\*961([0-9]*)$"], "flow": flow})
            )
            .status,
        400
    );
    // Usernames, SIP usernames, MACs, mailboxes.
    assert_eq!(
        admin
            .put(
                &admin.url("users"),
                json!({"first_name": "a", "last_name": "b", "username": "ADMIN"})
            )
            .status,
        400
    );
    let d = json!({"name": "p", "sip": {"username": "u100", "password": "secret1"}, "mac_address": "0004F2AABBCC"});
    assert_eq!(admin.put(&admin.url("devices"), d.clone()).status, 201);
    let mut d2 = d.clone();
    d2["mac_address"] = json!("aa:bb:cc:dd:ee:ff");
    assert_eq!(
        admin.put(&admin.url("devices"), d2).status,
        400,
        "same SIP username"
    );
    let mut d3 = d.clone();
    d3["sip"]["username"] = json!("u101");
    d3["mac_address"] = json!("00-04-f2-aa-bb-cc");
    assert_eq!(
        admin.put(&admin.url("devices"), d3).status,
        400,
        "same MAC in another notation"
    );
    assert_eq!(
        admin
            .put(
                &admin.url("vmboxes"),
                json!({"mailbox": "100", "name": "a"})
            )
            .status,
        201
    );
    assert_eq!(
        admin
            .put(
                &admin.url("vmboxes"),
                json!({"mailbox": "100", "name": "b"})
            )
            .status,
        400
    );
}

#[test]
fn stale_revisions_get_409_and_change_nothing() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(&admin.url("menus"), json!({"name": "v1"}));
    let id = id_of(&r);
    let rev1 = r.json()["revision"].as_str().unwrap().to_string();
    let body = json!({"data": {"name": "v2"}}).to_string();
    let r = admin.request(
        "POST",
        &admin.url(&format!("menus/{id}")),
        &[("If-Match", &rev1)],
        Some(body.as_bytes()),
    );
    assert_eq!(r.status, 200);
    let body = json!({"data": {"name": "v3"}}).to_string();
    let r = admin.request(
        "POST",
        &admin.url(&format!("menus/{id}")),
        &[("If-Match", &rev1)],
        Some(body.as_bytes()),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    assert_eq!(r.json()["error"], "409");
    let r = admin.patch(
        &admin.url(&format!("menus/{id}")),
        json!({"name": "v4", "_rev": rev1}),
    );
    assert_eq!(r.status, 409);
    let r = admin.request(
        "DELETE",
        &admin.url(&format!("menus/{id}")),
        &[("If-Match", &rev1)],
        None,
    );
    assert_eq!(r.status, 409);
    assert_eq!(
        admin.get(&admin.url(&format!("menus/{id}"))).data()["name"],
        "v2"
    );
}

#[test]
fn patch_merges_recursively_and_null_deletes() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let id = id_of(&admin.put(&admin.url("devices"), json!({"name": "p", "sip": {"username": "u1", "password": "secret1"}, "x": {"a": 1, "b": 2}})));
    let r = admin.patch(
        &admin.url(&format!("devices/{id}")),
        json!({"sip": {"password": "secret2"}, "x": {"a": null}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let d = r.data();
    assert_eq!(d["sip"]["username"], "u1");
    assert_eq!(d["sip"]["password"], "secret2");
    assert_eq!(d["x"], json!({"b": 2}));
}

#[test]
fn user_passwords_become_credentials_and_are_never_returned() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "C", "last_name": "D", "username": "Carol", "password": "pw-12345"}),
    );
    let u = r.data();
    assert!(u.get("password").is_none());
    assert_eq!(u["username"], "carol", "usernames are lower-cased");
    let mut c = pbx.client();
    c.login("carol", "pw-12345", "office")
        .expect("login with the new user");
    // Renaming without a new password would silently break the login: refused.
    let id = u["id"].as_str().unwrap();
    let r = admin.patch(
        &admin.url(&format!("users/{id}")),
        json!({"username": "caroline"}),
    );
    assert_eq!(r.status, 400);
    assert!(r.data()["password"]["required"].is_object());
    let r = admin.patch(
        &admin.url(&format!("users/{id}")),
        json!({"username": "caroline", "password": "pw-67890"}),
    );
    assert_eq!(r.status, 200);
    c.login("caroline", "pw-67890", "office")
        .expect("login after rename");
}

#[test]
fn callflow_get_has_metadata_of_referenced_documents() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let vm = id_of(&admin.put(
        &admin.url("vmboxes"),
        json!({"mailbox": "1000", "name": "Admin box"}),
    ));
    let flow = json!({"module": "user", "data": {"id": admin.owner_id}, "children": {"_": {"module": "voicemail", "data": {"id": vm}}}});
    let id = id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["1000"], "flow": flow, "type": "mainUserCallflow"}),
    ));
    let got = admin.get(&admin.url(&format!("callflows/{id}"))).data();
    assert_eq!(got["metadata"][&admin.owner_id]["pvt_type"], "user");
    assert_eq!(
        got["metadata"][&admin.owner_id]["name"],
        "Office Administrator"
    );
    assert_eq!(got["metadata"][&vm]["pvt_type"], "vmbox");
    let rows = admin.get(&admin.url("callflows")).data();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id.as_str())
        .expect("the new callflow is listed");
    assert_eq!(row["modules"], json!(["user", "voicemail"]));
    assert_eq!(row["featurecode"], false);
    assert_eq!(row["type"], "mainUserCallflow");
}

#[test]
fn accounts_children_and_account_documents() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let acct = admin.get(&admin.url("")).json();
    assert_eq!(acct["data"]["name"], "office");
    assert_eq!(acct["data"]["realm"], "office.local");
    assert!(acct["version"].is_string());
    let r = admin.patch(
        &admin.url(""),
        json!({"timezone": "Europe/Berlin", "caller_id": {"external": {"number": "+4930123456"}}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        admin.get(&admin.url("")).data()["timezone"],
        "Europe/Berlin"
    );
    let child = admin.put(&admin.url(""), json!({"name": "Branch office"}));
    assert_eq!(child.status, 201, "{}", child.text());
    let child_id = id_of(&child);
    let kids = admin.get(&admin.url("children")).data();
    assert_eq!(kids[0]["id"], child_id.as_str());
    // The parent's admin may work inside the child account.
    let mut in_child = admin.clone();
    in_child.account_id = child_id.clone();
    assert_eq!(
        in_child
            .put(&in_child.url("menus"), json!({"name": "Branch menu"}))
            .status,
        201
    );
    assert_eq!(
        admin.delete(&admin.url("")).status,
        403,
        "an account cannot delete itself"
    );
    assert_eq!(
        admin.delete(&format!("/v2/accounts/{child_id}")).status,
        200
    );
    assert_eq!(
        in_child.get(&in_child.url("menus")).status,
        403,
        "gone with its documents"
    );
}
