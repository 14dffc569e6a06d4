//! Watches the board's factory-reset button (`[factory_reset]` in the board file): the line is
//! read every 50 ms on a thread of its own, and a hold of `hold_secs` (board file; default 10)
//! requests the factory reset exactly as `edgepbx factory-reset --yes` does (the marker, then
//! this PBX stops through its control socket; the supervisor starts it again and the start
//! wipes the data directory).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use edgepbx_board::board_file::ResetButton;
use edgepbx_board::reset_button::HoldDetector;

const SAMPLE_EVERY: Duration = Duration::from_millis(50);

/// Reads the button: `Ok(true)` while pressed.
pub trait ButtonLine {
    fn pressed(&mut self) -> Result<bool, String>;
}

/// Runs `line` through the hold detector until it fires (then requests the reset and
/// returns) or the line cannot be read. `sleep` and `now_ms` are inputs for tests.
pub fn watch(
    line: &mut dyn ButtonLine,
    hold_secs: u32,
    now_ms: &mut dyn FnMut() -> u64,
    sleep: &mut dyn FnMut(Duration),
    on_hold: &mut dyn FnMut(),
) -> Result<(), String> {
    let mut detector = HoldDetector::new(hold_secs);
    loop {
        if detector.sample(now_ms(), line.pressed()?) {
            on_hold();
            return Ok(());
        }
        sleep(SAMPLE_EVERY);
    }
}

/// The line through the kernel's GPIO character device (active low: a button to ground).
struct CdevLine(gpio_cdev::LineHandle, bool);

impl ButtonLine for CdevLine {
    fn pressed(&mut self) -> Result<bool, String> {
        let v = self.0.get_value().map_err(|e| e.to_string())?;
        Ok((v == 1) != self.1)
    }
}

fn open(button: &ResetButton) -> Result<CdevLine, String> {
    use gpio_cdev::{Chip, LineRequestFlags};
    let line = Chip::new(&button.line.chip)
        .and_then(|mut c| c.get_line(button.line.line))
        .and_then(|l| l.request(LineRequestFlags::INPUT, 0, "edgepbx-factory-reset"))
        .map_err(|e| format!("factory-reset button {}: {e}", button.line))?;
    Ok(CdevLine(line, button.active_low))
}

pub fn start(button: ResetButton, data: PathBuf) -> Result<(), String> {
    let mut line = open(&button)?;
    std::thread::Builder::new()
        .name("reset-button".into())
        .spawn(move || {
            let started = Instant::now();
            let mut now_ms = || started.elapsed().as_millis() as u64;
            let mut on_hold = || {
                tracing::warn!(
                    hold_secs = button.hold_secs,
                    "factory-reset button held: wiping the data directory at the next start"
                );
                if let Err(e) = crate::factory_reset::request(&data, true) {
                    tracing::error!(%e, "factory reset from the button failed");
                }
            };
            if let Err(e) = watch(
                &mut line,
                button.hold_secs,
                &mut now_ms,
                &mut std::thread::sleep,
                &mut on_hold,
            ) {
                tracing::error!(%e, "factory-reset button no longer read");
            }
        })
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// A button pressed during `pressed_ms` of virtual time.
    struct Mock<'a> {
        now: &'a Cell<u64>,
        pressed_ms: std::ops::Range<u64>,
        fail_at: Option<u64>,
    }

    impl ButtonLine for Mock<'_> {
        fn pressed(&mut self) -> Result<bool, String> {
            let t = self.now.get();
            if self.fail_at.is_some_and(|f| t >= f) {
                return Err("line gone".into());
            }
            Ok(self.pressed_ms.contains(&t))
        }
    }

    fn run(
        pressed_ms: std::ops::Range<u64>,
        fail_at: Option<u64>,
    ) -> (Result<(), String>, Option<u64>) {
        let now = Cell::new(0);
        let fired = Cell::new(None);
        let mut line = Mock {
            now: &now,
            pressed_ms,
            fail_at,
        };
        let result = watch(
            &mut line,
            5,
            &mut || now.get(),
            &mut |d| now.set(now.get() + d.as_millis() as u64),
            &mut || fired.set(Some(now.get())),
        );
        (result, fired.get())
    }

    #[test]
    fn a_five_second_hold_requests_the_reset_once() {
        assert_eq!(run(2_000..60_000, None), (Ok(()), Some(7_000)));
    }

    #[test]
    fn a_short_press_does_nothing_and_a_dead_line_is_an_error() {
        let (result, fired) = run(2_000..6_000, Some(30_000));
        assert_eq!(fired, None);
        assert_eq!(result, Err("line gone".into()));
    }
}
