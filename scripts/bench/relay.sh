#!/usr/bin/env bash
# Media relay benchmark: edgepbx-relay vs a bare UDP relay (same machine, same run).
#
#   scripts/bench/relay.sh [options passed to relay_bench.py]   e.g. --levels 200,600 --seconds 5
#
# One call = caller -> box -> callee and back: 2 streams x 50 packets/s of 172-byte RTP, i.e.
# 100 packets/s into the relay and 100 out per call. For each level of calls, runs the bare relay
# (scripts/bench/udp-relay, udp-relay) and edgepbx-relay (firmware/relay/examples/relay_bench.rs)
# pinned to CPU 1 with the load generator (rtp-load) pinned to CPU 0, then the generator alone
# (no relay) for its own ceiling. Prints a table (calls, pps in, loss %, late %, relay CPU %, RSS,
# threads, CPU per packet), the max clean (< 0.1 % loss and late) packet rate of each and their
# ratio, and writes JSON to scripts/bench/results/relay-<time>.json.
#
# Environment: RELAY_BENCH_SECONDS (per run, default 20), RELAY_BENCH_LEVELS (default
# 200,400,600,800,1000,1200), BENCH_SKIP_BUILD=1, CARGO_TARGET_DIR (default ./target).
# Default total runtime is about 5 minutes.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}

for tool in python3 taskset cargo; do
    command -v "$tool" >/dev/null || { echo "relay.sh: $tool is required" >&2; exit 2; }
done
if [ "$(nproc)" -lt 2 ]; then
    echo "relay.sh: needs 2 CPUs (relay on one, load generator on the other)" >&2
    exit 2
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "relay.sh: building edgepbx-relay's relay_bench and the baseline tools (release)" >&2
    (cd "$root" && CARGO_TARGET_DIR=$target cargo build --release --quiet -p edgepbx-relay --example relay_bench)
    CARGO_TARGET_DIR=$target cargo build --release --quiet --manifest-path "$here/udp-relay/Cargo.toml"
fi

# Up to 2 x 4 ports per call plus the generator's sockets: make sure the fd limit allows it.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

exec python3 "$here/relay_bench.py" \
    --edgepbx-bin "$target/release/examples/relay_bench" \
    --bare-bin "$target/release/udp-relay" \
    --load-bin "$target/release/rtp-load" \
    --seconds "${RELAY_BENCH_SECONDS:-20}" \
    --levels "${RELAY_BENCH_LEVELS:-200,400,600,800,1000,1200}" \
    "$@"
