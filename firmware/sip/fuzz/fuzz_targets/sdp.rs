//! `Sdp::parse` on arbitrary bytes; an accepted offer is filtered, written with our
//! address and read back (`sdp::exercise` checks the round trip).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| edgepbx_sip::sdp::exercise(data));
