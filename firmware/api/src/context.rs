//! Per-request state: the effective verb, the parsed envelope, and who is asking.

use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult};
use crate::http::ApiRequest;

/// Who a valid token belongs to, re-read from the store on every request so that disabling a
/// user or demoting an admin takes effect at once.
#[derive(Debug, Clone)]
pub struct Session {
    pub account_id: String,
    pub owner_id: Option<String>,
    pub admin: bool,
}

pub struct Ctx<'a> {
    pub req: &'a ApiRequest,
    pub now: u64,
    /// The verb after tunnelling (`?verb=` or a `verb` in the body of a POST).
    pub method: String,
    pub query: Vec<(String, String)>,
    /// The request body parsed as a JSON envelope; `None` when empty or not JSON (raw uploads).
    envelope: Option<Result<Value, String>>,
    pub session: Option<Session>,
    pub auth_token: Option<String>,
}

impl<'a> Ctx<'a> {
    pub fn new(req: &'a ApiRequest, now: u64) -> Ctx<'a> {
        let query = req.query_pairs();
        let envelope = parse_envelope(req);
        let mut method = req.method.to_ascii_uppercase();
        if method == "POST" {
            let tunnelled = query
                .iter()
                .find(|(k, _)| k == "verb")
                .map(|(_, v)| v.clone())
                .or_else(|| {
                    envelope
                        .as_ref()?
                        .as_ref()
                        .ok()?
                        .get("verb")?
                        .as_str()
                        .map(str::to_string)
                });
            if let Some(v) = tunnelled {
                method = v.to_ascii_uppercase();
            }
        }
        Ctx {
            req,
            now,
            method,
            query,
            envelope,
            session: None,
            auth_token: None,
        }
    }

    /// Now in KAZOO's Gregorian seconds (the unit of `pvt_created`, `timestamp`, ...).
    pub fn gregorian_now(&self) -> u64 {
        self.now + crate::time::GREGORIAN_OFFSET
    }

    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The token from `X-Auth-Token`, `?auth_token=` or the body, in that order.
    pub fn presented_token(&self) -> Option<String> {
        self.req
            .header("x-auth-token")
            .map(str::to_string)
            .or_else(|| self.param("auth_token").map(str::to_string))
            .or_else(|| {
                self.envelope_value()?
                    .get("auth_token")?
                    .as_str()
                    .map(str::to_string)
            })
            .filter(|t| !t.is_empty())
    }

    fn envelope_value(&self) -> Option<&Value> {
        self.envelope.as_ref()?.as_ref().ok()
    }

    /// The whole envelope; a body that is not a JSON object is a 400.
    pub fn envelope(&self) -> ApiResult<&Value> {
        match &self.envelope {
            None => Err(ApiError::field(
                "data",
                "required",
                "the request needs a JSON body {\"data\": {...}}",
                None,
            )),
            Some(Err(e)) => Err(ApiError::BadRequest {
                message: "invalid json",
                detail: e.clone(),
            }),
            Some(Ok(v)) => Ok(v),
        }
    }

    /// `data` of the envelope, which must be an object.
    /// Replaces the request's `data` with one the box built (an action that creates a
    /// document through the ordinary create path, e.g. adopting an unknown phone).
    pub(crate) fn replace_data(&mut self, data: Value) {
        self.envelope = Some(Ok(serde_json::json!({ "data": data })));
    }

    pub fn data_object(&self) -> ApiResult<Map<String, Value>> {
        match self.envelope()?.get("data") {
            Some(Value::Object(m)) => Ok(m.clone()),
            Some(other) => Err(ApiError::field(
                "data",
                "type",
                "Value did not match type(s): object",
                Some(("value", other.clone())),
            )),
            None => Err(ApiError::field(
                "data",
                "required",
                "Field is required but missing",
                None,
            )),
        }
    }

    /// The revision the client based its change on (`If-Match` or `data._rev`).
    pub fn expected_revision(&self) -> Option<String> {
        self.req
            .header("if-match")
            .map(|v| v.trim().trim_matches('"').to_string())
            .or_else(|| {
                self.envelope_value()?
                    .get("data")?
                    .get("_rev")?
                    .as_str()
                    .map(str::to_string)
            })
    }

    pub fn session(&self) -> ApiResult<&Session> {
        self.session
            .as_ref()
            .ok_or(ApiError::Unauthorized("authentication required"))
    }

    pub fn is_admin(&self) -> bool {
        self.session.as_ref().is_some_and(|s| s.admin)
    }

    pub fn require_admin(&self) -> ApiResult<()> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(ApiError::Forbidden("this needs an account administrator"))
        }
    }
}

fn parse_envelope(req: &ApiRequest) -> Option<Result<Value, String>> {
    if req.body.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let content_type = req
        .header("content-type")
        .unwrap_or("application/json")
        .to_ascii_lowercase();
    // Binary uploads (media) are read by their handlers; every other body must be JSON,
    // whatever a client declared (curl's default form type included).
    let binary = content_type.starts_with("audio/")
        || content_type.starts_with("application/x-base64")
        || content_type.starts_with("application/octet-stream")
        || content_type.starts_with("multipart/");
    if binary {
        return None;
    }
    Some(match serde_json::from_slice::<Value>(&req.body) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err("the body must be a JSON object".into()),
        Err(e) => Err(format!("malformed JSON: {e}")),
    })
}
