//! Authentication: `user_auth` (KAZOO md5/sha1 credentials), `api_auth` (account API key),
//! token info, and turning a presented token into a [`Session`].

use md5::{Digest, Md5};
use serde_json::{Value, json};
use sha1::Sha1;
use subtle::ConstantTimeEq;

use crate::context::{Ctx, Session};
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply, jwt, misc};
use edgepbx_store::{GLOBAL, IndexName};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// KAZOO's login credential: md5 of `lower(username):password`.
pub fn credentials_hash(username: &str, password: &str) -> String {
    hex(&Md5::digest(format!(
        "{}:{password}",
        username.to_lowercase()
    )))
}

/// The sha1 variant (`method: "sha"`).
pub fn credentials_sha1(username: &str, password: &str) -> String {
    hex(&Sha1::digest(format!(
        "{}:{password}",
        username.to_lowercase()
    )))
}

fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

impl Api {
    pub(crate) fn limiter(&self) -> std::sync::MutexGuard<'_, crate::ratelimit::LoginLimiter> {
        self.limiter.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn check_limits(&self, ctx: &Ctx, target: &str) -> ApiResult<()> {
        self.limiter()
            .check(ctx.req.peer, target, ctx.now)
            .map_err(|retry_after| ApiError::TooManyRequests { retry_after })
    }

    fn login_failed(&self, ctx: &Ctx, target: &str) -> ApiError {
        self.limiter().failure(ctx.req.peer, target, ctx.now);
        ApiError::Unauthorized("invalid credentials")
    }

    fn issue_token(
        &self,
        ctx: &mut Ctx,
        account_id: &str,
        owner_id: Option<&str>,
        method: &str,
    ) -> String {
        let claims = json!({
            "account_id": account_id,
            "owner_id": owner_id,
            "method": method,
            "iat": ctx.now,
            "exp": ctx.now + self.config.token_ttl,
        });
        let token = jwt::sign(&self.secret, &claims);
        ctx.auth_token = Some(token.clone());
        token
    }

    fn find_account(&self, data: &serde_json::Map<String, Value>) -> ApiResult<Option<String>> {
        let text = |k: &str| {
            data.get(k)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
        };
        if let Some(name) = text("account_name") {
            let key = edgepbx_store::index::account_name_key(name);
            return Ok(self.store.index_get(IndexName::AccountName, GLOBAL, &key)?);
        }
        if let Some(realm) = text("account_realm") {
            return Ok(self
                .store
                .index_get(IndexName::Realm, GLOBAL, &realm.to_lowercase())?);
        }
        if let Some(number) = text("phone_number") {
            let number = edgepbx_store::numbers::normalize(number);
            for (id, _) in self.store.collection(GLOBAL, "accounts")?.iter() {
                if self.store.get(id, "phone_numbers", &number)?.is_some() {
                    return Ok(Some(id.clone()));
                }
            }
            return Ok(None);
        }
        Err(ApiError::field(
            "account_name",
            "required",
            "give account_name, account_realm or phone_number",
            None,
        ))
    }

    /// `PUT /v2/user_auth`
    pub(crate) fn user_auth(&self, ctx: &mut Ctx) -> ApiResult<Reply> {
        if ctx.method != "PUT" {
            return Err(ApiError::MethodNotAllowed);
        }
        let data = ctx.data_object()?;
        let credentials = match data.get("credentials") {
            Some(Value::String(c)) if !c.is_empty() => c.to_lowercase(),
            Some(other) => {
                return Err(ApiError::field(
                    "credentials",
                    "type",
                    "must be a hex string",
                    Some(("value", other.clone())),
                ));
            }
            None => {
                return Err(ApiError::field(
                    "credentials",
                    "required",
                    "Field is required but missing",
                    None,
                ));
            }
        };
        let sha = data.get("method").and_then(Value::as_str) == Some("sha");
        // Failures count against the account the request names (however it names it).
        let found = self.find_account(&data)?;
        let target = found.clone().unwrap_or_else(|| {
            let given = ["account_name", "account_realm", "phone_number"]
                .iter()
                .find_map(|k| data.get(*k).and_then(Value::as_str))
                .unwrap_or_default();
            format!("unknown:{}", edgepbx_store::index::account_name_key(given))
        });
        self.check_limits(ctx, &target)?;
        let Some(account_id) = found else {
            return Err(self.login_failed(ctx, &target));
        };
        let account = self
            .store
            .get(GLOBAL, "accounts", &account_id)?
            .ok_or(ApiError::Unauthorized("invalid credentials"))?;
        let field = if sha { "pvt_sha1_auth" } else { "pvt_md5_auth" };
        let users = self.store.collection(&account_id, "users")?;
        let user = users.iter().find(|(_, u)| {
            u.get(field)
                .and_then(Value::as_str)
                .is_some_and(|h| same(h, &credentials))
        });
        let Some((user_id, user)) = user else {
            return Err(self.login_failed(ctx, &target));
        };
        if user.get("enabled") == Some(&Value::Bool(false))
            || account.get("enabled") == Some(&Value::Bool(false))
        {
            return Err(self.login_failed(ctx, &target));
        }
        self.limiter().success(ctx.req.peer, &target);
        self.issue_token(ctx, &account_id, Some(user_id), "cb_user_auth");
        Ok(Reply::created(self.session_data(
            &account_id,
            Some(user_id),
            &account,
            Some(user),
        )))
    }

    /// `PUT /v2/api_auth`
    pub(crate) fn api_auth(&self, ctx: &mut Ctx) -> ApiResult<Reply> {
        if ctx.method != "PUT" {
            return Err(ApiError::MethodNotAllowed);
        }
        let data = ctx.data_object()?;
        let key = match data.get("api_key") {
            Some(Value::String(k)) if k.len() == 64 => k.clone(),
            Some(other) => {
                return Err(ApiError::field(
                    "api_key",
                    "minLength",
                    "must be 64 hex characters",
                    Some(("value", other.clone())),
                ));
            }
            None => {
                return Err(ApiError::field(
                    "api_key",
                    "required",
                    "Field is required but missing",
                    None,
                ));
            }
        };
        const TARGET: &str = "api_key";
        self.check_limits(ctx, TARGET)?;
        let accounts = self.store.collection(GLOBAL, "accounts")?;
        let found = accounts.iter().find(|(_, a)| {
            a.get("pvt_api_key")
                .and_then(Value::as_str)
                .is_some_and(|k| same(k, &key))
        });
        let Some((account_id, account)) = found else {
            return Err(self.login_failed(ctx, TARGET));
        };
        if account.get("enabled") == Some(&Value::Bool(false)) {
            return Err(self.login_failed(ctx, TARGET));
        }
        self.issue_token(ctx, account_id, None, "cb_api_auth");
        Ok(Reply::created(
            self.session_data(account_id, None, account, None),
        ))
    }

    /// `POST /v2/auth/tokeninfo` (token in the body) and `GET /v2/user_auth/{token}`.
    pub(crate) fn token_info(&self, ctx: &mut Ctx, token: Option<String>) -> ApiResult<Reply> {
        let token = match token {
            Some(t) => t,
            None => ctx
                .data_object()?
                .get("token")
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| {
                    ApiError::field("token", "required", "Field is required but missing", None)
                })?,
        };
        let session = self.session_for(&token, ctx.now)?;
        let account = self
            .store
            .get(GLOBAL, "accounts", &session.account_id)?
            .ok_or(ApiError::Unauthorized("account gone"))?;
        let user = match &session.owner_id {
            Some(id) => self.store.get(&session.account_id, "users", id)?,
            None => None,
        };
        ctx.auth_token = Some(token);
        Ok(Reply::ok(self.session_data(
            &session.account_id,
            session.owner_id.as_deref(),
            &account,
            user.as_deref(),
        )))
    }

    fn session_data(
        &self,
        account_id: &str,
        owner_id: Option<&str>,
        account: &Value,
        user: Option<&Value>,
    ) -> Value {
        let language = user
            .and_then(|u| u.get("language"))
            .or_else(|| account.get("language"))
            .cloned()
            .unwrap_or(json!("en-US"));
        let mut data = json!({
            "account_id": account_id,
            "account_name": account.get("name").cloned().unwrap_or(Value::Null),
            "reseller_id": account_id,
            "is_reseller": false,
            "language": language,
            "apps": misc::apps_for(user),
            // The UI reads defaults of optional features from here; the voicemail dialogs throw
            // without `voicemail.transcription` (verified against the real Monster UI).
            "capabilities": {"voicemail": {"transcription": {"available": false, "default": false}}},
        });
        if let Some(owner) = owner_id {
            data["owner_id"] = json!(owner);
        }
        data
    }

    /// The session a token stands for, checked against the current account and user.
    pub(crate) fn session_for(&self, token: &str, now: u64) -> ApiResult<Session> {
        let claims = jwt::verify(&self.secret, token, now)
            .ok_or(ApiError::Unauthorized("invalid or expired token"))?;
        let account_id = claims
            .get("account_id")
            .and_then(Value::as_str)
            .ok_or(ApiError::Unauthorized("invalid token"))?;
        let account = self
            .store
            .get(GLOBAL, "accounts", account_id)?
            .ok_or(ApiError::Unauthorized("account no longer exists"))?;
        if account.get("enabled") == Some(&Value::Bool(false)) {
            return Err(ApiError::Unauthorized("account disabled"));
        }
        let owner_id = claims
            .get("owner_id")
            .and_then(Value::as_str)
            .map(str::to_string);
        let admin = match &owner_id {
            None => true, // API keys act for the whole account.
            Some(uid) => {
                let user = self
                    .store
                    .get(account_id, "users", uid)?
                    .ok_or(ApiError::Unauthorized("user no longer exists"))?;
                if user.get("enabled") == Some(&Value::Bool(false)) {
                    return Err(ApiError::Unauthorized("user disabled"));
                }
                user.get("priv_level").and_then(Value::as_str) == Some("admin")
            }
        };
        Ok(Session {
            account_id: account_id.to_string(),
            owner_id,
            admin,
        })
    }

    /// Fills `ctx.session` from the presented token; 401 without a valid one.
    pub(crate) fn authenticate(&self, ctx: &mut Ctx) -> ApiResult<()> {
        let token = ctx
            .presented_token()
            .ok_or(ApiError::Unauthorized("authentication required"))?;
        let session = self.session_for(&token, ctx.now)?;
        ctx.session = Some(session);
        ctx.auth_token = Some(token);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn credentials_use_lower_case_username() {
        assert_eq!(
            super::credentials_hash("Admin", "pw"),
            super::credentials_hash("admin", "pw")
        );
        assert_eq!(
            super::credentials_hash("admin", "pw"),
            "b34e79fd2f71014f063773715e8dfc47"
        );
    }
}
