//! Layered settings, merged in KAZOO's provisioner order: built-in defaults < brand < family
//! < model (all from `templates/catalog.json`) < account `provision` < device `provision`.
//! Overrides may only use the keys below; a write with any other key is refused (400 naming
//! it) by the API through [`check_overrides`].

use serde_json::{Map, Value};

use crate::Error;
use crate::brand::Brand;

const CATALOG: &str = include_str!("../templates/catalog.json");

/// Settings a template reads, overridable per account and device.
const SETTING_KEYS: &[&str] = &[
    "timezone",
    "ntp_server",
    "language",
    "voicemail_number",
    "codecs",
    "transport",
    "line_keys",
];

/// KAZOO's own `provision` keys: which phone it is and its keys.
const KAZOO_KEYS: &[&str] = &[
    "endpoint_brand",
    "endpoint_family",
    "endpoint_model",
    "feature_keys",
    "combo_keys",
    "id",
];

/// Per-device only: `http_auth` (`{"username", "password"}`), the HTTP digest credentials
/// the phone must answer with to get its files (see [`http_auth`]).
const DEVICE_KEYS: &[&str] = &["http_auth"];

pub const CODECS: &[&str] = &["G722", "PCMU", "PCMA", "G729", "OPUS"];

/// A device's provisioning credentials (username, password), when it has them.
pub fn http_auth(device: &Value) -> Option<(String, String)> {
    let auth = device.get("provision")?.get("http_auth")?;
    Some((
        auth.get("username")?.as_str()?.to_string(),
        auth.get("password")?.as_str()?.to_string(),
    ))
}

/// A credential string: 1 to 64 printable characters, no quote or backslash (they would
/// have to be escaped inside a digest header, which phone firmware does not do).
fn credential(v: Option<&Value>) -> bool {
    v.and_then(Value::as_str).is_some_and(|s| {
        (1..=64).contains(&s.len()) && !s.chars().any(|c| c.is_control() || c == '"' || c == '\\')
    })
}

/// Checks a document's `provision` object (`device`: a device's, else an account's); Err
/// names the field at fault.
pub fn check_overrides(provision: &Value, device: bool) -> Result<(), (String, String)> {
    let Some(map) = provision.as_object() else {
        return Err(("provision".into(), "must be an object".into()));
    };
    for (key, value) in map {
        let field = format!("provision.{key}");
        let known = SETTING_KEYS.contains(&key.as_str())
            || KAZOO_KEYS.contains(&key.as_str())
            || (device && DEVICE_KEYS.contains(&key.as_str()));
        if !known {
            return Err((field, format!("unknown provisioning setting {key:?}")));
        }
        if key == "http_auth" {
            for part in ["username", "password"] {
                if !credential(value.get(part)) {
                    return Err((
                        format!("{field}.{part}"),
                        format!("{part} must be 1 to 64 printable characters without quotes"),
                    ));
                }
            }
            continue;
        }
        let ok = match key.as_str() {
            "codecs" => value.as_array().is_some_and(|a| {
                !a.is_empty()
                    && a.iter()
                        .all(|c| c.as_str().is_some_and(|c| CODECS.contains(&c)))
            }),
            "transport" => matches!(value.as_str(), Some("udp" | "tcp" | "tls")),
            "line_keys" => value.as_u64().is_some_and(|n| (1..=64).contains(&n)),
            "feature_keys" | "combo_keys" => value.is_object() || value.is_array(),
            "timezone" | "ntp_server" | "language" | "voicemail_number" => value
                .as_str()
                .is_some_and(|s| s.len() <= 64 && !s.chars().any(char::is_control)),
            _ => true,
        };
        if !ok {
            return Err((field, format!("invalid value for {key}")));
        }
    }
    Ok(())
}

/// Where a device sits in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub brand: Brand,
    pub family: String,
    pub model: String,
}

/// The catalogue, parsed once (it is part of the source tree and checked by a unit test).
pub(crate) fn catalog() -> &'static Value {
    static PARSED: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(CATALOG).unwrap_or(Value::Null))
}

/// Finds a model of a brand (the family, when given, must hold it). Names compare without
/// case, and with `-`/`_` the same, so "T54W", "t54w" and "VVX-450" all match.
pub fn find_model(brand: Brand, family: Option<&str>, model: &str) -> Result<Model, Error> {
    let norm = |s: &str| s.to_ascii_lowercase().replace('-', "_");
    let want = norm(model);
    let cat = catalog();
    let families = cat["brands"][brand.name()]["families"].as_object();
    for (fam, body) in families.into_iter().flatten() {
        if family.is_some_and(|f| norm(f) != norm(fam)) {
            continue;
        }
        for name in body["models"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            if norm(name) == want {
                return Ok(Model {
                    brand,
                    family: fam.clone(),
                    model: name.clone(),
                });
            }
        }
    }
    Err(Error::UnknownModel(format!("{} {model}", brand.name())))
}

/// Overlays `top` onto `base`, key by key (objects merge, everything else replaces).
fn overlay(base: &mut Map<String, Value>, top: &Value) {
    for (k, v) in top.as_object().into_iter().flatten() {
        if SETTING_KEYS.contains(&k.as_str()) {
            base.insert(k.clone(), v.clone());
        }
    }
}

/// The merged settings for a model, the account's and the device's overrides.
pub fn merged(
    model: &Model,
    account: Option<&Value>,
    device: Option<&Value>,
) -> Map<String, Value> {
    let cat = catalog();
    let mut out = Map::new();
    let brand = &cat["brands"][model.brand.name()];
    let family = &brand["families"][&model.family];
    for layer in [
        &cat["defaults"],
        &brand["settings"],
        &family["settings"],
        &family["models"][&model.model],
    ] {
        overlay(&mut out, layer);
    }
    for layer in [account, device].into_iter().flatten() {
        overlay(&mut out, layer);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_catalogue_parses_and_finds_models() {
        assert!(serde_json::from_str::<Value>(CATALOG).is_ok());
        let m = find_model(Brand::Yealink, None, "T54W").unwrap();
        assert_eq!((m.family.as_str(), m.model.as_str()), ("t5x", "t54w"));
        assert!(find_model(Brand::Polycom, Some("vvx"), "VVX-450").is_ok());
        assert!(matches!(
            find_model(Brand::Yealink, None, "T99X"),
            Err(Error::UnknownModel(m)) if m.contains("T99X")
        ));
    }

    #[test]
    fn layers_apply_in_order() {
        let m = find_model(Brand::Yealink, None, "t54w").unwrap();
        let account = json!({"timezone": "Europe/Berlin", "ntp_server": "ntp.office"});
        let device = json!({"ntp_server": "ntp.desk", "endpoint_model": "t54w"});
        let s = merged(&m, Some(&account), Some(&device));
        assert_eq!(s["timezone"], "Europe/Berlin");
        assert_eq!(s["ntp_server"], "ntp.desk");
        assert_eq!(s["line_keys"], 10);
        assert_eq!(s["codecs"], json!(["G722", "PCMU", "PCMA"]));
    }

    #[test]
    fn unknown_keys_are_named() {
        let err = check_overrides(&json!({"endpoint_brand": "yealink", "ringtone_x": 1}), true)
            .unwrap_err();
        assert_eq!(err.0, "provision.ringtone_x");
        let err = check_overrides(&json!({"codecs": ["G722", "SPEEX"]}), true).unwrap_err();
        assert_eq!(err.0, "provision.codecs");
        assert!(
            check_overrides(
                &json!({"feature_keys": {"1": {"type": "presence", "value": "x"}}}),
                false
            )
            .is_ok()
        );
        let auth = json!({"http_auth": {"username": "desk1", "password": "pw"}});
        assert!(check_overrides(&auth, true).is_ok());
        assert_eq!(
            check_overrides(&auth, false).unwrap_err().0,
            "provision.http_auth"
        );
        for bad in [
            json!({"http_auth": {"username": "desk1"}}),
            json!({"http_auth": {"username": "desk1", "password": "a\"b"}}),
            json!({"http_auth": {"username": "", "password": "pw"}}),
            json!({"http_auth": "desk1:pw"}),
        ] {
            let err = check_overrides(&bad, true).unwrap_err().0;
            assert!(err.starts_with("provision.http_auth."), "{bad}: {err}");
        }
        assert_eq!(
            http_auth(&json!({"provision": auth})),
            Some(("desk1".into(), "pw".into()))
        );
    }
}
