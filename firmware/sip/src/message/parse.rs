//! The message parser: one datagram (or one framed stream message) in, a [`Message`] with
//! byte spans out. Header values are unfolded in place so later reads are plain `&str`
//! slices with no copying. Every structural fault becomes a [`ParseError`] whose text is
//! the reason phrase of the 400 we answer with.

use super::header::HeaderName;
use super::{HeaderEntry, Message, Method, StartLine};

/// Largest message we accept (the largest UDP datagram; TCP streams use the same bound).
pub const MAX_MESSAGE_BYTES: usize = 65_535;
/// Most header lines in one message.
pub const MAX_HEADERS: usize = 128;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 400 for malformed messages, 505 for an unsupported version, 413 for oversize.
    pub status: u16,
    pub reason: String,
}

impl ParseError {
    pub fn bad(reason: impl Into<String>) -> ParseError {
        ParseError {
            status: 400,
            reason: reason.into(),
        }
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status, self.reason)
    }
}

/// The index of the next LF at or after `from`, eight bytes at a time (SWAR: a word has a
/// zero byte where `w ^ 0x0a..` does).
pub(crate) fn find_lf(buf: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const LFS: u64 = 0x0a0a_0a0a_0a0a_0a0a;
    let mut i = from;
    while let Some(chunk) = buf.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) ^ LFS;
        let zero = w.wrapping_sub(ONES) & !w & HIGHS;
        if zero != 0 {
            return Some(i + (zero.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    buf.get(i..)?
        .iter()
        .position(|&b| b == b'\n')
        .map(|p| i + p)
}

/// Where the header block ends: the index just past the blank line, or None if incomplete.
pub fn header_end(buf: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(lf) = find_lf(buf, from) {
        // "\n\n" or "\n\r\n" ends the headers.
        match buf.get(lf + 1) {
            Some(b'\n') => return Some(lf + 2),
            Some(b'\r') if buf.get(lf + 2) == Some(&b'\n') => return Some(lf + 3),
            _ => from = lf + 1,
        }
    }
    None
}

/// Parses one complete message. For datagrams, bytes beyond Content-Length are discarded
/// (RFC 3261 §18.3); a Content-Length larger than what arrived is an error.
pub fn parse(bytes: &[u8]) -> Result<Message, ParseError> {
    if bytes.len() > MAX_MESSAGE_BYTES {
        return Err(ParseError {
            status: 413,
            reason: "Message Too Large".into(),
        });
    }
    // Leading CRLFs are keep-alives or padding (RFC 3261 §7.5).
    let lead = bytes
        .iter()
        .take_while(|b| **b == b'\r' || **b == b'\n')
        .count();
    let bytes = &bytes[lead..];
    let head_len = match header_end(bytes) {
        Some(end) => end,
        // A datagram is complete by definition: one that ends right after a header line
        // has only lost its empty line (RFC 4475 "baddn" is such a file). Read it as a
        // message without a body, so its real faults are the ones reported.
        None if bytes.ends_with(b"\n") => bytes.len(),
        None => return Err(ParseError::bad("Incomplete Header Block")),
    };
    let mut buf = bytes.to_vec();
    unfold(&mut buf[..head_len]);
    let head = std::str::from_utf8(&buf[..head_len])
        .map_err(|_| ParseError::bad("Invalid UTF-8 In Headers"))?;

    let mut lines = LineIter { text: head, pos: 0 };
    let (first, _) = lines
        .next()
        .ok_or_else(|| ParseError::bad("Empty Message"))?;
    let start = parse_start_line(first, 0)?;

    let mut headers = Vec::with_capacity(16);
    for (line, offset) in lines {
        if super::trim_lws(line).is_empty() {
            break;
        }
        if headers.len() == MAX_HEADERS {
            return Err(ParseError::bad("Too Many Headers"));
        }
        headers.push(parse_header_line(line, offset)?);
    }

    let mut message = Message {
        buf,
        start,
        headers,
        body: head_len..head_len,
    };
    let available = message.buf.len() - head_len;
    let body_len = match content_length(&message)? {
        Some(len) if len > available => {
            return Err(ParseError::bad("Content-Length Larger Than Message"));
        }
        Some(len) => len,
        None => available,
    };
    message.body = head_len..head_len + body_len;
    message.buf.truncate(head_len + body_len);
    check_required(&message)?;
    Ok(message)
}

/// Replaces folding (CRLF or LF followed by SP/HT) with spaces, so a folded value reads as
/// one line. Whitespace runs are equivalent to one SP in SIP (LWS), so this keeps meaning.
fn unfold(head: &mut [u8]) {
    let mut from = 0;
    while let Some(lf) = find_lf(head, from) {
        if matches!(head.get(lf + 1), Some(b' ' | b'\t')) {
            head[lf] = b' ';
            if lf > 0 && head[lf - 1] == b'\r' {
                head[lf - 1] = b' ';
            }
        }
        from = lf + 1;
    }
}

struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for LineIter<'a> {
    /// A line without its terminator, and its byte offset in the buffer.
    type Item = (&'a str, usize);
    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let (line, next) = match find_lf(self.text.as_bytes(), start) {
            Some(lf) => (&self.text[start..lf], lf + 1),
            None => (&self.text[start..], self.text.len()),
        };
        self.pos = next;
        Some((line.strip_suffix('\r').unwrap_or(line), start))
    }
}

fn is_token_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b)
}

fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_token_char)
}

fn parse_start_line(line: &str, offset: usize) -> Result<StartLine, ParseError> {
    if let Some(rest) = line
        .strip_prefix("SIP/")
        .or_else(|| line.strip_prefix("sip/"))
    {
        let (version, rest) = rest
            .split_once(' ')
            .ok_or_else(|| ParseError::bad("Malformed Status Line"))?;
        check_version(version)?;
        let (code, reason) = rest.split_once(' ').unwrap_or((rest, ""));
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseError::bad("Malformed Status Code"));
        }
        let code: u16 = code
            .parse()
            .map_err(|_| ParseError::bad("Malformed Status Code"))?;
        if !(100..=699).contains(&code) {
            return Err(ParseError::bad("Status Code Out Of Range"));
        }
        let reason_start = offset + line.len() - reason.len();
        return Ok(StartLine::Response {
            code,
            reason: (reason_start, reason_start + reason.len()),
        });
    }
    // Request-Line: Method SP Request-URI SP SIP-Version, single spaces only (RFC 3261 §7.1;
    // RFC 4475 "lwsstart", "trws", "lwsruri").
    if line.ends_with([' ', '\t']) {
        return Err(ParseError::bad("Trailing Whitespace In Request-Line"));
    }
    if line.contains("  ") || line.contains('\t') || line.starts_with(' ') {
        return Err(ParseError::bad("Extra Whitespace In Request-Line"));
    }
    let mut parts = line.split(' ');
    let (Some(method), Some(uri), Some(version)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(ParseError::bad("Malformed Request-Line"));
    };
    if parts.next().is_some() {
        return Err(ParseError::bad("Whitespace In Request-URI"));
    }
    if !is_token(method) {
        return Err(ParseError::bad("Malformed Method"));
    }
    let version = version
        .strip_prefix("SIP/")
        .or_else(|| version.strip_prefix("sip/"))
        .ok_or_else(|| ParseError::bad("Malformed SIP Version"))?;
    check_version(version)?;
    if uri.starts_with('<') {
        // RFC 4475 "ltgtruri".
        return Err(ParseError::bad("Malformed Request-URI: enclosed in <>"));
    }
    if uri.is_empty() || !uri.contains(':') {
        return Err(ParseError::bad("Malformed Request-URI"));
    }
    let scheme = &uri[..uri.find(':').unwrap_or(0)];
    if scheme.is_empty()
        || !scheme.as_bytes()[0].is_ascii_alphabetic()
        || !scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
    {
        return Err(ParseError::bad("Malformed Request-URI Scheme"));
    }
    if scheme.eq_ignore_ascii_case("sip") || scheme.eq_ignore_ascii_case("sips") {
        let parsed = super::uri::Uri::parse(uri)
            .map_err(|e| ParseError::bad(format!("Malformed Request-URI: {e}")))?;
        // RFC 3261 §19.1.1: headers are not allowed in a Request-URI (RFC 4475 "escruri").
        if !parsed.headers.is_empty() {
            return Err(ParseError::bad("Request-URI Must Not Contain Headers"));
        }
    } else if uri.contains(['"', '<', '>']) || uri.bytes().any(|b| b < 0x21 || b == 0x7f) {
        return Err(ParseError::bad("Malformed Request-URI"));
    }
    let uri_start = offset + method.len() + 1;
    Ok(StartLine::Request {
        method: Method::parse(method),
        method_span: (offset, offset + method.len()),
        uri: (uri_start, uri_start + uri.len()),
    })
}

fn check_version(version: &str) -> Result<(), ParseError> {
    if version == "2.0" {
        Ok(())
    } else {
        Err(ParseError {
            status: 505,
            reason: "Version Not Supported".into(),
        })
    }
}

fn parse_header_line(line: &str, offset: usize) -> Result<HeaderEntry, ParseError> {
    let colon = line
        .bytes()
        .position(|b| b == b':')
        .ok_or_else(|| ParseError::bad("Header Line Without Colon"))?;
    let name = super::trim_lws(&line[..colon]);
    if !is_token(name) {
        return Err(ParseError::bad(format!(
            "Malformed Header Name '{}'",
            truncate(name)
        )));
    }
    let raw_value = &line[colon + 1..];
    let value = super::trim_lws(raw_value);
    let lead = raw_value
        .bytes()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    let value_start = offset + colon + 1 + lead;
    Ok(HeaderEntry {
        name: HeaderName::parse(name),
        name_span: (offset, offset + name.len()),
        value: (value_start, value_start + value.len()),
    })
}

fn truncate(s: &str) -> &str {
    let mut end = s.len().min(32);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Content-Length, checked: digits only, every copy the same.
fn content_length(message: &Message) -> Result<Option<usize>, ParseError> {
    let mut found: Option<usize> = None;
    for value in message.header_values(HeaderName::ContentLength) {
        if value.is_empty() || value.len() > 9 || !value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseError::bad("Malformed Content-Length"));
        }
        let len: usize = value
            .parse()
            .map_err(|_| ParseError::bad("Malformed Content-Length"))?;
        if found.is_some_and(|f| f != len) {
            return Err(ParseError::bad("Conflicting Content-Length Headers"));
        }
        found = Some(len);
    }
    Ok(found)
}

/// The headers every request and response must carry, each in a usable shape (RFC 3261 §8.1.1).
fn check_required(message: &Message) -> Result<(), ParseError> {
    let single = |name: HeaderName, label: &str| -> Result<&str, ParseError> {
        let mut values = message.header_values(name);
        let first = values
            .next()
            .ok_or_else(|| ParseError::bad(format!("Missing {label} Header")))?;
        if values.next().is_some() {
            return Err(ParseError::bad(format!("Multiple {label} Headers")));
        }
        Ok(first)
    };
    let call_id = single(HeaderName::CallId, "Call-ID")?;
    if call_id.is_empty() || call_id.contains([' ', '\t']) {
        return Err(ParseError::bad("Malformed Call-ID"));
    }
    let from = single(HeaderName::From, "From")?;
    super::NameAddr::parse(from).map_err(|e| ParseError::bad(format!("Malformed From: {e}")))?;
    let to = single(HeaderName::To, "To")?;
    super::NameAddr::parse(to).map_err(|e| ParseError::bad(format!("Malformed To: {e}")))?;
    let cseq = single(HeaderName::CSeq, "CSeq")?;
    let cseq =
        super::CSeq::parse(cseq).map_err(|e| ParseError::bad(format!("Malformed CSeq: {e}")))?;
    if let StartLine::Request { .. } = message.start {
        if cseq.method != message.method_str() {
            return Err(ParseError::bad("CSeq Method Does Not Match Request"));
        }
        if let Some(mf) = message.header(HeaderName::MaxForwards) {
            // 1*DIGIT, 0-255 (RFC 3261 §20.22); leading zeros are legal (RFC 4475 "wsinv").
            if mf.is_empty() || !mf.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ParseError::bad("Malformed Max-Forwards"));
            }
            let digits = mf.trim_start_matches('0');
            if digits.len() > 3 || digits.parse::<u16>().unwrap_or(0) > 255 {
                return Err(ParseError::bad("Max-Forwards Out Of Range"));
            }
        }
        if let Some(expires) = message.header(HeaderName::Expires)
            && !expires.bytes().all(|b| b.is_ascii_digit())
        {
            // RFC 3261 allows only delta-seconds here; RFC 4475 "baddate" must be refused.
            return Err(ParseError::bad("Malformed Expires"));
        }
    }
    let mut vias = 0;
    for via in message.header_values(HeaderName::Via) {
        for one in super::header::split_list_all(via) {
            if one.is_empty() {
                return Err(ParseError::bad("Malformed Via: empty list element"));
            }
            super::Via::parse(one).map_err(|e| ParseError::bad(format!("Malformed Via: {e}")))?;
            vias += 1;
        }
    }
    if vias == 0 {
        return Err(ParseError::bad("Missing Via Header"));
    }
    for contact in message.header_values(HeaderName::Contact) {
        if contact.trim() == "*" {
            continue;
        }
        for one in super::header::split_list_all(contact) {
            if one.is_empty() {
                return Err(ParseError::bad("Malformed Contact: empty list element"));
            }
            super::NameAddr::parse(one)
                .map_err(|e| ParseError::bad(format!("Malformed Contact: {e}")))?;
        }
    }
    // Date is rfc1123-date in GMT (RFC 3261 §20.17; RFC 4475 "baddate").
    for h in &message.headers {
        if h.name == HeaderName::Other
            && message.text(h.name_span).eq_ignore_ascii_case("date")
            && !is_sip_date(message.text(h.value))
        {
            return Err(ParseError::bad("Malformed Date"));
        }
    }
    Ok(())
}

/// `Sat, 13 Nov 2010 23:29:00 GMT` (RFC 3261 §25.1 SIP-date, RFC 2616 rfc1123-date).
fn is_sip_date(value: &str) -> bool {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 29
        && value.is_char_boundary(3)
        && DAYS.contains(&&value[..3])
        && &b[3..5] == b", "
        && digits(5..7)
        && b[7] == b' '
        && MONTHS.iter().any(|m| m.as_bytes() == &b[8..11])
        && b[11] == b' '
        && digits(12..16)
        && b[16] == b' '
        && digits(17..19)
        && b[19] == b':'
        && digits(20..22)
        && b[22] == b':'
        && digits(23..25)
        && &b[25..] == b" GMT"
}

#[cfg(test)]
mod scan_tests {
    use super::*;

    #[test]
    fn find_lf_matches_a_plain_search() {
        let text = b"abcdefghij\nklmnopqrstuvwxyz0123456789\n\n x\n";
        for from in 0..text.len() + 2 {
            let want = text
                .iter()
                .enumerate()
                .skip(from)
                .find(|(_, b)| **b == b'\n')
                .map(|(i, _)| i);
            assert_eq!(find_lf(text, from), want, "from {from}");
        }
        assert_eq!(find_lf(&[0x8a; 20], 0), None);
        assert_eq!(find_lf(&[0x0b; 20], 0), None);
    }

    #[test]
    fn header_end_and_unfold() {
        assert_eq!(header_end(b"A\r\nB: c\r\n\r\nbody"), Some(11));
        assert_eq!(header_end(b"A\nB: c\n\nbody"), Some(8));
        assert_eq!(header_end(b"A\r\nB: c\r\n"), None);
        let mut head = *b"A: b\r\n c\n\td\r\nE: f\r\n\r\n";
        unfold(&mut head);
        assert_eq!(&head, b"A: b   c \td\r\nE: f\r\n\r\n");
    }
}
