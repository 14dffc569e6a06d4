//! End to end with the real binary on the simulated board: two fax machines (spandsp, from
//! Debian's libspandsp-dev, in the small C program tests/fax/fax_machine.c that this test
//! builds with cc) plugged into the phones' jacks of FXS 1 and FXS 2. FXS 1 dials FXS 2's
//! extension, FXS 2 answers, and the page goes through the box's analog ports, their RTP and
//! the engine's relay; the page that arrives has the same pixels as the one sent.

mod common;

use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Pbx;
use common::baresip::wait_registered;
use common::sim_board::{SimBoard, analog_device};

const WAIT: Duration = Duration::from_secs(10);
/// A page at 14,400 bit/s takes about 20 s of call time; training down to slower speeds more.
const FAX_CALL: Duration = Duration::from_secs(120);

/// Builds the fax machine helper into `dir`.
fn build_fax_machine(dir: &Path) -> PathBuf {
    let flags = Command::new("pkg-config")
        .args(["--cflags", "--libs", "spandsp", "libtiff-4"])
        .output()
        .expect("pkg-config (the fax test needs libspandsp-dev; .ci/run installs it)");
    assert!(
        flags.status.success(),
        "pkg-config spandsp libtiff-4: {}",
        String::from_utf8_lossy(&flags.stderr)
    );
    let flags = String::from_utf8(flags.stdout).unwrap();
    let exe = dir.join("fax_machine");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fax/fax_machine.c");
    let status = Command::new("cc")
        .args(["-O2", "-Wall", "-Werror", "-o"])
        .arg(&exe)
        .arg(&source)
        .args(flags.split_whitespace())
        .status()
        .expect("cc");
    assert!(status.success(), "building {}", source.display());
    exe
}

/// A fax machine on the line of `port`: its audio is the jack connection.
fn fax_on(board: &SimBoard, exe: &Path, port: &str, role: &str, file: &Path) -> Child {
    let line = board.jack(port);
    let hears = OwnedFd::from(line.try_clone().unwrap());
    Command::new(exe)
        .arg(role)
        .arg(file)
        .stdin(Stdio::from(hears))
        .stdout(Stdio::from(OwnedFd::from(line)))
        .spawn()
        .expect("fax machine")
}

/// Waits for `child` to finish within `limit` (killed after it); true when it succeeded.
fn finished_ok(child: &mut Child, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.success();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return false;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_fax_page_from_fxs_1_to_fxs_2_arrives_identical() {
    let dir = tempfile::tempdir().unwrap();
    let exe = build_fax_machine(dir.path());
    let (page, received) = (dir.path().join("page.tif"), dir.path().join("received.tif"));
    let made = Command::new(&exe).arg("page").arg(&page).status().unwrap();
    assert!(made.success(), "fax_machine page");

    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &["--board", "sim:fxs=2,country=us"]);
    let admin = pbx.admin();
    let fxs1 = analog_device(&admin, "fxs1", "1000");
    let fxs2 = analog_device(&admin, "fxs2", "1002");
    wait_registered(&admin, &[&fxs1, &fxs2]);
    let mut board = SimBoard::connect(&data);
    let bad = board.try_jack("fxs9").err().unwrap_or_default();
    assert!(bad.starts_with("error: no FXS port 'fxs9'"), "{bad}");

    // The sending machine goes off hook and dials; the receiving one answers on the first ring.
    board.cmd("offhook fxs1");
    board.wait("dial tone on FXS 1", WAIT, |b| {
        b.hears("fxs1", 350.0, 300) > 0.8
    });
    board.cmd("dtmf fxs1 1002");
    board.wait("FXS 2 rings", WAIT, |b| b.cmd("rings fxs2") != "rings 0");
    board.cmd("offhook fxs2");
    let mut receiver = fax_on(&board, &exe, "fxs2", "receive", &received);
    let mut sender = fax_on(&board, &exe, "fxs1", "send", &page);

    let received_ok = finished_ok(&mut receiver, FAX_CALL);
    let sent_ok = finished_ok(&mut sender, WAIT);
    board.cmd("onhook fxs1");
    board.cmd("onhook fxs2");
    assert!(
        received_ok,
        "the receiving fax machine got no page (see its line above)"
    );
    assert!(sent_ok, "the sending fax machine did not finish its call");
    let same = Command::new(&exe)
        .arg("same")
        .arg(&page)
        .arg(&received)
        .status()
        .unwrap();
    assert!(
        same.success(),
        "the received page differs from the sent one"
    );
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
}
