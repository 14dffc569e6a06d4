//! The stream framer fed arbitrary bytes in arbitrary chunks. The first byte picks the chunk
//! size. Every frame it yields is read through every accessor; an error ends the stream.
#![no_main]

use edgepbx_sip::message::exercise;
use edgepbx_sip::message::framer::{Frame, Framer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&chunk, rest)) = data.split_first() else {
        return;
    };
    let chunk = usize::from(chunk).max(1);
    let mut framer = Framer::new();
    let mut consumed = 0;
    'stream: for piece in rest.chunks(chunk) {
        framer.push(piece);
        consumed += piece.len();
        loop {
            match framer.next_frame() {
                Ok(Some(Frame::Message(m))) => {
                    std::hint::black_box(exercise(&m));
                }
                Ok(Some(Frame::Ping | Frame::Pong)) => {}
                Ok(None) => break,
                Err(_) => break 'stream,
            }
        }
        assert!(
            framer.buffered() <= consumed,
            "framer holds more than it was given"
        );
    }
});
