#!/usr/bin/env bash
# Callflow benchmark (issue 5): callflow lookups per second with 2,000 callflows (200 of them
# patterns), and the post-dial delay the engine adds at 100 calls/s, with same-run baselines.
#
#   scripts/bench/callflow.sh [options passed to callflow_bench.py]    e.g. --phases lookup
#
# 1. lookup: the box's own find_callflow (firmware/edgepbx/src/sip/lookup.rs, compiled into the
#    callflow_lookup example unchanged) over a real redb store filled through the API layer,
#    pinned to CPU 1; lookups/s and p50/p99 per mix of dialled numbers (exact, exact after E.164
#    normalisation, pattern, miss -> no_match, overall) vs a HashMap lookup and one redb read;
#    and the caller-ID check of every call out (lookup::owns_number, the account's number set)
#    vs the scan of every callflow it replaced.
# 2. pdd: the box (release build, fresh data dir, CPU 1) with the same 2,000 callflows; SIPp on
#    CPU 0 calls at 100/s (scripts/bench/sipp/uac_auth_pdd.xml: INVITE -> 401 -> INVITE with
#    digest -> 180 -> 200) to the shared uas_echo.xml registered as 2000, dialling 2000 (exact)
#    and 8632000 (pattern); baseline: the same UAC straight to a challenging SIPp UAS
#    (scripts/bench/sipp/uas_auth_pdd.xml). Delay from the caller's authenticated INVITE to 180
#    and to 200, p50/p99, per call from tcpdump on lo (microseconds), SIPp's rtd timers beside.
# Prints a table and writes JSON to scripts/bench/results/callflow-<time>.json.
# Not part of scripts/test or CI.
#
# Environment: CALLFLOW_BENCH_SECONDS (length of each call run, default 30, at most 60),
# CALLFLOW_BENCH_RATE (calls/s, default 100), CALLFLOW_BENCH_PHASES (lookup,pdd),
# CALLFLOW_LOOKUP_SECONDS (per lookup measurement, default 2), BENCH_SKIP_BUILD=1,
# CARGO_TARGET_DIR (default ./target), CARGO_BUILD_JOBS, SIPP_SCENARIOS (default
# ../shared/bench/sipp). Needs sipp (Debian sip-tester), tcpdump (root, on lo), taskset, 2 CPUs.
# Default total runtime: about 3 minutes.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
scenarios=${SIPP_SCENARIOS:-$root/../shared/bench/sipp}

for tool in python3 taskset cargo sipp tcpdump; do
    command -v "$tool" >/dev/null || { echo "callflow.sh: $tool is required (tcpdump: apt-get install -y tcpdump; sipp: sip-tester)" >&2; exit 2; }
done
if [ "$(nproc)" -lt 2 ]; then
    echo "callflow.sh: needs 2 CPUs (box on one, SIPp on the other)" >&2
    exit 2
fi
[ -f "$scenarios/register_auth.xml" ] || { echo "callflow.sh: no SIPp scenarios in $scenarios" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "callflow.sh: building edgepbx and the callflow_lookup example (release)" >&2
    (cd "$root" && CARGO_TARGET_DIR=$target cargo build --release --quiet --bin edgepbx --example callflow_lookup)
fi

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

args=(--binary "$target/release/edgepbx" --lookup-bin "$target/release/examples/callflow_lookup"
      --scenarios "$scenarios" --seconds "${CALLFLOW_BENCH_SECONDS:-30}")
[ -n "${CALLFLOW_BENCH_RATE:-}" ] && args+=(--rate "$CALLFLOW_BENCH_RATE")
[ -n "${CALLFLOW_BENCH_PHASES:-}" ] && args+=(--phases "$CALLFLOW_BENCH_PHASES")
[ -n "${CALLFLOW_LOOKUP_SECONDS:-}" ] && args+=(--lookup-seconds "$CALLFLOW_LOOKUP_SECONDS")

exec python3 -B "$here/callflow_bench.py" "${args[@]}" "$@"
