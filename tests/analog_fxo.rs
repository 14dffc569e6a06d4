//! End to end with the real binary on the simulated board: an outside line on FXO 1 (a
//! simulated central office) is a gateway of the account's `resources`. A call ringing in
//! reaches the line's number (the main number's menu) and, after the caller presses 1, the
//! analog phone on FXS 2; a call out through the line ends cleanly when the far end is busy;
//! a line that cannot take a call (no dial tone, in use) hands it to the next line and then
//! to a SIP carrier; on a line with answer supervision the call is answered, and billed,
//! from the exchange's polarity reversal.

mod common;

use std::time::Duration;

use common::Pbx;
use common::baresip::wait_registered;
use common::sim_board::{SimBoard, analog_device};
use common::sipp::{SippDir, free_port};
use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(10);
const DID: &str = "5551000";

struct Office {
    pbx: Pbx,
    board: SimBoard,
    _dir: tempfile::TempDir,
}

/// A box with two FXS ports (1000, 1002) and one FXO line for 5551000.
fn office() -> Office {
    office_with(1, "")
}

/// A box with two FXS ports (1000, 1002) and `lines` FXO lines (5551000, 5551001, ...) with
/// the further `--board` `settings`. The lines' gateways, in order, are one carrier (weight
/// 10) for 7-digit numbers; 5551000 is the main number's menu (1 -> 1002).
fn office_with(lines: usize, settings: &str) -> Office {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let dids: String = (1..=lines)
        .map(|n| format!(",did{n}=555100{}", n - 1))
        .collect();
    let pbx = Pbx::start_with(
        &data,
        &[
            "--board",
            &format!("sim:fxs=2,fxo={lines}{dids}{settings},country=us"),
        ],
    );
    let admin = pbx.admin();
    let fxs1 = analog_device(&admin, "fxs1", "1000");
    let fxs2 = analog_device(&admin, "fxs2", "1002");
    let mut board = SimBoard::connect(&data);
    let gateways: Vec<Value> = (1..=lines)
        .map(|n| {
            let addr = board.cmd(&format!("sipaddr fxo{n}"));
            let addr: std::net::SocketAddr =
                addr.strip_prefix("sipaddr ").unwrap().parse().unwrap();
            json!({"server": addr.ip().to_string(), "port": addr.port()})
        })
        .collect();
    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "Analog lines", "weight_cost": 10, "rules": ["^(\\d{7})$"],
               "gateways": gateways}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    common::id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["no_match"], "flow": {"module": "offnet", "data": {}}}),
    ));
    let menu = common::id_of(&admin.put(
        &admin.url("menus"),
        json!({"name": "Main menu", "max_extension_length": 1, "retries": 3}),
    ));
    common::id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": [DID], "flow": {"module": "menu", "data": {"id": menu}, "children": {
            "1": {"module": "device", "data": {"id": fxs2}, "children": {}}}}}),
    ));
    wait_registered(&admin, &[&fxs1, &fxs2]);
    // Each line's start-up dial tone check holds it briefly: calls wait until it is done.
    let deadline = std::time::Instant::now() + WAIT;
    while !line_tests_done(&admin, lines) {
        assert!(std::time::Instant::now() < deadline, "start-up line checks");
        std::thread::sleep(Duration::from_millis(100));
    }
    Office {
        pbx,
        board,
        _dir: dir,
    }
}

/// Whether the `lines` FXO lines' line tests are done (the API's `analog_ports`).
fn line_tests_done(admin: &common::Client, lines: usize) -> bool {
    let rows = admin.get(&admin.url("analog_ports")).data();
    let done = rows
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["kind"] == json!("fxo") && r["line_test"]["state"] == json!("done"));
    done.count() == lines
}

/// The phone on `port` goes off hook and dials `number` (sent with #).
fn dial(board: &mut SimBoard, port: &str, number: &str) {
    board.cmd(&format!("offhook {port}"));
    board.wait(&format!("dial tone on {port}"), WAIT, |b| {
        b.hears(port, 350.0, 300) > 0.8
    });
    board.cmd(&format!("dtmf {port} {number}#"));
}

#[test]
fn a_call_in_on_the_outside_line_reaches_the_menu_and_then_fxs_2() {
    let Office {
        pbx,
        mut board,
        _dir,
    } = office();
    board.cmd("ring fxo1 2125550100 Outside Caller");
    // The box answers the line once the menu has answered the call.
    board.wait("the line answered", Duration::from_secs(15), |b| {
        b.cmd("answered? fxo1") == "yes"
    });
    std::thread::sleep(Duration::from_millis(1000));
    // The caller presses 1 (in-band DTMF on the line).
    board.cmd("say fxo1 697+1209");
    std::thread::sleep(Duration::from_millis(250));
    board.cmd("say fxo1 -");
    // The outside caller's ID, from the line's FSK, rings on to FXS 2 in FSK again.
    board.wait("caller id on FXS 2", WAIT, |b| {
        b.cmd("callerid fxs2") != "none"
    });
    let cid = board.cmd("callerid fxs2");
    eprintln!("FXS 2 decoded: {cid}");
    assert!(cid.starts_with("callerid 2125550100"), "{cid}");
    board.cmd("say fxo1 1000");
    board.cmd("say fxs2 700");
    board.cmd("offhook fxs2");
    board.wait("the outside caller on FXS 2", WAIT, |b| {
        b.hears("fxs2", 1000.0, 1000) > 0.8
    });
    board.wait("FXS 2 heard on the outside line", WAIT, |b| {
        b.hears("fxo1", 700.0, 1000) > 0.8
    });
    // The outside caller hangs up (loop current drop): the line is released, FXS 2 told.
    board.cmd("hangup fxo1 loop");
    board.wait("the line released", WAIT, |b| b.cmd("seized? fxo1") == "no");
    board.wait("busy tone on FXS 2", WAIT, |b| {
        b.hears("fxs2", 480.0, 2000) > 0.3
    });
    board.cmd("onhook fxs2");
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

#[test]
fn a_call_out_through_the_line_ends_cleanly_on_busy_tone() {
    let Office {
        pbx,
        mut board,
        _dir,
    } = office();
    board.cmd("outcome fxo1 busy");
    dial(&mut board, "fxs1", "5551234");
    board.wait(
        "the number dialled on the line",
        Duration::from_secs(15),
        |b| b.cmd("dialled fxo1") == "dialled 5551234",
    );
    // The exchange gives busy tone; the gateway hears it, hangs up, and the line is free.
    board.wait("the line released", Duration::from_secs(20), |b| {
        b.cmd("seized? fxo1") == "no"
    });
    // The call is over for FXS 1 too: the loop opens briefly (disconnect), then busy tone.
    board.wait("FXS 1 disconnect", WAIT, |b| {
        b.cmd("feed fxs1") == "feed Some(Open)"
    });
    board.wait("FXS 1 busy tone", WAIT, |b| {
        b.hears("fxs1", 480.0, 2000) > 0.3
    });
    board.cmd("onhook fxs1");
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

/// Line 1 has no dial tone: the call goes out on line 2. With line 2 in that call, a second
/// call finds line 1 silent and line 2 in use (503 each) and goes to the SIP carrier next
/// by weight (SIPp), which answers.
#[test]
fn a_call_out_fails_over_from_a_line_without_dial_tone_to_the_next_line_then_to_a_sip_carrier() {
    let Office {
        pbx,
        mut board,
        _dir,
    } = office_with(2, "");
    let admin = pbx.admin();
    let carrier_port = free_port();
    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "SIP carrier", "weight_cost": 20, "rules": ["^(\\d{7})$"],
               "gateways": [{"server": "127.0.0.7", "port": carrier_port}]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    board.cmd("dialtone fxo1 off");
    board.cmd("say fxo2 1000");

    dial(&mut board, "fxs1", "5551234");
    board.wait(
        "the number dialled on line 2",
        Duration::from_secs(25),
        |b| b.cmd("dialled fxo2") == "dialled 5551234",
    );
    assert_eq!(board.cmd("dialled fxo1"), "none");
    assert_eq!(
        board.cmd("seized? fxo1"),
        "no",
        "line 1 released after no dial tone"
    );
    board.wait("line 2's far end heard on FXS 1", WAIT, |b| {
        b.hears("fxs1", 1000.0, 1000) > 0.8
    });

    let dir = SippDir::new();
    let (port, media) = (carrier_port.to_string(), free_port().to_string());
    let mut carrier = dir.spawn(&[
        "-sf",
        "uas_echo.xml",
        "-i",
        "127.0.0.7",
        "-p",
        &port,
        "-mi",
        "127.0.0.7",
        "-mp",
        &media,
        "-m",
        "1",
    ]);
    dial(&mut board, "fxs2", "5557777");
    // Ringback while lines 1 and 2 are tried, then the carrier answers and it stops.
    board.wait("ringback on FXS 2", Duration::from_secs(15), |b| {
        b.hears("fxs2", 440.0, 300) > 0.5
    });
    // Ringback is 2 s on, 4 s off: answered (silence) when there is none for longer than
    // its pause.
    board.wait("the carrier answered", Duration::from_secs(20), |b| {
        b.hears("fxs2", 440.0, 4500) < 0.02
    });
    assert!(
        board.hears("fxs2", 480.0, 500) < 0.05,
        "no busy or congestion tone"
    );
    board.cmd("onhook fxs2");
    carrier.expect_ok(Duration::from_secs(15));
    assert_eq!(
        board.cmd("dialled fxo2"),
        "dialled 5551234",
        "line 2 dialled only the first call"
    );
    assert_eq!(board.cmd("dialled fxo1"), "none");
    assert!(
        board.hears("fxs1", 1000.0, 500) > 0.8,
        "the first call goes on"
    );
    board.cmd("onhook fxs1");
    board.wait("line 2 released", WAIT, |b| b.cmd("seized? fxo2") == "no");
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

/// Line 1 gives answer supervision (`answer1=polarity`): the number rings 5 s at the far
/// exchange, and the call is answered, and billed, from its polarity reversal; FXS 1 hears
/// ringback until then and the far party after.
#[test]
fn with_answer_supervision_a_call_out_is_billed_from_the_polarity_reversal() {
    let Office {
        pbx,
        mut board,
        _dir,
    } = office_with(1, ",answer1=polarity");
    board.cmd("outcome fxo1 reverse 5000");
    board.cmd("say fxo1 1000");
    dial(&mut board, "fxs1", "5551234");
    board.wait(
        "the number dialled on the line",
        Duration::from_secs(15),
        |b| b.cmd("dialled fxo1") == "dialled 5551234",
    );
    // The far number rings: the caller still hears ringback (2 s on, 4 s off: at least
    // 1 s of any 5 s), not the line.
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        board.hears("fxs1", 440.0, 5000) > 0.15,
        "ringback while the far end rings"
    );
    assert!(
        board.hears("fxs1", 1000.0, 5000) < 0.05,
        "nothing from the line before the answer"
    );
    board.wait("the far party after the reversal", WAIT, |b| {
        b.hears("fxs1", 1000.0, 500) > 0.8
    });
    std::thread::sleep(Duration::from_millis(2000));
    board.cmd("onhook fxs1");
    board.wait("the line released", WAIT, |b| b.cmd("seized? fxo1") == "no");
    let admin = pbx.admin();
    let deadline = std::time::Instant::now() + WAIT;
    let row = loop {
        let rows = admin.get(&admin.url("cdrs")).data();
        let found = rows.as_array().into_iter().flatten().find(|r| {
            r["call_direction"] == json!("inbound") && r["dialed_number"] == json!("5551234")
        });
        if let Some(row) = found {
            break row.clone();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no call record: {rows}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    eprintln!("cdr: {row}");
    let billing = row["billing_seconds"].as_u64().unwrap();
    let ringing = row["ringing_seconds"].as_u64().unwrap();
    // Dialled 4 s (the exchange's interdigit time) + 5 s of ringing before the answer;
    // after it at least 2.4 s of talk and the 1.25 s on hook that tell a hang-up from a
    // hook flash (a loaded box's polling adds a second; billed from the dialling it would
    // be 11 s or more).
    assert!(
        (3..=6).contains(&billing),
        "billing from the answer: {billing} s"
    );
    assert!(ringing >= 9, "ringing until the reversal: {ringing} s");
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

/// The toll-fraud guards of SIP carriers hold for analog lines: a call ringing in on line 2
/// whose number's callflow is an `offnet` route is never sent out again (line 1 stays on
/// hook; the route fails as barred, and its barred branch rings FXS 1 instead); and nothing
/// but the box's own SIP engine can make a line dial (a datagram from another local port
/// is ignored).
#[test]
fn an_outside_call_on_one_line_is_never_sent_out_on_another() {
    let Office {
        pbx,
        mut board,
        _dir,
    } = office_with(2, "");
    let admin = pbx.admin();
    let fxs1 = admin
        .get(&admin.url("devices"))
        .data()
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == json!("Analog fxs1"))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    common::id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["5551001"], "flow": {"module": "offnet", "data": {}, "children": {
            "OUTGOING_CALL_BARRED": {"module": "device", "data": {"id": fxs1}, "children": {}}}}}),
    ));
    board.cmd("ring fxo2 2125550199 Outside Caller");
    board.wait(
        "FXS 1 rung by the barred branch",
        Duration::from_secs(20),
        |b| b.cmd("rings fxs1") != "rings 0",
    );
    assert_eq!(board.cmd("seized? fxo1"), "no");
    assert_eq!(board.cmd("dialled fxo1"), "none");
    board.cmd("giveup fxo2");

    // A stranger on loopback writes an INVITE straight to line 1's gateway.
    let gateway = board.cmd("sipaddr fxo1");
    let gateway = gateway.strip_prefix("sipaddr ").unwrap();
    let stranger = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    let me = stranger.local_addr().unwrap();
    let invite = format!(
        "INVITE sip:0900123456@{gateway} SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch=z9hG4bKx1\r\n\
         From: <sip:evil@{me}>;tag=1\r\nTo: <sip:0900123456@{gateway}>\r\nCall-ID: fraud-1\r\n\
         CSeq: 1 INVITE\r\nContact: <sip:evil@{me}>\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n"
    );
    stranger.send_to(invite.as_bytes(), gateway).unwrap();
    stranger
        .set_read_timeout(Some(Duration::from_millis(1500)))
        .unwrap();
    let mut buf = [0u8; 2048];
    assert!(
        stranger.recv_from(&mut buf).is_err(),
        "the gateway answered a stranger"
    );
    assert_eq!(board.cmd("seized? fxo1"), "no");
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

/// The FXO line test through the API: every line is checked for dial tone at start-up; a
/// test call finds that the exchange reverses polarity at the answer and drops the loop at
/// the far end's hang-up, and (asked to apply them) the line acts on those findings from
/// then on and after a restart. Bad requests name what is wrong.
#[test]
fn the_line_test_finds_dial_tone_answer_supervision_and_the_disconnect_method() {
    let Office {
        pbx,
        mut board,
        _dir,
    } = office();
    let admin = pbx.admin();
    let fxo1_test = |admin: &common::Client| {
        let rows = admin.get(&admin.url("analog_ports")).data();
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == json!("fxo1"))
            .unwrap()["line_test"]
            .clone()
    };
    let wait_done = |admin: &common::Client, limit: Duration| {
        let deadline = std::time::Instant::now() + limit;
        loop {
            let test = fxo1_test(admin);
            if test["state"] == json!("done") {
                return test;
            }
            assert!(std::time::Instant::now() < deadline, "line test: {test}");
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    let startup = wait_done(&admin, WAIT);
    assert_eq!(startup["dial_tone"], json!(true), "{startup}");
    assert_eq!(startup["number"], Value::Null);
    let fxo1 = |admin: &common::Client| {
        let rows = admin.get(&admin.url("analog_ports")).data();
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == json!("fxo1"))
            .unwrap()
            .clone()
    };
    let row = fxo1(&admin);
    assert_eq!(
        (&row["answer_supervision"], &row["disconnect"]),
        (&json!(false), &Value::Null),
        "{row}"
    );

    for (port, body, status, says) in [
        ("fxo1", json!({"number": "12ab"}), 400, "number"),
        ("fxo1", json!({"apply": "yes"}), 400, "apply"),
        ("fxs1", json!({}), 409, "not an FXO line"),
        ("fxo7", json!({}), 404, "fxo7"),
    ] {
        let r = admin.put(&admin.url(&format!("analog_ports/{port}/line_test")), body);
        assert_eq!(r.status, status, "{port}: {}", r.text());
        assert!(r.text().contains(says), "{port}: {}", r.text());
    }

    board.cmd("outcome fxo1 reverse 2000");
    board.cmd("say fxo1 1000");
    let r = admin.put(
        &admin.url("analog_ports/fxo1/line_test"),
        json!({"number": "5550000", "apply": true}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["line_test"]["state"], json!("running"));
    board.wait("the test call answered", Duration::from_secs(20), |b| {
        b.cmd("talking? fxo1") == "yes"
    });
    assert_eq!(board.cmd("dialled fxo1"), "dialled 5550000");
    // The far party talks for a while, then hangs up.
    std::thread::sleep(Duration::from_secs(5));
    board.cmd("hangup fxo1 loop");
    let found = wait_done(&admin, WAIT);
    eprintln!("line test: {found}");
    assert_eq!(found["number"], json!("5550000"));
    assert_eq!(found["answer_supervision"], json!(true));
    assert_eq!(found["disconnect"], json!("loop_current"));
    assert_eq!(
        found["applied"],
        json!(["answer_supervision", "disconnect"])
    );
    board.wait("the line released", WAIT, |b| b.cmd("seized? fxo1") == "no");
    let row = fxo1(&admin);
    assert_eq!(row["answer_supervision"], json!(true), "{row}");
    assert_eq!(row["disconnect"], json!("loop_current"), "{row}");

    // The line acts on them: the exchange's reversal at the answer is the answer (not the
    // hang-up, as it was before), and a later stray reversal leaves the call up; the loop
    // drop ends it.
    board.cmd("outcome fxo1 reverse 1000");
    dial(&mut board, "fxs1", "5551234");
    board.wait(
        "the far party after the answer",
        Duration::from_secs(20),
        |b| b.hears("fxs1", 1000.0, 500) > 0.8,
    );
    board.cmd("hangup fxo1 polarity");
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(
        board.cmd("seized? fxo1"),
        "yes",
        "a stray reversal is not the hang-up"
    );
    board.cmd("hangup fxo1 loop");
    board.wait("the line released", WAIT, |b| b.cmd("seized? fxo1") == "no");
    board.cmd("onhook fxs1");

    // Kept across a restart.
    let data = pbx.data.clone();
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
    let pbx = common::Pbx::start_with(
        &data,
        &["--board", "sim:fxs=2,fxo=1,did1=5551000,country=us"],
    );
    let row = fxo1(&pbx.admin());
    assert_eq!(row["answer_supervision"], json!(true), "{row}");
    assert_eq!(row["disconnect"], json!("loop_current"), "{row}");
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}
