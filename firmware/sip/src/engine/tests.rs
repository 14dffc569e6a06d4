//! Whole calls through the engine in virtual time: fake phones made of hand-written SIP,
//! a fake directory and a fake relay; no sockets, no clock.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use super::*;
use crate::auth::{ClientAuth, authorization};
use crate::message::{HeaderName, parse};

const REALM: &str = "pbx.test";
const MEDIA_SERVER: &str = "127.0.0.1:7000";
/// The hold music `FakeDirectory` gives Bob's phone.
const BOB_MUSIC: [i16; 4] = [1, 2, 3, 4];
/// The sales group's music (Bob is a member).
const SALES_MUSIC: [i16; 3] = [9, 8, 7];

mod carrier;
mod check_sync;
mod confirm;
mod digest;
mod flow;
mod gateway_faults;
mod hold_music;
mod limits;
mod listen;
mod memory;
mod minutes;
mod move_call;
mod originate;
mod outside_address;
mod page;
mod panic;
mod persist;
mod pickup;
mod presence;
mod reinvite;
mod srtp;
mod transfer;
mod uplink;

struct FakeDirectory;

thread_local! {
    /// Devices' `media.encryption` (SRTP tests set it); others are plain.
    static SRTP_POLICIES: std::cell::RefCell<Vec<(&'static str, crate::sdes::SrtpPolicy)>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// The account's tone country (`Directory::tone_country`; None: the engine's).
    static TONE_COUNTRY: std::cell::RefCell<Option<String>> =
        const { std::cell::RefCell::new(None) };
    /// What voicemail box 800 holds (message waiting tests set it).
    static VOICEMAIL_800: std::cell::Cell<MessageCounts> = const {
        std::cell::Cell::new(MessageCounts { new: 0, old: 0 })
    };
}

struct RingDevice {
    device: &'static str,
}

impl CallFlow for RingDevice {
    fn start(&mut self, _now: Now) -> FlowCommand {
        FlowCommand::Bridge(Bridge {
            endpoints: vec![Endpoint::device(self.device)],
            timeout_secs: 5,
            ..Bridge::default()
        })
    }
    fn event(&mut self, _now: Now, event: FlowEvent) -> FlowCommand {
        let cause = match event {
            FlowEvent::Bridge(BridgeResult::Answered) => return FlowCommand::Idle,
            FlowEvent::Bridge(BridgeResult::Failed { code }) => causes::cause_for_status(code),
            FlowEvent::Bridge(BridgeResult::NoAnswer) => "NO_ANSWER",
            _ => "NORMAL_CLEARING",
        };
        FlowCommand::hangup(cause)
    }
}

impl Directory for FakeDirectory {
    fn tone_country(&self, _account: &str) -> Option<String> {
        TONE_COUNTRY.with_borrow(Clone::clone)
    }
    fn srtp_policy(&self, _account: &str, device_id: &str) -> crate::sdes::SrtpPolicy {
        SRTP_POLICIES.with_borrow(|p| {
            p.iter()
                .find(|(d, _)| *d == device_id)
                .map_or(crate::sdes::SrtpPolicy::Plain, |(_, p)| *p)
        })
    }
    fn account_for_domain(&self, domain: &str, is_local: bool) -> Option<AccountRef> {
        let id = match domain {
            // A second sub-account of the same reseller (its phones authenticate as ours).
            limits::SIBLING_DOMAIN => "acc2",
            _ if domain == REALM || is_local => "acc",
            _ => return None,
        };
        Some(AccountRef {
            id: id.into(),
            realm: REALM.into(),
        })
    }
    fn limits(&self, account: &str) -> CallLimits {
        limits::of(account)
    }
    fn parent_accounts(&self, account: &str) -> Vec<String> {
        limits::parents(account)
    }
    fn device_limits(&self, account: &str, device_id: &str) -> CallLimits {
        limits::of_device(account, device_id)
    }
    fn device_by_username(&self, account: &str, username: &str) -> Option<DeviceAuth> {
        matches!(username, "100" | "101" | "102").then(|| DeviceAuth {
            account: account.into(),
            device_id: format!("d{username}"),
            username: username.into(),
            password: format!("s{username}"),
            owner_id: None,
            enabled: true,
            caller_id_name: format!("Phone {username}"),
            caller_id_number: username.into(),
        })
    }
    fn caller_for_device(&self, account: &str, device_id: &str) -> Option<Caller> {
        let user = device_id.strip_prefix('d')?;
        self.device_by_username(account, user).map(|d| Caller {
            account: d.account,
            device_id: d.device_id,
            owner_id: None,
            name: d.caller_id_name,
            number: d.caller_id_number,
            outside: false,
        })
    }
    fn carrier_for_source(
        &self,
        ip: std::net::IpAddr,
        _number: &str,
        _domain: &str,
    ) -> Option<Carrier> {
        (ip == CARRIER_IP).then(|| Carrier {
            account: "acc".into(),
            resource_id: "res1".into(),
        })
    }
    fn route_from_carrier(&self, caller: &Caller, number: &str) -> Option<Box<dyn CallFlow>> {
        assert_eq!(caller.device_id, "res1");
        (number == "+14155550101").then(|| Box::new(RingDevice { device: "d101" }) as _)
    }
    fn presence_sources(&self, account: &str) -> PresenceSources {
        assert_eq!(account, "acc");
        PresenceSources {
            devices: [("101", "d101"), ("102", "d102")]
                .into_iter()
                .map(|(id, device)| (id.to_string(), vec![device.to_string()]))
                .collect(),
            states: [("night_mode".to_string(), LineState::Busy)].into(),
        }
    }
    fn message_counts(&self, account: &str, _device_id: &str, target: &str) -> MessageCounts {
        assert_eq!(account, "acc");
        match target {
            "800" => VOICEMAIL_800.with(std::cell::Cell::get),
            _ => MessageCounts::default(),
        }
    }
    fn unsolicited_mwi(&self, account: &str) -> Vec<UnsolicitedMwi> {
        assert_eq!(account, "acc");
        vec![UnsolicitedMwi {
            device_id: "d101".into(),
            message_account: format!("sip:800@{REALM}"),
            device_uri: format!("sip:101@{REALM}"),
            counts: VOICEMAIL_800.with(std::cell::Cell::get),
        }]
    }
    fn hold_music(&self, account: &str, device_id: &str, groups: &[String]) -> PlayItem {
        assert_eq!(account, "acc");
        // Bob's owner uploaded his own music, and Bob is in the sales group, which has
        // music of its own; everybody else has the built-in one.
        let looped = |m: &[i16]| {
            PlayItem::Looped(edgepbx_media::session::PendingAudio::ready(Some(m.into())))
        };
        match device_id {
            "d101" if groups.iter().any(|g| g == "sales") => looped(&SALES_MUSIC),
            "d101" => looped(&BOB_MUSIC),
            _ => PlayItem::Music,
        }
    }
    fn route(&self, _caller: &Caller, number: &str) -> Option<Box<dyn CallFlow>> {
        match number {
            "101" => Some(Box::new(RingDevice { device: "d101" })),
            "102" => Some(Box::new(RingDevice { device: "d102" })),
            "666" | "667" | "668" => panic::flow(number),
            n if n.starts_with('7') || n.starts_with('+') => limits::flow(n),
            _ => flow::scripted(number),
        }
    }
}

#[derive(Default)]
struct MediaState {
    /// Sessions allocated so far (the first gets id 7).
    allocated: u64,
    remotes: Vec<(u64, MediaSide, SocketAddr)>,
    maps: Vec<(MediaSide, Vec<(u8, u8)>)>,
    idle_ms: u64,
    /// A media session whose idle check panics (a bug in housekeeping, injected).
    idle_panics: Option<u64>,
    released: Vec<u64>,
    taps: Vec<(u64, MediaSide, Option<SocketAddr>)>,
    /// SRTP keys handed to the relay, in order.
    srtp: Vec<(u64, MediaSide, Option<SrtpLegKeys>)>,
    /// Stand-in switches (hold music on the side), in order.
    stand_ins: Vec<(u64, MediaSide, bool)>,
    /// Keys made so far (key n is all bytes n + 1, so tests can recognise them).
    keys_made: u8,
}

struct FakeMedia(Arc<Mutex<MediaState>>);

impl MediaRelay for FakeMedia {
    fn allocate(&mut self) -> Option<MediaPorts> {
        let mut state = self.0.lock().unwrap();
        let n = state.allocated;
        state.allocated += 1;
        let base = 20_000 + 4 * n as u16;
        Some(MediaPorts {
            id: 7 + n,
            a_port: base,
            b_port: base + 2,
        })
    }
    fn set_remote(&mut self, id: u64, side: MediaSide, rtp: SocketAddr) {
        self.0.lock().unwrap().remotes.push((id, side, rtp));
    }
    fn set_payload_map(&mut self, _id: u64, from: MediaSide, map: &[(u8, u8)]) {
        self.0.lock().unwrap().maps.push((from, map.to_vec()));
    }
    fn set_tap(&mut self, id: u64, side: MediaSide, to: Option<SocketAddr>) {
        self.0.lock().unwrap().taps.push((id, side, to));
    }
    fn set_srtp(&mut self, id: u64, side: MediaSide, keys: Option<SrtpLegKeys>) {
        self.0.lock().unwrap().srtp.push((id, side, keys));
    }
    fn set_stand_in(&mut self, id: u64, side: MediaSide, on: bool) {
        self.0.lock().unwrap().stand_ins.push((id, side, on));
    }
    fn srtp_key(&mut self) -> [u8; crate::sdes::KEY_LEN] {
        let mut state = self.0.lock().unwrap();
        state.keys_made += 1;
        [state.keys_made; crate::sdes::KEY_LEN]
    }
    fn idle_ms(&self, id: u64) -> Option<u64> {
        let state = self.0.lock().unwrap();
        if state.idle_panics == Some(id) {
            drop(state);
            panic!("injected: idle check of media session {id}");
        }
        Some(state.idle_ms)
    }
    fn release(&mut self, id: u64) {
        self.0.lock().unwrap().released.push(id);
    }
}

struct World {
    engine: Engine,
    media: Arc<Mutex<MediaState>>,
    now: Now,
    /// Everything the engine sent, by destination.
    sent: Vec<(SocketAddr, Message)>,
    cdrs: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Media-server and HTTP outputs, in order.
    flow_out: Vec<Output>,
}

fn peer(port: u16) -> Peer {
    Peer {
        transport: Transport::Udp,
        addr: SocketAddr::from(([192, 0, 2, 10], port)),
        conn: 0,
    }
}

const ALICE: u16 = 5001;
const CARRIER_IP: std::net::IpAddr = std::net::IpAddr::V4(std::net::Ipv4Addr::new(203, 0, 113, 5));
const BOB: u16 = 5002;

fn sdp(port: u16, extra: &str) -> String {
    format!(
        "v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\nm=audio {port} RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n{extra}"
    )
}

impl World {
    fn new() -> World {
        SRTP_POLICIES.with_borrow_mut(Vec::clear);
        let media = Arc::new(Mutex::new(MediaState::default()));
        let cfg = EngineConfig {
            local: vec![(Transport::Udp, "198.51.100.1:5060".parse().unwrap())],
            media_ip: "198.51.100.1".parse().unwrap(),
            media_timeout_ms: 30_000,
            media_server: Some(MEDIA_SERVER.parse().unwrap()),
            ..EngineConfig::default()
        };
        World {
            engine: Engine::new(
                cfg,
                Box::new(FakeDirectory),
                Box::new(FakeMedia(media.clone())),
                [9; 32],
                42,
            ),
            media,
            now: Now {
                mono: 0,
                unix: 1_800_000_000,
            },
            sent: Vec::new(),
            cdrs: Vec::new(),
            flow_out: Vec::new(),
        }
    }

    fn collect(&mut self) {
        while let Some(out) = self.engine.poll_output() {
            match out {
                Output::Transmit(t) => self
                    .sent
                    .push((t.peer.addr, parse(&t.bytes).expect("engine output parses"))),
                Output::Cdr { cdr, .. } => self.cdrs.push(cdr),
                other => self.flow_out.push(other),
            }
        }
    }

    fn send(&mut self, from: u16, text: &str) {
        self.engine
            .handle_bytes(self.now, peer(from), text.as_bytes());
        self.collect();
    }

    /// Moves virtual time forward, running timers every 10 ms as the runtime does.
    fn advance(&mut self, ms: u64) {
        let end = self.now.mono + ms;
        while self.now.mono < end {
            self.now.mono += 10;
            if self.now.mono.is_multiple_of(1000) {
                self.now.unix += 1;
            }
            self.engine.handle_timeout(self.now);
            self.collect();
        }
    }

    /// Takes what was sent to `port` since the last call.
    fn take(&mut self, port: u16) -> Vec<Message> {
        let (mine, rest): (Vec<_>, Vec<_>) =
            self.sent.drain(..).partition(|(a, _)| a.port() == port);
        self.sent = rest;
        mine.into_iter().map(|(_, m)| m).collect()
    }

    fn last_to(&mut self, port: u16) -> Message {
        self.take(port)
            .pop()
            .unwrap_or_else(|| panic!("nothing sent to {port}"))
    }
}

#[allow(clippy::too_many_arguments)] // a test helper mirroring a request's fields
fn request(
    method: &str,
    uri: &str,
    user: &str,
    call_id: &str,
    cseq: u32,
    branch: &str,
    port: u16,
    extra: &str,
    body: &str,
) -> String {
    format!(
        "{method} {uri} SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.10:{port};branch=z9hG4bK{branch};rport\r\n\
From: <sip:{user}@{REALM}>;tag=ft-{call_id}\r\nTo: <{uri}>\r\nCall-ID: {call_id}\r\nCSeq: {cseq} {method}\r\n\
Contact: <sip:{user}@192.0.2.10:{port}>\r\nMax-Forwards: 70\r\n{extra}{}Content-Length: {}\r\n\r\n{body}",
        if body.is_empty() {
            ""
        } else {
            "Content-Type: application/sdp\r\n"
        },
        body.len()
    )
}

fn answer_challenge(challenge: &Message, user: &str, method: &str, uri: &str) -> String {
    let www = challenge
        .header(HeaderName::WwwAuthenticate)
        .expect("challenge");
    let nonce = www
        .split("nonce=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let auth = authorization(&ClientAuth {
        qop: true,
        realm: REALM,
        nonce,
        algorithm: "MD5",
        username: user,
        password: &format!("s{user}"),
        method,
        uri,
        cnonce: "abc",
    });
    format!("Authorization: {auth}\r\n")
}

/// A request inside a dialog, written as the phone at `port` would.
fn in_dialog(port: u16, method: &str, from: &str, to: &str, call_id: &str, extra: &str) -> String {
    let branch: String = call_id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    format!(
        "{method} sip:198.51.100.1:5060 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.10:{port};branch=z9hG4bK{method}{branch}{port};rport\r\n\
From: {from}\r\nTo: {to}\r\nCall-ID: {call_id}\r\nCSeq: 10 {method}\r\n\
Contact: <sip:x@192.0.2.10:{port}>\r\nMax-Forwards: 70\r\n{extra}Content-Length: 0\r\n\r\n"
    )
}

/// `user` (at `port`) dials `number` in call `call_id` offering `offer`, answering the challenge; returns the
/// authenticated INVITE's text (for an ACK).
fn dial_from(
    w: &mut World,
    user: &str,
    port: u16,
    number: &str,
    call_id: &str,
    offer: &str,
) -> String {
    dial_uri(
        w,
        user,
        port,
        &format!("sip:{number}@{REALM}"),
        call_id,
        offer,
    )
}

/// [`dial_from`] with the Request-URI `uri` (another account's domain).
fn dial_uri(w: &mut World, user: &str, port: u16, uri: &str, call_id: &str, offer: &str) -> String {
    let (first, second) = (format!("{call_id}a"), format!("{call_id}b"));
    w.send(
        port,
        &request("INVITE", uri, user, call_id, 1, &first, port, "", offer),
    );
    let challenge = w.last_to(port);
    assert_eq!(challenge.status(), Some(401));
    w.send(
        port,
        &request("ACK", uri, user, call_id, 1, &first, port, "", ""),
    );
    let auth = answer_challenge(&challenge, user, "INVITE", uri);
    let invite = request("INVITE", uri, user, call_id, 2, &second, port, &auth, offer);
    w.send(port, &invite);
    invite
}

/// The conference rooms the engine sent calls to: (call, room, muted).
fn rooms(w: &World) -> Vec<(u64, String, bool)> {
    w.flow_out
        .iter()
        .filter_map(|o| match o {
            Output::Media {
                call,
                command: MediaCommand::Conference { room, muted, .. },
                ..
            } => Some((*call, room.clone(), *muted)),
            _ => None,
        })
        .collect()
}

/// Registers 101 (Bob) and starts a call from 100 (Alice); returns the INVITE Bob got.
fn call_bob(w: &mut World) -> Message {
    call_bob_offering(w, &sdp(4000, ""))
}

/// [`call_bob`] with Alice's INVITE carrying `offer` (none when empty: a delayed offer).
fn call_bob_offering(w: &mut World, offer: &str) -> Message {
    register_bob(w);
    call_registered_bob(w, offer)
}

/// Bob (101) registers from his port, answering the challenge.
fn register_bob(w: &mut World) {
    let uri = format!("sip:{REALM}");
    w.send(
        BOB,
        &request(
            "REGISTER",
            &uri,
            "101",
            "reg1",
            1,
            "r1",
            BOB,
            "Expires: 600\r\n",
            "",
        ),
    );
    let challenge = w.last_to(BOB);
    assert_eq!(challenge.status(), Some(401));
    let auth = answer_challenge(&challenge, "101", "REGISTER", &uri);
    w.send(
        BOB,
        &request(
            "REGISTER",
            &uri,
            "101",
            "reg1",
            2,
            "r2",
            BOB,
            &format!("Expires: 600\r\n{auth}"),
            "",
        ),
    );
    assert_eq!(w.last_to(BOB).status(), Some(200));
    assert!(w.engine.is_registered("acc", "d101", w.now.mono));
}

/// Alice (100) calls the registered Bob offering `offer`; returns the INVITE Bob got.
fn call_registered_bob(w: &mut World, offer: &str) -> Message {
    let uri = format!("sip:101@{REALM}");
    w.send(
        ALICE,
        &request("INVITE", &uri, "100", "call1", 1, "i1", ALICE, "", offer),
    );
    let challenge = w.last_to(ALICE);
    assert_eq!(challenge.status(), Some(401));
    w.send(
        ALICE,
        &request("ACK", &uri, "100", "call1", 1, "i1", ALICE, "", ""),
    );
    let auth = answer_challenge(&challenge, "100", "INVITE", &uri);
    w.send(
        ALICE,
        &request("INVITE", &uri, "100", "call1", 2, "i2", ALICE, &auth, offer),
    );
    assert_eq!(w.last_to(ALICE).status(), Some(100));
    let invite = w.last_to(BOB);
    assert_eq!(invite.method_str(), "INVITE");
    invite
}

fn respond(w: &mut World, to: &Message, code: u16, body: &str) {
    let mut wr = Writer::response_to(to, code, reason_phrase(code), Some("bobtag"));
    wr.header("Contact", format_args!("<sip:101@192.0.2.10:{BOB}>"));
    let bytes = if body.is_empty() {
        wr.finish_empty()
    } else {
        wr.finish(Some("application/sdp"), body.as_bytes())
    };
    w.engine.handle_bytes(w.now, peer(BOB), &bytes);
    w.collect();
}

#[test]
fn a_call_rings_answers_relays_media_and_hangs_up_with_cdrs() {
    let mut w = World::new();
    let invite = call_bob(&mut w);
    let offer = String::from_utf8_lossy(invite.body()).to_string();
    assert!(
        offer.contains("c=IN IP4 198.51.100.1"),
        "media anchored: {offer}"
    );
    assert!(
        offer.contains("m=audio 20002 "),
        "B leg talks to b_port: {offer}"
    );
    assert!(invite.from().unwrap().display_name().contains("Phone 100"));

    respond(&mut w, &invite, 180, "");
    assert_eq!(w.last_to(ALICE).status(), Some(180));
    // Bob uses payload 96 for telephone-event: packets from Alice must be renumbered.
    let answer = sdp(6000, "")
        .replace(" 0 101", " 0 96")
        .replace("rtpmap:101", "rtpmap:96");
    respond(&mut w, &invite, 200, &answer);
    let ok = w.last_to(ALICE);
    assert_eq!(ok.status(), Some(200));
    let body = String::from_utf8_lossy(ok.body()).to_string();
    assert!(
        body.contains("m=audio 20000 RTP/AVP 0 101"),
        "A sees its own payload numbers: {body}"
    );
    assert_eq!(w.last_to(BOB).method_str(), "ACK");
    {
        let m = w.media.lock().unwrap();
        assert!(
            m.remotes
                .contains(&(7, MediaSide::A, "192.0.2.10:4000".parse().unwrap()))
        );
        assert!(
            m.remotes
                .contains(&(7, MediaSide::B, "192.0.2.10:6000".parse().unwrap()))
        );
        assert!(m.maps.contains(&(MediaSide::A, vec![(101, 96)])));
    }
    assert_eq!(w.engine.channels("acc", w.now).len(), 2);

    w.advance(3_000);
    // Alice hangs up.
    let to_tag = ok.to().unwrap().tag().unwrap().to_string();
    let uri = format!("sip:101@{REALM}");
    let bye = request("BYE", &uri, "100", "call1", 3, "b1", ALICE, "", "").replace(
        &format!("To: <{uri}>"),
        &format!("To: <{uri}>;tag={to_tag}"),
    );
    w.send(ALICE, &bye);
    assert_eq!(w.last_to(ALICE).status(), Some(200));
    let bye_b = w.last_to(BOB);
    assert_eq!(bye_b.method_str(), "BYE");
    respond(&mut w, &bye_b, 200, "");
    assert_eq!(w.engine.call_count(), 0);
    assert_eq!(w.media.lock().unwrap().released, vec![7]);
    assert_eq!(w.cdrs.len(), 2);
    assert_eq!(w.cdrs[0]["hangup_cause"], "NORMAL_CLEARING");
    assert_eq!(w.cdrs[0]["billing_seconds"], 3);
}

#[test]
fn an_unanswered_leg_is_retransmitted_then_cancelled_at_the_ring_timeout() {
    let mut w = World::new();
    let invite = call_bob(&mut w);
    // No answer from Bob at all: timer A retransmits at 500 ms and 1.5 s.
    w.advance(1_600);
    let resent = w.take(BOB);
    assert_eq!(resent.len(), 2, "two retransmissions by 1.6 s");
    respond(&mut w, &invite, 180, "");
    assert_eq!(w.last_to(ALICE).status(), Some(180));
    // The flow's 5 s timeout: CANCEL to Bob, 480 to Alice.
    w.advance(3_500);
    let cancel = w.last_to(BOB);
    assert_eq!(cancel.method_str(), "CANCEL");
    assert_eq!(
        cancel.top_via().unwrap().branch(),
        invite.top_via().unwrap().branch()
    );
    assert_eq!(w.last_to(ALICE).status(), Some(480));
    respond(&mut w, &cancel, 200, "");
    respond(&mut w, &invite, 487, "");
    assert_eq!(
        w.last_to(BOB).method_str(),
        "ACK",
        "the 487 is acknowledged"
    );
    assert_eq!(w.cdrs[0]["hangup_cause"], "NO_ANSWER");
    assert_eq!(w.engine.call_count(), 0);
}

#[test]
fn a_call_without_media_is_hung_up_at_the_media_timeout() {
    let mut w = World::new();
    let invite = call_bob(&mut w);
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    w.take(ALICE);
    w.take(BOB);
    w.media.lock().unwrap().idle_ms = 10_000;
    w.advance(2_000);
    assert_eq!(w.engine.call_count(), 1, "10 s of silence is not yet dead");
    w.media.lock().unwrap().idle_ms = 31_000;
    w.advance(1_000);
    assert_eq!(w.engine.call_count(), 0);
    assert_eq!(w.take(ALICE).last().unwrap().method_str(), "BYE");
    assert_eq!(w.take(BOB).last().unwrap().method_str(), "BYE");
    assert_eq!(w.cdrs[0]["hangup_cause"], "MEDIA_TIMEOUT");
}

#[test]
fn a_hold_reinvite_from_the_caller_reaches_the_callee_with_relay_addresses() {
    let mut w = World::new();
    let invite = call_bob(&mut w);
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    let ok = w.last_to(ALICE);
    w.take(BOB);
    let to_tag = ok.to().unwrap().tag().unwrap().to_string();
    let uri = format!("sip:101@{REALM}");
    let reinvite = request(
        "INVITE",
        &uri,
        "100",
        "call1",
        3,
        "h1",
        ALICE,
        "",
        &sdp(4000, "a=sendonly\r\n"),
    )
    .replace(
        &format!("To: <{uri}>"),
        &format!("To: <{uri}>;tag={to_tag}"),
    );
    w.send(ALICE, &reinvite);
    let fwd = w.last_to(BOB);
    assert_eq!(fwd.method_str(), "INVITE");
    let body = String::from_utf8_lossy(fwd.body()).to_string();
    assert!(
        body.contains("a=sendonly") && body.contains("m=audio 20002 "),
        "{body}"
    );
    respond(&mut w, &fwd, 200, &sdp(6000, "a=recvonly\r\n"));
    assert_eq!(w.last_to(BOB).method_str(), "ACK");
    let back = w.last_to(ALICE);
    assert_eq!(back.status(), Some(200));
    assert!(String::from_utf8_lossy(back.body()).contains("a=recvonly"));
    // On hold nothing flows: the media timeout must not fire.
    w.media.lock().unwrap().idle_ms = 120_000;
    w.advance(2_000);
    assert_eq!(w.engine.call_count(), 1);
}

#[test]
fn unknown_numbers_and_bad_sdp_are_refused_with_reasons() {
    let mut w = World::new();
    let offer = sdp(4000, "");
    dial_from(&mut w, "100", ALICE, "999", "c9", &offer);
    let r = w.take(ALICE);
    assert_eq!(r.last().unwrap().status(), Some(404));
    let g729 = offer
        .replace(" 0 101", " 18")
        .replace("a=rtpmap:0 PCMU/8000\r\n", "");
    dial_from(&mut w, "100", ALICE, "101", "c10", &g729);
    let r = w.last_to(ALICE);
    assert_eq!((r.status(), r.reason()), (Some(488), "No Common Codec"));
}

#[test]
fn a_source_that_never_answers_its_challenges_is_banned_as_a_scanner() {
    let mut w = World::new();
    w.engine.guard = guard::Guard::new(guard::GuardConfig {
        unanswered_challenges: 5,
        ..guard::GuardConfig::default()
    });
    for n in 0..5 {
        let uri = format!("sip:{}@{REALM}", 200 + n);
        w.send(
            ALICE,
            &request(
                "INVITE",
                &uri,
                "100",
                &format!("scan{n}"),
                1,
                &format!("s{n}"),
                ALICE,
                "",
                &sdp(4000, ""),
            ),
        );
        assert_eq!(w.last_to(ALICE).status(), Some(401));
    }
    w.send(
        ALICE,
        &request(
            "OPTIONS",
            &format!("sip:{REALM}"),
            "100",
            "probe",
            1,
            "p",
            ALICE,
            "",
            "",
        ),
    );
    assert!(w.take(ALICE).is_empty(), "a banned source gets no answer");
    assert_eq!(
        w.engine.bans(w.now.unix)[0].reason,
        "unanswered challenges (scanning)"
    );
    // Another address is still served.
    let other = Peer {
        transport: Transport::Udp,
        addr: "192.0.2.99:5060".parse().unwrap(),
        conn: 0,
    };
    let options = request(
        "OPTIONS",
        &format!("sip:{REALM}"),
        "101",
        "probe2",
        1,
        "p2",
        5060,
        "",
        "",
    );
    w.engine.handle_bytes(w.now, other, options.as_bytes());
    w.collect();
    assert_eq!(w.last_to(5060).status(), Some(200));
}
