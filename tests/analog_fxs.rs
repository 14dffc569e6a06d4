//! End to end with the real binary on the simulated analog board (`--board sim:...`): a
//! scripted analog phone on FXS 1, owned by a device like any SIP phone, and a baresip
//! phone. The box's built-in ATA registers the port, and calls go both ways through the
//! engine with audio found by Goertzel on each side, and caller ID decoded from the FSK the
//! line carries.

mod common;

use std::time::Duration;

use common::Pbx;
use common::baresip::{
    Agent, RATE, check, create_device, detect, read_wav, tone_samples, wait_registered, wav_bytes,
};
use common::sim_board::SimBoard;
use serde_json::json;

const WAIT: Duration = Duration::from_secs(10);
/// What the baresip phone says, and what the analog phone says.
const BARESIP_TONE: f64 = 1500.0;
const ANALOG_TONE: f64 = 1000.0;
/// What a second baresip phone says (call waiting).
const SECOND_TONE: f64 = 1800.0;

struct Office {
    pbx: Pbx,
    board: SimBoard,
    baresip: Agent,
    _dir: tempfile::TempDir,
}

/// A box with a simulated board of two FXS ports (US), FXS 1 owned by a device at 1000, and a
/// baresip phone at 1001; both registered.
fn office() -> Office {
    common::baresip::module_dir();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &["--board", "sim:fxs=2,country=us"]);
    let admin = pbx.admin();
    let fxs = common::id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": "Analog 1", "device_type": "ata", "analog_port": "fxs1",
               "sip": {"username": "fxs1line", "password": "fxs-secret-1"}}),
    ));
    common::id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["1000"], "flow": {"module": "device", "data": {"id": fxs}, "children": {}}}),
    ));
    let fxs2 = common::id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": "Analog 2", "device_type": "ata", "analog_port": "fxs2",
               "sip": {"username": "fxs2line", "password": "fxs-secret-2"}}),
    ));
    common::id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["1002"], "flow": {"module": "device", "data": {"id": fxs2}, "children": {}}}),
    ));
    let bare = create_device(&admin, "1001", "bare-secret-1");
    let mut baresip = Agent::start(
        "baresip-1001",
        &format!(
            "<sip:1001@127.0.0.1:{}>;auth_pass=bare-secret-1;regint=600",
            pbx.sip.port()
        ),
        &tone_samples(&[(BARESIP_TONE, 30.0)]),
        &[],
    );
    check(baresip.wait_for("registered successfully", Some("failed"), WAIT));
    wait_registered(&admin, &[&fxs, &fxs2, &bare]);
    let board = SimBoard::connect(&data);
    Office {
        pbx,
        board,
        baresip,
        _dir: dir,
    }
}

/// The baresip side heard the analog phone's tone for most of a second or more.
fn baresip_heard_analog(agent: &Agent) {
    let path = agent.last_recording().expect("baresip recording");
    let samples = check(read_wav(&path));
    let d = detect(
        &samples,
        ANALOG_TONE,
        &[ANALOG_TONE - 250.0, ANALOG_TONE + 250.0, BARESIP_TONE],
    );
    eprintln!(
        "baresip heard {ANALOG_TONE} Hz for {:.2} s of {:.2} s",
        d.seconds(),
        samples.len() as f64 / f64::from(RATE)
    );
    assert!(d.seconds() >= 0.8, "{d:?}");
}

#[test]
fn an_analog_phone_calls_a_sip_phone_with_audio_both_ways() {
    let Office {
        pbx,
        mut board,
        mut baresip,
        ..
    } = office();
    board.cmd("offhook fxs1");
    board.wait("dial tone on FXS 1", WAIT, |b| {
        b.hears("fxs1", 350.0, 300) > 0.8
    });
    board.cmd("say fxs1 1000");
    // 1001 is a whole number of the office: sent at the last digit, no # needed.
    board.cmd("dtmf fxs1 1001");
    check(baresip.wait_for("Call established", Some("terminated"), WAIT));
    board.wait("the SIP phone's tone on FXS 1", WAIT, |b| {
        b.hears("fxs1", BARESIP_TONE, 1000) > 0.8
    });
    // The API shows the port in its call, owned by its device; FXS 2 idle.
    let admin = pbx.admin();
    let ports = admin.get(&admin.url("analog_ports")).data();
    let (fxs1, fxs2) = (&ports[0], &ports[1]);
    assert_eq!(
        (&fxs1["name"], &fxs1["state"]),
        (&json!("fxs1"), &json!("in call")),
        "{ports}"
    );
    assert_eq!(fxs1["account_id"], json!(admin.account_id), "{ports}");
    assert!(
        fxs1["device_id"].as_str().is_some_and(|d| !d.is_empty()),
        "{ports}"
    );
    assert_eq!(
        (&fxs2["state"], &fxs2["alarm"]),
        (&json!("idle"), &json!(null)),
        "{ports}"
    );
    std::thread::sleep(Duration::from_millis(1500));
    board.cmd("onhook fxs1");
    check(baresip.wait_for("terminated", None, WAIT));
    std::thread::sleep(Duration::from_millis(300));
    baresip_heard_analog(&baresip);
    drop(baresip);
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

#[test]
fn a_sip_phone_calls_the_analog_phone_and_its_caller_id_is_on_the_line() {
    let Office {
        pbx,
        mut board,
        mut baresip,
        ..
    } = office();
    baresip.command("/dial 1000");
    // US: Bell 202 FSK between the first and second ring.
    board.wait("caller id on FXS 1", Duration::from_secs(15), |b| {
        b.cmd("callerid fxs1") != "none"
    });
    let cid = board.cmd("callerid fxs1");
    eprintln!("FXS 1 decoded: {cid}");
    assert!(cid.starts_with("callerid 1001"), "{cid}");
    assert!(board.cmd("rings fxs1") != "rings 0");
    board.cmd("say fxs1 1000");
    board.cmd("offhook fxs1");
    check(baresip.wait_for("Call established", Some("terminated"), WAIT));
    board.wait("the SIP phone's tone on FXS 1", WAIT, |b| {
        b.hears("fxs1", BARESIP_TONE, 1000) > 0.8
    });
    std::thread::sleep(Duration::from_millis(1500));
    baresip.command("/hangup");
    check(baresip.wait_for("terminated", None, WAIT));
    // The far end left: the line signals it and plays busy (480 + 620 Hz, 0.5 s cadence).
    board.wait("busy tone after the far end hung up", WAIT, |b| {
        b.hears("fxs1", 480.0, 2000) > 0.3
    });
    board.cmd("onhook fxs1");
    std::thread::sleep(Duration::from_millis(300));
    baresip_heard_analog(&baresip);
    drop(baresip);
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

/// The account's hold music in the flash tests: an uploaded tone apart from the phones' own.
const MUSIC_TONE: f64 = 700.0;

fn upload_account_music(pbx: &Pbx) {
    let admin = pbx.admin();
    let media = common::id_of(&admin.put(
        &admin.url("media"),
        json!({"name": "office music", "media_source": "upload"}),
    ));
    let r = admin.request(
        "POST",
        &admin.url(&format!("media/{media}/raw")),
        &[("Content-Type", "audio/wav")],
        Some(&wav_bytes(&tone_samples(&[(MUSIC_TONE, 2.0)]))),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.patch(
        &admin.url(""),
        json!({"music_on_hold": {"media_id": media}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
}

/// FXS 2 calls FXS 1, which flashes (FXS 2 now hears the office's hold music, not silence),
/// consults the SIP phone and hangs up: FXS 2 is transferred to the SIP phone and they hear
/// each other. (The held party is an analog port so the test hears it on the board: baresip
/// 1.0.0 stops its own recording at a re-INVITE with SDP, such as a hold.)
#[test]
fn hook_flash_holds_the_caller_with_music_and_hanging_up_transfers_it() {
    let Office {
        pbx,
        mut board,
        mut baresip,
        ..
    } = office();
    upload_account_music(&pbx);
    board.cmd("offhook fxs2");
    board.cmd("say fxs2 1000");
    board.cmd("dtmf fxs2 1000");
    board.wait("FXS 1 rings", WAIT, |b| b.cmd("rings fxs1") != "rings 0");
    board.cmd("offhook fxs1");
    board.wait("FXS 2 on FXS 1", WAIT, |b| {
        b.hears("fxs1", ANALOG_TONE, 1000) > 0.8
    });
    // Flash: the caller is held and hears the music; recall dial tone on FXS 1.
    board.cmd("flash fxs1 500");
    board.wait("recall dial tone on FXS 1", WAIT, |b| {
        b.hears("fxs1", 350.0, 300) > 0.8
    });
    board.wait("hold music on FXS 2", WAIT, |b| {
        b.hears("fxs2", MUSIC_TONE, 1000) > 0.8
    });
    board.cmd("dtmf fxs1 1001");
    check(baresip.wait_for("Call established", Some("terminated"), WAIT));
    board.wait("the SIP phone answers the consultation", WAIT, |b| {
        b.hears("fxs1", BARESIP_TONE, 1000) > 0.8
    });
    // Hanging up transfers the held caller to the SIP phone: the music stops, they talk.
    board.cmd("onhook fxs1");
    board.wait("the SIP phone on FXS 2", WAIT, |b| {
        b.hears("fxs2", BARESIP_TONE, 1000) > 0.8 && b.hears("fxs2", MUSIC_TONE, 1000) < 0.1
    });
    std::thread::sleep(Duration::from_millis(1500));
    baresip.command("/hangup");
    check(baresip.wait_for("terminated", None, WAIT));
    board.cmd("onhook fxs2");
    std::thread::sleep(Duration::from_millis(300));
    baresip_heard_analog(&baresip);
    drop(baresip);
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

#[test]
fn three_way_calling_by_hook_flash_joins_all_three_and_a_flash_drops_the_third() {
    let Office {
        pbx,
        mut board,
        mut baresip,
        ..
    } = office();
    baresip.command("/dial 1000");
    board.wait("FXS 1 rings", WAIT, |b| b.cmd("rings fxs1") != "rings 0");
    board.cmd("offhook fxs1");
    check(baresip.wait_for("Call established", Some("terminated"), WAIT));
    board.wait("the SIP phone on FXS 1", WAIT, |b| {
        b.hears("fxs1", BARESIP_TONE, 1000) > 0.8
    });
    // Flash, dial the third party (FXS 2, saying its own tone), talk to it alone.
    board.cmd("flash fxs1 500");
    board.wait("recall dial tone on FXS 1", WAIT, |b| {
        b.hears("fxs1", 350.0, 300) > 0.8
    });
    board.cmd("dtmf fxs1 1002");
    board.wait("FXS 2 rings", WAIT, |b| b.cmd("rings fxs2") != "rings 0");
    board.cmd("say fxs2 1800");
    board.cmd("offhook fxs2");
    board.wait("the third party alone on FXS 1", WAIT, |b| {
        b.hears("fxs1", SECOND_TONE, 1000) > 0.8 && b.hears("fxs1", BARESIP_TONE, 1000) < 0.2
    });
    let alone = board.level("fxs1", SECOND_TONE, 1000);
    // Flash again: all three. FXS 1 hears both far ends (the SIP phone is louder, so the
    // third party is checked by its level); FXS 2 hears the SIP phone through FXS 1's mix.
    board.cmd("flash fxs1 500");
    board.wait("both far ends on FXS 1", WAIT, |b| {
        b.hears("fxs1", BARESIP_TONE, 1000) > 0.8
            && (b.level("fxs1", SECOND_TONE, 1000) - alone).abs() < 3.0
    });
    board.wait("the SIP phone on FXS 2", WAIT, |b| {
        b.hears("fxs2", BARESIP_TONE, 1000) > 0.8
    });
    // A flash in the three-way call drops the third party; the first call goes on.
    board.cmd("flash fxs1 500");
    board.wait("FXS 2 let go (busy tone)", WAIT, |b| {
        b.hears("fxs2", 480.0, 2000) > 0.3
    });
    board.wait("only the SIP phone on FXS 1", WAIT, |b| {
        b.hears("fxs1", BARESIP_TONE, 1000) > 0.8 && b.hears("fxs1", SECOND_TONE, 1000) < 0.2
    });
    board.cmd("onhook fxs2");
    board.cmd("onhook fxs1");
    check(baresip.wait_for("terminated", None, WAIT));
    drop(baresip);
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

#[test]
fn a_bad_board_stops_the_start_with_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    for (board, says) in [
        ("sim:fxs=0", "--board: fxs=0"),
        ("sim:country=xx", "country=xx"),
        // A board file that cannot be read stops the start (a missing device it names
        // does not: tests/analog_board_file.rs).
        (
            "/nonexistent/board.toml",
            "board file /nonexistent/board.toml: cannot read",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_edgepbx"))
            .args(["run", "--http", "127.0.0.1:0", "--https", "off"])
            .args([
                "--sip",
                "127.0.0.1:0",
                "--sips",
                "127.0.0.1:0",
                "--board",
                board,
            ])
            .arg("--data")
            .arg(dir.path())
            .output()
            .expect("run edgepbx");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{board}: started");
        assert!(stderr.contains(says), "{board}: {stderr}");
    }
}

#[test]
fn new_voicemail_lights_the_analog_phone_by_fsk_message_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &["--board", "sim:fxs=1,country=uk"]);
    let admin = pbx.admin();
    let user = common::id_of(&admin.put(
        &admin.url("users"),
        json!({"first_name": "Ada", "last_name": "Analog", "username": "ada"}),
    ));
    let fxs = common::id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": "Analog 1", "device_type": "ata", "analog_port": "fxs1", "owner_id": user,
               "sip": {"username": "fxs1line", "password": "fxs-secret-1"}}),
    ));
    wait_registered(&admin, &[&fxs]);
    let mut board = SimBoard::connect(&data);
    assert_eq!(board.cmd("mwi fxs1"), "none");
    let vmbox = common::id_of(&admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Ada", "mailbox": "800", "owner_id": user,
               "messages": [{"media_id": "202701-n1", "folder": "new", "caller_id_number": "1001"}]}),
    ));
    // The engine's unsolicited NOTIFY reaches the port; the line sends V.23 MWI on hook.
    board.wait("MWI on", WAIT, |b| b.cmd("mwi fxs1") == "mwi on");
    let r = admin.post(
        &admin.url(&format!("vmboxes/{vmbox}/messages/202701-n1")),
        json!({"folder": "saved"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    board.wait("MWI off", WAIT, |b| b.cmd("mwi fxs1") == "mwi off");
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

#[test]
fn call_waiting_on_an_analog_phone_shows_the_caller_and_flash_switches_calls() {
    let Office {
        pbx,
        mut board,
        baresip: mut first,
        ..
    } = office();
    let admin = pbx.admin();
    let dev = create_device(&admin, "1003", "bare-secret-3");
    let mut second = Agent::start(
        "baresip-1003",
        &format!(
            "<sip:1003@127.0.0.1:{}>;auth_pass=bare-secret-3;regint=600",
            pbx.sip.port()
        ),
        &tone_samples(&[(SECOND_TONE, 30.0)]),
        &[],
    );
    check(second.wait_for("registered successfully", Some("failed"), WAIT));
    wait_registered(&admin, &[&dev]);
    first.command("/dial 1000");
    board.wait("FXS 1 rings", WAIT, |b| b.cmd("rings fxs1") != "rings 0");
    board.cmd("offhook fxs1");
    board.wait("the first caller on FXS 1", WAIT, |b| {
        b.hears("fxs1", BARESIP_TONE, 1000) > 0.8
    });
    // A second call: call-waiting tone and its caller ID (type 2 FSK) during the call.
    second.command("/dial 1000");
    board.wait("the waiting caller's ID", WAIT, |b| {
        b.cmd("callerid fxs1").starts_with("callerid 1003")
    });
    // Flash: the first caller is held, the second answered.
    board.cmd("flash fxs1 500");
    check(second.wait_for("Call established", Some("terminated"), WAIT));
    board.wait("the second caller on FXS 1", WAIT, |b| {
        b.hears("fxs1", SECOND_TONE, 1000) > 0.8
    });
    // Flash again: back to the first.
    board.cmd("flash fxs1 500");
    board.wait("the first caller again", WAIT, |b| {
        b.hears("fxs1", BARESIP_TONE, 1000) > 0.8
    });
    first.command("/hangup");
    second.command("/hangup");
    check(first.wait_for("terminated", None, WAIT));
    check(second.wait_for("terminated", None, WAIT));
    board.cmd("onhook fxs1");
    drop(first);
    drop(second);
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}

/// A board that names no country: its FXS port follows the owning account's, here the UK's.
/// A call rings it with BT caller ID before the first ring and the British double ring
/// (0.4 s on, 0.2 s off, 0.4 s on: a second ring within 1.5 s; the US rings 2 s, then waits 4).
#[test]
fn an_analog_port_rings_in_its_accounts_country_way() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &["--board", "sim:fxs=1"]);
    let admin = pbx.admin();
    let r = admin.patch(&admin.url(""), json!({"edgepbx": {"country": "uk"}}));
    assert_eq!(r.status, 200, "{}", r.text());
    let fxs = common::id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": "Analog 1", "device_type": "ata", "analog_port": "fxs1",
               "sip": {"username": "fxs1line", "password": "fxs-secret-1"}}),
    ));
    common::id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["1000"], "flow": {"module": "device",
               "data": {"id": fxs, "timeout": 5}, "children": {}}}),
    ));
    common::sipp::devices(&admin, &["1001"], 20);
    wait_registered(&admin, &[&fxs]);
    let mut board = SimBoard::connect(&data);
    let sipp = common::sipp::SippDir::new();
    let mut caller = common::sipp::uac(&sipp, &pbx, "uac_noanswer.xml", "1001", "1000", &[]);
    board.wait("FXS 1 rings", WAIT, |b| b.cmd("rings fxs1") != "rings 0");
    let cid = board.cmd("callerid fxs1");
    assert!(
        cid.starts_with("callerid 1001"),
        "caller ID before the first ring: {cid}"
    );
    board.wait(
        "the double ring's second burst",
        Duration::from_millis(1500),
        |b| b.cmd("rings fxs1") != "rings 1",
    );
    caller.expect_ok(Duration::from_secs(20));
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}
