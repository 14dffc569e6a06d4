//! `/configs/transcription` through the running box: the `api_key` is never shown back, and
//! only an administrator of the top-level account may set it or move the service's `url`
//! (a sub-account's administrator may tune `model` and `timeout_ms`, keeping the key).

mod common;

use common::{Pbx, id_of};
use serde_json::json;

#[test]
fn the_speech_service_key_is_write_only_and_set_by_the_box_administrator_only() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url(""),
        json!({"name": "tenant", "realm": "tenant.example.net"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let sub = id_of(&r);
    let r = admin.put(
        &format!("/v2/accounts/{sub}/users"),
        json!({"first_name": "Ten", "last_name": "Ant", "username": "boss", "password": "pw-12345", "priv_level": "admin"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let mut tenant = pbx.client();
    tenant
        .login("boss", "pw-12345", "tenant")
        .expect("tenant admin login");
    let config = format!("/v2/accounts/{sub}/configs/transcription");

    // The tenant's administrator may not set a key or a URL.
    for body in [
        json!({"url": "http://127.0.0.1:9/v1/audio/transcriptions", "api_key": "mine"}),
        json!({"url": "http://127.0.0.1:9/v1/audio/transcriptions"}),
    ] {
        let r = tenant.put(&config, body);
        assert_eq!(r.status, 403, "{}", r.text());
    }
    // The box's administrator sets both for the tenant; nobody sees the key back.
    let url = "http://127.0.0.1:9/v1/audio/transcriptions";
    let r = admin.put(&config, json!({"url": url, "api_key": "secret-key"}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r.data().get("api_key").is_none(), "{}", r.text());
    for who in [&admin, &tenant] {
        let r = who.get(&config);
        assert_eq!(r.status, 200, "{}", r.text());
        assert!(r.data().get("api_key").is_none(), "{}", r.text());
        assert!(!r.text().contains("secret-key"), "{}", r.text());
        assert_eq!(r.data()["api_key_set"], true);
    }
    // The tenant may change the model and timeout (keeping the key) but not move the URL.
    let r = tenant.put(
        &config,
        json!({"url": url, "model": "small", "timeout_ms": 2000}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["api_key_set"], true, "{}", r.text());
    assert_eq!(r.data()["model"], "small");
    let r = tenant.patch(&config, json!({"url": "http://198.51.100.7/steal"}));
    assert_eq!(r.status, 403, "{}", r.text());
    let r = tenant.patch(&config, json!({"api_key": "other"}));
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(admin.get(&config).data()["url"], url);
}
