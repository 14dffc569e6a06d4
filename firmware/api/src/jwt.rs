//! JWT-shaped auth tokens (HS256). The Monster UI decodes the middle part of the token, so an
//! opaque token would break its login; the signature keeps tokens unforgeable.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

pub fn sign(secret: &[u8], claims: &Value) -> String {
    let header = B64.encode(json!({"alg": "HS256", "typ": "JWT"}).to_string());
    let payload = B64.encode(claims.to_string());
    let signing_input = format!("{header}.{payload}");
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC accepts any key length");
    mac.update(signing_input.as_bytes());
    let signature = B64.encode(mac.finalize().into_bytes());
    format!("{signing_input}.{signature}")
}

/// The claims of a token whose signature is valid and which has not expired at `now` (Unix s).
pub fn verify(secret: &[u8], token: &str, now: u64) -> Option<Value> {
    let mut parts = token.split('.');
    let (header, payload, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let mut mac = HmacSha256::new_from_slice(secret).ok()?;
    mac.update(header.as_bytes());
    mac.update(b".");
    mac.update(payload.as_bytes());
    // verify_slice compares in constant time.
    mac.verify_slice(&B64.decode(signature).ok()?).ok()?;
    let claims: Value = serde_json::from_slice(&B64.decode(payload).ok()?).ok()?;
    let exp = claims.get("exp")?.as_u64()?;
    (now < exp).then_some(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_expiry_and_tamper() {
        let t = sign(b"k", &json!({"account_id": "a", "exp": 100}));
        assert_eq!(verify(b"k", &t, 99).unwrap()["account_id"], "a");
        assert!(verify(b"k", &t, 100).is_none());
        assert!(verify(b"other", &t, 1).is_none());
        let mut parts: Vec<&str> = t.split('.').collect();
        let forged = B64.encode(json!({"account_id": "b", "exp": 100}).to_string());
        parts[1] = &forged;
        assert!(verify(b"k", &parts.join("."), 1).is_none());
        assert!(verify(b"k", "garbage", 1).is_none());
    }
}
