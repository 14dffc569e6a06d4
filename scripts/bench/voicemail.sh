#!/usr/bin/env bash
# Voicemail deposits under load and the mail queue, with same-run baselines: N SIPp callers (default
# 100, 20 at once, 2 s of audio each) leave messages in one box while aiosmtpd takes the
# voicemail-to-email; the same SIPp run against a SIPp UAS (the callers' own ceiling); the mail
# queue drained after a restart against Python's smtplib -> aiosmtpd directly.
#
#   scripts/bench/voicemail.sh [options passed to voicemail_bench.py]   e.g. --calls 200 --concurrent 40
#
# Builds the release binary (cargo build --release: fat LTO, minutes) unless BENCH_SKIP_BUILD=1 or
# EDGEPBX_BIN names one. Pins the box to CPU 1 and SIPp/aiosmtpd to CPU 0; everything on 127.0.0.1.
# Uses the SIPp scenarios of ../shared/bench/sipp unchanged (SIPP_SCENARIOS) plus scripts/bench/sipp.
# Needs sipp (Debian sip-tester), /usr/bin/python3 with aiosmtpd (python3-aiosmtpd), taskset, 2 CPUs.
# Prints a table and writes JSON to scripts/bench/results/voicemail-<time>.json (about 2 minutes).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
scenarios=${SIPP_SCENARIOS:-$root/../shared/bench/sipp}
bin=${EDGEPBX_BIN:-$target/release/edgepbx}

for tool in python3 taskset cargo sipp; do
    command -v "$tool" >/dev/null || { echo "voicemail.sh: $tool is required (sipp: apt-get install sip-tester)" >&2; exit 2; }
done
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null ||
    { echo "voicemail.sh: aiosmtpd is required (apt-get install python3-aiosmtpd)" >&2; exit 2; }
if [ "$(nproc)" -lt 2 ]; then
    echo "voicemail.sh: needs 2 CPUs (box on one, SIPp on the other)" >&2
    exit 2
fi
[ -f "$scenarios/uac_auth_rtp.xml" ] || { echo "voicemail.sh: no SIPp scenarios in $scenarios" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] && [ -z "${EDGEPBX_BIN:-}" ]; then
    echo "voicemail.sh: building edgepbx (release)" >&2
    (cd "$root" && CARGO_TARGET_DIR=$target cargo build --release --quiet --bin edgepbx)
fi

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
exec /usr/bin/python3 "$here/voicemail_bench.py" --binary "$bin" --scenarios "$scenarios" "$@"
