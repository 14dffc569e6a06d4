#!/usr/bin/env python3
"""Analog frame clock under SIP load (run by scripts/bench/analog_tick.sh; Python 3, stdlib only).

Issue 19: "the frame tick's worst-case lateness with the SIP side under a REGISTER and call
load" and "off-hook to dial tone in frames on the simulated board". One box (release, fresh
data dir, the simulated board `sim:fxs=2,fxo=1`, pinned to --box-cpu together with its SIP
side) logs each 10 s window of its 10 ms frame clock: p50/p99/max lateness and the frames that
started more than a frame late (log target edgepbx::analog::ticks). Two phases of --seconds:
  idle  the baseline: 1,000 phones registered once, no SIP traffic
  load  SIPp on --load-cpu: --reg-rate REGISTER/s with digest (the shared register_auth.xml,
        1,000 users) and at the same time --cps calls/s held --hold-ms with RTP both ways
        (uac_auth_rtp.xml -> box -> uas_echo.xml -rtp_echo)
Per phase: the worst window's maximum, the worst and the median window's p99, frames late, and
load/idle ratios. In each phase the phone on FXS 1 goes off hook --trials times; the simulated
board times the loop closing -> its first frame of dial tone (ms on the frame clock, and
frames). Every process started here is stopped at exit; the loads are bounded by -m.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import sys
import time
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sip_bench import CALLEE, Bench, loadavg, log, settle_process, write_results  # noqa: E402

BOARD = "sim:fxs=2,fxo=1,did1=5551000,country=us"
LOG_LEVEL = "info,edgepbx::analog::ticks=debug"
# Each summary line closes a 10 s window (firmware/edgepbx/src/analog/tick_meter.rs).
WINDOW_S = 10.0
TICKS = re.compile(r"^(\S+Z) +\w+ edgepbx::analog::ticks: .*?frames=(\d+) p50_us=(\d+) "
                   r"p99_us=(\d+) max_us=(\d+) late_frames=(\d+)")
DIAL_TONE_HZ = "350"
FRAME_MS = 10


def windows(log_text: str, t0: float, t1: float) -> list[dict]:
    """The lateness windows that lie wholly within [t0, t1] (Unix time)."""
    out = []
    for line in log_text.splitlines():
        m = TICKS.match(line)
        if not m:
            continue
        end = datetime.fromisoformat(m.group(1)).timestamp()
        if end - WINDOW_S >= t0 and end <= t1:
            frames, p50, p99, mx, late = (int(m.group(i)) for i in range(2, 7))
            out.append({"end": round(end, 1), "frames": frames, "p50_us": p50, "p99_us": p99,
                        "max_us": mx, "late_frames": late})
    return out


def summary(ws: list[dict]) -> dict:
    if not ws:
        return {"windows": 0}
    return {
        "windows": len(ws), "frames": sum(w["frames"] for w in ws),
        "max_us": max(w["max_us"] for w in ws),
        "p99_us_worst_window": max(w["p99_us"] for w in ws),
        "p99_us_median_window": statistics.median(w["p99_us"] for w in ws),
        "p50_us_median_window": statistics.median(w["p50_us"] for w in ws),
        "late_frames": sum(w["late_frames"] for w in ws),
    }


class Board:
    """The simulated board's control socket (firmware/edgepbx/src/analog/sim_control.rs)."""

    def __init__(self, data: str):
        path = os.path.join(data, "sim-board.addr")
        deadline = time.monotonic() + 10
        while not os.path.exists(path):
            if time.monotonic() > deadline:
                raise SystemExit(f"no {path}: did the box start its simulated board?")
            time.sleep(0.05)
        host, _, port = open(path).read().strip().rpartition(":")
        self.s = socket.create_connection((host, int(port)), timeout=10)
        self.f = self.s.makefile("r")

    def cmd(self, line: str) -> str:
        self.s.sendall(line.encode() + b"\n")
        answer = self.f.readline().strip()
        if answer.startswith("error"):
            raise SystemExit(f"sim board: {line}: {answer}")
        return answer

    def close(self) -> None:
        self.f.close()
        self.s.close()


class TickBench(Bench):
    def box_cmd(self, data: str) -> tuple[list[str], dict]:
        cmd, env = super().box_cmd(data)
        return cmd + ["--board", BOARD, "--log-level", LOG_LEVEL], env

    def dial_tone(self, board: Board) -> dict:
        """FXS 1 off hook: loop closing -> first frame of dial tone on the board's clock."""
        board.cmd("offhook fxs1")
        deadline = time.monotonic() + 3
        answer = "none"
        while answer == "none" and time.monotonic() < deadline:
            time.sleep(0.1)
            answer = board.cmd(f"firsttone fxs1 {DIAL_TONE_HZ}")
        board.cmd("onhook fxs1")
        if answer == "none":
            return {"ms": None, "frames": None}
        ms = int(answer.split()[1])
        return {"ms": ms, "frames": ms // FRAME_MS}

    def phase(self, name: str, board: Board, load: bool) -> dict:
        a = self.a
        T = a.seconds
        sipps = []
        if load:
            uas = self.start_uas(f"{name}-uas", 10000, self.uas_port, T + 60)
            sipps.append(("calls", self.sipp(f"{name}-calls", [
                f"127.0.0.1:{self.sip_port}", "-sf", "uac_auth_rtp.xml", "-s", CALLEE, "-inf", "users.csv",
                "-i", "127.0.0.1", "-p", str(self.ports.take()), "-mi", "127.0.0.1", "-mp", "6000",
                "-d", str(a.hold_ms), "-r", str(a.cps), "-m", str(int(a.cps * T)), "-l", "5000",
                "-recv_timeout", "10000", "-timeout", f"{int(T + a.hold_ms / 1000 + 30)}s"])))
            sipps.append(("register", self.sipp(f"{name}-reg", [
                f"127.0.0.1:{self.sip_port}", "-sf", "register_auth.xml", "-inf", "users.csv", "-i",
                "127.0.0.1", "-p", str(self.ports.take()), "-r", str(a.reg_rate), "-m",
                str(int(a.reg_rate * T)), "-l", "5000", "-recv_timeout", "5000", "-timeout", f"{int(T + 30)}s"])))
        la = loadavg()[0]
        t0 = time.time()
        trials = []
        for i in range(a.trials):
            # Spread over the phase, away from its ends.
            at = t0 + T * (i + 1) / (a.trials + 1)
            time.sleep(max(0.0, at - time.time()))
            trials.append(self.dial_tone(board))
        time.sleep(max(0.0, t0 + T - time.time()))
        t1 = time.time()
        res: dict = {"seconds": T, "loadavg_at_start": la}
        for kind, s in sipps:
            self.wait_sipp(s, a.hold_ms / 1000 + 60)
            r = self.sipp_result(s)
            res[kind] = {k: r[k] for k in ("successful", "failed", "retransmissions", "elapsed_s")}
            el = r["elapsed_s"] or T
            res[kind]["per_s"] = round(r["successful"] / el, 1)
        if load:
            self.stop(uas.p)
        ticks = windows(self.read_box_log(), t0, t1)
        res["ticks"] = summary(ticks)
        res["tick_windows"] = ticks
        frames = [t["frames"] for t in trials if t["frames"] is not None]
        res["dial_tone"] = {"trials": trials, "frames_min": min(frames, default=None),
                            "frames_max": max(frames, default=None),
                            "missed": sum(1 for t in trials if t["frames"] is None)}
        s = res["ticks"]
        log(f"{name}: {s.get('windows')} windows, max {s.get('max_us')} us, p99 worst "
            f"{s.get('p99_us_worst_window')} us (median {s.get('p99_us_median_window')}), late frames "
            f"{s.get('late_frames')}; dial tone {res['dial_tone']['frames_min']}-"
            f"{res['dial_tone']['frames_max']} frames; "
            + "; ".join(f"{k} {res[k]['successful']} ok {res[k]['failed']} failed ({res[k]['per_s']}/s)"
                        for k, _ in sipps))
        return res

    def run(self) -> int:
        a = self.a
        self.report["idle"] = {}
        setup = self.fresh_box("analog")
        self.report["setup"] = {"registered": setup.get("after_registrations", {}).get("registered")}
        data = os.path.join(self.tmp, f"data-{self.boxes}")
        board = Board(data)
        # The board's first windows include start-up and the 1,000 phones registering.
        time.sleep(WINDOW_S)
        idle = self.phase("idle", board, load=False)
        load = self.phase("load", board, load=True)
        board.close()
        self.stop_box()

        def ratio(key: str):
            x, y = load["ticks"].get(key), idle["ticks"].get(key)
            return round(x / y, 2) if x is not None and y else None

        self.report.update({"idle_phase": idle, "load_phase": load, "ratios_load_vs_idle": {
            k: ratio(k) for k in ("max_us", "p99_us_worst_window", "p99_us_median_window", "p50_us_median_window")}})
        self.print_table(idle, load)
        write_results(self.report, self.findings, a.out, "analog-tick")
        return 0

    def print_table(self, idle: dict, load: dict) -> None:
        r = self.report["ratios_load_vs_idle"]
        rows = [("max lateness (us)", "max_us"), ("p99, worst window (us)", "p99_us_worst_window"),
                ("p99, median window (us)", "p99_us_median_window"),
                ("p50, median window (us)", "p50_us_median_window"), ("frames > 10 ms late", "late_frames"),
                ("frames measured", "frames")]
        print(f"\n{'analog 10 ms frame clock':32} {'idle':>10} {'load':>10} {'load/idle':>10}")
        for label, k in rows:
            print(f"{label:32} {str(idle['ticks'].get(k)):>10} {str(load['ticks'].get(k)):>10} "
                  f"{str(r.get(k, '')):>10}")
        for name, p in (("idle", idle), ("load", load)):
            d = p["dial_tone"]
            print(f"off-hook -> dial tone, {name}: {d['frames_min']}-{d['frames_max']} frames "
                  f"({[t['ms'] for t in d['trials']]} ms; debounce 32 ms)")
        for kind in ("register", "calls"):
            if kind in load:
                print(f"load {kind}: {load[kind]['successful']} ok, {load[kind]['failed']} failed, "
                      f"{load[kind]['per_s']}/s")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--scenarios", required=True, help="the shared SIPp scenarios (used unchanged)")
    ap.add_argument("--seconds", type=float, default=40, help="length of each phase (4 windows at 40)")
    ap.add_argument("--reg-rate", type=int, default=1000, help="REGISTER/s during the load phase")
    ap.add_argument("--cps", type=int, default=20, help="calls/s during the load phase")
    ap.add_argument("--hold-ms", type=int, default=5000, help="how long each call lasts")
    ap.add_argument("--trials", type=int, default=5, help="off-hook -> dial tone trials per phase")
    ap.add_argument("--box-cpu", type=int, default=1)
    ap.add_argument("--load-cpu", type=int, default=0)
    ap.add_argument("--nice", type=int, default=-10, help="nice level for everything started (if permitted)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (SIPp logs, box log)")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    # What sip_bench's Bench reads of its settings.
    a.box_env, a.rtp_buffsize = [], 0
    settle_process(a)
    return TickBench(a).run()


if __name__ == "__main__":
    sys.exit(main())
