#!/usr/bin/env bash
# Media engine benchmark: per-20 ms-frame cost of codecs, transcoding, detectors, mixer and
# jitter buffer, as ns and as a ratio to a memcpy of the same frame, plus capacity per core.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -p edgepbx-media --example bench
bin="${CARGO_TARGET_DIR:-target}/release/examples/bench"
if command -v taskset >/dev/null; then taskset -c 1 "$bin"; else "$bin"; fi
