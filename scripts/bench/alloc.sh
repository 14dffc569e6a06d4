#!/usr/bin/env bash
# Allocator choice for the static (musl) builds: three x86-64 builds of the same source through
# the same SIP benchmark phases in one go (sip-compare.sh), as ratios to glibc:
#   glibc            cargo build --release (the baseline)
#   musl+mimalloc    scripts/release x86_64 (the `mimalloc` feature)
#   musl malloc      EDGEPBX_ALLOCATOR=musl scripts/release x86_64
#
#   scripts/bench/alloc.sh        (ALLOC_BENCH_SECONDS per rate run, default 15)
#
# Writes JSON per build and a summary to scripts/bench/results/alloc-<time>*.json.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  (cd "$root" && CARGO_INCREMENTAL=0 cargo build --release --quiet --bin edgepbx)
  CARGO_TARGET_DIR=$target CARGO_INCREMENTAL=0 cargo build --release --quiet --manifest-path "$here/udp-relay/Cargo.toml"
  "$root/scripts/release" x86_64
  EDGEPBX_ALLOCATOR=musl EDGEPBX_DIST="$target/dist-musl-malloc" "$root/scripts/release" x86_64
fi
"$here/sip-compare.sh" alloc glibc="$target/release/edgepbx" musl-mimalloc="$target/dist/x86_64/edgepbx" \
  musl-malloc="$target/dist-musl-malloc/x86_64/edgepbx"
