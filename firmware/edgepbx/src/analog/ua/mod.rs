//! The SIP user agent of one analog port (the box's built-in ATA / FXO gateway), sans-IO: it
//! registers the port's device with the box's own engine, places and answers calls for the
//! line state machine, and turns what the engine says into line events. It talks over a
//! reliable in-process connection (no retransmissions, no timers but the registration
//! refresh); the runtime moves its bytes to and from the engine. One call at a time.

mod consult;
mod register;
pub mod sdp;
mod waiting;

#[cfg(test)]
mod tests;

use std::collections::VecDeque;
use std::net::SocketAddr;

use edgepbx_sip::auth::{ClientAuth, authorization, parse_challenge};
use edgepbx_sip::message::writer::Writer;
use edgepbx_sip::message::{HeaderName, Message, Method, parse::parse};

use sdp::RemoteMedia;

pub type Millis = u64;

/// The reason phrase of an outside line's 503 to a call while it carries another.
pub const LINE_IN_USE: &str = "Outside line in use";

/// Who this port is on the box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The device's SIP user name and password.
    pub user: String,
    pub password: String,
    /// The account's SIP realm.
    pub domain: String,
}

/// What the line side hears from call control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UaEvent {
    Registered(bool),
    /// A call for this port: ring it.
    /// A call for this port: ring it (FXS), or dial `dialled` out on the line (FXO).
    Incoming {
        number: String,
        name: String,
        dialled: String,
    },
    /// The caller hung up before the port answered.
    CallerGone,
    Ringback,
    /// Speech path up (our call answered, or our answer accepted).
    Connected(RemoteMedia),
    /// The far end moved its media (re-INVITE).
    MediaChanged(RemoteMedia),
    Busy,
    /// The call failed with this status.
    Failed(u16),
    RemoteHangup,
    MessageWaiting(bool),
    /// A second call arrives during a call (call waiting).
    CallWaiting {
        number: String,
        name: String,
    },
    /// The waiting or held call's far end hung up.
    OtherGone,
    /// Three-way calling: the held call (this media) joins the current one.
    Joined(RemoteMedia),
    /// After the port hung up, a waiting or held call rings it back.
    Recall {
        number: String,
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    /// We called `number`; `branch` of the INVITE in progress (for CANCEL / ACK of errors).
    Caller {
        number: String,
        branch: String,
        auth_tried: bool,
        cancelled: bool,
    },
    /// We are called; the INVITE to answer.
    Callee { invite: Vec<u8>, answered: bool },
}

#[derive(Debug, Clone)]
struct Call {
    call_id: String,
    local_tag: String,
    remote_tag: Option<String>,
    cseq: u32,
    /// Our and their URI (From/To of our requests).
    local_uri: String,
    remote_uri: String,
    /// Where in-dialog requests go (the far end's Contact).
    remote_target: String,
    role: Role,
    confirmed: bool,
    /// Who the far end is (for a recall's caller ID).
    peer_number: String,
    peer_name: String,
    /// The far end's media, and whether we put the call on hold.
    media: Option<RemoteMedia>,
    held: bool,
}

/// How the port reaches the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A phone (FXS): registers as its device, over the in-process (reliable) connection.
    Device,
    /// An outside line (FXO): a gateway of the account's `resources`, over loopback UDP; no
    /// registration, calls in are outside calls to the line's number.
    Gateway,
}

pub struct Ua {
    id: Identity,
    mode: Mode,
    /// Our address on the in-process connection (Via and Contact).
    local: SocketAddr,
    rtp: SocketAddr,
    out: VecDeque<Vec<u8>>,
    events: VecDeque<UaEvent>,
    rng: u64,
    reg_call_id: String,
    reg_tag: String,
    reg_cseq: u32,
    reg_auth_tried: bool,
    next_register: Millis,
    registered: bool,
    call: Option<Call>,
    /// The second call of a port: waiting to be answered, or held (call waiting, switch).
    other: Option<Call>,
    /// The current call is a consultation dialled after a flash, beside the call set aside
    /// (not a call-waiting switch).
    consultation: bool,
    /// The held call and the current one are joined (three-way call).
    joined: bool,
    /// A call we cancelled, kept until the engine's final answer to it.
    leaving: Option<Call>,
    /// Display name for the From of our next INVITE.
    caller_name: Option<String>,
    sdp_version: u64,
}

impl Ua {
    pub fn new(id: Identity, mode: Mode, local: SocketAddr, rtp: SocketAddr, seed: u64) -> Ua {
        let mut ua = Ua {
            id,
            mode,
            local,
            rtp,
            out: VecDeque::new(),
            events: VecDeque::new(),
            rng: seed | 1,
            reg_call_id: String::new(),
            reg_tag: String::new(),
            reg_cseq: 0,
            reg_auth_tried: false,
            next_register: 0,
            registered: false,
            call: None,
            other: None,
            consultation: false,
            joined: false,
            leaving: None,
            caller_name: None,
            sdp_version: 1,
        };
        ua.reg_call_id = ua.token();
        ua.reg_tag = ua.token();
        ua
    }

    pub fn identity(&self) -> &Identity {
        &self.id
    }

    #[cfg(test)]
    pub fn has_call(&self) -> bool {
        self.call.is_some()
    }

    /// Bytes for the engine.
    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        self.out.pop_front()
    }

    pub fn poll_event(&mut self) -> Option<UaEvent> {
        self.events.pop_front()
    }

    /// Place a call to `number`.
    pub fn dial(&mut self, number: &str) {
        self.dial_as(number, None);
    }

    /// Place a call to `number` presenting `caller` (number, name), as a gateway passes on
    /// the outside caller's ID.
    pub fn dial_as(&mut self, number: &str, caller: Option<(&str, &str)>) {
        if self.call.is_some() {
            return;
        }
        let local_uri = match caller {
            Some((n, _)) if !n.is_empty() => self.aor(n),
            _ => self.aor(&self.id.user),
        };
        self.caller_name = caller.map(|(_, name)| name.replace(['"', '\\', '\r', '\n'], ""));
        let call = Call {
            call_id: self.token(),
            local_tag: self.token(),
            remote_tag: None,
            cseq: 1,
            local_uri,
            remote_uri: self.aor(number),
            remote_target: self.aor(number),
            role: Role::Caller {
                number: number.to_string(),
                branch: String::new(),
                auth_tried: false,
                cancelled: false,
            },
            confirmed: false,
            peer_number: number.to_string(),
            peer_name: String::new(),
            media: None,
            held: false,
        };
        self.call = Some(call);
        self.send_invite(None);
    }

    /// Answer the ringing call (or take back a held one that rang the port again).
    pub fn answer(&mut self) {
        if self.call.as_ref().is_some_and(|c| c.confirmed && c.held) {
            self.resume();
            return;
        }
        let body = self.offer();
        let contact = self.contact();
        let Some(call) = &mut self.call else { return };
        let Role::Callee { invite, answered } = &mut call.role else {
            return;
        };
        let Ok(req) = parse(invite) else { return };
        *answered = true;
        call.confirmed = true;
        let mut w = Writer::response_to(&req, 200, "OK", Some(&call.local_tag));
        w.header("Contact", &contact);
        self.out.push_back(w.finish(Some("application/sdp"), &body));
        if let Some(media) = sdp::remote(req.body()) {
            if let Some(c) = &mut self.call {
                c.media = Some(media);
            }
            self.events.push_back(UaEvent::Connected(media));
        }
    }

    /// True while an incoming call rings unanswered.
    pub fn is_ringing(&self) -> bool {
        matches!(
            self.call,
            Some(Call {
                role: Role::Callee {
                    answered: false,
                    ..
                },
                ..
            })
        )
    }

    /// Refuse the ringing incoming call with `code` and its standard reason phrase.
    pub fn reject(&mut self, code: u16) {
        self.reject_saying(code, edgepbx_sip::message::writer::reason_phrase(code));
    }

    /// Refuse the ringing incoming call with `code`, saying why in the reason phrase (the
    /// line could not take it: "No dial tone on the outside line").
    pub fn reject_saying(&mut self, code: u16, reason: &str) {
        if let Some(Call {
            role:
                Role::Callee {
                    invite,
                    answered: false,
                },
            ..
        }) = self.call.clone()
        {
            self.call = None;
            if let Ok(inv) = parse(&invite) {
                self.reply_saying(&inv, code, reason, None);
            }
        }
    }

    /// The port hung up (or gave up dialling).
    pub fn hang_up(&mut self) {
        let Some(call) = self.call.clone() else {
            return;
        };
        match &call.role {
            Role::Caller {
                branch,
                cancelled: false,
                ..
            } if !call.confirmed => {
                let mut w = Writer::request("CANCEL", &call.remote_target);
                w.header("Via", self.via(branch));
                w.header("Max-Forwards", 70);
                w.header(
                    "From",
                    format!("<{}>;tag={}", call.local_uri, call.local_tag),
                );
                w.header("To", format!("<{}>", call.remote_uri));
                w.header("Call-ID", &call.call_id);
                w.header("CSeq", format!("{} CANCEL", call.cseq));
                self.out.push_back(w.finish_empty());
                if let Some(Call {
                    role: Role::Caller { cancelled, .. },
                    ..
                }) = &mut self.call
                {
                    *cancelled = true;
                }
            }
            Role::Callee {
                answered: false, ..
            } => {}
            _ if call.confirmed => {
                self.in_dialog_request("BYE", &[], None);
                self.call = None;
            }
            _ => {}
        }
        self.recall_other();
    }

    /// A message from the engine.
    pub fn handle(&mut self, now: Millis, bytes: &[u8]) {
        let Ok(msg) = parse(bytes) else {
            tracing::debug!("analog line: unparsable message from the engine");
            return;
        };
        if msg.is_request() {
            self.request(msg);
        } else if msg.call_id() == self.reg_call_id {
            self.register_response(now, &msg);
        } else {
            self.call_response(&msg);
        }
    }

    fn request(&mut self, req: Message) {
        if self
            .other
            .as_ref()
            .is_some_and(|c| c.call_id == req.call_id())
        {
            self.other_request(req);
            return;
        }
        let ours = self
            .call
            .as_ref()
            .is_some_and(|c| c.call_id == req.call_id());
        match req.method() {
            Some(Method::Invite) if !ours => self.incoming_invite(req),
            Some(Method::Invite) => {
                // Re-INVITE (hold, transfer): answer with our media; follow theirs.
                let body = self.offer();
                self.reply(&req, 200, Some(&body));
                if let Some(m) = sdp::remote(req.body()) {
                    if let Some(c) = &mut self.call {
                        c.media = Some(m);
                    }
                    self.events.push_back(UaEvent::MediaChanged(m));
                }
            }
            Some(Method::Ack) => {}
            Some(Method::Cancel) if ours => {
                self.reply(&req, 200, None);
                if let Some(Call {
                    role:
                        Role::Callee {
                            invite,
                            answered: false,
                        },
                    ..
                }) = self.call.take()
                {
                    if let Ok(inv) = parse(&invite) {
                        self.reply(&inv, 487, None);
                    }
                    self.events.push_back(UaEvent::CallerGone);
                }
            }
            Some(Method::Bye) if ours => {
                self.reply(&req, 200, None);
                self.call = None;
                if !self.keep_joined_after_bye() {
                    self.events.push_back(UaEvent::RemoteHangup);
                }
            }
            Some(Method::Notify) => {
                self.reply(&req, 200, None);
                let body = String::from_utf8_lossy(req.body()).to_ascii_lowercase();
                if let Some(line) = body.lines().find(|l| l.starts_with("messages-waiting:")) {
                    self.events
                        .push_back(UaEvent::MessageWaiting(line.contains("yes")));
                }
            }
            Some(Method::Options) => self.reply(&req, 200, None),
            Some(Method::Cancel | Method::Bye) => self.reply(&req, 481, None),
            _ => self.reply(&req, 501, None),
        }
    }

    fn incoming_invite(&mut self, req: Message) {
        if self.call.is_some() {
            self.second_invite(req);
            return;
        }
        let Some(from) = req.from() else {
            self.reply(&req, 400, None);
            return;
        };
        let number = from.uri.user_unescaped().unwrap_or_default();
        let name = from.display_name();
        let remote_tag = from.tag().map(str::to_string);
        let remote_uri = from.uri_text.to_string();
        let remote_target = req
            .contacts()
            .next()
            .map(|c| c.uri_text.to_string())
            .unwrap_or_else(|| remote_uri.clone());
        let cseq = 1;
        let call = Call {
            call_id: req.call_id().to_string(),
            local_tag: self.token(),
            remote_tag,
            cseq,
            local_uri: req.to().map(|t| t.uri_text.to_string()).unwrap_or_default(),
            remote_uri,
            remote_target,
            role: Role::Callee {
                invite: req.as_bytes().to_vec(),
                answered: false,
            },
            confirmed: false,
            peer_number: number.clone(),
            peer_name: name.clone(),
            media: sdp::remote(req.body()),
            held: false,
        };
        let tag = call.local_tag.clone();
        self.call = Some(call);
        let mut w = Writer::response_to(&req, 180, "Ringing", Some(&tag));
        w.header("Contact", self.contact());
        self.out.push_back(w.finish_empty());
        let dialled = req
            .uri()
            .and_then(|u| u.user_unescaped())
            .unwrap_or_default();
        self.events.push_back(UaEvent::Incoming {
            number,
            name,
            dialled,
        });
    }

    fn call_response(&mut self, res: &Message) {
        if self
            .leaving
            .as_ref()
            .is_some_and(|c| c.call_id == res.call_id())
        {
            std::mem::swap(&mut self.call, &mut self.leaving);
            self.call_response(res);
            std::mem::swap(&mut self.call, &mut self.leaving);
            return;
        }
        if self
            .other
            .as_ref()
            .is_some_and(|c| c.call_id == res.call_id())
        {
            let before = self.events.len();
            self.with_other(|ua| ua.call_response(res));
            // The held call's media is the current call's only once it is joined to it.
            let joined = self.joined;
            let mut i = before;
            while i < self.events.len() {
                if let UaEvent::MediaChanged(m) = self.events[i] {
                    if joined {
                        self.events[i] = UaEvent::Joined(m);
                    } else {
                        self.events.remove(i);
                        continue;
                    }
                }
                i += 1;
            }
            return;
        }
        let Some(call) = &mut self.call else { return };
        if res.call_id() != call.call_id {
            return;
        }
        let Some(cseq) = res.cseq() else { return };
        let code = res.status().unwrap_or(0);
        if cseq.method != "INVITE" {
            return;
        }
        if call.confirmed {
            // A 2xx to a re-INVITE (hold, resume), or a repeated 2xx: acknowledge it, and
            // follow the far end's media if its answer moved it.
            if (200..300).contains(&code) {
                if let Some(m) = sdp::remote(res.body()) {
                    call.media = Some(m);
                    if !call.held {
                        self.events.push_back(UaEvent::MediaChanged(m));
                    }
                }
                self.ack(cseq.number, None);
            }
            return;
        }
        let Role::Caller {
            branch,
            auth_tried,
            cancelled,
            ..
        } = call.role.clone()
        else {
            return;
        };
        match code {
            100 => {}
            101..=199 => self.events.push_back(UaEvent::Ringback),
            200..=299 => {
                call.confirmed = true;
                call.remote_tag = res.to().and_then(|t| t.tag()).map(str::to_string);
                if let Some(c) = res.contacts().next() {
                    call.remote_target = c.uri_text.to_string();
                }
                let cseq = call.cseq;
                let media = sdp::remote(res.body());
                call.media = media;
                self.ack(cseq, None);
                if cancelled {
                    // Answered as we cancelled: end it properly.
                    self.in_dialog_request("BYE", &[], None);
                    self.call = None;
                    return;
                }
                match media {
                    Some(m) => self.events.push_back(UaEvent::Connected(m)),
                    None => {
                        self.in_dialog_request("BYE", &[], None);
                        self.call = None;
                        self.events.push_back(UaEvent::Failed(488));
                    }
                }
            }
            401 | 407 if !auth_tried && !cancelled => {
                self.ack_error(res, &branch);
                let header = if code == 401 {
                    HeaderName::WwwAuthenticate
                } else {
                    HeaderName::ProxyAuthenticate
                };
                let challenge = res.header(header).and_then(parse_challenge);
                if let Some(Call {
                    role: Role::Caller { auth_tried, .. },
                    cseq,
                    ..
                }) = &mut self.call
                {
                    *auth_tried = true;
                    *cseq += 1;
                }
                match challenge {
                    Some(ch) => self.send_invite(Some((code, ch))),
                    None => self.fail(code),
                }
            }
            _ => {
                self.ack_error(res, &branch);
                if cancelled {
                    self.call = None;
                } else {
                    self.fail(code);
                }
            }
        }
    }

    fn fail(&mut self, code: u16) {
        self.call = None;
        self.events.push_back(if matches!(code, 486 | 600) {
            UaEvent::Busy
        } else {
            UaEvent::Failed(code)
        });
    }

    fn send_invite(&mut self, auth: Option<(u16, edgepbx_sip::auth::Challenge)>) {
        let body = self.offer();
        let contact = self.contact();
        let branch = self.token();
        let cnonce = self.token();
        let Some(call) = &self.call else { return };
        let mut w = Writer::request("INVITE", &call.remote_target);
        w.header("Via", self.via(&branch));
        w.header("Max-Forwards", 70);
        let display = match self.caller_name.as_deref() {
            Some(name) if !name.is_empty() => format!("\"{name}\" "),
            _ => String::new(),
        };
        w.header(
            "From",
            format!("{display}<{}>;tag={}", call.local_uri, call.local_tag),
        );
        w.header("To", format!("<{}>", call.remote_uri));
        w.header("Call-ID", &call.call_id);
        w.header("CSeq", format!("{} INVITE", call.cseq));
        w.header("Contact", contact);
        w.header("User-Agent", "edgepbx analog line");
        if let Some((code, ch)) = auth {
            let value = self.authorization(&ch, "INVITE", &call.remote_target, &cnonce);
            w.header(auth_header(code), value);
        }
        let bytes = w.finish(Some("application/sdp"), &body);
        if let Some(Call {
            role: Role::Caller { branch: b, .. },
            ..
        }) = &mut self.call
        {
            *b = branch;
        }
        self.out.push_back(bytes);
    }

    /// ACK of a non-2xx final answer (same branch as the INVITE, RFC 3261 §17.1.1.3).
    fn ack_error(&mut self, res: &Message, branch: &str) {
        let Some(call) = &self.call else { return };
        let to = res.header(HeaderName::To).unwrap_or_default().to_string();
        let mut w = Writer::request("ACK", &call.remote_target);
        w.header("Via", self.via(branch));
        w.header("Max-Forwards", 70);
        w.header(
            "From",
            format!("<{}>;tag={}", call.local_uri, call.local_tag),
        );
        w.header("To", to);
        w.header("Call-ID", &call.call_id);
        w.header("CSeq", format!("{} ACK", call.cseq));
        self.out.push_back(w.finish_empty());
    }

    /// ACK of a 2xx (a new transaction in the dialog).
    fn ack(&mut self, cseq: u32, body: Option<&[u8]>) {
        let branch = self.token();
        let Some(call) = &self.call else { return };
        let mut w = Writer::request("ACK", &call.remote_target);
        w.header("Via", self.via(&branch));
        w.header("Max-Forwards", 70);
        self.dialog_headers(&mut w, call);
        w.header("CSeq", format!("{cseq} ACK"));
        self.out.push_back(match body {
            Some(b) => w.finish(Some("application/sdp"), b),
            None => w.finish_empty(),
        });
    }

    fn in_dialog_request(&mut self, method: &str, extra: &[(&str, String)], body: Option<&[u8]>) {
        let branch = self.token();
        let contact = self.contact();
        let Some(call) = &mut self.call else { return };
        call.cseq += 1;
        let call = call.clone();
        let mut w = Writer::request(method, &call.remote_target);
        w.header("Via", self.via(&branch));
        w.header("Max-Forwards", 70);
        self.dialog_headers(&mut w, &call);
        w.header("CSeq", format!("{} {method}", call.cseq));
        w.header("Contact", contact);
        for (name, value) in extra {
            w.header(name, value);
        }
        self.out.push_back(match body {
            Some(b) => w.finish(Some("application/sdp"), b),
            None => w.finish_empty(),
        });
    }

    fn dialog_headers(&self, w: &mut Writer, call: &Call) {
        let remote_tag = call
            .remote_tag
            .as_deref()
            .map(|t| format!(";tag={t}"))
            .unwrap_or_default();
        w.header(
            "From",
            format!("<{}>;tag={}", call.local_uri, call.local_tag),
        );
        w.header("To", format!("<{}>{remote_tag}", call.remote_uri));
        w.header("Call-ID", &call.call_id);
    }

    fn reply(&mut self, req: &Message, code: u16, sdp_body: Option<&[u8]>) {
        let reason = edgepbx_sip::message::writer::reason_phrase(code);
        self.reply_saying(req, code, reason, sdp_body);
    }

    fn reply_saying(&mut self, req: &Message, code: u16, reason: &str, sdp_body: Option<&[u8]>) {
        let tag = self.call.as_ref().map(|c| c.local_tag.clone());
        let mut w = Writer::response_to(req, code, reason, tag.as_deref());
        if (200..300).contains(&code) {
            w.header("Contact", self.contact());
        }
        self.out.push_back(match sdp_body {
            Some(b) => w.finish(Some("application/sdp"), b),
            None => w.finish_empty(),
        });
    }

    fn authorization(
        &self,
        ch: &edgepbx_sip::auth::Challenge,
        method: &str,
        uri: &str,
        cnonce: &str,
    ) -> String {
        authorization(&ClientAuth {
            realm: &ch.realm,
            nonce: &ch.nonce,
            algorithm: &ch.algorithm,
            username: &self.id.user,
            password: &self.id.password,
            method,
            uri,
            cnonce,
            qop: ch.qop_auth,
        })
    }

    fn offer(&mut self) -> Vec<u8> {
        self.sdp_version += 1;
        sdp::offer(self.rtp, self.sdp_version)
    }

    fn aor(&self, user: &str) -> String {
        format!("sip:{user}@{}", self.id.domain)
    }

    fn contact(&self) -> String {
        match self.mode {
            Mode::Device => format!("<sip:{}@{};transport=tcp>", self.id.user, self.local),
            Mode::Gateway => format!("<sip:{}@{}>", self.id.user, self.local),
        }
    }

    fn via(&self, branch: &str) -> String {
        let transport = match self.mode {
            Mode::Device => "TCP",
            Mode::Gateway => "UDP",
        };
        format!("SIP/2.0/{transport} {};branch=z9hG4bK{branch}", self.local)
    }

    /// A random-looking token for tags, Call-IDs and branches (xorshift; uniqueness is
    /// what matters, the seed comes from the OS).
    fn token(&mut self) -> String {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        format!("{:016x}", self.rng)
    }
}

fn auth_header(code: u16) -> &'static str {
    if code == 407 {
        "Proxy-Authorization"
    } else {
        "Authorization"
    }
}
