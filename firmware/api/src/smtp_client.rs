//! The account's mail relay, `/configs/smtp_client` (KAZOO's `smtp_client` settings): the
//! box sends its emails (missed-call alerts) through it. The password is write-only.

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

pub const CONFIG: &str = "smtp_client";
pub const TLS_MODES: [&str; 3] = ["never", "if_available", "always"];

fn bad(field: &str, rule: &str, message: &str, value: &Value) -> ApiError {
    ApiError::field(field, rule, message, Some(("value", value.clone())))
}

/// Checks the fields the mailer reads; unknown fields are kept as KAZOO keeps them.
pub fn validate(data: &Map<String, Value>) -> ApiResult<()> {
    if let Some(v) = data.get("relay") {
        let ok = v.as_str().is_some_and(|h| {
            !h.is_empty()
                && h.len() <= 253
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':'))
        });
        if !ok {
            return Err(bad("relay", "pattern", "a host name or IP address", v));
        }
    }
    if let Some(v) = data.get("port")
        && !v.as_u64().is_some_and(|p| (1..=65535).contains(&p))
    {
        return Err(bad("port", "range", "a port from 1 to 65535", v));
    }
    for field in ["username", "password"] {
        if let Some(v) = data.get(field)
            && !v
                .as_str()
                .is_some_and(|s| s.len() <= 256 && !s.contains(['\r', '\n']))
        {
            return Err(bad(field, "type", "a string of at most 256 characters", v));
        }
    }
    if let Some(v) = data.get("tls")
        && !v.as_str().is_some_and(|t| TLS_MODES.contains(&t))
    {
        return Err(bad("tls", "enum", "one of never, if_available, always", v));
    }
    if let Some(v) = data.get("ssl")
        && !v.is_boolean()
    {
        return Err(bad("ssl", "type", "true or false", v));
    }
    if let Some(v) = data.get("from")
        && !v
            .as_str()
            .is_some_and(edgepbx_store::formats::is_email_address)
    {
        return Err(bad("from", "format", "an email address", v));
    }
    Ok(())
}

/// The config as clients see it: whether a password is set, never the password.
pub fn redact(mut doc: Value) -> Value {
    if let Some(m) = doc.as_object_mut() {
        let set = m.remove("password").is_some_and(|p| p != json!(""));
        m.insert("password_set".into(), json!(set));
    }
    doc
}

/// `POST configs/smtp_client/test` `{to}`: a test message through the relay as configured now
/// (the panel's "send a test mail"). A failure is a 400 naming `to`, `from` or `relay` with
/// the relay's own words.
pub fn test(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    if !matches!(ctx.method.as_str(), "POST" | "PUT") {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let data = ctx.data_object()?;
    let to = match data.get("to") {
        Some(Value::String(s)) if s.contains('@') => s.trim().to_string(),
        Some(v) => return Err(bad("to", "format", "an email address", v)),
        None => {
            return Err(ApiError::field(
                "to",
                "required",
                "Field is required but missing",
                None,
            ));
        }
    };
    let from = api
        .live()
        .send_test_mail(account, &to)
        .map_err(|(field, message)| ApiError::field(field, "send", message, None))?;
    Ok(Reply::ok(json!({"sent": true, "to": to, "from": from})))
}
