//! What the interpreter needs from the rest of the box: documents (read from the store's
//! cache), a few writes it does not wait for, shared call state (parking), audio, time.
//! The runtime implements it over the store; tests use an in-memory fake.

use std::sync::Arc;

use edgepbx_media::session::PendingAudio;

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

/// Something the box tells people about a call, by email (the runtime's mailer, which keeps
/// the ones not sent yet in the store, hence serde).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// A voicemail message was left (KAZOO's voicemail_to_email).
    Voicemail(VoicemailNotice),
    /// An outside line's registration has been failing longer than the account's
    /// threshold (the box's `trunk_down`; not about a call, but mailed the same way).
    TrunkDown(TrunkDownNotice),
}

/// What the trunk-down mail says.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TrunkDownNotice {
    /// Email addresses, resolved from the notification's `to` when it was queued.
    pub to: Vec<String>,
    pub resource_id: String,
    /// The resource's `name` (its id when it has none).
    pub resource_name: String,
    /// Index of the gateway in the resource's `gateways`.
    pub gateway: usize,
    /// The last error: `403 Trunk Suspended`, `408 Request Timeout (no answer)`.
    pub reason: String,
    /// When the registration started failing (Unix seconds).
    pub down_since_unix: u64,
}

/// What the voicemail-to-email mail says; the audio is read from the store when it is sent
/// (the runtime hands a notice to the mailer only after the message is stored).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct VoicemailNotice {
    /// Email addresses: the box's `notify_email_addresses` and the owner's, when the owner's
    /// `vm_to_email_enabled`.
    pub to: Vec<String>,
    pub vmbox_id: String,
    pub vmbox_name: String,
    pub mailbox: String,
    /// The message (its `media_id`, which also names its audio).
    pub media_id: String,
    pub caller_name: String,
    pub caller_number: String,
    /// The number the caller dialled.
    pub dialled: String,
    /// When the message was left (Unix seconds).
    pub at_unix: u64,
    pub length_ms: u32,
    /// The owner's first name, to greet.
    pub first_name: String,
    /// Where the message goes once the relay has accepted the mail: `deleted`
    /// (`delete_after_notify`) or `saved` (`save_after_notify`, which wins).
    pub after_sent: Option<String>,
    /// The box's `transcribe`: the audio goes to the account's speech-to-text service
    /// before the mail.
    #[serde(default)]
    pub transcribe: bool,
    /// What the service made of it: the text, or empty when it was tried and failed (the
    /// mail then goes without); None before a try.
    #[serde(default)]
    pub transcription: Option<String>,
}

/// A change to a stored document: gets the current document (`Null` when there is none) and
/// edits it in place; `false` leaves the store as it is. It may run more than once.
pub type Edit = Box<dyn Fn(&mut Value) -> bool + Send + Sync>;

/// An [`Edit`] of an existing document (nothing happens when it is gone).
pub fn edit_existing(f: impl Fn(&mut Value) -> bool + Send + Sync + 'static) -> Edit {
    Box::new(move |doc: &mut Value| doc.is_object() && f(doc))
}

/// A text to speak, with KAZOO's `voice` (female, male) and `language` (en-us, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpeechRequest<'a> {
    pub text: &'a str,
    pub voice: Option<&'a str>,
    pub language: Option<&'a str>,
}

/// What text-to-speech has for a request right now.
#[derive(Clone, Debug)]
pub enum Speech {
    Ready(Arc<[i16]>),
    /// Being rendered in the background.
    Pending,
    /// No speech for it: no TTS in this build, nothing speakable, a bad voice, a full queue.
    Unavailable,
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
    /// Whether `number` (any notation) is one of the account's own (a callflow number or a
    /// `phone_numbers` entry), from an index kept up to date on writes (never a scan).
    fn owns_number(&self, account: &str, number: &str) -> bool;
    /// Read-modify-write of one document: the runtime applies `edit` in the background, inside
    /// a store transaction, to the document as it is stored at that moment (never a copy the
    /// call took earlier) and writes it with a revision check, applying `edit` again to the
    /// newer document on a conflict. A call never waits on the flash; failures are logged.
    fn update(&self, account: &str, kind: &str, id: &str, edit: Edit);
    /// Audio of a stored media document or voicemail message (8 kHz), read and decoded off
    /// the engine's lock: the leg plays silence until it is ready, and skips it when it
    /// cannot be loaded. None when it is known not to exist.
    fn media(&self, account: &str, id: &str) -> Option<PendingAudio>;
    /// A built-in prompt's recording in an installed language pack (`language` such as
    /// `de-de`, else its primary tag `de`), loaded off the engine's lock; None when no pack
    /// of that language has it (the built-in prompt plays).
    fn prompt(&self, _language: &str, _id: &str) -> Option<PendingAudio> {
        None
    }
    /// Whether an installed pack of `language` (or its primary tag) records prompt `id`,
    /// without loading it (what decides how numbers are composed).
    fn has_prompt(&self, _language: &str, _id: &str) -> bool {
        false
    }
    /// Stores a recording (voicemail message, greeting) under `id` (8 kHz).
    fn store_audio(&self, account: &str, id: &str, audio: Arc<[i16]>);
    /// Copies stored audio (a forwarded voicemail message) in the background.
    fn copy_audio(&self, account: &str, from: &str, to: &str);
    /// Text-to-speech (8 kHz). Never blocks: a text not rendered yet is queued for a
    /// background renderer and answered `Pending`; ask again a moment later.
    fn tts(&self, request: &SpeechRequest) -> Speech;
    /// Puts a call in a slot; false when the slot is taken.
    fn park(&self, account: &str, slot: &str, call: Parked) -> bool;
    /// Takes the call out of a slot (retrieval, or the parked caller leaving).
    fn unpark(&self, account: &str, slot: &str) -> Option<Parked>;
    fn parked(&self, account: &str) -> Vec<(String, Parked)>;
    /// A carrier gateway's address (host name or IP literal).
    fn resolve(&self, host: &str, port: u16) -> Option<std::net::SocketAddr>;
    /// A carrier domain's servers by DNS SRV (and NAPTR when `transport` is None, RFC 3263),
    /// as last resolved in the background: the transport and the addresses in failover
    /// order. None: no such records (the host's own address is used).
    fn locate(
        &self,
        _host: &str,
        _transport: Option<edgepbx_sip::transaction::Transport>,
    ) -> Option<(
        edgepbx_sip::transaction::Transport,
        Vec<std::net::SocketAddr>,
    )> {
        None
    }
    /// Hands a notice to the mailer; sending (and retrying) happens in the background.
    fn notify(&self, account: &str, notice: Notice);
    /// A fresh random id (32 hex), for new documents.
    fn new_id(&self) -> String;
}
