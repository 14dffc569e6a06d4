#!/usr/bin/env python3
"""Flat-memory table from sip_bench.py results: a baseline binary's and this tree's REGISTER
and call runs (same run of scripts/bench/rss.sh), and optionally a soak. Prints RSS warm
(phones registered), at the run's peak, 2 s and 60 s after; the rates; ratios new / base."""
import argparse
import json


def load(path: str) -> dict:
    with open(path) as f:
        return json.load(f)


def mb(kb) -> str:
    return f"{kb / 1024:.1f}" if isinstance(kb, (int, float)) else "-"


def rows(rep: dict) -> dict:
    idle = rep.get("idle", {})
    reg = idle.get("register_box_bans_off") or idle.get("register_box") or {}
    d0 = idle.get("d0_box", {})
    r_after = reg.get("after_register_runs", {})
    c_after = d0.get("after_call_runs", {})
    clean_reg = [r["achieved_per_s"] for r in rep.get("register", {}).get("box", []) if r.get("clean")]
    all_reg = [r["achieved_per_s"] for r in rep.get("register", {}).get("box", [])]
    d0_runs = rep.get("calls_d0", {}).get("runs", [])
    return {
        "REGISTER: RSS before any phone (MB)": mb(reg.get("after_1001_devices", {}).get("rss_kb")),
        "REGISTER: RSS 1,000 phones registered at 500/s (MB)": mb(reg.get("after_registrations", {}).get("rss_kb")),
        "REGISTER: RSS peak (MB)": mb(r_after.get("hwm_kb")),
        "REGISTER: RSS 2 s after (MB)": mb(r_after.get("rss_kb")),
        "REGISTER: RSS 60 s after (MB)": mb(reg.get("after_register_runs_+60s_idle", {}).get("rss_kb")),
        "REGISTER/s achieved": max(clean_reg or all_reg or [0]),
        "REGISTER run clean": bool(clean_reg),
        "calls: RSS phones registered (MB)": mb(d0.get("after_registrations", {}).get("rss_kb")),
        "calls: RSS peak (MB)": mb(c_after.get("hwm_kb")),
        "calls: RSS 2 s after (MB)": mb(c_after.get("rss_kb")),
        "calls: RSS 60 s after (MB)": mb(d0.get("after_call_runs_+60s_idle", {}).get("rss_kb")),
        "calls/s achieved (-d 0)": max((r.get("achieved_per_s") or 0 for r in d0_runs), default=0),
        "calls run clean": any(r.get("clean") for r in d0_runs),
    }


def ratio(a, b) -> str:
    try:
        return f"{float(b) / float(a):.2f}"
    except (TypeError, ValueError, ZeroDivisionError):
        return ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--soak")
    a = ap.parse_args()
    base, new = rows(load(a.base)), rows(load(a.new))
    print(f"{'':56} {'baseline':>9} {'this tree':>9} {'ratio':>6}")
    for key in base:
        b, n = base[key], new[key]
        r = "" if isinstance(b, bool) else ratio(b, n)
        print(f"{key:56} {str(b):>9} {str(n):>9} {r:>6}")
    if a.soak:
        rep = load(a.soak)
        s, box = rep.get("soak", {}), rep.get("idle", {}).get("soak_box", {})
        seconds = s.get("seconds") or 0
        print(f"\nsoak: {s.get('rate')} calls/s for {seconds:g} s, ok {s.get('successful')}, "
              f"failed {s.get('failed')}, achieved {s.get('achieved_per_s')}/s")
        samples = s.get("samples", [])
        print("RSS every sample (s: MB): " + ", ".join(f"{x['t_s']}: {mb(x['rss_kb'])}" for x in samples))

        def band(label: str, start: float) -> None:
            kb = [x["rss_kb"] for x in samples if start <= x["t_s"] <= seconds]
            if kb:
                print(f"{label}: {mb(min(kb))} .. {mb(max(kb))} MB (spread {mb(max(kb) - min(kb))} MB)")

        band("under load from 60 s on", 60)
        band("under load, the last half", seconds / 2)
        print(f"phones registered before: {mb(box.get('after_registrations', {}).get('rss_kb'))} MB; "
              f"60 s after the soak: {mb(box.get('after_soak_+60s_idle', {}).get('rss_kb'))} MB")


if __name__ == "__main__":
    main()
