//! The simulated board's control interface for end-to-end tests: a TCP listener on loopback
//! taking one text command per line and answering one line. Ports are named as on the box,
//! `fxs1`, `fxs2`...
//!
//! ```text
//! phones on FXS ports:
//! offhook fxs1 | onhook fxs1 | flash fxs1 MS | dtmf fxs1 DIGITS | pulse fxs1 DIGITS
//! say fxs1 TONE|-           speak a tone spec ("1000", "697+1209") or silence
//! hears fxs1 FREQ MS        -> "share 0.95": share of the last MS with FREQ
//! level fxs1 FREQ MS        -> "level -23.5": dB (of full scale) of FREQ in the last MS
//! firsttone fxs1 FREQ       -> "firsttone MS": ms from the phone's last off-hook to the
//!                           first frame it heard FREQ in (dial tone), or "none"
//! callerid fxs1             -> "callerid NUMBER NAME..." or "none"
//! rings fxs1                -> "rings N"
//! mwi fxs1                  -> "mwi on" / "mwi off" / "none": the last FSK MWI the phone got
//! offhook? fxs1             -> "yes" / "no"
//! feed fxs1                 -> "feed Some(Active(Forward))": the line feed the port applies
//! jack fxs1                 -> "ok", then the connection is raw line audio (see sim_jack.rs)
//! exchanges on FXO ports:
//! ring fxo1 NUMBER [NAME]   an outside caller rings the line (caller ID in the country's way)
//! giveup fxo1               the outside caller hangs up before an answer
//! say fxo1 TONE|- / hears fxo1 FREQ MS     the far party speaks / listens
//! hangup fxo1 busy|loop|polarity           the far party hangs up this way
//! outcome fxo1 answer|reverse|busy [RING_MS]   what a number dialled out on the line does:
//!                           answers (after ringing RING_MS), answers with a polarity
//!                           reversal (answer supervision), or is busy
//! dialtone fxo1 on|off      off: the exchange gives loop current but no dial tone
//! dialled fxo1              -> "dialled NUMBER" or "none"
//! answered? fxo1            -> "yes" / "no": the box answered the ringing line
//! seized? fxo1              -> "yes" / "no": the box holds the line off hook
//! talking? fxo1             -> "yes" / "no": the far party is on the line
//! unplug fxo1 | plug fxo1
//! sipaddr fxo1              -> the line's gateway SIP address (for the account's resources)
//! ```

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use edgepbx_board::cid::{CallerId, CidMessage};
use edgepbx_board::line::{LineInterface, Millis, PortId, PortKind, ports_of_kind};
use edgepbx_board::sim::SimBoard;
use edgepbx_board::sim::central_office::{HangupBy, Outcome};
use edgepbx_board::sim::phone::Phone;

/// Longest command line accepted.
const MAX_LINE: usize = 256;
/// Control connections served at once (a test's command connection and its jacks).
const MAX_CONNECTIONS: usize = 8;

pub fn listen(
    board: Arc<Mutex<SimBoard>>,
    gateways: Vec<SocketAddr>,
) -> Result<SocketAddr, String> {
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("sim board control: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    std::thread::Builder::new()
        .name("sim-board".into())
        .spawn(move || {
            let open = Arc::new(AtomicUsize::new(0));
            for stream in listener.incoming().flatten() {
                if open.load(Ordering::Relaxed) >= MAX_CONNECTIONS {
                    let _ = writeln!(&stream, "error: too many control connections");
                    continue;
                }
                open.fetch_add(1, Ordering::Relaxed);
                let (board, gateways, open) = (board.clone(), gateways.clone(), open.clone());
                let spawned = std::thread::Builder::new()
                    .name("sim-board-conn".into())
                    .spawn(move || {
                        if let Err(e) = serve(stream, &board, &gateways) {
                            tracing::debug!(error = %e, "sim board control connection");
                        }
                        open.fetch_sub(1, Ordering::Relaxed);
                    });
                if spawned.is_err() {
                    // The connection went with the closure; nothing is served.
                    tracing::warn!("sim board control: no thread for a connection");
                }
            }
        })
        .map_err(|e| format!("sim board control: {e}"))?;
    Ok(addr)
}

fn serve(
    stream: TcpStream,
    board: &Mutex<SimBoard>,
    gateways: &[SocketAddr],
) -> std::io::Result<()> {
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
        if let Some(port) = line.trim().strip_prefix("jack ") {
            return plug_jack(board, port.trim(), reader, out);
        }
        let answer = if !line.ends_with('\n') {
            writeln!(out, "error: line too long")?;
            return Ok(());
        } else {
            match board.lock() {
                Ok(mut b) => command(&mut b, gateways, line.trim()),
                Err(_) => "error: board unavailable".into(),
            }
        };
        writeln!(out, "{answer}")?;
    }
}

/// `jack fxsN`: this connection becomes a device on the phone's line until it closes.
fn plug_jack(
    board: &Mutex<SimBoard>,
    port: &str,
    reader: BufReader<TcpStream>,
    mut out: TcpStream,
) -> std::io::Result<()> {
    let (jack, spoken) = super::sim_jack::open(out.try_clone()?)?;
    {
        let Ok(mut b) = board.lock() else {
            return writeln!(out, "error: board unavailable");
        };
        let Some((_, id)) = port_named(&b, port, "fxs", PortKind::Fxs) else {
            return writeln!(out, "error: no FXS port '{port}' on this board (fxs1, ...)");
        };
        b.phone(id).plug(jack);
    }
    writeln!(out, "ok")?;
    super::sim_jack::speak_from(reader, spoken);
    Ok(())
}

/// The board's own notion of now is the time of its last frame.
fn command(board: &mut SimBoard, gateways: &[SocketAddr], line: &str) -> String {
    let mut words = line.split_whitespace();
    let (Some(verb), Some(port)) = (words.next(), words.next()) else {
        return "error: expected COMMAND PORT [ARGS]".into();
    };
    if let Some((n, id)) = port_named(board, port, "fxo", PortKind::Fxo) {
        let gateway = gateways.get(n as usize - 1).copied();
        return exchange_command(board, id, gateway, verb, words, line);
    }
    let Some((_, id)) = port_named(board, port, "fxs", PortKind::Fxs) else {
        return format!("error: no port '{port}' on this board (fxs1, fxo1, ...)");
    };
    let now = board.now();
    let feed = board.fxs(id).map(|f| f.feed());
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
        ("level", Some(freq)) => {
            let (Ok(freq), Some(Ok(ms))) = (freq.parse::<f32>(), words.next().map(str::parse))
            else {
                return "error: expected level PORT FREQ MS".into();
            };
            return format!("level {:.1}", phone.ears.tone_level_db(freq, ms));
        }
        ("firsttone", Some(freq)) => {
            let Ok(freq) = freq.parse::<f32>() else {
                return "error: expected firsttone PORT FREQ".into();
            };
            return phone
                .tone_after_off_hook(freq)
                .map_or("none".into(), |ms| format!("firsttone {ms}"));
        }
        ("callerid", _) => {
            return match phone.ears.caller_ids().last() {
                Some(c) => format!("callerid {} {}", c.number, c.name),
                None => "none".into(),
            };
        }
        ("rings", _) => return format!("rings {}", phone.rings.len()),
        ("mwi", _) => {
            let last = phone.ears.messages.iter().rev().find_map(|(_, m)| match m {
                CidMessage::Mwi(on) => Some(*on),
                CidMessage::CallerId(_) => None,
            });
            return match last {
                Some(true) => "mwi on".into(),
                Some(false) => "mwi off".into(),
                None => "none".into(),
            };
        }
        ("offhook?", _) => return if phone.is_off_hook() { "yes" } else { "no" }.into(),
        ("feed", _) => return format!("feed {:?}", feed),
        _ => return format!("error: unknown or incomplete command '{line}'"),
    }
    "ok".into()
}

/// A command for the exchange behind an FXO port.
fn exchange_command<'a>(
    board: &mut SimBoard,
    id: PortId,
    gateway: Option<SocketAddr>,
    verb: &str,
    mut words: impl Iterator<Item = &'a str>,
    line: &str,
) -> String {
    let now = board.now();
    let Some(co) = board.central_office(id) else {
        return "error: not an FXO port".into();
    };
    match (verb, words.next()) {
        ("ring", Some(number)) if number.chars().all(|c| c.is_ascii_digit() || c == '+') => {
            let name = words.collect::<Vec<_>>().join(" ");
            let cid = CallerId {
                number: number.to_string(),
                name,
                datetime: jiff::Timestamp::now().strftime("%m%d%H%M").to_string(),
            };
            co.call_in(now, Some(cid));
        }
        ("giveup", _) => co.caller_gives_up(now),
        ("say", Some("-")) => co.say(None),
        ("say", Some(tone)) => co.say(Some(tone)),
        ("hears", Some(freq)) => {
            let (Ok(freq), Some(Ok(ms))) = (freq.parse::<f32>(), words.next().map(str::parse))
            else {
                return "error: expected hears PORT FREQ MS".into();
            };
            return format!("share {:.2}", co.ears.tone_share(freq, ms));
        }
        ("hangup", Some(how)) => {
            let by = match how {
                "busy" => HangupBy::BusyTone,
                "loop" => HangupBy::LoopDrop,
                "polarity" => HangupBy::PolarityReversal,
                _ => return format!("error: hangup '{how}' is not busy, loop or polarity"),
            };
            co.hang_up(now, by);
        }
        ("outcome", Some(what)) => {
            co.outcome = match what {
                "answer" | "reverse" => Outcome::Answer {
                    reverse_on_answer: what == "reverse",
                },
                "busy" => Outcome::Busy,
                _ => return format!("error: outcome '{what}' is not answer, reverse or busy"),
            };
            co.ring_ms = match words.next().map(str::parse::<Millis>) {
                None => 0,
                Some(Ok(ms)) => ms,
                Some(Err(_)) => return "error: ring time is not milliseconds".into(),
            };
        }
        ("dialtone", Some(on @ ("on" | "off"))) => co.set_silent(on == "off"),
        ("dialled", _) => {
            return match co.dialled.last() {
                Some(n) => format!("dialled {n}"),
                None => "none".into(),
            };
        }
        ("answered?", _) => return if co.answered { "yes" } else { "no" }.into(),
        ("seized?", _) => return if co.is_seized() { "yes" } else { "no" }.into(),
        ("talking?", _) => return if co.is_talking() { "yes" } else { "no" }.into(),
        ("unplug", _) => co.plug(false),
        ("plug", _) => co.plug(true),
        ("sipaddr", _) => {
            return gateway.map_or("error: no gateway".into(), |g| format!("sipaddr {g}"));
        }
        _ => return format!("error: unknown or incomplete command '{line}'"),
    }
    "ok".into()
}

/// The port called `fxsN` / `fxoN` (1-based per kind), with its number.
fn port_named(board: &SimBoard, name: &str, prefix: &str, kind: PortKind) -> Option<(u8, PortId)> {
    let n: u8 = name.strip_prefix(prefix)?.parse().ok()?;
    ports_of_kind(board.ports(), kind).find(|(k, _)| *k == n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use edgepbx_board::profile::profile;

    #[test]
    fn commands_drive_the_board_and_bad_ones_are_errors_naming_the_problem() {
        let mut board = SimBoard::new(1, 1, profile("us").unwrap());
        let gw: SocketAddr = "127.0.0.2:40000".parse().unwrap();
        let mut run = |line: &str| command(&mut board, &[gw], line);
        assert_eq!(run("firsttone fxs1 350"), "none", "never off hook yet");
        assert_eq!(run("offhook fxs1"), "ok");
        assert_eq!(run("sipaddr fxo1"), "sipaddr 127.0.0.2:40000");
        assert_eq!(run("dialled fxo1"), "none");
        assert_eq!(run("outcome fxo1 reverse 3000"), "ok");
        assert_eq!(run("dialtone fxo1 off"), "ok");
        for (bad, says) in [
            ("offhook", "expected COMMAND PORT"),
            ("offhook fxs3", "no port 'fxs3'"),
            ("flash fxs1 soon", "flash time 'soon'"),
            ("dtmf fxs1 12x", "unknown or incomplete"),
            ("hears fxs1 350", "expected hears"),
            ("firsttone fxs1 loud", "expected firsttone"),
            ("level fxs1 350 x", "expected level"),
            ("hangup fxo1 gently", "hangup 'gently'"),
            ("outcome fxo1 maybe", "outcome 'maybe'"),
            ("outcome fxo1 reverse soon", "ring time"),
            ("dialtone fxo1 loud", "unknown or incomplete"),
            ("ring fxo1 call-me", "unknown or incomplete"),
            ("juggle fxo1", "unknown or incomplete"),
        ] {
            let answer = run(bad);
            assert!(
                answer.starts_with("error") && answer.contains(says),
                "{bad}: {answer}"
            );
        }
    }
}
