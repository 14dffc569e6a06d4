//! `edgepbx selftest`: proves a build works on the machine it runs on (a cross-built ARM binary
//! under qemu-user in CI, or a box after flashing) by running the parts most likely to break on
//! another architecture or libc: the SIP parser and writer, the store on disk, a TLS handshake
//! with the box's own certificate code, the codecs and DTMF detector, and text to speech.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use edgepbx_media::codec::{G722Decoder, G722Encoder, g711};
use edgepbx_media::dsp::dtmf_detect::DtmfDetector;
use edgepbx_media::dsp::dtmf_gen::DtmfGenerator;
use edgepbx_sip::message::{HeaderName, parse::parse, writer::Writer};
use edgepbx_store::Store;
use serde_json::json;

type Check = fn(&Path) -> Result<String, String>;

const CHECKS: [(&str, Check); 5] = [
    ("sip", sip_round_trip),
    ("store", store_round_trip),
    ("tls", tls_handshake),
    ("codecs", codecs_round_trip),
    ("tts", speech_render),
];

/// Runs every check, printing one line each; fails if any failed.
pub fn run() -> Result<(), String> {
    let dir = TempDir::new()?;
    let mut failed = Vec::new();
    for (name, check) in CHECKS {
        match check(&dir.0) {
            Ok(detail) => println!("ok     {name}: {detail}"),
            Err(e) => {
                println!("FAILED {name}: {e}");
                failed.push(name);
            }
        }
    }
    println!(
        "selftest on {}-{}: {} of {} checks passed",
        std::env::consts::ARCH,
        if cfg!(target_env = "musl") {
            "musl"
        } else {
            "gnu"
        },
        CHECKS.len() - failed.len(),
        CHECKS.len()
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("selftest failed: {}", failed.join(", ")))
    }
}

/// A REGISTER written by the box's writer, parsed back, and a malformed one refused.
fn sip_round_trip(_: &Path) -> Result<String, String> {
    let mut w = Writer::request("REGISTER", "sip:office.local");
    w.header("Via", "SIP/2.0/UDP 192.0.2.7:5060;branch=z9hG4bKself1")
        .header("From", "<sip:101@office.local>;tag=a1")
        .header("To", "<sip:101@office.local>")
        .header("Call-ID", "selftest@192.0.2.7")
        .header("CSeq", "7 REGISTER")
        .header("Contact", "<sip:101@192.0.2.7:5060>")
        .header("Expires", 300)
        .header("Max-Forwards", 70);
    let bytes = w.finish_empty();
    let m =
        parse(&bytes).map_err(|e| format!("own REGISTER refused: {} {}", e.status, e.reason))?;
    let cseq = m.cseq().ok_or("no CSeq")?;
    if m.method_str() != "REGISTER"
        || m.call_id() != "selftest@192.0.2.7"
        || cseq.number != 7
        || m.expires() != Some(300)
        || m.header(HeaderName::MaxForwards) != Some("70")
        || m.contacts().count() != 1
    {
        return Err(format!(
            "fields read back wrong from {:?}",
            String::from_utf8_lossy(&bytes)
        ));
    }
    let bad =
        b"REGISTER sip:office.local SIP/2.0\r\nCSeq: x REGISTER\r\nContent-Length: 99\r\n\r\n";
    match parse(bad) {
        Ok(_) => Err("a message with a body shorter than Content-Length was accepted".into()),
        Err(e) if e.status == 400 => Ok(format!("{} bytes parsed, bad one refused", bytes.len())),
        Err(e) => Err(format!("bad message got {} instead of 400", e.status)),
    }
}

/// A document written durably, read back, and still there after the store is reopened.
fn store_round_trip(dir: &Path) -> Result<String, String> {
    let path = dir.join("selftest.redb");
    let doc = json!({"name": "selftest", "numbers": ["101"], "pvt_type": "user"});
    {
        let store = Store::open(&path).map_err(|e| format!("open: {e}"))?;
        let d = doc.clone();
        store
            .write(move |tx| tx.create("acct", "users", "u1", d.clone()))
            .map_err(|e| format!("write: {e}"))?;
    }
    let store = Store::open(&path).map_err(|e| format!("reopen: {e}"))?;
    let back = store
        .get("acct", "users", "u1")
        .map_err(|e| format!("read: {e}"))?
        .ok_or("document lost across reopen")?;
    if back.get("name") != doc.get("name") || back.get("numbers") != doc.get("numbers") {
        return Err(format!("read back {back}"));
    }
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    Ok(format!("write, reopen, read ({size} byte file)"))
}

/// The box's self-signed certificate made by its own code, and a client trusting it that
/// completes a handshake and exchanges bytes, all in memory.
fn tls_handshake(dir: &Path) -> Result<String, String> {
    use rustls::pki_types::{CertificateDer, ServerName};
    use std::io::{Read, Write};

    let server_config = crate::tls::server_config(dir, "selftest.local")?;
    let pem = std::fs::read(dir.join("tls/cert.pem")).map_err(|e| e.to_string())?;
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
        let cert: CertificateDer = cert.map_err(|e| e.to_string())?;
        roots.add(cert).map_err(|e| e.to_string())?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let client_config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = ServerName::try_from("selftest.local").map_err(|e| e.to_string())?;
    let mut client =
        rustls::ClientConnection::new(Arc::new(client_config), name).map_err(|e| e.to_string())?;
    let mut server = rustls::ServerConnection::new(server_config).map_err(|e| e.to_string())?;
    client
        .writer()
        .write_all(b"ping")
        .map_err(|e| e.to_string())?;
    let mut received = Vec::new();
    for _ in 0..16 {
        let mut wire = Vec::new();
        client.write_tls(&mut wire).map_err(|e| e.to_string())?;
        server
            .read_tls(&mut wire.as_slice())
            .map_err(|e| e.to_string())?;
        server
            .process_new_packets()
            .map_err(|e| format!("server: {e}"))?;
        let mut buf = [0u8; 16];
        if let Ok(n) = server.reader().read(&mut buf) {
            received.extend_from_slice(&buf[..n]);
        }
        wire.clear();
        server.write_tls(&mut wire).map_err(|e| e.to_string())?;
        client
            .read_tls(&mut wire.as_slice())
            .map_err(|e| e.to_string())?;
        client
            .process_new_packets()
            .map_err(|e| format!("client: {e}"))?;
        if received == b"ping" && !client.is_handshaking() {
            let suite = client
                .negotiated_cipher_suite()
                .map(|s| format!("{:?}", s.suite()))
                .unwrap_or_default();
            return Ok(format!("{:?} {suite}", client.protocol_version().unwrap()));
        }
    }
    Err("handshake did not complete".into())
}

/// G.711 both laws and G.722 keep a tone recognisable, and DTMF generated then encoded and
/// decoded with µ-law is detected digit for digit.
fn codecs_round_trip(_: &Path) -> Result<String, String> {
    let tone: Vec<i16> = (0..1600)
        .map(|i| ((i as f32 * 2.0 * std::f32::consts::PI * 440.0 / 8000.0).sin() * 8000.0) as i16)
        .collect();
    let mut bytes = vec![0u8; tone.len()];
    let mut back = vec![0i16; tone.len()];
    g711::encode_ulaw(&tone, &mut bytes);
    g711::decode_ulaw(&bytes, &mut back);
    check_close("PCMU", &tone, &back)?;
    g711::encode_alaw(&tone, &mut bytes);
    g711::decode_alaw(&bytes, &mut back);
    check_close("PCMA", &tone, &back)?;

    // G.722 at 16 kHz delays the signal by its QMF filters: compare energy, not samples.
    let wide: Vec<i16> = (0..3200)
        .map(|i| ((i as f32 * 2.0 * std::f32::consts::PI * 440.0 / 16000.0).sin() * 8000.0) as i16)
        .collect();
    let mut coded = vec![0u8; wide.len() / 2];
    let n = G722Encoder::new().encode(&wide, &mut coded);
    let mut wide_back = vec![0i16; wide.len()];
    let m = G722Decoder::new().decode(&coded[..n], &mut wide_back);
    let energy = |s: &[i16]| s.iter().map(|&x| (x as f64).powi(2)).sum::<f64>() / s.len() as f64;
    let ratio = energy(&wide_back[m / 2..m]) / energy(&wide[m / 2..m]);
    if !(0.5..2.0).contains(&ratio) {
        return Err(format!("G.722 changed the tone's energy by {ratio:.2}x"));
    }

    let mut generator = DtmfGenerator::new(8000);
    generator.queue("159#", 80, 80, -10.0);
    let mut pcm = Vec::new();
    let mut frame = [0i16; 160];
    while generator.is_busy() {
        generator.fill(&mut frame);
        pcm.extend_from_slice(&frame);
    }
    let mut law = vec![0u8; pcm.len()];
    g711::encode_ulaw(&pcm, &mut law);
    g711::decode_ulaw(&law, &mut pcm);
    let mut detector = DtmfDetector::new();
    let digits: String = pcm
        .chunks(160)
        .filter_map(|frame| detector.process(frame))
        .collect();
    if digits != "159#" {
        return Err(format!("DTMF 159# came back as {digits:?}"));
    }
    Ok("PCMU, PCMA, G.722, DTMF 159# through PCMU".into())
}

/// flite (compiled into the binary) speaks a sentence: audio of a plausible length for the
/// words (about 1.5 to 6 s at 8 kHz) with speech energy, not silence.
fn speech_render(_: &Path) -> Result<String, String> {
    let text = "Welcome to the office. Please hold.";
    let audio = edgepbx_media::tts::speak(text).map_err(|e| format!("no speech: {e}"))?;
    let seconds = audio.len() as f64 / 8000.0;
    if !(1.5..6.0).contains(&seconds) {
        return Err(format!("{seconds:.2} s of audio for {text:?}"));
    }
    let loud = audio
        .chunks(160)
        .filter(|f| f.iter().any(|&x| x.unsigned_abs() > 1000))
        .count();
    let frames = audio.len().div_ceil(160);
    if loud * 3 < frames {
        return Err(format!("only {loud} of {frames} frames carry speech"));
    }
    Ok(format!(
        "{seconds:.2} s of speech, {loud} of {frames} frames voiced"
    ))
}

/// Every decoded sample within the law's quantisation step of the original.
fn check_close(codec: &str, a: &[i16], b: &[i16]) -> Result<(), String> {
    for (i, (&x, &y)) in a.iter().zip(b).enumerate() {
        let step = (x as i32).abs() / 16 + 16;
        if (x as i32 - y as i32).abs() > step {
            return Err(format!("{codec}: sample {i} was {x}, came back {y}"));
        }
    }
    Ok(())
}

/// A private directory removed when the self-test ends.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir, String> {
        let dir = std::env::temp_dir().join(format!("edgepbx-selftest-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
