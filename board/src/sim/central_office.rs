//! A simulated central office line on an FXO port. The exchange's line card is modelled by
//! the same FXS state machine the box uses for its own phones (ringing cadence, caller ID,
//! dial tone, digit collection, busy tone, disconnect by loop open), seen through a DAA: ring
//! voltage becomes ring events, battery reversal polarity events, an open loop a loss of
//! loop current. A scripted far party answers or is busy, speaks a tone and listens, and
//! can hang up by polarity reversal, loop drop or busy tone. The line can be unplugged.

use std::collections::VecDeque;

use edgepbx_media::dsp::ToneGenerator;

use super::listener::Listener;
use crate::cid::CallerId;
use crate::fxs::dialplan::NumberList;
use crate::fxs::{Activity, FxsCommand, FxsLine, FxsOutput, FxsRequest};
use crate::line::{Alarm, FRAME_SAMPLES, Frame, LineEvent, LineFeed, Millis, Polarity, PortId};
use crate::profile::Profile;

/// What the number dialled out through the line does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Answers, reversing polarity as answer supervision when `reverse_on_answer`.
    Answer {
        reverse_on_answer: bool,
    },
    Busy,
}

/// How the far party hangs up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HangupBy {
    PolarityReversal,
    LoopDrop,
    BusyTone,
}

pub struct CentralOffice {
    line: FxsLine,
    feed: LineFeed,
    /// Polarity reversal the far party applied on top of the line card's feed.
    reversed: bool,
    daa_off_hook: bool,
    plugged: bool,
    pub outcome: Outcome,
    /// An outside caller waiting for the line card to be idle.
    caller: Option<Option<CallerId>>,
    /// How long a number dialled out rings (ringback on the line) before it answers.
    pub ring_ms: Millis,
    /// When the ringing number answers, and whether with a polarity reversal.
    answer_at: Option<(Millis, bool)>,
    /// Numbers the box dialled out, in order.
    pub dialled: Vec<String>,
    /// The far party: what it says and what it heard.
    voice: Option<ToneGenerator>,
    pub ears: Listener,
    /// The call the exchange is offering the box was answered by it.
    pub answered: bool,
    talking: bool,
    silent: bool,
    events: VecDeque<LineEvent>,
    port: PortId,
}

impl CentralOffice {
    pub fn new(now: Millis, port: PortId, profile: Profile) -> Self {
        CentralOffice {
            line: FxsLine::new(now, profile),
            feed: LineFeed::Open,
            reversed: false,
            daa_off_hook: false,
            plugged: true,
            outcome: Outcome::Answer {
                reverse_on_answer: false,
            },
            caller: None,
            ring_ms: 0,
            answer_at: None,
            dialled: Vec::new(),
            voice: None,
            ears: Listener::default(),
            answered: false,
            talking: false,
            silent: false,
            events: VecDeque::new(),
            port,
        }
    }

    /// The outside caller gives up before the box answers.
    pub fn caller_gives_up(&mut self, now: Millis) {
        self.caller = None;
        self.line.command(now, FxsCommand::StopRinging);
    }

    /// A faulty exchange: loop current but no dial tone (or any other sound).
    pub fn set_silent(&mut self, silent: bool) {
        self.silent = silent;
    }

    /// An outside caller rings the line (as soon as the line card has seen the box hang up,
    /// if it just did).
    pub fn call_in(&mut self, now: Millis, cid: Option<CallerId>) {
        self.caller = Some(cid);
        self.ring_caller(now);
    }

    fn ring_caller(&mut self, now: Millis) {
        if self.line.activity() == Activity::Idle
            && let Some(cid) = self.caller.take()
        {
            self.line.command(now, FxsCommand::Ring(cid));
        }
    }

    /// The far party speaks a steady tone (None: silence).
    pub fn say(&mut self, tone: Option<&str>) {
        self.voice = tone.and_then(|t| ToneGenerator::from_spec(t, 8000).ok());
    }

    /// The far party hangs up.
    pub fn hang_up(&mut self, now: Millis, by: HangupBy) {
        self.talking = false;
        self.answer_at = None;
        match by {
            // The loop stays closed; only the battery reverses.
            HangupBy::PolarityReversal => {
                self.reversed = !self.reversed;
                self.emit_polarity();
            }
            HangupBy::LoopDrop => self.line.command(now, FxsCommand::FarEndHangup),
            HangupBy::BusyTone => self.line.command(now, FxsCommand::Busy),
        }
    }

    /// Pull the line out of the socket (or plug it back).
    pub fn plug(&mut self, plugged: bool) {
        if plugged != self.plugged {
            self.plugged = plugged;
            let alarm = (!plugged).then_some(Alarm::NoLine);
            self.events.push_back(LineEvent::Alarm {
                port: self.port,
                alarm,
            });
        }
    }

    /// The box holds the line off hook.
    pub fn is_seized(&self) -> bool {
        self.daa_off_hook
    }

    /// The far party is on the line (answered, not hung up).
    pub fn is_talking(&self) -> bool {
        self.talking
    }

    pub fn is_plugged(&self) -> bool {
        self.plugged
    }

    pub(super) fn set_off_hook(&mut self, now: Millis, off: bool) {
        if off == self.daa_off_hook || !self.plugged {
            return;
        }
        self.daa_off_hook = off;
        tracing::debug!(port = %self.port, off_hook = off, at = now, "simulated exchange: loop");
        if off && self.feed == LineFeed::Ringing {
            // Ring trip at the exchange.
            self.set_feed(LineFeed::Active(Polarity::Forward));
        }
        self.line.hook_changed(now, off);
    }

    pub(super) fn next_event(&mut self) -> Option<LineEvent> {
        self.events.pop_front()
    }

    /// Advance the exchange to `now`.
    pub(super) fn advance(&mut self, now: Millis) {
        if !self.plugged {
            return;
        }
        self.line.tick(now);
        self.line.check_dial_plan(&NumberList::default());
        self.ring_caller(now);
        if let Some((at, reverse)) = self.answer_at
            && now >= at
        {
            self.answer_at = None;
            self.answer(now, reverse);
        }
        while let Some(out) = self.line.poll_output() {
            match out {
                FxsOutput::Feed(feed) => self.set_feed(feed),
                FxsOutput::Request(FxsRequest::Dial(number)) => {
                    tracing::info!(port = %self.port, %number, "simulated exchange: number dialled");
                    self.dialled.push(number);
                    match self.outcome {
                        Outcome::Answer { reverse_on_answer } if self.ring_ms > 0 => {
                            self.line.command(now, FxsCommand::Ringback);
                            self.answer_at = Some((now + self.ring_ms, reverse_on_answer));
                        }
                        Outcome::Answer { reverse_on_answer } => {
                            self.answer(now, reverse_on_answer)
                        }
                        Outcome::Busy => self.line.command(now, FxsCommand::Busy),
                    }
                }
                FxsOutput::Request(FxsRequest::Answer) => {
                    self.answered = true;
                    self.talking = true;
                    self.line.command(now, FxsCommand::Connected);
                }
                FxsOutput::Request(FxsRequest::Hangup) => {
                    self.talking = false;
                    self.answer_at = None;
                }
                FxsOutput::Request(_) => {}
            }
        }
    }

    /// One frame: `from_box` is what the box put on the line; returns what it hears.
    pub(super) fn exchange(&mut self, now: Millis, from_box: &Frame, to_box: &mut Frame) {
        if !self.plugged {
            to_box.fill(0);
            return;
        }
        let silence = [0i16; FRAME_SAMPLES];
        let up = if self.daa_off_hook {
            from_box
        } else {
            &silence
        };
        self.line.audio_from_line(now, up);
        if self.talking {
            self.ears.hear(now, up);
        }
        let mut voice = [0i16; FRAME_SAMPLES];
        if let Some(v) = &mut self.voice {
            v.fill(&mut voice);
        }
        self.line
            .audio_to_line(self.talking.then_some(&voice), to_box);
        if !passes_audio(self.feed) || self.silent {
            to_box.fill(0);
        }
    }

    /// The number dialled out answers: speech both ways, and the battery reversed when the
    /// exchange gives answer supervision.
    fn answer(&mut self, now: Millis, reverse: bool) {
        self.line.command(now, FxsCommand::Connected);
        self.talking = true;
        if reverse {
            self.reversed = !self.reversed;
            self.emit_polarity();
        }
    }

    fn set_feed(&mut self, feed: LineFeed) {
        let old = self.feed;
        self.feed = feed;
        let port = self.port;
        if (old == LineFeed::Ringing) != (feed == LineFeed::Ringing) {
            self.events.push_back(LineEvent::Ring {
                port,
                on: feed == LineFeed::Ringing,
            });
        }
        if polarity(old) != polarity(feed) && polarity(feed).is_some() && polarity(old).is_some() {
            self.emit_polarity();
        }
        if self.daa_off_hook && (old == LineFeed::Open) != (feed == LineFeed::Open) {
            self.events.push_back(LineEvent::LoopCurrent {
                port,
                present: feed != LineFeed::Open,
            });
        }
    }

    fn emit_polarity(&mut self) {
        let base = polarity(self.feed).unwrap_or(Polarity::Forward);
        let p = match (base, self.reversed) {
            (Polarity::Forward, false) | (Polarity::Reverse, true) => Polarity::Forward,
            _ => Polarity::Reverse,
        };
        self.events.push_back(LineEvent::Polarity {
            port: self.port,
            polarity: p,
        });
    }
}

fn polarity(feed: LineFeed) -> Option<Polarity> {
    match feed {
        LineFeed::Active(p) | LineFeed::OnHookTransmission(p) => Some(p),
        _ => None,
    }
}

fn passes_audio(feed: LineFeed) -> bool {
    matches!(feed, LineFeed::Active(_) | LineFeed::OnHookTransmission(_))
}
