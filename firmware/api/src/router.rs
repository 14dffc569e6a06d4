//! Maps `/v2/...` paths to handlers. Everything except logging in needs a valid token.

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply, accounts, cdrs, docs, kinds, media, misc, phone_numbers, recordings};

pub fn route(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    let segments = ctx
        .req
        .segments()
        .ok_or_else(|| ApiError::bad_request("the path contains an invalid segment"))?;
    let s: Vec<&str> = segments.iter().map(String::as_str).collect();
    let Some((&"v2", rest)) = s.split_first() else {
        return Err(ApiError::NotFound(ctx.req.path.clone()));
    };
    match rest {
        ["user_auth"] => api.user_auth(ctx),
        ["api_auth"] => api.api_auth(ctx),
        ["auth", "tokeninfo"] => api.token_info(ctx, None),
        ["user_auth", token] => api.token_info(ctx, Some(token.to_string())),
        ["whitelabel", ..] => Err(ApiError::NotFound("whitelabel".into())),
        ["system_status"] => {
            api.authenticate(ctx)?;
            crate::system_status::system_status(api, ctx)
        }
        ["system", "clock"] => {
            api.authenticate(ctx)?;
            crate::system_clock::route(api, ctx)
        }
        ["provisioner", rest @ ..] => {
            api.authenticate(ctx)?;
            crate::provisioner::route(ctx, rest)
        }
        ["countries"] => {
            api.authenticate(ctx)?;
            crate::countries::route(ctx)
        }
        ["system", "network"] => {
            api.authenticate(ctx)?;
            crate::system_network::route(api, ctx)
        }
        ["system", "voicemail"] => {
            api.authenticate(ctx)?;
            crate::system_voicemail::route(api, ctx)
        }
        ["system", "sip_security"] => {
            api.authenticate(ctx)?;
            crate::sip_security::route(api, ctx)
        }
        ["system", "prompt_packs"] => {
            api.authenticate(ctx)?;
            crate::prompt_packs::route(api, ctx, None)
        }
        ["system", "prompt_packs", language] => {
            api.authenticate(ctx)?;
            crate::prompt_packs::route(api, ctx, Some(language))
        }
        ["accounts", account, tail @ ..] => {
            api.authenticate(ctx)?;
            access_account(api, ctx, account)?;
            if !ctx.is_admin() && !crate::access::user_may_reach(tail) {
                return Err(ApiError::Forbidden("this needs an account administrator"));
            }
            account_route(api, ctx, account, tail)
        }
        _ => {
            api.authenticate(ctx)?;
            Err(ApiError::NotFound(ctx.req.path.clone()))
        }
    }
}

/// The caller's own account, or (for admins) one of its descendants.
fn access_account(api: &Api, ctx: &Ctx, account: &str) -> ApiResult<()> {
    let session = ctx.session()?;
    if session.account_id == account {
        return Ok(());
    }
    if ctx.is_admin() && accounts::is_descendant(api, account, &session.account_id)? {
        return Ok(());
    }
    Err(ApiError::Forbidden("no access to this account"))
}

fn account_route(api: &Api, ctx: &mut Ctx, account: &str, tail: &[&str]) -> ApiResult<Reply> {
    match tail {
        [] => accounts::account(api, ctx, account),
        ["children"] => accounts::children(api, ctx, account, false),
        ["descendants"] => accounts::children(api, ctx, account, true),
        ["api_key"] => accounts::api_key(api, ctx, account),
        ["media", id, "raw"] => media::raw(api, ctx, account, id),
        ["notifications", "smtplog", rest @ ..] => crate::smtplog::route(api, ctx, account, rest),
        ["notifications", rest @ ..] => crate::notifications::route(api, ctx, account, rest),
        ["vmboxes", id, "messages", rest @ ..] => {
            crate::vm_messages::route(api, ctx, account, id, rest)
        }
        ["vmboxes", id, "greeting"] => crate::vm_greeting::route(api, ctx, account, id),
        ["users", id, "find_me_follow_me"] => {
            crate::find_me_follow_me::route(api, ctx, account, id)
        }
        ["users", id, "devices"] => docs::owned_devices(api, ctx, account, id),
        ["users", id, "cdrs"] => cdrs::user_route(api, ctx, account, id, false),
        ["users", id, "cdrs", "interaction"] => cdrs::user_route(api, ctx, account, id, true),
        ["devices", "status"] => docs::device_status(api, ctx, account),
        ["devices", id, "quickcall", number] => {
            crate::quickcall::device(api, ctx, account, id, number)
        }
        ["users", id, "quickcall", number] => crate::quickcall::user(api, ctx, account, id, number),
        ["devices", id, "ring_test"] => crate::quickcall::ring_test(api, ctx, account, id),
        ["devices", id, "sync"] => crate::provisioning::sync(api, ctx, account, id),
        ["devices", id, "provisioning"] => {
            crate::provisioning::device_fetches(api, ctx, account, id)
        }
        ["provisioning", "unknown"] => crate::provisioning::unknown(api, ctx, account),
        ["provisioning", "dhcp"] => crate::provisioning_dhcp::values(api, ctx),
        ["provisioning", "unknown", mac] => {
            crate::provisioning_adopt::adopt(api, ctx, account, mac)
        }
        ["phone_numbers", rest @ ..] => phone_numbers::route(api, ctx, account, rest),
        ["cdrs", rest @ ..] => cdrs::route(api, ctx, account, rest),
        ["recordings", rest @ ..] => recordings::route(api, ctx, account, rest),
        ["apps_store", rest @ ..] => misc::apps_store(ctx, rest),
        ["channels"] => misc::channels(api, ctx, account),
        ["analog_ports"] => crate::analog_ports::list(api, ctx, account),
        ["feature_codes"] => crate::feature_codes::list(api, ctx, account),
        ["analog_ports", port, "line_test"] => {
            crate::analog_ports::line_test(api, ctx, account, port)
        }
        ["multi_factor"] => misc::multi_factor(ctx),
        ["security"] => misc::security(ctx),
        ["sip_bans"] => misc::sip_bans(api, ctx),
        ["tls_certificate"] => misc::tls_certificate(api, ctx),
        ["sip_bans", ip] => misc::lift_sip_ban(api, ctx, ip),
        ["login_bans"] => crate::login_bans::list(api, ctx),
        ["login_bans", ip] => crate::login_bans::lift(api, ctx, ip),
        ["configs", "smtp_client", "test"] => crate::smtp_client::test(api, ctx, account),
        ["configs", name] => misc::config(api, ctx, account, name),
        ["limits"] => misc::limits(api, ctx, account),
        ["metaflows"] => crate::metaflows::route(api, ctx, account),
        ["presence"] => crate::presence::subscriptions(api, ctx, account),
        ["presence", id] => crate::presence::reset_extension(api, ctx, account, id),
        [kind @ ("users" | "devices"), id, "presence"] => {
            crate::presence::reset_owner(api, ctx, account, kind, id)
        }
        // Neither exists on the box (no number porting service, no system alerts feed yet);
        // SmartPBX's Caller ID screen lists both, so they answer as empty lists.
        ["external_numbers" | "alerts"] => misc::empty_list(ctx),
        ["whitelabel", ..] => Err(ApiError::NotFound(tail.join("/"))),
        ["callflows", id, "office_status"] => {
            crate::office_status::office_status(api, ctx, account, id)
        }
        ["resources", id, "status"] => crate::resource_status::status(api, ctx, account, id),
        [kind] if kinds::is_document_kind(kind) => docs::collection(api, ctx, account, kind),
        [kind, id] if kinds::is_document_kind(kind) => docs::item(api, ctx, account, kind, id),
        _ => Err(ApiError::NotFound(tail.join("/"))),
    }
}
