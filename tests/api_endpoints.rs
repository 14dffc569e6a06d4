//! The small endpoints the Monster UI needs, phone numbers, media upload/download and call logs.

mod common;

use common::{Pbx, id_of};
use serde_json::{Map, json};

#[test]
fn small_ui_endpoints_answer() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let apps = admin.get(&admin.url("apps_store")).data();
    let names: Vec<&str> = apps
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["voip", "callflows"]);
    assert!(apps[0]["i18n"]["en-US"]["label"].is_string());
    assert!(
        apps[0].get("api_url").is_none(),
        "no api_url: the UI then uses its default"
    );
    let one = apps[0]["id"].as_str().unwrap();
    assert_eq!(
        admin.get(&admin.url(&format!("apps_store/{one}"))).status,
        200
    );
    assert_eq!(
        admin.get(&admin.url("channels?paginate=false")).data(),
        json!([])
    );
    assert!(admin.get(&admin.url("multi_factor")).data()["multi_factor_providers"].is_array());
    assert!(admin.get(&admin.url("security")).data()["account"]["auth_modules"].is_object());
    assert_eq!(admin.get(&admin.url("configs/kazoo_endpoint")).status, 200);
    assert_eq!(
        admin
            .put(
                &admin.url("configs/kazoo_endpoint"),
                json!({"ignore_completed_elsewhere": true})
            )
            .status,
        200
    );
    assert_eq!(
        admin.get(&admin.url("configs/kazoo_endpoint")).data()["ignore_completed_elsewhere"],
        true
    );
    assert_eq!(admin.get(&admin.url("configs/..%2Fetc")).status, 400);
    assert_eq!(admin.get(&admin.url("limits")).status, 200);
    for empty in ["external_numbers", "alerts"] {
        assert_eq!(admin.get(&admin.url(empty)).data(), json!([]), "{empty}");
        assert_eq!(
            admin.put(&admin.url(empty), json!({})).status,
            405,
            "{empty}"
        );
    }
    assert_eq!(admin.get(&admin.url("whitelabel")).status, 404);
    assert_eq!(pbx.client().get("/v2/whitelabel/localhost").status, 404);
    assert_eq!(admin.get(&admin.url("devices/status")).status, 200);
    let classifiers = admin.get(&admin.url("phone_numbers/classifiers")).data();
    assert_eq!(
        classifiers["tollfree_us"]["name"], "tollfree_us",
        "classifiers carry their name"
    );
    assert_eq!(
        admin
            .get(&admin.url("phone_numbers/classifiers/%2B18005550100"))
            .data()["name"],
        "tollfree_us"
    );
    // CORS preflight.
    let r = admin.request(
        "OPTIONS",
        &admin.url("users"),
        &[
            ("Origin", "http://ui"),
            ("Access-Control-Request-Method", "PUT"),
        ],
        None,
    );
    assert_eq!(r.status, 200);
    assert!(
        r.header("access-control-allow-headers")
            .unwrap()
            .contains("X-Auth-Token")
    );
    assert!(
        r.header("access-control-allow-methods")
            .unwrap()
            .contains("PATCH")
    );
}

#[test]
fn phone_numbers_life_cycle_and_used_by() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(&admin.url("phone_numbers/%2B14155550100"), json!({}));
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(
        admin
            .put(&admin.url("phone_numbers/%2B14155550100"), json!({}))
            .status,
        400
    );
    assert_eq!(
        admin
            .put(&admin.url("phone_numbers/not-a-number"), json!({}))
            .status,
        400
    );
    let list = admin
        .get(&admin.url(
            "phone_numbers?filter_state=%5B%22in_service%22%2C%22port_in%22%5D&paginate=false",
        ))
        .data();
    assert_eq!(list["numbers"]["+14155550100"]["state"], "in_service");
    assert!(
        list["numbers"]["+14155550100"].get("used_by").is_none(),
        "spare"
    );
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["4155550100"], "flow": {"module": "offnet"}}),
    );
    let list = admin.get(&admin.url("phone_numbers")).data();
    assert_eq!(list["numbers"]["+14155550100"]["used_by"], "callflow");
    assert_eq!(
        admin.get(&admin.url("phone_numbers/%2B14155550100")).status,
        200
    );
    let r = admin.patch(
        &admin.url("phone_numbers/%2B14155550100"),
        json!({"cnam": {"display_name": "Office"}}),
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        admin
            .patch(
                &admin.url("phone_numbers/%2B14155550100"),
                json!({"state": "bogus"})
            )
            .status,
        400
    );
    let r = admin.put(
        &admin.url("phone_numbers/collection"),
        json!({"numbers": ["+14155550101", "+14155550102"]}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        admin.get(&admin.url("phone_numbers")).data()["numbers"]
            .as_object()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        admin
            .delete(&admin.url("phone_numbers/%2B14155550102"))
            .status,
        200
    );
    assert_eq!(
        admin.get(&admin.url("phone_numbers/%2B14155550102")).status,
        404
    );
}

const WAV: &[u8] = b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00\x80\x3e\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00";

#[test]
fn media_upload_and_download() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let id = id_of(&admin.put(
        &admin.url("media"),
        json!({"name": "../../etc/passwd", "media_source": "upload"}),
    ));
    let r = admin.request(
        "POST",
        &admin.url(&format!("media/{id}/raw")),
        &[("Content-Type", "audio/wav")],
        Some(WAV),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let got = admin.get(&admin.url(&format!("media/{id}/raw")));
    assert_eq!(got.status, 200);
    assert_eq!(got.body, WAV);
    assert_eq!(got.header("content-type"), Some("audio/wav"));
    // The Monster UI way: a base64 data URL.
    use base64::Engine;
    let data_url = format!(
        "data:audio/wav;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(WAV)
    );
    let r = admin.request(
        "POST",
        &admin.url(&format!("media/{id}/raw")),
        &[("Content-Type", "application/x-base64")],
        Some(data_url.as_bytes()),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // Not audio, wrong content type.
    let r = admin.request(
        "POST",
        &admin.url(&format!("media/{id}/raw")),
        &[("Content-Type", "audio/wav")],
        Some(b"hello"),
    );
    assert_eq!(r.status, 400);
    let r = admin.request(
        "POST",
        &admin.url(&format!("media/{id}/raw")),
        &[("Content-Type", "image/png")],
        Some(b"\x89PNG"),
    );
    assert_eq!(r.status, 415);
    assert_eq!(
        admin.get(&admin.url(&format!("media/{id}/raw"))).body,
        WAV,
        "a refused upload keeps the old audio"
    );
    assert_eq!(admin.delete(&admin.url(&format!("media/{id}"))).status, 200);
    assert_eq!(
        admin.get(&admin.url(&format!("media/{id}/raw"))).status,
        404
    );
}

/// Call records are written by the call engine; here the store is opened directly (after the
/// PBX has stopped) to put legs in, then the PBX serves them.
#[test]
fn call_logs_by_interaction_and_legs() {
    let dir = tempfile::tempdir().unwrap();
    let moved = dir.path().join("data");
    let pbx = Pbx::start_with(&moved, &[]);
    let account = pbx.admin().account_id.clone();
    assert!(pbx.stop());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + edgepbx_store::GREGORIAN_OFFSET;
    {
        let store = edgepbx_store::Store::open(&moved.join("edgepbx.redb")).unwrap();
        for (i, (call, direction, ts)) in [
            ("a-leg-1", "inbound", now - 100),
            ("b-leg-1", "outbound", now - 99),
            ("a-leg-2", "inbound", now - 50),
        ]
        .iter()
        .enumerate()
        {
            let interaction = if i < 2 {
                format!("{}-one", now - 100)
            } else {
                format!("{}-two", now - 50)
            };
            let cdr: Map<String, serde_json::Value> = json!({
                "call_id": call, "call_direction": direction, "timestamp": ts, "interaction_id": interaction,
                "caller_id_number": "1001", "caller_id_name": "Ada", "callee_id_number": "1002", "duration_seconds": 12,
                "billing_seconds": 10, "hangup_cause": "NORMAL_CLEARING", "request": "1002@office.local", "to": "1002@office.local",
                "from": "1001@office.local", "channel_created_time": (ts - edgepbx_store::GREGORIAN_OFFSET) * 1_000_000 + i as u64,
                "custom_channel_vars": {"authorizing_id": "d1", "account_id": account},
            }).as_object().unwrap().clone();
            edgepbx_api::cdrs::record_cdr(&store, &account, cdr).unwrap();
        }
        store.close();
    }
    let pbx = Pbx::start_with(&moved, &[]);
    let admin = pbx.admin();
    let from = now - 3600;
    let all = admin
        .get(&admin.url(&format!("cdrs?created_from={from}&created_to={now}")))
        .data();
    assert_eq!(all.as_array().unwrap().len(), 3);
    assert_eq!(all[0]["call_id"], "a-leg-2", "newest first");
    let calls = admin
        .get(&admin.url(&format!(
            "cdrs/interaction?created_from={from}&created_to={now}&page_size=50"
        )))
        .data();
    let calls = calls.as_array().unwrap();
    assert_eq!(calls.len(), 2, "one row per call");
    let first = calls.iter().find(|c| c["call_id"] == "a-leg-1").unwrap();
    assert_eq!(first["custom_channel_vars"]["authorizing_id"], "d1");
    let interaction = first["interaction_id"].as_str().unwrap();
    let legs = admin
        .get(&admin.url(&format!("cdrs/legs/{interaction}")))
        .data();
    assert_eq!(legs.as_array().unwrap().len(), 2);
    let id = first["id"].as_str().unwrap();
    assert_eq!(
        admin.get(&admin.url(&format!("cdrs/{id}"))).data()["billing_seconds"],
        10
    );
    let csv = admin.get(&admin.url(&format!(
        "cdrs?created_from={from}&created_to={now}&accept=text/csv"
    )));
    assert_eq!(csv.header("content-type"), Some("text/csv"));
    assert_eq!(csv.text().lines().count(), 4);
    let paged = admin
        .get(&admin.url(&format!(
            "cdrs?created_from={from}&created_to={now}&page_size=2"
        )))
        .json();
    assert_eq!(paged["data"].as_array().unwrap().len(), 2);
    let next = paged["next_start_key"].as_str().unwrap();
    let rest = admin
        .get(&admin.url(&format!(
            "cdrs?created_from={from}&created_to={now}&page_size=2&start_key={next}"
        )))
        .data();
    assert_eq!(rest.as_array().unwrap().len(), 1);
    let too_wide = admin.get(&admin.url(&format!(
        "cdrs?created_from={}&created_to={now}",
        now - 40 * 86400
    )));
    assert_eq!(too_wide.status, 400);
    assert!(too_wide.data()["created_from"]["date_range"].is_object());
    assert_eq!(
        admin.put(&admin.url("cdrs"), json!({})).status,
        405,
        "call records are read-only"
    );
}
