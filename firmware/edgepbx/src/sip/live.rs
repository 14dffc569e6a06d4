//! What the API shows of the engine: registrations, channels and bans.

use std::sync::{Arc, Mutex};

use edgepbx_api::LiveState;
use edgepbx_sip::engine::Engine;
use serde_json::{Value, json};

use super::clock::Clock;
use super::supervise::lock_engine;
use crate::tls::SharedAcceptor;

pub struct SipLive {
    pub engine: Arc<Mutex<Engine>>,
    pub clock: Clock,
    pub data: std::path::PathBuf,
    pub tls: SharedAcceptor,
    pub start: Arc<super::status::StartInfo>,
    /// Where output the API makes the engine produce (check-sync NOTIFYs) goes.
    pub sink: super::OutputSink,
    /// The analog ports' state, written by the line thread (empty without a board).
    pub analog: crate::analog::PortTable,
    /// For the mail relay's test message.
    pub store: edgepbx_store::Store,
    pub mailer: crate::mail::Mailer,
    pub trace: Arc<super::trace_tap::TraceTap>,
}

impl LiveState for SipLive {
    fn send_mail(
        &self,
        account: &str,
        notification: &str,
        to: &[String],
        mail: &edgepbx_api::notify::Rendered,
    ) -> Result<(), String> {
        let copy = edgepbx_api::notify::Rendered {
            subject: mail.subject.clone(),
            text: mail.text.clone(),
            html: mail.html.clone(),
        };
        self.mailer.send_prepared(account, notification, to, copy)
    }

    fn sip_trace(&self, call_ids: &[&str]) -> Vec<edgepbx_sip::trace::TraceEntry> {
        self.trace.calls(call_ids)
    }

    fn analog_ports(&self, account: Option<&str>) -> Vec<Value> {
        self.analog.rows(account)
    }

    fn start_line_test(
        &self,
        port: &str,
        number: Option<&str>,
        apply: bool,
    ) -> Result<Value, edgepbx_api::LineTestRefused> {
        self.analog.ask_line_test(port, number, apply)
    }

    fn registered(&self, account: &str, device_id: &str) -> bool {
        let now = self.clock.now();
        lock_engine(&self.engine).is_registered(account, device_id, now.mono)
    }

    fn channels(&self, account: &str) -> Vec<Value> {
        let now = self.clock.now();
        lock_engine(&self.engine).channels(account, now)
    }

    fn sip_bans(&self) -> Vec<Value> {
        let now = self.clock.now();
        lock_engine(&self.engine)
            .bans(now.unix)
            .into_iter()
            .map(|b| json!({"ip": b.ip.to_string(), "reason": b.reason, "expires_in": b.until_unix.saturating_sub(now.unix)}))
            .collect()
    }

    fn replace_tls_certificate(
        &self,
        certificate: &str,
        private_key: &str,
    ) -> Result<(), (&'static str, String)> {
        crate::tls::install(
            &self.data,
            &self.tls,
            certificate,
            private_key,
            self.clock.now().unix,
        )
    }

    fn presence_subscriptions(&self, account: &str) -> Vec<Value> {
        let now = self.clock.now();
        lock_engine(&self.engine).presence_subscriptions(account, now)
    }

    fn wall_clock_unix(&self) -> Option<u64> {
        Some(self.clock.now().unix)
    }

    fn system_status(&self) -> Value {
        let now = self.clock.now();
        let (registrations, calls, outside) = self
            .engine
            .lock()
            .map(|e| (e.registrations(), e.call_count(), e.outside_ip()))
            .unwrap_or_default();
        let mut status = self.start.json(now.unix, registrations, calls);
        // What providers are shown (`provider_public_ip`, or found by STUN); null: the
        // box's own address.
        status["provider_address"] = outside.map(|ip| ip.to_string()).into();
        // The dashboard's storage, last backup and certificate expiry.
        let facts = &self.data;
        status["storage"] = crate::box_facts::storage(facts).unwrap_or(Value::Null);
        status["last_backup"] = crate::box_facts::last_backup(facts).unwrap_or(Value::Null);
        status["certificate"] =
            crate::box_facts::certificate(facts, now.unix).unwrap_or(Value::Null);
        status
    }

    fn gateway_registration(
        &self,
        account: &str,
        resource_id: &str,
        gateway: usize,
    ) -> Option<Value> {
        let now = self.clock.now();
        let engine = self.engine.lock().ok()?;
        let status = engine.uplink_status(account, resource_id, gateway)?;
        let contact_user = engine.uplink_contact_user(account, resource_id, gateway);
        drop(engine);
        Some(super::status::registration_json(
            &status,
            contact_user,
            now.unix,
        ))
    }

    fn check_sync(&self, account: &str, device_id: &str, event: &str) -> usize {
        let now = self.clock.now();
        let mut engine = lock_engine(&self.engine);
        let sent = engine.check_sync(now, account, device_id, event);
        // UDP sends and stream queueing only: nothing here waits.
        self.sink.drain(&mut engine);
        sent
    }

    fn originate(
        &self,
        call: &edgepbx_api::CallRequest,
    ) -> Result<String, edgepbx_api::CallRefused> {
        use edgepbx_api::{CallRefused, CallThen};
        use edgepbx_sip::engine::{AfterAnswer, Originate, OriginateRefused};
        let request = Originate {
            account: call.account.clone(),
            realm: call.realm.clone(),
            devices: call.devices.clone(),
            then: match &call.then {
                CallThen::Dial(number) => AfterAnswer::Dial(number.clone()),
                CallThen::RingTest => AfterAnswer::Confirm,
            },
            ring_secs: call.ring_secs,
            caller_id: call.caller_id.clone(),
            auto_answer: call.auto_answer,
        };
        let now = self.clock.now();
        let mut engine = lock_engine(&self.engine);
        let started = engine.originate(now, request);
        // UDP sends and stream queueing only: nothing here waits.
        self.sink.drain(&mut engine);
        match started {
            Ok(call) => Ok(call.call_id),
            Err(OriginateRefused::NotRegistered) => Err(CallRefused::NotRegistered),
            Err(OriginateRefused::NoRoute) => Err(CallRefused::NoRoute),
            Err(OriginateRefused::TooMany) => Err(CallRefused::TooMany),
            Err(OriginateRefused::Unavailable(why)) => Err(CallRefused::Unavailable(why.into())),
        }
    }

    fn send_test_mail(&self, account: &str, to: &str) -> Result<String, (&'static str, String)> {
        crate::mail::test_mail::send(&self.store, account, to)
    }

    fn sip_ban_limits(&self) -> Option<edgepbx_api::SipBanLimits> {
        let (failures, window_seconds, ban_seconds) = lock_engine(&self.engine).ban_limits();
        Some(edgepbx_api::SipBanLimits {
            failures,
            window_seconds,
            ban_seconds,
        })
    }

    fn set_sip_ban_limits(&self, l: edgepbx_api::SipBanLimits) {
        lock_engine(&self.engine).set_ban_limits(l.failures, l.window_seconds, l.ban_seconds);
        tracing::info!(
            failures = l.failures,
            window_seconds = l.window_seconds,
            ban_seconds = l.ban_seconds,
            "SIP ban thresholds set"
        );
    }

    fn lift_sip_ban(&self, ip: &str) -> bool {
        let Ok(ip) = ip.parse() else { return false };
        lock_engine(&self.engine).lift_ban(ip)
    }
}
