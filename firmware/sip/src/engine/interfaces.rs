//! What the engine needs from the rest of the PBX, as traits the runtime implements (and
//! tests fake): the directory of accounts/devices/callflows, the media relay, and the
//! call-control logic that decides whom a call rings.

use std::net::SocketAddr;

pub use edgepbx_media::session::{MediaCommand, MediaEvent, PlayItem};

use super::Now;
use crate::transaction::Transport;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountRef {
    pub id: String,
    pub realm: String,
}

/// A device's SIP credentials and identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceAuth {
    pub account: String,
    pub device_id: String,
    pub username: String,
    pub password: String,
    pub owner_id: Option<String>,
    pub enabled: bool,
    /// The caller ID this device presents on internal calls.
    pub caller_id_name: String,
    pub caller_id_number: String,
}

/// Who is calling, once authenticated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caller {
    pub account: String,
    pub device_id: String,
    pub owner_id: Option<String>,
    pub name: String,
    pub number: String,
    /// An outside party: a carrier's caller, or a far end the box does not know as one of
    /// its devices. Numbers it names (transfer targets) never reach outside lines.
    pub outside: bool,
}

pub trait Directory: Send {
    /// The account a request domain belongs to: its realm, or (for the box's own address
    /// or host name) the default account.
    fn account_for_domain(&self, domain: &str, is_local_name: bool) -> Option<AccountRef>;
    fn device_by_username(&self, account: &str, username: &str) -> Option<DeviceAuth>;
    /// The call control for a dialled number, or None when nothing matches (404).
    fn route(&self, caller: &Caller, number: &str) -> Option<Box<dyn CallFlow>>;
    /// A device as a caller (the party that stays, or transfers, after a REFER); None
    /// when unknown, and the engine then uses the device id alone.
    fn caller_for_device(&self, _account: &str, _device_id: &str) -> Option<Caller> {
        None
    }
    /// What a device asks for its media (KAZOO `media.encryption`); plain RTP when unknown.
    fn srtp_policy(&self, _account: &str, _device_id: &str) -> crate::sdes::SrtpPolicy {
        crate::sdes::SrtpPolicy::Plain
    }
    /// The carrier (a `resources` gateway) an INVITE from `ip` to `number`@`domain` (its
    /// Request-URI) comes from, if any, and the account it calls: such calls are not
    /// challenged (carriers do not answer challenges).
    fn carrier_for_source(
        &self,
        _ip: std::net::IpAddr,
        _number: &str,
        _domain: &str,
    ) -> Option<Carrier> {
        None
    }
    /// The account's concurrent call limits (read from a cache: this runs under the
    /// engine's lock).
    fn limits(&self, _account: &str) -> CallLimits {
        CallLimits::default()
    }
    /// The account's parent accounts, nearest first (a reseller's `limits` bound the calls
    /// of all its sub-accounts together).
    fn parent_accounts(&self, _account: &str) -> Vec<String> {
        Vec::new()
    }
    /// A device's own limits on the outside calls it places (`outbound_trunks` and
    /// `outbound_minutes_per_hour` of the device's `limits` object); no others apply.
    fn device_limits(&self, _account: &str, _device_id: &str) -> CallLimits {
        CallLimits::default()
    }
    /// The call control for a carrier's call to one of the account's numbers: exact
    /// numbers and patterns, never `no_match` (no outside call may reach outside lines).
    fn route_from_carrier(&self, _caller: &Caller, _number: &str) -> Option<Box<dyn CallFlow>> {
        None
    }
    /// What the account's busy lamp field keys (presence ids) watch: read about once a
    /// second while any phone subscribes to one of them.
    fn presence_sources(&self, _account: &str) -> PresenceSources {
        PresenceSources::default()
    }
    /// What a `message-summary` subscription (RFC 3842) of `device_id` to `target` (the
    /// Request-URI's user) shows: the box whose mailbox number is `target`, else the boxes
    /// of the device's owner. Read about once a second while the subscription lasts.
    fn message_counts(&self, _account: &str, _device_id: &str, _target: &str) -> MessageCounts {
        MessageCounts::default()
    }
    /// The account's devices that want unsolicited message waiting NOTIFYs and whose owner
    /// has a voicemail box, with the counts of the owner's boxes. Read about once a second
    /// for accounts with registered devices.
    fn unsolicited_mwi(&self, _account: &str) -> Vec<UnsolicitedMwi> {
        Vec::new()
    }
    /// What the other party hears while `device_id` holds the call (KAZOO's
    /// `music_on_hold.media_id` of one of `groups` the device belongs to, else of the
    /// device, its owner, the account): the built-in music unless the office uploaded its
    /// own. `groups` are the bridge's [`Bridge::music_groups`] when a callee holds, none
    /// for the caller. Runs under the engine's lock, so stored audio comes as a
    /// [`PlayItem::Looped`] slot that is filled off it.
    fn hold_music(&self, _account: &str, _device_id: &str, _groups: &[String]) -> PlayItem {
        PlayItem::Music
    }
    /// The country whose call-progress tones the account's callers hear (a code of the
    /// media crate's tone table); None: the engine's `tone_country`. Runs under the
    /// engine's lock: read from a cache.
    fn tone_country(&self, _account: &str) -> Option<String> {
        None
    }
}

/// A device told about its owner's voicemail without subscribing (KAZOO's
/// `mwi_unsolicited_updates`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnsolicitedMwi {
    pub device_id: String,
    /// `Message-Account` (and From) of the NOTIFY: `sip:<box number>@<realm>`.
    pub message_account: String,
    /// To of the NOTIFY: `sip:<device user name>@<realm>`.
    pub device_uri: String,
    pub counts: MessageCounts,
}

/// A voicemail box's messages as message waiting shows them: new, and old (saved).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MessageCounts {
    pub new: u32,
    pub old: u32,
}

/// What a presence id (a BLF key) shows, least to most urgent: a ringing line is one a
/// colleague can pick up, so it shows over a busy one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineState {
    #[default]
    Idle,
    Busy,
    Ringing,
}

/// An account's presence ids: the devices each one covers (a user's presence id covers the
/// user's devices), and states that come from elsewhere than calls (`manual_presence`, a
/// parked call in a slot).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PresenceSources {
    pub devices: std::collections::HashMap<String, Vec<String>>,
    pub states: std::collections::HashMap<String, LineState>,
}

/// An account's concurrent call limits (its `limits` document; None: unlimited). See
/// `call/limits.rs` for how they apply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallLimits {
    pub calls: Option<u32>,
    pub inbound_trunks: Option<u32>,
    pub outbound_trunks: Option<u32>,
    pub twoway_trunks: Option<u32>,
    pub resource_consuming_calls: Option<u32>,
    /// Answered outbound (trunk) call time allowed in any hour (edgepbx's own field).
    pub outbound_minutes_per_hour: Option<u32>,
}

/// A carrier gateway calls come in from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carrier {
    pub account: String,
    /// The `resources` document; the call's authorizing id.
    pub resource_id: String,
}

/// Whom a bridge rings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Every registered contact of this device.
    Device(String),
    /// An outside destination through a SIP trunk (`offnet`/`resources`).
    Trunk(TrunkTarget),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrunkTarget {
    /// Request-URI to send, e.g. `sip:+14155550100@carrier.example`.
    pub uri: String,
    /// Where to send it (the carrier's proxy), over `transport`.
    pub proxy: SocketAddr,
    pub transport: Transport,
    /// Credentials when the carrier challenges us.
    pub username: Option<String>,
    pub password: Option<String>,
    /// What the gateway asks for its media (its `media.encryption`).
    pub srtp: crate::sdes::SrtpPolicy,
}

/// The transport a `resources` gateway asks for with the box's `transport` field (`udp`,
/// `tcp` or `tls`); UDP when absent (the API refuses any other value on save).
pub fn gateway_transport(gw: &serde_json::Value) -> Transport {
    gateway_transport_written(gw).unwrap_or(Transport::Udp)
}

/// The gateway's `transport` when it names one (else DNS NAPTR may choose, RFC 3263).
pub fn gateway_transport_written(gw: &serde_json::Value) -> Option<Transport> {
    gw.get("transport")
        .and_then(serde_json::Value::as_str)
        .and_then(Transport::from_name)
}

/// True when the gateway names its port (`port`, or `host:port` in `server`): then its
/// host name is looked up for addresses only, without SRV (RFC 3263 §4.2).
pub fn gateway_port_written(gw: &serde_json::Value) -> bool {
    let server = gw
        .get("server")
        .and_then(serde_json::Value::as_str)
        .unwrap_or("");
    let port_in_server = server
        .rsplit_once(':')
        .is_some_and(|(host, port)| !host.contains(':') && port.parse::<u16>().is_ok());
    gw.get("port").is_some_and(|p| !p.is_null()) || port_in_server
}

/// A gateway's `port`, else the default of its transport (5061 for TLS, else 5060).
pub fn gateway_port(gw: &serde_json::Value) -> u16 {
    gw.get("port")
        .and_then(|p| p.as_u64().or_else(|| p.as_str()?.trim().parse().ok()))
        .and_then(|p| u16::try_from(p).ok())
        .filter(|p| *p > 0)
        .unwrap_or_else(|| gateway_transport(gw).default_port())
}

/// One endpoint of a bridge, with its own start delay and ring time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    pub target: Target,
    /// Seconds after the bridge starts before this endpoint is rung.
    pub delay_secs: u32,
    /// Seconds this endpoint rings (from its own start); None = the bridge's timeout.
    pub timeout_secs: Option<u32>,
    /// The callee must press this key to take the call (a forward's `require_keypress`):
    /// when it answers, the box asks it first and the caller keeps hearing ringing.
    pub confirm_key: Option<char>,
    /// Caller ID shown to this endpoint, over the bridge's (a forward that does not keep
    /// the caller's ID shows the forwarding user's).
    pub caller_id: Option<(String, String)>,
}

impl Endpoint {
    pub fn new(target: Target) -> Endpoint {
        Endpoint {
            target,
            delay_secs: 0,
            timeout_secs: None,
            confirm_key: None,
            caller_id: None,
        }
    }

    pub fn device(id: impl Into<String>) -> Endpoint {
        Endpoint::new(Target::Device(id.into()))
    }
}

/// Ring endpoints at once (each after its delay); the first to answer is connected.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Bridge {
    pub endpoints: Vec<Endpoint>,
    /// The whole bridge gives up after this many seconds.
    pub timeout_secs: u32,
    /// Caller ID shown to the callees (name, number); None = the caller's own.
    pub caller_id: Option<(String, String)>,
    /// Extra headers on the INVITEs (Alert-Info for distinctive ring, Call-Info for
    /// intercom auto-answer).
    pub headers: Vec<(String, String)>,
    /// Do not pass the callees' early media (ring groups); the caller hears ringing.
    pub ignore_early_media: bool,
    /// Record the call once answered (the users' call recording settings); a recording
    /// the flow already asked for (`record_call`) wins.
    pub record: Option<RecordCall>,
    /// What the caller hears while it rings instead of its own phone's ringback or the
    /// callees' early media (KAZOO `ringback`: uploaded media, looped): the box sends 183
    /// with its own answer and the media server plays it.
    pub ringback: Option<edgepbx_media::session::PlayItem>,
    /// What a caller the box has answered already (after a menu, or transferred into this
    /// flow) hears while the bridge rings, over `ringback` (KAZOO `ringback.transfer`, which
    /// FreeSWITCH plays as `transfer_ringback` to answered channels). The call keeps it for
    /// its later bridges, so a caller transferred into a flow without one still hears it.
    pub transfer_ringback: Option<edgepbx_media::session::PlayItem>,
    /// The `groups` documents this call came in through (a SmartPBX group's callflow
    /// `group_id`, a ring group's group members): a callee that is one of their members
    /// and holds the call plays the group's `music_on_hold` ([`Directory::hold_music`]).
    pub music_groups: Vec<String>,
    /// What a callee that must press a key (`Endpoint::confirm_key`) is asked: the call's
    /// language's recording (from the callflow); None plays the built-in prompt.
    pub confirm_prompt: Option<edgepbx_media::session::PlayItem>,
}

/// What call control asks the engine to do next.
#[derive(Clone, Debug, PartialEq)]
pub enum FlowCommand {
    Bridge(Bridge),
    /// Answer the caller (if not yet) and run this on its terminated leg; the result comes
    /// back as [`FlowEvent::Media`].
    Media(MediaCommand),
    /// Refuse the unanswered caller with this SIP response (or hang up if answered).
    Respond {
        code: u16,
        reason: String,
    },
    /// Come back with [`FlowEvent::Timer`] after this long (the caller keeps hearing what
    /// was playing).
    Wait {
        ms: u64,
    },
    /// An HTTP request (pivot, webhook); the answer comes back as [`FlowEvent::Http`].
    Http(HttpRequest),
    /// Page: ring the bridge's endpoints (auto-answer headers in it) and put every phone
    /// that answers into one room with the caller; `two_way` lets them talk back. The
    /// flow hears `Bridge` results only if no phone answers.
    Page {
        bridge: Bridge,
        two_way: bool,
    },
    /// Take over a call that is ringing one of these devices (call pickup): the caller of
    /// that call and this call are connected. Comes back as `Bridge(NoEndpoints)` when no
    /// such call rings; on success this call's flow is done (the engine connects them).
    Pickup {
        devices: Vec<String>,
    },
    /// Move the one answered call that one of these devices (the caller's other phones) is
    /// in to this call's caller (KAZOO `move`): that device is hung up and the party it
    /// talked to meets this caller; on success this call's flow is done. Comes back as
    /// `Bridge(NoEndpoints)` when none of them is in an answered call, and as
    /// `Bridge(Failed { code: 300 })` (Multiple Choices) when they are in several, and as
    /// `Bridge(Failed { code: 503 })` when there is no media server to join the two on.
    Move {
        devices: Vec<String>,
    },
    /// Record the call's bridged audio (Some: start, or update the running recording's
    /// owner and limit; None: stop). A call not bridged yet starts recording when it is.
    /// The flow hears [`FlowEvent::Done`] at once.
    Record(Option<RecordCall>),
    /// Report keys pressed during the bridged call (KAZOO metaflows): after the binding
    /// key, the keys that follow until `digit_timeout_ms` passes without one come back as
    /// [`FlowEvent::Keys`]. The flow hears [`FlowEvent::Done`] at once.
    ListenKeys(KeyBinding),
    /// In a bridged call, `by` hands the other party to `number` (a metaflow transfer):
    /// that party runs the number's callflow as `by` would dial it, and `by` is hung up.
    Transfer {
        by: Party,
        number: String,
    },
    /// Nothing more to do; the call stays as it is (a bridged call).
    Idle,
    /// End the call with this cause (the caller gets the matching SIP status if unanswered).
    Hangup {
        cause: String,
    },
}

impl FlowCommand {
    pub fn hangup(cause: &str) -> FlowCommand {
        FlowCommand::Hangup {
            cause: cause.to_string(),
        }
    }
}

/// The two parties of a bridged call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Party {
    /// Whoever placed the call (or, after a transfer, the party that stayed).
    Caller,
    Callee,
}

/// A call recording's settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordCall {
    /// Longest recording, in seconds (KAZOO `time_limit`).
    pub time_limit_secs: u32,
    /// Recordings shorter than this are dropped (KAZOO `record_min_sec`).
    pub min_secs: u32,
    /// The user the recording belongs to, if a user's setting asked for it.
    pub owner_id: Option<String>,
    /// What asked for it: `callflow`, `user:inbound`, `metaflow`...
    pub origin: String,
}

/// Which keys start an in-call feature, and whose keys count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyBinding {
    pub binding: char,
    pub digit_timeout_ms: u64,
    pub caller: bool,
    pub callee: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: String,
    pub url: String,
    pub content_type: Option<String>,
    /// An `Authorization` header value (a speech-to-text service's bearer key).
    pub authorization: Option<String>,
    pub body: Vec<u8>,
    pub timeout_ms: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HttpResult {
    Response {
        status: u16,
        content_type: Option<String>,
        body: Vec<u8>,
    },
    /// Connection failed, timed out or the answer was unreadable.
    Failed(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FlowEvent {
    Bridge(BridgeResult),
    Media(MediaEvent),
    Timer,
    Http(HttpResult),
    /// The command needed no waiting (`Record`, `ListenKeys`): carry on.
    Done,
    /// Keys pressed in the bridged call after the binding key (see `ListenKeys`).
    Keys {
        by: Party,
        digits: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BridgeResult {
    Answered,
    /// Every leg failed; the best final response code.
    Failed {
        code: u16,
    },
    NoAnswer,
    /// None of the endpoints could be rung (no registered contact).
    NoEndpoints,
}

/// Call control for one call (the callflow interpreter implements this).
pub trait CallFlow: Send {
    fn start(&mut self, now: Now) -> FlowCommand;
    /// The outcome of the last command that has one. After `Bridge(Answered)` the flow is
    /// asked again only for in-call events.
    fn event(&mut self, now: Now, event: FlowEvent) -> FlowCommand;
    /// The call is over (told once, whoever hung up): the flow's last chance to act on how
    /// it went, a missed-call alert say. Nothing it returns reaches the call.
    fn ended(&mut self, _now: Now) {}
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaSide {
    A,
    B,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MediaPorts {
    pub id: u64,
    pub a_port: u16,
    pub b_port: u16,
}

/// The SDES keys of one SRTP leg of a relay session.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SrtpLegKeys {
    pub suite: crate::sdes::SdesSuite,
    /// The peer's key (what it sends is opened with it).
    pub remote: [u8; crate::sdes::KEY_LEN],
    /// Ours (what it gets is sealed with it).
    pub local: [u8; crate::sdes::KEY_LEN],
}

impl std::fmt::Debug for SrtpLegKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SrtpLegKeys({})", self.suite.name())
    }
}

/// The RTP relay, one session per call: the caller talks to `a_port`, the callee to `b_port`.
pub trait MediaRelay: Send {
    fn allocate(&mut self) -> Option<MediaPorts>;
    fn set_remote(&mut self, id: u64, side: MediaSide, rtp: SocketAddr);
    /// Payload type rewrites for packets received from `from`.
    fn set_payload_map(&mut self, id: u64, from: MediaSide, map: &[(u8, u8)]);
    /// SRTP keys of `side`'s leg (None: plain RTP); the relay opens what that peer sends
    /// with `remote` and seals what it gets with `local`.
    fn set_srtp(&mut self, id: u64, side: MediaSide, keys: Option<SrtpLegKeys>);
    /// While `on`, the media server stands in for `side`'s peer (hold music): its plain RTP
    /// is taken on an SRTP leg, whose keys and packet counters stay for the peer's return.
    fn set_stand_in(&mut self, id: u64, side: MediaSide, on: bool);
    /// A new SRTP master key and salt from a cryptographically secure generator.
    fn srtp_key(&mut self) -> [u8; crate::sdes::KEY_LEN];
    /// Copies of the RTP from `side`'s peer also go to `to` (None: no longer).
    fn set_tap(&mut self, id: u64, side: MediaSide, to: Option<SocketAddr>);
    /// Milliseconds since the last packet in either direction.
    fn idle_ms(&self, id: u64) -> Option<u64>;
    fn release(&mut self, id: u64);
}
