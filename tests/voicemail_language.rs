//! A second prompt language through the running box: a pack installed at
//! `/v2/system/prompt_packs/de-de` (bad packs refused naming the file) is what a caller of a
//! box whose `language` is `de-de` hears as its greeting (baresip records the call; the
//! pack's prompts are two tones, found by Goertzel), in place of the built-in English.

mod common;

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use common::baresip::{
    Agent, RATE, assert_heard, check, create_device, read_wav, tone_samples, wav_bytes,
};
use common::{Pbx, id_of};
use serde_json::json;

const WAIT: Duration = Duration::from_secs(30);

fn b64_wav(samples: &[i16]) -> String {
    B64.encode(wav_bytes(samples))
}

#[test]
fn a_box_in_german_greets_callers_with_the_installed_pack() {
    common::baresip::module_dir();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let packs = "/v2/system/prompt_packs";
    let good = b64_wav(&tone_samples(&[(1000.0, 1.5)]));
    // Bad packs: each refusal names the prompt (file) at fault, or the language.
    let mut sixteen_khz = wav_bytes(&tone_samples(&[(1000.0, 0.5)]));
    sixteen_khz[24..28].copy_from_slice(&16_000u32.to_le_bytes());
    for (body, field) in [
        (
            json!({"prompts": {"vm_not_available": good, "vm_leave_message": "%%%"}}),
            "prompts.vm_leave_message",
        ),
        (
            json!({"prompts": {"vm_not_available": B64.encode(b"ID3 an mp3")}}),
            "prompts.vm_not_available",
        ),
        (
            json!({"prompts": {"vm_not_available": B64.encode(&sixteen_khz)}}),
            "prompts.vm_not_available",
        ),
        (json!({"prompts": {"../x": good}}), "prompts.../x"),
        (json!({"prompts": {}}), "prompts"),
    ] {
        let r = admin.put(&format!("{packs}/de-de"), body);
        assert_eq!(r.status, 400, "{field}: {}", r.text());
        assert!(r.data().get(field).is_some(), "{field}: {}", r.text());
    }
    let r = admin.put(
        &format!("{packs}/deutsch"),
        json!({"prompts": {"vm_not_available": good}}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.data().get("language").is_some(), "{}", r.text());
    assert_eq!(admin.get(&format!("{packs}/de-de")).status, 404);

    let pack = json!({"prompts": {
        "vm_not_available": b64_wav(&tone_samples(&[(1000.0, 1.5)])),
        "vm_leave_message": b64_wav(&tone_samples(&[(1800.0, 1.5)])),
    }});
    let r = admin.put(&format!("{packs}/de-DE"), pack);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["prompts"]["vm_not_available"]["ms"], 1500);
    let list = admin.get(packs);
    assert_eq!(
        list.data(),
        json!([{"language": "de-de", "prompts": 2, "bytes": 2 * (44 + 24_000)}])
    );

    create_device(&admin, "3000", "pw-3000-secret");
    let vmbox = id_of(&admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Vertrieb", "mailbox": "700", "language": "de-de"}),
    ));
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["700"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    let account = format!(
        "<sip:3000@127.0.0.1:{}>;auth_pass=pw-3000-secret;regint=0",
        pbx.sip.port()
    );
    let mut caller = Agent::start("caller-3000", &account, &tone_samples(&[(0.0, 6.0)]), &[]);
    caller.command("/dial 700");
    check(caller.wait_for("Call established", Some("terminated"), WAIT));
    // Greeting, beep, then the caller's silence ends the recording and the box hangs up.
    check(caller.wait_for("terminated", None, WAIT));
    let path = caller.last_recording().expect("a recording of the call");
    let deadline = Instant::now() + Duration::from_secs(5);
    let heard = loop {
        match read_wav(&path) {
            Ok(s) if s.len() >= 3 * RATE as usize => break s,
            other if Instant::now() > deadline => panic!("recording: {:?}", other.map(|s| s.len())),
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    assert_heard("caller", &heard, [1000.0, 1800.0], [600.0, 1500.0]);

    // Removed, the pack is gone from the list.
    assert_eq!(admin.delete(&format!("{packs}/de-de")).status, 200);
    assert_eq!(admin.get(packs).data(), json!([]));
}
