#!/usr/bin/env bash
# Web panel benchmark: bytes on the wire and /v2 requests per admin screen (cold and warm cache,
# empty office and 1,000 users), and navigation -> usable users list with 1,000 users in Chromium
# at 4x CPU throttling against a static page of the same size served the same way (same run).
#
#   scripts/bench/panel.sh [options passed to panel_bench.mjs]    e.g. --runs 5 --keep
#
# Builds the release binary (cargo build --release: fat LTO, minutes) unless BENCH_SKIP_BUILD=1
# or EDGEPBX_BIN names one. Needs node, /usr/bin/chromium and tests/web's playwright-core
# (npm ci there when missing). Everything on 127.0.0.1 with free ports and a temp dir. Prints a
# table and writes JSON to scripts/bench/results/panel-<time>.json.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
bin=${EDGEPBX_BIN:-$target/release/edgepbx}

for tool in node npm cargo; do
    command -v "$tool" >/dev/null || { echo "panel.sh: $tool is required" >&2; exit 2; }
done
[ -x /usr/bin/chromium ] || { echo "panel.sh: /usr/bin/chromium is required (Debian chromium)" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] && [ -z "${EDGEPBX_BIN:-}" ]; then
    echo "panel.sh: building edgepbx (release)" >&2
    (cd "$root" && CARGO_TARGET_DIR=$target cargo build --release --quiet --bin edgepbx)
fi
[ -d "$root/tests/web/node_modules/playwright-core" ] ||
    (cd "$root/tests/web" && npm ci --no-audit --no-fund >&2)

exec node "$here/panel_bench.mjs" --binary "$bin" "$@"
