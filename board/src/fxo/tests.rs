//! FXO behaviour in virtual time: the state machine on the simulated board against a
//! simulated central office, per country.

use super::*;
use crate::cid::{Spill, caller_id_message};
use crate::fxs::dialplan::NumberList;
use crate::line::{FRAME_MS, FRAME_SAMPLES, LineInterface, PortId};
use crate::profile::profile;
use crate::runner::{Lines, Request};
use crate::sim::SimBoard;
use crate::sim::central_office::{CentralOffice, HangupBy, Outcome};

const P: PortId = PortId(0);

struct Rig {
    board: SimBoard,
    lines: Lines,
    now: Millis,
    requests: Vec<(Millis, FxoRequest)>,
    speech: Option<Frame>,
}

impl Rig {
    fn new(country: &str) -> Rig {
        let p = profile(country).unwrap();
        let board = SimBoard::new(0, 1, p);
        let lines = Lines::new(0, board.ports(), p);
        let mut rig = Rig {
            board,
            lines,
            now: 0,
            requests: Vec::new(),
            speech: None,
        };
        rig.run(100);
        rig
    }

    fn co(&mut self) -> &mut CentralOffice {
        self.board.central_office(P).unwrap()
    }

    fn run(&mut self, ms: Millis) {
        let end = self.now + ms;
        while self.now < end {
            let mut reqs = Vec::new();
            self.lines.frame(
                &mut self.board,
                self.now,
                &NumberList::default(),
                &[self.speech],
                &mut reqs,
            );
            for (_, r) in reqs {
                if let Request::Fxo(r) = r {
                    self.requests.push((self.now, r));
                }
            }
            self.now += FRAME_MS;
        }
    }

    fn command(&mut self, cmd: FxoCommand) {
        self.lines.command_fxo(self.now, P, cmd);
    }

    fn got(&self, want: &FxoRequest) -> bool {
        self.requests.iter().any(|(_, r)| r == want)
    }

    fn incoming(&self) -> Option<(Millis, Option<CallerId>)> {
        self.requests.iter().find_map(|(t, r)| match r {
            FxoRequest::Incoming(c) => Some((*t, c.clone())),
            _ => None,
        })
    }

    /// An outbound call to 5551234 through the line, connected.
    fn outbound(country: &str, outcome: Outcome) -> Rig {
        let mut rig = Rig::new(country);
        let supervised = matches!(
            outcome,
            Outcome::Answer {
                reverse_on_answer: true
            }
        );
        rig.lines.fxo(P).unwrap().set_answer_on_polarity(supervised);
        rig.co().outcome = outcome;
        rig.command(FxoCommand::Dial("5551234".into()));
        rig.run(4000);
        assert!(
            rig.got(&FxoRequest::Dialled),
            "{country}: {:?}",
            rig.requests
        );
        rig.run(crate::fxs::INTERDIGIT_MS + 500);
        assert_eq!(rig.co().dialled, vec!["5551234"], "{country}");
        rig
    }
}

const COUNTRIES: [&str; 6] = ["us", "uk", "de", "fr", "au", "dk"];

fn cid() -> CallerId {
    CallerId {
        number: "0307654321".into(),
        name: "Outside Caller".into(),
        datetime: "12031230".into(),
    }
}

#[test]
fn an_incoming_call_is_offered_with_its_caller_id_in_every_country_format() {
    for c in COUNTRIES {
        let mut rig = Rig::new(c);
        let now = rig.now;
        rig.co().call_in(now, Some(cid()));
        rig.run(12_000);
        let (_, got) = rig
            .incoming()
            .unwrap_or_else(|| panic!("{c}: {:?}", rig.requests));
        let got = got.unwrap_or_else(|| panic!("{c}: no caller id"));
        assert_eq!(got.number, cid().number, "{c}");
        if c != "dk" {
            assert_eq!(got, cid(), "{c}: FSK carries name and date");
        }
    }
}

#[test]
fn caller_id_with_a_bad_checksum_is_ignored_and_the_call_still_rings() {
    let p = profile("us").unwrap();
    let mut line = FxoLine::new(p);
    let mut msg = caller_id_message(&cid());
    let last = msg.len() - 1;
    msg[last] ^= 0x55;
    let ring = |on| LineEvent::Ring { port: P, on };
    line.event(0, ring(true));
    line.event(2000, ring(false));
    let mut spill = Spill::fsk_on_hook(FskStandard::Bell202, &msg);
    let mut frame = [0i16; FRAME_SAMPLES];
    for i in 0..200 {
        spill.fill(&mut frame);
        line.audio_from_line(2500 + i * 10, &frame);
    }
    assert_eq!(
        line.poll_output(),
        None,
        "nothing offered on a bad checksum"
    );
    line.event(6000, ring(true));
    assert_eq!(
        line.poll_output(),
        Some(FxoOutput::Request(FxoRequest::Incoming(None)))
    );
}

#[test]
fn answering_connects_audio_both_ways() {
    let mut rig = Rig::new("de");
    let now = rig.now;
    rig.co().call_in(now, None);
    rig.run(7000);
    assert_eq!(rig.incoming().map(|i| i.1), Some(None));
    rig.command(FxoCommand::Answer);
    rig.run(300);
    assert!(rig.co().answered, "the exchange saw the line answered");
    rig.co().say(Some("1000"));
    rig.speech = Some(crate::sim::sine_frame(700.0, 8000.0));
    rig.run(1000);
    let heard = *rig.lines.speech_from(P).expect("talking");
    assert!(crate::sim::listener::has_tone(&heard, 1000.0));
    assert!(
        rig.co().ears.hears(700.0, 500),
        "the far party hears the box"
    );
}

#[test]
fn a_caller_who_gives_up_is_reported_gone() {
    let mut rig = Rig::new("us");
    let now = rig.now;
    rig.co().call_in(now, Some(cid()));
    rig.run(7000);
    assert!(rig.incoming().is_some());
    let now = rig.now;
    rig.co().caller_gives_up(now);
    rig.run(RING_GONE_MS + 1000);
    assert!(rig.got(&FxoRequest::CallerGone));
}

#[test]
fn outbound_calls_end_cleanly_by_every_disconnect_method() {
    for c in ["us", "uk", "de", "fr", "au"] {
        for (by, want) in [
            (HangupBy::LoopDrop, Disconnect::LoopCurrentDrop),
            (HangupBy::BusyTone, Disconnect::BusyTone),
            (HangupBy::PolarityReversal, Disconnect::PolarityReversal),
        ] {
            let mut rig = Rig::outbound(
                c,
                Outcome::Answer {
                    reverse_on_answer: false,
                },
            );
            assert!(rig.lines.fxo(P).unwrap().is_talking());
            let now = rig.now;
            rig.co().hang_up(now, by);
            rig.run(5000);
            assert!(
                rig.got(&FxoRequest::FarEndHangup(want)),
                "{c} {by:?}: {:?}",
                rig.requests
            );
            assert!(!rig.lines.fxo(P).unwrap().is_talking(), "{c}: back on hook");
        }
    }
}

#[test]
fn answer_supervision_by_polarity_reversal() {
    let mut rig = Rig::outbound(
        "us",
        Outcome::Answer {
            reverse_on_answer: true,
        },
    );
    assert!(rig.got(&FxoRequest::Answered));
    assert!(
        rig.lines.fxo(P).unwrap().is_talking(),
        "answer is not hang-up"
    );
    let now = rig.now;
    rig.co().hang_up(now, HangupBy::PolarityReversal);
    rig.run(500);
    assert!(rig.got(&FxoRequest::FarEndHangup(Disconnect::PolarityReversal)));
}

/// With answer supervision the call is answered at the reversal, not when the digits are
/// out: a number that rings (ringback on the line) for 6 s is answered 6 s after dialling
/// (ringback, single or double, is not busy tone).
#[test]
fn answer_supervision_waits_through_ringback_for_the_reversal() {
    for c in ["us", "uk", "au"] {
        let mut rig = Rig::new(c);
        rig.lines.fxo(P).unwrap().set_answer_on_polarity(true);
        rig.co().outcome = Outcome::Answer {
            reverse_on_answer: true,
        };
        rig.co().ring_ms = 6_000;
        rig.command(FxoCommand::Dial("5551234".into()));
        rig.run(4000 + crate::fxs::INTERDIGIT_MS + 13_000);
        let at = |want: &FxoRequest| rig.requests.iter().find(|(_, r)| r == want).map(|r| r.0);
        let dialled = at(&FxoRequest::Dialled).unwrap_or_else(|| panic!("{c}: {:?}", rig.requests));
        let answered =
            at(&FxoRequest::Answered).unwrap_or_else(|| panic!("{c}: {:?}", rig.requests));
        // The exchange takes the number after its interdigit time, then rings 6 s.
        let rang = answered - dialled;
        let want = crate::fxs::INTERDIGIT_MS + 6_000;
        assert!(
            rang.abs_diff(want) <= 200,
            "{c}: answered {rang} ms after dialling"
        );
        assert!(
            rig.requests
                .iter()
                .all(|(_, r)| !matches!(r, FxoRequest::FarEndHangup(_))),
            "{c}: {:?}",
            rig.requests
        );
        assert!(rig.lines.fxo(P).unwrap().is_talking(), "{c}");
    }
}

/// A line that already carries a call refuses a second one as busy (so call control tries
/// another line), and its call goes on.
#[test]
fn a_line_in_use_refuses_a_second_call_as_busy() {
    let mut rig = Rig::outbound(
        "us",
        Outcome::Answer {
            reverse_on_answer: false,
        },
    );
    rig.command(FxoCommand::Dial("5559999".into()));
    rig.run(100);
    assert!(rig.got(&FxoRequest::Failed(Failure::LineBusy)));
    assert!(rig.lines.fxo(P).unwrap().is_talking());
    assert_eq!(rig.co().dialled, vec!["5551234"]);
}

#[test]
fn a_busy_number_ends_the_call_on_busy_tone() {
    for c in ["us", "uk", "de", "fr", "au"] {
        let mut rig = Rig::outbound(c, Outcome::Busy);
        rig.run(4000);
        assert!(
            rig.got(&FxoRequest::FarEndHangup(Disconnect::BusyTone)),
            "{c}: {:?}",
            rig.requests
        );
    }
}

#[test]
fn no_dial_tone_fails_the_call_and_releases_the_line() {
    let mut rig = Rig::new("us");
    rig.co().set_silent(true);
    rig.command(FxoCommand::Dial("123".into()));
    rig.run(DIAL_TONE_WAIT_MS + 500);
    assert!(rig.got(&FxoRequest::Failed(Failure::NoDialTone)));
    assert!(rig.co().dialled.is_empty());
}

#[test]
fn an_unplugged_line_is_down_and_refuses_calls() {
    let mut rig = Rig::new("uk");
    rig.co().plug(false);
    rig.run(100);
    assert!(rig.got(&FxoRequest::LineDown));
    assert!(rig.lines.fxo(P).unwrap().is_down());
    rig.command(FxoCommand::Dial("123".into()));
    rig.run(100);
    assert!(rig.got(&FxoRequest::Failed(Failure::LineDown)));
    rig.co().plug(true);
    rig.run(100);
    assert!(rig.got(&FxoRequest::LineUp));
}

/// The start-up line check: dial tone found (and how soon), the line back on hook; none on
/// a silent line.
#[test]
fn a_line_test_without_a_number_times_the_dial_tone() {
    let mut rig = Rig::new("de");
    rig.command(FxoCommand::Probe(None));
    rig.run(4000);
    let report = rig.requests.iter().find_map(|(_, r)| match r {
        FxoRequest::Probed(p) => Some(p.clone()),
        _ => None,
    });
    let report = report.unwrap_or_else(|| panic!("{:?}", rig.requests));
    let ms = report.dial_tone_ms.expect("dial tone");
    assert!((2_000..=3_500).contains(&ms), "dial tone after {ms} ms");
    assert_eq!((report.answer_reversal, report.disconnect), (None, None));
    assert!(!rig.co().is_seized(), "back on hook");

    let mut rig = Rig::new("us");
    rig.co().set_silent(true);
    rig.command(FxoCommand::Probe(None));
    rig.run(DIAL_TONE_WAIT_MS + 200);
    assert!(rig.got(&FxoRequest::Probed(probe::ProbeReport::default())));
    assert!(!rig.co().is_seized());
}

/// The test call finds whether the exchange reverses polarity at the answer and how the
/// far party's hang-up shows, for every combination the simulated exchange can give.
#[test]
fn a_test_call_finds_answer_supervision_and_the_disconnect_method() {
    for reverse in [true, false] {
        for (by, want) in [
            (HangupBy::LoopDrop, Disconnect::LoopCurrentDrop),
            (HangupBy::BusyTone, Disconnect::BusyTone),
            (HangupBy::PolarityReversal, Disconnect::PolarityReversal),
        ] {
            let mut rig = Rig::new("us");
            rig.co().outcome = Outcome::Answer {
                reverse_on_answer: reverse,
            };
            rig.co().ring_ms = 3_000;
            rig.co().say(Some("1000"));
            rig.command(FxoCommand::Probe(Some("5550000".into())));
            // Dial tone, digits, the exchange's interdigit time, 3 s of ringing, 6 s of talk.
            rig.run(2_500 + 1_200 + crate::fxs::INTERDIGIT_MS + 3_000 + 6_000);
            assert_eq!(rig.co().dialled, vec!["5550000"]);
            let now = rig.now;
            rig.co().hang_up(now, by);
            rig.run(8_000);
            let report = rig.requests.iter().find_map(|(_, r)| match r {
                FxoRequest::Probed(p) => Some(p.clone()),
                _ => None,
            });
            let report = report.unwrap_or_else(|| panic!("{reverse} {by:?}: {:?}", rig.requests));
            assert!(report.dial_tone_ms.is_some());
            assert_eq!(report.number.as_deref(), Some("5550000"));
            assert_eq!(
                (report.answer_reversal, report.disconnect),
                (Some(reverse), Some(want)),
                "answer reversal {reverse}, hang-up by {by:?}"
            );
            assert!(!rig.co().is_seized(), "back on hook");
        }
    }
}

/// After a line test the line rings in and dials out as before.
#[test]
fn a_line_test_leaves_the_line_ready_for_calls() {
    let mut rig = Rig::new("us");
    rig.command(FxoCommand::Probe(None));
    while !rig
        .requests
        .iter()
        .any(|(_, r)| matches!(r, FxoRequest::Probed(_)))
    {
        assert!(rig.now < 5_000, "no line test result");
        rig.run(10);
    }
    // At once: the exchange rings as soon as its line card has seen the hang-up.
    let now = rig.now;
    rig.co().call_in(now, Some(cid()));
    rig.run(12_000);
    assert!(rig.incoming().is_some(), "{:?}", rig.requests);
}

/// The line test the API asks for right after the start-up dial tone check: the line was
/// back on hook for only a moment when it was seized again. The exchange's line card takes
/// an on-hook break that short for a dial pulse (digit 1) and a slightly longer one for a
/// hook flash, so the box waits until the exchange has seen the release before seizing
/// again, and the number dialled is the one asked for.
#[test]
fn a_line_seized_again_right_after_release_dials_only_the_number_asked_for() {
    for gap in [0, 60, 150, 400, 1_000] {
        let mut rig = Rig::new("us");
        rig.co().ring_ms = 1_000;
        rig.co().say(Some("1000"));
        rig.command(FxoCommand::Probe(None));
        while !rig
            .requests
            .iter()
            .any(|(_, r)| matches!(r, FxoRequest::Probed(_)))
        {
            assert!(rig.now < 6_000, "{gap}: no start-up check result");
            rig.run(10);
        }
        rig.run(gap);
        rig.requests.clear();
        rig.command(FxoCommand::Probe(Some("5550000".into())));
        rig.run(RELEASE_GUARD_MS + 2_500 + 1_200 + crate::fxs::INTERDIGIT_MS + 1_000 + 5_000);
        assert_eq!(rig.co().dialled, vec!["5550000"], "{gap} ms on hook");
        assert!(rig.co().is_talking(), "{gap}: the test call is up");
        let now = rig.now;
        rig.co().hang_up(now, HangupBy::LoopDrop);
        rig.run(1_000);
        let report = rig.requests.iter().find_map(|(_, r)| match r {
            FxoRequest::Probed(p) => Some(p.clone()),
            _ => None,
        });
        let report = report.unwrap_or_else(|| panic!("{gap}: {:?}", rig.requests));
        assert_eq!(
            report.disconnect,
            Some(Disconnect::LoopCurrentDrop),
            "{gap}"
        );

        // A call out seized as soon as the test call is over dials its own number too.
        rig.command(FxoCommand::Dial("5551234".into()));
        rig.run(RELEASE_GUARD_MS + 4_000 + crate::fxs::INTERDIGIT_MS + 500);
        assert_eq!(rig.co().dialled, vec!["5550000", "5551234"], "{gap}");
    }
}

/// A line whose exchange signals the hang-up by dropping the loop (a line test's finding):
/// a reversal in the call is not the hang-up, the loop drop still is; busy tone always is.
#[test]
fn without_hangup_on_polarity_only_the_loop_drop_or_busy_tone_ends_the_call() {
    for (by, want) in [
        (HangupBy::LoopDrop, Disconnect::LoopCurrentDrop),
        (HangupBy::BusyTone, Disconnect::BusyTone),
    ] {
        let mut rig = Rig::outbound(
            "us",
            Outcome::Answer {
                reverse_on_answer: false,
            },
        );
        rig.lines.fxo(P).unwrap().set_hangup_on_polarity(false);
        let now = rig.now;
        rig.co().hang_up(now, HangupBy::PolarityReversal);
        rig.run(1_000);
        assert!(rig.lines.fxo(P).unwrap().is_talking(), "a stray reversal");
        assert!(rig.co().is_seized());
        let now = rig.now;
        rig.co().hang_up(now, by);
        rig.run(5_000);
        assert!(
            rig.got(&FxoRequest::FarEndHangup(want)),
            "{by:?}: {:?}",
            rig.requests
        );
        assert!(!rig.co().is_seized(), "{by:?}: released");
    }
}
