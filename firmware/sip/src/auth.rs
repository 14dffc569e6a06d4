//! Digest authentication (RFC 2617 / RFC 7616 / RFC 8760): MD5 and SHA-256, `qop=auth`.
//!
//! Nonces are stateless: `<issued-at seconds, hex><MAC of it, hex>`, so a restart with the
//! same key, or thousands of phones, cost no memory. An old but genuine nonce gets a new
//! challenge with `stale=true`, which phones answer without asking the user again.

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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    /// The response was computed right but with an expired nonce: challenge again, stale.
    Stale,
    /// Wrong password, forged or foreign nonce, or mismatched realm.
    Failed,
}

impl DigestAuth {
    pub fn new(key: [u8; 32]) -> DigestAuth {
        DigestAuth { key }
    }

    pub fn nonce(&self, now_secs: u64) -> String {
        let issued = format!("{now_secs:x}");
        format!("{issued}{}", self.mac(&issued))
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
        &self,
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

    /// Checks credentials for `method` against the password. Everything that could tell
    /// an attacker something compares in constant time.
    pub fn verify(
        &self,
        creds: &Credentials,
        method: &str,
        realm: &str,
        password: &str,
        now_secs: u64,
    ) -> Verdict {
        let Some(algorithm) = Algorithm::parse(&creds.algorithm) else {
            return Verdict::Failed;
        };
        if !creds.realm.eq_ignore_ascii_case(realm) {
            return Verdict::Failed;
        }
        let Some(issued) = self.nonce_issued_at(&creds.nonce) else {
            return Verdict::Failed;
        };
        let expected = response(algorithm, creds, method, password);
        if !bool::from(
            expected
                .as_bytes()
                .ct_eq(creds.response.to_ascii_lowercase().as_bytes()),
        ) {
            return Verdict::Failed;
        }
        if now_secs.saturating_sub(issued) > NONCE_LIFETIME_SECS || issued > now_secs + 5 {
            return Verdict::Stale;
        }
        Verdict::Ok
    }

    fn nonce_issued_at(&self, nonce: &str) -> Option<u64> {
        if nonce.len() < 25 || !nonce.is_ascii() {
            return None;
        }
        let (issued, mac) = nonce.split_at(nonce.len() - 24);
        if !bool::from(self.mac(issued).as_bytes().ct_eq(mac.as_bytes())) {
            return None;
        }
        u64::from_str_radix(issued, 16).ok()
    }
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

    #[test]
    fn verify_ok_stale_and_failed() {
        let auth = DigestAuth::new([7; 32]);
        let nonce = auth.nonce(1000);
        for alg in ["MD5", "SHA-256"] {
            let header = authorization(&ClientAuth {
                qop: true,
                realm: "pbx.local",
                nonce: &nonce,
                algorithm: alg,
                username: "100",
                password: "secret",
                method: "REGISTER",
                uri: "sip:pbx.local",
                cnonce: "c1",
            });
            let creds = Credentials::parse(&header).unwrap();
            assert_eq!(
                auth.verify(&creds, "REGISTER", "pbx.local", "secret", 1010),
                Verdict::Ok
            );
            assert_eq!(
                auth.verify(&creds, "REGISTER", "pbx.local", "wrong", 1010),
                Verdict::Failed
            );
            assert_eq!(
                auth.verify(&creds, "REGISTER", "other", "secret", 1010),
                Verdict::Failed
            );
            assert_eq!(
                auth.verify(
                    &creds,
                    "REGISTER",
                    "pbx.local",
                    "secret",
                    1000 + NONCE_LIFETIME_SECS + 1
                ),
                Verdict::Stale
            );
        }
        // A nonce we did not issue.
        let forged = authorization(&ClientAuth {
            qop: true,
            realm: "pbx.local",
            nonce: "0000000000000000000000000000000",
            algorithm: "MD5",
            username: "100",
            password: "secret",
            method: "REGISTER",
            uri: "sip:pbx.local",
            cnonce: "c",
        });
        let creds = Credentials::parse(&forged).unwrap();
        assert_eq!(
            auth.verify(&creds, "REGISTER", "pbx.local", "secret", 1000),
            Verdict::Failed
        );
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
