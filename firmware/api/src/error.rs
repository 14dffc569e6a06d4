//! Crossbar errors: each maps to an HTTP status, KAZOO's `message` and a `data` object.

use edgepbx_store::StoreError;
use serde_json::{Map, Value, json};

#[derive(Debug)]
pub enum ApiError {
    /// 400 validation error; `data` maps a dotted field to `{rule: {message, ...}}`.
    Validation(Map<String, Value>),
    /// 400 for a body or parameter that cannot be used at all.
    BadRequest {
        message: &'static str,
        detail: String,
    },
    Unauthorized(&'static str),
    Forbidden(&'static str),
    NotFound(String),
    MethodNotAllowed,
    Conflict(String),
    PayloadTooLarge,
    UnsupportedMediaType(String),
    TooManyRequests {
        retry_after: u64,
    },
    Internal(String),
    Unavailable(String),
    /// 507: the box has no room to store what was sent.
    InsufficientStorage(String),
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    /// A single-field validation error, as KAZOO reports it.
    pub fn field(
        field: &str,
        rule: &str,
        message: impl Into<String>,
        extra: Option<(&str, Value)>,
    ) -> ApiError {
        let mut detail = Map::new();
        detail.insert("message".into(), Value::String(message.into()));
        if let Some((k, v)) = extra {
            detail.insert(k.into(), v);
        }
        let mut data = Map::new();
        data.insert(field.into(), json!({ rule: detail }));
        ApiError::Validation(data)
    }

    pub fn bad_request(detail: impl Into<String>) -> ApiError {
        ApiError::BadRequest {
            message: "invalid request",
            detail: detail.into(),
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            ApiError::Validation(_) | ApiError::BadRequest { .. } => 400,
            ApiError::Unauthorized(_) => 401,
            ApiError::Forbidden(_) => 403,
            ApiError::NotFound(_) => 404,
            ApiError::MethodNotAllowed => 405,
            ApiError::Conflict(_) => 409,
            ApiError::PayloadTooLarge => 413,
            ApiError::UnsupportedMediaType(_) => 415,
            ApiError::TooManyRequests { .. } => 429,
            ApiError::Internal(_) => 500,
            ApiError::Unavailable(_) => 503,
            ApiError::InsufficientStorage(_) => 507,
        }
    }

    /// `(message, data)` of the error envelope.
    pub fn parts(&self) -> (&'static str, Value) {
        match self {
            ApiError::Validation(data) => ("validation error", Value::Object(data.clone())),
            ApiError::BadRequest { message, detail } => (message, json!({ "message": detail })),
            ApiError::Unauthorized(why) => ("invalid_credentials", json!({ "message": why })),
            ApiError::Forbidden(why) => ("forbidden", json!({ "message": why })),
            ApiError::NotFound(id) => (
                "bad identifier",
                json!({ "message": "bad identifier", "cause": id }),
            ),
            ApiError::MethodNotAllowed => (
                "method not allowed",
                json!({ "message": "method not allowed on this resource" }),
            ),
            ApiError::Conflict(current) => (
                "conflicting documents",
                json!({ "message": "the document was changed since it was read; fetch it again", "current_revision": current }),
            ),
            ApiError::PayloadTooLarge => (
                "request entity too large",
                json!({ "message": "the request body is too large" }),
            ),
            ApiError::UnsupportedMediaType(ct) => (
                "unsupported media type",
                json!({ "message": format!("content type {ct} is not accepted here") }),
            ),
            ApiError::TooManyRequests { retry_after } => (
                "too many requests",
                json!({ "message": format!("too many failed attempts; retry in {retry_after} s") }),
            ),
            ApiError::Internal(e) => ("internal server error", json!({ "message": e })),
            ApiError::Unavailable(e) => ("datastore unavailable", json!({ "message": e })),
            ApiError::InsufficientStorage(e) => ("insufficient storage", json!({ "message": e })),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound => ApiError::NotFound(String::new()),
            StoreError::Conflict { current } => ApiError::Conflict(current),
            // The holder is not named: it may be another account's document.
            StoreError::Unique { field, value, .. } => ApiError::field(
                field,
                "unique",
                format!("{value} is already in use"),
                Some(("cause", Value::String(value))),
            ),
            StoreError::AlreadyExists => ApiError::field(
                "id",
                "unique",
                "a document with this id already exists",
                None,
            ),
            StoreError::Closed => ApiError::Unavailable("the PBX is shutting down".into()),
            StoreError::Io(e) => ApiError::Internal(e),
        }
    }
}
