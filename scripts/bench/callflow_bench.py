#!/usr/bin/env python3
"""Callflow benchmark driver (run by scripts/bench/callflow.sh; Python 3, standard library only).

Issue 5: "callflow lookups per second with 2,000 callflows and 200 patterns; post-dial delay
added by the engine (p50/p99) under 100 calls/s". Reuses sip_bench.py (the box, the API,
SIPp, the CPU sampler); the callflow set comes from the lookup program (--dump), so both
phases use the same 2,000 callflows.

Phases (--phases, default both):
  lookup  the callflow_lookup example (scripts/bench/callflow-lookup), pinned to --box-cpu: the
          box's own find_callflow over a real redb store filled through the API layer, per mix
          of dialled numbers (exact, exact after E.164 normalisation, pattern, miss -> no_match,
          overall), against a HashMap lookup and one redb index read of the same numbers.
  pdd     the box (release, fresh data dir, pinned to --box-cpu) with 1,001 devices (callers
          1000..1999 of users.csv, registered first, and the callee 2000), callflow 2000 ->
          device 2000 and the same 2,000 callflows through the API (8^632000 pattern -> device
          2000 too). SIPp (pinned to --load-cpu) calls at --rate for --seconds:
          uac_auth_pdd.xml (INVITE -> 401 -> INVITE with digest -> 180 -> 200, held --hold-ms)
          -> box -> the shared uas_echo.xml registered as 2000; once dialling 2000 (exact
          number), once 8632000 (pattern). Baseline in the same run: the same UAC straight to
          a SIPp UAS that challenges the same way (uas_auth_pdd.xml), no box. Delay = caller's
          authenticated INVITE -> first 180 / 200, per call, from tcpdump on lo (-Q in, each
          packet once, microseconds); SIPp's own rtd timers (whole ms, -trace_rtt) beside it.
Every process started here is killed at exit; every load is bounded in count and time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import statistics
import struct
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sip_bench  # noqa: E402  (same directory)
from sip_bench import CALLEE, HERE, Bench, Sampler, cpu_pct, loadavg, log  # noqa: E402

PATTERN_DIALLED = "8632000"  # matches ^863(\d{4})$ only (callflow_lookup's CALLEE_SITE)
SIP_LINE = re.compile(rb"^(?:SIP/2\.0 (\d{3})|([A-Z]+) )")


def pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round((len(v) - 1) * p)))]


def summary(values: list[float], digits: int = 3) -> dict:
    if not values:
        return {"n": 0}
    r = lambda x: round(x, digits)  # noqa: E731
    return {"n": len(values), "p50": r(pct(values, 0.5)), "p90": r(pct(values, 0.9)),
            "p99": r(pct(values, 0.99)), "max": r(max(values)), "mean": r(statistics.fmean(values))}


def sip_packets(path: str):
    """(ts, sport, dport, payload) of the UDP packets of a pcap file."""
    with open(path, "rb") as f:
        gh = f.read(24)
        if len(gh) < 24:
            return
        magic = struct.unpack("<I", gh[:4])[0]
        endian = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
        nano = magic in (0xA1B23C4D, 0x4D3CB2A1)
        linktype = struct.unpack(endian + "I", gh[20:24])[0]
        l2 = {1: 14, 113: 16, 276: 20, 0: 4}.get(linktype, 14)
        rec = struct.Struct(endian + "IIII")
        while True:
            h = f.read(16)
            if len(h) < 16:
                return
            sec, frac, incl, _ = rec.unpack(h)
            pkt = f.read(incl)
            if len(pkt) < l2 + 28:
                continue
            ihl = (pkt[l2] & 0x0F) * 4
            u = l2 + ihl
            sport, dport = struct.unpack("!HH", pkt[u:u + 4])
            yield sec + frac / (1e9 if nano else 1e6), sport, dport, pkt[u + 8:]


def header(payload: bytes, name: bytes) -> bytes | None:
    for line in payload.split(b"\r\n")[1:]:
        if not line:
            return None
        k, _, v = line.partition(b":")
        if k.strip().lower() == name:
            return v.strip()
    return None


def caller_delays(path: str, uac_port: int) -> dict:
    """Per call (Call-ID) at the caller's port: first INVITE CSeq 1 and 2 sent, first 401, 180
    and 200 (to CSeq 2) received; delays in ms."""
    calls: dict[bytes, dict] = {}
    for ts, sport, dport, payload in sip_packets(path):
        m = SIP_LINE.match(payload)
        if not m:
            continue
        cid = header(payload, b"call-id")
        cseq = header(payload, b"cseq") or b""
        if cid is None:
            continue
        c = calls.setdefault(cid, {})
        if sport == uac_port and m.group(2) == b"INVITE":
            key = "inv1" if cseq.startswith(b"1 ") else "inv2"
            c.setdefault(key, ts)
        elif dport == uac_port and m.group(1) and cseq.endswith(b"INVITE"):
            code = m.group(1).decode()
            key = {"401": "c401", "407": "c401", "100": "t100", "180": "t180", "183": "t183",
                   "200": "t200"}.get(code, "other")
            if key == "c401" or cseq.startswith(b"2 "):
                c.setdefault(key, ts)
    ring, answer, setup, challenge, trying = [], [], [], [], []
    incomplete = 0
    for c in calls.values():
        if "inv2" in c and "t180" in c:
            ring.append(1000 * (c["t180"] - c["inv2"]))
        if "inv2" in c and "t200" in c:
            answer.append(1000 * (c["t200"] - c["inv2"]))
        else:
            incomplete += 1
        if "inv1" in c and "t200" in c:
            setup.append(1000 * (c["t200"] - c["inv1"]))
        if "inv1" in c and "c401" in c:
            challenge.append(1000 * (c["c401"] - c["inv1"]))
        if "inv2" in c and "t100" in c:
            trying.append(1000 * (c["t100"] - c["inv2"]))
    return {"calls_seen": len(calls), "calls_without_200": incomplete,
            "invite_to_180_ms": summary(ring), "invite_to_200_ms": summary(answer),
            "first_invite_to_200_ms": summary(setup), "invite_to_401_ms": summary(challenge),
            "invite_to_100_ms": summary(trying)}


def sipp_rtt(path: str) -> dict:
    """SIPp's -trace_rtt file (Date_ms;response_time_ms;rtd_no): whole-ms timers by name."""
    out: dict[str, list[float]] = {}
    try:
        with open(path) as f:
            next(f, None)
            for line in f:
                p = line.strip().split(";")
                if len(p) >= 3:
                    try:
                        out.setdefault(p[2], []).append(float(p[1]))
                    except ValueError:
                        pass
    except OSError:
        return {}
    return {k: summary(v, 1) for k, v in out.items()}


class CallflowBench(Bench):
    def __init__(self, a: argparse.Namespace):
        super().__init__(a)
        for k in ("anchors_asterisk", "aims"):
            self.report.pop(k, None)
        self.report["benchmark"] = "callflow"

    # -- phase: lookup ---------------------------------------------------------------------

    def phase_lookup(self) -> dict:
        log(f"lookup: {self.a.lookup_bin} on CPU {self.a.box_cpu}, {self.a.lookup_seconds:g} s per measurement")
        err = os.path.join(self.tmp, "lookup.err")
        with open(err, "wb") as ef:
            p = subprocess.run(self.pin(self.a.box_cpu) + [self.a.lookup_bin, "--json", "--seconds",
                                                           str(self.a.lookup_seconds)],
                               stdout=subprocess.PIPE, stderr=ef, timeout=600)
        text = open(err, errors="replace").read()
        sys.stderr.write(text)
        if p.returncode != 0:
            raise SystemExit(f"callflow_lookup failed ({p.returncode}):\n{text[-3000:]}")
        return json.loads(p.stdout)

    # -- phase: post-dial delay ------------------------------------------------------------

    def device_ids(self) -> dict[str, str]:
        st, body = self.api("GET", f"/v2/accounts/{self.account}/devices?paginate=false")
        if st != 200:
            raise SystemExit(f"listing devices: {st} {body}")
        return {d.get("username") or d.get("sip", {}).get("username"): d["id"] for d in body["data"]}

    def create_callflows(self) -> dict:
        dump = json.loads(subprocess.run([self.a.lookup_bin, "--dump"], stdout=subprocess.PIPE,
                                         check=True, timeout=60).stdout)
        ids = self.device_ids()
        if CALLEE not in ids:
            raise SystemExit(f"no device {CALLEE}: {list(ids)[:5]}")
        users = [str(u) for u in range(1000, 2000)]
        A = f"/v2/accounts/{self.account}"
        errors: list[str] = []
        local = threading.local()

        def one(i_cf) -> None:
            i, cf = i_cf
            if not hasattr(local, "c"):
                local.c = http.client.HTTPConnection("127.0.0.1", self.http_port, timeout=30)
            dev = ids[CALLEE] if cf["callee"] else ids.get(users[i % len(users)], ids[CALLEE])
            st, body = self.api("PUT", f"{A}/callflows", {"data": {
                "numbers": cf["numbers"], "patterns": cf["patterns"],
                "flow": {"module": "device", "data": {"id": dev, "timeout": 20}, "children": {}}}}, local.c)
            if st != 201:
                errors.append(f"callflow {cf}: {st} {str(body)[:200]}")

        t0 = time.monotonic()
        with ThreadPoolExecutor(8) as ex:
            list(ex.map(one, enumerate(dump["callflows"])))
        wall = time.monotonic() - t0
        if errors:
            raise SystemExit("creating callflows failed:\n" + "\n".join(errors[:10]))
        st, body = self.api("GET", f"{A}/callflows?paginate=false")
        data = body.get("data", []) if st == 200 else []
        n_pat = sum(len(c.get("patterns") or []) for c in data)
        log(f"created {len(dump['callflows'])} callflows in {wall:.1f} s; the account has {len(data)} "
            f"({n_pat} patterns, feature codes and callflow {CALLEE} included)")
        return {"created": len(dump["callflows"]), "seconds": round(wall, 2), "account_callflows": len(data),
                "account_patterns": n_pat}

    def setup_box(self) -> dict:
        data = os.path.join(self.tmp, "data")
        out = {"start": self.startup_once(data, "pdd")}
        self.login()
        out["devices"] = self.create_devices()
        out["callflows"] = self.create_callflows()
        s = self.sipp("reg-all", [f"127.0.0.1:{self.sip_port}", "-sf", "register_auth.xml", "-inf", "users.csv",
                                  "-i", "127.0.0.1", "-p", str(self.ports.take()), "-r", "500", "-m", "1000",
                                  "-l", "1000", "-recv_timeout", "5000", "-timeout", "30s"])
        self.wait_sipp(s, 40)
        out["callers_registered"] = self.sipp_result(s)["successful"]
        self.uas_port = self.ports.take()
        self.register_callee(self.uas_port)
        time.sleep(1)
        out["registered"] = self.registered_count()
        out["mem_after_setup"] = self.mem()
        log(f"box ready: {out['registered']} devices registered")
        return out

    def start_pcap(self, tag: str, port: int) -> SimpleNamespace:
        c = SimpleNamespace(pcap=os.path.join(self.tmp, f"{tag}.pcap"), errf=os.path.join(self.tmp, f"{tag}.tcpdump"))
        with open(c.errf, "w") as ef:
            c.p = subprocess.Popen(self.pin(self.a.load_cpu) + [
                "tcpdump", "-i", "lo", "-Q", "in", "-n", "-s", "0", "-B", "65536", "-w", c.pcap,
                f"udp and port {port}"], stdout=subprocess.DEVNULL, stderr=ef, stdin=subprocess.DEVNULL)
        self.procs.append(c.p)
        for _ in range(100):
            if "listening on" in open(c.errf).read() or c.p.poll() is not None:
                break
            time.sleep(0.05)
        time.sleep(0.2)
        return c

    def stop_pcap(self, c: SimpleNamespace) -> int | None:
        c.p.send_signal(signal.SIGINT)
        try:
            c.p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            c.p.kill()
            c.p.wait()
        m = re.search(r"(\d+) packets dropped by kernel", open(c.errf).read())
        return int(m.group(1)) if m else None

    def pdd_run(self, label: str, via_box: bool, dial: str) -> dict:
        a = self.a
        T, rate, hold = a.seconds, a.rate, a.hold_ms
        total = int(rate * T)
        if via_box:
            uas_port, uas_scn = self.uas_port, "uas_echo.xml"
            target = f"127.0.0.1:{self.sip_port}"
        else:
            uas_port, uas_scn = self.ports.take(), "uas_auth_pdd.xml"
            target = f"127.0.0.1:{uas_port}"
        uas_mp = self.ports.take(4)
        uas = self.sipp(f"{label}-uas", ["-sf", uas_scn, "-i", "127.0.0.1", "-p", str(uas_port), "-mi", "127.0.0.1",
                                         "-mp", str(uas_mp), "-l", "20000", "-timeout", f"{int(T + hold / 1000 + 90)}s"])
        time.sleep(0.5)
        if uas.p.poll() is not None:
            raise SystemExit(f"SIPp UAS exited: {sip_bench.tail(uas.files.out, 20)}")
        uac_port = self.ports.take()
        cap = self.start_pcap(label, uac_port)
        since = self.log_size() if via_box else 0
        s = self.sipp(label, [target, "-sf", "uac_auth_pdd.xml", "-s", dial, "-inf", "users.csv", "-i", "127.0.0.1",
                              "-p", str(uac_port), "-mi", "127.0.0.1", "-mp", str(self.ports.take(4)),
                              "-d", str(hold), "-r", str(rate), "-m", str(total), "-l", "5000",
                              "-recv_timeout", "10000", "-timeout", f"{int(T + hold / 1000 + 40)}s",
                              "-trace_rtt", "-rtt_freq", "1"])
        sampler = Sampler(self.box.pid, {"uac": s.p.pid, "uas": uas.p.pid}, interval=0.5)
        sampler.start()
        la = loadavg()[0]
        t0 = time.monotonic()
        self.wait_sipp(s, T + hold / 1000 + 60)
        t1 = time.monotonic()
        time.sleep(5)  # the callee lingers 4 s after each BYE
        smp = sampler.stop()
        kdrop = self.stop_pcap(cap)
        self.stop(uas.p, signal.SIGTERM, 5)
        time.sleep(0.3)
        res = self.sipp_result(s)
        ures = self.sipp_result(uas)
        delays = caller_delays(cap.pcap, uac_port)
        try:
            os.unlink(cap.pcap)
        except OSError:
            pass
        rtt_files = [f for f in os.listdir(self.sippdir) if f.startswith(f"uac_auth_pdd_{s.p.pid}_") and f.endswith("_rtt.csv")]
        # Steady state: from 2 s in to the last call set up (T s).
        ss0, ss1 = t0 + 2, min(t1, t0 + T)
        res.update({
            "label": label, "via_box": via_box, "dialled": dial, "rate": rate, "total": total, "hold_ms": hold,
            "wall_s": round(t1 - t0, 2), "loadavg": la, "tcpdump_kernel_drops": kdrop,
            "achieved_per_s": round(res["successful"] / max(1.0, (res["elapsed_s"] or T) - hold / 1000), 1),
            "uac_cpu_pct": cpu_pct(smp, "uac", ss0, ss1), "uas_cpu_pct": cpu_pct(smp, "uas", ss0, ss1),
            "delays": delays,
            "sipp_rtd_ms": sipp_rtt(os.path.join(self.sippdir, rtt_files[0])) if rtt_files else {},
            "uas": {k: ures[k] for k in ("incoming", "successful", "failed", "failed_unexpected", "out_of_call_msgs",
                                         "dead_call_msgs", "error_log_lines") if k in ures},
        })
        if ures.get("error_log_sample"):
            res["uas"]["error_log_sample"] = ures["error_log_sample"]
        if via_box:
            res["box_cpu_pct"] = cpu_pct(smp, "box", ss0, ss1)
            if res["box_cpu_pct"] and res["achieved_per_s"]:
                res["box_cpu_us_per_call"] = round(1e4 * res["box_cpu_pct"] / res["achieved_per_s"])
            res["box_rss_kb_max"] = max((x["rss"] for x in smp), default=None)
            res["box_threads_max"] = max((x["thr"] for x in smp), default=None)
            res["box_warn_lines"], res["box_warn_sample"] = self.box_log_findings(since)
            res["bans"] = self.check_bans(label)
        res["clean"] = res["failed"] == 0 and res["successful"] == total
        d = delays
        log(f"  {label}: ok {res['successful']}/{total} failed {res['failed']} retrans {res['retransmissions']} "
            f"achieved {res['achieved_per_s']}/s; INVITE->180 p50 {d['invite_to_180_ms'].get('p50')} p99 "
            f"{d['invite_to_180_ms'].get('p99')} ms, ->200 p50 {d['invite_to_200_ms'].get('p50')} p99 "
            f"{d['invite_to_200_ms'].get('p99')} ms; box CPU {res.get('box_cpu_pct')} % UAC {res['uac_cpu_pct']} % "
            f"UAS {res['uas_cpu_pct']} %")
        if not res["clean"]:
            self.findings.append(
                f"{label}: failed {res['failed']}, ok {res['successful']}/{total}, retransmissions "
                f"{res['retransmissions']}; UAC errors {res.get('error_log_sample', [])[:3]}; UAS {res['uas']}")
        if via_box and res.get("box_warn_lines"):
            self.findings.append(f"{label}: the box logged {res['box_warn_lines']} WARN/ERROR lines, e.g. "
                                 f"{res['box_warn_sample'][:2]}")
        return res

    def phase_pdd(self) -> dict:
        out: dict = {"setup": self.setup_box()}
        log(f"pdd: {self.a.rate}/s for {self.a.seconds:g} s per run, calls held {self.a.hold_ms} ms")
        log("pdd baseline: SIPp UAC -> SIPp UAS (challenging), no box")
        out["direct"] = self.pdd_run("direct", False, CALLEE)
        log(f"pdd: SIPp UAC -> box -> SIPp UAS, dialling {CALLEE} (exact number)")
        out["box_exact"] = self.pdd_run("box-exact", True, CALLEE)
        if not self.a.no_pattern_run:
            log(f"pdd: SIPp UAC -> box -> SIPp UAS, dialling {PATTERN_DIALLED} (pattern)")
            out["box_pattern"] = self.pdd_run("box-pattern", True, PATTERN_DIALLED)
        base = out["direct"]["delays"]
        out["engine_added_ms"] = {}
        for run in ("box_exact", "box_pattern"):
            if run not in out:
                continue
            d = out[run]["delays"]
            cmp = {}
            for key in ("invite_to_180_ms", "invite_to_200_ms"):
                for q in ("p50", "p99"):
                    b, x = base[key].get(q), d[key].get(q)
                    if b is None or x is None:
                        continue
                    cmp[f"{key[:-3]}_{q}"] = {"box_ms": x, "direct_ms": b, "added_ms": round(x - b, 3),
                                              "ratio": round(x / b, 2) if b else None}
            out["engine_added_ms"][run] = cmp
        self.stop_box()
        return out

    # -- main ------------------------------------------------------------------------------

    def run(self) -> int:
        rep = self.report
        phases = set(self.a.phases)
        rep["box"] = {"binary": self.a.binary, "binary_mb": round(os.path.getsize(self.a.binary) / 1e6, 2)}
        if "lookup" in phases:
            rep["lookup"] = self.phase_lookup()
        if "pdd" in phases:
            rep["pdd"] = self.phase_pdd()
        rep["host"]["loadavg_at_end"] = loadavg()
        rep["findings"] = self.findings
        self.print_report()
        self.write_json()
        return 0

    def write_json(self, partial: bool = False) -> None:
        sip_bench.write_results(self.report, self.findings, self.a.out, "callflow", partial)

    def print_report(self) -> None:
        rep, P = self.report, print
        P()
        P(f"edgepbx callflow benchmark — box/lookup on CPU {self.a.box_cpu}, SIPp/tcpdump on CPU {self.a.load_cpu}; "
          f"load average {rep['host']['loadavg_at_start']} -> {rep['host']['loadavg_at_end']}; {rep['host'].get('sipp', '')}")
        if "lookup" in rep:
            lk = rep["lookup"]
            P()
            P(f"1. callflow lookups (find_callflow, redb store, {lk['callflows']} callflows: {lk['numbers_indexed']} numbers, "
              f"{lk['patterns_indexed']} patterns; one thread)")
            P(f"   {'mix':<8} {'lookups/s':>11} {'p50 us':>7} {'p99 us':>7} {'cold p50':>8} {'cold p99':>8} "
              f"{'HashMap/s':>12} {'ratio':>8} {'redb read/s':>12} {'ratio':>6}")
            for k, m in lk["mixes"].items():
                c = m.get("latency_cold_caches", {})
                P(f"   {k:<8} {m['lookups_per_s']:>11.0f} {m['latency']['p50_us']:>7} {m['latency']['p99_us']:>7} "
                  f"{c.get('p50_us')!s:>8} {c.get('p99_us')!s:>8} "
                  f"{m['baseline_hashmap_per_s']:>12.0f} {m['ratio_vs_hashmap']:>8.4f} "
                  f"{m['baseline_redb_index_read_per_s']:>12.0f} {m['ratio_vs_redb_read']:>6.3f}")
            P("   (lookups/s: back-to-back on one CPU; cold: single lookups after a 32 MiB cache flush, as one per INVITE)")
            for k, m in lk.get("under_cdr_writes", {}).items():
                c = m["latency_cold_caches"]
                P(f"   {k} under CDR writes (record_cdrs every 10 ms, same CPU, {m['cdr_commits']} commits): "
                  f"{m['lookups_per_s']:.0f}/s, cold p50 {c['p50_us']} us, p99 {c['p99_us']} us")
            pp = lk["pattern_path_parts"]
            P(f"   pattern path, parts alone: pattern index read {pp['pattern_index_read_us']} us, regex scan "
              f"{pp['regex_scan_us']} us; overall mix % {lk['overall_mix_pct']}")
        if "pdd" in rep:
            pd = rep["pdd"]
            P()
            P(f"2. post-dial delay at {self.a.rate} calls/s for {self.a.seconds:g} s, calls held {self.a.hold_ms} ms; "
              f"caller's authenticated INVITE -> first 180 / 200 (ms, from a capture on lo)")
            P(f"   {'run':<12} {'ok':>6} {'failed':>6} {'100 p50':>8} {'180 p50':>8} {'180 p99':>8} {'200 p50':>8} {'200 p99':>8} "
              f"{'200 max':>8} {'1st INV->200 p50':>16} {'box CPU%':>8} {'UAC%':>5} {'UAS%':>5} {'SIPp rtd answer p50/p99':>24}")
            for run in ("direct", "box_exact", "box_pattern"):
                if run not in pd:
                    continue
                x = pd[run]
                d = x["delays"]
                rtd = x["sipp_rtd_ms"].get("answer", {})
                P(f"   {run:<12} {x['successful']:>6} {x['failed']:>6} {d['invite_to_100_ms'].get('p50', '-')!s:>8} "
                  f"{d['invite_to_180_ms'].get('p50')!s:>8} "
                  f"{d['invite_to_180_ms'].get('p99')!s:>8} {d['invite_to_200_ms'].get('p50')!s:>8} "
                  f"{d['invite_to_200_ms'].get('p99')!s:>8} {d['invite_to_200_ms'].get('max')!s:>8} "
                  f"{d['first_invite_to_200_ms'].get('p50')!s:>16} {x.get('box_cpu_pct', '-')!s:>8} "
                  f"{x['uac_cpu_pct']!s:>5} {x['uas_cpu_pct']!s:>5} {str(rtd.get('p50')) + '/' + str(rtd.get('p99')):>24}")
            P("   (100 p50: INVITE -> 100 Trying, which the box sends once the call is routed; SIPp's own rtd "
              "timers count whole ms)")
            for run, cmp in pd["engine_added_ms"].items():
                P(f"   engine-added ({run} - direct): " + "; ".join(
                    f"{k} +{v['added_ms']} ms (x{v['ratio']})" for k, v in cmp.items()))
        if self.findings:
            P()
            P("findings:")
            for f in self.findings:
                P(f"   - {f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--lookup-bin", required=True)
    ap.add_argument("--scenarios", required=True, help="the shared SIPp scenarios (used unchanged)")
    ap.add_argument("--phases", default="lookup,pdd")
    ap.add_argument("--seconds", type=float, default=30, help="length of each post-dial-delay run")
    ap.add_argument("--rate", type=int, default=100, help="calls/s")
    ap.add_argument("--hold-ms", type=int, default=1000, help="how long each call is held")
    ap.add_argument("--lookup-seconds", type=float, default=2, help="seconds per lookup measurement")
    ap.add_argument("--no-pattern-run", action="store_true", help="skip the run dialling a pattern number")
    ap.add_argument("--box-env", action="append", default=[], metavar="K=V")
    ap.add_argument("--box-cpu", type=int, default=1)
    ap.add_argument("--load-cpu", type=int, default=0)
    ap.add_argument("--nice", type=int, default=-10, help="nice level for everything started (if permitted)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (SIPp logs, box log)")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    a.phases = [p for p in a.phases.split(",") if p]
    if a.seconds > 60:
        raise SystemExit("--seconds: at most 60 per run")
    sip_bench.settle_process(a)
    return CallflowBench(a).run()


if __name__ == "__main__":
    sys.exit(main())
