//! Box-wide endpoints whose bodies the HTTP server streams itself instead of buffering them
//! for `Api::handle` (`/v2/system/update`, `/v2/system/backup`): the head is checked here
//! before any body byte is read (a valid token of an administrator of the top-level account,
//! and GET, PUT or POST), and the streamed work's answer is wrapped here, in the usual
//! envelope. A refusal closes the connection, so an unread body is never waited for.

use serde_json::Value;

use crate::context::Ctx;
use crate::error::ApiError;
use crate::http::{ApiRequest, ApiResponse};
use crate::{Api, Reply};

impl Api {
    /// Checks the head of a streamed box-wide request.
    pub fn admit_box_stream(&self, req: &ApiRequest, now: u64) -> Result<(), ApiResponse> {
        let mut ctx = Ctx::new(req, now);
        let checked = self.authenticate(&mut ctx).and_then(|()| {
            crate::access::require_box_admin(self, &ctx)?;
            match req.method.as_str() {
                "GET" | "PUT" | "POST" => Ok(()),
                _ => Err(ApiError::MethodNotAllowed),
            }
        });
        checked.map_err(|e| {
            self.box_stream_reply(req, now, Err(e))
                .with_header("connection", "close")
        })
    }

    /// The envelope around a streamed request's answer.
    pub fn box_stream_reply(
        &self,
        req: &ApiRequest,
        now: u64,
        outcome: Result<Value, ApiError>,
    ) -> ApiResponse {
        let id = self.next_request_id();
        let token = Ctx::new(req, now).presented_token();
        self.envelope(outcome.map(Reply::ok), token, &id, &req.path, now)
    }
}
