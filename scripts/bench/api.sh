#!/usr/bin/env bash
# edgepbx HTTP API benchmark: filtered-list GET/s, durable PUT/s, server RSS and threads, with
# same-run baselines (trivial 401 request, load-generator ceiling, raw disk fsync rate).
#
#   scripts/bench/api.sh [options passed to api_bench.py]    e.g. --get-seconds 20 --profile
#
# Builds the release binary (cargo build --release) and the standalone load generator
# (scripts/bench/api-load, not a workspace member) unless BENCH_SKIP_BUILD=1. Pins the PBX to
# CPU 1 and the load generator to CPU 0 (override: --server-cpu/--client-cpu). Prints a table
# and writes the numbers as JSON (default scripts/bench/results/api-<time>.json; --out FILE).
# Environment: EDGEPBX_BIN (binary to test), BENCH_SKIP_BUILD=1, TMPDIR (where the data dir and
# the fsync baseline go; keep it on the disk you want measured, not on tmpfs).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${EDGEPBX_BIN:-$root/target/release/edgepbx}
load_bin=$here/api-load/target/release/api-load

for tool in python3 taskset cargo; do
    command -v "$tool" >/dev/null || { echo "api.sh: $tool is required" >&2; exit 2; }
done
if [ "$(nproc)" -lt 2 ]; then
    echo "api.sh: needs 2 CPUs (server on one, load generator on the other)" >&2
    exit 2
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    if [ -z "${EDGEPBX_BIN:-}" ]; then
        echo "api.sh: building edgepbx (release)" >&2
        (cd "$root" && cargo build --release --bin edgepbx)
    fi
    echo "api.sh: building the load generator" >&2
    cargo build --release --quiet --manifest-path "$here/api-load/Cargo.toml"
fi

exec python3 "$here/api_bench.py" --binary "$bin" --load-bin "$load_bin" "$@"
