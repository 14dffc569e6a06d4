#!/usr/bin/env bash
# Phone provisioning benchmark: configuration files rendered per second for 1,000 devices of
# the six brands, cold (fresh process, templates compiled at first use) and warm (compiled
# templates kept), beside copying a buffer of the same size (serving a static file from
# memory), and the heap the compiled template set holds. In-process (sans-IO crate), one core.
#
#   scripts/bench/provision.sh          writes scripts/bench/results/provision-<time>.json
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$here/results/provision-$(date -u +%Y%m%dT%H%M%SZ).json}
cd "$root"
cargo build --release --quiet -p edgepbx-provision --example render_rate
# Pinned to one CPU where taskset exists, so the rate is one core's.
run=(target/release/examples/render_rate)
command -v taskset >/dev/null && run=(taskset -c 1 "${run[@]}")
"${run[@]}" | tee "$out"
