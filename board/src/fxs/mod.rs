//! The FXS line state machine: what an analog phone on a station port hears and does.
//!
//! Sans-IO: it takes raw line events, line audio and commands from call control, each with
//! `now`, and gives line feed changes and requests to call control through
//! [`FxsLine::poll_output`], and the audio to play onto the line through
//! [`FxsLine::audio_to_line`]. What a hook flash *means* (hold, switch, transfer, three-way)
//! is call control's business: the line reports the flash and plays what it is told.

pub mod dialplan;
pub mod hook;
mod ringing;
mod tones;

#[cfg(test)]
mod tests;

use std::collections::VecDeque;

use edgepbx_media::dsp::tones::ToneKind;
use edgepbx_media::dsp::{DtmfDetector, ToneGenerator};

use crate::cid::{CallerId, Spill, caller_id_message, mwi_message};
use crate::line::{Frame, LineFeed, Millis, Polarity};
use crate::profile::{CidMethod, Profile};
use dialplan::{DialMatch, DialPlan};
use hook::{HookDetector, HookEvent};
use ringing::Ringing;
use tones::howler;

/// Time to dial the first digit before the line gives up (Asterisk's firstdigittimeout).
pub const FIRST_DIGIT_MS: Millis = 16_000;
/// Time between digits before what was dialled is sent (Asterisk's matchdigittimeout is 3 s,
/// gendigittimeout 8 s; phones without `#` habits want something in between).
pub const INTERDIGIT_MS: Millis = 4_000;
/// How long busy / congestion plays before the receiver-off-hook howler.
pub const TONE_BEFORE_HOWLER_MS: Millis = 30_000;
/// Call-waiting alerting signal (CAS, 2130 + 2750 Hz, 80 ms) and how long to wait for the
/// phone's DTMF acknowledgement ('A' or 'D') before giving up on type 2 caller ID.
const CAS_SPEC: &str = "!2130+2750/80,0";
const CAS_ACK_MS: Millis = 500;
/// Longest number collected; further digits are ignored.
const MAX_DIGITS: usize = 32;

/// A request to call control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FxsRequest {
    /// The user dialled a number (from dial tone, or recall dial tone after a flash).
    Dial(String),
    /// The phone was picked up while ringing.
    Answer,
    /// The user hung up.
    Hangup,
    /// Hook flash during a call.
    Flash,
    /// A digit dialled during a call (to be sent as RFC 4733 or in-band).
    Digit(char),
}

/// Output of the state machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FxsOutput {
    Feed(LineFeed),
    Request(FxsRequest),
}

/// What call control tells the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FxsCommand {
    /// Ring the phone, with caller ID when known.
    Ring(Option<CallerId>),
    /// The caller gave up before the phone was answered.
    StopRinging,
    /// The call being placed is ringing at the far end.
    Ringback,
    /// The number is busy.
    Busy,
    /// The call could not be placed (no route, no such number, network trouble).
    Congestion,
    /// Speech path up: the far end answered (or the phone answered).
    Connected,
    /// The far end hung up: disconnect signalling, then busy tone, then the howler.
    FarEndHangup,
    /// After a flash: give recall dial tone and collect a number.
    RecallDialTone,
    /// A second call arrives during this one: call waiting tone and type 2 caller ID.
    CallWaiting(Option<CallerId>),
    /// Message waiting on or off: FSK MWI now (when on hook) and stutter dial tone.
    MessageWaiting(bool),
}

#[derive(Debug)]
enum State {
    OnHook,
    Ringing(Ringing),
    /// Off hook collecting digits; `recall` after a flash.
    Dialling {
        digits: String,
        last: Millis,
        recall: bool,
    },
    /// Number sent, waiting for call control.
    Calling,
    Talking,
    /// The far end or the network ended the call; `since` for the howler.
    Ended {
        since: Millis,
    },
}

/// What plays onto the line when it is not speech.
enum Sound {
    Silence,
    Tone(ToneGenerator),
    Spill(Spill),
    /// Call waiting: tone, then CAS, then wait for the ACK, then type 2 FSK.
    CallWaiting(Box<CallWaiting>),
}

struct CallWaiting {
    tone: ToneGenerator,
    cas: Option<ToneGenerator>,
    cid: Option<CallerId>,
    ack_deadline: Option<Millis>,
    spill: Option<Spill>,
}

/// What a port is doing, as shown to people (the API's port list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    Idle,
    /// Off hook and not in a call: dialling, or hearing a tone.
    OffHook,
    Ringing,
    InCall,
    /// In alarm or (FXO) no line.
    Down,
}

impl Activity {
    pub fn as_str(self) -> &'static str {
        match self {
            Activity::Idle => "idle",
            Activity::OffHook => "off-hook",
            Activity::Ringing => "ringing",
            Activity::InCall => "in call",
            Activity::Down => "down",
        }
    }
}

pub struct FxsLine {
    profile: Profile,
    /// The owning account's extension length: numbers of this length are sent without
    /// waiting (see [`DialPlan::check_at_length`]).
    extension_length: Option<usize>,
    hook: HookDetector,
    state: State,
    sound: Sound,
    dtmf: DtmfDetector,
    mwi: bool,
    /// Call control has a call for this line (a number was sent or a ringing call answered).
    in_call: bool,
    out: VecDeque<FxsOutput>,
    feed: LineFeed,
}

impl FxsLine {
    pub fn new(now: Millis, profile: Profile) -> Self {
        let mut line = FxsLine {
            profile,
            extension_length: None,
            hook: HookDetector::new(now),
            state: State::OnHook,
            sound: Sound::Silence,
            dtmf: DtmfDetector::new(),
            mwi: false,
            in_call: false,
            out: VecDeque::new(),
            feed: LineFeed::Open,
        };
        line.set_feed(LineFeed::Active(Polarity::Forward));
        line
    }

    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// A new country profile (the owning account's): tones, ring cadence and caller ID
    /// from the next one the line starts.
    pub fn set_profile(&mut self, profile: Profile) {
        self.profile = profile;
    }

    /// The owning account's extension length (None: dispatch on known numbers only).
    pub fn set_extension_length(&mut self, length: Option<usize>) {
        self.extension_length = length;
    }

    /// True while speech should flow between the line and the call.
    pub fn is_talking(&self) -> bool {
        matches!(self.state, State::Talking)
            && !matches!(self.sound, Sound::CallWaiting(_) | Sound::Spill(_))
    }

    /// What the port is doing, for status displays.
    pub fn activity(&self) -> Activity {
        match self.state {
            State::OnHook => Activity::Idle,
            State::Ringing(_) => Activity::Ringing,
            State::Talking => Activity::InCall,
            _ => Activity::OffHook,
        }
    }

    /// True while the phone is off hook (after debounce).
    pub fn is_off_hook(&self) -> bool {
        self.hook.is_off_hook()
    }

    pub fn poll_output(&mut self) -> Option<FxsOutput> {
        self.out.pop_front()
    }

    /// A raw loop-closure change reported by the line.
    pub fn hook_changed(&mut self, now: Millis, off_hook: bool) {
        self.hook.raw(now, off_hook);
        self.tick(now);
    }

    /// Advance timers to `now`: debounce, cadences, timeouts. Call at least every frame.
    pub fn tick(&mut self, now: Millis) {
        while let Some(ev) = self.hook.poll(now) {
            self.on_hook_event(now, ev);
        }
        self.timers(now);
    }

    /// Audio heard on the line during the last frame (for DTMF and call-waiting ACK).
    pub fn audio_from_line(&mut self, now: Millis, frame: &Frame) {
        if !self.hook.is_off_hook() {
            return;
        }
        if let Some(d) = self.dtmf.process(frame) {
            self.on_digit(now, d);
        }
    }

    /// Fill `out` with what the line should hear now; `speech` is the call's audio.
    pub fn audio_to_line(&mut self, speech: Option<&Frame>, out: &mut Frame) {
        match &mut self.sound {
            Sound::Silence => match (speech, self.is_talking()) {
                (Some(s), true) => out.copy_from_slice(s),
                _ => out.fill(0),
            },
            Sound::Tone(g) => g.fill(out),
            Sound::Spill(s) => {
                s.fill(out);
                if !s.is_busy() {
                    self.sound = Sound::Silence;
                }
            }
            Sound::CallWaiting(cw) => {
                if let Some(spill) = &mut cw.spill {
                    spill.fill(out);
                    if !spill.is_busy() {
                        self.sound = Sound::Silence;
                    }
                } else if let Some(cas) = &mut cw.cas {
                    cas.fill(out);
                } else {
                    cw.tone.fill(out);
                    if cw.tone.is_done() {
                        cw.cas = ToneGenerator::from_spec(CAS_SPEC, 8000).ok();
                    }
                }
            }
        }
    }

    /// A command from call control.
    pub fn command(&mut self, now: Millis, cmd: FxsCommand) {
        match cmd {
            FxsCommand::Ring(cid) => self.start_ringing(now, cid),
            FxsCommand::StopRinging => {
                if matches!(self.state, State::Ringing(_)) {
                    self.go_idle();
                }
            }
            FxsCommand::Ringback => self.play_in_call(ToneKind::Ringback),
            FxsCommand::Busy => self.end_with(now, ToneKind::Busy),
            FxsCommand::Congestion => self.end_with(now, ToneKind::Congestion),
            FxsCommand::Connected => {
                if self.hook.is_off_hook() {
                    self.state = State::Talking;
                    self.sound = Sound::Silence;
                }
            }
            FxsCommand::FarEndHangup => self.far_end_hangup(now),
            FxsCommand::RecallDialTone => {
                if self.hook.is_off_hook() {
                    self.start_dialling(now, true);
                }
            }
            FxsCommand::CallWaiting(cid) => {
                if matches!(self.state, State::Talking) {
                    self.sound = Sound::CallWaiting(Box::new(CallWaiting {
                        tone: self.tone(ToneKind::CallWaiting, true),
                        cas: None,
                        cid,
                        ack_deadline: None,
                        spill: None,
                    }));
                }
            }
            FxsCommand::MessageWaiting(on) => {
                self.mwi = on;
                if matches!(self.state, State::OnHook) {
                    self.set_feed(LineFeed::OnHookTransmission(Polarity::Forward));
                    self.sound = Sound::Spill(self.spill(&mwi_message(on)));
                }
            }
        }
    }

    fn on_hook_event(&mut self, now: Millis, ev: HookEvent) {
        match ev {
            HookEvent::OffHook => match self.state {
                State::Ringing(_) => {
                    // Ring trip: stop ringing at once, talk battery on.
                    self.set_feed(LineFeed::Active(Polarity::Forward));
                    self.sound = Sound::Silence;
                    self.state = State::Calling;
                    self.in_call = true;
                    self.request(FxsRequest::Answer);
                }
                _ => {
                    self.set_feed(LineFeed::Active(Polarity::Forward));
                    self.start_dialling(now, false);
                }
            },
            HookEvent::OnHook => {
                self.go_idle();
                if std::mem::take(&mut self.in_call) {
                    self.request(FxsRequest::Hangup);
                }
            }
            HookEvent::Flash => match self.state {
                State::Talking | State::Calling => self.request(FxsRequest::Flash),
                // A flash while dialling after an earlier flash goes back to the held call.
                State::Dialling { recall: true, .. } => self.request(FxsRequest::Flash),
                // A flash on dial tone or after the far end left starts over.
                _ => self.start_dialling(now, false),
            },
            HookEvent::PulseDigit(d) => self.on_digit(now, d),
        }
    }

    fn on_digit(&mut self, now: Millis, d: char) {
        if let Sound::CallWaiting(cw) = &mut self.sound
            && cw.ack_deadline.is_some()
            && matches!(d, 'A' | 'D')
        {
            cw.ack_deadline = None;
            cw.cas = None;
            cw.spill = cw.cid.as_ref().map(|cid| {
                crate::cid::Spill::fsk_off_hook(fsk_std(&self.profile), &caller_id_message(cid))
            });
            if cw.spill.is_none() {
                self.sound = Sound::Silence;
            }
            return;
        }
        match &mut self.state {
            State::Dialling { digits, last, .. } => {
                // Dial tone stops at the first digit.
                self.sound = Sound::Silence;
                if d == '#' && !digits.is_empty() {
                    let number = std::mem::take(digits);
                    self.dispatch(number);
                    return;
                }
                if digits.len() < MAX_DIGITS {
                    digits.push(d);
                }
                *last = now;
            }
            State::Talking => self.request(FxsRequest::Digit(d)),
            _ => {}
        }
    }

    /// Ask the dial plan about the digits collected so far.
    pub fn check_dial_plan(&mut self, plan: &dyn DialPlan) {
        if let State::Dialling { digits, .. } = &mut self.state
            && !digits.is_empty()
            && match self.extension_length {
                Some(length) => plan.check_at_length(digits, length),
                None => plan.check(digits),
            } == DialMatch::Complete
        {
            let number = std::mem::take(digits);
            self.dispatch(number);
        }
    }

    fn dispatch(&mut self, number: String) {
        self.state = State::Calling;
        self.in_call = true;
        self.sound = Sound::Silence;
        self.request(FxsRequest::Dial(number));
    }

    fn timers(&mut self, now: Millis) {
        match &mut self.state {
            State::Dialling { digits, last, .. } => {
                let limit = if digits.is_empty() {
                    FIRST_DIGIT_MS
                } else {
                    INTERDIGIT_MS
                };
                if now.saturating_sub(*last) >= limit {
                    if digits.is_empty() {
                        self.end_with(now, ToneKind::Congestion);
                    } else {
                        let number = std::mem::take(digits);
                        self.dispatch(number);
                    }
                }
            }
            State::Ended { since } => {
                if now.saturating_sub(*since) >= TONE_BEFORE_HOWLER_MS
                    && !matches!(self.feed, LineFeed::Open)
                {
                    *since = u64::MAX / 2;
                    self.sound = Sound::Tone(howler());
                }
                if self.feed == LineFeed::Open
                    && now.saturating_sub(*since) >= self.profile.disconnect_open_ms
                {
                    // End of the disconnect (CPC) pulse: battery back, busy tone.
                    *since = now;
                    self.set_feed(LineFeed::Active(Polarity::Forward));
                    self.sound = Sound::Tone(self.tone(ToneKind::Busy, false));
                }
            }
            State::Ringing(_) => self.ring_timers(now),
            _ => {}
        }
        if let Sound::CallWaiting(cw) = &mut self.sound {
            if cw.cas.is_some() && cw.ack_deadline.is_none() && cw.spill.is_none() {
                cw.ack_deadline = Some(now + CAS_ACK_MS);
            }
            if cw.ack_deadline.is_some_and(|t| now >= t) {
                // No ACK: a phone without type 2 caller ID; the tone was enough.
                self.sound = Sound::Silence;
            }
        }
    }

    fn start_dialling(&mut self, now: Millis, recall: bool) {
        self.dtmf.reset();
        self.state = State::Dialling {
            digits: String::new(),
            last: now,
            recall,
        };
        self.sound = Sound::Tone(if self.mwi {
            self.stutter_tone()
        } else {
            self.tone(ToneKind::Dial, false)
        });
    }

    fn play_in_call(&mut self, kind: ToneKind) {
        if matches!(self.state, State::Calling) {
            self.sound = Sound::Tone(self.tone(kind, false));
        }
    }

    fn end_with(&mut self, now: Millis, kind: ToneKind) {
        if !self.hook.is_off_hook() {
            return;
        }
        self.state = State::Ended { since: now };
        self.sound = Sound::Tone(self.tone(kind, false));
    }

    fn far_end_hangup(&mut self, now: Millis) {
        match self.state {
            State::Ringing(_) => self.go_idle(),
            State::OnHook => {}
            _ => {
                // Calling party control: open the loop so answering machines and payphones
                // know, then busy tone, then the howler.
                self.state = State::Ended { since: now };
                self.sound = Sound::Silence;
                self.set_feed(LineFeed::Open);
            }
        }
    }

    fn go_idle(&mut self) {
        self.state = State::OnHook;
        self.sound = Sound::Silence;
        self.set_feed(LineFeed::Active(Polarity::Forward));
    }

    fn spill(&self, msg: &[u8]) -> Spill {
        Spill::fsk_on_hook(fsk_std(&self.profile), msg)
    }

    fn set_feed(&mut self, feed: LineFeed) {
        if feed != self.feed {
            self.feed = feed;
            self.out.push_back(FxsOutput::Feed(feed));
        }
    }

    fn request(&mut self, r: FxsRequest) {
        self.out.push_back(FxsOutput::Request(r));
    }
}

fn fsk_std(p: &Profile) -> edgepbx_media::dsp::FskStandard {
    match p.cid {
        CidMethod::FskAfterFirstRing(s) | CidMethod::FskBeforeRing(s) => s,
        // DTMF countries send call-waiting and MWI FSK as V.23 (ETSI).
        CidMethod::DtmfBeforeRing => edgepbx_media::dsp::FskStandard::V23,
    }
}
