//! Arbitrary bodies of PUT/POST/PATCH for devices, users, callflows, vmboxes and resources
//! through `Api::handle` (see `harness.rs`): no 5xx, always a JSON answer.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "../harness.rs"]
mod harness;

static HARNESS: OnceLock<harness::Harness> = OnceLock::new();

fuzz_target!(|data: &[u8]| HARNESS.get_or_init(harness::Harness::new).run(data));
