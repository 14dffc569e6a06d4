//! Call logs in headless Chromium (`tests/web/call-trace.mjs`) after a real call between two
//! SIPp phones: the opened call's SIP ladder shows the INVITE, the 200 and the BYE, an arrow
//! shows its raw message, the problem report names the call, and the pcap download is a pcap.

mod common;

use common::ADMIN_PASSWORD;
use common::panel::{browse, past_first_boot, start_box, tools_present};
use common::sipp_call::call_2000_to_2001;

#[test]
fn an_opened_call_shows_its_ladder_report_and_pcap() {
    if !tools_present() {
        return;
    }
    let (_dir, _data, pbx) = start_box(&[], &[]);
    let admin = pbx.admin();
    past_first_boot(&admin);
    let call = call_2000_to_2001(&pbx, &admin);
    let (a_leg, b_leg) = call.call_ids();
    let seen = browse(
        &pbx,
        "call-trace.mjs",
        "web-call-trace-screenshots",
        &[("PANEL_PASSWORD", ADMIN_PASSWORD)],
    );
    let parties: Vec<&str> = seen["parties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(parties.len(), 3, "caller, box, callee: {seen}");
    assert_eq!(parties[1], "This box");
    let arrows: Vec<&str> = seen["arrows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    let position = |prefix: &str| {
        arrows
            .iter()
            .position(|a| a.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} arrow: {arrows:?}"))
    };
    assert!(position("INVITE sip:2001@") < position("SIP/2.0 200 OK"));
    assert!(position("SIP/2.0 200 OK") < position("BYE "), "{arrows:?}");
    let raw = seen["raw"].as_str().unwrap();
    assert!(raw.starts_with("BYE "), "{raw}");
    assert!(raw.contains("Call-ID: "), "{raw}");
    let report = seen["report"].as_str().unwrap();
    assert!(
        report.contains(&a_leg) && report.contains(&b_leg),
        "{report}"
    );
    assert_eq!(seen["report_readonly"], true);
    assert_eq!(seen["copied"], "Copied.");
    assert!(seen["pcap_name"].as_str().unwrap().ends_with(".pcap"));
    assert_eq!(seen["pcap_magic"], "d4c3b2a1");
    assert!(
        seen["pcap_bytes"].as_u64().unwrap() > 24 + 16 * 10,
        "{seen}"
    );
    assert!(pbx.stop());
}
