//! A prompt uploaded as a file is played to a caller: the box reads and decodes it on its
//! `media-load` thread, off the call engine's lock, and the caller (baresip, recording what
//! it hears) hears it whole.

mod common;

use std::time::{Duration, Instant};

use common::baresip::{
    Agent, RATE, assert_heard, check, create_device, read_wav, tone_samples, wav_bytes,
};
use common::{Pbx, id_of};
use serde_json::json;

const WAIT: Duration = Duration::from_secs(20);

#[test]
fn an_uploaded_prompt_is_loaded_off_the_engine_and_heard_by_the_caller() {
    common::baresip::module_dir();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    create_device(&admin, "3000", "pw-3000-secret");
    // An 8 kHz WAV (not decoded ahead: read when played): two tones of 1.5 s each.
    let prompt = tone_samples(&[(1000.0, 1.5), (1800.0, 1.5)]);
    let media = id_of(&admin.put(
        &admin.url("media"),
        json!({"name": "greeting", "media_source": "upload"}),
    ));
    let r = admin.request(
        "POST",
        &admin.url(&format!("media/{media}/raw")),
        &[("Content-Type", "audio/wav")],
        Some(&wav_bytes(&prompt)),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["700"], "flow": {"module": "play", "data": {"id": media}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    let account = format!(
        "<sip:3000@127.0.0.1:{}>;auth_pass=pw-3000-secret;regint=0",
        pbx.sip.port()
    );
    let mut caller = Agent::start("caller-3000", &account, &tone_samples(&[(0.0, 8.0)]), &[]);
    caller.command("/dial 700");
    check(caller.wait_for("Call established", Some("terminated"), WAIT));
    // The flow ends after the prompt: the box hangs up.
    check(caller.wait_for("terminated", None, WAIT));
    let path = caller.last_recording().expect("a recording of the call");
    // baresip finishes the file as it tears the call's audio down, just after saying so.
    let deadline = Instant::now() + Duration::from_secs(5);
    let heard = loop {
        match read_wav(&path) {
            Ok(s) if s.len() >= 5 * RATE as usize / 2 => break s,
            other if Instant::now() > deadline => panic!("recording: {:?}", other.map(|s| s.len())),
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    assert_heard("caller", &heard, [1000.0, 1800.0], [600.0, 1500.0]);
}
