//! FXS behaviour in virtual time: the state machine on the simulated board with a scripted
//! phone, one test per behaviour, over the country profiles.

use super::dialplan::NumberList;
use super::hook::DEBOUNCE_MS;
use super::*;
use crate::cid::CidMessage;
use crate::line::{FRAME_MS, LineInterface, PortId};
use crate::profile::profile;
use crate::runner::{Lines, Request};
use crate::sim::SimBoard;

const P: PortId = PortId(0);

struct Rig {
    board: SimBoard,
    lines: Lines,
    plan: NumberList,
    now: Millis,
    requests: Vec<(Millis, FxsRequest)>,
    speech: Option<Frame>,
}

impl Rig {
    fn new(country: &str) -> Rig {
        let board = SimBoard::new(1, 0, profile(country).expect("profile"));
        let lines = Lines::new(0, board.ports(), profile(country).expect("profile"));
        let mut rig = Rig {
            board,
            lines,
            plan: NumberList::new(["100", "101", "1011", "*97"]),
            now: 0,
            requests: Vec::new(),
            speech: None,
        };
        rig.run(100);
        rig
    }

    fn phone(&mut self) -> &mut crate::sim::phone::Phone {
        self.board.phone(P)
    }

    fn step(&mut self) {
        let mut reqs = Vec::new();
        self.lines.frame(
            &mut self.board,
            self.now,
            &self.plan,
            &[self.speech],
            &mut reqs,
        );
        for (_, r) in reqs {
            if let Request::Fxs(r) = r {
                self.requests.push((self.now, r));
            }
        }
        self.now += FRAME_MS;
    }

    fn run(&mut self, ms: Millis) {
        let end = self.now + ms;
        while self.now < end {
            self.step();
        }
    }

    /// Runs until `f` holds (checked every frame), at most `max` ms; returns the time.
    fn until(&mut self, max: Millis, mut f: impl FnMut(&mut Rig) -> bool) -> Millis {
        let end = self.now + max;
        while self.now < end {
            if f(self) {
                return self.now;
            }
            self.step();
        }
        panic!("condition not met within {max} ms");
    }

    fn command(&mut self, cmd: FxsCommand) {
        self.lines.command_fxs(self.now, P, cmd);
    }

    fn dialled(&self) -> Vec<String> {
        self.requests
            .iter()
            .filter_map(|(_, r)| match r {
                FxsRequest::Dial(n) => Some(n.clone()),
                _ => None,
            })
            .collect()
    }

    fn has_request(&self, want: &FxsRequest) -> bool {
        self.requests.iter().any(|(_, r)| r == want)
    }

    fn feed(&mut self) -> LineFeed {
        self.board.fxs(P).unwrap().feed()
    }

    /// Off hook and talking to a far end.
    fn in_call(country: &str) -> Rig {
        let mut rig = Rig::new(country);
        let now = rig.now;
        rig.phone().off_hook(now);
        rig.run(200);
        rig.phone().dial_dtmf("100");
        rig.until(2000, |r| !r.dialled().is_empty());
        rig.command(FxsCommand::Connected);
        rig.run(100);
        rig
    }
}

/// The main frequency of each country's dial tone.
fn dial_freq(country: &str) -> f32 {
    match country {
        "us" | "uk" => 350.0,
        "de" | "dk" | "se" | "nl" => 425.0,
        "fr" => 440.0,
        // 413 + 438 Hz beat at 25 Hz: a 425 Hz carrier to a 20 ms analysis block.
        "au" => 425.0,
        _ => unreachable!(),
    }
}

const COUNTRIES: [&str; 5] = ["us", "uk", "de", "fr", "au"];

#[test]
fn dial_tone_comes_within_one_frame_of_the_debounced_off_hook() {
    for c in COUNTRIES {
        let mut rig = Rig::new(c);
        let t0 = rig.now + 3;
        // The line learns of the loop closure at the next frame tick.
        let seen = t0.next_multiple_of(FRAME_MS);
        rig.phone().off_hook(t0);
        let f = dial_freq(c);
        let heard = rig.until(500, |r| {
            r.phone()
                .ears
                .frames_since(t0)
                .any(|frame| crate::sim::listener::has_tone(frame, f))
        });
        // The frame that carried it started one frame earlier.
        let latency = heard - FRAME_MS - (seen + DEBOUNCE_MS);
        assert!(
            latency <= FRAME_MS,
            "{c}: dial tone {latency} ms after debounce"
        );
        rig.run(500);
        assert!(
            rig.phone().ears.hears(f, 400),
            "{c}: steady dial tone {}",
            rig.phone().ears.tone_share(f, 400)
        );
        assert!(
            !rig.phone().ears.hears(1000.0, 400),
            "{c}: 1000 Hz is not dial tone"
        );
    }
}

#[test]
fn dtmf_digits_matching_one_number_are_sent_at_once() {
    let mut rig = Rig::new("us");
    let now = rig.now;
    rig.phone().off_hook(now);
    rig.run(200);
    rig.phone().dial_dtmf("100");
    let t = rig.until(1500, |r| !r.dialled().is_empty());
    assert_eq!(rig.dialled(), vec!["100"]);
    assert!(t < now + 200 + 1000, "sent {} ms after off hook", t - now);
    // Dial tone stopped at the first digit.
    rig.run(300);
    assert!(!rig.phone().ears.hears(350.0, 200));
}

#[test]
fn an_ambiguous_number_waits_for_the_interdigit_timeout_and_hash_sends_at_once() {
    let mut rig = Rig::new("de");
    let now = rig.now;
    rig.phone().off_hook(now);
    rig.run(200);
    rig.phone().dial_dtmf("101");
    rig.run(600 + INTERDIGIT_MS - 500);
    assert!(rig.dialled().is_empty(), "101 could still become 1011");
    rig.run(1000);
    assert_eq!(rig.dialled(), vec!["101"]);

    let mut rig = Rig::new("de");
    let now = rig.now;
    rig.phone().off_hook(now);
    rig.run(200);
    rig.phone().dial_dtmf("5551#");
    rig.run(1200);
    assert_eq!(rig.dialled(), vec!["5551"]);
}

#[test]
fn pulse_dialled_digits_are_collected() {
    for c in COUNTRIES {
        let mut rig = Rig::new(c);
        let now = rig.now;
        rig.phone().off_hook(now);
        rig.run(300);
        let now = rig.now;
        rig.phone().dial_pulse(now, "1011");
        rig.run(6000);
        assert_eq!(rig.dialled(), vec!["1011"], "{c}");
    }
}

#[test]
fn no_digit_gives_congestion_then_the_howler() {
    let mut rig = Rig::new("us");
    let now = rig.now;
    rig.phone().off_hook(now);
    rig.run(FIRST_DIGIT_MS + 1000);
    assert!(
        rig.phone().ears.tone_share(480.0, 1000) > 0.3,
        "congestion 480+620"
    );
    rig.run(TONE_BEFORE_HOWLER_MS);
    assert!(rig.phone().ears.tone_share(1400.0, 1000) > 0.3, "howler");
    assert!(rig.dialled().is_empty());
}

#[test]
fn ringing_follows_the_country_cadence_and_caller_id_is_right() {
    for c in COUNTRIES.iter().chain(&["dk"]) {
        let mut rig = Rig::new(c);
        let cid = CallerId {
            number: "0123456789".into(),
            name: "Grace Hopper".into(),
            datetime: "12031200".into(),
        };
        let start = rig.now;
        rig.command(FxsCommand::Ring(Some(cid.clone())));
        rig.run(13_000);
        let p = profile(c).unwrap();
        let cadence = p.tones.ring_cadence;
        let rings = rig.phone().rings.clone();
        assert!(rings.len() >= 2, "{c}: {rings:?}");
        let (s0, e0) = (rings[0].0, rings[0].1.unwrap());
        // First burst as long as the cadence's first "on", within a frame.
        assert!(
            (e0 - s0).abs_diff(cadence[0] as u64) <= FRAME_MS,
            "{c}: {rings:?}"
        );
        let (s1, _) = rings[1];
        assert!(
            (s1 - e0).abs_diff(cadence[1] as u64) <= FRAME_MS,
            "{c}: {rings:?}"
        );
        let msgs = rig.phone().ears.messages.clone();
        let (at, got) = msgs
            .iter()
            .find_map(|(t, m)| match m {
                CidMessage::CallerId(x) => Some((*t, x.clone())),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{c}: no caller id"));
        assert_eq!(got.number, cid.number, "{c}");
        match p.cid {
            crate::profile::CidMethod::FskAfterFirstRing(_) => {
                assert_eq!(got, cid, "{c}");
                assert!(at > e0, "{c}: caller id after the first ring");
            }
            _ => assert!(
                at < s0 && at > start,
                "{c}: caller id before the first ring"
            ),
        }
    }
}

#[test]
fn picking_up_trips_ringing_and_answers() {
    let mut rig = Rig::new("uk");
    rig.command(FxsCommand::Ring(None));
    rig.run(300);
    assert_eq!(rig.feed(), LineFeed::Ringing);
    let now = rig.now;
    rig.phone().off_hook(now);
    rig.run(100);
    assert!(rig.has_request(&FxsRequest::Answer));
    assert!(matches!(rig.feed(), LineFeed::Active(_)));
    rig.command(FxsCommand::Connected);
    rig.speech = Some(crate::sim::sine_frame(1000.0, 8000.0));
    rig.phone().say(Some("700"));
    rig.run(500);
    assert!(
        rig.phone().ears.hears(1000.0, 300),
        "phone hears the far end"
    );
    let heard = rig.lines.speech_from(P).copied().unwrap();
    assert!(
        crate::sim::listener::has_tone(&heard, 700.0),
        "far end hears the phone"
    );
}

#[test]
fn far_end_hang_up_opens_the_loop_then_plays_busy() {
    for c in COUNTRIES {
        let mut rig = Rig::in_call(c);
        rig.command(FxsCommand::FarEndHangup);
        rig.run(20);
        assert_eq!(rig.feed(), LineFeed::Open, "{c}: disconnect pulse");
        rig.run(profile(c).unwrap().disconnect_open_ms + 100);
        assert!(matches!(rig.feed(), LineFeed::Active(_)), "{c}");
        rig.run(2000);
        let busy = profile(c).unwrap().tones.busy;
        let f: f32 = busy.split(['+', '/']).next().unwrap().parse().unwrap();
        assert!(rig.phone().ears.tone_share(f, 2000) > 0.3, "{c}: busy tone");
        let now = rig.now;
        rig.phone().on_hook(now);
        rig.run(2000);
        assert!(rig.has_request(&FxsRequest::Hangup), "{c}");
    }
}

#[test]
fn busy_and_congestion_play_the_country_tone() {
    for c in COUNTRIES {
        for (cmd, kind) in [
            (FxsCommand::Busy, ToneKind::Busy),
            (FxsCommand::Congestion, ToneKind::Congestion),
        ] {
            let mut rig = Rig::new(c);
            let now = rig.now;
            rig.phone().off_hook(now);
            rig.run(200);
            rig.phone().dial_dtmf("100");
            rig.until(2000, |r| !r.dialled().is_empty());
            rig.command(cmd);
            rig.run(2500);
            let spec = profile(c).unwrap().tones.tone(kind);
            let f: f32 = spec.split(['+', '/']).next().unwrap().parse().unwrap();
            assert!(rig.phone().ears.tone_share(f, 2000) > 0.25, "{c} {kind:?}");
        }
    }
}

#[test]
fn hook_flash_asks_call_control_and_recall_dial_tone_collects_a_second_number() {
    let mut rig = Rig::in_call("us");
    let now = rig.now;
    rig.phone().flash(now, 500);
    rig.run(700);
    assert!(rig.has_request(&FxsRequest::Flash));
    assert!(!rig.has_request(&FxsRequest::Hangup));
    rig.command(FxsCommand::RecallDialTone);
    rig.run(300);
    assert!(rig.phone().ears.hears(350.0, 200));
    rig.phone().dial_dtmf("101#");
    rig.run(1500);
    assert_eq!(rig.dialled(), vec!["100", "101"]);
}

#[test]
fn call_waiting_plays_the_tone_and_sends_type_2_caller_id() {
    for c in COUNTRIES {
        let mut rig = Rig::in_call(c);
        let cid = CallerId {
            number: "555".into(),
            name: "Second".into(),
            datetime: String::new(),
        };
        rig.command(FxsCommand::CallWaiting(Some(cid.clone())));
        rig.run(3000);
        let ids: Vec<_> = rig.phone().ears.caller_ids().cloned().collect();
        let digits = rig.phone().ears.digits.clone();
        assert_eq!(ids, vec![cid], "{c}: {:?} {digits:?}", rig.requests);
        assert!(
            rig.lines.fxs(P).unwrap().is_talking(),
            "{c}: back to speech"
        );
    }
}

#[test]
fn message_waiting_sends_fsk_mwi_and_stutters_the_dial_tone() {
    let mut rig = Rig::new("us");
    rig.command(FxsCommand::MessageWaiting(true));
    rig.run(2000);
    let mwi: Vec<_> = rig
        .phone()
        .ears
        .messages
        .iter()
        .map(|m| m.1.clone())
        .collect();
    assert_eq!(mwi, vec![CidMessage::Mwi(true)]);
    let now = rig.now;
    rig.phone().off_hook(now);
    rig.run(600);
    let share = rig.phone().ears.tone_share(350.0, 500);
    assert!(share > 0.3 && share < 0.8, "stutter: {share}");
    rig.run(1500);
    assert!(
        rig.phone().ears.hears(350.0, 500),
        "steady after the stutter"
    );
}

#[test]
fn flapping_hook_and_hang_up_before_dialling_make_no_call() {
    let mut rig = Rig::new("us");
    let now = rig.now;
    // Loop closures of 10 ms every 20 ms (a wet cable), never long enough to count.
    for i in 0..50 {
        rig.phone().off_hook(now + i * 20);
        rig.phone().on_hook(now + i * 20 + 10);
    }
    rig.run(3000);
    assert!(!rig.lines.fxs(P).unwrap().is_off_hook());
    // Off hook, then back on hook without dialling: nothing for call control.
    let now = rig.now;
    rig.phone().off_hook(now);
    rig.phone().on_hook(now + 2000);
    rig.run(5000);
    assert!(rig.requests.is_empty(), "{:?}", rig.requests);
}

#[test]
fn a_line_rings_and_sends_caller_id_in_its_accounts_country_way() {
    // The board's default profile is the US one; the owning account is in the UK.
    let mut rig = Rig::new("us");
    let uk = profile("uk").unwrap();
    rig.lines.set_fxs_account(P, uk, None);
    let cid = CallerId {
        number: "02071234567".into(),
        name: "Ada Lovelace".into(),
        datetime: "12031200".into(),
    };
    let start = rig.now;
    rig.command(FxsCommand::Ring(Some(cid.clone())));
    rig.run(5_000);
    let rings = rig.phone().rings.clone();
    // UK double ring: 400 ms on, 200 ms off, 400 ms on, 2 s off (US: 2 s on, 4 s off).
    assert!(rings.len() >= 3, "{rings:?}");
    let len = |i: usize| rings[i].1.unwrap() - rings[i].0;
    let gap = |i: usize| rings[i + 1].0 - rings[i].1.unwrap();
    for (got, want) in [(len(0), 400), (gap(0), 200), (len(1), 400), (gap(1), 2000)] {
        assert!(got.abs_diff(want) <= FRAME_MS, "{rings:?}");
    }
    // BT caller ID comes before the first ring (in the US, after it).
    let (at, got) = rig
        .phone()
        .ears
        .messages
        .iter()
        .find_map(|(t, m)| match m {
            CidMessage::CallerId(x) => Some((*t, x.clone())),
            _ => None,
        })
        .expect("caller id");
    assert_eq!(got.number, cid.number);
    assert!(at > start && at < rings[0].0, "{at} {rings:?}");
}

/// Off hook, dial `digits` on a line whose account has `length`-digit extensions; the
/// numbers sent within `ms`.
fn dialled_within(length: Option<usize>, digits: &str, ms: Millis) -> Vec<String> {
    let mut rig = Rig::new("us");
    rig.lines.set_fxs_account(P, profile("us").unwrap(), length);
    let now = rig.now;
    rig.phone().off_hook(now);
    rig.run(200);
    rig.phone().dial_dtmf(digits);
    rig.run(ms);
    rig.dialled()
}

#[test]
fn a_number_of_the_accounts_extension_length_is_sent_without_waiting() {
    // 123 is nobody's yet (the plan knows 100, 101, 1011, *97): with 3-digit extensions
    // it goes at once, without them only after the interdigit timeout.
    let soon = 1_000;
    assert_eq!(dialled_within(Some(3), "123", soon), vec!["123"]);
    assert!(dialled_within(None, "123", soon).is_empty());
    assert!(dialled_within(Some(4), "123", soon).is_empty());
    // An outside number does not look like an extension, and 101 could become 1011.
    assert!(dialled_within(Some(3), "955", soon).is_empty());
    assert!(dialled_within(Some(3), "101", soon).is_empty());
    assert_eq!(
        dialled_within(Some(3), "955", soon + INTERDIGIT_MS),
        vec!["955"]
    );
}
