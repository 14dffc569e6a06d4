//! Logging in, tokens, privileges and login rate limiting, against the running binary.

mod common;

use common::{ADMIN_PASSWORD, Pbx, md5_credentials};
use serde_json::json;

#[test]
fn user_auth_issues_a_jwt_shaped_token_that_works_as_header_and_query() {
    let pbx = Pbx::start();
    let mut c = pbx.client();
    let v = c
        .login("ADMIN", ADMIN_PASSWORD, "Office")
        .expect("login ignores case of user and account name");
    let token = v["auth_token"].as_str().unwrap();
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3, "JWT shaped");
    assert!(v["data"]["owner_id"].as_str().unwrap().len() == 32);
    assert!(
        v["data"]["apps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["name"] == "voip")
    );

    assert_eq!(c.get(&c.url("")).status, 200);
    let mut anon = pbx.client();
    anon.account_id = c.account_id.clone();
    let by_query = anon.get(&format!("{}?auth_token={token}", anon.url("users")));
    assert_eq!(by_query.status, 200);

    // Token info, as the UI does on reload.
    let info = anon.request(
        "POST",
        "/v2/auth/tokeninfo",
        &[],
        Some(json!({"data": {"token": token}}).to_string().as_bytes()),
    );
    assert_eq!(info.status, 200, "{}", info.text());
    assert_eq!(info.data()["account_id"], c.account_id.as_str());
    assert_eq!(anon.get(&format!("/v2/user_auth/{token}")).status, 200);
}

#[test]
fn unauthenticated_and_bad_tokens_get_401() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let mut anon = pbx.client();
    anon.account_id = admin.account_id.clone();
    let r = anon.get(&anon.url("users"));
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["error"], "401");
    assert_eq!(r.header("content-type"), Some("application/json"));
    anon.token = Some("not.a.token".into());
    assert_eq!(anon.get(&anon.url("users")).status, 401);
    // A token with a forged payload.
    let t = admin.token.clone().unwrap();
    let mut parts: Vec<String> = t.split('.').map(str::to_string).collect();
    parts[1] = parts[1].chars().rev().collect();
    anon.token = Some(parts.join("."));
    assert_eq!(anon.get(&anon.url("users")).status, 401);
    // Wrong password, unknown account.
    let mut c = pbx.client();
    assert_eq!(c.login("admin", "wrong", "office").unwrap_err().status, 401);
    assert_eq!(
        c.login("admin", ADMIN_PASSWORD, "nosuch")
            .unwrap_err()
            .status,
        401
    );
}

#[test]
fn api_key_login() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let key = admin.get(&admin.url("api_key")).data()["api_key"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(key.len(), 64);
    let c = pbx.client();
    let r = c.request(
        "PUT",
        "/v2/api_auth",
        &[],
        Some(json!({"data": {"api_key": key}}).to_string().as_bytes()),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let bad = c.request(
        "PUT",
        "/v2/api_auth",
        &[],
        Some(
            json!({"data": {"api_key": "0".repeat(64)}})
                .to_string()
                .as_bytes(),
        ),
    );
    assert_eq!(bad.status, 401);
    let short = c.request(
        "PUT",
        "/v2/api_auth",
        &[],
        Some(json!({"data": {"api_key": "abc"}}).to_string().as_bytes()),
    );
    assert_eq!(short.status, 400);
    assert!(short.data()["api_key"].is_object(), "400 names the field");
}

#[test]
fn a_plain_user_sees_only_their_own_documents() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let alice = pbx.user_client(&admin, "alice", "user");
    let bob = pbx.user_client(&admin, "bob", "user");
    let alice_device = admin.put(
        &admin.url("devices"),
        json!({"name": "Alice desk", "owner_id": alice.owner_id}),
    );
    let alice_device = common::id_of(&alice_device);
    let bob_device = common::id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": "Bob desk", "owner_id": bob.owner_id}),
    ));

    // Own user document: read and change (but not the privilege level).
    assert_eq!(
        alice
            .get(&alice.url(&format!("users/{}", alice.owner_id)))
            .status,
        200
    );
    let r = alice.patch(
        &alice.url(&format!("users/{}", alice.owner_id)),
        json!({"email": "alice@example.com"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = alice.patch(
        &alice.url(&format!("users/{}", alice.owner_id)),
        json!({"priv_level": "admin"}),
    );
    assert_eq!(r.status, 403);
    assert_eq!(
        admin
            .get(&admin.url(&format!("users/{}", alice.owner_id)))
            .data()["priv_level"],
        "user"
    );

    // Other users and their devices are not visible.
    assert_eq!(
        alice
            .get(&alice.url(&format!("users/{}", bob.owner_id)))
            .status,
        404
    );
    assert_eq!(
        alice
            .get(&alice.url(&format!("devices/{bob_device}")))
            .status,
        404
    );
    let users = alice.get(&alice.url("users")).data();
    assert_eq!(users.as_array().unwrap().len(), 1);
    let devices = alice.get(&alice.url("devices")).data();
    assert_eq!(devices.as_array().unwrap().len(), 1);
    assert_eq!(devices[0]["id"], alice_device.as_str());
    let r = alice.patch(
        &alice.url(&format!("devices/{alice_device}")),
        json!({"name": "Alice's phone"}),
    );
    assert_eq!(r.status, 200);
    let r = alice.patch(
        &alice.url(&format!("devices/{alice_device}")),
        json!({"owner_id": bob.owner_id}),
    );
    assert_eq!(r.status, 403);

    // Admin-only things.
    assert_eq!(alice.get(&alice.url("callflows")).status, 403);
    assert_eq!(
        alice
            .put(&alice.url("devices"), json!({"name": "x"}))
            .status,
        403
    );
    assert_eq!(
        alice
            .delete(&alice.url(&format!("devices/{alice_device}")))
            .status,
        403
    );
    assert_eq!(
        alice.post(&alice.url(""), json!({"name": "hijack"})).status,
        403
    );
    assert_eq!(alice.get(&alice.url("cdrs")).status, 403);
    // Another account's URL.
    let mut other = alice.clone();
    other.account_id = "0123456789abcdef0123456789abcdef".into();
    assert_eq!(other.get(&other.url("users")).status, 403);

    // Disabling the user revokes the token at once.
    assert_eq!(
        admin
            .patch(
                &admin.url(&format!("users/{}", alice.owner_id)),
                json!({"enabled": false})
            )
            .status,
        200
    );
    assert_eq!(
        alice
            .get(&alice.url(&format!("users/{}", alice.owner_id)))
            .status,
        401
    );
}

#[test]
fn repeated_login_failures_are_rate_limited() {
    let pbx = Pbx::start();
    let mut c = pbx.client();
    // Three tries, then the address backs off at this account (1 s, 2 s, ...).
    for _ in 0..3 {
        assert_eq!(c.login("admin", "guess", "office").unwrap_err().status, 401);
    }
    let r = c.login("admin", ADMIN_PASSWORD, "office").unwrap_err();
    assert_eq!(
        r.status,
        429,
        "even the right password waits out the ban: {}",
        r.text()
    );
    assert!(r.header("retry-after").is_some());
    // Credentials are never stored in the clear.
    let store_bytes = std::fs::read(pbx.data.join("edgepbx.redb")).unwrap();
    let needle = ADMIN_PASSWORD.as_bytes();
    assert!(
        !store_bytes.windows(needle.len()).any(|w| w == needle),
        "plain password found in the store"
    );
    let _ = md5_credentials("x", "y");
}
