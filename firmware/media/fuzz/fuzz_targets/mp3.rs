#![no_main]
use edgepbx_media::mp3;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mp3::import_mp3(data);
});
