//! Everything a template reads about one phone, gathered from the documents and the merged
//! settings into one JSON value. Strings from documents are cleaned of control characters
//! here, so no template can be broken out of by a name with a newline in it.

use serde_json::{Value, json};

use crate::brand::{Agent, Brand};
use crate::settings::{self, Model};
use crate::{Data, Error, Site, keys, mac, tz};

pub struct Input<'a> {
    pub account: &'a str,
    pub device_id: &'a str,
    pub device: &'a Value,
    pub mac: &'a str,
    /// The brand the file name belongs to, if only one brand asks for it.
    pub named_brand: Option<Brand>,
    pub agent: &'a Agent,
    /// Plain HTTP while HTTPS is on: no secrets, point the phone at HTTPS.
    pub bootstrap: bool,
    pub now: u64,
}

pub struct Phone {
    pub model: Model,
    pub context: Value,
}

pub(crate) fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(128).collect()
}

pub(crate) fn text(doc: &Value, path: &[&str]) -> Option<String> {
    let mut v = doc;
    for p in path {
        v = v.get(p)?;
    }
    v.as_str().map(clean).filter(|s| !s.is_empty())
}

fn pick_brand(input: &Input) -> Result<Brand, Error> {
    let stored = text(input.device, &["provision", "endpoint_brand"]);
    let brand = match &stored {
        Some(name) => Brand::from_name(name)
            .ok_or_else(|| Error::UnknownModel(format!("{name} (brand not supported)")))?,
        None => input
            .named_brand
            .or(input.agent.brand)
            .ok_or_else(|| Error::UnknownModel("(the device names no brand)".into()))?,
    };
    for other in [input.named_brand, input.agent.brand].into_iter().flatten() {
        if other != brand {
            return Err(Error::WrongBrand(format!(
                "the device is a {} phone, the request is from a {} phone",
                brand.name(),
                other.name()
            )));
        }
    }
    Ok(brand)
}

/// `+01:00`, `-05:00`, `+05:30` from seconds east of UTC.
fn hh_mm(seconds: i64) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    format!(
        "{sign}{:02}:{:02}",
        seconds.abs() / 3600,
        seconds.abs() % 3600 / 60
    )
}

/// UTC offset at `now` as `+1`, `-5`, `+5:30`, and in seconds.
fn offset(name: &str, now: u64) -> (String, i64) {
    let seconds = jiff::tz::TimeZone::get(name)
        .ok()
        .and_then(|tz| {
            let ts = jiff::Timestamp::from_second(i64::try_from(now).ok()?).ok()?;
            Some(i64::from(tz.to_offset(ts).seconds()))
        })
        .unwrap_or(0);
    let sign = if seconds < 0 { '-' } else { '+' };
    let (h, m) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
    let text = if m == 0 {
        format!("{sign}{h}")
    } else {
        format!("{sign}{h}:{m:02}")
    };
    (text, seconds)
}

/// A language tag (`en-us`, `de`) as phones name it in their menus.
fn language_name(tag: &str) -> &'static str {
    match tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
        .as_str()
    {
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "nl" => "Dutch",
        "pt" => "Portuguese",
        _ => "English",
    }
}

/// The web admin password of a device's own page: derived from the box secret and the
/// device id, so it is stable, differs per device, and the provisioning path writes nothing.
pub(crate) fn admin_password(secret: &[u8], account: &str, device_id: &str) -> String {
    use hmac::{Hmac, Mac};
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let Ok(mut h) = Hmac::<sha2::Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    h.update(b"provision-admin\0");
    h.update(account.as_bytes());
    h.update(b"\0");
    h.update(device_id.as_bytes());
    h.finalize().into_bytes()[..16]
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

impl Phone {
    pub fn new(input: Input, site: &Site, data: &dyn Data) -> Result<Phone, Error> {
        let brand = pick_brand(&input)?;
        let model_name = text(input.device, &["provision", "endpoint_model"])
            .or_else(|| input.agent.model.clone())
            .ok_or_else(|| Error::UnknownModel(format!("{} (no model given)", brand.name())))?;
        let family = text(input.device, &["provision", "endpoint_family"]);
        let model = settings::find_model(brand, family.as_deref(), &model_name)?;
        let account = data.account(input.account);
        // KAZOO keeps the office's time zone and language on the account itself.
        let mut account_layer = json!({});
        if let Some(acct) = &account {
            for key in ["timezone", "language"] {
                if let Some(v) = text(acct, &[key]) {
                    account_layer[key] = Value::String(v);
                }
            }
            if let Some(p) = acct.get("provision").and_then(Value::as_object) {
                for (k, v) in p {
                    account_layer[k] = v.clone();
                }
            }
        }
        let s = settings::merged(&model, Some(&account_layer), input.device.get("provision"));
        let str_setting = |k: &str| {
            s.get(k)
                .and_then(Value::as_str)
                .map(clean)
                .unwrap_or_default()
        };
        let owner =
            text(input.device, &["owner_id"]).and_then(|id| data.doc(input.account, "users", &id));
        let owner_name = owner.as_deref().map(|o| {
            format!(
                "{} {}",
                text(o, &["first_name"]).unwrap_or_default(),
                text(o, &["last_name"]).unwrap_or_default()
            )
            .trim()
            .to_string()
        });
        let user = text(input.device, &["sip", "username"]).unwrap_or_default();
        let display_name = text(input.device, &["caller_id", "internal", "name"])
            .or(owner_name.filter(|n| !n.is_empty()))
            .or_else(|| text(input.device, &["name"]))
            .unwrap_or_else(|| user.clone());
        let password = (!input.bootstrap)
            .then(|| text(input.device, &["sip", "password"]))
            .flatten();
        let transport = str_setting("transport");
        let port = if transport == "tls" {
            site.sips_port
        } else {
            site.sip_port
        };
        let timezone = str_setting("timezone");
        let (tz_offset, tz_seconds) = offset(&timezone, input.now);
        // Grandstream and Fanvil keep DST rules of their own: the zone's rule from the table,
        // else its offset now.
        let tz_rule = tz::rule(&timezone)
            .unwrap_or_else(|| tz::fixed(i32::try_from(tz_seconds).unwrap_or(0)));
        let language = str_setting("language");
        let line_keys = s.get("line_keys").and_then(Value::as_u64).unwrap_or(6);
        let keys = keys::resolve(input.device, input.account, data, line_keys, &display_name);
        // Polycom lists its monitored keys (BLF, park) apart from its line keys.
        let monitored: Vec<&Value> = keys
            .iter()
            .filter(|k| matches!(k["kind"].as_str(), Some("blf" | "park")))
            .collect();
        let line_key_count = keys.iter().filter(|k| k["kind"] == "line").count();
        // A sub-account's phones register to its realm (how the box tells tenants apart),
        // through the box as outbound proxy; the top-level account's register to the box's
        // address as the phone reached it.
        let host = clean(&site.host);
        let sub_account = account.as_deref().is_some_and(|a| {
            a.get("pvt_tree")
                .and_then(Value::as_array)
                .is_some_and(|t| !t.is_empty())
        });
        let domain = account
            .as_deref()
            .and_then(|a| text(a, &["realm"]))
            .filter(|_| sub_account)
            .unwrap_or_else(|| host.clone());
        let provisioning_url = if input.bootstrap {
            site.https_url.clone().unwrap_or_default()
        } else {
            site.https_url
                .clone()
                .unwrap_or_else(|| site.http_url.clone())
        };
        let codecs: Vec<String> = s
            .get("codecs")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let codec_table: Vec<Value> = settings::CODECS
            .iter()
            .map(|c| {
                let priority = codecs.iter().position(|x| x == c).map(|p| p + 1);
                json!({"name": c, "lower": c.to_ascii_lowercase(), "priority": priority})
            })
            .collect();
        let context = json!({
            "mac": input.mac,
            "mac_upper": input.mac.to_ascii_uppercase(),
            "mac_colon": mac::colon_form(input.mac),
            "brand": brand.name(),
            "family": model.family,
            "model": model.model,
            "server": {"host": host, "domain": domain, "outbound_proxy": sub_account,
                       "port": port, "transport": transport},
            "account": {
                "user": user,
                "auth_user": user,
                "password": password,
                "display_name": display_name,
                "label": display_name,
                "realm": account.as_deref().and_then(|a| text(a, &["realm"])),
            },
            "voicemail_number": str_setting("voicemail_number"),
            "codecs": codecs,
            "codec_table": codec_table,
            "timezone": {"name": timezone, "offset": tz_offset, "offset_seconds": tz_seconds,
                         "hh_mm": hh_mm(tz_seconds), "grandstream": tz_rule.grandstream(),
                         "fanvil": tz_rule.fanvil()},
            "ntp_server": str_setting("ntp_server"),
            "language": {"tag": language, "name": language_name(&language)},
            "keys": keys,
            "monitored_keys": monitored,
            "line_key_count": line_key_count.max(1),
            "admin_password": if input.bootstrap { None } else {
                Some(admin_password(&site.secret, input.account, input.device_id))
            },
            "phonebook_url": format!("{provisioning_url}{}-phonebook.xml", input.mac),
            // Grandstream: the path without scheme, below which it asks for phonebook.xml.
            "phonebook_path": format!("{}{}", provisioning_url.split_once("://").map_or("", |(_, p)| p), input.mac),
            "provisioning_url": provisioning_url,
            "bootstrap": input.bootstrap,
        });
        Ok(Phone { model, context })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_the_zone_at_that_time() {
        // 2026-01-15 and 2026-07-15, noon UTC.
        assert_eq!(offset("Europe/Berlin", 1_768_478_400).0, "+1");
        assert_eq!(offset("Europe/Berlin", 1_784_116_800).0, "+2");
        assert_eq!(offset("Asia/Kolkata", 1_768_478_400).0, "+5:30");
        assert_eq!(offset("America/New_York", 1_768_478_400).1, -5 * 3600);
        assert_eq!(offset("Not/AZone", 0).0, "+0");
        assert_eq!(hh_mm(-5 * 3600), "-05:00");
        assert_eq!(hh_mm(19_800), "+05:30");
    }

    #[test]
    fn admin_passwords_differ_per_device_and_are_stable() {
        let a = admin_password(b"secret", "acct", "dev1");
        assert_eq!(a.len(), 16);
        assert_eq!(a, admin_password(b"secret", "acct", "dev1"));
        assert_ne!(a, admin_password(b"secret", "acct", "dev2"));
        assert_ne!(a, admin_password(b"other", "acct", "dev1"));
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(clean("Bob\nX=1\r"), "BobX=1");
    }
}
