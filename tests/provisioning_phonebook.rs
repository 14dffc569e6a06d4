//! The office phone book each brand downloads: the account's users with an extension and,
//! beside them, the members of its `directories` (KAZOO's dial-by-name lists), fetched where
//! each phone's configuration points it (or by the name the firmware asks for itself), and
//! parsed in that vendor's remote phone book format.

mod common;

use common::provision::{fetch_https, key_values, xml, xml_leaves};
use common::{Client, Pbx, id_of};
use serde_json::json;

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn device(admin: &Client, mac: &str, brand: &str, model: &str, user: &str) {
    id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": format!("Desk {user}"), "mac_address": mac,
               "sip": {"username": user, "password": format!("pw-{user}-secret")},
               "provision": {"endpoint_brand": brand, "endpoint_model": model}}),
    ));
}

/// The path part of a URL the box gave a phone (`https://host:port/provision/x` -> `x`).
fn file_of(url: &str) -> &str {
    url.split_once("/provision/").expect("a provisioning URL").1
}

#[test]
fn users_and_directories_in_every_brands_phone_book() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let user = |first: &str, last: &str, ext: Option<&str>| {
        let mut doc = json!({"first_name": first, "last_name": last});
        if let Some(e) = ext {
            doc["presence_id"] = json!(e);
        }
        id_of(&admin.put(&admin.url("users"), doc))
    };
    let amy = user("Amy", "A&B", Some("101"));
    let bob = user("Bob", "Ray", Some("102"));
    user("No", "Extension", None);
    // Sal has no extension of her own: she is reached through the Sales directory's callflow.
    let sal = user("Sal", "Es", None);
    let sales = id_of(&admin.put(
        &admin.url("directories"),
        json!({"name": "Sales", "sort_by": "last_name"}),
    ));
    let cf = |number: &str, owner: &str| {
        id_of(&admin.put(
            &admin.url("callflows"),
            json!({"numbers": [number], "flow": {"module": "user", "data": {"id": owner}, "children": {}}}),
        ))
    };
    let sal_cf = cf("7001", &sal);
    let bob_cf = cf("102", &bob);
    for (id, cf) in [(&sal, &sal_cf), (&bob, &bob_cf)] {
        let r = admin.patch(
            &admin.url(&format!("users/{id}")),
            json!({"directories": {sales.clone(): cf}}),
        );
        assert_eq!(r.status, 200, "{}", r.text());
    }
    let _ = amy;
    let flat = pairs(&[
        ("Name", "Amy A&B"),
        ("Telephone", "101"),
        ("Name", "Bob Ray"),
        ("Telephone", "102"),
        ("Name", "Sal Es"),
        ("Telephone", "7001"),
    ]);

    // Yealink: its configuration names the phone book's URL.
    device(&admin, "001565aabbcd", "yealink", "T54W", "211");
    let ua = "Yealink SIP-T54W 96.86.0.100 00:15:65:aa:bb:cd";
    let (status, body) = fetch_https(&pbx, "001565aabbcd.cfg", ua);
    assert_eq!(status, 200, "{body}");
    let url = key_values(&body)["remote_phonebook.data.1.url"].clone();
    let (status, book) = fetch_https(&pbx, file_of(&url), ua);
    assert_eq!(status, 200, "{book}");
    assert!(book.contains("<YealinkIPPhoneDirectory>"), "{book}");
    assert_eq!(xml_leaves(&book), flat);

    // Polycom asks for {mac}-directory.xml by itself.
    device(&admin, "0004f2aabbcd", "polycom", "VVX_450", "212");
    let ua = "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018";
    let (status, dir) = fetch_https(&pbx, "0004f2aabbcd-directory.xml", ua);
    assert_eq!(status, 200, "{dir}");
    assert_eq!(
        xml_leaves(&dir),
        pairs(&[
            ("ln", "A&B"),
            ("fn", "Amy"),
            ("ct", "101"),
            ("ln", "Ray"),
            ("fn", "Bob"),
            ("ct", "102"),
            ("ln", "Es"),
            ("fn", "Sal"),
            ("ct", "7001"),
        ])
    );

    // Grandstream: P330/P331 give the protocol and the path below which it asks for
    // phonebook.xml; the directory is a group.
    device(&admin, "000b82aabbcd", "grandstream", "GXP2170", "213");
    let ua = "Grandstream Model HW GXP2170 SW 1.0.11.3 DevId 000b82aabbcd";
    let (status, body) = fetch_https(&pbx, "cfg000b82aabbcd.xml", ua);
    assert_eq!(status, 200, "{body}");
    let x = xml(&body);
    assert_eq!(x["P330"], "3", "HTTPS");
    let path = x["P331"].clone();
    let file = format!("{}/phonebook.xml", file_of(&format!("https://{path}")));
    let (status, book) = fetch_https(&pbx, &file, ua);
    assert_eq!(status, 200, "{book}");
    assert!(book.contains("<AddressBook>"), "{book}");
    let leaves = xml_leaves(&book);
    assert_eq!(&leaves[..2], &pairs(&[("id", "1"), ("name", "Sales")])[..]);
    let sal_entry = pairs(&[
        ("LastName", "Es"),
        ("FirstName", "Sal"),
        ("phonenumber", "7001"),
        ("accountindex", "1"),
        ("Group", "1"),
    ]);
    assert!(
        leaves.windows(5).any(|w| w == sal_entry.as_slice()),
        "{leaves:?}"
    );
    // Amy is in no directory: no group.
    let amy_entry = pairs(&[
        ("LastName", "A&B"),
        ("FirstName", "Amy"),
        ("phonenumber", "101"),
        ("accountindex", "1"),
        ("LastName", "Ray"),
    ]);
    assert!(
        leaves.windows(5).any(|w| w == amy_entry.as_slice()),
        "{leaves:?}"
    );

    // Cisco (XML directory service), Snom (directory key to the XML minibrowser), Fanvil
    // (soft key to its XML phone book): the URL from the configuration, the flat shape.
    for (mac, brand, model, main, url_key, root, ua) in [
        (
            "0018b9aabbcd",
            "cisco",
            "SPA504G",
            "spa0018b9aabbcd.xml",
            "XML_Directory_Service_URL",
            "CiscoIPPhoneDirectory",
            "Cisco/SPA504G-7.6.2 (0018B9AABBCD)(CBT123456)",
        ),
        (
            "000413aabbcd",
            "snom",
            "D785",
            "snomD785-000413AABBCD.htm",
            "dkey_directory",
            "SnomIPPhoneDirectory",
            "snomD785-SIP 10.1.54.13 000413AABBCD",
        ),
        (
            "0c383eaabbcd",
            "fanvil",
            "X4U",
            "0c383eaabbcd.cfg",
            "Value",
            "FanvilIPPhoneDirectory",
            "Fanvil X4U 2.12.1 0c383eaabbcd",
        ),
    ] {
        device(&admin, mac, brand, model, &format!("2{}", &mac[..6]));
        let (status, body) = fetch_https(&pbx, main, ua);
        assert_eq!(status, 200, "{brand}: {body}");
        // Fanvil's DSS keys have `Value`s too: its phone book is soft key SoftFkey1's.
        let url = if brand == "fanvil" {
            let leaves = xml_leaves(&body);
            leaves
                .iter()
                .skip_while(|(tag, text)| !(tag == "ID" && text == "SoftFkey1"))
                .find(|(tag, _)| tag == url_key)
                .map(|(_, v)| v.clone())
                .expect("the phone book soft key")
        } else {
            xml(&body)[url_key].trim_start_matches("url ").to_string()
        };
        let (status, book) = fetch_https(&pbx, file_of(&url), ua);
        assert_eq!(status, 200, "{brand}: {book}");
        assert!(book.contains(&format!("<{root}")), "{brand}: {book}");
        let leaves: Vec<_> = xml_leaves(&book)
            .into_iter()
            .filter(|(tag, _)| tag != "Title")
            .collect();
        assert_eq!(leaves, flat, "{brand}");
    }

    // A phone book for a MAC no device has: 404; a malformed one: 400.
    let (status, _) = fetch_https(&pbx, "0018b9000000-phonebook.xml", "");
    assert_eq!(status, 404);
    let (status, _) = fetch_https(&pbx, "0018b9-phonebook.xml", "");
    assert_eq!(status, 400);
}
