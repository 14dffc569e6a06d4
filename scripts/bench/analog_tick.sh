#!/usr/bin/env bash
# Analog frame clock under SIP load (issue 19): the 10 ms frame tick's lateness (max, p99) on an
# idle box (baseline) and with SIPp REGISTERs and calls with RTP at the same time, as ratios from
# the same run, and off-hook to dial tone in frames; the box runs the simulated board. See
# analog_tick_bench.py for what is measured and how.
#
#   scripts/bench/analog_tick.sh [options passed to analog_tick_bench.py]
#       e.g. --seconds 40 --reg-rate 1000 --cps 20 --hold-ms 5000 (the defaults)
#
# About 2.5 minutes with the defaults (plus a release build). Pins the box to CPU 1 and SIPp to
# CPU 0; everything on 127.0.0.1. Needs sipp (Debian sip-tester), taskset and 2 CPUs. Uses the
# shared SIPp scenarios unchanged (SIPP_SCENARIOS, default ../shared/bench/sipp). BENCH_SKIP_BUILD=1,
# CARGO_TARGET_DIR as for sip.sh. Writes JSON to scripts/bench/results/analog-tick-<time>.json.
# Not part of scripts/test or CI.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
scenarios=${SIPP_SCENARIOS:-$root/../shared/bench/sipp}

for tool in python3 taskset cargo sipp; do
    command -v "$tool" >/dev/null || { echo "analog_tick.sh: $tool is required (sipp: apt-get install -y sip-tester)" >&2; exit 2; }
done
if [ "$(nproc)" -lt 2 ]; then
    echo "analog_tick.sh: needs 2 CPUs (box on one, SIPp on the other)" >&2
    exit 2
fi
[ -f "$scenarios/register_auth.xml" ] || { echo "analog_tick.sh: no SIPp scenarios in $scenarios" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "analog_tick.sh: building edgepbx (release)" >&2
    (cd "$root" && CARGO_TARGET_DIR=$target cargo build --release --quiet --bin edgepbx)
fi
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
exec python3 "$here/analog_tick_bench.py" --binary "$target/release/edgepbx" --scenarios "$scenarios" "$@"
