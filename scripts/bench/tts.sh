#!/usr/bin/env bash
# Text-to-speech benchmark: real-time factor of flite rendering (CPU s per s of speech) vs
# copying the same audio in the same run, and the size flite + the kal voice add to a
# static program (the same example built with and without the `tts` feature, stripped).
# Writes scripts/bench/results/tts-<time>.json. Usage: scripts/bench/tts.sh [rounds] [--aarch64]
# --aarch64 also cross-builds the same program as a static aarch64 musl binary (Debian's
# rustc-web + rust-web-src with -Zbuild-std, cargo-zigbuild; about 6 minutes here) and runs it
# under qemu-aarch64-static: emulated CPU time, and the audio's checksum per text, which must
# equal the x86-64 one.
set -euo pipefail
cd "$(dirname "$0")/../.."
EDGEPBX_FLITE_SRC="$(scripts/flite-source.sh)"
export EDGEPBX_FLITE_SRC CARGO_INCREMENTAL=0
target="${CARGO_TARGET_DIR:-target}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cargo build --release -q -p edgepbx-media --example tts_rtf
cp "$target/release/examples/tts_rtf" "$tmp/without"
cargo build --release -q -p edgepbx-media --example tts_rtf --features tts
cp "$target/release/examples/tts_rtf" "$tmp/with"
strip "$tmp/without" "$tmp/with"
without=$(stat -c %s "$tmp/without")
with=$(stat -c %s "$tmp/with")

rounds="${1:-5}"
run=("$tmp/with" "$rounds")
command -v taskset >/dev/null && run=(taskset -c 1 "${run[@]}")
result="$("${run[@]}")"

aarch64=null
if [ "${2:-}" = "--aarch64" ]; then
  RUSTFLAGS="-C link-self-contained=no" RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc \
    cargo zigbuild --release -q -Zbuild-std=std,panic_abort --target aarch64-unknown-linux-musl \
    -p edgepbx-media --example tts_rtf --features tts
  arm="$target/aarch64-unknown-linux-musl/release/examples/tts_rtf"
  aarch64="{\"stripped_bytes_with_tts\": $(stat -c %s "$arm"), \"under_qemu\": $(qemu-aarch64-static "$arm" "$rounds")}"
fi

out="scripts/bench/results/tts-$(date -u +%Y%m%dT%H%M%SZ).json"
printf '{"arch": "%s", "stripped_bytes_without_tts": %s, "stripped_bytes_with_tts": %s, "tts_adds_bytes": %s,\n "render": %s,\n "aarch64": %s}\n' \
  "$(uname -m)" "$without" "$with" "$((with - without))" "$result" "$aarch64" | tee "$out"
echo "flite + cmu_us_kal add $(( (with - without) / 1024 )) KiB; written to $out"
