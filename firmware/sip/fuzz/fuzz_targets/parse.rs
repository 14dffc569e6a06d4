//! `message::parse` on arbitrary bytes, then every typed accessor and the writer.
#![no_main]

use edgepbx_sip::message::{exercise, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = parse(data) {
        std::hint::black_box(exercise(&m));
        // The message as kept (unfolded, trimmed to Content-Length) reads the same again.
        let again = match parse(m.as_bytes()) {
            Ok(again) => again,
            Err(e) => panic!("as_bytes() of an accepted message does not parse: {e}"),
        };
        assert_eq!(again.headers().count(), m.headers().count());
        assert_eq!(again.call_id(), m.call_id());
        assert_eq!(again.body(), m.body());
        assert_eq!(again.uri_str(), m.uri_str());
        // What we write from an accepted request must parse again.
        let bytes = edgepbx_sip::message::writer::Writer::response_to(&m, 200, "OK", Some("t"))
            .finish_empty();
        if let Err(e) = parse(&bytes) {
            panic!("response_to output does not parse: {e}");
        }
    }
});
