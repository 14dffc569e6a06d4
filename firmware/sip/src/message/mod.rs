//! SIP messages: parse ([`parse`]), read (typed accessors parsed lazily from spans), write
//! ([`writer`]), and frame on streams ([`framer`]).

pub mod framer;
pub mod header;
mod name_addr;
pub mod parse;
mod uri;
mod via;
pub mod writer;

pub use header::HeaderName;
pub use name_addr::NameAddr;
pub use parse::{ParseError, parse};
pub use uri::{Uri, unescape};
pub use via::Via;

type Span = (usize, usize);

/// Byte-level helpers for the hot paths: header text is short, and these beat `str::find`'s
/// memchr set-up and `trim_matches`' char decoding on it. The bytes searched for are ASCII,
/// so every index they return is a char boundary.
#[inline]
pub(crate) fn find_byte(s: &str, b: u8) -> Option<usize> {
    s.bytes().position(|x| x == b)
}

#[inline]
pub(crate) fn split_byte(s: &str, b: u8) -> Option<(&str, &str)> {
    find_byte(s, b).map(|i| (&s[..i], &s[i + 1..]))
}

/// Trims SP and HTAB (LWS after unfolding) from both ends.
#[inline]
pub(crate) fn trim_lws(s: &str) -> &str {
    let b = s.as_bytes();
    let (mut start, mut end) = (0, b.len());
    while start < end && matches!(b[start], b' ' | b'\t') {
        start += 1;
    }
    while end > start && matches!(b[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    &s[start..end]
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Invite,
    Ack,
    Bye,
    Cancel,
    Register,
    Options,
    Info,
    Update,
    Prack,
    Subscribe,
    Notify,
    Refer,
    Message,
    Publish,
    Other,
}

impl Method {
    /// Methods are case-sensitive (RFC 3261 §7.1); anything unknown is `Other`.
    pub fn parse(s: &str) -> Method {
        match s {
            "INVITE" => Method::Invite,
            "ACK" => Method::Ack,
            "BYE" => Method::Bye,
            "CANCEL" => Method::Cancel,
            "REGISTER" => Method::Register,
            "OPTIONS" => Method::Options,
            "INFO" => Method::Info,
            "UPDATE" => Method::Update,
            "PRACK" => Method::Prack,
            "SUBSCRIBE" => Method::Subscribe,
            "NOTIFY" => Method::Notify,
            "REFER" => Method::Refer,
            "MESSAGE" => Method::Message,
            "PUBLISH" => Method::Publish,
            _ => Method::Other,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Invite => "INVITE",
            Method::Ack => "ACK",
            Method::Bye => "BYE",
            Method::Cancel => "CANCEL",
            Method::Register => "REGISTER",
            Method::Options => "OPTIONS",
            Method::Info => "INFO",
            Method::Update => "UPDATE",
            Method::Prack => "PRACK",
            Method::Subscribe => "SUBSCRIBE",
            Method::Notify => "NOTIFY",
            Method::Refer => "REFER",
            Method::Message => "MESSAGE",
            Method::Publish => "PUBLISH",
            Method::Other => "",
        }
    }
}

#[derive(Clone, Debug)]
pub enum StartLine {
    Request {
        method: Method,
        method_span: Span,
        uri: Span,
    },
    Response {
        code: u16,
        reason: Span,
    },
}

#[derive(Clone, Debug)]
pub(crate) struct HeaderEntry {
    pub name: HeaderName,
    pub name_span: Span,
    pub value: Span,
}

/// A parsed message. It owns its bytes; every accessor returns slices of them.
#[derive(Clone, Debug)]
pub struct Message {
    buf: Vec<u8>,
    start: StartLine,
    headers: Vec<HeaderEntry>,
    body: std::ops::Range<usize>,
}

impl Message {
    fn text(&self, span: Span) -> &str {
        let bytes = &self.buf[span.0..span.1];
        debug_assert!(std::str::from_utf8(bytes).is_ok());
        // SAFETY: spans are only made in `parse::parse`, from `&str` slices of the header
        // block after it was checked to be UTF-8 (so they start and end on char boundaries),
        // and `buf` is never changed after parsing. Re-validating on every header read cost
        // 6 % of a typed parse.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }

    pub fn is_request(&self) -> bool {
        matches!(self.start, StartLine::Request { .. })
    }

    pub fn method(&self) -> Option<Method> {
        match self.start {
            StartLine::Request { method, .. } => Some(method),
            StartLine::Response { .. } => None,
        }
    }

    /// The request method as written (also for unknown methods); for responses, the CSeq method.
    pub fn method_str(&self) -> &str {
        match self.start {
            StartLine::Request { method_span, .. } => self.text(method_span),
            StartLine::Response { .. } => self.cseq().map_or("", |c| c.method),
        }
    }

    pub fn uri_str(&self) -> &str {
        match self.start {
            StartLine::Request { uri, .. } => self.text(uri),
            StartLine::Response { .. } => "",
        }
    }

    pub fn uri(&self) -> Option<Uri<'_>> {
        Uri::parse(self.uri_str()).ok()
    }

    pub fn status(&self) -> Option<u16> {
        match self.start {
            StartLine::Response { code, .. } => Some(code),
            StartLine::Request { .. } => None,
        }
    }

    pub fn reason(&self) -> &str {
        match self.start {
            StartLine::Response { reason, .. } => self.text(reason),
            StartLine::Request { .. } => "",
        }
    }

    /// The first value of a header.
    pub fn header(&self, name: HeaderName) -> Option<&str> {
        self.header_values(name).next()
    }

    /// Every line of a header, in order (list values are not split; see [`Self::list`]).
    pub fn header_values(&self, name: HeaderName) -> impl Iterator<Item = &str> {
        self.headers
            .iter()
            .filter(move |h| h.name == name)
            .map(|h| self.text(h.value))
    }

    /// Every element of a list header (Via, Contact, Route...), split at top-level commas.
    pub fn list(&self, name: HeaderName) -> impl Iterator<Item = &str> {
        self.header_values(name).flat_map(header::split_list)
    }

    /// A header by its wire name, for headers without an enum variant.
    pub fn header_named(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|h| self.text(h.name_span).eq_ignore_ascii_case(name))
            .map(|h| self.text(h.value))
    }

    /// Every header as (name as written, value), in order.
    pub fn headers(&self) -> impl Iterator<Item = (HeaderName, &str, &str)> {
        self.headers
            .iter()
            .map(|h| (h.name, self.text(h.name_span), self.text(h.value)))
    }

    pub fn body(&self) -> &[u8] {
        &self.buf[self.body.clone()]
    }

    pub fn call_id(&self) -> &str {
        self.header(HeaderName::CallId).unwrap_or("")
    }

    pub fn cseq(&self) -> Option<CSeq<'_>> {
        CSeq::parse(self.header(HeaderName::CSeq)?).ok()
    }

    pub fn from(&self) -> Option<NameAddr<'_>> {
        NameAddr::parse(self.header(HeaderName::From)?).ok()
    }

    pub fn to(&self) -> Option<NameAddr<'_>> {
        NameAddr::parse(self.header(HeaderName::To)?).ok()
    }

    pub fn top_via(&self) -> Option<Via<'_>> {
        Via::parse(self.list(HeaderName::Via).next()?).ok()
    }

    /// Every Via value, top first, each parsed (list lines are split).
    pub fn vias(&self) -> impl Iterator<Item = Result<Via<'_>, &'static str>> {
        self.list(HeaderName::Via).map(Via::parse)
    }

    /// Every element of a name-addr list header (Route, Record-Route, Contact...), parsed.
    pub fn name_addrs(
        &self,
        name: HeaderName,
    ) -> impl Iterator<Item = Result<NameAddr<'_>, &'static str>> {
        self.list(name).map(NameAddr::parse)
    }

    pub fn contacts(&self) -> impl Iterator<Item = NameAddr<'_>> {
        self.list(HeaderName::Contact)
            .filter_map(|c| NameAddr::parse(c).ok())
    }

    pub fn max_forwards(&self) -> Option<u32> {
        self.header(HeaderName::MaxForwards)?.parse().ok()
    }

    pub fn expires(&self) -> Option<u32> {
        self.header(HeaderName::Expires)?.parse().ok()
    }

    /// The whole message as it was parsed (after unfolding and Content-Length trimming).
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf
    }
}

/// Reads every accessor and typed header of a message once (for the fuzz targets and their
/// regression replay): nothing here may panic, whatever the parser accepted. Returns a number
/// derived from what was read so the work cannot be optimised away.
#[doc(hidden)]
pub fn exercise(m: &Message) -> usize {
    let mut n = m.method_str().len() + m.uri_str().len() + m.reason().len() + m.body().len();
    n += usize::from(m.is_request()) + m.method().map_or(0, |x| x.as_str().len());
    n += m.status().map_or(0, usize::from);
    if let Some(u) = m.uri() {
        n += u.user_unescaped().map_or(0, |s| s.len()) + u.host_bare().len();
        n += u.transport().map_or(0, str::len) + u.port.map_or(0, usize::from);
    }
    for na in [m.from(), m.to()].into_iter().flatten() {
        n += na.display_name().len() + na.tag().map_or(0, str::len);
        n += na.uri.user_unescaped().map_or(0, |s| s.len());
    }
    for via in m.vias().flatten() {
        n += via.host_bare().len() + via.branch().map_or(0, str::len);
        n += usize::from(via.is_rfc3261_branch()) + via.param("received").map_or(0, str::len);
    }
    n += m.top_via().map_or(0, |v| v.transport.len());
    for name in [
        HeaderName::Contact,
        HeaderName::Route,
        HeaderName::RecordRoute,
    ] {
        for na in m.name_addrs(name).flatten() {
            n += na.display_name().len() + na.param("expires").map_or(0, str::len);
            n += na.uri.param("lr").map_or(0, str::len) + na.uri.host_bare().len();
        }
    }
    n += m.contacts().count();
    if let Some(c) = m.cseq() {
        n += c.number as usize + c.method.len();
    }
    n += m.max_forwards().unwrap_or(0) as usize + m.expires().unwrap_or(0) as usize;
    n += m.call_id().len() + m.header_named("X-Unknown").map_or(0, str::len);
    for (name, raw, value) in m.headers() {
        n += name.as_str().len() + raw.len() + value.len();
    }
    for name in [
        HeaderName::Allow,
        HeaderName::Supported,
        HeaderName::Require,
    ] {
        n += m.list(name).count();
    }
    let w = writer::Writer::response_to(m, 400, "Bad Request", Some("fz"));
    n + w.finish_empty().len()
}

/// `CSeq: 4711 INVITE`
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CSeq<'a> {
    pub number: u32,
    pub method: &'a str,
}

impl<'a> CSeq<'a> {
    pub fn parse(value: &'a str) -> Result<CSeq<'a>, &'static str> {
        let mut parts = value.split_ascii_whitespace();
        let (Some(number), Some(method), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err("expected 'number method'");
        };
        if !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err("sequence number is not a number");
        }
        // RFC 4475 "scalar02"/"scalarlg": 20-digit values must fail, not wrap.
        if number.trim_start_matches('0').len() > 10 {
            return Err("sequence number too large");
        }
        let number: u64 = number
            .parse()
            .map_err(|_| "sequence number is not a number")?;
        // RFC 3261 §8.1.1.5: less than 2**31.
        if number >= 1 << 31 {
            return Err("sequence number too large");
        }
        if !method
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b))
        {
            return Err("bad method");
        }
        Ok(CSeq {
            number: number as u32,
            method,
        })
    }
}

/// Finds `name` among `;name=value` parameters (case-insensitive name). A flag parameter
/// yields `Some("")`.
pub fn param<'a>(params: &'a str, name: &str) -> Option<&'a str> {
    params_iter(params)
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// Iterates `;a=b;c` style parameters, skipping empty ones; values keep their quotes, and a
/// quoted value may hold `;`. Names and values are trimmed of LWS (`tag = x` is `tag=x`).
pub fn params_iter(params: &str) -> impl Iterator<Item = (&str, &str)> {
    params_iter_all(params).filter(|(n, _)| !n.is_empty())
}

/// Like [`params_iter`], but yields empty parameters (`;;`) as `("", "")`.
pub(crate) fn params_iter_all(params: &str) -> impl Iterator<Item = (&str, &str)> {
    let bytes = params.as_bytes();
    let mut pos = 0;
    let mut done = params.is_empty();
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let start = pos;
        let mut in_quote = false;
        while pos < bytes.len() {
            match bytes[pos] {
                b'\\' if in_quote => pos += 1,
                b'"' => in_quote = !in_quote,
                b';' if !in_quote => break,
                _ => {}
            }
            pos += 1;
        }
        let end = pos.min(bytes.len());
        if pos >= bytes.len() {
            done = true;
        } else {
            pos += 1;
        }
        let p = trim_lws(&params[start..end]);
        Some(match split_byte(p, b'=') {
            Some((n, v)) => (trim_lws(n), trim_lws(v)),
            None => (p, ""),
        })
    })
}

#[cfg(test)]
mod tests;
