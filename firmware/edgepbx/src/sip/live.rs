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
}

impl LiveState for SipLive {
    fn analog_ports(&self, account: Option<&str>) -> Vec<Value> {
        self.analog.rows(account)
    }

    fn start_line_test(
        &self,
        port: &str,
        number: Option<&str>,
    ) -> Result<Value, edgepbx_api::LineTestRefused> {
        self.analog.ask_line_test(port, number)
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
        crate::tls::install(&self.data, &self.tls, certificate, private_key)
    }

    fn presence_subscriptions(&self, account: &str) -> Vec<Value> {
        let now = self.clock.now();
        lock_engine(&self.engine).presence_subscriptions(account, now)
    }

    fn system_status(&self) -> Value {
        let now = self.clock.now();
        let (registrations, calls) = self
            .engine
            .lock()
            .map(|e| (e.registrations(), e.call_count()))
            .unwrap_or_default();
        self.start.json(now.unix, registrations, calls)
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

    fn lift_sip_ban(&self, ip: &str) -> bool {
        let Ok(ip) = ip.parse() else { return false };
        lock_engine(&self.engine).lift_ban(ip)
    }
}
