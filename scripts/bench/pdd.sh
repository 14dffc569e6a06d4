#!/usr/bin/env bash
# Post-dial delay through a SIP provider (issue 18): what an outbound trunk route and an
# inbound DID route of the box add, at 50 calls/s, against SIPp through Kamailio alone in the
# same run.
#
#   scripts/bench/pdd.sh [options passed to pdd_bench.py]     e.g. --seconds 10 --rate 50
#
# Kamailio (Debian's kamailio, with tests/kamailio/provider.cfg) is the provider: the box (release
# build, fresh data dir, CPU 1) registers to it and sends calls out through it. Runs (SIPp,
# Kamailio, tcpdump on CPU 0): kamailio (SIPp -> Kamailio -> SIPp "PSTN"), outbound (a phone of
# the box -> box -> Kamailio -> PSTN), inbound (PSTN -> Kamailio -> box's registration -> a phone
# of the box). Delay from the caller's routed INVITE to 180 and to 200, p50/p99, per call from a
# capture on lo (microseconds); added ms and ratio against the kamailio run.
# Prints a table and writes JSON to scripts/bench/results/pdd-<time>.json. Not part of
# scripts/test or CI.
#
# Environment: PDD_BENCH_SECONDS (each run, default 20, at most 60), PDD_BENCH_RATE (default 50),
# BENCH_SKIP_BUILD=1, CARGO_TARGET_DIR (default ./target), SIPP_SCENARIOS (default
# ../shared/bench/sipp). Needs sipp, kamailio, tcpdump (root, on lo), taskset, 2 CPUs.
# Default total runtime: about 2 minutes.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
scenarios=${SIPP_SCENARIOS:-$root/../shared/bench/sipp}

for tool in python3 taskset cargo sipp kamailio tcpdump; do
    command -v "$tool" >/dev/null || { echo "pdd.sh: $tool is required (apt-get install -y sip-tester kamailio tcpdump)" >&2; exit 2; }
done
if [ "$(nproc)" -lt 2 ]; then
    echo "pdd.sh: needs 2 CPUs (box on one, the load on the other)" >&2
    exit 2
fi
[ -f "$scenarios/uas_echo.xml" ] || { echo "pdd.sh: no SIPp scenarios in $scenarios" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "pdd.sh: building edgepbx (release)" >&2
    (cd "$root" && CARGO_TARGET_DIR=$target cargo build --release --quiet --bin edgepbx)
fi

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

args=(--binary "$target/release/edgepbx" --scenarios "$scenarios"
      --seconds "${PDD_BENCH_SECONDS:-20}" --rate "${PDD_BENCH_RATE:-50}")
exec python3 -B "$here/pdd_bench.py" "${args[@]}" "$@"
