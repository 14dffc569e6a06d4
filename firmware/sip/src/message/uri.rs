//! SIP/SIPS URIs (RFC 3261 §19.1): `sip:user:password@host:port;params?headers`.
//! Other schemes (tel:, urn:...) are kept as opaque text.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Uri<'a> {
    pub scheme: &'a str,
    /// The user part, still %-escaped (compare with [`Uri::user_unescaped`]).
    pub user: Option<&'a str>,
    pub host: &'a str,
    pub port: Option<u16>,
    /// Everything after the first `;` of the host part, without the leading `;`.
    pub params: &'a str,
    pub headers: &'a str,
    /// For non-SIP schemes, everything after the colon.
    pub opaque: &'a str,
}

impl<'a> Uri<'a> {
    pub fn parse(text: &'a str) -> Result<Uri<'a>, &'static str> {
        let text = super::trim_lws(text);
        let (scheme, rest) = super::split_byte(text, b':').ok_or("no scheme")?;
        if scheme.is_empty()
            || !scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
        {
            return Err("bad scheme");
        }
        if !scheme.eq_ignore_ascii_case("sip") && !scheme.eq_ignore_ascii_case("sips") {
            if rest.is_empty() || rest.contains([' ', '\t', '<', '>']) {
                return Err("bad URI");
            }
            return Ok(Uri {
                scheme,
                user: None,
                host: "",
                port: None,
                params: "",
                headers: "",
                opaque: rest,
            });
        }
        if rest
            .bytes()
            .any(|b| b <= b' ' || b == b'"' || b == b'<' || b == b'>' || b >= 0x7f)
        {
            return Err("unescaped character in URI");
        }
        // '@' appears unescaped only as the end of the userinfo (user, password, params and
        // headers cannot carry it), so the first one splits. The user part may itself hold
        // ';', '?' and ':' (RFC 4475 "semiuri", "intmeth").
        let (user, after_user) = match super::find_byte(rest, b'@') {
            Some(at) => (Some(&rest[..at]), &rest[at + 1..]),
            None => (None, rest),
        };
        if let Some(user) = user {
            let name = super::split_byte(user, b':').map_or(user, |(u, _)| u);
            if name.is_empty() {
                return Err("empty user part");
            }
            check_escapes(user)?;
        }
        let (hostport_params, headers) =
            super::split_byte(after_user, b'?').unwrap_or((after_user, ""));
        let (hostport, params) =
            super::split_byte(hostport_params, b';').unwrap_or((hostport_params, ""));
        let (host, port) = split_host_port(hostport)?;
        if host.is_empty() {
            return Err("empty host");
        }
        if let Some(v6) = host.strip_prefix('[') {
            let v6 = v6.strip_suffix(']').ok_or("bad IPv6 reference")?;
            if !is_ipv6ish(v6) {
                return Err("bad IPv6 reference");
            }
        } else if !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        {
            return Err("bad host");
        }
        check_params(params)?;
        check_escapes(headers)?;
        Ok(Uri {
            scheme,
            user,
            host,
            port,
            params,
            headers,
            opaque: "",
        })
    }

    pub fn is_sip(&self) -> bool {
        !self.host.is_empty()
    }

    pub fn param(&self, name: &str) -> Option<&'a str> {
        super::param(self.params, name)
    }

    /// The user part without a password, %-unescaped.
    pub fn user_unescaped(&self) -> Option<String> {
        let user = self.user?;
        let user = user.split_once(':').map_or(user, |(u, _)| u);
        Some(unescape(user))
    }

    /// The host without IPv6 brackets.
    pub fn host_bare(&self) -> &'a str {
        self.host.trim_start_matches('[').trim_end_matches(']')
    }

    pub fn transport(&self) -> Option<&'a str> {
        self.param("transport")
    }
}

fn split_host_port(hostport: &str) -> Result<(&str, Option<u16>), &'static str> {
    if hostport.starts_with('[') {
        let close = hostport.find(']').ok_or("unclosed IPv6 reference")?;
        let host = &hostport[..=close];
        let rest = &hostport[close + 1..];
        return match rest.strip_prefix(':') {
            Some(port) => Ok((host, Some(port.parse().map_err(|_| "bad port")?))),
            None if rest.is_empty() => Ok((host, None)),
            None => Err("bad host"),
        };
    }
    match hostport.rsplit_once(':') {
        Some((host, port)) => Ok((host, Some(port.parse().map_err(|_| "bad port")?))),
        None => Ok((hostport, None)),
    }
}

/// The inside of `[...]`: hex digits and colons, with an optional dotted IPv4 tail. Lenient
/// on the number of colons (RFC 5118 §4.10 asks to tolerate `2001:db8:::192.0.2.1`).
pub(crate) fn is_ipv6ish(s: &str) -> bool {
    s.len() >= 2
        && s.len() <= 45
        && s.contains(':')
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
}

/// URI parameters: `;`-separated, none empty, names and values without raw separators.
fn check_params(params: &str) -> Result<(), &'static str> {
    if params.is_empty() {
        return Ok(());
    }
    for p in params.split(';') {
        let name = p.split_once('=').map_or(p, |(n, _)| n);
        if name.is_empty() {
            return Err("empty URI parameter");
        }
    }
    check_escapes(params)
}

fn check_escapes(s: &str) -> Result<(), &'static str> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            if i + 2 >= b.len() || !(b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit()) {
                return Err("bad %-escape");
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    Ok(())
}

/// %-unescapes; invalid escapes are kept as written.
pub fn unescape(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_uri() {
        let u = Uri::parse("sip:alice:pw@example.com:5070;transport=tcp;lr?subject=x").unwrap();
        assert_eq!(u.user, Some("alice:pw"));
        assert_eq!(u.user_unescaped().as_deref(), Some("alice"));
        assert_eq!(u.host, "example.com");
        assert_eq!(u.port, Some(5070));
        assert_eq!(u.transport(), Some("tcp"));
        assert_eq!(u.param("lr"), Some(""));
        assert_eq!(u.headers, "subject=x");
    }

    #[test]
    fn ipv6_and_escapes() {
        let u = Uri::parse("sip:%61lice@[2001:db8::10]:5060").unwrap();
        assert_eq!(u.host_bare(), "2001:db8::10");
        assert_eq!(u.port, Some(5060));
        assert_eq!(u.user_unescaped().as_deref(), Some("alice"));
        assert!(Uri::parse("sip:a%zz@h").is_err());
        assert!(Uri::parse("sip:a b@h").is_err());
        assert!(Uri::parse("sip:@h").is_err());
        assert!(Uri::parse("sip:h:99999").is_err());
        assert!(Uri::parse("sip:[2001:db8::zz]").is_err());
        assert!(Uri::parse("sip:[2001:db8::1").is_err());
        assert!(Uri::parse("sip:2001:db8::10").is_err());
        assert!(Uri::parse("sip:a@h;;lr").is_err());
        let u = Uri::parse("sip:[2001:db8:::192.0.2.1]").unwrap();
        assert_eq!(u.host_bare(), "2001:db8:::192.0.2.1");
    }

    #[test]
    fn user_part_may_hold_question_mark_semicolon_and_colon() {
        // RFC 4475 "intmeth": '?' and ';' in the user part are not headers or params.
        let u = Uri::parse("sip:a?,/;;*:&pw=1@example.com;lr?h=v").unwrap();
        assert_eq!(u.user, Some("a?,/;;*:&pw=1"));
        assert_eq!(u.user_unescaped().as_deref(), Some("a?,/;;*"));
        assert_eq!(u.host, "example.com");
        assert_eq!(u.params, "lr");
        assert_eq!(u.headers, "h=v");
        // RFC 4475 "semiuri"
        let u = Uri::parse("sip:user;par=u%40example.net@example.com").unwrap();
        assert_eq!(u.user, Some("user;par=u%40example.net"));
        assert_eq!(u.params, "");
        // Headers without a user part.
        let u = Uri::parse("sip:example.com?Route=%3Csip:x%3E").unwrap();
        assert_eq!((u.host, u.headers), ("example.com", "Route=%3Csip:x%3E"));
    }

    #[test]
    fn other_schemes_are_opaque() {
        let u = Uri::parse("tel:+15551234").unwrap();
        assert!(!u.is_sip());
        assert_eq!(u.opaque, "+15551234");
    }
}
