#!/usr/bin/env bash
# Short fuzz of the SIP message parser and stream framer (firmware/sip/fuzz).
#   scripts/fuzz-sip.sh [seconds-per-target]   (default 20; FUZZ_TARGETS="framer" for one target)
# Installs the nightly toolchain and cargo-fuzz only when missing. When nightly cannot be had
# (no rustup, no network) it says so and exits 0: the fuzz regressions still run in `cargo test`.
# Crashes are left in firmware/sip/fuzz/artifacts/<target>/; copy each one into
# firmware/sip/tests/corpus/fuzz-regressions/ once fixed so `cargo test` replays it.
set -euo pipefail

SECS="${1:-20}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FUZZ="$ROOT/firmware/sip/fuzz"
SEEDS="$ROOT/firmware/sip/tests/corpus"
export PATH="$HOME/.cargo/bin:$PATH"

skip() {
    echo "fuzz-sip: SKIPPED: $*"
    echo "fuzz-sip: (the committed fuzz regressions still run in 'cargo test -p edgepbx-sip')"
    exit 0
}

command -v cargo >/dev/null || skip "cargo is not installed"
if ! cargo +nightly --version >/dev/null 2>&1; then
    command -v rustup >/dev/null || skip "no nightly toolchain and no rustup to install one"
    echo "fuzz-sip: installing the nightly toolchain"
    rustup toolchain install nightly --profile minimal >/dev/null 2>&1 ||
        skip "the nightly toolchain could not be installed"
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz-sip: installing cargo-fuzz"
    cargo install cargo-fuzz --locked >/dev/null 2>&1 || skip "cargo-fuzz could not be installed"
fi

# Its own target dir: a fuzz build (sanitizer flags, nightly) must not evict the normal build.
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$FUZZ/target}"
cd "$FUZZ"
status=0
for target in ${FUZZ_TARGETS:-parse framer}; do
    work="$FUZZ/corpus/$target"
    mkdir -p "$work"
    echo "fuzz-sip: $target for ${SECS}s"
    start=$(date +%s)
    # -max_len: the parser refuses anything over 65535 bytes anyway.
    # -timeout: one input taking over 10 s is a hang.
    if ! cargo +nightly fuzz run "$target" "$work" "$SEEDS/rfc4475" "$SEEDS/rfc5118" \
        "$SEEDS/fuzz-regressions" -- -max_total_time="$SECS" -max_len=70000 -timeout=10 \
        -print_final_stats=1 2>"$FUZZ/$target.log"; then
        echo "fuzz-sip: $target FOUND A CRASH; see $FUZZ/$target.log and $FUZZ/artifacts/$target/"
        tail -n 40 "$FUZZ/$target.log"
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$FUZZ/$target.log" | sed 's/^/fuzz-sip:   /' || true
    echo "fuzz-sip: $target done in $(( $(date +%s) - start ))s (incl. build)"
done
exit $status
