#![no_main]
use edgepbx_media::rtp::{RtcpPacket, RtpPacket, TelephoneEventReceiver};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = RtpPacket::parse(data) {
        let _ = p.csrcs().count();
        let _ = TelephoneEventReceiver::new().on_packet(p.timestamp, p.payload);
    }
    for p in RtcpPacket::iter(data).flatten() {
        let _ = p.reports().count();
    }
});
