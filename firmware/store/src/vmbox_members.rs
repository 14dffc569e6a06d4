//! Who checks a voicemail box and sees its lamp. A box's `owner_id` names a user (a
//! personal box), a group (a shared box: the group's `endpoints` of type `user` and `device`,
//! as SmartPBX groups list them, are its members), or is absent (a shared box reached by its
//! number and PIN; phones subscribe to that number for its lamp). Groups inside the owning
//! group are not expanded.

use serde_json::Value;

/// The members of a group document's `endpoints` (`{id: {"type": "user"|"device"|...}}`).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Members {
    pub users: Vec<String>,
    pub devices: Vec<String>,
}

pub fn of_group(group: &Value) -> Members {
    let mut members = Members::default();
    let endpoints = group.get("endpoints").and_then(Value::as_object);
    for (id, info) in endpoints.into_iter().flatten() {
        match info.get("type").and_then(Value::as_str) {
            Some("user") => members.users.push(id.clone()),
            Some("device") => members.devices.push(id.clone()),
            _ => {}
        }
    }
    members
}

/// The box's `owner_id`.
pub fn owner(vmbox: &Value) -> Option<&str> {
    vmbox.get("owner_id").and_then(Value::as_str)
}

/// Whether the box is the caller's: they own it, or its owner is a group (`group`, the
/// document found under the box's `owner_id`) listing the user or the device.
pub fn includes(vmbox: &Value, group: Option<&Value>, user: Option<&str>, device: &str) -> bool {
    let Some(owner) = owner(vmbox) else {
        return false;
    };
    if user == Some(owner) {
        return true;
    }
    let Some(group) = group else {
        return false;
    };
    let members = of_group(group);
    user.is_some_and(|u| members.users.iter().any(|m| m == u))
        || members.devices.iter().any(|m| m == device)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_group_owned_box_includes_its_users_and_devices_only() {
        let group = json!({"endpoints": {"u1": {"type": "user"}, "d9": {"type": "device"},
            "g2": {"type": "group"}, "x": 7}});
        let shared = json!({"owner_id": "g1"});
        assert!(includes(&shared, Some(&group), Some("u1"), "d1"));
        assert!(includes(&shared, Some(&group), None, "d9"));
        assert!(!includes(&shared, Some(&group), Some("u2"), "d2"));
        assert!(!includes(&shared, Some(&group), Some("g2"), "d2"));
        // A personal box is its owner's; a box without an owner is nobody's.
        let personal = json!({"owner_id": "u2"});
        assert!(includes(&personal, None, Some("u2"), "d2"));
        assert!(!includes(&personal, None, Some("u1"), "d1"));
        assert!(!includes(&json!({}), None, Some("u1"), "d1"));
        assert_eq!(
            of_group(&group),
            Members {
                users: vec!["u1".into()],
                devices: vec!["d9".into()]
            }
        );
    }
}
