#!/usr/bin/env bash
# Short fuzz run of the media RTP and WAV readers (cargo-fuzz, nightly). Not wired into CI.
# Usage: scripts/fuzz-media.sh [seconds per target, default 30]
set -euo pipefail
cd "$(dirname "$0")/../firmware/media/fuzz"
secs="${1:-30}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
for t in rtp wav; do
  mkdir -p "corpus/$t"
  cargo +nightly fuzz run "$t" "corpus/$t" "seeds/$t" -- -max_total_time="$secs" -max_len=2048
done
