//! `/v2/system/update`: the box's signed A/B updates over HTTP, for administrators of the
//! top-level account only (a tenant gets 403). `GET` shows the slots; `PUT` (or `POST`) with
//! the bundle as the raw body installs it. A bundle is far larger than the API's buffered
//! request path takes, so the HTTP server checks the head here (`admit_system_update`), streams
//! the body to the updater itself, and wraps the updater's answer here
//! (`system_update_reply`), in the usual envelope.

use serde_json::Value;

use crate::Api;
use crate::error::ApiError;
use crate::http::{ApiRequest, ApiResponse};

pub const PATH: &str = "/v2/system/update";

/// Why the updater did not install or could not answer.
pub enum UpdateFailure {
    /// The bundle is not acceptable (signature, architecture, hash, truncated): 400.
    Refused(String),
    /// Another update is being written: 409.
    Busy(String),
    /// The data partition has no room to receive the image: 507.
    NoRoom(String),
    /// This box has no A/B system config (a PC install): 503.
    NotAbBox(String),
    /// The box could not do it (device or environment error): 500.
    Failed(String),
}

impl Api {
    /// Checks the head of a `/v2/system/update` request (see [`Api::admit_box_stream`]).
    pub fn admit_system_update(&self, req: &ApiRequest, now: u64) -> Result<(), ApiResponse> {
        self.admit_box_stream(req, now)
    }

    /// The envelope around the updater's answer.
    pub fn system_update_reply(
        &self,
        req: &ApiRequest,
        now: u64,
        outcome: Result<Value, ApiError>,
    ) -> ApiResponse {
        self.box_stream_reply(req, now, outcome)
    }
}

impl From<UpdateFailure> for ApiError {
    fn from(f: UpdateFailure) -> ApiError {
        match f {
            UpdateFailure::Refused(detail) => ApiError::BadRequest {
                message: "update bundle refused",
                detail,
            },
            UpdateFailure::Busy(detail) => ApiError::Conflict(detail),
            UpdateFailure::NoRoom(detail) => ApiError::InsufficientStorage(detail),
            UpdateFailure::NotAbBox(detail) => ApiError::Unavailable(detail),
            UpdateFailure::Failed(detail) => ApiError::Internal(detail),
        }
    }
}
