//! Calls out through carriers: a gateway that answers 503 is skipped for the next one by
//! weight, which (a SIPp UAS) takes the call; the number is sent as the rule's capture.

mod common;

use std::sync::atomic::Ordering;
use std::time::Duration;

use common::sipp::{SippDir, devices, free_port, uac};
use common::{Pbx, trunks};

#[test]
fn a_call_out_fails_over_from_a_gateway_answering_503_to_the_next() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["2200"], 20);
    // A gateway out of service: answers every INVITE with 503, counting them.
    let (down_port, down_invites) =
        trunks::fake_gateway("127.0.0.6", "INVITE", Some("503 Service Unavailable"));
    let live_port = free_port();
    // The primary gateway answers 503; the backup carrier (SIPp) answers.
    trunks::carriers(
        &admin,
        &[
            ("127.0.0.6", Some(down_port)),
            (trunks::CARRIER_IP, Some(live_port)),
        ],
    );
    trunks::unowned_numbers_go_out(&admin);
    let dir = SippDir::new();
    let mut carrier = trunks::sipp_carrier(&dir, "uas_echo.xml", live_port, &["-m", "1"]);
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "2200",
        "+14155550123",
        &["-d", "1000"],
    );
    caller.expect_ok(Duration::from_secs(30));
    carrier.expect_ok(Duration::from_secs(10));
    assert_eq!(
        down_invites.load(Ordering::Relaxed),
        1,
        "the primary was tried once first"
    );
}
