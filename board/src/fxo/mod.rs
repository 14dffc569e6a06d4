//! The FXO line state machine: the box's side of an outside (PSTN) line, behaving like a
//! phone on it. Ring detection with caller ID (FSK Bell 202 / V.23 or DTMF, before or between
//! rings), answering, seizing for an outbound call with dial tone detection and DTMF
//! dialling, and disconnect supervision (polarity reversal, loop current drop, busy or
//! congestion tone) so a line is never left hanging. A line without voltage is down.
//!
//! Sans-IO, like [`crate::fxs::FxsLine`]: line events, line audio and commands in, hook
//! changes and requests for call control out.

pub mod probe;
#[cfg(test)]
mod tests;

use std::collections::VecDeque;

use edgepbx_media::dsp::{CallProgressDetector, DtmfGenerator, FskStandard, Progress};

use crate::cid::{CallerId, CidMessage, DtmfCidDecoder, FskCidDecoder};
use crate::line::{Alarm, Frame, LineEvent, Millis, Polarity};
use crate::profile::Profile;
use probe::{Listening, Phase, ProbeReport, Probing, Signal};

/// A caller gave up when no ring came for this long (longer than any cadence's silence).
pub const RING_GONE_MS: Millis = 8_000;
/// Dial tone must be recognised this soon after seizing, or the line is out of order. The
/// media crate's detector wants 2.5 s of steady tone before it calls it dial tone.
pub const DIAL_TONE_WAIT_MS: Millis = 5_000;
/// Ring bursts closer than this belong to one ring (the double rings of UK and AU).
/// After the box lets go of the line it stays on hook this long before seizing it again.
/// The exchange's line card takes a shorter on-hook break for a dial pulse (15-200 ms: the
/// digit 1) or a hook flash (up to 1,250 ms, DAHDI's longest): only a longer one is a
/// release, after which the next seizure gets dial tone. A seizure asked for sooner waits.
pub const RELEASE_GUARD_MS: Millis = 2_000;
const SAME_RING_GAP_MS: Millis = 1_000;
/// DTMF dialling on the line: 80 ms tones, 80 ms gaps.
const DIAL_ON_MS: u32 = 80;
const DIAL_OFF_MS: u32 = 80;

/// Why the far end is gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disconnect {
    PolarityReversal,
    LoopCurrentDrop,
    BusyTone,
}

/// Why an outbound call did not get through the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    NoDialTone,
    LineDown,
    /// The line already carries a call (or is ringing with one).
    LineBusy,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FxoRequest {
    /// The line rings: an inbound call, with caller ID when the exchange sent a valid one.
    Incoming(Option<CallerId>),
    /// The caller gave up before we answered.
    CallerGone,
    /// All digits are on the line: the call is through as far as the line can tell.
    Dialled,
    /// The exchange signalled answer (polarity reversal).
    Answered,
    FarEndHangup(Disconnect),
    Failed(Failure),
    LineDown,
    LineUp,
    /// A line test ended with what it found.
    Probed(ProbeReport),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FxoCommand {
    Answer,
    /// Seize the line and dial.
    Dial(String),
    Hangup,
    /// Test the idle line (see [`probe`]): dial tone only, or a test call to the number.
    Probe(Option<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FxoOutput {
    /// Go off hook (`true`) or on hook.
    Hook(bool),
    Request(FxoRequest),
}

#[derive(Debug)]
enum State {
    Idle,
    Ringing {
        rings: u32,
        last_ring: Millis,
        ring_on: bool,
        announced: bool,
    },
    /// Off hook (from `since`; until then waiting out [`RELEASE_GUARD_MS`]) waiting for dial
    /// tone.
    Seizing {
        since: Millis,
        number: String,
    },
    Dialling,
    Talking {
        outbound: bool,
        reversals: u32,
    },
    Probing(Box<Probing>),
    Down,
}

pub struct FxoLine {
    profile: Profile,
    state: State,
    polarity: Polarity,
    /// Caller ID decoded on the idle line, and when (a stale one is not the next caller's).
    cid: Option<(Millis, CallerId)>,
    bell: FskCidDecoder,
    v23: FskCidDecoder,
    dtmf_cid: DtmfCidDecoder,
    progress: CallProgressDetector,
    dialler: DtmfGenerator,
    /// The exchange reverses polarity when the called party answers (DAHDI's
    /// `answeronpolarityswitch`); otherwise any reversal in a call is the far end hanging up.
    answer_on_polarity: bool,
    /// A polarity reversal in a call (other than the answer) is the far end hanging up
    /// (DAHDI's `hanguponpolarityswitch`). Off on a line whose exchange signals the hang-up
    /// by dropping the loop or by busy tone: a stray reversal there leaves the call up.
    hangup_on_polarity: bool,
    /// The time of the latest input (audio out of the line has no time of its own).
    now: Millis,
    /// The hook state last given to the DAA, and when the line last went on hook.
    off_hook: bool,
    released_at: Option<Millis>,
    out: VecDeque<FxoOutput>,
}

impl FxoLine {
    pub fn new(profile: Profile) -> Self {
        FxoLine {
            profile,
            state: State::Idle,
            polarity: Polarity::Forward,
            cid: None,
            bell: FskCidDecoder::new(FskStandard::Bell202),
            v23: FskCidDecoder::new(FskStandard::V23),
            dtmf_cid: DtmfCidDecoder::default(),
            progress: CallProgressDetector::new(profile.tones),
            dialler: DtmfGenerator::new(8000),
            answer_on_polarity: false,
            hangup_on_polarity: true,
            now: 0,
            off_hook: false,
            released_at: None,
            out: VecDeque::new(),
        }
    }

    pub fn set_answer_on_polarity(&mut self, on: bool) {
        self.answer_on_polarity = on;
    }

    pub fn set_hangup_on_polarity(&mut self, on: bool) {
        self.hangup_on_polarity = on;
    }

    pub fn poll_output(&mut self) -> Option<FxoOutput> {
        self.out.pop_front()
    }

    pub fn is_talking(&self) -> bool {
        matches!(self.state, State::Talking { .. })
    }

    /// What the line is doing, for status displays.
    pub fn activity(&self) -> crate::fxs::Activity {
        use crate::fxs::Activity;
        match self.state {
            State::Idle => Activity::Idle,
            State::Ringing { .. } => Activity::Ringing,
            State::Seizing { .. } | State::Dialling | State::Probing(_) => Activity::OffHook,
            State::Talking { .. } => Activity::InCall,
            State::Down => Activity::Down,
        }
    }

    pub fn is_down(&self) -> bool {
        matches!(self.state, State::Down)
    }

    /// A raw event from the DAA.
    pub fn event(&mut self, now: Millis, ev: LineEvent) {
        self.now = now;
        match ev {
            LineEvent::Ring { on, .. } => self.ring(now, on),
            LineEvent::Polarity { polarity, .. } => {
                let changed = polarity != self.polarity;
                self.polarity = polarity;
                if changed {
                    self.probe_signal(now, Signal::Reversal);
                }
                if let (
                    true,
                    State::Talking {
                        outbound,
                        reversals,
                    },
                ) = (changed, &mut self.state)
                {
                    *reversals += 1;
                    if self.answer_on_polarity && *outbound && *reversals == 1 {
                        self.request(FxoRequest::Answered);
                    } else if self.hangup_on_polarity {
                        self.far_end_gone(Disconnect::PolarityReversal);
                    }
                }
            }
            LineEvent::LoopCurrent { present: false, .. } => {
                self.probe_signal(now, Signal::LoopDrop);
                if matches!(
                    self.state,
                    State::Talking { .. } | State::Dialling | State::Seizing { .. }
                ) {
                    self.far_end_gone(Disconnect::LoopCurrentDrop);
                }
            }
            LineEvent::LoopCurrent { present: true, .. } => {}
            LineEvent::Alarm {
                alarm: Some(Alarm::NoLine | Alarm::NotResponding | Alarm::PowerAlarm),
                ..
            } => {
                self.hook(false);
                if let State::Probing(p) = &self.state {
                    let report = p.report.clone();
                    self.request(FxoRequest::Probed(report));
                }
                if !matches!(self.state, State::Down) {
                    self.state = State::Down;
                    self.request(FxoRequest::LineDown);
                }
            }
            LineEvent::Alarm { alarm: None, .. } => {
                if matches!(self.state, State::Down) {
                    self.state = State::Idle;
                    self.request(FxoRequest::LineUp);
                }
            }
            LineEvent::Hook { .. } => {}
        }
    }

    pub fn command(&mut self, now: Millis, cmd: FxoCommand) {
        self.now = now;
        match cmd {
            FxoCommand::Answer => {
                if matches!(self.state, State::Ringing { .. }) {
                    self.hook(true);
                    self.progress = CallProgressDetector::new(self.profile.tones);
                    self.state = State::Talking {
                        outbound: false,
                        reversals: 0,
                    };
                }
            }
            FxoCommand::Dial(number) => match self.state {
                State::Idle => {
                    let since = self.seize(now);
                    self.state = State::Seizing { since, number };
                }
                State::Down => self.request(FxoRequest::Failed(Failure::LineDown)),
                // Busy with another call: call control picks another line.
                _ => self.request(FxoRequest::Failed(Failure::LineBusy)),
            },
            FxoCommand::Probe(number) => {
                if matches!(self.state, State::Idle) {
                    let since = self.seize(now);
                    self.state = State::Probing(Box::new(Probing {
                        since,
                        phase: Phase::Seizing,
                        report: ProbeReport {
                            number,
                            ..ProbeReport::default()
                        },
                    }));
                }
            }
            FxoCommand::Hangup => {
                self.hook(false);
                if !matches!(self.state, State::Down) {
                    self.state = State::Idle;
                }
            }
        }
    }

    /// Timers: a seizure whose guard time is over, ringing that stopped, dial tone that
    /// never came.
    pub fn tick(&mut self, now: Millis) {
        self.now = now;
        if !self.off_hook && self.seize_at().is_some_and(|at| now >= at) {
            self.hook(true);
        }
        match &mut self.state {
            State::Ringing {
                last_ring,
                ring_on: false,
                announced,
                ..
            } if now.saturating_sub(*last_ring) >= RING_GONE_MS => {
                let announced = *announced;
                self.state = State::Idle;
                self.cid = None;
                if announced {
                    self.request(FxoRequest::CallerGone);
                }
            }
            State::Seizing { since, .. } if now.saturating_sub(*since) >= DIAL_TONE_WAIT_MS => {
                self.hook(false);
                self.state = State::Idle;
                self.request(FxoRequest::Failed(Failure::NoDialTone));
            }
            State::Probing(p) => match &p.phase {
                Phase::Seizing if now.saturating_sub(p.since) >= DIAL_TONE_WAIT_MS => {
                    self.end_probe()
                }
                Phase::Listening { since, signals }
                    if now.saturating_sub(*since) >= probe::LISTEN_LIMIT_MS =>
                {
                    p.report.answer_reversal = signals.timed_out();
                    self.end_probe();
                }
                _ => {}
            },
            _ => {}
        }
    }

    /// A line signal during a line test's call.
    fn probe_signal(&mut self, now: Millis, signal: Signal) {
        let State::Probing(p) = &mut self.state else {
            return;
        };
        match &mut p.phase {
            Phase::Listening { signals, .. } => {
                if let Some((answer, how)) = signals.signal(now, signal) {
                    p.report.answer_reversal = Some(answer);
                    p.report.disconnect = Some(how);
                    self.end_probe();
                }
            }
            // The exchange let go of the line before the test call was through.
            _ if signal == Signal::LoopDrop => self.end_probe(),
            _ => {}
        }
    }

    /// Back on hook with what the line test found.
    fn end_probe(&mut self) {
        if let State::Probing(p) = std::mem::replace(&mut self.state, State::Idle) {
            self.hook(false);
            self.request(FxoRequest::Probed(p.report));
        }
    }

    /// Audio heard on the line during the last frame.
    pub fn audio_from_line(&mut self, now: Millis, frame: &Frame) {
        self.now = now;
        match &mut self.state {
            State::Idle | State::Ringing { .. } => {
                let msg = [
                    self.bell.process(frame),
                    self.v23.process(frame),
                    self.dtmf_cid.process(frame),
                ]
                .into_iter()
                .flatten()
                .next();
                if let Some(CidMessage::CallerId(cid)) = msg {
                    self.cid = Some((now, cid));
                    self.announce_if_ready();
                }
            }
            // Still on hook, waiting out the release guard.
            State::Seizing { .. } | State::Probing(_) if !self.off_hook => {}
            State::Seizing { number, .. } => {
                if self.progress.process(frame) == Some(Progress::DialTone) {
                    self.dialler.queue(number, DIAL_ON_MS, DIAL_OFF_MS, -8.0);
                    self.state = State::Dialling;
                }
            }
            State::Talking { .. } => {
                if let Some(Progress::Busy | Progress::Congestion) = self.progress.process(frame) {
                    self.far_end_gone(Disconnect::BusyTone);
                }
            }
            State::Probing(p) => match (&mut p.phase, self.progress.process(frame)) {
                (Phase::Seizing, Some(Progress::DialTone)) => {
                    p.report.dial_tone_ms = Some(now.saturating_sub(p.since));
                    match &p.report.number {
                        Some(number) => {
                            self.dialler.queue(number, DIAL_ON_MS, DIAL_OFF_MS, -8.0);
                            p.phase = Phase::Dialling;
                        }
                        None => self.end_probe(),
                    }
                }
                (Phase::Listening { .. }, Some(Progress::Busy | Progress::Congestion)) => {
                    self.probe_signal(now, Signal::BusyTone)
                }
                (Phase::Listening { signals, .. }, _) => {
                    if let Some((answer, how)) = signals.heard(now, frame) {
                        p.report.answer_reversal = Some(answer);
                        p.report.disconnect = Some(how);
                        self.end_probe();
                    }
                }
                _ => {}
            },
            State::Dialling | State::Down => {}
        }
    }

    /// What to put on the line: dialled digits, or the call's audio.
    pub fn audio_to_line(&mut self, speech: Option<&Frame>, out: &mut Frame) {
        match self.state {
            State::Dialling => {
                self.dialler.fill(out);
                if !self.dialler.is_busy() {
                    self.progress = CallProgressDetector::new(self.profile.tones);
                    self.state = State::Talking {
                        outbound: true,
                        reversals: 0,
                    };
                    self.request(FxoRequest::Dialled);
                }
            }
            State::Talking { .. } => match speech {
                Some(s) => out.copy_from_slice(s),
                None => out.fill(0),
            },
            State::Probing(ref mut p) if matches!(p.phase, Phase::Dialling) => {
                self.dialler.fill(out);
                if !self.dialler.is_busy() {
                    self.progress = CallProgressDetector::new(self.profile.tones);
                    p.phase = Phase::Listening {
                        since: self.now,
                        signals: Listening::default(),
                    };
                }
            }
            _ => out.fill(0),
        }
    }

    fn ring(&mut self, now: Millis, on: bool) {
        match &mut self.state {
            State::Idle if on => {
                if self
                    .cid
                    .as_ref()
                    .is_some_and(|(t, _)| now.saturating_sub(*t) > RING_GONE_MS)
                {
                    self.cid = None;
                }
                self.state = State::Ringing {
                    rings: 1,
                    last_ring: now,
                    ring_on: true,
                    announced: false,
                };
                self.announce_if_ready();
            }
            State::Ringing {
                rings,
                last_ring,
                ring_on,
                ..
            } => {
                let gap = now.saturating_sub(*last_ring);
                *ring_on = on;
                *last_ring = now;
                if on && gap >= SAME_RING_GAP_MS {
                    *rings += 1;
                    // No (valid) caller ID by the second ring: announce without it.
                    if *rings >= 2 {
                        self.announce(true);
                    }
                }
            }
            _ => {}
        }
    }

    /// Caller ID decoded and the line has rung: the call can be offered.
    fn announce_if_ready(&mut self) {
        if self.cid.is_some() {
            self.announce(false);
        }
    }

    fn announce(&mut self, without_cid: bool) {
        if let State::Ringing { announced, .. } = &mut self.state
            && !*announced
            && (without_cid || self.cid.is_some())
        {
            *announced = true;
            let cid = self.cid.take().map(|(_, c)| c);
            self.request(FxoRequest::Incoming(cid));
        }
    }

    fn far_end_gone(&mut self, how: Disconnect) {
        self.hook(false);
        self.state = State::Idle;
        self.request(FxoRequest::FarEndHangup(how));
    }

    /// Starts a seizure at `now`, or as soon as the line has been on hook for
    /// [`RELEASE_GUARD_MS`]; returns when the line is (or will be) off hook.
    fn seize(&mut self, now: Millis) -> Millis {
        self.progress = CallProgressDetector::new(self.profile.tones);
        let at = self
            .released_at
            .map_or(now, |t| now.max(t + RELEASE_GUARD_MS));
        if at == now {
            self.hook(true);
        }
        at
    }

    /// When a seizure in progress takes (or took) the line off hook.
    fn seize_at(&self) -> Option<Millis> {
        match &self.state {
            State::Seizing { since, .. } => Some(*since),
            State::Probing(p) if matches!(p.phase, Phase::Seizing) => Some(p.since),
            _ => None,
        }
    }

    /// Tells the DAA to go off or on hook (nothing when it already is).
    fn hook(&mut self, off: bool) {
        if off == self.off_hook {
            return;
        }
        self.off_hook = off;
        if !off {
            self.released_at = Some(self.now);
        }
        self.out.push_back(FxoOutput::Hook(off));
    }

    fn request(&mut self, r: FxoRequest) {
        self.out.push_back(FxoOutput::Request(r));
    }
}
