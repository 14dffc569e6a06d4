//! What the interpreter needs from the rest of the box: documents (read from the store's
//! cache), a few writes it does not wait for, shared call state (parking), audio, time.
//! The runtime implements it over the store; tests use an in-memory fake.

use std::sync::Arc;

use serde_json::Value;

/// A call waiting in a parking slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parked {
    /// The media-server conference room the parked caller waits in.
    pub room: String,
    /// Who parked it (rung back when nobody retrieves it in time).
    pub parker_device: String,
    pub caller_name: String,
    pub caller_number: String,
}

/// Something the box tells people about a call, by email (the runtime's mailer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// `missed_call_alert`: nobody answered and no voicemail was left.
    MissedCall {
        /// Email addresses, already resolved from the module's recipients.
        to: Vec<String>,
        caller_name: String,
        caller_number: String,
        /// The number the caller dialled.
        dialled: String,
        /// When the call started (Unix seconds).
        at_unix: u64,
    },
}

pub trait Data: Send + Sync {
    fn doc(&self, account: &str, kind: &str, id: &str) -> Option<Arc<Value>>;
    /// Every document of a kind in the account, with ids.
    fn docs(&self, account: &str, kind: &str) -> Vec<(String, Arc<Value>)>;
    /// The account document itself.
    fn account(&self, account: &str) -> Option<Arc<Value>>;
    /// The callflow for a dialled number (exact, normalised, longest pattern, `no_match`)
    /// with the pattern's capture groups.
    fn lookup(&self, account: &str, number: &str) -> Option<(Arc<Value>, Vec<String>)>;
    fn is_registered(&self, account: &str, device_id: &str) -> bool;
    /// Creates or replaces a document; the write happens in the background (a call never
    /// waits on the flash), and failures are logged by the runtime.
    fn save(&self, account: &str, kind: &str, id: &str, doc: Value);
    /// Audio of a stored media document or voicemail message, 8 kHz.
    fn media(&self, account: &str, id: &str) -> Option<Arc<[i16]>>;
    /// Stores a recording (voicemail message, greeting) under `id` (8 kHz).
    fn store_audio(&self, account: &str, id: &str, audio: Arc<[i16]>);
    /// Text-to-speech, 8 kHz; None when the build has no TTS.
    fn tts(&self, text: &str) -> Option<Arc<[i16]>>;
    /// Puts a call in a slot; false when the slot is taken.
    fn park(&self, account: &str, slot: &str, call: Parked) -> bool;
    /// Takes the call out of a slot (retrieval, or the parked caller leaving).
    fn unpark(&self, account: &str, slot: &str) -> Option<Parked>;
    fn parked(&self, account: &str) -> Vec<(String, Parked)>;
    /// A carrier gateway's address (host name or IP literal).
    fn resolve(&self, host: &str, port: u16) -> Option<std::net::SocketAddr>;
    /// Hands a notice to the mailer; sending (and retrying) happens in the background.
    fn notify(&self, account: &str, notice: Notice);
    /// A fresh random id (32 hex), for new documents.
    fn new_id(&self) -> String;
}
