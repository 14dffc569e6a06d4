//! "Send a test mail" of the panel's mail relay step (`POST configs/smtp_client/test`): one
//! short message through the account's relay, sent while the request waits (on the HTTP
//! server's blocking pool, never on the call engine), so the admin sees at once whether the
//! relay, its login and TLS work. It is not queued or retried: a failure is the answer.

use edgepbx_store::Store;
use lettre::Message;
use lettre::message::Mailbox;

use super::relay::{Relay, SendError};

/// Sends the test message to `to`; Ok(relay's sender address) or the reason it failed.
pub fn send(store: &Store, account: &str, to: &str) -> Result<String, (&'static str, String)> {
    let to: Mailbox = to
        .parse()
        .map_err(|e| ("to", format!("not an email address: {e}")))?;
    let reason = |e: SendError| match e {
        SendError::Transient(m) | SendError::Permanent(m) => ("relay", m),
    };
    let relay = Relay::for_account(store, account).map_err(reason)?;
    let from: Mailbox = relay
        .from()
        .parse()
        .map_err(|e| ("from", format!("the relay's sender address: {e}")))?;
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject("edgepbx: test mail")
        .body("This test mail was sent by your phone system through its mail relay.\n".to_string())
        .map_err(|e| ("to", e.to_string()))?;
    relay.send(&message).map_err(reason)?;
    Ok(relay.from().to_string())
}
