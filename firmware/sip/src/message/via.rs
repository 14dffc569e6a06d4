//! `Via: SIP/2.0/UDP host:port;branch=z9hG4bK...;rport;received=1.2.3.4`

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Via<'a> {
    pub transport: &'a str,
    pub host: &'a str,
    pub port: Option<u16>,
    pub params: &'a str,
}

impl<'a> Via<'a> {
    pub fn parse(value: &'a str) -> Result<Via<'a>, &'static str> {
        // sent-protocol allows LWS around the slashes.
        let mut rest = value.trim();
        let mut fields = [""; 3];
        for (i, field) in fields.iter_mut().enumerate() {
            let end = if i < 2 {
                rest.find('/').ok_or("malformed sent-protocol")?
            } else {
                rest.find([' ', '\t']).ok_or("missing sent-by")?
            };
            *field = rest[..end].trim();
            rest = rest[end + 1..].trim_start();
        }
        if !fields[0].eq_ignore_ascii_case("SIP") || fields[1] != "2.0" {
            return Err("unsupported protocol");
        }
        let transport = fields[2];
        if transport.is_empty() || !transport.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err("bad transport");
        }
        let (sent_by, params) = match rest.find(';') {
            Some(i) => {
                super::name_addr::check_header_params(&rest[i + 1..])?;
                (rest[..i].trim(), &rest[i + 1..])
            }
            None => (rest.trim(), ""),
        };
        if sent_by.is_empty() {
            return Err("missing sent-by");
        }
        let (host, port) = if let Some(stripped) = sent_by.strip_prefix('[') {
            let close = stripped.find(']').ok_or("bad IPv6 sent-by")? + 1;
            let host = &sent_by[..=close];
            let port = match sent_by[close + 1..].trim().strip_prefix(':') {
                Some(p) => Some(p.trim().parse().map_err(|_| "bad port")?),
                None => None,
            };
            (host, port)
        } else {
            match sent_by.split_once(':') {
                Some((h, p)) => (h.trim(), Some(p.trim().parse().map_err(|_| "bad port")?)),
                None => (sent_by, None),
            }
        };
        let host_ok = match host.strip_prefix('[') {
            Some(v6) => v6.strip_suffix(']').is_some_and(super::uri::is_ipv6ish),
            None => {
                !host.is_empty()
                    && host
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
            }
        };
        if !host_ok {
            return Err("bad sent-by host");
        }
        Ok(Via {
            transport,
            host,
            port,
            params,
        })
    }

    pub fn param(&self, name: &str) -> Option<&'a str> {
        super::param(self.params, name)
    }

    pub fn branch(&self) -> Option<&'a str> {
        self.param("branch").filter(|b| !b.is_empty())
    }

    /// True when the branch carries the RFC 3261 magic cookie.
    pub fn is_rfc3261_branch(&self) -> bool {
        self.branch().is_some_and(|b| b.starts_with("z9hG4bK"))
    }

    pub fn host_bare(&self) -> &'a str {
        self.host.trim_start_matches('[').trim_end_matches(']')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn via_forms() {
        let v = Via::parse("SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1;rport").unwrap();
        assert_eq!(v.transport, "UDP");
        assert_eq!(v.host, "10.0.0.1");
        assert_eq!(v.port, Some(5060));
        assert_eq!(v.branch(), Some("z9hG4bK1"));
        assert_eq!(v.param("rport"), Some(""));
        let v = Via::parse("SIP / 2.0 / TCP [2001:db8::1]:5061 ; branch=z9hG4bKx").unwrap();
        assert_eq!(v.host_bare(), "2001:db8::1");
        assert_eq!(v.transport, "TCP");
        assert!(Via::parse("SIP/2.0/UDP").is_err());
        assert!(Via::parse("SIP/3.0/UDP h").is_err());
        // RFC 4475 "badinv01": stray separators.
        assert_eq!(
            Via::parse("SIP/2.0/UDP 192.0.2.15;;"),
            Err("empty parameter")
        );
        assert!(Via::parse("SIP/2.0/UDP [2001:db8::1;branch=x").is_err());
        assert!(Via::parse("SIP/2.0/UDP [zz::1]").is_err());
        // RFC 5118 §4.5: 'received' with or without brackets.
        let v =
            Via::parse("SIP/2.0/UDP [2001:db8::9:1];received=[2001:db8::9:255];branch=z9hG4bKa")
                .unwrap();
        assert_eq!(v.param("received"), Some("[2001:db8::9:255]"));
        assert_eq!(v.branch(), Some("z9hG4bKa"));
        // RFC 4475 "wsinv": LWS everywhere.
        let v =
            Via::parse("SIP  /    2.0   / UDP  192.168.255.111   ; branch=  z9hG4bK30239").unwrap();
        assert_eq!(
            (v.host, v.branch()),
            ("192.168.255.111", Some("z9hG4bK30239"))
        );
    }
}
