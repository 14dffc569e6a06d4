//! The simulated analog board of a running box (`--board sim:...`), driven through its
//! control socket: the scripted phones on the FXS ports.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

pub struct SimBoard {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    addr: String,
}

impl SimBoard {
    /// Connects to the board of the box whose data directory is `data`.
    pub fn connect(data: &Path) -> SimBoard {
        let file = data.join("sim-board.addr");
        let deadline = Instant::now() + Duration::from_secs(10);
        let addr = loop {
            if let Ok(a) = std::fs::read_to_string(&file) {
                break a.trim().to_string();
            }
            assert!(Instant::now() < deadline, "no {}", file.display());
            std::thread::sleep(Duration::from_millis(50));
        };
        let writer = TcpStream::connect(&addr).expect("sim board control");
        SimBoard {
            addr,
            reader: BufReader::new(writer.try_clone().unwrap()),
            writer,
        }
    }

    /// One command, its one-line answer.
    pub fn cmd(&mut self, line: &str) -> String {
        writeln!(self.writer, "{line}").expect("sim board write");
        let mut answer = String::new();
        self.reader.read_line(&mut answer).expect("sim board read");
        let answer = answer.trim().to_string();
        assert!(!answer.starts_with("error"), "{line}: {answer}");
        answer
    }

    /// A new connection plugged into the line of the phone on `port` (`jack fxsN`): from
    /// here on it carries the line's audio both ways, 10 ms frames of 16-bit 8 kHz samples.
    pub fn jack(&self, port: &str) -> TcpStream {
        self.try_jack(port)
            .unwrap_or_else(|e| panic!("jack {port}: {e}"))
    }

    /// [`SimBoard::jack`], or the board's error answer.
    pub fn try_jack(&self, port: &str) -> Result<TcpStream, String> {
        let mut stream = TcpStream::connect(&self.addr).expect("sim board control");
        writeln!(stream, "jack {port}").expect("sim board write");
        // Byte by byte: nothing after the answer's line may be taken from the stream.
        let mut answer = Vec::new();
        let mut byte = [0u8; 1];
        while byte[0] != b'\n' {
            std::io::Read::read_exact(&mut stream, &mut byte).expect("sim board read");
            answer.push(byte[0]);
        }
        match answer.as_slice() {
            b"ok\n" => Ok(stream),
            _ => Err(String::from_utf8_lossy(&answer).trim().to_string()),
        }
    }

    /// Share of the last `ms` in which the phone on `port` heard `freq`.
    pub fn hears(&mut self, port: &str, freq: f64, ms: u64) -> f64 {
        let a = self.cmd(&format!("hears {port} {freq} {ms}"));
        a.strip_prefix("share ")
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("hears: {a}"))
    }

    /// Level of `freq` in dB of full scale over the last `ms` on `port`'s phone.
    pub fn level(&mut self, port: &str, freq: f64, ms: u64) -> f64 {
        let a = self.cmd(&format!("level {port} {freq} {ms}"));
        a.strip_prefix("level ")
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("level: {a}"))
    }

    /// Polls `f` until it holds, every 50 ms, for at most `timeout`.
    pub fn wait(
        &mut self,
        what: &str,
        timeout: Duration,
        mut f: impl FnMut(&mut SimBoard) -> bool,
    ) {
        let deadline = Instant::now() + timeout;
        while !f(self) {
            assert!(Instant::now() < deadline, "{what}: not within {timeout:?}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A device owning analog port `port` ("fxs1") with a callflow ringing it at `number`;
/// returns its id.
pub fn analog_device(admin: &super::Client, port: &str, number: &str) -> String {
    let device = super::id_of(&admin.put(
        &admin.url("devices"),
        serde_json::json!({"name": format!("Analog {port}"), "device_type": "ata", "analog_port": port,
               "sip": {"username": format!("{port}line"), "password": format!("{port}-secret-9")}}),
    ));
    super::id_of(&admin.put(
        &admin.url("callflows"),
        serde_json::json!({"numbers": [number], "flow": {"module": "device", "data": {"id": device}, "children": {}}}),
    ));
    device
}
