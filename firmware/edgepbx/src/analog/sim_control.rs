//! The simulated board's control interface for end-to-end tests: a TCP listener on loopback
//! taking one text command per line and answering one line. Ports are named as on the box,
//! `fxs1`, `fxs2`...
//!
//! ```text
//! offhook fxs1 | onhook fxs1 | flash fxs1 MS | dtmf fxs1 DIGITS | pulse fxs1 DIGITS
//! say fxs1 TONE|-           speak a tone spec ("1000", "697+1209") or silence
//! hears fxs1 FREQ MS        -> "share 0.95": share of the last MS with FREQ
//! callerid fxs1             -> "callerid NUMBER NAME..." or "none"
//! rings fxs1                -> "rings N"
//! offhook? fxs1             -> "yes" / "no"
//! ```

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use edgepbx_board::line::{LineInterface, Millis, PortId, PortKind, ports_of_kind};
use edgepbx_board::sim::SimBoard;
use edgepbx_board::sim::phone::Phone;

/// Longest command line accepted.
const MAX_LINE: usize = 256;

pub fn listen(board: Arc<Mutex<SimBoard>>) -> Result<SocketAddr, String> {
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("sim board control: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    std::thread::Builder::new()
        .name("sim-board".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                if let Err(e) = serve(stream, &board) {
                    tracing::debug!(error = %e, "sim board control connection");
                }
            }
        })
        .map_err(|e| format!("sim board control: {e}"))?;
    Ok(addr)
}

fn serve(stream: TcpStream, board: &Mutex<SimBoard>) -> std::io::Result<()> {
    let mut out = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    loop {
        line.clear();
        if (&mut reader)
            .take(MAX_LINE as u64 + 1)
            .read_line(&mut line)?
            == 0
        {
            return Ok(());
        }
        let answer = if !line.ends_with('\n') {
            writeln!(out, "error: line too long")?;
            return Ok(());
        } else {
            match board.lock() {
                Ok(mut b) => command(&mut b, line.trim()),
                Err(_) => "error: board unavailable".into(),
            }
        };
        writeln!(out, "{answer}")?;
    }
}

/// The board's own notion of now is the time of its last frame.
fn command(board: &mut SimBoard, line: &str) -> String {
    let mut words = line.split_whitespace();
    let (Some(verb), Some(port)) = (words.next(), words.next()) else {
        return "error: expected COMMAND PORT [ARGS]".into();
    };
    let Some(id) = fxs_port(board, port) else {
        return format!("error: no port '{port}' on this board (fxs1, fxs2, ...)");
    };
    let now = board.now();
    let phone: &mut Phone = board.phone(id);
    let arg = words.next();
    match (verb, arg) {
        ("offhook", _) => phone.off_hook(now),
        ("onhook", _) => phone.on_hook(now),
        ("flash", Some(ms)) => match ms.parse::<Millis>() {
            Ok(ms) => phone.flash(now, ms),
            Err(_) => return format!("error: flash time '{ms}' is not milliseconds"),
        },
        ("dtmf", Some(d)) if d.chars().all(|c| "0123456789*#ABCD".contains(c)) => {
            phone.dial_dtmf(d)
        }
        ("pulse", Some(d)) if d.chars().all(|c| c.is_ascii_digit()) => phone.dial_pulse(now, d),
        ("say", Some("-")) => phone.say(None),
        ("say", Some(tone)) => phone.say(Some(tone)),
        ("hears", Some(freq)) => {
            let (Ok(freq), Some(Ok(ms))) = (freq.parse::<f32>(), words.next().map(str::parse))
            else {
                return "error: expected hears PORT FREQ MS".into();
            };
            return format!("share {:.2}", phone.ears.tone_share(freq, ms));
        }
        ("callerid", _) => {
            return match phone.ears.caller_ids().last() {
                Some(c) => format!("callerid {} {}", c.number, c.name),
                None => "none".into(),
            };
        }
        ("rings", _) => return format!("rings {}", phone.rings.len()),
        ("offhook?", _) => return if phone.is_off_hook() { "yes" } else { "no" }.into(),
        _ => return format!("error: unknown or incomplete command '{line}'"),
    }
    "ok".into()
}

fn fxs_port(board: &SimBoard, name: &str) -> Option<PortId> {
    let n: u8 = name.strip_prefix("fxs")?.parse().ok()?;
    ports_of_kind(board.ports(), PortKind::Fxs)
        .find(|(k, _)| *k == n)
        .map(|(_, id)| id)
}
