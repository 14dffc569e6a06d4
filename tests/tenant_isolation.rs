//! A sub-account's administrator and a plain user probe the box as a hostile tenant would:
//! box-wide settings are the top-level administrator's (403), gateways cannot be opened to
//! the world or over another account's (400 naming the field), numbers are unique across the
//! box, and errors never name another account's documents.

mod common;

use common::{Client, Pbx, id_of};
use serde_json::{Value, json};

/// The box's administrator, and the administrator of a sub-account `tenant`.
fn box_and_tenant(pbx: &Pbx) -> (Client, Client) {
    let admin = pbx.admin();
    let sub = id_of(&admin.put(&admin.url(""), json!({"name": "tenant"})));
    let r = admin.put(
        &format!("/v2/accounts/{sub}/users"),
        json!({"first_name": "Ten", "last_name": "Ant", "username": "boss", "password": "pw-12345", "priv_level": "admin"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let mut tenant = pbx.client();
    tenant
        .login("boss", "pw-12345", "tenant")
        .expect("tenant admin login");
    assert_eq!(tenant.account_id, sub);
    (admin, tenant)
}

/// A 400 whose `data` names `field`.
fn refused(r: &common::Resp, field: &str) -> Value {
    assert_eq!(r.status, 400, "{}", r.text());
    let data = r.data();
    assert!(data.get(field).is_some(), "400 names {field}: {data}");
    data
}

#[test]
fn box_wide_settings_are_for_the_box_administrator_only() {
    let pbx = Pbx::start();
    let (admin, tenant) = box_and_tenant(&pbx);
    let pem = json!({"certificate": "-----BEGIN CERTIFICATE-----", "private_key": "-----BEGIN PRIVATE KEY-----"});
    assert_eq!(
        tenant
            .put(&tenant.url("tls_certificate"), pem.clone())
            .status,
        403
    );
    assert_eq!(tenant.post(&tenant.url("tls_certificate"), pem).status, 403);
    assert_eq!(tenant.get(&tenant.url("sip_bans")).status, 403);
    assert_eq!(tenant.delete(&tenant.url("sip_bans/127.0.0.9")).status, 403);
    assert_eq!(tenant.get("/v2/system_status").status, 403);
    assert_eq!(admin.get("/v2/system_status").status, 200);
    // The box's administrator still can (also through the sub-account's URL).
    assert_eq!(admin.get(&admin.url("sip_bans")).status, 200);
    assert_eq!(
        admin
            .get(&format!("/v2/accounts/{}/sip_bans", tenant.account_id))
            .status,
        200
    );
    let r = admin.put(
        &admin.url("tls_certificate"),
        json!({"certificate": "garbage", "private_key": "garbage"}),
    );
    assert_eq!(r.status, 400, "checked, not refused: {}", r.text());
}

#[test]
fn gateways_cannot_cover_the_world_or_another_accounts_carrier() {
    let pbx = Pbx::start();
    let (admin, tenant) = box_and_tenant(&pbx);
    for broad in [
        "0.0.0.0/0",
        "127.0.0.0/8",
        "::/0",
        "10.0.0.0/23",
        "2001:db8::/48",
    ] {
        let r = tenant.put(
            &tenant.url("resources"),
            json!({"name": "grab", "gateways": [{"server": "203.0.113.200"}, {"server": broad}]}),
        );
        let data = refused(&r, "gateways.1.server");
        assert_eq!(data["gateways.1.server"]["network"]["value"], broad);
    }
    let carrier = admin.put(
        &admin.url("resources"),
        json!({"name": "carrier", "gateways": [{"server": "203.0.113.0/28"}]}),
    );
    id_of(&carrier);
    for overlapping in ["203.0.113.8", "203.0.113.0/24", "203.0.113.4:5060"] {
        let r = tenant.put(
            &tenant.url("resources"),
            json!({"name": "mine", "gateways": [{"server": overlapping}]}),
        );
        refused(&r, "gateways.0.server");
    }
    // Not overlapping: fine; and the owner may not be moved over it by an update either.
    let own = id_of(&tenant.put(
        &tenant.url("resources"),
        json!({"name": "mine", "gateways": [{"server": "203.0.113.64/28"}]}),
    ));
    let r = tenant.patch(
        &tenant.url(&format!("resources/{own}")),
        json!({"gateways": [{"server": "203.0.113.1"}]}),
    );
    refused(&r, "gateways.0.server");
    // A /24 and a single address of one's own are fine.
    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "second", "gateways": [{"server": "198.51.100.0/24"}, {"server": "198.51.100.7"}]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
}

#[test]
fn numbers_are_unique_across_the_box_and_errors_name_no_other_accounts_ids() {
    let pbx = Pbx::start();
    let (admin, tenant) = box_and_tenant(&pbx);
    let did = id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["+14155550100", "1000"], "flow": {"module": "user", "data": {"id": admin.owner_id}}}),
    ));
    let device = id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": "Desk", "mac_address": "00:04:f2:ab:cd:01"}),
    ));
    assert_eq!(
        admin
            .put(&admin.url("phone_numbers/+14155550199"), json!({}))
            .status,
        201
    );

    // The parent's DID, written any way, in a callflow or as a phone number of the tenant.
    for number in ["+14155550100", "4155550100", "14155550100", "+14155550199"] {
        let r = tenant.put(
            &tenant.url("callflows"),
            json!({"numbers": [number], "flow": {"module": "device", "data": {}}}),
        );
        refused(&r, "numbers");
        assert!(!r.text().contains(&did), "{}", r.text());
    }
    let r = tenant.put(&tenant.url("phone_numbers/4155550100"), json!({}));
    refused(&r, "number");
    let r = tenant.put(
        &tenant.url("phone_numbers/collection"),
        json!({"numbers": ["+14155550142", "+14155550199"]}),
    );
    refused(&r, "numbers");
    assert_eq!(
        tenant.get(&tenant.url("phone_numbers/+14155550142")).status,
        404,
        "a refused collection adds none of its numbers"
    );
    // Extensions stay per account.
    let r = tenant.put(
        &tenant.url("callflows"),
        json!({"numbers": ["1000"], "flow": {"module": "device", "data": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // The other way round too: the parent cannot take the tenant's DID.
    id_of(&tenant.put(
        &tenant.url("callflows"),
        json!({"numbers": ["+14155550777"], "flow": {"module": "device", "data": {}}}),
    ));
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["+14155550777"], "flow": {"module": "device", "data": {}}}),
    );
    refused(&r, "numbers");

    // A MAC address is unique on the box; the error does not say whose device has it.
    let r = tenant.put(
        &tenant.url("devices"),
        json!({"name": "Mine", "mac_address": "0004F2ABCD01"}),
    );
    refused(&r, "mac_address");
    assert!(!r.text().contains(&device), "{}", r.text());
}

#[test]
fn a_plain_user_reads_only_what_the_readme_allows() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let alice = pbx.user_client(&admin, "alice", "user");
    for (path, body) in [
        (
            "configs/smtp_client",
            json!({"relay": "mail.example.com", "password": "s3cret"}),
        ),
        ("configs/custom", json!({"api_secret": "s3cret"})),
        ("limits", json!({"calls": 5})),
        ("metaflows", json!({"binding_digit": "*", "numbers": {}})),
    ] {
        let r = admin.post(&admin.url(path), body);
        assert_eq!(r.status, 200, "{path}: {}", r.text());
    }
    assert_eq!(
        admin
            .put(&admin.url("phone_numbers/+14155550100"), json!({}))
            .status,
        201
    );
    for path in [
        "configs/smtp_client",
        "configs/custom",
        "limits",
        "metaflows",
        "phone_numbers",
        "phone_numbers/+14155550100",
        "phone_numbers/classifiers",
        "presence",
        "resources",
        "channels",
    ] {
        let r = alice.get(&alice.url(path));
        assert_eq!(r.status, 403, "{path}: {}", r.text());
        assert!(!r.text().contains("s3cret"), "{path}");
    }
    // What the README allows still works; the account document without its feature codes.
    let account = alice.get(&alice.url(""));
    assert_eq!(account.status, 200);
    assert!(
        account.data().get("metaflows").is_none(),
        "{}",
        account.text()
    );
    assert!(admin.get(&admin.url("")).data().get("metaflows").is_some());
    assert_eq!(
        alice
            .get(&alice.url(&format!("users/{}", alice.owner_id)))
            .status,
        200
    );
    assert_eq!(alice.get(&alice.url("devices")).status, 200);
    assert_eq!(alice.get(&alice.url("vmboxes")).status, 200);
}
