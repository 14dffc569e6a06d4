//! An office made through the API as the panel makes it: users with extensions, their phones.

use super::Client;
use super::panel::make;
use serde_json::json;

/// A user with an extension, as the panel makes one (`mainUserCallflow`, no voicemail).
pub fn user_with_extension(admin: &Client, first: &str, username: &str, ext: &str) -> String {
    let id = make(
        admin,
        "users",
        json!({"first_name": first, "last_name": "Example", "username": username,
               "presence_id": ext, "priv_level": "user"}),
    );
    make(
        admin,
        "callflows",
        json!({"type": "mainUserCallflow", "owner_id": id, "numbers": [ext],
               "flow": {"module": "user", "data": {"id": id, "timeout": 20, "can_call_self": false}, "children": {}}}),
    );
    id
}

/// A phone with SIP user/password `<sip>`/`pw<sip>` (SIPp's convention), owned by `owner`.
pub fn phone(admin: &Client, sip: &str, owner: Option<&str>) -> String {
    let mut doc = json!({"name": format!("phone {sip}"), "sip": {"username": sip, "password": format!("pw{sip}")}});
    if let Some(o) = owner {
        doc["owner_id"] = json!(o);
    }
    make(admin, "devices", doc)
}
