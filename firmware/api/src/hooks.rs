//! Per-kind work done before a document is stored: validation with defaults, credentials,
//! references to other documents.

use serde_json::{Map, Value, json};

use crate::Api;
use crate::auth::{credentials_hash, credentials_sha1};
use crate::error::{ApiError, ApiResult};
use crate::schema;

/// Validates `data` (the new public document) and derives what is stored with it.
/// `old` is the stored document being replaced, if any.
pub fn before_save(
    api: &Api,
    account: &str,
    kind: &str,
    data: &mut Map<String, Value>,
    old: Option<&Value>,
) -> ApiResult<()> {
    let result = if kind == "callflows" {
        schema::validate_callflow(data)
    } else {
        schema::validate(data, &schema::fields_for(kind))
    };
    result.map_err(ApiError::Validation)?;
    if matches!(kind, "devices" | "accounts")
        && let Some(provision) = data.get("provision")
        && let Err((field, message)) =
            edgepbx_provision::check_overrides(provision, kind == "devices")
    {
        let mut errors = Map::new();
        errors.insert(field, json!({"invalid": {"message": message}}));
        return Err(ApiError::Validation(errors));
    }
    // What the API computes on reading (voicemail usage) is never stored from a client.
    match kind {
        "vmboxes" => data.remove("usage"),
        "accounts" => data.remove("voicemail_usage"),
        _ => None,
    };
    match kind {
        "users" => user_credentials(data, old)?,
        "devices" | "vmboxes" | "faxboxes" | "conferences" | "callflows" => {
            owner_exists(api, account, kind, data)?
        }
        "accounts" => crate::countries::check_account(data)?,
        "resources" => {
            crate::box_wide::validate_gateways(data)?;
            crate::gateway_register::validate(data)?
        }
        _ => {}
    }
    Ok(())
}

/// Passwords are never stored: only KAZOO's md5/sha1 login credentials derived from them.
fn user_credentials(data: &mut Map<String, Value>, old: Option<&Value>) -> ApiResult<()> {
    if let Some(Value::String(u)) = data.get("username") {
        let lower = u.to_lowercase();
        data.insert("username".into(), Value::String(lower));
    }
    let username = data
        .get("username")
        .and_then(Value::as_str)
        .map(str::to_string);
    let old_username = old.and_then(|o| o.get("username")).and_then(Value::as_str);
    match (data.remove("password"), &username) {
        (Some(password), Some(username)) => {
            // The schema has checked that a password is a string.
            let password = password.as_str().unwrap_or_default();
            data.insert(
                "pvt_md5_auth".into(),
                json!(credentials_hash(username, password)),
            );
            data.insert(
                "pvt_sha1_auth".into(),
                json!(credentials_sha1(username, password)),
            );
        }
        (Some(_), None) => {
            return Err(ApiError::field(
                "username",
                "required",
                "a password needs a username to log in with",
                None,
            ));
        }
        (None, _) => {
            let had_login = old.and_then(|o| o.get("pvt_md5_auth")).is_some();
            if had_login && username.as_deref() != old_username {
                return Err(ApiError::field(
                    "password",
                    "required",
                    "changing the username needs the password again",
                    None,
                ));
            }
        }
    }
    Ok(())
}

/// `owner_id` names a user of the account; a voicemail box's may also name a group (a
/// shared box its members check, `edgepbx_store::vmbox_members`).
fn owner_exists(api: &Api, account: &str, kind: &str, data: &Map<String, Value>) -> ApiResult<()> {
    let Some(owner) = data.get("owner_id").and_then(Value::as_str) else {
        return Ok(());
    };
    let group_owned = kind == "vmboxes" && api.store().get(account, "groups", owner)?.is_some();
    if !group_owned && api.store().get(account, "users", owner)?.is_none() {
        let message = if kind == "vmboxes" {
            "no user or group with this id"
        } else {
            "no user with this id"
        };
        return Err(ApiError::field(
            "owner_id",
            "not_found",
            message,
            Some(("value", json!(owner))),
        ));
    }
    Ok(())
}
