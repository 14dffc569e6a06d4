#!/usr/bin/env bash
# SIP benchmark: the running box (release build, fresh data dir) under SIPp, with same-run baselines.
#
#   scripts/bench/sip.sh [options passed to sip_bench.py]    e.g. --phases register --reg-levels 4000
#
# Pins the box to CPU 1 and SIPp (and tcpdump, and this driver) to CPU 0; everything on 127.0.0.1.
# Uses the SIPp scenarios of ../shared/bench/sipp UNCHANGED (copied into a temp working dir) plus
# scripts/bench/sipp/uas_register.xml (a SIPp registrar, for SIPp's own REGISTER ceiling).
# Measures: 1. exec -> SIP-ready (ready log line, first answered OPTIONS), median of 5, fresh data
# dir; 2. REGISTER/s with digest auth for 1,000 users (highest -r with 0 failures) vs SIPp -> SIPp
# (if the box bans SIPp, the ramp goes on with a fresh box whose bans last 0 s, and both are shown);
# 3. relayed 10 s calls with RTP both ways (uac_auth_rtp -> box -> uas_echo -rtp_echo), calls/s,
# with media loss in the steady state; 4. signalling-only calls (-d 0), calls/s; 5. concurrent
# relayed calls at 50 pps per stream: RTP captured with tcpdump on lo (-Q in), every packet offered
# to the box matched by (SSRC, seq) on the far side, vs the bare UDP relay (scripts/bench/udp-relay)
# in the same run; 4b. soak: signalling-only calls at half the highest clean -d 0 rate for 10 minutes
# on a fresh box, RSS every 10 s (flat memory: within a few MB after the first minute; SIP_BENCH_SOAK_SECONDS,
# SIP_BENCH_SOAK_RATE); 6. idle RSS/threads, and RSS after the call runs and 35 s later; 7. the crash
# snapshot: writes per minute and bytes per write with 1,000 phones refreshing every 60 s, and
# REGISTER/s with snapshots on against off (EDGEPBX_SNAPSHOT_SECS=0) in the same run.
# Box CPU %, RSS and threads at every level; each load phase on a fresh box (new data dir).
# Prints a table and writes JSON to scripts/bench/results/sip-<time>.json.
#
# Environment: SIP_BENCH_SECONDS (length of each rate run, default 60: the reported numbers must
# come from runs of at least 60 s; use e.g. 15 for a quick check), SIP_BENCH_REG_LEVELS,
# SIP_BENCH_CPS_LEVELS, SIP_BENCH_D0_LEVELS, SIP_BENCH_CONC_LEVELS (comma lists), SIP_BENCH_PHASES
# (startup,register,calls,d0,soak,concurrent,snapshot), BENCH_SKIP_BUILD=1, CARGO_TARGET_DIR (default ./target),
# SIPP_SCENARIOS (default ../shared/bench/sipp). Needs sipp (Debian sip-tester), tcpdump, taskset,
# 2 CPUs, root for tcpdump on lo. Default total runtime is about 35 minutes; --keep keeps the
# temp dir with the box logs and SIPp's stat/error files.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
scenarios=${SIPP_SCENARIOS:-$root/../shared/bench/sipp}

for tool in python3 taskset cargo sipp tcpdump; do
    command -v "$tool" >/dev/null || { echo "sip.sh: $tool is required (tcpdump: apt-get install -y tcpdump; sipp: sip-tester)" >&2; exit 2; }
done
if [ "$(nproc)" -lt 2 ]; then
    echo "sip.sh: needs 2 CPUs (box on one, SIPp on the other)" >&2
    exit 2
fi
[ -f "$scenarios/register_auth.xml" ] || { echo "sip.sh: no SIPp scenarios in $scenarios" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "sip.sh: building edgepbx and the bare relay baseline tools (release)" >&2
    (cd "$root" && CARGO_TARGET_DIR=$target cargo build --release --quiet --bin edgepbx)
    CARGO_TARGET_DIR=$target cargo build --release --quiet --manifest-path "$here/udp-relay/Cargo.toml"
fi

# Four sockets per relayed call in the box, one per call in SIPp: raise the fd limit.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

args=(--binary "$target/release/edgepbx" --bare-bin "$target/release/udp-relay"
      --load-bin "$target/release/rtp-load" --scenarios "$scenarios"
      --seconds "${SIP_BENCH_SECONDS:-60}")
[ -n "${SIP_BENCH_PHASES:-}" ] && args+=(--phases "$SIP_BENCH_PHASES")
[ -n "${SIP_BENCH_REG_LEVELS:-}" ] && args+=(--reg-levels "$SIP_BENCH_REG_LEVELS")
[ -n "${SIP_BENCH_CPS_LEVELS:-}" ] && args+=(--cps-levels "$SIP_BENCH_CPS_LEVELS")
[ -n "${SIP_BENCH_D0_LEVELS:-}" ] && args+=(--d0-levels "$SIP_BENCH_D0_LEVELS")
[ -n "${SIP_BENCH_CONC_LEVELS:-}" ] && args+=(--conc-levels "$SIP_BENCH_CONC_LEVELS")
[ -n "${SIP_BENCH_SOAK_SECONDS:-}" ] && args+=(--soak-seconds "$SIP_BENCH_SOAK_SECONDS")
[ -n "${SIP_BENCH_SOAK_RATE:-}" ] && args+=(--soak-rate "$SIP_BENCH_SOAK_RATE")

exec python3 "$here/sip_bench.py" "${args[@]}" "$@"
