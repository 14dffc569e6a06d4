//! From/To/Contact/Route values: `"Display" <uri>;tag=x` or a bare `uri;tag=x`.

use super::Uri;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameAddr<'a> {
    /// The display name as written (quotes kept; see [`NameAddr::display_name`]).
    pub display: &'a str,
    pub uri: Uri<'a>,
    pub uri_text: &'a str,
    /// Header parameters after the address, without the leading `;`.
    pub params: &'a str,
}

impl<'a> NameAddr<'a> {
    pub fn parse(value: &'a str) -> Result<NameAddr<'a>, &'static str> {
        let value = super::trim_lws(value);
        let (display, uri_text, params) = if let Some(open) = find_laquot(value)? {
            let display = super::trim_lws(&value[..open]);
            check_display(display)?;
            let close = super::find_byte(&value[open..], b'>').ok_or("missing '>'")? + open;
            let after = super::trim_lws(&value[close + 1..]);
            let params = match after.strip_prefix(';') {
                Some(p) => {
                    check_header_params(p)?;
                    p
                }
                None if after.is_empty() => "",
                None => return Err("text after '>'"),
            };
            let inner = &value[open + 1..close];
            // LAQUOT addr-spec RAQUOT: no LWS inside (RFC 4475 "badaspec").
            if inner.starts_with(LWS) || inner.ends_with(LWS) {
                return Err("spaces inside <addr-spec>");
            }
            (display, inner, params)
        } else {
            // addr-spec form: parameters belong to the header, and the URI can have no
            // '?', ',' or ';' of its own (RFC 3261 §20; RFC 4475 "regbadct"). LWS may come
            // before the ';' (RFC 4475 "wsinv").
            let (uri, params) = match super::split_byte(value, b';') {
                Some((u, p)) => {
                    check_header_params(p)?;
                    (super::trim_lws(u), p)
                }
                None => (value, ""),
            };
            if uri.contains(LWS) || uri.contains('"') {
                return Err("display name without <uri>");
            }
            if uri.contains(['?', ',']) {
                return Err("URI with '?' or ',' must be enclosed in <>");
            }
            ("", uri, params)
        };
        let uri = Uri::parse(uri_text)?;
        if !uri.is_sip() && uri.opaque.is_empty() {
            return Err("empty URI");
        }
        Ok(NameAddr {
            display,
            uri,
            uri_text,
            params,
        })
    }

    pub fn param(&self, name: &str) -> Option<&'a str> {
        super::param(self.params, name)
    }

    pub fn tag(&self) -> Option<&'a str> {
        self.param("tag").filter(|t| !t.is_empty())
    }

    /// The display name without quotes and escapes.
    pub fn display_name(&self) -> String {
        let d = self.display;
        match d.strip_prefix('"').and_then(|d| d.strip_suffix('"')) {
            Some(inner) => {
                let mut out = String::with_capacity(inner.len());
                let mut chars = inner.chars();
                while let Some(c) = chars.next() {
                    if c == '\\' {
                        if let Some(n) = chars.next() {
                            out.push(n);
                        }
                    } else {
                        out.push(c);
                    }
                }
                out
            }
            None => d.to_string(),
        }
    }
}

/// The position of the '<' that opens the address, skipping a quoted display name.
fn find_laquot(value: &str) -> Result<Option<usize>, &'static str> {
    let b = value.as_bytes();
    let mut i = 0;
    let mut in_quote = false;
    while i < b.len() {
        match b[i] {
            b'\\' if in_quote => i += 1,
            b'"' => in_quote = !in_quote,
            b'<' if !in_quote => return Ok(Some(i)),
            _ => {}
        }
        i += 1;
    }
    if in_quote {
        return Err("unterminated quoted display name");
    }
    Ok(None)
}

const LWS: [char; 2] = [' ', '\t'];

fn check_display(display: &str) -> Result<(), &'static str> {
    if display.is_empty() {
        return Ok(());
    }
    if let Some(inner) = display.strip_prefix('"') {
        // quoted-string: the first unescaped '"' must be the last byte.
        let b = inner.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\\' => i += 2,
                b'"' if i + 1 == b.len() => return Ok(()),
                b'"' => return Err("text after the quoted display name"),
                _ => i += 1,
            }
        }
        return Err("unterminated quoted display name");
    }
    // An unquoted display name is a sequence of tokens.
    if display
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b" \t-.!%*_+`'~".contains(&b) || b >= 0x80)
    {
        Ok(())
    } else {
        Err("unquoted display name with special characters")
    }
}

/// Header parameters after a `;` (`tag=x;expires=60;+sip.instance="<urn:...>"`): none empty
/// (RFC 4475 "badinv01"), each a token name with an optional token, host or quoted-string value.
pub(crate) fn check_header_params(params: &str) -> Result<(), &'static str> {
    if super::trim_lws(params).is_empty() {
        return Err("empty parameter");
    }
    for (name, value) in super::params_iter_all(params) {
        if name.is_empty() || !name.bytes().all(is_token_byte) {
            return Err(if name.is_empty() {
                "empty parameter"
            } else {
                "bad parameter name"
            });
        }
        if let Some(v) = value.strip_prefix('"') {
            if !v.ends_with('"') || v.is_empty() {
                return Err("unterminated quoted parameter value");
            }
        } else if !value
            .bytes()
            .all(|b| is_token_byte(b) || b"[]:".contains(&b))
        {
            return Err("bad parameter value");
        }
    }
    Ok(())
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let n = NameAddr::parse(r#""Bob \"B\"" <sip:bob@h;transport=tcp>;tag=12"#).unwrap();
        assert_eq!(n.display_name(), r#"Bob "B""#);
        assert_eq!(n.uri.host, "h");
        assert_eq!(n.tag(), Some("12"));
        let n = NameAddr::parse("sip:bob@h;tag=9").unwrap();
        assert_eq!(n.tag(), Some("9"));
        assert_eq!(n.uri.params, "");
        let n = NameAddr::parse("Bob Smith <sip:b@h>").unwrap();
        assert_eq!(n.display_name(), "Bob Smith");
        assert!(NameAddr::parse(r#""unterminated <sip:b@h>"#).is_err());
        assert!(NameAddr::parse("<sip:b@h").is_err());
        assert!(NameAddr::parse("Bob sip:b@h").is_err());
    }

    #[test]
    fn rfc4475_shapes() {
        // wsinv: LWS before ';' and around '=' in an addr-spec value.
        let n =
            NameAddr::parse("sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n").unwrap();
        assert_eq!(n.uri.host, "chair-dnrc.example.com");
        assert_eq!(n.tag(), Some("1918181833n"));
        // wsinv: an escaped backslash then an escaped quote inside the display name.
        let n = NameAddr::parse(r#""J Rosenberg \""       <sip:jdrosen@example.com> ; tag = 9"#)
            .unwrap();
        assert_eq!(n.display_name(), r#"J Rosenberg ""#);
        // lwsdisp: no LWS before '<'.
        assert_eq!(
            NameAddr::parse("caller<sip:c@h>").unwrap().display,
            "caller"
        );
        // badaspec
        assert_eq!(
            NameAddr::parse(r#""Watson, Thomas" < sip:t.watson@example.org >"#),
            Err("spaces inside <addr-spec>")
        );
        // regbadct
        assert!(NameAddr::parse("sip:user@example.com?Route=%3Csip:sip.example.com%3E").is_err());
        // ... fine inside <> (regescrt)
        let n = NameAddr::parse("<sip:user@example.com?Route=%3Csip:sip.example.com%3E>").unwrap();
        assert_eq!(n.uri.headers, "Route=%3Csip:sip.example.com%3E");
        // baddn
        assert_eq!(
            NameAddr::parse("Bell, Alexander <sip:a.g.bell@example.com>;tag=43"),
            Err("unquoted display name with special characters")
        );
        // badinv01
        assert_eq!(
            NameAddr::parse(r#""Joe" <sip:joe@example.org>;;;;"#),
            Err("empty parameter")
        );
        assert!(NameAddr::parse("<sip:a@h>;").is_err());
        assert!(NameAddr::parse(r#""a" "b" <sip:a@h>"#).is_err());
        // Quoted parameter values may hold ';' and ','.
        let n = NameAddr::parse(r#"<sip:a@h>;+sip.instance="<urn:uuid:1;2>";expires=60"#).unwrap();
        assert_eq!(n.param("expires"), Some("60"));
        assert_eq!(n.param("+sip.instance"), Some(r#""<urn:uuid:1;2>""#));
    }
}
