//! The account's mail relay from `/configs/smtp_client`, and one message sent through it.

use std::time::Duration;

use edgepbx_store::{Store, lenient};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{Message, SmtpTransport, Transport};
use serde_json::Value;

/// A connection, a command or the whole send taking longer than this fails the try.
const TIMEOUT: Duration = Duration::from_secs(20);

pub enum SendError {
    /// Worth another try later (no connection, timeout, a 4xx answer).
    Transient(String),
    /// Will fail again the same way (no relay set up, a 5xx answer, a bad address).
    Permanent(String),
}

pub struct Relay {
    transport: SmtpTransport,
    from: String,
}

impl Relay {
    pub fn for_account(store: &Store, account: &str) -> Result<Relay, SendError> {
        let config = store
            .get(account, "configs", edgepbx_api::smtp_client::CONFIG)
            .map_err(|e| SendError::Transient(format!("store: {e}")))?
            .ok_or_else(|| {
                SendError::Permanent("no mail relay set up (PUT /configs/smtp_client)".into())
            })?;
        let realm = store
            .get(edgepbx_store::GLOBAL, "accounts", account)
            .ok()
            .flatten()
            .and_then(|a| a.get("realm").and_then(Value::as_str).map(str::to_string))
            .unwrap_or_else(|| "edgepbx.local".into());
        Relay::from_config(&config, &realm)
    }

    /// `relay` (required), `port` (25, or 465 with `ssl`), `tls` never | if_available |
    /// always (STARTTLS; default if_available), `ssl` (TLS from the first byte),
    /// `username`/`password` (AUTH when both are set), `from` (default no_reply@realm).
    fn from_config(config: &Value, realm: &str) -> Result<Relay, SendError> {
        let text = |f: &str| {
            config
                .get(f)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
        };
        let host =
            text("relay").ok_or_else(|| SendError::Permanent("smtp_client has no relay".into()))?;
        let ssl = lenient::bool_at(config, "ssl") == Some(true);
        let port = lenient::u64_at(config, "port")
            .and_then(|p| u16::try_from(p).ok())
            .unwrap_or(if ssl { 465 } else { 25 });
        let params = || {
            TlsParameters::new(host.to_string())
                .map_err(|e| SendError::Permanent(format!("TLS set-up: {e}")))
        };
        let tls = match (ssl, text("tls").unwrap_or("if_available")) {
            (true, _) => Tls::Wrapper(params()?),
            (false, "never") => Tls::None,
            (false, "always") => Tls::Required(params()?),
            _ => Tls::Opportunistic(params()?),
        };
        let mut builder = SmtpTransport::builder_dangerous(host)
            .port(port)
            .tls(tls)
            .timeout(Some(TIMEOUT))
            .hello_name(ClientId::Domain(realm.to_string()));
        if let (Some(user), Some(password)) = (text("username"), text("password")) {
            builder = builder.credentials(Credentials::new(user.into(), password.into()));
        }
        let from = text("from")
            .map(str::to_string)
            .unwrap_or_else(|| format!("no_reply@{realm}"));
        Ok(Relay {
            transport: builder.build(),
            from,
        })
    }

    pub fn from(&self) -> &str {
        &self.from
    }

    pub fn send(&self, message: &Message) -> Result<(), SendError> {
        self.transport.send(message).map(|_| ()).map_err(|e| {
            if e.is_permanent() {
                SendError::Permanent(format!("the relay refused the message: {e}"))
            } else {
                SendError::Transient(format!("{e}"))
            }
        })
    }
}
