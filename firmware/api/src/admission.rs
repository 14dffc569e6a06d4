//! What the HTTP server may read of a request, decided from its head alone: nobody gets the
//! box to buffer a large body without a valid token. A token in the head (`X-Auth-Token` or
//! `?auth_token=`) is checked before any body byte is read: an invalid one is a 401 at once, a
//! valid one allows `max_body`. A head without a token (or any request to the login endpoints,
//! whose token is not looked at) may send at most `unauthenticated_body` bytes: enough for a
//! login, or a token carried in a small JSON body as KAZOO allows; a larger declared body is a
//! 401 at the head.

use crate::context::Ctx;
use crate::error::ApiError;
use crate::http::{ApiRequest, ApiResponse};
use crate::{Api, ApiResult};

/// How much body the server may read for a request whose head was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Admission {
    pub max_body: usize,
    /// Whether the head carried a valid token (the limit is then the full `max_body`).
    pub authenticated: bool,
}

/// The endpoints that log in or check a token: they need no token of their own.
fn login_path(req: &ApiRequest) -> bool {
    let segments = req.segments().unwrap_or_default();
    let s: Vec<&str> = segments.iter().map(String::as_str).collect();
    matches!(
        s.as_slice(),
        ["v2", "user_auth"]
            | ["v2", "user_auth", _]
            | ["v2", "api_auth"]
            | ["v2", "auth", "tokeninfo"]
    )
}

impl Api {
    /// Checks a request head (`req.body` is not read yet; `declared` is its Content-Length)
    /// at `now`: the body limit, or the answer to send without reading the body.
    pub fn admit(
        &self,
        req: &ApiRequest,
        declared: Option<usize>,
        now: u64,
    ) -> Result<Admission, ApiResponse> {
        let ctx = Ctx::new(req, now);
        // Logging in ignores any (perhaps stale) token a client still sends.
        let token = if login_path(req) {
            None
        } else {
            ctx.presented_token()
        };
        let admission = match token {
            Some(token) => match self.session_for(&token, now) {
                Ok(_) => Admission {
                    max_body: self.config.max_body,
                    authenticated: true,
                },
                Err(e) => return Err(self.refusal(e, req, now)),
            },
            None => Admission {
                max_body: self.config.unauthenticated_body,
                authenticated: false,
            },
        };
        match declared {
            Some(n) if n > admission.max_body => Err(self.over_limit(admission, req, now)),
            _ => Ok(admission),
        }
    }

    /// The answer to a body longer than `admission` allows: 401 without a token (it would
    /// have been read with one), 413 with one.
    pub fn over_limit(&self, admission: Admission, req: &ApiRequest, now: u64) -> ApiResponse {
        let error = if admission.authenticated || admission.max_body >= self.config.max_body {
            ApiError::PayloadTooLarge
        } else {
            ApiError::Unauthorized("authentication required before a request body this large")
        };
        self.refusal(error, req, now)
    }

    fn refusal(&self, error: ApiError, req: &ApiRequest, now: u64) -> ApiResponse {
        let outcome: ApiResult<crate::Reply> = Err(error);
        let id = self.next_request_id();
        self.envelope(outcome, None, &id, &req.path, now)
            .with_header("connection", "close")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ApiConfig, NoLiveState, bootstrap, credentials_hash};
    use std::sync::Arc;

    fn request(method: &str, path: &str, token: Option<&str>, body: &[u8]) -> ApiRequest {
        let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
        if let Some(t) = token {
            headers.push(("x-auth-token".into(), t.into()));
        }
        ApiRequest {
            method: method.into(),
            path: path.into(),
            query: String::new(),
            headers,
            body: body.to_vec(),
            peer: "127.0.0.1".parse().unwrap(),
        }
    }

    #[test]
    fn the_head_decides_how_much_body_may_be_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = edgepbx_store::Store::open(&dir.path().join("db")).unwrap();
        let api = Api::new(store, ApiConfig::default(), Arc::new(NoLiveState)).unwrap();
        let now = 1_800_000_000;
        let account = bootstrap::first_boot(&api, "office", "office.local", Some("pw"), now)
            .unwrap()
            .unwrap()
            .account_id;
        let login = serde_json::json!({"data": {"credentials": credentials_hash("admin", "pw"), "account_name": "office"}});
        let r = api.handle(
            &request("PUT", "/v2/user_auth", None, login.to_string().as_bytes()),
            now,
        );
        assert_eq!(r.status, 201);
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        let token = v["auth_token"].as_str().unwrap().to_string();
        let users = format!("/v2/accounts/{account}/users");
        let admit = |path: &str, token: Option<&str>, declared: usize| {
            api.admit(&request("PUT", path, token, b""), Some(declared), now)
                .map_err(|r| r.status)
        };
        let small = ApiConfig::default().unauthenticated_body;
        let full = ApiConfig::default().max_body;
        // No token: a small body may come (a token in it, or a login); a big one is a 401.
        assert_eq!(admit(&users, None, 1000).map(|a| a.max_body), Ok(small));
        assert_eq!(admit(&users, None, small + 1), Err(401));
        // A bad token is refused at once; logging in ignores it.
        assert_eq!(admit(&users, Some("bad.token.x"), 10), Err(401));
        assert_eq!(
            admit("/v2/user_auth", Some("bad.token.x"), 1000).map(|a| a.authenticated),
            Ok(false)
        );
        assert_eq!(admit("/v2/user_auth", None, small + 1), Err(401));
        // A good token allows the full size; beyond it, 413.
        assert_eq!(
            admit(&users, Some(&token), full),
            Ok(Admission {
                max_body: full,
                authenticated: true
            })
        );
        assert_eq!(admit(&users, Some(&token), full + 1), Err(413));
    }
}
