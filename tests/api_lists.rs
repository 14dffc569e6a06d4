//! Listing: every KAZOO filter over HTTP, pagination, and the list projections the UI reads.

mod common;

use common::{Pbx, id_of};
use serde_json::{Value, json};

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[test]
fn every_filter() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    // The account's default feature codes would collide with the codes below: start empty.
    let defaults = admin.get(&admin.url("callflows?paginate=false")).data();
    for cf in defaults.as_array().unwrap() {
        let id = cf["id"].as_str().unwrap();
        assert_eq!(
            admin.delete(&admin.url(&format!("callflows/{id}"))).status,
            200
        );
    }
    let flow = json!({"module": "user", "data": {"id": admin.owner_id}});
    let docs = [
        json!({"name": "main", "numbers": ["undefinedMainNumber"], "type": "main", "flow": flow, "ui_metadata": {"origin": "voip"}}),
        json!({"name": "fc", "patterns": ["^\\*72([0-9]*)$"], "featurecode": {"name": "call_forward[action=activate]", "number": "72"}, "flow": flow, "ui_metadata": {"origin": "voip"}}),
        json!({"name": "fc-other", "numbers": ["*73"], "featurecode": {"name": "call_forward[action=deactivate]", "number": "73"}, "flow": flow, "ui_metadata": {"origin": "callflows"}}),
        json!({"name": "user", "numbers": ["1000"], "type": "mainUserCallflow", "owner_id": admin.owner_id, "flow": flow, "ui_is_main_number_cf": true}),
        json!({"name": "nomatch", "numbers": ["no_match"], "flow": {"module": "offnet"}, "empty": ""}),
    ];
    for d in &docs {
        assert_eq!(admin.put(&admin.url("callflows"), d.clone()).status, 201);
    }
    let q = |query: &str| {
        let r = admin.get(&admin.url(&format!("callflows?{query}&_=1700000000000")));
        assert_eq!(r.status, 200, "{query}: {}", r.text());
        let mut names = ids(&r.data());
        names.sort();
        names
    };
    assert_eq!(q("filter_type=main"), ["main"]);
    assert_eq!(
        q(&format!(
            "filter_type={}",
            enc("[\"main\",\"mainUserCallflow\"]")
        )),
        ["main", "user"]
    );
    assert_eq!(q("filter_ui_metadata.origin=voip"), ["fc", "main"]);
    assert_eq!(
        q("has_key=featurecode&filter_not_ui_metadata.origin=voip"),
        ["fc-other"]
    );
    assert_eq!(
        q("filter_not_numbers=no_match&filter_not_name=main&filter_not_ui_metadata.origin=voip"),
        ["fc-other", "user"]
    );
    assert_eq!(
        q("has_value=type&key_missing=owner_id&key_missing=group_id"),
        ["main"]
    );
    assert_eq!(q("has_key=empty"), ["nomatch"]);
    assert_eq!(q("has_value=empty"), Vec::<String>::new());
    assert_eq!(q("value_missing=type"), ["fc", "fc-other", "nomatch"]);
    assert_eq!(q("filter_ui_is_main_number_cf=true"), ["user"]);
    assert_eq!(q("filter_flow.module=offnet"), ["nomatch"]);
    assert_eq!(
        q("has_type=type&paginate=false").len(),
        5,
        "unknown parameters are ignored"
    );
    let now = admin.get(&admin.url("")).json()["timestamp"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!now.is_empty());
    assert_eq!(q("created_from=0").len(), 5);
    assert_eq!(q("created_to=0").len(), 0);
    assert_eq!(q("modified_from=99999999999").len(), 0);
    let bad = admin.get(&admin.url("callflows?created_from=yesterday"));
    assert_eq!(bad.status, 400);
    assert!(bad.data()["created_from"].is_object());
}

#[test]
fn pagination_walks_every_row_once() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    for i in 0..23 {
        id_of(&admin.put(&admin.url("menus"), json!({"name": format!("menu {i:02}")})));
    }
    let first = admin.get(&admin.url("menus")).json();
    assert_eq!(
        first["data"].as_array().unwrap().len(),
        23,
        "default page is 50"
    );
    let mut seen = Vec::new();
    let mut start: Option<String> = None;
    loop {
        let path = match &start {
            Some(k) => admin.url(&format!("menus?page_size=10&start_key={}", enc(k))),
            None => admin.url("menus?page_size=10"),
        };
        let v = admin.get(&path).json();
        let rows = v["data"].as_array().unwrap();
        assert_eq!(v["page_size"], rows.len());
        seen.extend(rows.iter().map(|r| r["id"].as_str().unwrap().to_string()));
        match v["next_start_key"].as_str() {
            Some(k) => start = Some(k.to_string()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 23);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 23);
    assert_eq!(
        admin
            .get(&admin.url("menus?paginate=false&page_size=5"))
            .data()
            .as_array()
            .unwrap()
            .len(),
        23
    );
    assert_eq!(admin.get(&admin.url("menus?page_size=0")).status, 400);
}

#[test]
fn list_rows_have_the_fields_the_ui_reads() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let users = admin.get(&admin.url("users?paginate=false")).data();
    let u = &users[0];
    for k in [
        "id",
        "first_name",
        "last_name",
        "username",
        "priv_level",
        "features",
    ] {
        assert!(u.get(k).is_some(), "user row lacks {k}: {u}");
    }
    assert!(u["features"].is_array());
    admin.put(&admin.url("devices"), json!({"name": "Desk", "sip": {"username": "u7", "password": "secret1"}, "owner_id": admin.owner_id}));
    let d = &admin
        .get(&admin.url("devices?with_status=true&paginate=false"))
        .data()[0];
    for k in [
        "id",
        "name",
        "device_type",
        "enabled",
        "owner_id",
        "username",
        "registrable",
        "registered",
    ] {
        assert!(d.get(k).is_some(), "device row lacks {k}: {d}");
    }
    assert_eq!(
        d["registered"], false,
        "nothing is registered without a SIP engine"
    );
    admin.put(
        &admin.url("vmboxes"),
        json!({"mailbox": "0", "name": "Main", "type": "mainVMBox"}),
    );
    let v = &admin
        .get(&admin.url("vmboxes?filter_type=mainVMBox"))
        .data()[0];
    assert_eq!(v["mailbox"], "0");
    assert_eq!(v["messages"], 0);
    admin.put(
        &admin.url("groups"),
        json!({"name": "G", "endpoints": {admin.owner_id.clone(): {"type": "user"}}}),
    );
    let g = &admin.get(&admin.url("groups")).data()[0];
    assert_eq!(g["endpoints"], 1);
}
