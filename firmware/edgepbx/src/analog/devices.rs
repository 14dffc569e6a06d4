//! Which device owns which analog port: a device document with `"analog_port": "fxs1"`
//! (kept like any unknown field on a KAZOO document) gives the port its SIP credentials and
//! account. Also the numbers the account's callflows answer, for early dialling.

use edgepbx_store::{GLOBAL, Store};
use serde_json::Value;

use super::status::Owner;
use super::ua::Identity;

/// The device document field that names the port ("fxs1", "fxs2", ...).
pub const PORT_FIELD: &str = "analog_port";

/// The identity and owning device of every FXS port that has a device, by FXS number
/// (index 0 is "fxs1").
pub fn fxs_identities(store: &Store, ports: usize) -> Vec<Option<(Identity, Owner)>> {
    let mut out = vec![None; ports];
    let Ok(accounts) = store.collection(GLOBAL, "accounts") else {
        return out;
    };
    for (account, doc) in accounts.iter() {
        let Some(realm) = doc.get("realm").and_then(Value::as_str) else {
            continue;
        };
        let Ok(devices) = store.collection(account, "devices") else {
            continue;
        };
        for (device_id, dev) in devices.iter() {
            let Some(n) = dev
                .get(PORT_FIELD)
                .and_then(Value::as_str)
                .and_then(|p| p.strip_prefix("fxs"))
                .and_then(|n| n.parse::<usize>().ok())
            else {
                continue;
            };
            if dev.get("enabled") == Some(&Value::Bool(false)) || n == 0 || n > ports {
                continue;
            }
            let sip = |k: &str| {
                dev.get("sip")
                    .and_then(|s| s.get(k))
                    .and_then(Value::as_str)
                    .map(str::to_string)
            };
            if let (Some(user), Some(password)) = (sip("username"), sip("password")) {
                let id = Identity {
                    user,
                    password,
                    domain: realm.to_string(),
                };
                let owner = Owner {
                    account: account.to_string(),
                    device_id: device_id.to_string(),
                };
                out[n - 1] = Some((id, owner));
            }
        }
    }
    out
}

/// Every number of every callflow (patterns are left to the interdigit timeout).
pub fn callflow_numbers(store: &Store) -> Vec<String> {
    let Ok(accounts) = store.collection(GLOBAL, "accounts") else {
        return Vec::new();
    };
    let mut numbers = Vec::new();
    for (account, _) in accounts.iter() {
        let Ok(flows) = store.collection(account, "callflows") else {
            continue;
        };
        for (_, flow) in flows.iter() {
            for n in flow
                .get("numbers")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(n) = n.as_str() {
                    numbers.push(n.to_string());
                }
            }
        }
    }
    numbers
}

/// The time zone of `account` (its `timezone`, as the first-boot wizard sets it); UTC when it
/// has none or names no known zone.
pub fn account_zone(store: &Store, account: &str) -> jiff::tz::TimeZone {
    store
        .get(GLOBAL, "accounts", account)
        .ok()
        .flatten()
        .and_then(|d| {
            d.get("timezone")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .and_then(|name| jiff::tz::TimeZone::get(&name).ok())
        .unwrap_or(jiff::tz::TimeZone::UTC)
}

/// Caller ID's "MMDDHHMM" for `now` in `zone` (the phone shows it as the office's time).
pub fn caller_id_datetime(now: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> String {
    now.to_zoned(zone.clone()).strftime("%m%d%H%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caller_id_time_is_the_office_time_not_utc() {
        let t: jiff::Timestamp = "2026-12-03T15:04:00Z".parse().unwrap();
        let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
        let new_york = jiff::tz::TimeZone::get("America/New_York").unwrap();
        assert_eq!(caller_id_datetime(t, &berlin), "12031604");
        assert_eq!(caller_id_datetime(t, &new_york), "12031004");
        assert_eq!(caller_id_datetime(t, &jiff::tz::TimeZone::UTC), "12031504");
    }
}
