#!/usr/bin/env bash
# The release profile's speed: the static x86-64 musl binary (mimalloc) built from the same
# source with Cargo.toml's release profile and with the earlier one (thin LTO, 4 codegen units,
# set through CARGO_PROFILE_RELEASE_* for that build), through the same SIP benchmark phases in
# one go (sip-compare.sh): box CPU per REGISTER, per call and per relayed packet as ratios to
# the earlier profile, and both binaries' sizes.
#
#   scripts/bench/profile.sh      (ALLOC_BENCH_SECONDS per rate run, default 15)
#
# Writes JSON per build and a summary to scripts/bench/results/profile-<time>*.json.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
before=$target/dist-profile-thin
now=$target/dist-profile-current

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  CARGO_TARGET_DIR=$target CARGO_INCREMENTAL=0 cargo build --release --quiet --manifest-path "$here/udp-relay/Cargo.toml"
  CARGO_PROFILE_RELEASE_LTO=thin CARGO_PROFILE_RELEASE_CODEGEN_UNITS=4 EDGEPBX_DIST=$before "$root/scripts/release" x86_64
  EDGEPBX_DIST=$now "$root/scripts/release" x86_64
fi
"$here/sip-compare.sh" profile thin-cgu4="$before/x86_64/edgepbx" current="$now/x86_64/edgepbx"
