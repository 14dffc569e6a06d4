#!/usr/bin/env python3
"""Post-dial delay through a SIP provider (run by scripts/bench/pdd.sh; Python 3, stdlib only).

Issue 18: "post-dial delay added by an outbound trunk route and by an inbound DID route at 50
calls/s (SIPp through Kamailio and the box), against SIPp through Kamailio alone in the same
run". Kamailio (Debian's, with the tests' tests/kamailio/provider.cfg: registrar with SHA-256
digest, proxy that sends a DID to its registered contact and anything else to a "PSTN" UAS)
plays the provider, with one UDP worker (-n 1: two may pass a 200 before its 180, which
SIPp's callers take as an error). The box (release, fresh data dir, pinned to --box-cpu) registers to it
as a `resources` gateway and routes every other number out through it.

Runs, each at --rate calls/s for --seconds, calls held --hold-ms (SIPp, Kamailio, tcpdump and
this script on --load-cpu):
  kamailio  baseline: uac_pdd.xml -> Kamailio -> the PSTN UAS (shared uas_echo.xml)
  outbound  uac_auth_pdd.xml (a phone of the box, digest) -> box -> offnet -> Kamailio -> PSTN UAS
  inbound   uac_pdd.xml -> Kamailio -> the box's registered contact (the DID) -> device 2000
            (uas_echo.xml registered to the box)
Delay = the caller's routed INVITE (the one with digest for the phone) -> its 180 and 200,
per call, from tcpdump on lo (-Q in, microseconds); added = run - kamailio, ratio = run /
kamailio, at p50 and p99. Every process started here is stopped at exit; loads are bounded.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sip_bench  # noqa: E402  (same directory)
from callflow_bench import SIP_LINE, CallflowBench, header, sip_packets, summary  # noqa: E402
from sip_bench import CALLEE, HERE, Sampler, cpu_pct, loadavg, log  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
KAMAILIO_CFG = os.path.join(ROOT, "tests", "kamailio", "provider.cfg")
DID = "+14155550142"
# Kamailio's own loopback address: the box takes INVITEs from a gateway's address as the
# provider's (unchallenged), so the phones (127.0.0.1) must not share it.
KAMAILIO_IP = "127.0.0.9"
OUTSIDE_NUMBER = "+14155550123"


def routed_invite_delays(path: str, uac_port: int) -> dict:
    """Per call at the caller's port: its last INVITE (highest CSeq) sent -> first 180 and 200
    to that CSeq received; ms."""
    sent: dict[bytes, dict[int, float]] = {}
    got: dict[tuple[bytes, int, str], float] = {}
    for ts, sport, dport, payload in sip_packets(path):
        m = SIP_LINE.match(payload)
        cid, cseq = header(payload, b"call-id"), header(payload, b"cseq") or b""
        if not m or cid is None or not cseq.endswith(b"INVITE"):
            continue
        try:
            n = int(cseq.split()[0])
        except ValueError:
            continue
        if sport == uac_port and m.group(2) == b"INVITE":
            sent.setdefault(cid, {}).setdefault(n, ts)
        elif dport == uac_port and m.group(1) in (b"180", b"200"):
            got.setdefault((cid, n, m.group(1).decode()), ts)
    ring, answer = [], []
    for cid, invites in sent.items():
        n = max(invites)
        if (cid, n, "180") in got:
            ring.append(1000 * (got[(cid, n, "180")] - invites[n]))
        if (cid, n, "200") in got:
            answer.append(1000 * (got[(cid, n, "200")] - invites[n]))
    return {"calls_seen": len(sent), "calls_without_200": len(sent) - len(answer),
            "invite_to_180_ms": summary(ring), "invite_to_200_ms": summary(answer)}


class PddBench(CallflowBench):
    def __init__(self, a: argparse.Namespace):
        super().__init__(a)
        self.report["benchmark"] = "pdd"

    def start_kamailio(self) -> None:
        self.kam_port = self.ports.take()
        self.pstn_port = self.ports.take()
        d = os.path.join(self.tmp, "kamailio")
        os.makedirs(d)
        self.kam_log = os.path.join(d, "kamailio.log")
        self.kamailio = self.spawn(self.pin(self.a.load_cpu) + [
            "kamailio", "-f", KAMAILIO_CFG, "-DD", "-E", "-n", "1", "-l", f"udp:{KAMAILIO_IP}:{self.kam_port}",
            "-A", f'PSTN_UAS="sip:127.0.0.1:{self.pstn_port}"', "-Y", d, "-P", os.path.join(d, "pid")],
            out=self.kam_log)
        for _ in range(50):
            if self.kamailio.poll() is not None or self.probe_kamailio():
                break
        if self.kamailio.poll() is not None or not self.probe_kamailio():
            raise SystemExit(f"kamailio exited: {sip_bench.tail(self.kam_log, 20)}")

    def stop_kamailio(self) -> None:
        # SIGTERM: Kamailio's main process then ends its children (SIGKILL would orphan them).
        self.stop(getattr(self, "kamailio", None), signal.SIGTERM, 10)

    def cleanup(self) -> None:
        self.stop_kamailio()
        super().cleanup()

    def probe_kamailio(self) -> bool:
        import socket
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(0.2)
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
            s.sendto((f"OPTIONS sip:{KAMAILIO_IP}:{self.kam_port} SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:{port};"
                      f"branch=z9hG4bKprobe{time.monotonic_ns()}\r\nFrom: <sip:probe@127.0.0.1>;tag=p\r\n"
                      f"To: <sip:127.0.0.1>\r\nCall-ID: probe{time.monotonic_ns()}\r\nCSeq: 1 OPTIONS\r\n"
                      "Max-Forwards: 70\r\nContent-Length: 0\r\n\r\n").encode(), (KAMAILIO_IP, self.kam_port))
            try:
                return s.recv(2048).startswith(b"SIP/2.0 200")
            except OSError:
                return False

    def setup_box(self) -> dict:
        data = os.path.join(self.tmp, "data")
        out = {"start": self.startup_once(data, "pdd")}
        self.login()
        out["devices"] = self.create_devices()
        A = f"/v2/accounts/{self.account}"
        st, body = self.api("GET", f"{A}/callflows?paginate=false")
        callee_flow = next(c for c in body["data"] if CALLEE in c.get("numbers", []))
        st, body = self.api("GET", f"{A}/callflows/{callee_flow['id']}")
        flow = body["data"]["flow"]
        for doc in ({"numbers": [DID], "flow": flow},
                    {"numbers": ["no_match"], "flow": {"module": "offnet", "data": {}}}):
            st, body = self.api("PUT", f"{A}/callflows", {"data": doc})
            if st != 201:
                raise SystemExit(f"callflow {doc['numbers']}: {st} {body}")
        st, body = self.api("PUT", f"{A}/resources", {"data": {
            "name": "kamailio", "rules": ["^\\+?1?(\\d{10})$"],
            "gateways": [{"server": KAMAILIO_IP, "port": self.kam_port, "register": True, "username": DID,
                          "auth_username": "trunkuser", "password": "trunkpass",
                          "realm": "provider.test"}]}})
        if st != 201:
            raise SystemExit(f"resource: {st} {body}")
        resource = body["data"]["id"]
        for _ in range(100):
            st, body = self.api("GET", f"{A}/resources/{resource}/status")
            gw = body.get("data", {}).get("gateways", [{}])[0] if st == 200 else {}
            if gw.get("state") == "registered":
                break
            time.sleep(0.1)
        else:
            raise SystemExit(f"the box did not register to Kamailio: {gw}\n{sip_bench.tail(self.kam_log, 10)}")
        self.uas_port = self.ports.take()
        self.register_callee(self.uas_port)
        out["registered_to_kamailio"] = True
        log("box ready: registered to Kamailio, device 2000 registered to the box")
        return out

    def uas(self, tag: str, port: int):
        T = self.a.seconds + self.a.hold_ms / 1000
        u = self.sipp(tag, ["-sf", "uas_echo.xml", "-i", "127.0.0.1", "-p", str(port), "-mi", "127.0.0.1",
                            "-mp", str(self.ports.take(4)), "-l", "20000", "-timeout", f"{int(3 * T + 120)}s"])
        time.sleep(0.5)
        if u.p.poll() is not None:
            raise SystemExit(f"SIPp UAS exited: {sip_bench.tail(u.files.out, 20)}")
        return u

    def run_once(self, label: str, target: str, scenario: str, dial: str) -> dict:
        a = self.a
        T, rate, hold = a.seconds, a.rate, a.hold_ms
        total = int(rate * T)
        uac_port = self.ports.take()
        cap = self.start_pcap(label, uac_port)
        since = self.log_size()
        s = self.sipp(label, [target, "-sf", scenario, "-s", dial, "-inf", "users.csv",
                              "-i", "127.0.0.1", "-p", str(uac_port), "-mi", "127.0.0.1",
                              "-mp", str(self.ports.take(4)), "-d", str(hold), "-r", str(rate), "-m", str(total),
                              "-l", "5000", "-recv_timeout", "10000", "-timeout", f"{int(T + hold / 1000 + 40)}s"])
        sampler = Sampler(self.box.pid, {"uac": s.p.pid}, interval=0.5)
        sampler.start()
        la = loadavg()[0]
        t0 = time.monotonic()
        self.wait_sipp(s, T + hold / 1000 + 60)
        t1 = time.monotonic()
        time.sleep(2)
        smp = sampler.stop()
        kdrop = self.stop_pcap(cap)
        res = self.sipp_result(s)
        delays = routed_invite_delays(cap.pcap, uac_port)
        os.unlink(cap.pcap)
        ss0, ss1 = t0 + 2, min(t1, t0 + T)
        res.update({"label": label, "dialled": dial, "rate": rate, "total": total, "hold_ms": hold,
                    "wall_s": round(t1 - t0, 2), "loadavg": la, "tcpdump_kernel_drops": kdrop,
                    "delays": delays, "box_cpu_pct": cpu_pct(smp, "box", ss0, ss1),
                    "uac_cpu_pct": cpu_pct(smp, "uac", ss0, ss1)})
        res["box_warn_lines"], res["box_warn_sample"] = self.box_log_findings(since)
        res["clean"] = res["failed"] == 0 and res["successful"] == total
        d = delays
        log(f"  {label}: ok {res['successful']}/{total} failed {res['failed']}; INVITE->180 p50 "
            f"{d['invite_to_180_ms'].get('p50')} p99 {d['invite_to_180_ms'].get('p99')} ms, ->200 p50 "
            f"{d['invite_to_200_ms'].get('p50')} p99 {d['invite_to_200_ms'].get('p99')} ms")
        if not res["clean"]:
            self.findings.append(f"{label}: failed {res['failed']}, ok {res['successful']}/{total}; "
                                 f"errors {res.get('error_log_sample', [])[:3]}")
        return res

    def phase_pdd(self) -> dict:
        self.start_kamailio()
        out = {"setup": self.setup_box()}
        pstn = self.uas("pstn-uas", self.pstn_port)
        callee = self.uas("callee-uas", self.uas_port)
        log(f"pdd: {self.a.rate}/s for {self.a.seconds:g} s per run, calls held {self.a.hold_ms} ms")
        log("baseline: SIPp -> Kamailio -> SIPp (PSTN)")
        out["kamailio"] = self.run_once("kamailio", f"{KAMAILIO_IP}:{self.kam_port}", "uac_pdd.xml", OUTSIDE_NUMBER)
        log("outbound: SIPp phone -> box -> Kamailio -> SIPp (PSTN)")
        out["outbound"] = self.run_once("outbound", f"127.0.0.1:{self.sip_port}", "uac_auth_pdd.xml", OUTSIDE_NUMBER)
        log("inbound: SIPp (PSTN) -> Kamailio -> box (DID) -> SIPp phone")
        out["inbound"] = self.run_once("inbound", f"{KAMAILIO_IP}:{self.kam_port}", "uac_pdd.xml", DID)
        for u in (pstn, callee):
            self.stop(u.p, signal.SIGTERM, 5)
        self.stop_kamailio()
        base = out["kamailio"]["delays"]
        out["added_ms"] = {}
        for run in ("outbound", "inbound"):
            d = out[run]["delays"]
            cmp = {}
            for k in ("invite_to_180_ms", "invite_to_200_ms"):
                for p in ("p50", "p99"):
                    b, v = base[k].get(p), d[k].get(p)
                    if b is not None and v is not None:
                        cmp[f"{k[:-3]} {p}"] = {"added_ms": round(v - b, 3),
                                                 "ratio": round(v / b, 2) if b > 0 else None}
            out["added_ms"][run] = cmp
        return out

    def run(self) -> int:
        self.report["pdd"] = self.phase_pdd()
        self.report["host"]["loadavg_at_end"] = loadavg()
        self.report["findings"] = self.findings
        self.print_report()
        self.write_json()
        return 0

    def write_json(self, partial: bool = False) -> None:
        sip_bench.write_results(self.report, self.findings, self.a.out, "pdd", partial)

    def print_report(self) -> None:
        P = print
        pd = self.report["pdd"]
        P()
        P(f"post-dial delay through Kamailio, {self.a.rate}/s for {self.a.seconds:g} s per run "
          "(ms, from a capture on lo at the caller)")
        P(f"   {'run':<10} {'ok':>6} {'failed':>6} {'180 p50':>8} {'180 p99':>8} {'200 p50':>8} {'200 p99':>8} "
          f"{'box CPU%':>8}")
        for run in ("kamailio", "outbound", "inbound"):
            x = pd[run]
            d = x["delays"]
            P(f"   {run:<10} {x['successful']:>6} {x['failed']:>6} {d['invite_to_180_ms'].get('p50')!s:>8} "
              f"{d['invite_to_180_ms'].get('p99')!s:>8} {d['invite_to_200_ms'].get('p50')!s:>8} "
              f"{d['invite_to_200_ms'].get('p99')!s:>8} {x.get('box_cpu_pct')!s:>8}")
        for run, cmp in pd["added_ms"].items():
            P(f"   added by the box ({run} - kamailio): " + "; ".join(
                f"{k} +{v['added_ms']} ms (x{v['ratio']})" for k, v in cmp.items()))
        if self.findings:
            P()
            P("findings:")
            for f in self.findings:
                P(f"   - {f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--scenarios", required=True, help="the shared SIPp scenarios (used unchanged)")
    ap.add_argument("--seconds", type=float, default=20, help="length of each run")
    ap.add_argument("--rate", type=int, default=50, help="calls/s")
    ap.add_argument("--hold-ms", type=int, default=1000, help="how long each call is held")
    ap.add_argument("--box-env", action="append", default=[], metavar="K=V")
    ap.add_argument("--box-cpu", type=int, default=1)
    ap.add_argument("--load-cpu", type=int, default=0)
    ap.add_argument("--nice", type=int, default=-10, help="nice level for everything started (if permitted)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (SIPp and Kamailio logs, box log)")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    a.phases = ["pdd"]
    if a.seconds > 60:
        raise SystemExit("--seconds: at most 60 per run")
    sip_bench.settle_process(a)
    return PddBench(a).run()


if __name__ == "__main__":
    sys.exit(main())
