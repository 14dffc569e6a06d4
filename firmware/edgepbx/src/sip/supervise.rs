//! The SIP runtime never lingers half-alive. The engine catches panics in its own work
//! (`Engine::survive`), so its lock is taken with [`lock_engine`], which carries on past a
//! poisoned lock instead of leaving SIP dead while HTTP goes on. Runtime threads run under
//! [`spawn_supervised`]: one that panics is restarted, and one that keeps panicking ends the
//! process with an error, for the service manager to start the box again.

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use edgepbx_sip::engine::Engine;

/// More restarts than this within [`RESTART_WINDOW`] end the process.
const MAX_RESTARTS: usize = 5;
const RESTART_WINDOW: Duration = Duration::from_secs(60);
/// The exit code then (EX_SOFTWARE).
const EXIT_CODE: i32 = 70;

/// The engine, even when a panic elsewhere poisoned its lock.
pub fn lock_engine(engine: &Mutex<Engine>) -> MutexGuard<'_, Engine> {
    recover(engine)
}

fn recover<T>(lock: &Mutex<T>) -> MutexGuard<'_, T> {
    lock.lock().unwrap_or_else(|poisoned| {
        tracing::error!(
            "a panic happened while the SIP engine was locked; carrying on with its state"
        );
        lock.clear_poison();
        poisoned.into_inner()
    })
}

/// Runs `body` on a thread named `name`. When `body` returns, the thread ends (shutdown);
/// when it panics, it runs again, unless that happened more than [`MAX_RESTARTS`] times
/// within [`RESTART_WINDOW`]: then the process exits with code 70.
pub fn spawn_supervised(
    name: &str,
    mut body: impl FnMut() + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    let thread = name.to_string();
    std::thread::Builder::new()
        .name(name.into())
        .spawn(move || {
            let mut restarts = Restarts::default();
            while let Err(payload) = catch_unwind(AssertUnwindSafe(&mut body)) {
                let panic = edgepbx_sip::engine::panic_message(payload.as_ref());
                if !restarts.allow(Instant::now()) {
                    tracing::error!(%thread, panic, "a runtime thread keeps panicking; exiting for the service manager to restart edgepbx");
                    std::process::exit(EXIT_CODE);
                }
                tracing::error!(%thread, panic, "a runtime thread panicked; restarting it");
                std::thread::sleep(Duration::from_millis(100));
            }
        })
}

/// When the recent restarts were.
#[derive(Default)]
struct Restarts(VecDeque<Instant>);

impl Restarts {
    /// Records a restart at `now`; false once there were too many lately.
    fn allow(&mut self, now: Instant) -> bool {
        while self
            .0
            .front()
            .is_some_and(|t| now.duration_since(*t) > RESTART_WINDOW)
        {
            self.0.pop_front();
        }
        self.0.push_back(now);
        self.0.len() <= MAX_RESTARTS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[test]
    fn a_panicking_thread_runs_again_until_it_returns() {
        let runs = Arc::new(AtomicU32::new(0));
        let counted = runs.clone();
        let handle = spawn_supervised("test-supervised", move || {
            if counted.fetch_add(1, Ordering::SeqCst) < 2 {
                panic!("injected");
            }
        })
        .unwrap();
        handle.join().unwrap();
        assert_eq!(runs.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn too_many_restarts_in_a_window_are_refused() {
        let mut r = Restarts::default();
        let t0 = Instant::now();
        for i in 0..MAX_RESTARTS {
            assert!(r.allow(t0 + Duration::from_secs(i as u64)));
        }
        assert!(!r.allow(t0 + Duration::from_secs(10)));
        // Long after, restarts are allowed again.
        assert!(r.allow(t0 + RESTART_WINDOW * 3));
    }

    #[test]
    fn a_poisoned_lock_is_taken_anyway() {
        let engine = Arc::new(Mutex::new(7u32));
        let poisoner = engine.clone();
        let _ = std::thread::spawn(move || {
            let _guard = poisoner.lock().unwrap();
            panic!("injected while locked");
        })
        .join();
        assert!(engine.is_poisoned());
        assert_eq!(*recover(&engine), 7);
        assert!(!engine.is_poisoned());
    }
}
