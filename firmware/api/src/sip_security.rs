//! `/v2/system/sip_security`: the ban thresholds of the whole box, for administrators of the
//! top-level account only:
//! `{"failures": 10, "window_seconds": 300, "ban_seconds": 600, "login_failures": 10,
//! "login_ban_seconds": 300}`: failed SIP authentications from one source address within the
//! window that ban it (0: never) and for how long; failed API logins (and provisioning
//! guesses) from one address within the login limiter's 5 minutes that ban it, and for how
//! long. Stored as `system_configs/sip_security`; a save is applied by the running SIP engine
//! and login limiter at once, and the box applies the stored value at start and after a
//! restore. Until one is saved, `GET` shows what the box applies (its config file's values)
//! with `configured: false`.

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};
use edgepbx_store::{GLOBAL, Store};

pub const ID: &str = "sip_security";
const KIND: &str = crate::box_setting::KIND;

/// The thresholds of the SIP engine's ban guard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SipBanLimits {
    pub failures: u32,
    pub window_seconds: u64,
    pub ban_seconds: u64,
}

/// The whole setting: the SIP guard's thresholds and the login limiter's address ban.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SipSecurity {
    pub sip: SipBanLimits,
    pub login_failures: u32,
    pub login_ban_seconds: u64,
}

/// `(field, least, most)` of each threshold, in the order of [`SipSecurity::check`].
const BOUNDS: [(&str, u64, u64); 5] = [
    ("failures", 0, 100),
    ("window_seconds", 10, 86_400),
    ("ban_seconds", 10, 7 * 86_400),
    ("login_failures", 1, 100),
    ("login_ban_seconds", 10, 7 * 86_400),
];

impl SipSecurity {
    fn json(&self, configured: bool) -> Value {
        json!({
            "failures": self.sip.failures,
            "window_seconds": self.sip.window_seconds,
            "ban_seconds": self.sip.ban_seconds,
            "login_failures": self.login_failures,
            "login_ban_seconds": self.login_ban_seconds,
            "configured": configured,
        })
    }

    /// The thresholds of a request's `data` (or a stored document): each field present, a
    /// whole number within its bounds, else a 400 naming it.
    pub fn check(data: &Map<String, Value>) -> ApiResult<SipSecurity> {
        let mut v = [0u64; 5];
        for (slot, (field, least, most)) in v.iter_mut().zip(BOUNDS) {
            let value = data.get(field).ok_or_else(|| {
                ApiError::field(field, "required", "Field is required but missing", None)
            })?;
            *slot = value
                .as_u64()
                .filter(|n| (least..=most).contains(n))
                .ok_or_else(|| {
                    ApiError::field(
                        field,
                        "range",
                        format!("a whole number from {least} to {most}"),
                        Some(("value", value.clone())),
                    )
                })?;
        }
        // The bounds keep both counts far below u32::MAX.
        Ok(SipSecurity {
            sip: SipBanLimits {
                failures: v[0] as u32,
                window_seconds: v[1],
                ban_seconds: v[2],
            },
            login_failures: v[3] as u32,
            login_ban_seconds: v[4],
        })
    }
}

/// The thresholds saved through the API, if any.
pub fn stored(store: &Store) -> Option<SipSecurity> {
    let doc = store.get(GLOBAL, KIND, ID).ok()??;
    SipSecurity::check(doc.as_object()?).ok()
}

impl Api {
    /// Applies the saved thresholds to the running SIP engine and login limiter, or the
    /// config's when none are saved (at start, and after a restore: the restored data may hold
    /// other thresholds or none).
    pub fn apply_stored_sip_security(&self) {
        if let Some(s) = stored(self.store()).or(self.config_security) {
            self.apply_sip_security(&s);
        }
    }

    fn apply_sip_security(&self, s: &SipSecurity) {
        self.live().set_sip_ban_limits(s.sip);
        self.limiter()
            .set_ip_ban(s.login_failures, s.login_ban_seconds);
    }

    /// What the box applies now.
    fn current_sip_security(&self) -> Option<SipSecurity> {
        let sip = self.live().sip_ban_limits()?;
        let (login_failures, login_ban_seconds) = self.limiter().ip_ban();
        Some(SipSecurity {
            sip,
            login_failures,
            login_ban_seconds,
        })
    }
}

pub fn route(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    crate::access::require_box_admin(api, ctx)?;
    match ctx.method.as_str() {
        "GET" => match stored(api.store()) {
            Some(s) => Ok(Reply::ok(s.json(true))),
            None => api
                .current_sip_security()
                .map(|s| Reply::ok(s.json(false)))
                .ok_or(ApiError::NotFound("system/sip_security".into())),
        },
        "POST" | "PUT" => {
            let s = SipSecurity::check(&ctx.data_object()?)?;
            let mut doc = s.json(true);
            doc.as_object_mut().map(|d| d.remove("configured"));
            api.store()
                .write(move |tx| tx.upsert(GLOBAL, KIND, ID, doc.clone()))?;
            api.apply_sip_security(&s);
            Ok(Reply::ok(s.json(true)))
        }
        _ => Err(ApiError::MethodNotAllowed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(v: Value) -> Result<SipSecurity, Value> {
        SipSecurity::check(v.as_object().unwrap()).map_err(|e| e.parts().1)
    }

    #[test]
    fn each_threshold_is_required_and_bounded() {
        let ok = json!({"failures": 3, "window_seconds": 60, "ban_seconds": 120, "login_failures": 5, "login_ban_seconds": 900});
        assert_eq!(
            check(ok.clone()),
            Ok(SipSecurity {
                sip: SipBanLimits {
                    failures: 3,
                    window_seconds: 60,
                    ban_seconds: 120
                },
                login_failures: 5,
                login_ban_seconds: 900,
            })
        );
        for (field, bad) in [
            ("failures", json!(101)),
            ("failures", json!(-1)),
            ("failures", json!("3")),
            ("window_seconds", json!(5)),
            ("window_seconds", json!(1.5)),
            ("ban_seconds", json!(7 * 86_400 + 1)),
            ("login_failures", json!(0)),
            ("login_ban_seconds", json!(null)),
        ] {
            let mut doc = ok.clone();
            doc[field] = bad.clone();
            let e = check(doc).unwrap_err();
            assert!(e.get(field).is_some(), "{field}={bad}: {e}");
        }
        let mut doc = ok;
        doc.as_object_mut().unwrap().remove("ban_seconds");
        assert!(check(doc).unwrap_err()["ban_seconds"]["required"].is_object());
    }
}
