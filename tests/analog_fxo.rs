//! End to end with the real binary on the simulated board: an outside line on FXO 1 (a
//! simulated central office) is a gateway of the account's `resources`. A call ringing in
//! reaches the line's number (the main number's menu) and, after the caller presses 1, the
//! analog phone on FXS 2; a call out through the line ends cleanly when the far end is busy.

mod common;

use std::time::Duration;

use common::Pbx;
use common::baresip::wait_registered;
use common::sim_board::{SimBoard, analog_device};
use serde_json::json;

const WAIT: Duration = Duration::from_secs(10);
const DID: &str = "5551000";

struct Office {
    pbx: Pbx,
    board: SimBoard,
    _dir: tempfile::TempDir,
}

/// A box with two FXS ports (1000, 1002) and one FXO line for 5551000, whose gateway is the
/// account's outside line for 7-digit numbers; 5551000 is the main number's menu (1 -> 1002).
fn office() -> Office {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(
        &data,
        &["--board", &format!("sim:fxs=2,fxo=1,did1={DID},country=us")],
    );
    let admin = pbx.admin();
    let fxs1 = analog_device(&admin, "fxs1", "1000");
    let fxs2 = analog_device(&admin, "fxs2", "1002");
    let mut board = SimBoard::connect(&data);
    let gateway = board.cmd("sipaddr fxo1");
    let gateway: std::net::SocketAddr = gateway.strip_prefix("sipaddr ").unwrap().parse().unwrap();
    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "Analog line 1", "rules": ["^(\\d{7})$"],
               "gateways": [{"server": gateway.ip().to_string(), "port": gateway.port()}]}),
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
    Office {
        pbx,
        board,
        _dir: dir,
    }
}

#[test]
fn a_call_in_on_the_outside_line_reaches_the_menu_and_then_fxs_2() {
    let Office { pbx, mut board, .. } = office();
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
    let Office { pbx, mut board, .. } = office();
    board.cmd("outcome fxo1 busy");
    board.cmd("offhook fxs1");
    board.wait("dial tone on FXS 1", WAIT, |b| {
        b.hears("fxs1", 350.0, 300) > 0.8
    });
    board.cmd("dtmf fxs1 5551234#");
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
