#!/usr/bin/env bash
# Several builds of edgepbx through the same SIP benchmark phases in one run (scripts/bench/
# sip_bench.py: REGISTER with digest auth, relayed calls with RTP both ways, concurrent relayed
# calls), with box CPU per REGISTER, per call and per relayed packet as ratios to the first:
#
#   scripts/bench/sip-compare.sh TAG NAME=BINARY NAME=BINARY ...
#
# Used by alloc.sh (allocators) and profile.sh (release profiles), which build the binaries.
# ALLOC_BENCH_SECONDS per rate run (default 15). Needs target/release/udp-relay and rtp-load.
# Writes JSON per build and a summary to scripts/bench/results/TAG-<time>*.json.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
scenarios=${SIPP_SCENARIOS:-$root/../shared/bench/sipp}
seconds=${ALLOC_BENCH_SECONDS:-15}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results=$here/results
tag=$1
shift
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

outs=()
for pair in "$@"; do
  name=${pair%%=*}
  binary=${pair#*=}
  out=$results/$tag-$stamp-$name.json
  python3 "$here/sip_bench.py" --binary "$binary" --bare-bin "$target/release/udp-relay" \
    --load-bin "$target/release/rtp-load" --scenarios "$scenarios" --seconds "$seconds" \
    --phases register,calls,concurrent --no-bare --startup-runs 1 --settle 1 \
    --reg-levels 4000 --cps-levels 100 --conc-levels 400 --conc-window 5 --out "$out" >&2
  outs+=("$name=$out")
done

python3 - "$results/$tag-$stamp.json" "${outs[@]}" <<'EOF'
import json, sys
summary_path, pairs = sys.argv[1], sys.argv[2:]
rows = {}
for pair in pairs:
    name, path = pair.split("=", 1)
    rep = json.load(open(path))
    reg = rep["register"]["box"][0]
    call = rep["calls"]["runs"][0]
    conc = rep["concurrent"]
    rows[name] = {
        "binary_mb": rep["box"]["binary_mb"],
        "register_per_s": reg["achieved_per_s"],
        "register_failed": reg["failed"],
        "us_cpu_per_register": reg.get("box_cpu_us_per_register"),
        "calls_per_s": call["achieved_per_s"],
        "calls_failed": call["failed"],
        "box_cpu_pct_calls": call["box_cpu_pct"],
        "relay_clean_pps_in": conc["max_clean_pps_in"],
        "relay_us_cpu_per_packet": conc["median_cpu_us_per_pkt"],
    }
base_name = next(iter(rows))
base = rows[base_name]
def ratio(a, b):
    return round(a / b, 3) if a is not None and b else None
for name, r in rows.items():
    r["us_per_register_vs_base"] = ratio(r["us_cpu_per_register"], base["us_cpu_per_register"])
    r["cpu_calls_vs_base"] = ratio(r["box_cpu_pct_calls"], base["box_cpu_pct_calls"])
    r["us_per_packet_vs_base"] = ratio(r["relay_us_cpu_per_packet"], base["relay_us_cpu_per_packet"])
json.dump({"base": base_name, "builds": rows}, open(summary_path, "w"), indent=1)
print(f"baseline: {base_name}")
print(f"{'build':14} {'MB':>5} {'REG/s':>7} {'us/REG':>7} {'vs base':>8} {'calls/s':>7} {'CPU% calls':>10} "
      f"{'vs base':>8} {'relay pps':>9} {'us/pkt':>6} {'vs base':>8}")
for name, r in rows.items():
    print(f"{name:14} {r['binary_mb']:>5} {r['register_per_s']!s:>7} {r['us_cpu_per_register']!s:>7} "
          f"{r['us_per_register_vs_base']!s:>8} {r['calls_per_s']!s:>7} {r['box_cpu_pct_calls']!s:>10} "
          f"{r['cpu_calls_vs_base']!s:>8} {r['relay_clean_pps_in']!s:>9} {r['relay_us_cpu_per_packet']!s:>6} "
          f"{r['us_per_packet_vs_base']!s:>8}")
print(f"summary: {summary_path}")
EOF
