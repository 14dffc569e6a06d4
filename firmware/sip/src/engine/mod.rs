//! The SIP engine: transactions, registrar, authentication, bans and the B2BUA, as one
//! sans-IO state machine. The runtime feeds it datagrams/stream messages and the time,
//! and carries out its [`Output`]s; everything it needs from the rest of the PBX comes
//! through the [`Directory`] (store) and [`MediaRelay`] traits.

mod call;
pub mod causes;
mod cdr;
mod dialog;
pub mod guard;
mod ids;
mod interfaces;
mod memory;
mod out_of_dialog;
pub mod persist;
mod presence;
mod register;
pub mod registrar;
mod survive;
pub mod uplink;

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, SocketAddr};

pub use interfaces::{
    AccountRef, Bridge, BridgeResult, CallFlow, CallLimits, Caller, Carrier, DeviceAuth, Directory,
    Endpoint, FlowCommand, FlowEvent, HttpRequest, HttpResult, KeyBinding, LineState, MediaCommand,
    MediaEvent, MediaPorts, MediaRelay, MediaSide, MessageCounts, Party, PlayItem, PresenceSources,
    RecordCall, SrtpLegKeys, Target, TrunkTarget, UnsolicitedMwi, gateway_port,
    gateway_port_written, gateway_transport, gateway_transport_written,
};

pub use call::{
    AfterAnswer, DEFAULT_RING_SECS, MAX_ORIGINATES_PER_ACCOUNT, Originate, OriginateRefused,
    Originated,
};
pub use memory::TableCapacity;
pub use survive::panic_message;

use crate::auth::DigestAuth;
use crate::message::writer::{Writer, reason_phrase};
use crate::message::{Message, Method, ParseError};
use crate::transaction::{
    Incoming, Millis, Peer, Timers, TransactionLayer, Transmit, Transport, TxEvent, TxId,
};
use call::{Call, CallId};
use guard::{Ban, Guard, GuardConfig};
use ids::IdGen;
use registrar::{Aor, ExpiryLimits, Registrar};

/// The time, as the runtime sees it: a monotonic clock for timers and the wall clock for
/// nonces and call records (the box may set its wall clock late, from NTP).
#[derive(Clone, Copy, Debug)]
pub struct Now {
    pub mono: Millis,
    pub unix: u64,
}

#[derive(Clone, Debug)]
pub struct EngineConfig {
    /// Our address per transport, as peers should see it (Via, Contact).
    pub local: Vec<(Transport, SocketAddr)>,
    /// The address we put in SDP (the relay's).
    pub media_ip: IpAddr,
    /// The box's address as a provider sees it (behind the office router): put in Via,
    /// Contact and SDP on dialogs and registrations with gateways only. None: `local` and
    /// `media_ip` everywhere. The runtime may change it later ([`Engine::set_outside_ip`]).
    pub outside_ip: Option<IpAddr>,
    /// Host names and addresses that mean "this box": requests to them go to the
    /// default account.
    pub local_names: Vec<String>,
    pub expiry: ExpiryLimits,
    pub keepalive_ms: Millis,
    /// A call with no media in either direction for this long is hung up.
    pub media_timeout_ms: Millis,
    pub guard: GuardConfig,
    pub timers: Timers,
    pub user_agent: String,
    /// Most calls up at once; more get 503.
    pub max_calls: usize,
    /// Digest algorithms offered, most preferred first. MD5 alone by default: SIPp and
    /// many desk phones refuse a challenge list that mentions SHA-256 at all.
    pub digest_algorithms: Vec<crate::auth::Algorithm>,
    /// Where the relay sends a terminated leg's audio (the media server's socket); None
    /// leaves the box unable to play or collect, and flows that need it fail.
    pub media_server: Option<SocketAddr>,
    /// Country of the call-progress tones the box plays (ringback while a bridge rings)
    /// to callers of accounts that name none ([`Directory::tone_country`]).
    pub tone_country: String,
}

impl Default for EngineConfig {
    fn default() -> EngineConfig {
        EngineConfig {
            local: vec![(Transport::Udp, "127.0.0.1:5060".parse().expect("literal"))],
            media_ip: "127.0.0.1".parse().expect("literal"),
            outside_ip: None,
            local_names: Vec::new(),
            expiry: ExpiryLimits::default(),
            keepalive_ms: 30_000,
            media_timeout_ms: 60_000,
            guard: GuardConfig::default(),
            timers: Timers::default(),
            user_agent: "edgepbx".into(),
            max_calls: 2000,
            digest_algorithms: vec![crate::auth::Algorithm::Md5],
            media_server: None,
            tone_country: "us".into(),
        }
    }
}

#[derive(Debug)]
pub enum Output {
    Transmit(Transmit),
    /// A call leg ended: store this KAZOO CDR in `account`.
    Cdr {
        account: String,
        cdr: serde_json::Map<String, serde_json::Value>,
    },
    /// Give call `call` a terminated leg on the media server: it speaks `codec` with these
    /// payload types and exchanges RTP with the relay's callee-side port `relay_port`.
    MediaOpen {
        call: u64,
        codec: edgepbx_media::Codec,
        payload_type: u8,
        telephone_event: Option<u8>,
        relay_port: u16,
        /// The call's account's tone country: the leg's tones when a command names none.
        country: String,
    },
    /// Run this on call `call`'s terminated leg; report its result with `tag`
    /// ([`Engine::flow_event`]).
    Media {
        call: u64,
        tag: u32,
        command: MediaCommand,
    },
    MediaClose {
        call: u64,
    },
    /// Listen to call `call`'s bridged audio: copies of each side's RTP come from the relay
    /// port given with its format (see [`MediaRelay::set_tap`]). A side without a format
    /// the media server speaks is not listened to.
    TapOpen {
        call: u64,
        a: (Option<edgepbx_media::session::StreamFormat>, u16),
        b: (Option<edgepbx_media::session::StreamFormat>, u16),
    },
    /// A command for call `call`'s tap; a recording's result comes back with `tag`.
    Tap {
        call: u64,
        tag: u32,
        command: edgepbx_media::session::TapCommand,
    },
    TapClose {
        call: u64,
    },
    /// A call recording to keep: the `recordings` document (its `start` in Gregorian
    /// seconds) and its audio (8 kHz µ-law WAV).
    Recording {
        account: String,
        doc: serde_json::Value,
        wav: std::sync::Arc<[u8]>,
    },
    /// Make this HTTP request for call `call` and report the answer with `tag`.
    Http {
        call: u64,
        tag: u32,
        request: HttpRequest,
    },
}

/// How often housekeeping runs (expiry, keep-alives, media timeouts, ban pruning).
const HOUSEKEEPING_MS: Millis = 1_000;

/// The steps of housekeeping, each named for the log of a panic in it.
type Step = fn(&mut Engine, Now);
const HOUSEKEEPING: [(&str, Step); 11] = [
    ("housekeeping: lingering flows", |e, now| {
        e.lingering.retain(|_, (_, _, until)| *until > now.mono)
    }),
    ("housekeeping: recordings", |e, now| e.prune_recordings(now)),
    ("housekeeping: registrations", |e, now| {
        e.registrar.expire(now.mono, None)
    }),
    ("housekeeping: bans", |e, now| e.guard.prune(now.unix)),
    ("housekeeping: nonces", |e, now| e.auth.prune(now.unix)),
    ("housekeeping: keepalives", Engine::send_keepalives),
    ("housekeeping: media timeouts", Engine::check_media),
    (
        "housekeeping: outside minutes",
        Engine::check_outside_minutes,
    ),
    ("housekeeping: presence", Engine::update_presence),
    (
        "housekeeping: message waiting",
        Engine::update_unsolicited_mwi,
    ),
    ("housekeeping: tables", |e, _| e.compact_tables()),
];

pub struct Engine {
    cfg: EngineConfig,
    dir: Box<dyn Directory>,
    media: Box<dyn MediaRelay>,
    tx: TransactionLayer,
    auth: DigestAuth,
    registrar: Registrar,
    guard: Guard,
    ids: IdGen,
    calls: HashMap<CallId, Call>,
    next_call: u64,
    /// Server transactions and client transactions that belong to a call.
    server_tx: HashMap<TxId, CallId>,
    client_tx: HashMap<TxId, CallId>,
    /// (Call-ID, our tag) -> call, for requests inside a dialog.
    dialogs: HashMap<(String, String), CallId>,
    out: VecDeque<Output>,
    /// Flows of calls that ended while the media server was still working for them (a
    /// voicemail being recorded when the caller hung up): their last result is still
    /// delivered, for a short while.
    lingering: HashMap<CallId, (Box<dyn CallFlow>, u32, Millis)>,
    /// Call recordings under way, until the media server hands each one over.
    recordings: HashMap<(CallId, u32), call::PendingRecording>,
    /// Busy lamp field subscriptions.
    subs: presence::Subscriptions,
    housekeeping_at: Millis,
    last_unix: u64,
    /// Panics caught (each tore down the calls it hit).
    panics: u64,
    /// The box's own registrations to providers.
    uplinks: uplink::Uplinks,
    /// Housekeeping rounds that shrank a table.
    compactions: u64,
    /// Answered outside call time over the last hour, for `outbound_minutes_per_hour`.
    minutes: call::MinutesLedger,
    /// Gateways inside the box (analog FXO lines' user agents): never shown the outside
    /// address.
    in_box_gateways: Vec<SocketAddr>,
}

impl Engine {
    pub fn new(
        cfg: EngineConfig,
        dir: Box<dyn Directory>,
        media: Box<dyn MediaRelay>,
        auth_key: [u8; 32],
        seed: u64,
    ) -> Engine {
        Engine {
            tx: TransactionLayer::new(cfg.timers),
            guard: Guard::new(cfg.guard),
            cfg,
            dir,
            media,
            auth: DigestAuth::new(auth_key),
            registrar: Registrar::default(),
            ids: IdGen::new(seed),
            calls: HashMap::new(),
            next_call: 0,
            server_tx: HashMap::new(),
            client_tx: HashMap::new(),
            dialogs: HashMap::new(),
            out: VecDeque::new(),
            lingering: HashMap::new(),
            recordings: HashMap::new(),
            subs: presence::Subscriptions::default(),
            housekeeping_at: 0,
            last_unix: 0,
            panics: 0,
            uplinks: uplink::Uplinks::default(),
            compactions: 0,
            minutes: call::MinutesLedger::default(),
            in_box_gateways: Vec::new(),
        }
    }

    /// A datagram or framed stream message arrived. Malformed requests get a 400 with the
    /// reason (when enough of them is readable to answer); malformed responses are dropped.
    pub fn handle_bytes(&mut self, now: Now, peer: Peer, bytes: &[u8]) {
        if self.guard.is_banned(peer.addr.ip(), now.unix) {
            return;
        }
        let what = format_args!("a message from {}", peer.addr);
        self.survive(now, &what, |e| match crate::message::parse(bytes) {
            Ok(msg) => e.handle_message(now, peer, msg),
            Err(err) => e.reject_unparsable(peer, bytes, &err),
        });
    }

    /// Answers a message we could not parse, if it looks like a request with a Via.
    fn reject_unparsable(&mut self, peer: Peer, bytes: &[u8], e: &ParseError) {
        tracing::debug!(peer = %peer.addr, error = %e, "unparsable SIP message");
        if bytes.starts_with(b"SIP/") {
            return;
        }
        // Copy what can be copied; a response needs at least a Via to be routable.
        let text = String::from_utf8_lossy(&bytes[..bytes.len().min(8192)]);
        let mut w = Writer::response(e.status, &e.reason);
        let mut has_via = false;
        for line in text.lines().skip(1) {
            if line.trim().is_empty() {
                break;
            }
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let h = crate::message::HeaderName::parse(name.trim());
            use crate::message::HeaderName as H;
            if matches!(h, H::Via | H::From | H::To | H::CallId | H::CSeq) {
                has_via |= h == H::Via;
                w.header(h.as_str(), value.trim());
            }
        }
        if has_via {
            self.out.push_back(Output::Transmit(Transmit {
                peer,
                bytes: w.finish_empty(),
            }));
        }
    }

    pub fn handle_message(&mut self, now: Now, peer: Peer, msg: Message) {
        self.last_unix = now.unix;
        if self.guard.is_banned(peer.addr.ip(), now.unix) {
            return;
        }
        let mut request = None;
        let what = format_args!("{} (Call-ID {})", msg.method_str(), msg.call_id());
        if !self.survive(now, &what, |e| e.dispatch(now, peer, &msg, &mut request))
            && let Some(id) = request
        {
            // The request that caused it is answered (unless its call's teardown did).
            self.survive(now, &"answering 500", |e| {
                e.respond(now, id, &msg, 500, Some("Internal Error"))
            });
        }
        self.drain_tx();
    }

    fn dispatch(&mut self, now: Now, peer: Peer, msg: &Message, request: &mut Option<TxId>) {
        match self.tx.on_message(now.mono, msg, peer) {
            Incoming::Absorbed => {}
            Incoming::Ack => self.on_ack(now, msg),
            Incoming::Response(id) => {
                if !self.uplink_response(now, id, msg) && !self.notify_response(id, msg) {
                    self.on_response(now, id, msg)
                }
            }
            Incoming::Request(id) => {
                *request = Some(id);
                self.on_request(now, id, peer, msg)
            }
        }
    }

    fn on_request(&mut self, now: Now, id: TxId, peer: Peer, msg: &Message) {
        let method = msg.method().unwrap_or(Method::Other);
        if method != Method::Cancel && msg.max_forwards() == Some(0) && method != Method::Options {
            return self.respond(now, id, msg, 483, None);
        }
        if let Some(required) = msg
            .header(crate::message::HeaderName::ProxyRequire)
            .or(msg.header(crate::message::HeaderName::Require))
            && method != Method::Cancel
            && !required
                .split(',')
                .all(|o| matches!(o.trim(), "timer" | "replaces"))
        {
            let mut w = Writer::response_to(msg, 420, "Bad Extension", Some(&self.ids.tag()));
            w.header("Unsupported", required);
            let bytes = w.finish_empty();
            self.tx.respond(now.mono, id, 420, bytes);
            return;
        }
        let uri_ok = msg.uri().is_some_and(|u| u.is_sip());
        if !uri_ok && method != Method::Cancel {
            return self.respond(now, id, msg, 416, None);
        }
        // Requests inside one of our dialogs.
        if let Some(tag) = msg.to().and_then(|t| t.tag().map(str::to_string)) {
            let key = (msg.call_id().to_string(), tag);
            if self.subs.by_dialog.contains_key(&key) {
                return self.subscription_request(now, id, peer, key, msg);
            }
            return match self.dialogs.get(&key).copied() {
                Some(call) => self.in_dialog_request(now, call, id, peer, msg),
                None if method == Method::Ack => {}
                None => self.respond(now, id, msg, 481, None),
            };
        }
        match method {
            Method::Register => self.on_register(now, id, peer, msg),
            Method::Invite => self.on_invite(now, id, peer, msg),
            Method::Cancel => self.on_cancel(now, id, msg),
            Method::Options => self.on_options(now, id, msg),
            Method::Bye | Method::Update | Method::Info | Method::Prack | Method::Notify => {
                self.respond(now, id, msg, 481, None)
            }
            Method::Subscribe => self.on_subscribe(now, id, peer, msg),
            Method::Publish | Method::Message | Method::Refer => {
                self.respond(now, id, msg, 405, None)
            }
            _ => self.respond(now, id, msg, 501, None),
        }
    }

    fn on_options(&mut self, now: Now, id: TxId, msg: &Message) {
        let mut w = Writer::response_to(msg, 200, "OK", Some(&self.ids.tag()));
        w.header("Allow", ALLOW);
        w.header("Accept", "application/sdp");
        w.header("Allow-Events", presence::ALLOW_EVENTS);
        w.header("Server", &self.cfg.user_agent);
        let bytes = w.finish_empty();
        self.tx.respond(now.mono, id, 200, bytes);
    }

    /// Sends a simple final or provisional response with the standard reason phrase.
    fn respond(&mut self, now: Now, id: TxId, msg: &Message, code: u16, reason: Option<&str>) {
        let tag = (code > 100).then(|| self.ids.tag());
        let mut w = Writer::response_to(
            msg,
            code,
            reason.unwrap_or(reason_phrase(code)),
            tag.as_deref(),
        );
        if code == 405 {
            w.header("Allow", ALLOW);
        }
        w.header("Server", &self.cfg.user_agent);
        let bytes = w.finish_empty();
        self.tx.respond(now.mono, id, code, bytes);
    }

    /// 423 for an Expires shorter than `min` seconds (REGISTER, SUBSCRIBE).
    fn respond_interval_too_brief(&mut self, now: Now, id: TxId, msg: &Message, min: u32) {
        let mut w = Writer::response_to(msg, 423, "Interval Too Brief", Some(&self.ids.tag()));
        w.header("Min-Expires", min);
        let bytes = w.finish_empty();
        self.tx.respond(now.mono, id, 423, bytes);
    }

    /// Our sent-by for a transport.
    fn sent_by(&self, transport: Transport) -> String {
        let addr = self
            .cfg
            .local
            .iter()
            .find(|(t, _)| *t == transport)
            .or(self.cfg.local.first())
            .map(|(_, a)| *a)
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 5060)));
        addr.to_string()
    }

    /// Our sent-by towards a gateway (`outside`) or anyone else on `transport`: the outside
    /// address keeps the port we listen on (the router forwards it, or the provider
    /// answers to the source port, `rport`).
    fn sent_by_for(&self, transport: Transport, outside: bool) -> String {
        match self.cfg.outside_ip.filter(|_| outside) {
            Some(ip) => {
                let local: SocketAddr = self
                    .sent_by(transport)
                    .parse()
                    .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 5060)));
                SocketAddr::new(ip, local.port()).to_string()
            }
            None => self.sent_by(transport),
        }
    }

    /// Our sent-by on dialog `d` (see [`Engine::sent_by_for`]).
    fn sent_by_on(&self, d: &dialog::Dialog) -> String {
        self.sent_by_for(d.peer.transport, d.outside)
    }

    /// Our Contact on dialog `d`.
    fn contact_on(&self, user: &str, d: &dialog::Dialog) -> String {
        self.contact_for(user, d.peer.transport, d.outside)
    }

    /// The relay's address in SDP sent on dialog `d`.
    fn media_ip_on(&self, d: &dialog::Dialog) -> String {
        match self.cfg.outside_ip.filter(|_| d.outside) {
            Some(ip) => ip.to_string(),
            None => self.cfg.media_ip.to_string(),
        }
    }

    /// The gateways inside the box (analog FXO lines): dialogs with them keep the box's
    /// own address whatever the outside address is.
    pub fn set_in_box_gateways(&mut self, gateways: Vec<SocketAddr>) {
        self.in_box_gateways = gateways;
    }

    /// Whether a dialog with gateway `peer` shows the outside address.
    fn outside_gateway(&self, peer: SocketAddr) -> bool {
        !self.in_box_gateways.contains(&peer)
    }

    /// The outside address now in use (see [`EngineConfig::outside_ip`]).
    pub fn outside_ip(&self) -> Option<IpAddr> {
        self.cfg.outside_ip
    }

    /// A new outside address (configured, or discovered by STUN): dialogs with gateways
    /// use it from their next message on, and registrations register it at once.
    pub fn set_outside_ip(&mut self, now: Now, ip: Option<IpAddr>) {
        if self.cfg.outside_ip == ip {
            return;
        }
        self.cfg.outside_ip = ip;
        self.survive(now, &"a new outside address", |e| {
            e.uplinks_register_again(now);
        });
        self.drain_tx();
    }

    /// The country of the call-progress tones `account`'s callers hear: the account's own,
    /// else the box's.
    fn tone_country(&self, account: &str) -> String {
        self.dir
            .tone_country(account)
            .unwrap_or_else(|| self.cfg.tone_country.clone())
    }

    /// Our Contact for a dialog on `transport`: always a `sip:` URI, with `;transport=tls`
    /// over TLS. RFC 3261 asks for a `sips:` Contact only when the request used a SIPS URI;
    /// a `sips:` Contact on every TLS dialog breaks UAs that route only `sip:` URIs (libre,
    /// hence baresip, refuses to send the ACK and BYE: ENOSYS).
    fn contact(&self, user: &str, transport: Transport) -> String {
        self.contact_for(user, transport, false)
    }

    fn contact_for(&self, user: &str, transport: Transport, outside: bool) -> String {
        let transport_param = transport
            .uri_param()
            .map(|t| format!(";transport={t}"))
            .unwrap_or_default();
        let user = if user.is_empty() {
            String::new()
        } else {
            format!("{user}@")
        };
        format!(
            "<sip:{user}{}{transport_param}>",
            self.sent_by_for(transport, outside)
        )
    }

    pub fn handle_timeout(&mut self, now: Now) {
        self.last_unix = now.unix;
        self.survive(now, &"timers", |e| e.run_timers(now));
        self.drain_tx();
    }

    fn run_timers(&mut self, now: Now) {
        self.tx.handle_timeout(now.mono);
        while let Some(ev) = self.tx.poll_event() {
            match ev {
                TxEvent::ClientTimeout(id) => {
                    if self.uplink_timeout(now, id) || self.notify_timeout(id) {
                        continue;
                    }
                    if let Some(call) = self.client_tx.remove(&id) {
                        self.call_client_timeout(now, call, id);
                    }
                }
                TxEvent::ServerTimeout(id) => {
                    if let Some(call) = self.server_tx.remove(&id) {
                        self.call_ack_timeout(now, call, id);
                    }
                }
            }
        }
        self.call_timers(now);
        self.uplink_timers(now);
        if now.mono >= self.housekeeping_at {
            self.housekeeping_at = now.mono + HOUSEKEEPING_MS;
            self.housekeeping(now);
        }
    }

    /// Each step runs on its own: a panic in one is caught (the calls it hit torn down)
    /// without skipping the others, this round or the next.
    fn housekeeping(&mut self, now: Now) {
        for (what, step) in HOUSEKEEPING {
            self.survive(now, &what, |e| step(e, now));
        }
    }

    fn send_keepalives(&mut self, now: Now) {
        for (_, binding) in self
            .registrar
            .due_keepalives(now.mono, self.cfg.keepalive_ms)
        {
            self.send_keepalive(now, &binding);
        }
    }

    /// A stream connection closed: its registrations can no longer be reached.
    pub fn connection_closed(&mut self, conn: u64, now: Now) {
        self.survive(now, &"a closed connection", |e| {
            e.registrar.expire(now.mono, Some(conn));
            e.drop_subscriptions_on(conn);
        });
    }

    pub fn next_timeout(&self) -> Millis {
        let mut t = self.housekeeping_at;
        if let Some(x) = self.tx.next_timeout() {
            t = t.min(x);
        }
        if let Some(x) = self.calls.values().filter_map(Call::next_timer).min() {
            t = t.min(x);
        }
        if let Some(x) = self.uplinks.next_timeout() {
            t = t.min(x);
        }
        t
    }

    pub fn poll_output(&mut self) -> Option<Output> {
        self.out.pop_front()
    }

    fn drain_tx(&mut self) {
        while let Some(t) = self.tx.poll_transmit() {
            self.out.push_back(Output::Transmit(t));
        }
    }

    // ---- what the API and the tests read ----

    pub fn is_registered(&self, account: &str, device_id: &str, now: Millis) -> bool {
        self.registrar.is_registered(account, device_id, now)
    }

    /// (account, device id) of every device with a live registration.
    pub fn registered_devices(&self) -> std::collections::HashSet<(String, String)> {
        self.registrar
            .all()
            .map(|(a, _)| (a.account.clone(), a.device_id.clone()))
            .collect()
    }

    pub fn registrations(&self) -> usize {
        self.registrar.count()
    }

    pub fn registration_list(&self) -> Vec<(Aor, registrar::Binding)> {
        self.registrar
            .all()
            .map(|(a, b)| (a.clone(), b.clone()))
            .collect()
    }

    /// Restores a registration saved before a restart.
    pub fn restore_registration(&mut self, aor: Aor, binding: registrar::Binding) {
        self.registrar.insert(aor, binding);
    }

    pub fn bans(&self, now_unix: u64) -> Vec<Ban> {
        self.guard.bans(now_unix)
    }

    pub fn lift_ban(&mut self, ip: IpAddr) -> bool {
        self.guard.lift(ip)
    }

    /// The ban thresholds from now on: failed authentications within `window_secs` that
    /// ban a source (0: never) for `ban_secs`.
    pub fn set_ban_limits(&mut self, failures: u32, window_secs: u64, ban_secs: u64) {
        self.guard.set_limits(failures, window_secs, ban_secs);
    }

    /// `(failures, window_secs, ban_secs)` the guard applies now.
    pub fn ban_limits(&self) -> (u32, u64, u64) {
        self.guard.limits()
    }

    pub fn call_count(&self) -> usize {
        self.calls.len()
    }

    /// Active calls of an account in KAZOO's channel row shape.
    pub fn channels(&self, account: &str, now: Now) -> Vec<serde_json::Value> {
        self.calls
            .values()
            .filter(|c| c.account == account)
            .flat_map(|c| c.channel_rows(now))
            .collect()
    }

    pub fn transactions(&self) -> (usize, usize) {
        self.tx.transactions()
    }
}

const ALLOW: &str =
    "INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER, UPDATE, INFO, PRACK, NOTIFY, REFER, SUBSCRIBE";

#[cfg(test)]
mod tests;
