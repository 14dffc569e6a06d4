//! A tiny speech-to-text service for transcription tests (python3's http.server): it
//! answers a POST of the OpenAI/whisper.cpp form (bearer `test-key`, `model`, a WAV `file`)
//! with `{"text": TRANSCRIPT}`, anything else with 400; or, hanging, never answers.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub const TRANSCRIPT: &str = "Please call me back about the invoice.";

const SERVER: &str = r#"
import http.server, json, sys, time
hang = sys.argv[1] == "hang"
transcript = sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if hang:
            time.sleep(120)
            return
        ok = (self.path == "/v1/audio/transcriptions"
              and self.headers.get("Authorization") == "Bearer test-key"
              and self.headers.get("Content-Type", "").startswith("multipart/form-data; boundary=")
              and b'name="model"' in body and b'name="file"' in body and b"RIFF" in body)
        reply = json.dumps({"text": transcript} if ok else {"error": "bad request"}).encode()
        self.send_response(200 if ok else 400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), H)
print(server.server_address[1], flush=True)
server.serve_forever()
"#;

pub struct SpeechService {
    child: Child,
    pub url: String,
}

impl SpeechService {
    /// `hang`: accept requests and never answer them.
    pub fn start(hang: bool) -> SpeechService {
        let mut child = Command::new("/usr/bin/python3")
            .args([
                "-c",
                SERVER,
                if hang { "hang" } else { "answer" },
                TRANSCRIPT,
            ])
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port: u16 = line.trim().parse().expect("the service's port");
        SpeechService {
            child,
            url: format!("http://127.0.0.1:{port}/v1/audio/transcriptions"),
        }
    }
}

impl Drop for SpeechService {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
