//! What a parent account imposes on a sub-account (its `call_restriction`, number classes and
//! `limits`): the tenant's administrator reads them but cannot lift them (403 naming the
//! field or document), the parent sets them, and the engine applies them to the tenant's
//! calls. The tenant's phone is baresip (a user of the tenant's realm, the box its outbound
//! proxy); the tenant's "provider" is a UDP socket on 127.0.0.5.

mod common;

use std::net::UdpSocket;
use std::time::Duration;

use common::baresip::Agent;
use common::{Client, Pbx, Resp, id_of};
use serde_json::{Value, json};

const REALM: &str = "tenant.example.net";
const WAIT: Duration = Duration::from_secs(20);

struct Tenant {
    pbx: Pbx,
    /// The box's administrator (the top-level account, the tenant's parent).
    admin: Client,
    /// The sub-account's own administrator.
    tenant: Client,
    provider: UdpSocket,
}

/// A sub-account with its own administrator, a carrier whose proxy is 127.0.0.5, outside
/// numbers routed to it, and a phone 6102.
fn tenant() -> Tenant {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(&admin.url(""), json!({"name": "tenant", "realm": REALM}));
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
    let provider = UdpSocket::bind("127.0.0.5:0").unwrap();
    provider.set_nonblocking(true).unwrap();
    let port = provider.local_addr().unwrap().port();
    for (kind, doc) in [
        (
            "resources",
            json!({"name": "carrier", "rules": [".*"], "gateways": [
                {"server": "127.0.0.5", "port": port, "enabled": true}]}),
        ),
        (
            "devices",
            json!({"name": "desk", "sip": {"username": "6102", "password": "pw6102"}}),
        ),
        (
            "callflows",
            json!({"patterns": ["^\\+?0?\\d{7,}$"], "flow": {"module": "offnet", "data": {}}}),
        ),
    ] {
        let r = tenant.put(&tenant.url(kind), doc);
        assert_eq!(r.status, 201, "{kind}: {}", r.text());
    }
    Tenant {
        pbx,
        admin,
        tenant,
        provider,
    }
}

impl Tenant {
    /// The parent's URL of something of the sub-account.
    fn parent_url(&self, rest: &str) -> String {
        format!("/v2/accounts/{}/{rest}", self.tenant.account_id)
            .trim_end_matches('/')
            .to_string()
    }

    /// Waits (bounded) for an INVITE to `number` at the provider.
    fn provider_invite(&self, number: &str) -> bool {
        let mut buf = [0u8; 4096];
        for _ in 0..100 {
            while let Ok((n, _)) = self.provider.recv_from(&mut buf) {
                if buf[..n].starts_with(format!("INVITE sip:{number}@").as_bytes()) {
                    return true;
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    /// Whether the provider got anything about `number` (read without waiting).
    fn provider_got(&self, number: &str) -> bool {
        let mut buf = [0u8; 4096];
        let mut got = false;
        while let Ok((n, _)) = self.provider.recv_from(&mut buf) {
            got |= String::from_utf8_lossy(&buf[..n]).contains(number);
        }
        got
    }

    /// The tenant's phone 6102 (not registered: it only calls out).
    fn phone(&self) -> Agent {
        let account = format!(
            "<sip:6102@{REALM}>;auth_pass=pw6102;regint=0;outbound=\"sip:127.0.0.1:{};lr\"",
            self.pbx.sip.port()
        );
        Agent::start("tenant-6102", &account, &[0; 8000], &[])
    }
}

/// A 403 whose message names `what`.
fn forbidden(r: &Resp, what: &str) {
    assert_eq!(r.status, 403, "{}", r.text());
    let message = r.json()["data"]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(message.contains(what), "403 names {what}: {message}");
}

#[test]
fn a_tenant_reads_but_cannot_lift_what_its_parent_imposes() {
    let t = tenant();
    let (admin, tenant) = (&t.admin, &t.tenant);
    let deny = json!({"international": {"action": "deny"}});
    let r = admin.patch(&t.parent_url(""), json!({"call_restriction": deny}));
    assert_eq!(r.status, 200, "the parent sets it: {}", r.text());
    let limits = json!({"calls": 5, "outbound_trunks": 1});
    let r = admin.post(&t.parent_url("limits"), limits);
    assert_eq!(r.status, 200, "{}", r.text());
    let classes = json!({"classifiers": {"international": {"regex": "^(011|00|\\+[2-9])\\d*$"},
        "unknown": {"regex": ".*"}}});
    let r = admin.post(&t.parent_url("configs/number_manager"), classes);
    assert_eq!(r.status, 200, "{}", r.text());

    // The tenant reads all three.
    let account = tenant.get(&tenant.url("")).data();
    assert_eq!(account["call_restriction"], deny);
    assert_eq!(tenant.get(&tenant.url("limits")).data()["calls"], 5);
    let r = tenant.get(&tenant.url("configs/number_manager"));
    assert!(r.data()["classifiers"].get("international").is_some());

    // ...and can lift none of them, by any verb.
    let allow = json!({"international": {"action": "allow"}});
    let r = tenant.patch(&tenant.url(""), json!({"call_restriction": allow}));
    forbidden(&r, "call_restriction");
    let mut emptied = account.clone();
    emptied["call_restriction"] = json!({});
    forbidden(&tenant.post(&tenant.url(""), emptied), "call_restriction");
    let mut nulled = account.clone();
    nulled["call_restriction"] = Value::Null;
    forbidden(&tenant.post(&tenant.url(""), nulled), "call_restriction");
    for r in [
        tenant.post(&tenant.url("limits"), json!({"calls": -1})),
        tenant.patch(&tenant.url("limits"), json!({"enabled": false})),
        tenant.delete(&tenant.url("limits")),
    ] {
        forbidden(&r, "limits");
    }
    for r in [
        tenant.post(
            &tenant.url("configs/number_manager"),
            json!({"classifiers": {"unknown": {"regex": ".*"}}}),
        ),
        tenant.delete(&tenant.url("configs/number_manager")),
    ] {
        forbidden(&r, "number_manager");
    }
    // What the parent set is still there.
    assert_eq!(tenant.get(&tenant.url("")).data()["call_restriction"], deny);
    assert_eq!(tenant.get(&tenant.url("limits")).data()["calls"], 5);
    let classes = tenant.get(&tenant.url("configs/number_manager")).data();
    assert!(classes["classifiers"].get("international").is_some());

    // The tenant still edits the rest of its account (a full document without the field
    // keeps it) and its other configs, and restricts its own devices further.
    let mut renamed = account.clone();
    renamed["name"] = json!("tenant renamed");
    renamed.as_object_mut().unwrap().remove("call_restriction");
    let r = tenant.post(&tenant.url(""), renamed);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["call_restriction"], deny);
    let r = tenant.post(&tenant.url("configs/ui"), json!({"theme": "dark"}));
    assert_eq!(r.status, 200, "{}", r.text());
    let devices = tenant.get(&tenant.url("devices")).data();
    let device = devices[0]["id"].as_str().unwrap();
    let r = tenant.patch(
        &tenant.url(&format!("devices/{device}")),
        json!({"call_restriction": {"toll_us": {"action": "deny"}}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());

    // The box's administrator sets the top-level account's own.
    let r = admin.post(&admin.url("limits"), json!({"calls": 100}));
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.patch(&admin.url(""), json!({"call_restriction": deny}));
    assert_eq!(r.status, 200, "{}", r.text());
}

#[test]
fn a_tenants_call_to_a_class_its_parent_denies_is_refused() {
    common::baresip::module_dir();
    let t = tenant();
    let mut phone = t.phone();
    // Before the parent restricts anything, the tenant's phone reaches the provider.
    phone.command("/dial 011442071234567");
    assert!(
        t.provider_invite("011442071234567"),
        "the call went out before the restriction"
    );
    phone.command("/hangup");
    let r = t.admin.patch(
        &t.parent_url(""),
        json!({"call_restriction": {"international": {"action": "deny"}}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // The tenant's attempt to lift it changes nothing.
    let r = t.tenant.patch(
        &t.tenant.url(""),
        json!({"call_restriction": {"international": {"action": "allow"}}}),
    );
    forbidden(&r, "call_restriction");
    phone.command("/dial 011442071234568");
    let refused = phone.wait_for("session closed: 403", Some("established"), WAIT);
    assert!(refused.is_ok(), "expected 403 (call barred): {refused:?}");
    assert!(
        !t.provider_got("011442071234568"),
        "a barred number reached the provider"
    );
    // Emergency numbers still go out.
    let r = t.tenant.put(
        &t.tenant.url("callflows"),
        json!({"numbers": ["911"], "flow": {"module": "offnet", "data": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    phone.command("/dial 911");
    assert!(t.provider_invite("911"), "911 reached the provider");
}

#[test]
fn a_parents_outside_line_limit_bounds_its_tenants_calls() {
    common::baresip::module_dir();
    let t = tenant();
    // The top-level account has one outside line for itself and all its sub-accounts; the
    // tenant has no limits of its own.
    let r = t.admin.post(
        &t.admin.url("limits"),
        json!({"outbound_trunks": 1, "twoway_trunks": 0}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let mut phone = t.phone();
    phone.command("/dial 011442071234567");
    assert!(
        t.provider_invite("011442071234567"),
        "the first call takes the line"
    );
    // While it rings (the provider never answers), a second call finds the line taken.
    phone.command("/dial 011442071234568");
    let refused = phone.wait_for("session closed: 480", Some("established"), WAIT);
    assert!(refused.is_ok(), "expected 480 (no line): {refused:?}");
    assert!(
        !t.provider_got("011442071234568"),
        "the second call reached the provider"
    );
}
