//! Optional per-device provisioning credentials: a device whose `provision.http_auth` holds a
//! username and password gets its files (and phone book) only with HTTP digest (RFC 7616,
//! MD5 or SHA-256, `qop=auth`), on both listeners. The digest is the SIP registrar's
//! (`edgepbx_sip::auth`: stateless nonces, each answered nonce good once per count, stale
//! ones challenged again). A wrong answer counts as a failure of the source address in the
//! login limiter, so password guessing is throttled and banned like failed logins.

use std::sync::Mutex;

use edgepbx_sip::auth::{Algorithm, Credentials, DigestAuth, Request, Verdict};
use serde_json::Value;

use crate::ApiRequest;

/// The realm phones are challenged with.
pub const REALM: &str = "edgepbx-provisioning";

/// Nonce state: the key is derived from the box's secret, so nonces survive nothing but
/// are checkable without memory.
pub struct ProvisionDigest(Mutex<DigestAuth>);

impl ProvisionDigest {
    pub fn new(secret: &[u8]) -> ProvisionDigest {
        use sha2::Digest as _;
        let mut h = sha2::Sha256::new();
        h.update(b"provision-digest\0");
        h.update(secret);
        ProvisionDigest(Mutex::new(DigestAuth::new(h.finalize().into())))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, DigestAuth> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// What the check says about a request for a device's file.
#[derive(Debug, PartialEq, Eq)]
pub enum Check {
    /// No credentials on the device, or the right answer.
    Allowed,
    /// 401 with these `WWW-Authenticate` values (no or stale answer).
    Challenge(Vec<String>),
    /// 401 after a wrong answer (counted by the limiter), with a new challenge.
    Wrong(Vec<String>),
    /// 400: the Authorization header is malformed.
    Bad(&'static str),
}

/// Checks the request against the device's credentials.
pub fn check(digest: &ProvisionDigest, device: &Value, req: &ApiRequest, now: u64) -> Check {
    let Some((username, password)) = edgepbx_provision::http_auth(device) else {
        return Check::Allowed;
    };
    let mut auth = digest.lock();
    let challenge = |auth: &mut DigestAuth, stale| {
        auth.challenges(REALM, now, stale, &[Algorithm::Md5, Algorithm::Sha256])
    };
    let Some(header) = req
        .header("authorization")
        .filter(|h| h.trim_start().len() > 6 && h.trim_start()[..6].eq_ignore_ascii_case("digest"))
    else {
        return Check::Challenge(challenge(&mut auth, false));
    };
    let creds = match Credentials::parse(header) {
        Ok(c) => c,
        Err(why) => return Check::Bad(why),
    };
    let uri = if req.query.is_empty() {
        req.path.clone()
    } else {
        format!("{}?{}", req.path, req.query)
    };
    if creds.username != username {
        return Check::Wrong(challenge(&mut auth, false));
    }
    let request = Request {
        method: &req.method,
        uri: &uri,
        realm: REALM,
        password: &password,
    };
    match auth.verify(&request, &creds, now) {
        Verdict::Ok => Check::Allowed,
        Verdict::Stale | Verdict::Replayed => Check::Challenge(challenge(&mut auth, true)),
        Verdict::Failed => Check::Wrong(challenge(&mut auth, false)),
        Verdict::Bad(why) => Check::Bad(why),
    }
}
