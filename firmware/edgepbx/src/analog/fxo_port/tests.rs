//! An FXO port's call control in virtual time: the gateway's user agent against scripted
//! engine INVITEs, the line state machine on the simulated board against a simulated
//! exchange. What the SIP side is told, and when, is what billing and route failover see.

use edgepbx_board::fxs::INTERDIGIT_MS;
use edgepbx_board::fxs::dialplan::NumberList;
use edgepbx_board::line::{FRAME_MS, LineInterface, Millis, PortId};
use edgepbx_board::profile::profile;
use edgepbx_board::runner::{Lines, Request};
use edgepbx_board::sim::SimBoard;
use edgepbx_board::sim::central_office::{CentralOffice, Outcome};
use edgepbx_sip::message::writer::Writer;
use edgepbx_sip::message::{Message, parse::parse};

use super::*;
use crate::analog::ua::{Identity, Mode};

const LINE: PortId = PortId(0);
const ENGINE_SDP: &[u8] =
    b"v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 20000 RTP/AVP 0\r\n";

struct Rig {
    board: SimBoard,
    lines: Lines,
    port: FxoPort,
    now: Millis,
    /// What the gateway sent the engine, and when.
    sent: Vec<(Millis, Message)>,
}

impl Rig {
    fn new(answer_on_polarity: bool) -> Rig {
        let p = profile("us").unwrap();
        let board = SimBoard::new(0, 1, p);
        let mut lines = Lines::new(0, board.ports(), p);
        let rtp = PortRtp::bind([127, 0, 0, 1].into(), 1).unwrap();
        let ua = Ua::new(
            Identity {
                user: "fxo1".into(),
                password: String::new(),
                domain: "127.0.0.1:5060".into(),
            },
            Mode::Gateway,
            "127.0.0.2:40002".parse().unwrap(),
            rtp.local_addr(),
            7,
        );
        let port = FxoPort::new("fxo1".into(), ua, rtp, "5551000".into(), answer_on_polarity);
        let settings = crate::analog::supervision::Supervision {
            answer_on_polarity,
            disconnect: None,
        };
        settings.set_up(lines.fxo(LINE).unwrap());
        let mut rig = Rig {
            board,
            lines,
            port,
            now: 0,
            sent: Vec::new(),
        };
        rig.run(100);
        rig
    }

    fn co(&mut self) -> &mut CentralOffice {
        self.board.central_office(LINE).unwrap()
    }

    /// The engine routes a call for `number` to the line (an `offnet` route's INVITE).
    fn engine_calls(&mut self, call_id: &str, number: &str) {
        let mut w = Writer::request("INVITE", &format!("sip:{number}@127.0.0.2:40002"));
        w.header("Via", "SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKeng1");
        w.header("From", "<sip:5550100@127.0.0.1:5060>;tag=engine");
        w.header("To", format!("<sip:{number}@127.0.0.2:40002>"));
        w.header("Call-ID", call_id);
        w.header("CSeq", "1 INVITE");
        w.header("Contact", "<sip:b2bua@127.0.0.1:5060>");
        let bytes = w.finish(Some("application/sdp"), ENGINE_SDP);
        self.port.ua.handle(self.now, &bytes);
    }

    /// `ms` of frames, the runtime's order: user agent events to the line, the line's
    /// frame, its requests to call control.
    fn run(&mut self, ms: Millis) {
        let end = self.now + ms;
        while self.now < end {
            let mut cmds = Vec::new();
            while let Some(ev) = self.port.ua.poll_event() {
                self.port.on_event(ev, &mut cmds);
            }
            for cmd in cmds {
                self.lines.command_fxo(self.now, LINE, cmd);
            }
            let mut reqs = Vec::new();
            let speech = [None];
            self.lines.frame(
                &mut self.board,
                self.now,
                &NumberList::default(),
                &speech,
                &mut reqs,
            );
            for (_, req) in reqs {
                if let Request::Fxo(req) = req {
                    self.port.on_request(req);
                }
            }
            while let Some(bytes) = self.port.ua.poll_transmit() {
                self.sent.push((self.now, parse(&bytes).unwrap()));
            }
            self.now += FRAME_MS;
        }
    }

    /// When the gateway answered `call_id` with `code`, and the reason phrase.
    fn answered(&self, call_id: &str, code: u16) -> Option<(Millis, String)> {
        self.sent.iter().find_map(|(t, m)| {
            (m.call_id() == call_id && m.status() == Some(code))
                .then(|| (*t, m.reason().to_string()))
        })
    }

    fn finals(&self, call_id: &str) -> Vec<u16> {
        self.sent
            .iter()
            .filter(|(_, m)| m.call_id() == call_id)
            .filter_map(|(_, m)| m.status().filter(|s| *s >= 200))
            .collect()
    }
}

/// How long from the INVITE until the digits are out on the line: dial tone recognised,
/// seven 160 ms digits.
const DIALLING_MS: Millis = 2_500 + 7 * 160 + 500;

#[test]
fn without_answer_supervision_the_call_is_answered_when_the_digits_are_out() {
    let mut rig = Rig::new(false);
    rig.co().ring_ms = 6_000;
    rig.engine_calls("out-1", "5551234");
    rig.run(DIALLING_MS + 1_000);
    let (at, _) = rig.answered("out-1", 200).expect("200 OK once dialled");
    assert!(at < DIALLING_MS + 1_000, "answered at {at} ms");
    assert_eq!(rig.finals("out-1"), vec![200]);
}

#[test]
fn with_answer_supervision_the_call_is_answered_at_the_polarity_reversal() {
    let mut rig = Rig::new(true);
    rig.co().outcome = Outcome::Answer {
        reverse_on_answer: true,
    };
    rig.co().ring_ms = 6_000;
    let start = rig.now;
    rig.engine_calls("out-1", "5551234");
    rig.run(DIALLING_MS + INTERDIGIT_MS + 5_000);
    assert!(rig.answered("out-1", 180).is_some(), "ringing meanwhile");
    assert_eq!(rig.finals("out-1"), Vec::<u16>::new(), "still ringing");
    rig.run(2_500);
    let (at, _) = rig.answered("out-1", 200).expect("200 OK at the reversal");
    assert!(
        at - start >= DIALLING_MS + INTERDIGIT_MS + 5_000,
        "answered at {} ms",
        at - start
    );
    assert_eq!(rig.finals("out-1"), vec![200]);
    assert!(rig.lines.fxo(LINE).unwrap().is_talking());
}

#[test]
fn a_busy_number_before_the_answer_is_busy_here_and_frees_the_line() {
    let mut rig = Rig::new(true);
    rig.co().outcome = Outcome::Busy;
    rig.engine_calls("out-1", "5551234");
    rig.run(DIALLING_MS + INTERDIGIT_MS + 4_000);
    assert_eq!(rig.finals("out-1"), vec![486]);
    assert!(!rig.co().is_seized(), "the line is back on hook");
}

#[test]
fn a_line_without_dial_tone_refuses_with_503_saying_so() {
    let mut rig = Rig::new(false);
    rig.co().set_silent(true);
    rig.engine_calls("out-1", "5551234");
    rig.run(edgepbx_board::fxo::DIAL_TONE_WAIT_MS + 500);
    let (_, reason) = rig.answered("out-1", 503).expect("503");
    assert_eq!(reason, "No dial tone on the outside line");
    assert!(!rig.co().is_seized());
    assert!(rig.co().dialled.is_empty());
}

#[test]
fn an_unplugged_line_refuses_with_503_at_once() {
    let mut rig = Rig::new(false);
    rig.co().plug(false);
    rig.run(100);
    rig.engine_calls("out-1", "5551234");
    rig.run(50);
    let (_, reason) = rig.answered("out-1", 503).expect("503");
    assert_eq!(reason, "Outside line down");
}

#[test]
fn a_line_in_use_refuses_a_second_call_with_503() {
    let mut rig = Rig::new(false);
    rig.engine_calls("out-1", "5551234");
    rig.run(DIALLING_MS + 1_000);
    rig.engine_calls("out-2", "5559999");
    rig.run(50);
    let (_, reason) = rig.answered("out-2", 503).expect("503");
    assert_eq!(reason, "Outside line in use");
    assert_eq!(rig.finals("out-1"), vec![200], "the first call goes on");
    assert!(rig.co().is_seized());
}
