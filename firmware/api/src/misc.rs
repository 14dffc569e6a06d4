//! The small endpoints the Monster UI needs: app store, channels, security settings,
//! per-account configs and limits.

use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::imposed::{Imposed, require_parent};
use crate::json_path::{client_fields, merge, public};
use crate::{Api, Reply};

const VOIP_ID: &str = "a0f0b8c5e0d34e6f9f0b1c2d3e4f5a61";
const CALLFLOWS_ID: &str = "a0f0b8c5e0d34e6f9f0b1c2d3e4f5a62";
/// Ids of the installed apps, in the order the UI lists them.
pub const APP_IDS: [&str; 2] = [VOIP_ID, CALLFLOWS_ID];

fn apps() -> Vec<Value> {
    let app = |id: &str, name: &str, label: &str, description: &str| {
        json!({
            "id": id, "name": name, "allowed_users": "admins", "users": [], "phase": "gold",
            "i18n": {"en-US": {"label": label, "description": description, "extended_description": description, "features": []}},
            "tags": ["reseller", "developer"], "author": "edgepbx", "version": "4.3", "license": "-", "price": 0,
            "icon": format!("{name}.png"), "screenshots": [], "urls": {},
        })
    };
    vec![
        app(
            VOIP_ID,
            "voip",
            "Smart PBX",
            "Users, devices, groups, main number and office hours of the office.",
        ),
        app(
            CALLFLOWS_ID,
            "callflows",
            "Callflows",
            "Advanced call routing: every callflow action.",
        ),
    ]
}

/// The apps a user may open (the `apps` list of an auth response).
pub fn apps_for(user: Option<&Value>) -> Value {
    let admin = user.is_none_or(|u| u.get("priv_level").and_then(Value::as_str) == Some("admin"));
    let list: Vec<Value> = if admin {
        apps()
            .into_iter()
            .map(
                |a| json!({"id": a["id"], "name": a["name"], "label": a["i18n"]["en-US"]["label"]}),
            )
            .collect()
    } else {
        Vec::new()
    };
    Value::Array(list)
}

pub fn apps_store(ctx: &mut Ctx, rest: &[&str]) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    match rest {
        [] => Ok(Reply::ok(Value::Array(apps()))),
        [id] => apps()
            .into_iter()
            .find(|a| a["id"] == *id)
            .map(Reply::ok)
            .ok_or_else(|| ApiError::NotFound(id.to_string())),
        // Icons of our two apps ship with the UI itself.
        _ => Err(ApiError::NotFound(rest.join("/"))),
    }
}

pub fn channels(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    Ok(Reply::ok(Value::Array(api.live().channels(account))))
}

/// A collection the box has no entries for (GET only: nothing can be added to it).
pub fn empty_list(ctx: &mut Ctx) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    Ok(Reply::ok(json!([])))
}

pub fn multi_factor(ctx: &mut Ctx) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    Ok(Reply::ok(
        json!({"multi_factor_providers": [], "configured": []}),
    ))
}

pub fn security(ctx: &mut Ctx) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    Ok(Reply::ok(
        json!({"account": {"auth_modules": {}}, "inherited_config": {"auth_modules": {
        "cb_user_auth": {"enabled": true}, "cb_api_auth": {"enabled": true}}}}),
    ))
}

/// Addresses the SIP engine has banned (failed authentications, scanning).
pub fn sip_bans(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    crate::access::require_box_admin(api, ctx)?;
    Ok(Reply::ok(Value::Array(api.live().sip_bans())))
}

/// `PUT tls_certificate {certificate, private_key}` (PEM) replaces the box's TLS identity.
pub fn tls_certificate(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    if !matches!(ctx.method.as_str(), "PUT" | "POST") {
        return Err(ApiError::MethodNotAllowed);
    }
    crate::access::require_box_admin(api, ctx)?;
    let data = ctx.data_object()?;
    let field = |name: &str| -> ApiResult<String> {
        match data.get(name) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
            Some(_) => Err(ApiError::field(name, "type", "must be a PEM string", None)),
            None => Err(ApiError::field(
                name,
                "required",
                "Field is required but missing",
                None,
            )),
        }
    };
    let (certificate, private_key) = (field("certificate")?, field("private_key")?);
    api.live()
        .replace_tls_certificate(&certificate, &private_key)
        .map_err(|(name, message)| ApiError::field(name, "invalid", message, None))?;
    Ok(Reply::ok(json!({"installed": true})))
}

/// `DELETE sip_bans/{ip}` lifts a ban.
pub fn lift_sip_ban(api: &Api, ctx: &mut Ctx, ip: &str) -> ApiResult<Reply> {
    if ctx.method != "DELETE" {
        return Err(ApiError::MethodNotAllowed);
    }
    crate::access::require_box_admin(api, ctx)?;
    if ip.parse::<std::net::IpAddr>().is_err() {
        return Err(ApiError::NotFound(format!("sip_bans/{ip}")));
    }
    if !api.live().lift_sip_ban(ip) {
        return Err(ApiError::NotFound(format!("sip_bans/{ip}")));
    }
    Ok(Reply::ok(json!({"ip": ip, "lifted": true})))
}

/// A document stored once per account under a fixed id (configs, limits).
fn singleton(
    api: &Api,
    ctx: &mut Ctx,
    account: &str,
    kind: &str,
    id: &str,
    defaults: Value,
) -> ApiResult<Reply> {
    singleton_keeping(api, ctx, account, kind, id, defaults, &[])
}

/// [`singleton`] where a `POST`/`PUT` that leaves out one of the `keep` fields keeps its
/// stored value (a write-only secret the client was never shown).
fn singleton_keeping(
    api: &Api,
    ctx: &mut Ctx,
    account: &str,
    kind: &str,
    id: &str,
    defaults: Value,
    keep: &[&str],
) -> ApiResult<Reply> {
    let stored = api.store().get(account, kind, id)?;
    let current = stored.as_deref().map(|d| public(d, id)).unwrap_or_else(|| {
        let mut d = defaults.clone();
        d["id"] = json!(id);
        d
    });
    match ctx.method.as_str() {
        "GET" => Ok(Reply::ok(current)),
        "POST" | "PUT" | "PATCH" => {
            ctx.require_admin()?;
            let incoming = ctx.data_object()?;
            let mut doc = if ctx.method == "PATCH" {
                current.as_object().cloned().unwrap_or_default()
            } else {
                Default::default()
            };
            merge(&mut doc, &incoming);
            for field in keep {
                if let Some(v) = stored.as_deref().and_then(|d| d.get(*field))
                    && !doc.contains_key(*field)
                {
                    doc.insert(field.to_string(), v.clone());
                }
            }
            let mut doc = client_fields(doc);
            doc.insert("pvt_type".into(), json!(kind));
            let (acct, k, i, value) = (
                account.to_string(),
                kind.to_string(),
                id.to_string(),
                Value::Object(doc),
            );
            let stored = api
                .store()
                .write(move |tx| tx.upsert(&acct, &k, &i, value.clone()))?;
            Ok(Reply::ok(public(&stored, id)))
        }
        "DELETE" => {
            ctx.require_admin()?;
            let (acct, k, i) = (account.to_string(), kind.to_string(), id.to_string());
            api.store()
                .write(move |tx| tx.delete(&acct, &k, &i, None))?;
            Ok(Reply::ok(json!({"id": id})))
        }
        _ => Err(ApiError::MethodNotAllowed),
    }
}

/// The config holding the account's number classes (`classifiers`), which
/// `call_restriction` and `phone_numbers/classifiers` use.
const NUMBER_MANAGER: &str = "number_manager";

/// Each class needs a regex that compiles: a broken one would silently let numbers through.
fn validate_classifiers(doc: &serde_json::Map<String, Value>) -> ApiResult<()> {
    let Some(classes) = doc.get("classifiers") else {
        return Ok(());
    };
    let Some(classes) = classes.as_object() else {
        return Err(ApiError::field(
            "classifiers",
            "type",
            "classifiers is an object of {name: {regex, friendly_name}}",
            None,
        ));
    };
    for (name, class) in classes {
        let regex = class.get("regex").and_then(Value::as_str).unwrap_or("");
        let problem = if regex.is_empty() {
            Some("a class needs a regex".to_string())
        } else {
            regex_lite::Regex::new(regex).err().map(|e| e.to_string())
        };
        if let Some(problem) = problem {
            return Err(ApiError::field(
                &format!("classifiers.{name}.regex"),
                "pattern",
                problem,
                Some(("value", json!(regex))),
            ));
        }
    }
    Ok(())
}

pub fn config(api: &Api, ctx: &mut Ctx, account: &str, name: &str) -> ApiResult<Reply> {
    let valid = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
    if !valid {
        return Err(ApiError::field(
            "config",
            "pattern",
            "a config name is letters, digits, '_' and '.'",
            Some(("value", json!(name))),
        ));
    }
    if name == NUMBER_MANAGER && is_write(ctx) {
        require_parent(api, ctx, account, Imposed::Classifiers)?;
        if ctx.method != "DELETE" {
            validate_classifiers(&ctx.data_object()?)?;
        }
    }
    let write = matches!(ctx.method.as_str(), "POST" | "PUT" | "PATCH");
    if name == crate::transcription::CONFIG {
        if write {
            crate::transcription::validate(&ctx.data_object()?)?;
            crate::transcription::check_writer(api, ctx, account)?;
        }
        let reply = singleton_keeping(api, ctx, account, "configs", name, json!({}), &["api_key"])?;
        return Ok(redacted(reply, crate::transcription::redact));
    }
    if name != crate::smtp_client::CONFIG {
        return singleton(api, ctx, account, "configs", name, json!({}));
    }
    if write {
        crate::smtp_client::validate(&ctx.data_object()?)?;
    }
    let reply = singleton(api, ctx, account, "configs", name, json!({}))?;
    Ok(redacted(reply, crate::smtp_client::redact))
}

/// A reply whose document has its secrets taken out by `redact`.
fn redacted(reply: Reply, redact: fn(Value) -> Value) -> Reply {
    match reply {
        Reply::Json {
            status,
            data,
            revision,
            extra,
        } => Reply::Json {
            status,
            data: redact(data),
            revision,
            extra,
        },
        raw => raw,
    }
}

pub fn limits(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    let defaults = json!({"twoway_trunks": -1, "inbound_trunks": -1, "outbound_trunks": -1, "resource_consuming_calls": -1,
                          "calls": -1, "allow_prepay": false, "burst_trunks": 0, "enabled": true,
                          "outbound_minutes_per_hour": -1});
    if is_write(ctx) {
        require_parent(api, ctx, account, Imposed::Limits)?;
    }
    if matches!(ctx.method.as_str(), "POST" | "PUT" | "PATCH") {
        let mut data = ctx.data_object()?;
        let fields = crate::schema::fields_for("limits");
        crate::schema::validate(&mut data, &fields).map_err(ApiError::Validation)?;
    }
    singleton(api, ctx, account, "limits", "limits", defaults)
}

/// A change of a singleton document (what `singleton` accepts besides GET).
fn is_write(ctx: &Ctx) -> bool {
    matches!(ctx.method.as_str(), "POST" | "PUT" | "PATCH" | "DELETE")
}
