//! Phone provisioning through the real binary: each vendor's firmware fetches its files by the
//! exact names and with a real User-Agent, and the result is parsed as that vendor's format.

mod common;

use common::provision::{fetch_from, fetch_http, fetch_https, key_values, xml};
use common::{Client, Pbx, id_of};
use serde_json::json;

struct Office {
    admin: Client,
    bob: String,
}

/// The admin, and a colleague (Bob, presence id 102) for the BLF keys.
fn office(pbx: &Pbx) -> Office {
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "Bob", "last_name": "Ray", "presence_id": "102"}),
    );
    let bob = id_of(&r);
    Office { admin, bob }
}

fn device(o: &Office, mac: &str, brand: &str, model: &str, user: &str) -> String {
    let r = o.admin.put(
        &o.admin.url("devices"),
        json!({"name": format!("Desk {user}"), "mac_address": mac,
               "sip": {"username": user, "password": format!("pw-{user}-secret")},
               "provision": {"endpoint_brand": brand, "endpoint_model": model,
                   "feature_keys": {"0": {"type": "presence", "value": o.bob},
                                    "1": {"type": "speed_dial", "value": "5551234", "label": "Shop"}}}}),
    );
    id_of(&r)
}

#[test]
fn yealink_fetches_common_and_mac_files() {
    let pbx = Pbx::start();
    let o = office(&pbx);
    let id = device(&o, "00:15:65:aa:bb:cc", "yealink", "T54W", "201");
    let ua = "Yealink SIP-T54W 96.86.0.100 00:15:65:aa:bb:cc";

    let (status, common) = fetch_https(&pbx, "y000000000123.cfg", ua);
    assert_eq!(status, 200, "{common}");
    assert!(common.starts_with("#!version:1.0.0.1\n"));

    let (status, body) = fetch_https(&pbx, "001565aabbcc.cfg", ua);
    assert_eq!(status, 200, "{body}");
    assert!(body.starts_with("#!version:1.0.0.1\n"), "{body}");
    let kv = key_values(&body);
    assert_eq!(kv["account.1.user_name"], "201");
    assert_eq!(kv["account.1.password"], "pw-201-secret");
    assert_eq!(kv["account.1.sip_server.1.address"], "127.0.0.1");
    assert_eq!(
        kv["account.1.sip_server.1.port"],
        pbx.sip.port().to_string()
    );
    assert_eq!(kv["account.1.codec.g722.priority"], "1");
    assert_eq!(kv["account.1.codec.pcmu.priority"], "2");
    assert_eq!(kv["account.1.codec.pcma.priority"], "3");
    assert_eq!(kv["voice_mail.number.1"], "*97");
    assert_eq!(kv["linekey.2.type"], "16");
    assert_eq!(kv["linekey.2.value"], "102");
    assert_eq!(kv["linekey.2.label"], "Bob Ray");
    assert_eq!(kv["linekey.3.value"], "5551234");
    let admin_pw = kv["static.security.user_password"].clone();
    assert!(
        admin_pw.starts_with("admin:") && admin_pw.len() == 6 + 16,
        "{admin_pw}"
    );

    // The fetches are logged for the device, newest first.
    let r = o
        .admin
        .get(&o.admin.url(&format!("devices/{id}/provisioning")));
    assert_eq!(r.status, 200, "{}", r.text());
    let rows = r.data();
    assert_eq!(rows[0]["file"], "001565aabbcc.cfg");
    assert_eq!(rows[0]["status"], 200);
    assert_eq!(rows[0]["user_agent"], ua);
    assert_eq!(rows[0]["address"], "127.0.0.1");
}

#[test]
fn plain_http_is_the_bootstrap_without_secrets() {
    let pbx = Pbx::start();
    let o = office(&pbx);
    device(&o, "001565aabbcd", "yealink", "t54w", "202");
    let r = fetch_http(
        &pbx,
        "001565aabbcd.cfg",
        "Yealink SIP-T54W 96.86.0.100 00:15:65:aa:bb:cd",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let body = r.text();
    assert!(!body.contains("pw-202-secret"), "{body}");
    let kv = key_values(&body);
    assert!(!kv.contains_key("account.1.password"));
    let https = pbx.https.unwrap();
    assert_eq!(
        kv["static.auto_provision.server.url"],
        format!("https://127.0.0.1:{}/provision/", https.port())
    );
}

#[test]
fn polycom_master_then_reg_file() {
    let pbx = Pbx::start();
    let o = office(&pbx);
    device(&o, "0004f2aabbcc", "polycom", "VVX_450", "203");
    let ua = "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018";
    let (status, master) = fetch_https(&pbx, "0004f2aabbcc.cfg", ua);
    assert_eq!(status, 200, "{master}");
    let m = xml(&master);
    assert_eq!(m["CONFIG_FILES"], "0004f2aabbcc_reg.cfg");
    let (status, common) = fetch_https(&pbx, "000000000000.cfg", ua);
    assert_eq!(status, 200);
    assert_eq!(xml(&common)["CONFIG_FILES"], "[PHONE_MAC_ADDRESS]_reg.cfg");

    let (status, reg) = fetch_https(&pbx, &m["CONFIG_FILES"], ua);
    assert_eq!(status, 200, "{reg}");
    let x = xml(&reg);
    assert_eq!(x["reg.1.address"], "203");
    assert_eq!(x["reg.1.auth.userId"], "203");
    assert_eq!(x["reg.1.auth.password"], "pw-203-secret");
    assert_eq!(x["reg.1.server.1.address"], "127.0.0.1");
    assert_eq!(x["reg.1.server.1.port"], pbx.sip.port().to_string());
    assert_eq!(x["voice.codecPref.G722"], "1");
    assert_eq!(x["voice.codecPref.G711_Mu"], "2");
    assert_eq!(x["voice.codecPref.G711_A"], "3");
    assert_eq!(x["msg.mwi.1.callBack"], "*97");
    assert_eq!(x["attendant.resourceList.1.address"], "102");
    assert_eq!(x["attendant.resourceList.1.label"], "Bob Ray");
}

#[test]
fn grandstream_p_codes() {
    let pbx = Pbx::start();
    let o = office(&pbx);
    device(&o, "000B82AABBCC", "grandstream", "GXP2170", "204");
    // The office's time zone, in Grandstream's notation with its DST rule.
    let r = o
        .admin
        .patch(&o.admin.url(""), json!({"timezone": "Europe/Berlin"}));
    assert_eq!(r.status, 200, "{}", r.text());
    let ua = "Grandstream Model HW GXP2170 SW 1.0.11.3 DevId 000b82aabbcc";
    let (status, body) = fetch_https(&pbx, "cfg000b82aabbcc.xml", ua);
    assert_eq!(status, 200, "{body}");
    let x = xml(&body);
    assert_eq!(x["mac"], "000b82aabbcc");
    assert_eq!(x["P35"], "204");
    assert_eq!(x["P34"], "pw-204-secret");
    assert_eq!(x["P47"], format!("127.0.0.1:{}", pbx.sip.port()));
    // Codec order: G.722 (9), PCMU (0), PCMA (8).
    assert_eq!(
        (x["P57"].as_str(), x["P58"].as_str(), x["P59"].as_str()),
        ("9", "0", "8")
    );
    assert_eq!(x["P33"], "*97");
    // Provisioning continues over HTTPS (P212 = 2) at the box's HTTPS URL.
    assert_eq!(x["P212"], "2");
    assert_eq!(
        x["P237"],
        format!("127.0.0.1:{}/provision/", pbx.https.unwrap().port())
    );
    assert_eq!(
        (x["P323"].as_str(), x["P303"].as_str(), x["P302"].as_str()),
        ("1", "102", "Bob Ray")
    );
    assert_eq!(x["P64"], "CET-1CEST-2,M3.5.0/02:00:00,M10.5.0/03:00:00");
}

#[test]
fn cisco_and_snom() {
    let pbx = Pbx::start();
    let o = office(&pbx);
    device(&o, "0018b9aabbcc", "cisco", "SPA504G", "205");
    device(&o, "000413aabbcc", "snom", "D785", "206");
    let (status, body) = fetch_https(
        &pbx,
        "spa0018b9aabbcc.xml",
        "Cisco/SPA504G-7.6.2 (0018B9AABBCC)(CBT123456)",
    );
    assert_eq!(status, 200, "{body}");
    let x = xml(&body);
    assert_eq!(x["User_ID_1_"], "205");
    assert_eq!(x["Password_1_"], "pw-205-secret");
    assert_eq!(x["Proxy_1_"], format!("127.0.0.1:{}", pbx.sip.port()));
    assert_eq!(x["Preferred_Codec_1_"], "G722");
    assert_eq!(x["Second_Preferred_Codec_1_"], "G711u");
    assert_eq!(x["Third_Preferred_Codec_1_"], "G711a");
    let tz = &x["Time_Zone"];
    assert!(
        tz.len() == 9 && tz.starts_with("GMT") && tz.as_bytes()[6] == b':',
        "{tz}"
    );
    assert!(x["Extended_Function_2_"].contains("sub=102@127.0.0.1"));

    let ua = "snomD785-SIP 10.1.54.13 000413AABBCC";
    let (status, common) = fetch_https(&pbx, "snomD785.htm", ua);
    assert_eq!(status, 200, "{common}");
    xml(&common);
    let (status, body) = fetch_https(&pbx, "snomD785-000413AABBCC.htm", ua);
    assert_eq!(status, 200, "{body}");
    let x = xml(&body);
    assert_eq!(x["user_name#1"], "206");
    assert_eq!(x["user_pass#1"], "pw-206-secret");
    assert_eq!(
        x["user_host#1"],
        format!("127.0.0.1:{};transport=udp", pbx.sip.port())
    );
    assert_eq!(x["user_codec_priority_list#1"], "g722,pcmu,pcma");
    assert_eq!(x["fkey#1"], "blf <sip:102@127.0.0.1>");
}

#[test]
fn unknown_macs_are_listed_and_bad_requests_refused() {
    let pbx = Pbx::start();
    let o = office(&pbx);
    let ua = "Yealink SIP-T46S 66.86.0.15 00:15:65:12:34:56";
    let r = fetch_http(&pbx, "001565123456.cfg", ua);
    assert_eq!(r.status, 404, "{}", r.text());
    let r = o.admin.get(&o.admin.url("provisioning/unknown"));
    assert_eq!(r.status, 200, "{}", r.text());
    let rows = r.data();
    assert_eq!(rows[0]["mac_address"], "00:15:65:12:34:56");
    assert_eq!(rows[0]["model"], "T46S");
    assert_eq!(rows[0]["address"], "127.0.0.1");
    assert!(rows[0]["last_seen"].as_u64().unwrap() > 0);

    // Adopted: it leaves the list.
    device(&o, "001565123456", "yealink", "T46S", "207");
    let rows = o.admin.get(&o.admin.url("provisioning/unknown")).data();
    assert_eq!(rows, json!([]));

    // MAC in the path and in the User-Agent disagree; traversal; odd User-Agent.
    let r = fetch_from(
        &pbx,
        "127.0.0.2",
        "001565123456.cfg",
        "Yealink SIP-T46S 66.86.0.15 00:15:65:12:34:57",
    );
    assert_eq!(r.status, 403, "{}", r.text());
    let r = fetch_from(&pbx, "127.0.0.3", "..%2f..%2fetc%2fpasswd", "");
    assert_eq!(r.status, 400, "{}", r.text());
    let r = fetch_from(&pbx, "127.0.0.4", "001565123456.cfg", &"Y".repeat(2000));
    assert_eq!(r.status, 400, "{}", r.text());
    // A User-Agent with a control character, and a malformed MAC in a vendor's file name.
    let r = fetch_from(&pbx, "127.0.0.4", "001565123456.cfg", "Yealink\tSIP-T46S");
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("control characters"), "{}", r.text());
    let r = fetch_from(&pbx, "127.0.0.6", "cfg00zz82aabbcc.xml", "");
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("not a MAC address"), "{}", r.text());
    // A model the box does not know: 404 naming it.
    let r = o.admin.put(
        &o.admin.url("devices"),
        json!({"name": "odd", "mac_address": "001565999999", "sip": {"username": "208", "password": "pw-208-secret"},
               "provision": {"endpoint_brand": "yealink", "endpoint_model": "T99Z"}}),
    );
    let odd = id_of(&r);
    let odd_revision =
        o.admin.get(&o.admin.url(&format!("devices/{odd}"))).json()["revision"].clone();
    assert!(odd_revision.is_string(), "{odd_revision}");
    let r = fetch_from(&pbx, "127.0.0.5", "001565999999.cfg", "");
    assert_eq!(r.status, 404);
    assert!(r.text().contains("T99Z"), "{}", r.text());
    // The failed fetch is in the device's log.
    let rows = o
        .admin
        .get(&o.admin.url(&format!("devices/{odd}/provisioning")))
        .data();
    assert_eq!(
        (rows[0]["status"].clone(), rows[0]["address"].clone()),
        (json!(404), json!("127.0.0.5"))
    );
    // None of these fetches changed a stored document.
    let after = o.admin.get(&o.admin.url(&format!("devices/{odd}"))).json();
    assert_eq!(
        after["revision"], odd_revision,
        "a fetch changed the device"
    );
    // An override with an unknown key is refused, naming it.
    let r = o.admin.put(
        &o.admin.url("devices"),
        json!({"name": "bad", "provision": {"endpoint_brand": "yealink", "ring_tone_x": 1}}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("provision.ring_tone_x"), "{}", r.text());
    let r = o
        .admin
        .patch(&o.admin.url(""), json!({"provision": {"bogus": true}}));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("provision.bogus"), "{}", r.text());
}

#[test]
fn mac_enumeration_is_banned_like_failed_logins() {
    let pbx = Pbx::start();
    let mut last = 0;
    for i in 0..40u32 {
        let r = fetch_http(&pbx, &format!("0015650{i:05x}.cfg"), "");
        last = r.status;
        if r.status == 429 {
            assert!(r.header("retry-after").is_some());
            break;
        }
        assert_eq!(r.status, 404, "{}", r.text());
    }
    assert_eq!(last, 429, "enumeration was not throttled");
    // The ban is visible to the box's administrators, and lifting it lets the address in.
    let admin = pbx.admin();
    let bans = admin.get(&admin.url("login_bans")).data();
    assert!(
        bans.as_array()
            .unwrap()
            .iter()
            .any(|b| b["ip"] == "127.0.0.1" && b["seconds_left"].as_u64() > Some(0)),
        "{bans}"
    );
    let r = admin.delete(&admin.url("login_bans/127.0.0.1"));
    assert_eq!(r.status, 200, "{}", r.text());
    let r = fetch_http(&pbx, "001565000000.cfg", "");
    assert_eq!(r.status, 404, "{}", r.text());
    let r = admin.delete(&admin.url("login_bans/127.0.0.200"));
    assert_eq!(r.status, 404, "{}", r.text());
    let r = admin.delete(&admin.url("login_bans/not-an-ip"));
    assert_eq!(r.status, 400, "{}", r.text());
    // Another address is not affected.
    let r = fetch_from(&pbx, "127.0.0.7", "y000000000123.cfg", "");
    assert_eq!(r.status, 200, "{}", r.text());
}

#[test]
fn sync_sends_check_sync_to_the_registered_phone() {
    use common::sipp::{self, SippDir};
    use std::time::{Duration, Instant};

    let pbx = Pbx::start();
    let admin = pbx.admin();
    let dir = SippDir::new();
    let id = sipp::devices(&admin, &["301"], 20).remove(0);
    let r = admin.patch(
        &admin.url(&format!("devices/{id}")),
        json!({"mac_address": "0018b9000301", "provision": {"endpoint_brand": "cisco", "endpoint_model": "spa504g"}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());

    // Not registered yet: nothing to notify.
    let r = admin.post(&admin.url(&format!("devices/{id}/sync")), json!({}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["notified"], 0);

    let port = sipp::free_port();
    sipp::register_from(&dir, &pbx, "301", port);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !sipp::registered(&admin).contains(&id) {
        assert!(Instant::now() < deadline, "the phone did not register");
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut phone = sipp::uas(&dir, "uas_check_sync.xml", port, &[]);
    let r = admin.post(&admin.url(&format!("devices/{id}/sync")), json!({}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["notified"], 1);
    assert_eq!(r.data()["event"], "check-sync;reboot=false");
    phone.expect_ok(Duration::from_secs(15));

    // A user who is not an administrator may not make phones resync.
    let user = pbx.user_client(&admin, "carol", "user");
    let r = user.post(&user.url(&format!("devices/{id}/sync")), json!({}));
    assert_eq!(r.status, 403, "{}", r.text());
}

#[test]
fn fanvil_mac_file() {
    let pbx = Pbx::start();
    let o = office(&pbx);
    device(&o, "0c383e112233", "fanvil", "X4U", "209");
    let r = o
        .admin
        .patch(&o.admin.url(""), json!({"timezone": "America/New_York"}));
    assert_eq!(r.status, 200, "{}", r.text());
    let ua = "Fanvil X4U 2.12.1 0c383e112233";
    let (status, body) = fetch_https(&pbx, "0c383e112233.cfg", ua);
    assert_eq!(status, 200, "{body}");
    let x = xml(&body);
    assert_eq!(x["Phone_Number"], "209");
    assert_eq!(x["Register_User"], "209");
    assert_eq!(x["Register_Pswd"], "pw-209-secret");
    assert_eq!(x["Register_Addr"], "127.0.0.1");
    assert_eq!(x["Register_Port"], pbx.sip.port().to_string());
    assert_eq!(
        (
            x["First_Codec"].as_str(),
            x["Second_Codec"].as_str(),
            x["Third_Codec"].as_str()
        ),
        ("G722", "PCMU", "PCMA")
    );
    assert_eq!(x["MWI_Num"], "*97");
    // New York in Fanvil's fields: UTC-5 (in quarter hours), summer time from the second
    // Sunday of March to the first Sunday of November, at 2:00.
    let tz = |k: &str| x[k].as_str();
    assert_eq!(
        (
            tz("Time_Zone"),
            tz("Time_Zone_Name"),
            tz("Enable_DST"),
            tz("DST_Min_Offset")
        ),
        ("-20", "UTC-5", "2", "60")
    );
    assert_eq!(
        (
            tz("DST_Start_Mon"),
            tz("DST_Start_Week"),
            tz("DST_Start_Wday"),
            tz("DST_Start_Hour")
        ),
        ("3", "2", "0", "2")
    );
    assert_eq!(
        (tz("DST_End_Mon"), tz("DST_End_Week"), tz("DST_End_Hour")),
        ("11", "1", "2")
    );
    assert!(body.contains("<Value>102@1/b</Value>"), "{body}");
    // A Yealink asking for the Fanvil's file is refused.
    let r = fetch_http(&pbx, "0c383e112233.cfg", "Yealink SIP-T54W 96.86.0.100");
    assert_eq!(r.status, 409, "{}", r.text());
}

/// The SIP server, user name and password a brand's file gives its phone.
fn sip_account(brand: &str, body: &str) -> (String, String, String) {
    if brand == "yealink" {
        let kv = key_values(body);
        let server = format!(
            "{}:{}",
            kv["account.1.sip_server.1.address"], kv["account.1.sip_server.1.port"]
        );
        return (
            server,
            kv["account.1.user_name"].clone(),
            kv["account.1.password"].clone(),
        );
    }
    let x = xml(body);
    let get = |k: &str| x[k].clone();
    match brand {
        "polycom" => (
            format!(
                "{}:{}",
                get("reg.1.server.1.address"),
                get("reg.1.server.1.port")
            ),
            get("reg.1.auth.userId"),
            get("reg.1.auth.password"),
        ),
        "grandstream" => (get("P47"), get("P36"), get("P34")),
        "cisco" => (get("Proxy_1_"), get("Auth_ID_1_"), get("Password_1_")),
        "snom" => {
            let host = get("user_host#1");
            let server = host.split(';').next().unwrap().to_string();
            (server, get("user_pname#1"), get("user_pass#1"))
        }
        _ => (
            format!("{}:{}", get("Register_Addr"), get("Register_Port")),
            get("Register_User"),
            get("Register_Pswd"),
        ),
    }
}

#[test]
fn every_brands_file_registers_a_sipp_phone_that_calls_through_the_box() {
    use common::sipp::{self, SippDir};
    use std::time::{Duration, Instant};

    let pbx = Pbx::start();
    let o = office(&pbx);
    let dir = SippDir::new();
    // (brand, model, MAC, file, User-Agent) as each firmware asks.
    let phones = [
        (
            "yealink",
            "T46S",
            "001565aabb01",
            "001565aabb01.cfg",
            "Yealink SIP-T46S 66.86.0.15 00:15:65:aa:bb:01",
        ),
        (
            "polycom",
            "VVX_450",
            "0004f2aabb02",
            "0004f2aabb02_reg.cfg",
            "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018",
        ),
        (
            "grandstream",
            "GXP2170",
            "000b82aabb03",
            "cfg000b82aabb03.xml",
            "Grandstream Model HW GXP2170 SW 1.0.11.3 DevId 000b82aabb03",
        ),
        (
            "cisco",
            "SPA504G",
            "0018b9aabb04",
            "spa0018b9aabb04.xml",
            "Cisco/SPA504G-7.6.2 (0018B9AABB04)(CBT123456)",
        ),
        (
            "snom",
            "D785",
            "000413aabb05",
            "snomD785-000413AABB05.htm",
            "snomD785-SIP 10.1.54.13 000413AABB05",
        ),
        (
            "fanvil",
            "X4U",
            "0c383eaabb06",
            "0c383eaabb06.cfg",
            "Fanvil X4U 2.12.1 0c383eaabb06",
        ),
    ];
    let mut registered = Vec::new();
    for (n, (brand, model, mac, file, ua)) in phones.iter().enumerate() {
        let user = format!("23{n}");
        let id = device(&o, mac, brand, model, &user);
        let r = o.admin.put(
            &o.admin.url("callflows"),
            json!({"numbers": [user], "flow": {"module": "device", "data": {"id": id}, "children": {}}}),
        );
        id_of(&r);
        let (status, body) = fetch_https(&pbx, file, ua);
        assert_eq!(status, 200, "{brand}: {body}");
        let (server, auth_user, password) = sip_account(brand, &body);
        assert_eq!(server, pbx.sip.to_string(), "{brand}");
        let port = sipp::free_port();
        sipp::register_users(&dir, &server, &[(&auth_user, &password)], port, 1, None);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !sipp::registered(&o.admin).contains(&id) {
            assert!(
                Instant::now() < deadline,
                "{brand}: did not register with the file's credentials"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        registered.push((user, password, port));
    }
    // Each phone calls the next one through the box with its file's credentials, all at once.
    let answers: Vec<_> = registered
        .iter()
        .map(|(_, _, port)| sipp::uas(&dir, "uas_echo.xml", *port, &[]))
        .collect();
    let calls: Vec<_> = registered
        .iter()
        .enumerate()
        .map(|(i, (user, password, _))| {
            let callee = &registered[(i + 1) % registered.len()].0;
            sipp::uac_as(
                &dir,
                &pbx,
                "uac_auth_rtp.xml",
                (user, password),
                callee,
                &["-d", "500"],
            )
        })
        .collect();
    for mut call in calls {
        call.expect_ok(Duration::from_secs(20));
    }
    for mut answer in answers {
        answer.expect_ok(Duration::from_secs(10));
    }
}

#[test]
fn an_unknown_phone_is_adopted_and_then_gets_its_config() {
    let pbx = Pbx::start();
    let o = office(&pbx);
    let ua = "Yealink SIP-T46U 108.86.0.40 00:15:65:77:88:99";
    let r = fetch_http(&pbx, "001565778899.cfg", ua);
    assert_eq!(r.status, 404, "{}", r.text());
    let adopt = |mac: &str, data| {
        o.admin
            .put(&o.admin.url(&format!("provisioning/unknown/{mac}")), data)
    };

    // Bad input, one per class: a malformed MAC, a MAC never seen, no owner, an unknown model.
    let r = adopt("00:15:65:77:88", json!({"owner_id": o.bob}));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("mac_address"), "{}", r.text());
    let r = adopt("001565000001", json!({"owner_id": o.bob}));
    assert_eq!(r.status, 404, "{}", r.text());
    let r = adopt("00:15:65:77:88:99", json!({}));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("owner_id"), "{}", r.text());
    let r = adopt(
        "00:15:65:77:88:99",
        json!({"owner_id": o.bob, "model": "T99Z"}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("model"), "{}", r.text());
    let r = fetch_https(&pbx, "001565778899.cfg", ua);
    assert_eq!(r.0, 404, "nothing was created by the refused adoptions");

    // Adopted for Bob: a KAZOO device with brand, family and model from the User-Agent.
    let r = adopt("00:15:65:77:88:99", json!({"owner_id": o.bob}));
    assert_eq!(r.status, 201, "{}", r.text());
    let dev = r.data();
    assert_eq!(dev["owner_id"], json!(o.bob));
    assert_eq!(dev["mac_address"], "00:15:65:77:88:99");
    assert_eq!(
        dev["provision"],
        json!({"endpoint_brand": "yealink", "endpoint_family": "t4x", "endpoint_model": "t46u"})
    );
    let rows = o.admin.get(&o.admin.url("provisioning/unknown")).data();
    assert_eq!(rows, json!([]));

    // The phone's next fetch gets its account, with the credentials stored on the device.
    let (status, body) = fetch_https(&pbx, "001565778899.cfg", ua);
    assert_eq!(status, 200, "{body}");
    let kv = key_values(&body);
    assert_eq!(
        kv["account.1.user_name"],
        dev["sip"]["username"].as_str().unwrap()
    );
    assert_eq!(
        kv["account.1.password"],
        dev["sip"]["password"].as_str().unwrap()
    );
    assert_eq!(dev["sip"]["password"].as_str().unwrap().len(), 32);

    // A MAC already adopted is no longer an unknown phone.
    let r = adopt("001565778899", json!({"owner_id": o.bob}));
    assert_eq!(r.status, 409, "{}", r.text());
}

#[test]
fn dhcp_values_name_the_box_for_the_router() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.get(&admin.url("provisioning/dhcp"));
    assert_eq!(r.status, 200, "{}", r.text());
    let url = format!("http://127.0.0.1:{}/provision/", admin.addr.port());
    let d = r.data();
    assert_eq!(
        (d["option_66"].as_str(), d["option_160"].as_str()),
        (Some(url.as_str()), Some(url.as_str()))
    );
    assert_eq!(d["cisco_profile_rule"], format!("{url}spa$MA.xml"));
    assert!(d["option_43"].is_null());
    // What a phone is told there works: the Yealink common file below that URL.
    let r = fetch_http(&pbx, "y000000000123.cfg", "");
    assert_eq!(r.status, 200, "{}", r.text());
    // Administrators only.
    let user = pbx.user_client(&admin, "dora", "user");
    let r = user.get(&user.url("provisioning/dhcp"));
    assert_eq!(r.status, 403, "{}", r.text());
}
