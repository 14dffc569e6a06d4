//! A panic stays inside the message, timer or result that caused it: the engine's entry
//! points run their work through [`Engine::survive`], which catches it, logs it, tears down
//! the calls it hit (see `call::wreck`) and lets the engine go on with everything else.

use std::panic::{AssertUnwindSafe, catch_unwind};

use super::{Engine, Now, call};

impl Engine {
    /// Runs `f` on the engine; false when it panicked (and was cleaned up after).
    pub(in crate::engine) fn survive(
        &mut self,
        now: Now,
        what: &dyn std::fmt::Display,
        f: impl FnOnce(&mut Engine),
    ) -> bool {
        let Err(payload) = catch_unwind(AssertUnwindSafe(|| f(self))) else {
            return true;
        };
        self.panics += 1;
        let wrecks = call::take_wrecks();
        tracing::error!(
            while_handling = %what,
            panic = panic_message(payload.as_ref()),
            calls = wrecks.len(),
            "caught a panic in the SIP engine; its calls are torn down, the engine goes on"
        );
        for wreck in wrecks {
            let id = wreck.id;
            if catch_unwind(AssertUnwindSafe(|| self.clear_wreck(now, wreck))).is_err() {
                call::take_wrecks();
                self.forget_call(id);
            }
        }
        false
    }

    /// How many panics the engine has caught since it started.
    pub fn panics_caught(&self) -> u64 {
        self.panics
    }
}

/// The text of a panic's payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)")
}
