#!/usr/bin/env bash
# Flat memory, before and after: the REGISTER run (9,600/s) and the signalling-only call run
# (1,000 calls/s) of sip.sh, each on a fresh box, for a baseline binary and for this tree's,
# in the same run; then (optionally) the soak at half the peak call rate with RSS every 10 s.
#
#   scripts/bench/rss.sh                       baseline built from RSS_BASE_REV (default: main)
#   RSS_BASE_BIN=/path/edgepbx scripts/bench/rss.sh      an already built baseline
#   RSS_SOAK_SECONDS=600 scripts/bench/rss.sh            also soak this tree's binary 10 minutes
#
# Prints, per binary: RSS with the 1,000 phones registered (at 500/s: the warm idle), at the
# peak of the run (VmHWM), 2 s and 60 s after it; REGISTER/s and calls/s achieved; and the
# ratios this tree / baseline. Environment: SIP_BENCH_SECONDS (60), RSS_REG_RATE (9600),
# RSS_CPS (1000), RSS_SOAK_RATE (default half of RSS_CPS), BENCH_SKIP_BUILD=1 (use
# target/release/edgepbx as it is). Needs what sip.sh needs. About 12 minutes without the soak.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
scenarios=${SIPP_SCENARIOS:-$root/../shared/bench/sipp}
out=$here/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"

for tool in python3 taskset cargo sipp git; do
    command -v "$tool" >/dev/null || { echo "rss.sh: $tool is required (sipp: apt-get install -y sip-tester)" >&2; exit 2; }
done
[ -f "$scenarios/register_auth.xml" ] || { echo "rss.sh: no SIPp scenarios in $scenarios" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "rss.sh: building edgepbx (release)" >&2
    (cd "$root" && CARGO_TARGET_DIR=$target cargo build --release --quiet --bin edgepbx)
fi
new=$target/release/edgepbx

base=${RSS_BASE_BIN:-}
if [ -z "$base" ]; then
    rev=${RSS_BASE_REV:-main}
    tree=$(mktemp -d /tmp/edgepbx-rss-base.XXXXXX)
    trap 'rm -rf "$tree"' EXIT
    echo "rss.sh: building the baseline from $rev (its own target dir: $target/rss-base)" >&2
    git -C "$root" archive "$rev" | tar -x -C "$tree"
    (cd "$tree" && CARGO_TARGET_DIR=$target/rss-base cargo build --release --quiet --bin edgepbx)
    base=$target/rss-base/release/edgepbx
fi
[ -x "$base" ] || { echo "rss.sh: no baseline binary at $base" >&2; exit 2; }

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
run() { # binary, json, phases, extra args...
    local bin=$1 json=$2 phases=$3
    shift 3
    python3 "$here/sip_bench.py" --binary "$bin" --bare-bin /bin/false --load-bin /bin/false \
        --scenarios "$scenarios" --seconds "${SIP_BENCH_SECONDS:-60}" --settle 60 \
        --phases "$phases" --reg-levels "${RSS_REG_RATE:-9600}" --d0-levels "${RSS_CPS:-1000}" \
        --out "$json" "$@" >&2
}
run "$base" "$out/rss-$stamp-base.json" register,d0
run "$new" "$out/rss-$stamp-new.json" register,d0
soak=()
if [ -n "${RSS_SOAK_SECONDS:-}" ]; then
    rate=${RSS_SOAK_RATE:-$(( ${RSS_CPS:-1000} / 2 ))}
    run "$new" "$out/rss-$stamp-soak.json" soak --soak-seconds "$RSS_SOAK_SECONDS" --soak-rate "$rate"
    soak=(--soak "$out/rss-$stamp-soak.json")
fi
python3 "$here/rss_compare.py" --base "$out/rss-$stamp-base.json" --new "$out/rss-$stamp-new.json" "${soak[@]}" \
    | tee "$out/rss-$stamp.txt"
