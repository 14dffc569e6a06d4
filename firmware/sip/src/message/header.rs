//! Header names: the ones the engine reads are an enum (compact forms folded in), the rest
//! are compared case-insensitively by text.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderName {
    Via,
    From,
    To,
    CallId,
    CSeq,
    Contact,
    MaxForwards,
    ContentLength,
    ContentType,
    Authorization,
    ProxyAuthorization,
    WwwAuthenticate,
    ProxyAuthenticate,
    Expires,
    MinExpires,
    Route,
    RecordRoute,
    UserAgent,
    Allow,
    Supported,
    Require,
    ProxyRequire,
    Event,
    ReferTo,
    ReferredBy,
    AlertInfo,
    Other,
}

impl HeaderName {
    /// Classifies a header name as it appears on the wire (any case, compact or long form).
    pub fn parse(name: &str) -> HeaderName {
        use HeaderName::*;
        if name.len() == 1 {
            return match name.as_bytes()[0].to_ascii_lowercase() {
                b'v' => Via,
                b'f' => From,
                b't' => To,
                b'i' => CallId,
                b'm' => Contact,
                b'l' => ContentLength,
                b'c' => ContentType,
                b'k' => Supported,
                b'o' => Event,
                b'r' => ReferTo,
                b'b' => ReferredBy,
                _ => Other,
            };
        }
        // Candidates by length, so a name is compared with at most three others.
        let candidates: &[(&str, HeaderName)] = match name.len() {
            2 => &[("to", To)],
            3 => &[("via", Via)],
            4 => &[("from", From), ("cseq", CSeq)],
            5 => &[("route", Route), ("allow", Allow), ("event", Event)],
            7 => &[
                ("call-id", CallId),
                ("contact", Contact),
                ("expires", Expires),
                ("require", Require),
            ],
            8 => &[("refer-to", ReferTo)],
            9 => &[("supported", Supported)],
            10 => &[("user-agent", UserAgent), ("alert-info", AlertInfo)],
            11 => &[("min-expires", MinExpires), ("referred-by", ReferredBy)],
            12 => &[
                ("max-forwards", MaxForwards),
                ("content-type", ContentType),
                ("record-route", RecordRoute),
            ],
            13 => &[
                ("authorization", Authorization),
                ("proxy-require", ProxyRequire),
            ],
            14 => &[("content-length", ContentLength)],
            16 => &[("www-authenticate", WwwAuthenticate)],
            18 => &[("proxy-authenticate", ProxyAuthenticate)],
            19 => &[("proxy-authorization", ProxyAuthorization)],
            _ => &[],
        };
        candidates
            .iter()
            .find(|(long, _)| long.eq_ignore_ascii_case(name))
            .map_or(Other, |(_, h)| *h)
    }

    /// The canonical long form, used when we write headers.
    pub fn as_str(self) -> &'static str {
        use HeaderName::*;
        match self {
            Via => "Via",
            From => "From",
            To => "To",
            CallId => "Call-ID",
            CSeq => "CSeq",
            Contact => "Contact",
            MaxForwards => "Max-Forwards",
            ContentLength => "Content-Length",
            ContentType => "Content-Type",
            Authorization => "Authorization",
            ProxyAuthorization => "Proxy-Authorization",
            WwwAuthenticate => "WWW-Authenticate",
            ProxyAuthenticate => "Proxy-Authenticate",
            Expires => "Expires",
            MinExpires => "Min-Expires",
            Route => "Route",
            RecordRoute => "Record-Route",
            UserAgent => "User-Agent",
            Allow => "Allow",
            Supported => "Supported",
            Require => "Require",
            ProxyRequire => "Proxy-Require",
            Event => "Event",
            ReferTo => "Refer-To",
            ReferredBy => "Referred-By",
            AlertInfo => "Alert-Info",
            Other => "",
        }
    }

    /// Headers whose values are comma-separated lists that may be split into several lines.
    pub fn is_list(self) -> bool {
        use HeaderName::*;
        matches!(
            self,
            Via | Contact | Route | RecordRoute | Allow | Supported | Require | ProxyRequire
        )
    }
}

/// Splits a list header value at top-level commas (not inside quotes or `<...>`), skipping
/// empty elements.
pub fn split_list(value: &str) -> impl Iterator<Item = &str> {
    split_list_all(value).filter(|s| !s.is_empty())
}

/// Like [`split_list`], but yields empty elements too (trimmed), so a validator can refuse
/// `a,,b` (RFC 4475 "badinv01"). A value that is empty or only LWS yields nothing.
pub fn split_list_all(value: &str) -> impl Iterator<Item = &str> {
    let value = super::trim_lws(value);
    let bytes = value.as_bytes();
    let mut start = 0;
    let mut pos = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut in_quote = false;
        let mut in_angle = false;
        while pos < bytes.len() {
            match bytes[pos] {
                b'\\' if in_quote => pos += 1,
                b'"' => in_quote = !in_quote,
                b'<' if !in_quote => in_angle = true,
                b'>' if !in_quote => in_angle = false,
                b',' if !in_quote && !in_angle => {
                    let item = super::trim_lws(&value[start..pos]);
                    pos += 1;
                    start = pos;
                    return Some(item);
                }
                _ => {}
            }
            pos += 1;
        }
        done = true;
        if value.is_empty() {
            return None;
        }
        Some(super::trim_lws(&value[start.min(value.len())..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_and_long_forms() {
        assert_eq!(HeaderName::parse("v"), HeaderName::Via);
        assert_eq!(HeaderName::parse("VIA"), HeaderName::Via);
        assert_eq!(HeaderName::parse("call-id"), HeaderName::CallId);
        assert_eq!(HeaderName::parse("i"), HeaderName::CallId);
        assert_eq!(HeaderName::parse("X-Custom"), HeaderName::Other);
        // Every variant's canonical name reads back as itself, in any case.
        use HeaderName::*;
        for h in [
            Via,
            From,
            To,
            CallId,
            CSeq,
            Contact,
            MaxForwards,
            ContentLength,
            ContentType,
            Authorization,
            ProxyAuthorization,
            WwwAuthenticate,
            ProxyAuthenticate,
            Expires,
            MinExpires,
            Route,
            RecordRoute,
            UserAgent,
            Allow,
            Supported,
            Require,
            ProxyRequire,
            Event,
            ReferTo,
            ReferredBy,
            AlertInfo,
        ] {
            assert_eq!(HeaderName::parse(h.as_str()), h);
            assert_eq!(HeaderName::parse(&h.as_str().to_ascii_uppercase()), h);
        }
    }

    #[test]
    fn list_split_all_keeps_empty_elements() {
        let v: Vec<_> = split_list_all("a;;, ;,,").collect();
        assert_eq!(v, vec!["a;;", ";", "", ""]);
        assert_eq!(split_list_all("  ").count(), 0);
        let v: Vec<_> = split_list_all("a , b").collect();
        assert_eq!(v, vec!["a", "b"]);
    }

    #[test]
    fn list_split_respects_quotes_and_angles() {
        let v: Vec<_> = split_list(r#""a,b" <sip:x@y;a=1,2>, <sip:z@w> ,"#).collect();
        assert_eq!(v, vec![r#""a,b" <sip:x@y;a=1,2>"#, "<sip:z@w>"]);
    }
}
