#!/usr/bin/env bash
# Short coverage-guided fuzz runs of our untrusted-input readers (cargo-fuzz, nightly):
#   scripts/fuzz.sh sip   [seconds-per-target]   SIP parser, stream framer and SDP (firmware/sip/fuzz)
#   scripts/fuzz.sh media [seconds-per-target]   RTP/RTCP, WAV and MP3 readers (firmware/media/fuzz)
#   scripts/fuzz.sh api   [seconds-per-target]   JSON bodies of document PUT/POST/PATCH (firmware/api/fuzz)
# Default 20 s per target; FUZZ_TARGETS="framer" runs one target (sip: parse framer sdp).
# Installs the nightly toolchain and cargo-fuzz only when missing. When nightly cannot be had
# (no rustup, no network) it says so and exits 0: the committed regressions still run in
# `cargo test`. Crashes are left in <crate>/fuzz/artifacts/<target>/; once fixed, copy each
# into the crate's committed regression corpus so `cargo test` replays it.
set -euo pipefail

CRATE="${1:?usage: scripts/fuzz.sh sip|media|api [seconds]}"
SECS="${2:-20}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

case "$CRATE" in
sip)
    FUZZ="$ROOT/firmware/sip/fuzz"
    TARGETS="${FUZZ_TARGETS:-parse framer sdp}"
    MAX_LEN=70000 # the parser refuses anything over 65535 bytes anyway
    seeds() {
        local c="$ROOT/firmware/sip/tests/corpus"
        case "$1" in
        sdp) echo "$c/sdp $c/fuzz-regressions" ;;
        *) echo "$c/rfc4475 $c/rfc5118 $c/fuzz-regressions" ;;
        esac
    }
    ;;
media)
    FUZZ="$ROOT/firmware/media/fuzz"
    TARGETS="${FUZZ_TARGETS:-rtp wav mp3}"
    MAX_LEN=8192
    seeds() { echo "$FUZZ/seeds/$1"; }
    ;;
api)
    FUZZ="$ROOT/firmware/api/fuzz"
    TARGETS="${FUZZ_TARGETS:-documents}"
    MAX_LEN=16384
    seeds() { echo "$FUZZ/seeds/$1 $ROOT/firmware/api/tests/corpus/fuzz-regressions"; }
    ;;
*)
    echo "fuzz: unknown crate '$CRATE' (sip, media or api)" >&2
    exit 2
    ;;
esac

skip() {
    echo "fuzz-$CRATE: SKIPPED: $*"
    echo "fuzz-$CRATE: (the committed fuzz regressions still run in 'cargo test')"
    exit 0
}

command -v cargo >/dev/null || skip "cargo is not installed"
if ! cargo +nightly --version >/dev/null 2>&1; then
    command -v rustup >/dev/null || skip "no nightly toolchain and no rustup to install one"
    echo "fuzz-$CRATE: installing the nightly toolchain"
    rustup toolchain install nightly --profile minimal >/dev/null 2>&1 ||
        skip "the nightly toolchain could not be installed"
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz-$CRATE: installing cargo-fuzz"
    cargo install cargo-fuzz --locked >/dev/null 2>&1 || skip "cargo-fuzz could not be installed"
fi

# Its own target dir: a fuzz build (sanitizer flags, nightly) must not evict the normal build.
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$FUZZ/target}"
cd "$FUZZ"
status=0
for target in $TARGETS; do
    work="$FUZZ/corpus/$target"
    mkdir -p "$work"
    echo "fuzz-$CRATE: $target for ${SECS}s"
    start=$(date +%s)
    # -timeout: one input taking over 10 s is a hang.
    # shellcheck disable=SC2046
    if ! cargo +nightly fuzz run "$target" "$work" $(seeds "$target") -- \
        -max_total_time="$SECS" -max_len="$MAX_LEN" -timeout=10 \
        -print_final_stats=1 2>"$FUZZ/$target.log"; then
        echo "fuzz-$CRATE: $target FOUND A CRASH; see $FUZZ/$target.log and $FUZZ/artifacts/$target/"
        tail -n 40 "$FUZZ/$target.log"
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$FUZZ/$target.log" | sed "s/^/fuzz-$CRATE:   /" || true
    echo "fuzz-$CRATE: $target done in $(($(date +%s) - start))s (incl. build)"
done
exit $status
