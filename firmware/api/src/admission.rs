//! What the HTTP server may read of a request, decided from its head alone: nobody gets the
//! box to buffer a large body without a valid token. A token in the head (`X-Auth-Token` or
//! `?auth_token=`) is checked before any body byte is read: an invalid one is a 401 at once, a
//! valid one allows `max_body`. A head without a token (the login endpoints, or a token carried
//! in a small JSON body as KAZOO allows) may send at most `unauthenticated_body` bytes; a
//! larger declared body is a 401 at the head.

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
        let admission = match ctx.presented_token() {
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
