//! Adopting an unknown phone: `PUT /v2/accounts/{A}/provisioning/unknown/{mac}` with
//! `{"data": {"owner_id": ..., "name"?: ...}}` creates the device in account A (KAZOO's device
//! shape: `mac_address`, `sip` credentials, `provision.endpoint_brand/family/model` from the
//! phone's User-Agent) through the ordinary create path, so the phone's next fetch gets its
//! configuration.

use edgepbx_provision::{Brand, agent, find_model, mac};
use edgepbx_store::{GLOBAL, IndexName};
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

/// The MAC as the admin may write it: 12 hex digits, bare or with `:`/`-` separators.
fn parse_mac(text: &str) -> ApiResult<String> {
    let bare: String = text.chars().filter(|c| !matches!(c, ':' | '-')).collect();
    mac::from_file_part(&bare).ok_or_else(|| {
        ApiError::field(
            "mac_address",
            "pattern",
            "a MAC address is 12 hex digits, optionally separated by ':' or '-'",
            Some(("value", json!(text))),
        )
    })
}

/// A password for the new device's SIP account: 32 random hex characters.
fn sip_password() -> String {
    edgepbx_store::new_id()
}

pub fn adopt(api: &Api, ctx: &mut Ctx, account: &str, mac_text: &str) -> ApiResult<Reply> {
    if !matches!(ctx.method.as_str(), "PUT" | "POST") {
        return Err(ApiError::MethodNotAllowed);
    }
    // The unknown list is box-wide: only the box's own administrators may hand a phone out.
    crate::access::require_box_admin(api, ctx)?;
    let mac = parse_mac(mac_text)?;
    let known = api
        .store()
        .index_get(IndexName::Mac, GLOBAL, &mac)?
        .is_some();
    if known {
        return Err(ApiError::Conflict(format!(
            "a device already has {}",
            mac::colon_form(&mac)
        )));
    }
    let wanted = ctx.data_object()?;
    let owner = wanted
        .get("owner_id")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::field("owner_id", "required", "the user the phone is for", None))?
        .to_string();
    let (user_agent, ua_model) = {
        let log = api.provision_log();
        let entry = log.unknown_entry(&mac).ok_or_else(|| {
            ApiError::NotFound(format!("{} is not an unknown phone", mac::colon_form(&mac)))
        })?;
        (entry.user_agent.clone(), entry.model.clone())
    };
    // The User-Agent was checked when it was recorded; the admin may name what it did not.
    let seen = agent(&user_agent).unwrap_or_default();
    let brand_name = wanted
        .get("brand")
        .and_then(Value::as_str)
        .map(str::to_string);
    let brand = match brand_name.as_deref() {
        Some(name) => Brand::from_name(name).ok_or_else(|| {
            ApiError::field(
                "brand",
                "enum",
                "not a brand the box provisions",
                Some(("value", json!(name))),
            )
        })?,
        None => seen.brand.ok_or_else(|| {
            ApiError::field(
                "brand",
                "required",
                "the phone's User-Agent names no brand the box knows: give one",
                None,
            )
        })?,
    };
    let model_name = wanted
        .get("model")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or(ua_model)
        .ok_or_else(|| {
            ApiError::field(
                "model",
                "required",
                "the phone's User-Agent names no model: give one",
                None,
            )
        })?;
    let model = find_model(brand, None, &model_name).map_err(|_| {
        ApiError::field(
            "model",
            "enum",
            "not a model in the provisioning catalogue",
            Some(("value", json!(model_name))),
        )
    })?;
    let name = wanted
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| format!("{} {}", model_name, mac::colon_form(&mac)));
    ctx.replace_data(json!({
        "name": name,
        "owner_id": owner,
        "device_type": "sip_device",
        "mac_address": mac::colon_form(&mac),
        "sip": {"username": format!("{}{}", brand.name(), mac), "password": sip_password()},
        "provision": {"endpoint_brand": brand.name(), "endpoint_family": model.family,
                      "endpoint_model": model.model},
    }));
    crate::docs::create(api, ctx, account, "devices")
}

#[cfg(test)]
mod tests {
    use super::parse_mac;

    #[test]
    fn macs_in_each_written_form() {
        assert_eq!(parse_mac("00:15:65:AA:BB:CC").unwrap(), "001565aabbcc");
        assert_eq!(parse_mac("00-15-65-aa-bb-cc").unwrap(), "001565aabbcc");
        assert_eq!(parse_mac("001565aabbcc").unwrap(), "001565aabbcc");
        assert!(parse_mac("001565aabbc").is_err());
        assert!(parse_mac("../etc/passwd").is_err());
    }
}
