//! The countries the box knows (its call-progress tone table) and what choosing one
//! proposes for an office: the time zone of its capital (or most populous zone) and the
//! language of its prompts, in KAZOO's `ll-cc` notation. `GET /v2/countries` lists them for
//! the panel; the account's `edgepbx.country` must be one of them.

use edgepbx_media::dsp::tones;
use serde_json::{Map, Value, json};

use crate::Reply;
use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};

/// Country code -> (proposed time zone, proposed language). Every code of the tone table
/// has a row (a unit test checks it).
const PROPOSALS: &[(&str, &str, &str)] = &[
    ("at", "Europe/Vienna", "de-at"),
    ("au", "Australia/Sydney", "en-au"),
    ("be", "Europe/Brussels", "nl-be"),
    ("bg", "Europe/Sofia", "bg-bg"),
    ("br", "America/Sao_Paulo", "pt-br"),
    ("ca", "America/Toronto", "en-ca"),
    ("ch", "Europe/Zurich", "de-ch"),
    ("cl", "America/Santiago", "es-cl"),
    ("cn", "Asia/Shanghai", "zh-cn"),
    ("cz", "Europe/Prague", "cs-cz"),
    ("de", "Europe/Berlin", "de-de"),
    ("dk", "Europe/Copenhagen", "da-dk"),
    ("ee", "Europe/Tallinn", "et-ee"),
    ("es", "Europe/Madrid", "es-es"),
    ("fi", "Europe/Helsinki", "fi-fi"),
    ("fr", "Europe/Paris", "fr-fr"),
    ("gr", "Europe/Athens", "el-gr"),
    ("hu", "Europe/Budapest", "hu-hu"),
    ("id", "Asia/Jakarta", "id-id"),
    ("il", "Asia/Jerusalem", "he-il"),
    ("in", "Asia/Kolkata", "en-in"),
    ("it", "Europe/Rome", "it-it"),
    ("jp", "Asia/Tokyo", "ja-jp"),
    ("kr", "Asia/Seoul", "ko-kr"),
    ("lt", "Europe/Vilnius", "lt-lt"),
    ("mx", "America/Mexico_City", "es-mx"),
    ("my", "Asia/Kuala_Lumpur", "ms-my"),
    ("nl", "Europe/Amsterdam", "nl-nl"),
    ("no", "Europe/Oslo", "nb-no"),
    ("nz", "Pacific/Auckland", "en-nz"),
    ("ph", "Asia/Manila", "en-ph"),
    ("pl", "Europe/Warsaw", "pl-pl"),
    ("pt", "Europe/Lisbon", "pt-pt"),
    ("ru", "Europe/Moscow", "ru-ru"),
    ("se", "Europe/Stockholm", "sv-se"),
    ("sg", "Asia/Singapore", "en-sg"),
    ("th", "Asia/Bangkok", "th-th"),
    ("tr", "Europe/Istanbul", "tr-tr"),
    ("tw", "Asia/Taipei", "zh-tw"),
    ("uk", "Europe/London", "en-gb"),
    ("us", "America/New_York", "en-us"),
    ("ve", "America/Caracas", "es-ve"),
    ("za", "Africa/Johannesburg", "en-za"),
];

/// Countries whose analog lines have a full profile (ring cadence, caller-ID standard):
/// the board crate's list, repeated here because the API does not link the board drivers.
pub const ANALOG: &[&str] = &["us", "uk", "de", "fr", "au", "dk", "se", "nl"];

/// The canonical code of a known country ("GB" and "gb" are "uk", as in the tone table).
pub fn canonical(code: &str) -> Option<&'static str> {
    tones::country(code).map(|c| c.code)
}

fn proposal(code: &str) -> Option<(&'static str, &'static str)> {
    PROPOSALS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, tz, lang)| (*tz, *lang))
}

/// `GET /v2/countries`: every known country with its proposals, by name.
pub fn route(ctx: &Ctx) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    let mut rows: Vec<Value> = tones::COUNTRIES
        .iter()
        .map(|c| {
            let (timezone, language) = proposal(c.code).unwrap_or(("UTC", "en-us"));
            json!({"code": c.code, "name": c.name, "timezone": timezone,
                   "language": language, "analog_profile": ANALOG.contains(&c.code)})
        })
        .collect();
    rows.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    Ok(Reply::ok(Value::Array(rows)))
}

/// Checks and normalises the account's `edgepbx` settings before a save: `country` must be
/// a known code (stored in its canonical lower-case form).
pub fn check_account(data: &mut Map<String, Value>) -> ApiResult<()> {
    let Some(settings) = data
        .get_mut(edgepbx_store::office_settings::NAMESPACE)
        .and_then(Value::as_object_mut)
    else {
        return Ok(());
    };
    let Some(Value::String(code)) = settings.get("country") else {
        return Ok(());
    };
    match canonical(code) {
        Some(known) => {
            settings.insert("country".into(), json!(known));
            Ok(())
        }
        None => Err(ApiError::field(
            "edgepbx.country",
            "enum",
            format!("unknown country {code:?}: one of GET /v2/countries"),
            Some(("value", json!(code))),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tone_country_has_a_proposal_and_analog_ones_are_known() {
        for c in tones::COUNTRIES {
            let (tz, lang) = proposal(c.code).unwrap_or_else(|| panic!("{}", c.code));
            assert!(tz.contains('/') && lang.len() == 5, "{}", c.code);
        }
        assert_eq!(PROPOSALS.len(), tones::COUNTRIES.len());
        for code in ANALOG {
            assert_eq!(canonical(code), Some(*code));
        }
        assert_eq!(canonical("GB"), Some("uk"));
        assert_eq!(canonical("xx"), None);
    }

    fn request(method: &str, path: &str, token: &str, body: &Value) -> crate::ApiRequest {
        crate::ApiRequest {
            method: method.into(),
            path: path.into(),
            query: String::new(),
            headers: vec![
                ("content-type".into(), "application/json".into()),
                ("x-auth-token".into(), token.into()),
            ],
            body: body.to_string().into_bytes(),
            peer: "127.0.0.1".parse().unwrap(),
        }
    }

    #[test]
    fn the_account_country_is_checked_normalised_and_listed_with_its_proposals() {
        use crate::{Api, ApiConfig, NoLiveState, bootstrap, credentials_hash};
        let dir = tempfile::tempdir().unwrap();
        let store = edgepbx_store::Store::open(&dir.path().join("db")).unwrap();
        let api = Api::new(
            store,
            ApiConfig::default(),
            std::sync::Arc::new(NoLiveState),
        )
        .unwrap();
        let now = 1_800_000_000;
        let account = bootstrap::first_boot(&api, "office", "office.local", Some("pw"), now)
            .unwrap()
            .unwrap()
            .account_id;
        let login = json!({"data": {"credentials": credentials_hash("admin", "pw"), "account_name": "office"}});
        let r = api.handle(&request("PUT", "/v2/user_auth", "", &login), now);
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        let token = v["auth_token"].as_str().unwrap().to_string();
        let call = |method: &str, path: &str, body: Value| {
            let r = api.handle(&request(method, path, &token, &body), now);
            (r.status, serde_json::from_slice::<Value>(&r.body).unwrap())
        };
        let path = format!("/v2/accounts/{account}");
        let patch = |settings: Value| call("PATCH", &path, json!({"data": {"edgepbx": settings}}));

        let (status, body) = patch(json!({"country": "xx"}));
        assert_eq!(status, 400, "{body}");
        assert!(
            body["data"]["edgepbx.country"]["enum"]["message"]
                .as_str()
                .unwrap()
                .contains("\"xx\"")
        );
        let (status, body) = patch(json!({"country": 44}));
        assert_eq!(status, 400);
        assert!(body["data"]["edgepbx.country"].is_object(), "{body}");
        for bad in [json!(1), json!(9), json!("four")] {
            let (status, body) = patch(json!({"extension_length": bad}));
            assert_eq!(status, 400, "{bad}");
            assert!(
                body["data"]["edgepbx.extension_length"].is_object(),
                "{body}"
            );
        }
        let (status, body) = patch(json!({"country": "GB", "extension_length": "4"}));
        assert_eq!(status, 200, "{body}");
        assert_eq!(
            body["data"]["edgepbx"],
            json!({"country": "uk", "extension_length": 4})
        );
        let stored = api
            .store()
            .get(edgepbx_store::GLOBAL, "accounts", &account)
            .unwrap()
            .unwrap();
        assert_eq!(edgepbx_store::office_settings::country(&stored), Some("uk"));

        let (status, body) = call("GET", "/v2/countries", Value::Null);
        assert_eq!(status, 200);
        let rows = body["data"].as_array().unwrap();
        assert_eq!(rows.len(), tones::COUNTRIES.len());
        let uk = rows.iter().find(|r| r["code"] == "uk").unwrap();
        assert_eq!(
            (&uk["timezone"], &uk["language"], &uk["analog_profile"]),
            (&json!("Europe/London"), &json!("en-gb"), &json!(true))
        );
    }
}
