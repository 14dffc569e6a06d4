//! Live call state the API shows but does not own: registrations and channels come from the
//! SIP engine, which implements this trait. Without it the API reports what is true then:
//! nothing registered, no calls up.

use serde_json::Value;

pub trait LiveState: Send + Sync {
    /// Whether a device currently has at least one registered contact.
    fn registered(&self, account: &str, device_id: &str) -> bool;
    /// Active channels of an account, in KAZOO's `channels` row shape.
    fn channels(&self, account: &str) -> Vec<Value>;
    /// Source addresses the SIP engine has banned, as `{ip, reason, expires_in}` rows.
    fn sip_bans(&self) -> Vec<Value> {
        Vec::new()
    }
    /// The box's recorded SIP messages of these Call-IDs, oldest first (none without SIP).
    fn sip_trace(&self, _call_ids: &[&str]) -> Vec<edgepbx_sip::trace::TraceEntry> {
        Vec::new()
    }
    /// Installs a new TLS certificate (PEM chain and key) for HTTPS and SIP-TLS. An error
    /// names the field at fault.
    fn replace_tls_certificate(
        &self,
        _certificate: &str,
        _private_key: &str,
    ) -> Result<(), (&'static str, String)> {
        Err((
            "certificate",
            "this server cannot change its certificate".into(),
        ))
    }
    /// Queues a rendered mail (a notification preview) for the account's relay; an error
    /// when the box has no mailer.
    fn send_mail(
        &self,
        _account: &str,
        _notification: &str,
        _to: &[String],
        _mail: &crate::notify::Rendered,
    ) -> Result<(), String> {
        Err("this server sends no mail".into())
    }
    /// The SIP ban thresholds the engine applies now (None: no SIP engine).
    fn sip_ban_limits(&self) -> Option<crate::SipBanLimits> {
        None
    }
    /// New SIP ban thresholds, applied from the next failed authentication on.
    fn set_sip_ban_limits(&self, _limits: crate::SipBanLimits) {}
    /// Lifts a ban; false if there was none.
    fn lift_sip_ban(&self, _ip: &str) -> bool {
        false
    }
    /// The account's busy lamp field subscriptions, as `{presence_id, package, call_id,
    /// from, expires, version}` rows.
    fn presence_subscriptions(&self, _account: &str) -> Vec<Value> {
        Vec::new()
    }
    /// The state of the box's registration for gateway `gateway` of a `resources`
    /// document (`{state, expires_in, expires, last_error, last_attempt, down_since,
    /// registrar, contact_user}`), or None when the box does not register it (yet).
    fn gateway_registration(
        &self,
        _account: &str,
        _resource_id: &str,
        _gateway: usize,
    ) -> Option<Value> {
        None
    }
    /// Sends a SIP NOTIFY with `Event: {event}` (check-sync) to every registered contact of
    /// a device; returns how many were sent.
    fn check_sync(&self, _account: &str, _device_id: &str, _event: &str) -> usize {
        0
    }
    /// The box's analog ports as `{name, kind, state, alarm, account_id, device_id}` rows:
    /// all of them (`account` None), or those owned by devices of `account`.
    fn analog_ports(&self, _account: Option<&str>) -> Vec<Value> {
        Vec::new()
    }
    /// Sends a test message through the account's mail relay to `to`, waiting for the
    /// relay's answer: Ok(the sender address used), or the field at fault and why.
    fn send_test_mail(&self, _account: &str, _to: &str) -> Result<String, (&'static str, String)> {
        Err(("relay", "this server sends no mail".into()))
    }
    /// Starts a line test on FXO port `port` (a dial tone check, or a test call to
    /// `number`; with `apply` its findings set the port's answer supervision and disconnect
    /// method when it ends); the port's row, whose `line_test` shows progress and findings.
    /// An error says why the port cannot be tested (no such port: `NotFound`; down, in use,
    /// not FXO).
    fn start_line_test(
        &self,
        port: &str,
        _number: Option<&str>,
        _apply: bool,
    ) -> Result<Value, LineTestRefused> {
        Err(LineTestRefused::NotFound(port.to_string()))
    }
    /// Starts a call from the box (`quickcall`, "ring my phone"): the devices ring now;
    /// the answer is the call's id, or why it was not started.
    fn originate(&self, _call: &CallRequest) -> Result<String, CallRefused> {
        Err(CallRefused::Unavailable(
            "this server places no calls".into(),
        ))
    }
    /// The wall clock the call logic routes by (Unix seconds), when it differs from the
    /// system clock the API is given (`EDGEPBX_CLOCK_OFFSET`, SNTP's correction).
    fn wall_clock_unix(&self) -> Option<u64> {
        None
    }
    /// How the box last stopped and what it restored (`GET /v2/system_status`).
    fn system_status(&self) -> Value {
        Value::Object(Default::default())
    }
}

/// A call the box starts: `devices` ring at once; the first to answer is the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallRequest {
    pub account: String,
    /// The account's SIP realm.
    pub realm: String,
    pub devices: Vec<String>,
    pub then: CallThen,
    pub ring_secs: u32,
    /// Shown on the ringing device (name, number); None: the box's default.
    pub caller_id: Option<(String, String)>,
    pub auto_answer: bool,
}

/// What happens once a device answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallThen {
    /// This number is dialled for the device, as if it had dialled it.
    Dial(String),
    /// The box tells the device it works (a beep, its extension, goodbye) and hangs up.
    RingTest,
}

/// Why a call was not started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallRefused {
    NotRegistered,
    NoRoute,
    TooMany,
    Unavailable(String),
}

/// Why a line test cannot start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineTestRefused {
    NotFound(String),
    /// The port is not an FXO line, is down or is in use: the message says which.
    Unusable(String),
}

pub struct NoLiveState;

impl LiveState for NoLiveState {
    fn registered(&self, _account: &str, _device_id: &str) -> bool {
        false
    }
    fn channels(&self, _account: &str) -> Vec<Value> {
        Vec::new()
    }
}
