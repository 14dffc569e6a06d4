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
        let value = value.trim();
        let (display, uri_text, params) = if let Some(open) = find_laquot(value)? {
            let display = value[..open].trim();
            check_display(display)?;
            let close = value[open..].find('>').ok_or("missing '>'")? + open;
            let after = value[close + 1..].trim_start();
            let params = match after.strip_prefix(';') {
                Some(p) => p,
                None if after.is_empty() => "",
                None => return Err("text after '>'"),
            };
            (display, value[open + 1..close].trim(), params)
        } else {
            // addr-spec form: parameters belong to the header, and the URI can have no
            // '?', ',' or ';' of its own (RFC 3261 §20).
            if value.contains([' ', '\t', '"']) {
                return Err("display name without <uri>");
            }
            match value.split_once(';') {
                Some((u, p)) => ("", u, p),
                None => ("", value, ""),
            }
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

fn check_display(display: &str) -> Result<(), &'static str> {
    if display.is_empty() {
        return Ok(());
    }
    if display.starts_with('"') {
        if display.len() < 2
            || !display.ends_with('"')
            || display.ends_with("\\\"") && !display.ends_with("\\\\\"")
        {
            return Err("malformed quoted display name");
        }
        return Ok(());
    }
    // An unquoted display name is a sequence of tokens.
    if display
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b" \t-.!%*_+`'~".contains(&b) || b >= 0x80)
    {
        Ok(())
    } else {
        Err("display name with special characters must be quoted")
    }
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
}
