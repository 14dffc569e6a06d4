//! PIN lockout across calls: wrong voicemail PINs are counted on the box
//! (`pvt_pin_failures`); after `LOCK_AFTER` in a row the box refuses every PIN for
//! `LOCK_SECS` (`pvt_pin_locked_until`, Unix seconds), so a PIN cannot be guessed by calling
//! again and again. A right PIN clears the count. Counted by read-modify-write, so calls
//! guessing at once all count.

use edgepbx_store::lenient;
use serde_json::{Value, json};

use crate::flow::context::Cx;
use crate::flow::data::edit_existing;

pub const LOCK_AFTER: u64 = 10;
pub const LOCK_SECS: u64 = 15 * 60;

const FAILURES: &str = "pvt_pin_failures";
const LOCKED_UNTIL: &str = "pvt_pin_locked_until";

/// Whether the box refuses PINs at `now_unix`.
pub fn locked(vmbox: &Value, now_unix: u64) -> bool {
    lenient::u64_at(vmbox, LOCKED_UNTIL).is_some_and(|until| until > now_unix)
}

pub fn failed(cx: &Cx, box_id: &str) {
    let now = cx.now.unix;
    let count = move |b: &mut Value| {
        let n = lenient::u64_at(b, FAILURES).unwrap_or(0) + 1;
        if n >= LOCK_AFTER {
            b[LOCKED_UNTIL] = json!(now + LOCK_SECS);
            if let Some(m) = b.as_object_mut() {
                m.remove(FAILURES);
            }
            tracing::warn!(
                lock_secs = LOCK_SECS,
                "voicemail box locked after {n} wrong PINs"
            );
        } else {
            b[FAILURES] = json!(n);
        }
        true
    };
    cx.data
        .update(&cx.call.account, "vmboxes", box_id, edit_existing(count));
}

/// A right PIN: the count starts again (also failures of this call not stored yet: the
/// edit runs on the box as stored, and writes nothing when there is no count).
pub fn succeeded(cx: &Cx, box_id: &str) {
    let clear = |b: &mut Value| b.as_object_mut().and_then(|m| m.remove(FAILURES)).is_some();
    cx.data
        .update(&cx.call.account, "vmboxes", box_id, edit_existing(clear));
}
