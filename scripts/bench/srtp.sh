#!/usr/bin/env bash
# SRTP cost in the media relay: opening a 172-byte SRTP packet from one leg and sealing it for
# the other (both legs SRTP, the worst case) vs one loopback UDP send + receive of the same
# packet (what every relayed packet costs anyway), same run, pinned to CPU 1. About 5 s.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
cargo build --release --quiet -p edgepbx-relay --example srtp_cost
exec taskset -c 1 "${CARGO_TARGET_DIR:-$root/target}/release/examples/srtp_cost"
