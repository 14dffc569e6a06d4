#!/usr/bin/env python3
"""Media relay benchmark driver (run by scripts/bench/relay.sh; Python 3, standard library only).

For each level of calls: start a relay (bare baseline or edgepbx-relay) pinned to --relay-cpu,
wait until it prints READY and its ports, run rtp-load pinned to --gen-cpu for --seconds, measure
the relay's CPU time (/proc/PID/stat), RSS and threads, stop it. Then run rtp-load --direct (no
relay) at the highest level and at 1.5x it for the generator's own ceiling.

Clean = loss < 0.1 % and late (> 100 ms) < 0.1 %. Reported: each relay's max clean packet rate
(packets/s into the relay) and the ratio edgepbx / bare; CPU microseconds per relayed packet and the
packet rate that would take a full core (a projection, useful when both relays are clean at every
level); per-session memory from the RSS before/after allocating all sessions.

Both processes run at nice --nice when permitted (process and autogroup nice), so that other work
on a shared machine disturbs the measurement less; the load average at each run is recorded. Every wait is bounded; the relays are killed at exit.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

CLK_TCK = os.sysconf("SC_CLK_TCK")
A_BASE = "127.0.0.1:30000"
B_BASE = "127.0.0.1:30200"
CLEAN_PCT = 0.1


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (fields 14, 15)


def status(pid: int) -> dict:
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM", "Threads"):
                out[k] = int(v.split()[0])
    return out


def loadavg() -> float:
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def pin(cpu: int, nice: int | None) -> list[str]:
    cmd = ["taskset", "-c", str(cpu)]
    if nice is not None:
        cmd = ["nice", "-n", str(nice)] + cmd
    return cmd


def parse_result(text: str) -> dict:
    for line in text.splitlines():
        if line.startswith("RESULT "):
            out = {}
            for kv in line.split()[1:]:
                k, _, v = kv.partition("=")
                try:
                    out[k] = float(v) if "." in v else int(v)
                except ValueError:
                    out[k] = v
            return out
    raise RuntimeError(f"rtp-load printed no RESULT:\n{text}")


def run_gen(args, calls: int, ports_file: str | None) -> dict:
    cmd = pin(args.gen_cpu, args.nice) + [
        args.load_bin, "--calls", str(calls), "--seconds", str(args.seconds),
        "--a-base", A_BASE, "--b-base", B_BASE, "--sockets", str(args.sockets),
    ]
    cmd += ["--ports", ports_file] if ports_file else ["--direct"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.seconds + 60)
    if p.returncode != 0:
        raise RuntimeError(f"rtp-load failed: {p.stderr}")
    return parse_result(p.stdout)


def run_relay(args, kind: str, calls: int, tmp: str) -> dict:
    common = ["--calls", str(calls), "--a-remote", A_BASE, "--b-remote", B_BASE, "--remotes", str(args.sockets)]
    if kind == "bare":
        cmd = [args.bare_bin, "--port-base", "10000"] + common
    else:
        cmd = [args.edgepbx_bin, "--port-min", "20000", "--port-max", "29999"] + common
    ports_file = os.path.join(tmp, f"{kind}-{calls}.ports")
    err_file = open(os.path.join(tmp, f"{kind}-{calls}.err"), "w")
    out = open(ports_file, "w")
    proc = subprocess.Popen(pin(args.relay_cpu, args.nice) + cmd, stdout=out, stderr=err_file)
    try:
        deadline = time.time() + 30
        while True:
            with open(ports_file) as f:
                text = f.read()
            if "READY" in text:
                break
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"{kind} relay did not start: {open(err_file.name).read()}")
            time.sleep(0.05)
        rss_alloc = None
        for line in text.splitlines():
            if line.startswith("RSS_KB "):
                before, after = map(int, line.split()[1:3])
                rss_alloc = (before, after)
        load0 = loadavg()
        t0, c0 = time.time(), cpu_ticks(proc.pid)
        gen = run_gen(args, calls, ports_file)
        t1, c1 = time.time(), cpu_ticks(proc.pid)
        st = status(proc.pid)
    finally:
        proc.kill()
        proc.wait(timeout=10)
        out.close()
        err_file.close()
    cpu_s = (c1 - c0) / CLK_TCK
    sent = gen["sent"]
    r = {
        "kind": kind,
        "calls": calls,
        "pps_in": round(sent / args.seconds),
        "loss_pct": gen["loss_pct"],
        "late_pct": gen["late_pct"],
        "lat_p99_ms": gen["lat_p99_ms"],
        "relay_cpu_pct": round(100 * cpu_s / (t1 - t0), 1),
        "cpu_us_per_pkt": round(1e6 * cpu_s / sent, 2) if sent else None,
        "rss_kb": st.get("VmRSS"),
        "hwm_kb": st.get("VmHWM"),
        "threads": st.get("Threads"),
        "gen_cpu_pct": gen["gen_cpu_pct"],
        "gen_max_late_ms": gen["max_late_ms"],
        "loadavg": load0,
        "clean": gen["loss_pct"] < CLEAN_PCT and gen["late_pct"] < CLEAN_PCT,
    }
    if rss_alloc:
        r["rss_before_alloc_kb"], r["rss_after_alloc_kb"] = rss_alloc
        r["bytes_per_session"] = round(1024 * (rss_alloc[1] - rss_alloc[0]) / calls)
    return r


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edgepbx-bin", required=True)
    ap.add_argument("--bare-bin", required=True)
    ap.add_argument("--load-bin", required=True)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--levels", default="200,400,600,800,1000,1200")
    ap.add_argument("--sockets", type=int, default=16, help="generator sockets per side")
    ap.add_argument("--relay-cpu", type=int, default=1)
    ap.add_argument("--gen-cpu", type=int, default=0)
    ap.add_argument("--nice", type=int, default=-10, help="nice level for relay and generator (if permitted)")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    levels = [int(x) for x in args.levels.split(",") if x]
    if args.nice is not None and args.nice < 0 and os.geteuid() != 0:
        args.nice = None
    if args.nice is not None:
        # With sched_autogroup, nice only ranks tasks inside one autogroup (one session); against
        # other sessions' builds on a shared machine it is the autogroup's nice that counts. This
        # raises the weight of this benchmark's own autogroup (its children inherit it), nothing else.
        try:
            with open("/proc/self/autogroup", "w") as f:
                f.write(str(args.nice))
        except OSError as e:
            log(f"could not set the autogroup nice ({e}); other load on the machine will show")

    results, ceiling = [], []
    with tempfile.TemporaryDirectory(prefix="relay-bench-") as tmp:
        for calls in levels:
            for kind in ("bare", "edgepbx"):
                log(f"{kind}: {calls} calls for {args.seconds:g} s")
                r = run_relay(args, kind, calls, tmp)
                log(f"  loss {r['loss_pct']:.4f} %  late {r['late_pct']:.4f} %  relay CPU {r['relay_cpu_pct']} %")
                results.append(r)
        for calls in (max(levels), int(max(levels) * 1.5)):
            log(f"generator ceiling (no relay): {calls} calls")
            g = run_gen(args, calls, None)
            ceiling.append({"calls": calls, "pps": round(g["sent"] / args.seconds), "loss_pct": g["loss_pct"],
                            "late_pct": g["late_pct"], "gen_cpu_pct": g["gen_cpu_pct"],
                            "max_late_ms": g["max_late_ms"]})

    hdr = f"{'relay':8} {'calls':>6} {'pps in':>7} {'loss %':>8} {'late %':>8} {'p99 ms':>6} {'CPU %':>6} {'us/pkt':>7} {'RSS KB':>7} {'thr':>3} {'gen CPU%':>8} {'load':>5}"
    print(hdr)
    print("-" * len(hdr))
    for r in results:
        print(f"{r['kind']:8} {r['calls']:>6} {r['pps_in']:>7} {r['loss_pct']:>8.4f} {r['late_pct']:>8.4f} "
              f"{r['lat_p99_ms']:>6} {r['relay_cpu_pct']:>6} {r['cpu_us_per_pkt']:>7} {r['rss_kb']:>7} "
              f"{r['threads']:>3} {r['gen_cpu_pct']:>8} {r['loadavg']:>5}")
    print()
    for c in ceiling:
        print(f"generator alone (no relay): {c['calls']} calls, {c['pps']} pps out and back, loss {c['loss_pct']:.4f} %, "
              f"late {c['late_pct']:.4f} %, generator CPU {c['gen_cpu_pct']} %")

    summary = {}
    for kind in ("bare", "edgepbx"):
        rs = [r for r in results if r["kind"] == kind]
        clean = [r for r in rs if r["clean"]]
        best = max(clean, key=lambda r: r["pps_in"]) if clean else None
        cpu = [r["cpu_us_per_pkt"] for r in rs if r["clean"] and r["cpu_us_per_pkt"]]
        us = sorted(cpu)[len(cpu) // 2] if cpu else None
        summary[kind] = {
            "max_clean_calls": best["calls"] if best else 0,
            "max_clean_pps": best["pps_in"] if best else 0,
            "all_levels_clean": len(clean) == len(rs),
            "median_cpu_us_per_pkt": us,
            "projected_pps_per_core": round(1e6 / us) if us else None,
        }
    b, e = summary["bare"], summary["edgepbx"]
    ratio = e["max_clean_pps"] / b["max_clean_pps"] if b["max_clean_pps"] else None
    cpu_ratio = (b["median_cpu_us_per_pkt"] / e["median_cpu_us_per_pkt"]
                 if b["median_cpu_us_per_pkt"] and e["median_cpu_us_per_pkt"] else None)
    per_session = [r["bytes_per_session"] for r in results if "bytes_per_session" in r]
    print()
    for kind in ("bare", "edgepbx"):
        s = summary[kind]
        print(f"{kind:8} max clean: {s['max_clean_calls']} calls = {s['max_clean_pps']} pps in"
              f"{' (clean at every level tested)' if s['all_levels_clean'] else ''}; "
              f"median CPU {s['median_cpu_us_per_pkt']} us/packet -> ~{s['projected_pps_per_core']} pps per core")
    if ratio is not None:
        print(f"edgepbx / bare, max clean packet rate: {ratio:.3f} (aim >= 0.85)")
    if cpu_ratio is not None:
        print(f"edgepbx / bare, packets per CPU-second: {cpu_ratio:.3f}")
    if per_session:
        print(f"edgepbx-relay memory per session (RSS delta / sessions): {max(per_session)} bytes at most (aim < 20 KB)")

    out = args.out
    if out is None:
        d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
        os.makedirs(d, exist_ok=True)
        out = os.path.join(d, f"relay-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}.json")
    with open(out, "w") as f:
        json.dump({"seconds": args.seconds, "levels": levels, "runs": results, "generator_ceiling": ceiling,
                   "summary": summary, "ratio_max_clean_pps": ratio, "ratio_pkts_per_cpu_s": cpu_ratio,
                   "nice": args.nice, "sockets_per_side": args.sockets}, f, indent=1)
    log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
