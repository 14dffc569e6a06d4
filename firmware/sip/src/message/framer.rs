//! Framing SIP on a byte stream (TCP/TLS, RFC 3261 §18.3): messages are delimited by
//! Content-Length, which is mandatory on streams; bare CRLFs between messages are
//! keep-alives (RFC 5626 §4.4.1: a double CRLF "ping" is answered with one CRLF "pong").

use super::parse::{MAX_MESSAGE_BYTES, ParseError, header_end, parse};
use super::{HeaderName, Message};

#[derive(Debug)]
pub enum Frame {
    Message(Message),
    /// A double-CRLF ping: answer with a single CRLF.
    Ping,
    /// A lone CRLF: the pong that answers our ping (never answered itself).
    Pong,
}

#[derive(Default)]
pub struct Framer {
    buf: Vec<u8>,
    /// How far the search for the end of the header block got, so bytes trickling in one
    /// at a time are not rescanned from the start each time (that was quadratic).
    scanned: usize,
}

impl Framer {
    pub fn new() -> Framer {
        Framer::default()
    }

    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete frame, `Ok(None)` when more bytes are needed, or an error after
    /// which the stream must be closed (its framing can no longer be trusted).
    pub fn next_frame(&mut self) -> Result<Option<Frame>, ParseError> {
        let crlfs = self
            .buf
            .iter()
            .take_while(|b| **b == b'\r' || **b == b'\n')
            .count();
        if crlfs > 0 {
            let ping = self.buf[..crlfs].windows(4).any(|w| w == b"\r\n\r\n");
            self.buf.drain(..crlfs);
            self.scanned = 0;
            return Ok(Some(if ping { Frame::Ping } else { Frame::Pong }));
        }
        if self.buf.is_empty() {
            return Ok(None);
        }
        // The end marker is at most 3 bytes long: resume just before where the last search
        // stopped.
        let from = self.scanned.saturating_sub(3);
        let Some(head_len) = header_end(&self.buf[from..]).map(|end| end + from) else {
            self.scanned = self.buf.len();
            if self.buf.len() > MAX_MESSAGE_BYTES {
                return Err(ParseError::bad("Header Block Too Large"));
            }
            return Ok(None);
        };
        self.scanned = head_len;
        let body_len = stream_content_length(&self.buf[..head_len])?;
        let total = head_len.saturating_add(body_len);
        if total > MAX_MESSAGE_BYTES {
            return Err(ParseError {
                status: 413,
                reason: "Message Too Large".into(),
            });
        }
        if self.buf.len() < total {
            return Ok(None);
        }
        let result = parse(&self.buf[..total]);
        self.buf.drain(..total);
        self.scanned = 0;
        result.map(|m| Some(Frame::Message(m)))
    }

    pub fn buffered(&self) -> usize {
        self.buf.len()
    }
}

/// Content-Length from a raw header block, before full parsing.
fn stream_content_length(head: &[u8]) -> Result<usize, ParseError> {
    let text = String::from_utf8_lossy(head);
    for line in text.lines().skip(1) {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        if HeaderName::parse(name.trim()) == HeaderName::ContentLength {
            // The same rule as `parse`: 1 to 9 digits, nothing else (a fuzzer found that
            // `l: 000...18446744073709551615` overflowed the frame length).
            let value = value.trim();
            if value.is_empty() || value.len() > 9 || !value.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ParseError::bad("Malformed Content-Length"));
            }
            return value
                .parse()
                .map_err(|_| ParseError::bad("Malformed Content-Length"));
        }
    }
    Err(ParseError::bad("Missing Content-Length On Stream"))
}
