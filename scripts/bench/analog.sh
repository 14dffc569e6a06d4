#!/usr/bin/env bash
# Analog line benchmark (issue 19): CPU per channel per 10 ms frame of the FXS line state
# machine (talking: DTMF detection + speech copy; on dial tone: tone generation + DTMF
# detection; the line echo canceller and its ERLE) against a plain copy of the frame in the
# same run, and off-hook to dial tone in frames on the simulated board. Runs the board crate's line_frame_bench example in release.
#
#   scripts/bench/analog.sh [CHANNELS [FRAMES]]     default 8 channels, 20,000 frames (~2 s)
#
# Not part of scripts/test or CI.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
exec cargo run --quiet --release -p edgepbx-board --example line_frame_bench -- "$@"
