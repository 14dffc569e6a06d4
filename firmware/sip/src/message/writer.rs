//! Writing messages: start line, headers in the order given, Content-Length last.

use std::fmt::Write as _;

use super::{HeaderName, Message};

pub struct Writer {
    buf: String,
}

impl Writer {
    pub fn request(method: &str, uri: &str) -> Writer {
        let mut buf = String::with_capacity(512);
        let _ = write!(buf, "{method} {uri} SIP/2.0\r\n");
        Writer { buf }
    }

    pub fn response(code: u16, reason: &str) -> Writer {
        let mut buf = String::with_capacity(512);
        let _ = write!(buf, "SIP/2.0 {code} {}\r\n", sanitize(reason));
        Writer { buf }
    }

    /// A response to `request` with its Via, From, To, Call-ID and CSeq copied (RFC 3261
    /// §8.2.6.2). `to_tag` is added to To unless it already has a tag.
    pub fn response_to(request: &Message, code: u16, reason: &str, to_tag: Option<&str>) -> Writer {
        let mut w = Writer::response(code, reason);
        for via in request.header_values(HeaderName::Via) {
            w.header("Via", via);
        }
        if let Some(from) = request.header(HeaderName::From) {
            w.header("From", from);
        }
        if let Some(to) = request.header(HeaderName::To) {
            match to_tag {
                Some(tag) if request.to().and_then(|t| t.tag()).is_none() && code != 100 => {
                    w.header("To", format_args!("{to};tag={tag}"))
                }
                _ => w.header("To", to),
            };
        }
        w.header("Call-ID", request.call_id());
        if let Some(cseq) = request.header(HeaderName::CSeq) {
            w.header("CSeq", cseq);
        }
        w
    }

    pub fn header(&mut self, name: &str, value: impl std::fmt::Display) -> &mut Self {
        let _ = write!(self.buf, "{name}: {value}\r\n");
        self
    }

    pub fn finish(mut self, content_type: Option<&str>, body: &[u8]) -> Vec<u8> {
        if let Some(ct) = content_type.filter(|_| !body.is_empty()) {
            let _ = write!(self.buf, "Content-Type: {ct}\r\n");
        }
        let _ = write!(self.buf, "Content-Length: {}\r\n\r\n", body.len());
        let mut out = self.buf.into_bytes();
        out.extend_from_slice(body);
        out
    }

    pub fn finish_empty(self) -> Vec<u8> {
        self.finish(None, &[])
    }
}

/// Reason phrases must not break the status line.
fn sanitize(reason: &str) -> std::borrow::Cow<'_, str> {
    if reason.contains(['\r', '\n']) {
        reason.replace(['\r', '\n'], " ").into()
    } else {
        reason.into()
    }
}

/// The standard reason phrase for a status code.
pub fn reason_phrase(code: u16) -> &'static str {
    match code {
        100 => "Trying",
        180 => "Ringing",
        181 => "Call Is Being Forwarded",
        182 => "Queued",
        183 => "Session Progress",
        200 => "OK",
        202 => "Accepted",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Moved Temporarily",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        410 => "Gone",
        413 => "Request Entity Too Large",
        415 => "Unsupported Media Type",
        416 => "Unsupported URI Scheme",
        420 => "Bad Extension",
        423 => "Interval Too Brief",
        480 => "Temporarily Unavailable",
        481 => "Call/Transaction Does Not Exist",
        482 => "Loop Detected",
        483 => "Too Many Hops",
        484 => "Address Incomplete",
        486 => "Busy Here",
        487 => "Request Terminated",
        488 => "Not Acceptable Here",
        491 => "Request Pending",
        500 => "Server Internal Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        504 => "Server Time-out",
        505 => "Version Not Supported",
        600 => "Busy Everywhere",
        603 => "Decline",
        604 => "Does Not Exist Anywhere",
        606 => "Not Acceptable",
        _ => "Unknown",
    }
}
