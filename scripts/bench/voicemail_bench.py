#!/usr/bin/env python3
"""Voicemail deposits and the mail queue under load (driven by scripts/bench/voicemail.sh; Python 3,
standard library only). Reuses sip_bench.py (the box, the API, SIPp, the CPU sampler).

The box (release, fresh data dir, pinned to --box-cpu) with the 1,000 callers of users.csv as
devices, a voicemail box 700 (no greeting: straight to the beep) owned by a user with an email,
the account's mail relay an aiosmtpd (Debian's python3-aiosmtpd, Mailbox handler writing a
maildir). SIPp (pinned to --load-cpu) runs the shared uac_auth_rtp.xml: --calls callers, at most
--concurrent at once, each streaming PCMU for --talk-ms after the answer, then BYE.

Phases (every run bounded in count and time; the box's WARN/ERROR lines become findings):
  baseline  the same SIPp command straight to a SIPp UAS that challenges and answers the same
            way (scripts/bench/sipp/uas_auth_pdd.xml): the callers' own ceiling, calls/s.
  live      the callers leave their messages in box 700 while aiosmtpd takes the
            voicemail-to-email: deposits/s (messages seen through GET .../vmboxes/{id}/messages,
            polled), messages lost (N expected), mails delivered vs expected, the delay from the
            last message stored to the last mail delivered.
  drain     the mail queue's own rate: the relay pointed at a closed port, --calls more messages
            left (every first try fails: the notices wait in the store's mail queue), the box
            stopped, aiosmtpd started on that port, the box started again on the same data:
            mails/s from its queue (first to last mail, aiosmtpd's file times) vs Python's
            smtplib sending the same mail (one the box sent) --calls times to another aiosmtpd
            directly, one connection per mail, as the box does.
Prints a table and writes JSON to scripts/bench/results/voicemail-<time>.json.
"""

from __future__ import annotations

import argparse
import os
import signal
import smtplib
import socket
import sys
import time
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sip_bench  # noqa: E402  (same directory)
from sip_bench import Bench, Sampler, cpu_pct, loadavg, log  # noqa: E402

VM_NUMBER = "700"
OWNER_EMAIL = "owner@office.example.com"


class Smtpd:
    """Debian's aiosmtpd on 127.0.0.1:port saving into its own maildir."""

    def __init__(self, bench: Bench, tag: str, port: int):
        self.maildir = os.path.join(bench.tmp, f"maildir-{tag}")
        self.port = port
        self.p = bench.spawn(bench.pin(bench.a.load_cpu) + [
            "/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
            "-c", "aiosmtpd.handlers.Mailbox", self.maildir], out=os.path.join(bench.tmp, f"smtpd-{tag}.log"))
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or self.p.poll() is not None:
                    raise SystemExit(f"aiosmtpd on {port} did not start")
                time.sleep(0.05)

    def files(self) -> list[str]:
        d = os.path.join(self.maildir, "new")
        try:
            return [os.path.join(d, f) for f in os.listdir(d)]
        except OSError:
            return []

    def wait_for(self, n: int, limit: float) -> list[str]:
        deadline = time.monotonic() + limit
        while len(self.files()) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.files()


def mail_times(files: list[str]) -> dict:
    """Rate from aiosmtpd's own file times: mails after the first / (last - first)."""
    t = sorted(os.stat(f).st_mtime_ns / 1e9 for f in files)
    if len(t) < 2 or t[-1] <= t[0]:
        return {"mails": len(t), "rate_per_s": None}
    return {"mails": len(t), "first_to_last_s": round(t[-1] - t[0], 3),
            "rate_per_s": round((len(t) - 1) / (t[-1] - t[0]), 1), "last_at": t[-1], "first_at": t[0]}


class VoicemailBench(Bench):
    def __init__(self, a: argparse.Namespace):
        super().__init__(a)
        for k in ("anchors_asterisk", "aims"):
            self.report.pop(k, None)
        self.report["benchmark"] = "voicemail"

    # -- the box -------------------------------------------------------------------------------

    def setup_box(self, smtp_port: int) -> dict:
        self.data = os.path.join(self.tmp, "data")
        out = {"start": self.startup_once(self.data, "vm")}
        self.login()
        out["devices"] = self.create_devices()
        A = f"/v2/accounts/{self.account}"
        st, body = self.api("PUT", f"{A}/users", {"data": {"first_name": "Vera", "last_name": "Mailbox",
                                                           "username": "vera", "password": "Vera-Pw-700x",
                                                           "email": OWNER_EMAIL}})
        if st != 201:
            raise SystemExit(f"owner: {st} {body}")
        owner = body["data"]["id"]
        st, body = self.api("PUT", f"{A}/vmboxes", {"data": {"name": "Sales", "mailbox": VM_NUMBER,
                                                             "owner_id": owner, "skip_greeting": True,
                                                             "max_message_count": 10000}})
        if st != 201:
            raise SystemExit(f"vmbox: {st} {body}")
        self.vmbox = body["data"]["id"]
        st, body = self.api("PUT", f"{A}/callflows", {"data": {"numbers": [VM_NUMBER], "flow": {
            "module": "voicemail", "data": {"id": self.vmbox}, "children": {}}}})
        if st != 201:
            raise SystemExit(f"callflow {VM_NUMBER}: {st} {body}")
        self.set_relay(smtp_port)
        return out

    def set_relay(self, port: int) -> None:
        st, body = self.api("PUT", f"/v2/accounts/{self.account}/configs/smtp_client", {"data": {
            "relay": "127.0.0.1", "port": port, "tls": "never", "from": "pbx@office.example.com"}})
        if st not in (200, 201):
            raise SystemExit(f"smtp_client: {st} {body}")

    def messages(self) -> int:
        st, body = self.api("GET", f"/v2/accounts/{self.account}/vmboxes/{self.vmbox}/messages?paginate=false")
        return len(body.get("data", [])) if st == 200 else -1

    # -- SIPp ----------------------------------------------------------------------------------

    def callers(self, tag: str, target: str, dial: str) -> SimpleNamespace:
        a = self.a
        limit = a.calls / a.concurrent * (a.talk_ms / 1000 + 5) + 60
        s = self.sipp(tag, [target, "-sf", "uac_auth_rtp.xml", "-s", dial, "-inf", "users.csv",
                            "-i", "127.0.0.1", "-p", str(self.ports.take()), "-mi", "127.0.0.1",
                            "-mp", str(self.ports.take(4)), "-d", str(a.talk_ms), "-r", str(a.concurrent),
                            "-l", str(a.concurrent), "-m", str(a.calls), "-recv_timeout", "10000",
                            "-timeout", f"{int(limit)}s"])
        s.limit = limit + 10
        return s

    def phase_baseline(self) -> dict:
        uas_port = self.ports.take()
        uas = self.sipp("baseline-uas", ["-sf", "uas_auth_pdd.xml", "-i", "127.0.0.1", "-p", str(uas_port),
                                         "-mi", "127.0.0.1", "-mp", str(self.ports.take(4)), "-l", "20000",
                                         "-timeout", "600s"], cpu=self.a.box_cpu)
        time.sleep(0.5)
        if uas.p.poll() is not None:
            raise SystemExit(f"SIPp UAS exited: {sip_bench.tail(uas.files.out, 20)}")
        la = loadavg()[0]
        t0 = time.monotonic()
        s = self.callers("baseline", f"127.0.0.1:{uas_port}", VM_NUMBER)
        self.wait_sipp(s, s.limit)
        wall = time.monotonic() - t0
        self.stop(uas.p, signal.SIGTERM, 5)
        res = self.sipp_result(s)
        res.update({"wall_s": round(wall, 2), "calls_per_s": round(res["successful"] / wall, 2), "loadavg": la})
        log(f"baseline: {res['successful']}/{self.a.calls} calls in {wall:.1f} s = {res['calls_per_s']}/s "
            f"(failed {res['failed']})")
        if res["successful"] != self.a.calls:
            self.findings.append(f"baseline: {res['successful']}/{self.a.calls} calls; {res.get('error_log_sample', [])[:3]}")
        return res

    def deposit_run(self, tag: str, before: int, expected_warning: str = "") -> dict:
        """--calls messages left in box 700; the count polled (every 0.2 s) until all are there
        (bounded). Box WARN/ERROR lines are findings, except those containing `expected_warning`."""
        a = self.a
        since = self.log_size()
        la = loadavg()[0]
        sampler = Sampler(self.box.pid, interval=0.5)
        sampler.start()
        t0 = time.monotonic()
        s = self.callers(tag, f"127.0.0.1:{self.sip_port}", VM_NUMBER)
        sampler.add("uac", s.p.pid)
        seen, last_change, sipp_done = before, None, None
        deadline = t0 + s.limit + 30
        while time.monotonic() < deadline:
            n = self.messages()
            if n > seen:
                seen, last_change = n, time.monotonic()
            if sipp_done is None and s.p.poll() is not None:
                sipp_done = time.monotonic()
            if seen >= before + a.calls and sipp_done is not None:
                break
            # Once SIPp is done, messages still being written get 10 s more.
            if sipp_done is not None and time.monotonic() > sipp_done + 10:
                break
            time.sleep(0.2)
        if s.p.poll() is None:
            self.wait_sipp(s, 1)
        smp = sampler.stop()
        res = self.sipp_result(s)
        stored = seen - before
        span = (last_change or time.monotonic()) - t0
        res.update({
            "loadavg": la, "messages_stored": stored, "messages_lost": a.calls - stored,
            "sipp_wall_s": round((sipp_done or time.monotonic()) - t0, 2),
            "to_last_message_s": round(span, 2),
            "deposits_per_s": round(stored / span, 2) if span > 0 else None,
            "calls_per_s": round(res["successful"] / ((sipp_done or time.monotonic()) - t0), 2),
            "box_cpu_pct": cpu_pct(smp, "box"), "uac_cpu_pct": cpu_pct(smp, "uac"),
            "box_rss_kb_max": max((x["rss"] for x in smp), default=None),
            "last_message_at": last_change,
        })
        n, sample = self.box_log_findings(since)
        if expected_warning:
            n -= sum(1 for ln in self.read_box_log()[since:].splitlines() if expected_warning in ln)
            sample = [ln for ln in sample if expected_warning not in ln]
        res["box_warn_lines"], res["box_warn_sample"] = n, sample
        log(f"{tag}: {stored}/{a.calls} messages in {span:.1f} s = {res['deposits_per_s']}/s; SIPp ok "
            f"{res['successful']} failed {res['failed']}; box CPU {res['box_cpu_pct']} %")
        if stored != a.calls or res["failed"]:
            self.findings.append(f"{tag}: {stored}/{a.calls} messages stored, SIPp failed {res['failed']}: "
                                 f"{res.get('error_log_sample', [])[:3]}")
        if res["box_warn_lines"]:
            self.findings.append(f"{tag}: the box logged {res['box_warn_lines']} WARN/ERROR lines, e.g. "
                                 f"{res['box_warn_sample'][:2]}")
        return res

    def phase_live(self, smtpd: Smtpd) -> dict:
        res = self.deposit_run("live", 0)
        files = smtpd.wait_for(res["messages_stored"], 60)
        t = mail_times(files)
        res["mails"] = {"expected": res["messages_stored"], "delivered": len(files), **t}
        if t.get("last_at") and res["last_message_at"]:
            # File times are wall clock; the poll time monotonic: compare through now.
            lag = t["last_at"] - (time.time() - (time.monotonic() - res["last_message_at"]))
            res["mails"]["last_mail_after_last_message_s"] = round(lag, 2)
        log(f"live: mails {len(files)}/{res['messages_stored']}, {t.get('rate_per_s')}/s while deposits ran")
        if len(files) != res["messages_stored"]:
            self.findings.append(f"live: {len(files)} mails for {res['messages_stored']} messages")
        return res

    def phase_drain(self) -> dict:
        a = self.a
        closed = self.ports.take()
        self.set_relay(closed)
        res = {"deposits": self.deposit_run("queued", a.calls, "notice not mailed yet, trying again")}
        queued = res["deposits"]["messages_stored"]
        # Stop before the first retry (30 s after each failed try), start the relay, start again.
        self.stop_box()
        smtpd = Smtpd(self, "drain", closed)
        t0 = time.time()
        res["restart"] = self.startup_once(self.data, "vm-again")
        self.login()
        files = smtpd.wait_for(queued, 60 + queued)
        t = mail_times(files)
        res["box"] = {"expected": queued, "delivered": len(files), **t}
        if t.get("last_at"):
            res["box"]["start_to_last_mail_s"] = round(t["last_at"] - t0, 2)
        res["messages_after_restart"] = self.messages()
        log(f"drain: {len(files)}/{queued} queued mails sent after the restart at {t.get('rate_per_s')}/s")
        if len(files) != queued:
            self.findings.append(f"drain: {len(files)} of {queued} queued mails delivered after the restart")
        if files:
            res["direct"] = self.smtplib_baseline(files[0], queued)
            if res["direct"].get("rate_per_s") and t.get("rate_per_s"):
                res["ratio_box_to_direct"] = round(t["rate_per_s"] / res["direct"]["rate_per_s"], 3)
        return res

    def smtplib_baseline(self, sample: str, n: int) -> dict:
        """The same mail sent n times by smtplib to a fresh aiosmtpd, a connection per mail."""
        with open(sample, "rb") as f:
            stored = f.read().replace(b"\r\n", b"\n").split(b"\n")
        # The mail as the box sent it: without the X-Peer/X-MailFrom/X-RcptTo lines aiosmtpd's
        # Mailbox added, CRLF line ends (smtplib sends bytes as they are).
        raw = b"\r\n".join(ln for ln in stored if not ln.startswith((b"X-Peer:", b"X-MailFrom:", b"X-RcptTo:")))
        smtpd = Smtpd(self, "direct", self.ports.take())
        t0 = time.monotonic()
        for _ in range(n):
            with smtplib.SMTP("127.0.0.1", smtpd.port, timeout=20) as c:
                c.sendmail("pbx@office.example.com", [OWNER_EMAIL], raw)
        wall = time.monotonic() - t0
        files = smtpd.wait_for(n, 30)
        t = mail_times(files)
        out = {"mails": len(files), "bytes_per_mail": len(raw), "send_wall_s": round(wall, 3), **t}
        log(f"direct: smtplib -> aiosmtpd {len(files)}/{n} mails of {len(raw)} B at {t.get('rate_per_s')}/s")
        return out

    # -- main ----------------------------------------------------------------------------------

    def run(self) -> int:
        rep = self.report
        rep["box"] = {"binary": self.a.binary, "binary_mb": round(os.path.getsize(self.a.binary) / 1e6, 2)}
        rep["baseline"] = self.phase_baseline()
        smtpd = Smtpd(self, "live", self.ports.take())
        rep["setup"] = self.setup_box(smtpd.port)
        rep["live"] = self.phase_live(smtpd)
        rep["live"]["ratio_deposits_to_baseline_calls"] = round(
            (rep["live"]["deposits_per_s"] or 0) / rep["baseline"]["calls_per_s"], 3)
        if "drain" in self.a.phases:
            rep["drain"] = self.phase_drain()
        self.stop_box()
        rep["host"]["loadavg_at_end"] = loadavg()
        rep["findings"] = self.findings
        self.print_report()
        self.write_json()
        return 0

    def write_json(self, partial: bool = False) -> None:
        sip_bench.write_results(self.report, self.findings, self.a.out, "voicemail", partial)

    def print_report(self) -> None:
        r, a = self.report, self.a
        b, lv = r["baseline"], r["live"]
        P = print
        P(f"\nVoicemail deposits: {a.calls} SIPp callers, {a.concurrent} at once, {a.talk_ms} ms of PCMU each, "
          f"one box (load avg at start {r['host']['loadavg_at_start']}, at end {r['host']['loadavg_at_end']})")
        P(f"  baseline  SIPp -> SIPp UAS (same scenario): {b['successful']}/{a.calls} calls, {b['calls_per_s']}/s "
          f"(load {b['loadavg']})")
        P(f"  box       {lv['messages_stored']}/{a.calls} messages stored (lost {lv['messages_lost']}), "
          f"{lv['deposits_per_s']} deposits/s = x{lv['ratio_deposits_to_baseline_calls']} the baseline; SIPp failed "
          f"{lv['failed']}; box CPU {lv['box_cpu_pct']} %, RSS max {lv['box_rss_kb_max']} kB (load {lv['loadavg']})")
        m = lv["mails"]
        P(f"  mail      {m['delivered']}/{m['expected']} voicemail-to-email delivered while depositing "
          f"({m.get('rate_per_s')}/s, last mail {m.get('last_mail_after_last_message_s')} s after the last message was seen, polled every 0.2 s)")
        if "drain" in r:
            d = r["drain"]
            P(f"  queue     {d['box']['delivered']}/{d['box']['expected']} mails queued while the relay was down, sent "
              f"after a restart at {d['box'].get('rate_per_s')} mails/s")
            if "direct" in d:
                P(f"  baseline  smtplib -> aiosmtpd, same mail ({d['direct']['bytes_per_mail']} B), a connection per "
                  f"mail: {d['direct'].get('rate_per_s')} mails/s; box queue x{d.get('ratio_box_to_direct')}")
        for f in self.findings:
            P(f"  FINDING {f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--scenarios", required=True, help="the shared SIPp scenarios (used unchanged)")
    ap.add_argument("--calls", type=int, default=100, help="messages left per run (at most 1,000)")
    ap.add_argument("--concurrent", type=int, default=20, help="callers at once")
    ap.add_argument("--talk-ms", type=int, default=2000, help="how long each caller streams audio")
    ap.add_argument("--phases", default="drain", help="'drain' adds the mail queue run; '' skips it")
    ap.add_argument("--box-env", action="append", default=[], metavar="K=V")
    ap.add_argument("--box-cpu", type=int, default=1)
    ap.add_argument("--load-cpu", type=int, default=0)
    ap.add_argument("--nice", type=int, default=-10, help="nice level for everything started (if permitted)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (SIPp logs, box log, maildirs)")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    a.phases = [p for p in a.phases.split(",") if p]
    if not 1 <= a.calls <= 1000 or not 1 <= a.concurrent <= 200 or not 500 <= a.talk_ms <= 30000:
        raise SystemExit("--calls 1..1000, --concurrent 1..200, --talk-ms 500..30000")
    sip_bench.settle_process(a)
    return VoicemailBench(a).run()


if __name__ == "__main__":
    sys.exit(main())
