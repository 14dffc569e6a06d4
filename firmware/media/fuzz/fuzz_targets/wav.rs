#![no_main]
use edgepbx_media::wav;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = wav::read(data);
});
