//! Digest authentication (RFC 2617 / RFC 7616 / RFC 8760): MD5 and SHA-256, `qop=auth`.
//!
//! Nonces are stateless: `<issued-at seconds, hex><sequence, 8 hex><MAC of both, hex>`, so
//! thousands of phones that are challenged cost no memory. Only a nonce that came back with a
//! correct response is remembered ([`nonces`]): it is good for strictly increasing nonce
//! counts (`qop=auth`) or for one use (without qop), for [`NONCE_LIFETIME_SECS`]. An answer
//! that is right but uses an old nonce, a used one, or one from before a restart gets a new
//! challenge with `stale=true`, which phones answer without asking the user again, and which
//! tells a replaying attacker nothing.
//! The digest `uri` must name the Request-URI.

pub mod nonces;

use hmac::{Hmac, Mac};
use md5::{Digest as _, Md5};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// How long a nonce stays good.
pub const NONCE_LIFETIME_SECS: u64 = 300;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Md5Sess,
    Sha256,
    Sha256Sess,
}

impl Algorithm {
    pub fn parse(s: &str) -> Option<Algorithm> {
        match s.to_ascii_uppercase().as_str() {
            "" | "MD5" => Some(Algorithm::Md5),
            "MD5-SESS" => Some(Algorithm::Md5Sess),
            "SHA-256" => Some(Algorithm::Sha256),
            "SHA-256-SESS" => Some(Algorithm::Sha256Sess),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "MD5",
            Algorithm::Md5Sess => "MD5-sess",
            Algorithm::Sha256 => "SHA-256",
            Algorithm::Sha256Sess => "SHA-256-sess",
        }
    }

    fn hash(self, parts: &[&[u8]]) -> String {
        fn hex(bytes: &[u8]) -> String {
            let mut s = String::with_capacity(bytes.len() * 2);
            for b in bytes {
                s.push(char::from(b"0123456789abcdef"[(b >> 4) as usize]));
                s.push(char::from(b"0123456789abcdef"[(b & 15) as usize]));
            }
            s
        }
        match self {
            Algorithm::Md5 | Algorithm::Md5Sess => {
                let mut h = Md5::new();
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        h.update(b":");
                    }
                    h.update(p);
                }
                hex(&h.finalize())
            }
            Algorithm::Sha256 | Algorithm::Sha256Sess => {
                let mut h = Sha256::new();
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        h.update(b":");
                    }
                    h.update(p);
                }
                hex(&h.finalize())
            }
        }
    }
}

/// The fields of an `Authorization: Digest ...` header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub realm: String,
    pub nonce: String,
    pub uri: String,
    pub response: String,
    pub algorithm: String,
    pub qop: Option<String>,
    pub nc: Option<String>,
    pub cnonce: Option<String>,
}

impl Credentials {
    pub fn parse(value: &str) -> Result<Credentials, &'static str> {
        let value = value.trim();
        let (scheme, rest) = value.split_once([' ', '\t']).ok_or("not a Digest header")?;
        if !scheme.eq_ignore_ascii_case("Digest") {
            return Err("unsupported authentication scheme");
        }
        let mut c = Credentials::default();
        for (name, val) in auth_params(rest) {
            let slot = match name.to_ascii_lowercase().as_str() {
                "username" => &mut c.username,
                "realm" => &mut c.realm,
                "nonce" => &mut c.nonce,
                "uri" => &mut c.uri,
                "response" => &mut c.response,
                "algorithm" => &mut c.algorithm,
                "qop" => {
                    c.qop = Some(val);
                    continue;
                }
                "nc" => {
                    c.nc = Some(val);
                    continue;
                }
                "cnonce" => {
                    c.cnonce = Some(val);
                    continue;
                }
                _ => continue,
            };
            *slot = val;
        }
        if c.username.is_empty() || c.nonce.is_empty() || c.response.is_empty() || c.uri.is_empty()
        {
            return Err("incomplete Digest credentials");
        }
        Ok(c)
    }
}

/// Splits `a="x, y", b=z` into name/value pairs, unquoting values.
fn auth_params(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i] == b',' || b[i].is_ascii_whitespace()) {
            i += 1;
        }
        let name_start = i;
        while i < b.len() && b[i] != b'=' && b[i] != b',' {
            i += 1;
        }
        let name = s[name_start..i].trim().to_string();
        if i >= b.len() || b[i] == b',' {
            continue;
        }
        i += 1;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    i += 1;
                }
                let ch_len = s[i..].chars().next().map_or(1, char::len_utf8);
                value.push_str(&s[i..i + ch_len]);
                i += ch_len;
            }
            i += 1;
        } else {
            let start = i;
            while i < b.len() && b[i] != b',' {
                i += 1;
            }
            value = s[start..i].trim().to_string();
        }
        out.push((name, value));
    }
    out
}

/// Issues and checks nonces with a secret key.
pub struct DigestAuth {
    key: [u8; 32],
    seq: u32,
    used: nonces::UsedNonces,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    /// The response was computed right but with an expired nonce: challenge again, stale.
    Stale,
    /// The response was computed right but its nonce (and nc) was used before: a phone that
    /// reuses a nonce, or a replay. Challenge again, stale.
    Replayed,
    /// Wrong password, forged or foreign nonce, or mismatched realm.
    Failed,
    /// Malformed or mismatched credentials (400 with this reason).
    Bad(&'static str),
}

impl DigestAuth {
    pub fn new(key: [u8; 32]) -> DigestAuth {
        DigestAuth::with_capacity(key, nonces::DEFAULT_CAP)
    }

    /// As [`DigestAuth::new`], remembering at most `cap` used nonces.
    pub fn with_capacity(key: [u8; 32], cap: usize) -> DigestAuth {
        DigestAuth {
            key,
            seq: 0,
            used: nonces::UsedNonces::new(cap),
        }
    }

    /// A new nonce; no two in the same second are alike.
    pub fn nonce(&mut self, now_secs: u64) -> String {
        self.seq = self.seq.wrapping_add(1);
        let payload = format!("{now_secs:x}{:08x}", self.seq);
        format!("{payload}{}", self.mac(&payload))
    }

    /// Forgets used nonces that have expired anyway (housekeeping).
    pub fn prune(&mut self, now_secs: u64) {
        self.used
            .prune(now_secs.saturating_sub(NONCE_LIFETIME_SECS + 1));
    }

    /// Slots the used-nonce table holds.
    pub fn nonce_capacity(&self) -> usize {
        self.used.capacity()
    }

    /// (used nonces remembered, nonces forgotten because the table was full)
    pub fn used_nonces(&self) -> (usize, u64) {
        (self.used.len(), self.used.evicted())
    }

    fn mac(&self, issued: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("any key length");
        mac.update(issued.as_bytes());
        let tag = mac.finalize().into_bytes();
        tag[..12].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The header values of a challenge, one per algorithm in order of preference
    /// (RFC 8760 §2.4), for `WWW-Authenticate`.
    pub fn challenges(
        &mut self,
        realm: &str,
        now_secs: u64,
        stale: bool,
        algorithms: &[Algorithm],
    ) -> Vec<String> {
        let nonce = self.nonce(now_secs);
        let stale = if stale { ", stale=true" } else { "" };
        let realm = realm.replace(['"', '\\'], "");
        algorithms
            .iter()
            .map(|a| {
                format!(
                    r#"Digest realm="{realm}", nonce="{nonce}", algorithm={}, qop="auth"{stale}"#,
                    a.name()
                )
            })
            .collect()
    }

    /// Checks credentials for `method` to `request_uri` against the password, and records
    /// the nonce's use when they are right. Everything that could tell an attacker something
    /// compares in constant time.
    pub fn verify(&mut self, req: &Request<'_>, creds: &Credentials, now_secs: u64) -> Verdict {
        let Some(algorithm) = Algorithm::parse(&creds.algorithm) else {
            return Verdict::Bad("Unsupported Digest Algorithm");
        };
        if !creds.realm.eq_ignore_ascii_case(req.realm) {
            return Verdict::Failed;
        }
        let nc = match creds.qop.as_deref() {
            None | Some("") => None,
            Some(q) if q.eq_ignore_ascii_case("auth") => {
                let nc = creds.nc.as_deref().unwrap_or("");
                let Some(nc) = parse_nc(nc) else {
                    return Verdict::Bad("Malformed Digest nc");
                };
                if creds.cnonce.as_deref().unwrap_or("").is_empty() {
                    return Verdict::Bad("Missing Digest cnonce");
                }
                Some(nc)
            }
            Some(_) => return Verdict::Bad("Unsupported Digest qop"),
        };
        if !uri_matches(&creds.uri, req.uri) {
            return Verdict::Bad("Digest URI Mismatch");
        }
        let expected = response(algorithm, creds, req.method, req.password);
        if !bool::from(
            expected
                .as_bytes()
                .ct_eq(creds.response.to_ascii_lowercase().as_bytes()),
        ) {
            return Verdict::Failed;
        }
        // A right answer to a nonce we cannot read: one issued before a restart (the key is
        // new each run). Only the password's holder answers that, so a new challenge, stale.
        let Some((issued, seq)) = self.nonce_parts(&creds.nonce) else {
            return Verdict::Stale;
        };
        if now_secs.saturating_sub(issued) > NONCE_LIFETIME_SECS || issued > now_secs + 5 {
            return Verdict::Stale;
        }
        match self.used.check_and_record(nonces::key(issued, seq), nc) {
            nonces::Use::Fresh => Verdict::Ok,
            nonces::Use::Replayed => Verdict::Replayed,
        }
    }

    /// (issued-at, sequence) of a nonce this box issued.
    fn nonce_parts(&self, nonce: &str) -> Option<(u64, u32)> {
        if nonce.len() < 24 + 9 || nonce.len() > 24 + 24 || !nonce.is_ascii() {
            return None;
        }
        let (payload, mac) = nonce.split_at(nonce.len() - 24);
        if !bool::from(self.mac(payload).as_bytes().ct_eq(mac.as_bytes())) {
            return None;
        }
        let (issued, seq) = payload.split_at(payload.len() - 8);
        Some((
            u64::from_str_radix(issued, 16).ok()?,
            u32::from_str_radix(seq, 16).ok()?,
        ))
    }
}

/// What a request's credentials are checked against.
pub struct Request<'a> {
    pub method: &'a str,
    /// The Request-URI as sent.
    pub uri: &'a str,
    pub realm: &'a str,
    pub password: &'a str,
}

/// A nonce count: 8 hex digits (RFC 7616 §3.4), never 0.
fn parse_nc(nc: &str) -> Option<u32> {
    if nc.is_empty() || nc.len() > 8 || !nc.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(nc, 16).ok().filter(|n| *n > 0)
}

/// Whether the digest `uri` names the Request-URI: same scheme, user, host and port
/// (parameters aside, which phones add or drop). A `uri` without a user part that names the
/// same host and port is accepted too: SIPp (`[authentication]`) and some phones send the
/// box's address there. Replays are stopped by the one-time nonces either way; this check
/// stops a header answered for one number being used for another.
pub fn uri_matches(digest_uri: &str, request_uri: &str) -> bool {
    use crate::message::Uri;
    if digest_uri == request_uri {
        return true;
    }
    let (Ok(a), Ok(b)) = (Uri::parse(digest_uri), Uri::parse(request_uri)) else {
        return false;
    };
    let port = |u: &Uri<'_>| {
        u.port.unwrap_or(if u.scheme.eq_ignore_ascii_case("sips") {
            5061
        } else {
            5060
        })
    };
    a.scheme.eq_ignore_ascii_case(b.scheme)
        && (a.user.is_none() || a.user_unescaped() == b.user_unescaped())
        && a.host_bare().eq_ignore_ascii_case(b.host_bare())
        && port(&a) == port(&b)
        && a.opaque == b.opaque
}

/// The expected `response` value (RFC 7616 §3.4.1).
pub fn response(algorithm: Algorithm, c: &Credentials, method: &str, password: &str) -> String {
    let mut ha1 = algorithm.hash(&[
        c.username.as_bytes(),
        c.realm.as_bytes(),
        password.as_bytes(),
    ]);
    if matches!(algorithm, Algorithm::Md5Sess | Algorithm::Sha256Sess) {
        let cnonce = c.cnonce.as_deref().unwrap_or("");
        ha1 = algorithm.hash(&[ha1.as_bytes(), c.nonce.as_bytes(), cnonce.as_bytes()]);
    }
    let ha2 = algorithm.hash(&[method.as_bytes(), c.uri.as_bytes()]);
    match c.qop.as_deref() {
        Some(qop) if !qop.is_empty() => algorithm.hash(&[
            ha1.as_bytes(),
            c.nonce.as_bytes(),
            c.nc.as_deref().unwrap_or("").as_bytes(),
            c.cnonce.as_deref().unwrap_or("").as_bytes(),
            qop.as_bytes(),
            ha2.as_bytes(),
        ]),
        _ => algorithm.hash(&[ha1.as_bytes(), c.nonce.as_bytes(), ha2.as_bytes()]),
    }
}

/// What a client needs to answer a challenge.
pub struct ClientAuth<'a> {
    pub realm: &'a str,
    pub nonce: &'a str,
    pub algorithm: &'a str,
    pub username: &'a str,
    pub password: &'a str,
    pub method: &'a str,
    pub uri: &'a str,
    pub cnonce: &'a str,
    /// The challenge offered `qop=auth` (else the RFC 2069 form is used).
    pub qop: bool,
}

/// The parts of a `WWW-Authenticate`/`Proxy-Authenticate` Digest challenge a client needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Challenge {
    pub realm: String,
    pub nonce: String,
    pub algorithm: String,
    pub qop_auth: bool,
}

pub fn parse_challenge(value: &str) -> Option<Challenge> {
    let (scheme, rest) = value.trim().split_once([' ', '\t'])?;
    if !scheme.eq_ignore_ascii_case("Digest") {
        return None;
    }
    let mut c = Challenge::default();
    for (name, val) in auth_params(rest) {
        match name.to_ascii_lowercase().as_str() {
            "realm" => c.realm = val,
            "nonce" => c.nonce = val,
            "algorithm" => c.algorithm = val,
            "qop" => {
                c.qop_auth = val
                    .split(',')
                    .any(|q| q.trim().eq_ignore_ascii_case("auth"))
            }
            _ => {}
        }
    }
    (!c.nonce.is_empty() && Algorithm::parse(&c.algorithm).is_some()).then_some(c)
}

/// Builds the `Authorization` value a client would send (used by tests, and by outbound
/// trunk registration later).
pub fn authorization(a: &ClientAuth<'_>) -> String {
    let alg = Algorithm::parse(a.algorithm).unwrap_or(Algorithm::Md5);
    let c = Credentials {
        username: a.username.into(),
        realm: a.realm.into(),
        nonce: a.nonce.into(),
        uri: a.uri.into(),
        algorithm: alg.name().into(),
        qop: a.qop.then(|| "auth".into()),
        nc: a.qop.then(|| "00000001".into()),
        cnonce: a.qop.then(|| a.cnonce.into()),
        ..Credentials::default()
    };
    let r = response(alg, &c, a.method, a.password);
    if !a.qop {
        return format!(
            r#"Digest username="{}", realm="{}", nonce="{}", uri="{}", response="{r}", algorithm={}"#,
            a.username,
            a.realm,
            a.nonce,
            a.uri,
            alg.name()
        );
    }
    format!(
        r#"Digest username="{}", realm="{}", nonce="{}", uri="{}", response="{r}", algorithm={}, qop=auth, nc=00000001, cnonce="{}""#,
        a.username,
        a.realm,
        a.nonce,
        a.uri,
        alg.name(),
        a.cnonce
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc2617_example_response() {
        // RFC 2617 §3.5 (HTTP, but the same arithmetic).
        let c = Credentials {
            username: "Mufasa".into(),
            realm: "testrealm@host.com".into(),
            nonce: "dcd98b7102dd2f0e8b11d0f600bfb0c093".into(),
            uri: "/dir/index.html".into(),
            qop: Some("auth".into()),
            nc: Some("00000001".into()),
            cnonce: Some("0a4f113b".into()),
            ..Credentials::default()
        };
        assert_eq!(
            response(Algorithm::Md5, &c, "GET", "Circle Of Life"),
            "6629fae49393a05397450978507c4ef1"
        );
    }

    #[test]
    fn rfc7616_sha256_example() {
        let c = Credentials {
            username: "Mufasa".into(),
            realm: "http-auth@example.org".into(),
            nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v".into(),
            uri: "/dir/index.html".into(),
            qop: Some("auth".into()),
            nc: Some("00000001".into()),
            cnonce: Some("f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ".into()),
            ..Credentials::default()
        };
        assert_eq!(
            response(Algorithm::Sha256, &c, "GET", "Circle of Life"),
            "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"
        );
    }

    fn answer(nonce: &str, alg: &str, password: &str, uri: &str) -> Credentials {
        Credentials::parse(&authorization(&ClientAuth {
            qop: true,
            realm: "pbx.local",
            nonce,
            algorithm: alg,
            username: "100",
            password,
            method: "REGISTER",
            uri,
            cnonce: "c1",
        }))
        .unwrap()
    }

    fn req(password: &str) -> Request<'_> {
        Request {
            method: "REGISTER",
            uri: "sip:pbx.local",
            realm: "pbx.local",
            password,
        }
    }

    #[test]
    fn verify_ok_stale_and_failed() {
        let mut auth = DigestAuth::new([7; 32]);
        for alg in ["MD5", "SHA-256"] {
            let nonce = auth.nonce(1000);
            let creds = answer(&nonce, alg, "secret", "sip:pbx.local");
            assert_eq!(auth.verify(&req("wrong"), &creds, 1010), Verdict::Failed);
            let other_realm = Request {
                realm: "other",
                ..req("secret")
            };
            assert_eq!(auth.verify(&other_realm, &creds, 1010), Verdict::Failed);
            let late = 1000 + NONCE_LIFETIME_SECS + 1;
            assert_eq!(auth.verify(&req("secret"), &creds, late), Verdict::Stale);
            assert_eq!(auth.verify(&req("secret"), &creds, 1010), Verdict::Ok);
        }
        // A nonce we did not issue.
        let creds = answer("0000000000000000000000000000000", "MD5", "secret", "sip:x");
        assert_eq!(
            auth.verify(&req("secret"), &creds, 1000),
            Verdict::Bad("Digest URI Mismatch")
        );
        let creds = answer(
            "000000000000000000000000000000000000",
            "MD5",
            "secret",
            "sip:pbx.local",
        );
        assert_eq!(auth.verify(&req("wrong"), &creds, 1000), Verdict::Failed);
        // Answered right (a phone reusing a nonce of the box's last run): stale.
        assert_eq!(auth.verify(&req("secret"), &creds, 1000), Verdict::Stale);
        let restarted = answer(
            &DigestAuth::new([8; 32]).nonce(1000),
            "MD5",
            "secret",
            "sip:pbx.local",
        );
        assert_eq!(
            auth.verify(&req("secret"), &restarted, 1000),
            Verdict::Stale
        );
    }

    #[test]
    fn nonces_are_unique_and_one_time_with_growing_nc() {
        let mut auth = DigestAuth::new([7; 32]);
        let (n1, n2) = (auth.nonce(1000), auth.nonce(1000));
        assert_ne!(n1, n2);
        let creds = answer(&n1, "MD5", "secret", "sip:pbx.local");
        assert_eq!(auth.verify(&req("secret"), &creds, 1001), Verdict::Ok);
        // The same header again (a replay, or a phone reusing it): stale, not accepted.
        assert_eq!(auth.verify(&req("secret"), &creds, 1001), Verdict::Replayed);
        // A higher nc on the same nonce is a legitimate reuse.
        let mut next = creds.clone();
        next.nc = Some("00000002".into());
        next.response = response(Algorithm::Md5, &next, "REGISTER", "secret");
        assert_eq!(auth.verify(&req("secret"), &next, 1100), Verdict::Ok);
        assert_eq!(auth.verify(&req("secret"), &next, 1100), Verdict::Replayed);
        // A wrong answer never burns a nonce: the other nonce still works after one.
        let wrong = answer(&n2, "MD5", "bad", "sip:pbx.local");
        assert_eq!(auth.verify(&req("secret"), &wrong, 1001), Verdict::Failed);
        let good = answer(&n2, "MD5", "secret", "sip:pbx.local");
        assert_eq!(auth.verify(&req("secret"), &good, 1001), Verdict::Ok);
        // Without qop, a nonce serves once.
        let n3 = auth.nonce(1000);
        let plain = Credentials::parse(&authorization(&ClientAuth {
            qop: false,
            realm: "pbx.local",
            nonce: &n3,
            algorithm: "MD5",
            username: "100",
            password: "secret",
            method: "REGISTER",
            uri: "sip:pbx.local",
            cnonce: "",
        }))
        .unwrap();
        assert_eq!(auth.verify(&req("secret"), &plain, 1001), Verdict::Ok);
        assert_eq!(auth.verify(&req("secret"), &plain, 1001), Verdict::Replayed);
        // Expired and pruned: stale, never accepted again.
        auth.prune(1000 + NONCE_LIFETIME_SECS + 10);
        assert_eq!(auth.used_nonces().0, 0);
        assert_eq!(
            auth.verify(&req("secret"), &plain, 1000 + NONCE_LIFETIME_SECS + 10),
            Verdict::Stale
        );
    }

    #[test]
    fn malformed_or_mismatched_credentials_are_bad_requests() {
        let mut auth = DigestAuth::new([7; 32]);
        let nonce = auth.nonce(1000);
        let creds = answer(&nonce, "MD5", "secret", "sip:+442071234567@pbx.local");
        let invite = Request {
            method: "REGISTER",
            uri: "sip:1001@pbx.local",
            realm: "pbx.local",
            password: "secret",
        };
        assert_eq!(
            auth.verify(&invite, &creds, 1001),
            Verdict::Bad("Digest URI Mismatch")
        );
        // The same URI written differently (parameters, host case, default port) matches.
        let creds = answer(&nonce, "MD5", "secret", "sip:PBX.local:5060;transport=udp");
        assert_eq!(auth.verify(&req("secret"), &creds, 1001), Verdict::Ok);
        let mut bad_nc = answer(&auth.nonce(1000), "MD5", "secret", "sip:pbx.local");
        bad_nc.nc = Some("zz".into());
        assert_eq!(
            auth.verify(&req("secret"), &bad_nc, 1001),
            Verdict::Bad("Malformed Digest nc")
        );
        bad_nc.nc = Some("00000000".into());
        assert_eq!(
            auth.verify(&req("secret"), &bad_nc, 1001),
            Verdict::Bad("Malformed Digest nc")
        );
        bad_nc.qop = Some("auth-int".into());
        assert_eq!(
            auth.verify(&req("secret"), &bad_nc, 1001),
            Verdict::Bad("Unsupported Digest qop")
        );
        assert!(uri_matches(
            "sip:1001@pbx.local",
            "sip:1001@pbx.local;user=phone"
        ));
        assert!(!uri_matches("sip:1001@pbx.local", "sip:1002@pbx.local"));
        assert!(uri_matches("sip:pbx.local:5060", "sip:1001@pbx.local"));
        assert!(!uri_matches("sip:other.host", "sip:1001@pbx.local"));
        assert!(!uri_matches(
            "sip:1001@pbx.local",
            "sip:1001@pbx.local:5070"
        ));
        assert!(!uri_matches("garbage", "sip:pbx.local"));
    }

    #[test]
    fn parses_quoted_commas_and_rejects_other_schemes() {
        let c = Credentials::parse(r#"Digest username="a,b", realm="r", nonce="n", uri="sip:x", response="r1", qop=auth, nc=00000001, cnonce="c""#).unwrap();
        assert_eq!(c.username, "a,b");
        assert_eq!(c.qop.as_deref(), Some("auth"));
        assert!(Credentials::parse("Basic abc").is_err());
        assert!(Credentials::parse("Digest realm=\"r\"").is_err());
    }
}
