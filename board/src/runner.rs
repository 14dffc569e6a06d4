//! One 10 ms frame of every line: raw events from the board into the state machines, their
//! feed changes back to the board, audio both ways, and the requests for call control. The
//! binary's frame thread and the tests run the same code.

use crate::echo::{DEFAULT_TAIL_MS, EchoCanceller};
use crate::fax_watch::FaxWatch;
use crate::fxo::{FxoCommand, FxoLine, FxoOutput, FxoRequest};
use crate::fxs::dialplan::DialPlan;
use crate::fxs::{Activity, FxsCommand, FxsLine, FxsOutput, FxsRequest};
use crate::line::{
    Alarm, FRAME_SAMPLES, Frame, LineEvent, LineInterface, Millis, PortId, PortKind,
};
use crate::profile::Profile;

/// A line state machine per port.
pub enum Line {
    Fxs(Box<FxsLine>),
    Fxo(Box<FxoLine>),
}

/// What a port asks of call control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    Fxs(FxsRequest),
    Fxo(FxoRequest),
}

pub struct Lines {
    lines: Vec<Line>,
    /// Each port's alarm as the board last reported it.
    alarms: Vec<Option<Alarm>>,
    /// Each port's line echo canceller: the echo of what is played is taken out of what is
    /// heard before anything listens to it (DTMF detection, the call).
    echo: Vec<EchoCanceller>,
    /// Each port's watch for fax tones in calls (fax mode turns the echo canceller off).
    fax: Vec<FaxWatch>,
    to_line: Vec<Frame>,
    from_line: Vec<Frame>,
}

impl Lines {
    /// State machines for every port of `board`, all with `profile`.
    pub fn new(now: Millis, kinds: &[PortKind], profile: Profile) -> Self {
        let lines = kinds
            .iter()
            .map(|k| match k {
                PortKind::Fxs => Line::Fxs(Box::new(FxsLine::new(now, profile))),
                PortKind::Fxo => Line::Fxo(Box::new(FxoLine::new(profile))),
            })
            .collect::<Vec<_>>();
        let n = lines.len();
        Lines {
            lines,
            alarms: vec![None; n],
            echo: (0..n)
                .map(|_| EchoCanceller::new(DEFAULT_TAIL_MS))
                .collect(),
            fax: (0..n).map(|_| FaxWatch::default()).collect(),
            to_line: vec![[0; FRAME_SAMPLES]; n],
            from_line: vec![[0; FRAME_SAMPLES]; n],
        }
    }

    pub fn fxs(&mut self, port: PortId) -> Option<&mut FxsLine> {
        match self.lines.get_mut(port.0 as usize) {
            Some(Line::Fxs(l)) => Some(l),
            _ => None,
        }
    }

    /// The owning account's line settings for an FXS port (ignored for other ports): its
    /// country profile and extension length.
    pub fn set_fxs_account(
        &mut self,
        port: PortId,
        profile: Profile,
        extension_length: Option<usize>,
    ) {
        if let Some(l) = self.fxs(port) {
            l.set_profile(profile);
            l.set_extension_length(extension_length);
        }
    }

    /// A command from call control to an FXS port (ignored for other ports).
    pub fn command_fxs(&mut self, now: Millis, port: PortId, cmd: FxsCommand) {
        if let Some(l) = self.fxs(port) {
            l.command(now, cmd);
        }
    }

    pub fn fxo(&mut self, port: PortId) -> Option<&mut FxoLine> {
        match self.lines.get_mut(port.0 as usize) {
            Some(Line::Fxo(l)) => Some(l),
            _ => None,
        }
    }

    /// A command from call control to an FXO port (ignored for other ports).
    pub fn command_fxo(&mut self, now: Millis, port: PortId, cmd: FxoCommand) {
        if let Some(l) = self.fxo(port) {
            l.command(now, cmd);
        }
    }

    /// What `port` is doing and its alarm, if any (a port in alarm is down).
    pub fn status(&self, port: PortId) -> Option<(Activity, Option<Alarm>)> {
        let alarm = *self.alarms.get(port.0 as usize)?;
        let activity = match (self.lines.get(port.0 as usize)?, alarm) {
            (_, Some(_)) => Activity::Down,
            (Line::Fxs(l), None) => l.activity(),
            (Line::Fxo(l), None) => l.activity(),
        };
        Some((activity, alarm))
    }

    /// True while `port`'s call carries fax or modem tones (its echo canceller is off).
    pub fn in_fax_mode(&self, port: PortId) -> bool {
        self.fax
            .get(port.0 as usize)
            .is_some_and(FaxWatch::in_fax_mode)
    }

    /// Speech heard on `port` in the last frame, when the port is in a call.
    pub fn speech_from(&self, port: PortId) -> Option<&Frame> {
        match self.lines.get(port.0 as usize)? {
            Line::Fxs(l) if l.is_talking() => self.from_line.get(port.0 as usize),
            Line::Fxo(l) if l.is_talking() => self.from_line.get(port.0 as usize),
            _ => None,
        }
    }

    /// Run one frame at `now`. `speech[i]` is the call audio for port `i` (None: none).
    /// Requests for call control are pushed to `requests`.
    pub fn frame(
        &mut self,
        board: &mut dyn LineInterface,
        now: Millis,
        plan: &dyn DialPlan,
        speech: &[Option<Frame>],
        requests: &mut Vec<(PortId, Request)>,
    ) {
        while let Some(ev) = board.poll_event(now) {
            let port = ev.port();
            if let (LineEvent::Alarm { alarm, .. }, Some(slot)) =
                (ev, self.alarms.get_mut(port.0 as usize))
            {
                *slot = alarm;
            }
            match (self.lines.get_mut(port.0 as usize), ev) {
                (Some(Line::Fxs(l)), LineEvent::Hook { off_hook, .. }) => {
                    l.hook_changed(now, off_hook)
                }
                (Some(Line::Fxo(l)), ev) => {
                    if let LineEvent::Alarm { alarm, .. } = ev {
                        tracing::warn!(%port, ?alarm, "line alarm");
                    }
                    l.event(now, ev)
                }
                (Some(_), LineEvent::Alarm { alarm, .. }) => {
                    tracing::warn!(%port, ?alarm, "line alarm");
                }
                _ => {}
            }
        }
        for (i, line) in self.lines.iter_mut().enumerate() {
            let port = PortId(i as u8);
            match line {
                Line::Fxs(l) => {
                    l.tick(now);
                    l.check_dial_plan(plan);
                    while let Some(out) = l.poll_output() {
                        match out {
                            FxsOutput::Feed(feed) => {
                                if let Err(e) = board.set_feed(now, port, feed) {
                                    tracing::warn!(%port, "line feed: {e}");
                                }
                            }
                            FxsOutput::Request(r) => requests.push((port, Request::Fxs(r))),
                        }
                    }
                    let call = speech.get(i).and_then(|s| s.as_ref());
                    l.audio_to_line(call, &mut self.to_line[i]);
                }
                Line::Fxo(l) => {
                    l.tick(now);
                    let call = speech.get(i).and_then(|s| s.as_ref());
                    l.audio_to_line(call, &mut self.to_line[i]);
                    drain_fxo(l, board, now, port, requests);
                }
            }
        }
        board.exchange_audio(now, &self.to_line, &mut self.from_line);
        // Only calls carry far-end speech to echo; a line on hook or on a tone has none.
        for (i, line) in self.lines.iter().enumerate() {
            let talking = match line {
                Line::Fxs(l) => l.is_talking(),
                Line::Fxo(l) => l.is_talking(),
            };
            if talking {
                if let Some(tone) = self.fax[i].frame(&self.to_line[i], &self.from_line[i]) {
                    tracing::info!(port = i, ?tone, "fax tone: fax mode, echo canceller off");
                    self.echo[i].set_enabled(false);
                }
                self.echo[i].process(&self.to_line[i], &mut self.from_line[i]);
            } else if self.fax[i].in_fax_mode() {
                self.fax[i].reset();
                self.echo[i].set_enabled(true);
            }
        }
        for (i, line) in self.lines.iter_mut().enumerate() {
            match line {
                Line::Fxs(l) => l.audio_from_line(now, &self.from_line[i]),
                Line::Fxo(l) => {
                    l.audio_from_line(now, &self.from_line[i]);
                    drain_fxo(l, board, now, PortId(i as u8), requests);
                }
            }
        }
    }
}

/// An FXO line's hook changes to the board, its requests to call control.
fn drain_fxo(
    line: &mut FxoLine,
    board: &mut dyn LineInterface,
    now: Millis,
    port: PortId,
    requests: &mut Vec<(PortId, Request)>,
) {
    while let Some(out) = line.poll_output() {
        match out {
            FxoOutput::Hook(off) => {
                if let Err(e) = board.set_off_hook(now, port, off) {
                    tracing::warn!(%port, "line hook: {e}");
                }
            }
            FxoOutput::Request(r) => requests.push((port, Request::Fxo(r))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fxs::dialplan::NumberList;
    use crate::line::FRAME_MS;
    use crate::profile::profile;
    use crate::sim::SimBoard;

    fn run(board: &mut SimBoard, lines: &mut Lines, from: Millis, ms: Millis) -> Millis {
        let mut now = from;
        while now < from + ms {
            let mut reqs = Vec::new();
            lines.frame(board, now, &NumberList::default(), &[None, None], &mut reqs);
            now += FRAME_MS;
        }
        now
    }

    /// A fax machine's calling tone in a call puts the port in fax mode (echo canceller off)
    /// until the call ends; a speech-band tone does not.
    #[test]
    fn a_fax_tone_in_a_call_switches_the_port_to_fax_mode_until_hang_up() {
        let p = profile("us").unwrap();
        let mut board = SimBoard::new(1, 1, p);
        let mut lines = Lines::new(0, board.ports(), p);
        let fxs = PortId(0);
        let mut now = run(&mut board, &mut lines, 0, 100);
        lines.command_fxs(now, fxs, FxsCommand::Ring(None));
        board.phone(fxs).off_hook(now);
        now = run(&mut board, &mut lines, now, 200);
        lines.command_fxs(now, fxs, FxsCommand::Connected);
        board.phone(fxs).say(Some("1000"));
        now = run(&mut board, &mut lines, now, 1_000);
        assert_eq!(lines.status(fxs), Some((Activity::InCall, None)));
        assert!(!lines.in_fax_mode(fxs), "speech is not fax");
        board.phone(fxs).say(Some("1100"));
        now = run(&mut board, &mut lines, now, 600);
        assert!(lines.in_fax_mode(fxs));
        assert!(!lines.echo[0].is_active());
        // On hook longer than a hook flash is the end of the call.
        board.phone(fxs).on_hook(now);
        run(&mut board, &mut lines, now, 1_500);
        assert!(!lines.in_fax_mode(fxs));
        assert!(lines.echo[0].is_active());
    }

    /// The simulated phone times its dial tone from the loop closing: the hook debounce and
    /// at most the next frame.
    #[test]
    fn the_phone_hears_dial_tone_within_a_frame_of_the_debounced_off_hook() {
        let p = profile("us").unwrap();
        let mut board = SimBoard::new(1, 1, p);
        let mut lines = Lines::new(0, board.ports(), p);
        let fxs = PortId(0);
        let now = run(&mut board, &mut lines, 0, 100);
        assert_eq!(board.phone(fxs).tone_after_off_hook(350.0), None);
        board.phone(fxs).off_hook(now);
        run(&mut board, &mut lines, now, 300);
        let ms = board.phone(fxs).tone_after_off_hook(350.0).unwrap();
        let debounce = crate::fxs::hook::DEBOUNCE_MS;
        assert!(
            (debounce..=debounce + 2 * FRAME_MS).contains(&ms),
            "dial tone {ms} ms after the loop closed"
        );
    }

    /// What the API shows of each port follows the line: idle, off hook after debounce,
    /// and an FXO line unplugged is down with its alarm until plugged back in.
    #[test]
    fn port_status_follows_hook_and_alarms() {
        let p = profile("us").unwrap();
        let mut board = SimBoard::new(1, 1, p);
        let mut lines = Lines::new(0, board.ports(), p);
        let (fxs, fxo) = (PortId(0), PortId(1));
        let mut now = run(&mut board, &mut lines, 0, 100);
        assert_eq!(lines.status(fxs), Some((Activity::Idle, None)));
        assert_eq!(lines.status(fxo), Some((Activity::Idle, None)));
        assert_eq!(lines.status(PortId(2)), None);

        board.phone(fxs).off_hook(now);
        now = run(&mut board, &mut lines, now, 200);
        assert_eq!(lines.status(fxs), Some((Activity::OffHook, None)));

        board.central_office(fxo).unwrap().plug(false);
        now = run(&mut board, &mut lines, now, 1_000);
        assert_eq!(
            lines.status(fxo),
            Some((Activity::Down, Some(Alarm::NoLine)))
        );
        board.central_office(fxo).unwrap().plug(true);
        run(&mut board, &mut lines, now, 1_000);
        assert_eq!(lines.status(fxo), Some((Activity::Idle, None)));
    }
}
