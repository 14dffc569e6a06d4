#!/usr/bin/env python3
"""SIP benchmark driver (run by scripts/bench/sip.sh; Python 3, standard library only).

Everything on 127.0.0.1: the box (edgepbx run, release build, fresh data dir) pinned to
--box-cpu, SIPp, tcpdump and this script pinned to --load-cpu. The SIPp scenarios of
../shared/bench/sipp are used unchanged, copied into a temporary working directory (SIPp writes
its logs there and reads tone-1s.ulaw relative to it).

Phases (--phases, default all, in this order):
  startup     exec -> "edgepbx ready ... sip=" log line and -> first answered OPTIONS over UDP
              (a tiny UDP client probing every millisecond), --startup-runs fresh data dirs and
              as many restarts on an existing one; medians.
  register    1,000 devices (users.csv 1000..1999, password pw<user>) created through the API,
              then register_auth.xml at rising -r for --seconds each; the highest rate with 0
              failed calls that SIPp actually sustained. Baseline: the same SIPp command against a
              SIPp UAS answering REGISTER itself (sipp/uas_register.xml) pinned where the box was.
  calls       uac_auth_rtp.xml -d 10000 (RTP both ways) -> box -> uas_echo.xml -rtp_echo as the
              callee (device 2000 registered from the UAS port first), rising -r.
  d0          the same with -d 0 (signalling only).
  concurrent  N long calls at full media (-l N, setup at --conc-rate), RTP counted with tcpdump on
              lo (-Q in, so each packet once) in four flows: caller->box, box->callee,
              callee->box (echo), box->caller; clean = < 0.1 % lost. Baseline in the same run:
              the bare UDP relay (scripts/bench/udp-relay, via relay_bench.py) at the same calls.
  snapshot    the crash snapshot (sip-registrations.json): 1,000 phones registered, refreshing every
              60 s (register_auth.xml at 1000 per 60 s) for --snapshot-seconds: snapshot writes per
              minute and bytes per write (from GET /v2/system_status); then REGISTER/s at each of
              --snapshot-reg-levels for --snapshot-reg-seconds on a box with snapshots on and on one
              with them off (EDGEPBX_SNAPSHOT_SECS=0), same run, bans off on both.
  soak        signalling-only calls (as d0) at half the peak call rate (--soak-rate; default half
              the highest clean d0 rate of this run, else 500/s) for --soak-seconds (600) on a fresh
              box, RSS sampled every --soak-sample seconds (10); then RSS 60 s after the load.
              Flat memory: the samples after the first minute within a few MB of each other.
Box CPU % comes from /proc/PID/stat deltas, RSS and threads from /proc/PID/status (sampled).
Every process started here is killed at exit; every load is bounded in count and time.
Bans the box puts on 127.0.0.1 are findings: they are recorded and lifted after each run.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from types import SimpleNamespace

HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "benchpw"
ACCOUNT = "office"
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
RTP_RANGE = (20000, 39999)
UAC_MP = 6000  # SIPp caller media port
UAS_MP = 6100  # SIPp callee (-rtp_echo) media port
UAC_MP_RANGE = (6000, 6099)  # where the caller's RTP comes from
# Only the SIPp media ports are captured: other users of this machine may run RTP on loopback.
PCAP_FILTER = f"udp and (port {UAS_MP} or portrange {UAC_MP_RANGE[0]}-{UAC_MP_RANGE[1]})"
CALLEE = "2000"
CLEAN_PCT = 0.1

ANCHORS = {  # Asterisk 22, same scenarios, one core (from the issue)
    "register_per_s": 2400,
    "calls_per_s_relayed_10s": 25,
    "concurrent_calls": 400,
    "concurrent_cpu_pct": 85,
    "concurrent_rss_mb": 236,
    "idle_rss_mb": 62,
}
AIMS = {
    "register_per_s": 7200,
    "calls_per_s_relayed_10s": 100,
    "calls_per_s_d0": 1000,
    "concurrent_pps_vs_bare": 0.85,
    "idle_rss_mb": 10,
    "kb_per_call": 20,
    "sip_ready_ms": 50,
}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------
# /proc


def cpu_ticks(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            rest = f.read().rsplit(")", 1)[1].split()
        return int(rest[11]) + int(rest[12])  # utime + stime
    except (OSError, IndexError, ValueError):
        return None


def proc_status(pid: int) -> dict:
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                k, _, v = line.partition(":")
                if k in ("VmRSS", "VmHWM", "Threads"):
                    out[k] = int(v.split()[0])
    except OSError:
        pass
    return out


def udp_drops(pid: int) -> int | None:
    """Datagrams the kernel dropped on `pid`'s UDP sockets (full receive buffers), /proc/net/udp."""
    inodes = set()
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                t = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if t.startswith("socket:["):
                inodes.add(t[8:-1])
        total = 0
        with open("/proc/net/udp") as f:
            next(f)
            for line in f:
                p = line.split()
                if len(p) >= 13 and p[9] in inodes:
                    total += int(p[12])
        return total
    except OSError:
        return None


def write_results(report: dict, findings: list, out, prefix: str, partial: bool = False) -> None:
    """Writes a run's JSON to `out`, or to results/<prefix>-<UTC time>[-partial].json."""
    if out is None:
        d = os.path.join(HERE, "results")
        os.makedirs(d, exist_ok=True)
        out = os.path.join(d, f"{prefix}-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}"
                              f"{'-partial' if partial else ''}.json")
    if partial:
        report["partial"] = True
        report["findings"] = findings
    with open(out, "w") as f:
        json.dump(report, f, indent=1)
    log(f"wrote {out}")


def settle_process(a) -> None:
    """The driver's own scheduling: the autogroup nice (`--nice`; a negative one only as root) and
    the load CPU. As relay_bench.py: with sched_autogroup only the autogroup's nice ranks this
    benchmark against other sessions' builds on a shared machine; children inherit it."""
    if a.nice is not None and a.nice < 0 and os.geteuid() != 0:
        a.nice = None
    if a.nice is not None:
        try:
            with open("/proc/self/autogroup", "w") as f:
                f.write(str(a.nice))
        except OSError as e:
            log(f"could not set the autogroup nice ({e}); other load on the machine will show")
    try:
        os.sched_setaffinity(0, {a.load_cpu})
    except OSError:
        pass


def loadavg() -> list[float]:
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


class Sampler(threading.Thread):
    """Every `interval` s: time, CPU ticks and RSS/threads of the box, CPU ticks of other pids."""

    def __init__(self, box: int, others: dict[str, int] | None = None, interval: float = 0.5,
                 max_seconds: float = 1800):
        super().__init__(daemon=True)
        self.box, self.others, self.interval, self.max_seconds = box, dict(others or {}), interval, max_seconds
        self.samples: list[dict] = []
        self.stop_event = threading.Event()

    def add(self, name: str, pid: int) -> None:
        self.others[name] = pid

    def sample(self) -> dict:
        st = proc_status(self.box)
        s = {"t": time.monotonic(), "box": cpu_ticks(self.box), "rss": st.get("VmRSS", 0),
             "thr": st.get("Threads", 0)}
        for name, pid in list(self.others.items()):
            c = cpu_ticks(pid)
            if c is not None:
                s[name] = c
        return s

    def run(self) -> None:
        end = time.monotonic() + self.max_seconds
        while not self.stop_event.is_set() and time.monotonic() < end:
            self.samples.append(self.sample())
            self.stop_event.wait(self.interval)

    def stop(self) -> list[dict]:
        self.stop_event.set()
        self.join(timeout=5)
        self.samples.append(self.sample())
        return self.samples


def cpu_pct(samples: list[dict], key: str, t0: float | None = None, t1: float | None = None) -> float | None:
    """CPU % of `key` between t0 and t1 (default: the whole sampled span)."""
    s = [x for x in samples if key in x and x[key] is not None
         and (t0 is None or x["t"] >= t0) and (t1 is None or x["t"] <= t1)]
    if len(s) < 2 or s[-1]["t"] <= s[0]["t"]:
        return None
    return round(100 * (s[-1][key] - s[0][key]) / CLK_TCK / (s[-1]["t"] - s[0]["t"]), 1)


# ------------------------------------------------------------------------------------------------
# Small helpers


def port_free(port: int) -> bool:
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        with socket.socket(socket.AF_INET, kind) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                return False
    return True


class Ports:
    """Hands out fixed, checked-free ports outside the RTP range and the ephemeral range."""

    def __init__(self, start: int):
        self.next = start

    def take(self, n: int = 1) -> int:
        for _ in range(2000):
            p = self.next
            self.next += n
            if all(port_free(p + i) for i in range(n)):
                return p
        raise SystemExit("no free port")


def parse_stat_csv(path: str) -> dict:
    """The last row of a SIPp -trace_stat file as {column: value}."""
    try:
        with open(path, errors="replace") as f:
            lines = [ln.rstrip("\n") for ln in f if ln.strip()]
    except OSError:
        return {}
    if len(lines) < 2:
        return {}
    head = lines[0].rstrip(";").split(";")
    row = lines[-1].rstrip(";").split(";")
    return dict(zip(head, row))


def num(d: dict, key: str) -> int:
    try:
        return int(float(d.get(key, "0") or 0))
    except ValueError:
        return 0


def sipp_time_ms(v: str | None) -> float | None:
    """SIPp response times: 'HH:MM:SS:mmm[:uuu]' (or plain ms) -> ms."""
    if not v:
        return None
    parts = v.split(":")
    try:
        if len(parts) >= 4:
            h, m, s, ms = (int(x) for x in parts[:4])
            us = int(parts[4]) if len(parts) > 4 else 0
            return round(((h * 60 + m) * 60 + s) * 1000 + ms + us / 1000, 3)
        if len(parts) == 3:
            h, m, s = (int(x) for x in parts)
            return ((h * 60 + m) * 60 + s) * 1000.0
        return float(v)
    except ValueError:
        return None


def tail(path: str, n: int = 8, limit: int = 200_000) -> list[str]:
    try:
        with open(path, "rb") as f:
            f.seek(0, 2)
            size = f.tell()
            f.seek(max(0, size - limit))
            lines = f.read().decode(errors="replace").splitlines()
    except OSError:
        return []
    return lines[-n:]


def head(path: str, n: int = 8) -> list[str]:
    out = []
    try:
        with open(path, errors="replace") as f:
            for line in f:
                if line.strip():
                    out.append(line.rstrip()[:300])
                if len(out) >= n:
                    break
    except OSError:
        pass
    return out


SIPP_EVENT = re.compile(r"\d{4}-\d\d-\d\d\t[\d:.]+\t[\d.]+: ")


def sipp_errors(path: str, n: int = 4) -> tuple[int, list[str]]:
    """SIPp's error log (events are not newline-separated): how many events, and the first few
    distinct ones (Call-IDs stripped so that repeats collapse)."""
    try:
        with open(path, errors="replace") as f:
            text = f.read(20_000_000)
    except OSError:
        return 0, []
    events = [e.strip() for e in SIPP_EVENT.split(text) if e.strip() and "events occurred" not in e]
    seen: dict[str, int] = {}
    for e in events:
        key = re.sub(r"Call-Id: \S+", "Call-Id: *", e)[:300]
        seen[key] = seen.get(key, 0) + 1
    return len(events), [f"{c}x {k}" for k, c in list(seen.items())[:n]]


# ------------------------------------------------------------------------------------------------


class Bench:
    def __init__(self, a: argparse.Namespace):
        self.a = a
        self.tmp = tempfile.mkdtemp(prefix="edgepbx-sipbench-")
        self.sippdir = os.path.join(self.tmp, "sipp")
        os.makedirs(self.sippdir)
        for d in (a.scenarios, os.path.join(HERE, "sipp")):
            for name in os.listdir(d):
                src = os.path.join(d, name)
                if os.path.isfile(src):
                    shutil.copy(src, self.sippdir)
        self.procs: list[subprocess.Popen] = []
        self.ports = Ports(14000)
        self.box: subprocess.Popen | None = None
        self.box_log = ""
        self.findings: list[str] = []
        self.extra_env: list[str] = []
        self.bans_off = any(kv.startswith("EDGEPBX_SIP_BAN_SECONDS=0") for kv in a.box_env)
        self.report: dict = {
            "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "host": {"nproc": os.cpu_count(), "kernel": os.uname().release,
                     "loadavg_at_start": loadavg()},
            "settings": {k: v for k, v in vars(a).items() if k != "out"},
            "anchors_asterisk": ANCHORS, "aims": AIMS,
        }
        self.sipp_version = subprocess.run(["sipp", "-v"], capture_output=True, text=True).stdout.strip()
        self.report["host"]["sipp"] = next((ln.strip() for ln in self.sipp_version.splitlines() if "SIPp v" in ln), "?")
        atexit.register(self.cleanup)
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, self.on_signal)

    # -- processes ---------------------------------------------------------------------------

    def on_signal(self, signum, _frame) -> None:
        log(f"signal {signum}: stopping")
        try:
            self.write_json(partial=True)  # what was measured so far
        except Exception as e:
            log(f"could not write the partial results: {e}")
        self.cleanup()
        os._exit(130)

    def pin(self, cpu: int) -> list[str]:
        cmd = ["taskset", "-c", str(cpu)]
        if self.a.nice is not None:
            cmd = ["nice", "-n", str(self.a.nice)] + cmd
        return cmd

    def spawn(self, cmd: list[str], cwd: str | None = None, out: str | None = None,
              env: dict | None = None) -> subprocess.Popen:
        f = open(out, "wb") if out else subprocess.DEVNULL
        p = subprocess.Popen(cmd, cwd=cwd, stdout=f, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             env=env)
        if out:
            f.close()
        self.procs.append(p)
        return p

    @staticmethod
    def stop(p: subprocess.Popen | None, sig: int = signal.SIGTERM, wait: float = 10) -> int | None:
        if p is None:
            return None
        if p.poll() is None:
            try:
                p.send_signal(sig)
                p.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=5)
        return p.returncode

    def cleanup(self) -> None:
        for p in reversed(self.procs):
            if p.poll() is None:
                try:
                    p.kill()
                    p.wait(timeout=5)
                except Exception:
                    pass
        self.procs = []
        if self.tmp and os.path.isdir(self.tmp):
            if self.a.keep:
                log(f"kept {self.tmp}")
            else:
                shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = ""

    # -- the box -----------------------------------------------------------------------------

    def box_cmd(self, data: str) -> tuple[list[str], dict]:
        self.sip_port = self.ports.take(2)
        self.sips_port = self.sip_port + 1
        self.http_port = self.ports.take()
        env = {k: v for k, v in os.environ.items() if not k.startswith("EDGEPBX_")}
        env["EDGEPBX_ADMIN_PASSWORD"] = PASSWORD
        for kv in self.a.box_env + self.extra_env:
            k, _, v = kv.partition("=")
            env[k] = v
        cmd = self.pin(self.a.box_cpu) + [
            self.a.binary, "run", "--sip", f"127.0.0.1:{self.sip_port}",
            "--sips", f"127.0.0.1:{self.sips_port}", "--http", f"127.0.0.1:{self.http_port}",
            "--https", "off", "--rtp-ports", f"{RTP_RANGE[0]}-{RTP_RANGE[1]}", "--data", data]
        return cmd, env

    def read_box_log(self, path: str | None = None) -> str:
        try:
            with open(path or self.box_log, "rb") as f:
                return f.read().decode(errors="replace")
        except OSError:
            return ""

    def startup_once(self, data: str, tag: str) -> dict:
        """Starts the box on `data`, probing with OPTIONS; returns the timings; leaves it running."""
        cmd, env = self.box_cmd(data)
        logp = os.path.join(self.tmp, f"box-{tag}.log")
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        probe.bind(("127.0.0.1", 0))
        probe.setblocking(False)
        lport = probe.getsockname()[1]
        target = ("127.0.0.1", self.sip_port)
        logf = open(logp, "wb")
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, env=env, stdout=logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        logf.close()
        self.procs.append(p)
        ready_ms = options_ms = status = internal_ms = None
        n = 0
        deadline = t0 + 30
        while time.monotonic() < deadline and (ready_ms is None or options_ms is None):
            if options_ms is None:
                n += 1
                msg = (f"OPTIONS sip:127.0.0.1:{self.sip_port} SIP/2.0\r\n"
                       f"Via: SIP/2.0/UDP 127.0.0.1:{lport};branch=z9hG4bK-probe-{n};rport\r\n"
                       f"Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=probe{n}\r\n"
                       f"To: <sip:127.0.0.1:{self.sip_port}>\r\nCall-ID: probe-{n}-{lport}\r\n"
                       f"CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n").encode()
                try:
                    probe.sendto(msg, target)
                except OSError:
                    pass  # ICMP unreachable before the socket is bound
                try:
                    while True:
                        data_, _ = probe.recvfrom(4096)
                        if data_.startswith(b"SIP/2.0 "):
                            options_ms = (time.monotonic() - t0) * 1000
                            status = int(data_[8:11])
                            break
                except (BlockingIOError, ConnectionRefusedError, OSError):
                    pass
            if ready_ms is None:
                text = self.read_box_log(logp)
                m = re.search(r"edgepbx ready .*sip=\S+.* in (\d+) ms", text)
                if m:
                    ready_ms = (time.monotonic() - t0) * 1000
                    internal_ms = int(m.group(1))
            if p.poll() is not None:
                raise SystemExit(f"box exited with {p.returncode}:\n{self.read_box_log(logp)[-3000:]}")
            time.sleep(0.001)
        probe.close()
        if ready_ms is None or options_ms is None:
            raise SystemExit(f"box not SIP-ready in 30 s:\n{self.read_box_log(logp)[-3000:]}")
        self.box, self.box_log = p, logp
        return {"ready_log_ms": round(ready_ms, 1), "internal_ms": internal_ms,
                "first_options_ms": round(options_ms, 1), "options_status": status, "probes": n}

    def stop_box(self) -> None:
        self.stop(self.box, signal.SIGTERM, 15)
        self.box = None

    # -- API -----------------------------------------------------------------------------------

    def api(self, method: str, path: str, body=None, conn: http.client.HTTPConnection | None = None):
        own = conn is None
        c = conn or http.client.HTTPConnection("127.0.0.1", self.http_port, timeout=30)
        try:
            headers = {"Content-Type": "application/json"}
            if getattr(self, "token", None):
                headers["X-Auth-Token"] = self.token
            c.request(method, path, body=json.dumps(body).encode() if body is not None else None,
                      headers=headers)
            r = c.getresponse()
            raw = r.read()
            try:
                return r.status, json.loads(raw)
            except ValueError:
                return r.status, {"raw": raw[:300].decode(errors="replace")}
        finally:
            if own:
                c.close()

    def login(self) -> None:
        self.token = None
        creds = hashlib.md5(f"admin:{PASSWORD}".encode()).hexdigest()
        st, body = self.api("PUT", "/v2/user_auth", {"data": {"credentials": creds, "account_name": ACCOUNT}})
        if st not in (200, 201):
            raise SystemExit(f"login failed: {st} {body}")
        self.token = body["auth_token"]
        self.account = body["data"]["account_id"]

    def create_devices(self) -> dict:
        A = f"/v2/accounts/{self.account}"
        users = [str(u) for u in range(1000, 2000)] + [CALLEE]
        local = threading.local()
        errors: list[str] = []

        def one(user: str) -> None:
            if not hasattr(local, "c"):
                local.c = http.client.HTTPConnection("127.0.0.1", self.http_port, timeout=30)
            st, body = self.api("PUT", f"{A}/devices", {"data": {
                "name": f"phone {user}", "sip": {"username": user, "password": f"pw{user}"}}}, local.c)
            if st != 201:
                errors.append(f"device {user}: {st} {str(body)[:200]}")
                return
            if user == CALLEE:
                dev = body["data"]["id"]
                st, body = self.api("PUT", f"{A}/callflows", {"data": {
                    "numbers": [user], "flow": {"module": "device", "data": {"id": dev, "timeout": 20},
                                                "children": {}}}}, local.c)
                if st != 201:
                    errors.append(f"callflow {user}: {st} {str(body)[:200]}")

        t0 = time.monotonic()
        with ThreadPoolExecutor(8) as ex:
            list(ex.map(one, users))
        wall = time.monotonic() - t0
        if errors:
            raise SystemExit("creating devices failed:\n" + "\n".join(errors[:10]))
        log(f"created {len(users)} devices (+ callflow {CALLEE}) in {wall:.1f} s")
        return {"devices": len(users), "seconds": round(wall, 2)}

    def check_bans(self, where: str) -> list:
        st, body = self.api("GET", f"/v2/accounts/{self.account}/sip_bans")
        bans = body.get("data", []) if st == 200 else []
        for b in bans:
            ip = b.get("ip", "127.0.0.1") if isinstance(b, dict) else "127.0.0.1"
            msg = f"{where}: the box banned {ip}: {b}"
            log("FINDING " + msg)
            self.findings.append(msg)
            self.api("DELETE", f"/v2/accounts/{self.account}/sip_bans/{ip}")
        return bans

    def registered_count(self) -> int:
        st, body = self.api("GET", f"/v2/accounts/{self.account}/devices?with_status=true&paginate=false")
        if st != 200:
            return -1
        return sum(1 for d in body.get("data", []) if d.get("registered") is True)

    def box_log_findings(self, since: int) -> tuple[int, list[str]]:
        """WARN/ERROR lines the box logged since byte offset `since`: count and a few samples."""
        text = self.read_box_log()[since:]
        bad = [ln for ln in text.splitlines() if re.search(r"\b(WARN|ERROR)\b", ln)]
        return len(bad), [ln[:300] for ln in bad[:5]]

    def log_size(self) -> int:
        try:
            return os.path.getsize(self.box_log)
        except OSError:
            return 0

    def mem(self) -> dict:
        st = proc_status(self.box.pid)
        return {"rss_kb": st.get("VmRSS"), "hwm_kb": st.get("VmHWM"), "threads": st.get("Threads")}

    # -- SIPp ----------------------------------------------------------------------------------

    def sipp(self, tag: str, args: list[str], cpu: int | None = None) -> SimpleNamespace:
        files = SimpleNamespace(
            stat=os.path.join(self.sippdir, f"{tag}.csv"),
            err=os.path.join(self.sippdir, f"{tag}_errors.log"),
            screen=os.path.join(self.sippdir, f"{tag}_screen.log"),
            out=os.path.join(self.sippdir, f"{tag}.out"))
        cmd = self.pin(self.a.load_cpu if cpu is None else cpu) + ["sipp"] + args + [
            "-nostdin", "-trace_stat", "-stf", files.stat, "-fd", "5", "-trace_err", "-error_file",
            files.err, "-trace_screen", "-screen_file", files.screen]
        p = self.spawn(cmd, cwd=self.sippdir, out=files.out)
        return SimpleNamespace(p=p, files=files, tag=tag, cmd=cmd)

    def wait_sipp(self, s: SimpleNamespace, limit: float) -> int | None:
        try:
            return s.p.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            log(f"FINDING {s.tag}: SIPp still running after {limit:.0f} s; killed")
            self.findings.append(f"{s.tag}: SIPp did not finish within {limit:.0f} s")
            s.p.kill()
            s.p.wait(timeout=5)
            return None

    def sipp_result(self, s: SimpleNamespace) -> dict:
        st = parse_stat_csv(s.files.stat)
        r = {
            "exit": s.p.returncode,
            "outgoing": num(st, "OutgoingCall(C)"), "incoming": num(st, "IncomingCall(C)"),
            "successful": num(st, "SuccessfulCall(C)"), "failed": num(st, "FailedCall(C)"),
            "retransmissions": num(st, "Retransmissions(C)"),
            "failed_max_udp_retrans": num(st, "FailedMaxUDPRetrans(C)"),
            "failed_unexpected": num(st, "FailedUnexpectedMessage(C)"),
            "failed_timeout_on_recv": num(st, "FailedTimeoutOnRecv(C)"),
            "failed_rejected": num(st, "FailedCallRejected(C)"),
            "out_of_call_msgs": num(st, "OutOfCallMsgs(C)"), "dead_call_msgs": num(st, "DeadCallMsgs(C)"),
            "watchdog_major": num(st, "WatchdogMajor(C)"), "watchdog_minor": num(st, "WatchdogMinor(C)"),
            "elapsed_s": None, "rt_ms": {},
        }
        el = st.get("ElapsedTime(C)")
        if el:
            ms = sipp_time_ms(el)
            r["elapsed_s"] = round(ms / 1000, 2) if ms is not None else None
        for k, v in st.items():
            m = re.fullmatch(r"ResponseTime(\w+)\(C\)", k)
            if m:
                r["rt_ms"][m.group(1)] = sipp_time_ms(v)
        errs, sample = sipp_errors(s.files.err)
        r["error_log_lines"] = errs
        if errs:
            r["error_log_sample"] = sample
        return r

    def register_callee(self, uas_port: int) -> None:
        csv = os.path.join(self.sippdir, "callee.csv")
        with open(csv, "w") as f:
            f.write(f"SEQUENTIAL\n{CALLEE};[authentication username={CALLEE} password=pw{CALLEE}]\n")
        s = self.sipp("register-callee", [
            f"127.0.0.1:{self.sip_port}", "-sf", "register_auth.xml", "-inf", "callee.csv", "-i", "127.0.0.1",
            "-p", str(uas_port), "-m", "1", "-recv_timeout", "5000", "-timeout", "20s"])
        code = self.wait_sipp(s, 30)
        if code != 0:
            raise SystemExit(f"registering the callee failed ({code}): {head(s.files.err)}")

    # -- phase 1: startup ----------------------------------------------------------------------

    def phase_startup(self) -> dict:
        runs = []
        for i in range(self.a.startup_runs):
            data = os.path.join(self.tmp, f"startup-{i}")
            r = self.startup_once(data, f"startup-{i}")
            r["kind"] = "fresh"
            mem = self.mem()
            r.update(mem)
            self.stop_box()
            r2 = self.startup_once(data, f"restart-{i}")
            r2["kind"] = "restart"
            self.stop_box()
            runs += [r, r2]
            log(f"startup {i}: fresh ready {r['ready_log_ms']} ms (internal {r['internal_ms']} ms), "
                f"OPTIONS {r['first_options_ms']} ms; restart ready {r2['ready_log_ms']} ms, "
                f"OPTIONS {r2['first_options_ms']} ms")
            shutil.rmtree(data, ignore_errors=True)

        def med(kind: str, key: str):
            v = [r[key] for r in runs if r["kind"] == kind and r[key] is not None]
            return round(statistics.median(v), 1) if v else None

        summary = {kind: {k: med(kind, k) for k in ("ready_log_ms", "internal_ms", "first_options_ms")}
                   for kind in ("fresh", "restart")}
        return {"runs": runs, "median": summary}

    # -- phase 2: register -----------------------------------------------------------------------

    def reg_run(self, rate: int, target: str, tag: str, sampler: Sampler, uas: SimpleNamespace | None = None) -> dict:
        T = self.a.seconds
        port = self.ports.take()
        s = self.sipp(tag, [target, "-sf", "register_auth.xml", "-inf", "users.csv", "-i", "127.0.0.1",
                            "-p", str(port), "-r", str(rate), "-m", str(int(rate * T)), "-l", "5000",
                            "-recv_timeout", "5000", "-timeout", f"{int(T + 30)}s"])
        sampler.add("sipp", s.p.pid)
        la = loadavg()[0]
        t0 = time.monotonic()
        self.wait_sipp(s, T + 60)
        t1 = time.monotonic()
        time.sleep(0.6)
        res = self.sipp_result(s)
        res.update({"rate": rate, "wall_s": round(t1 - t0, 2), "loadavg": la})
        el = res["elapsed_s"] or (t1 - t0)
        res["achieved_per_s"] = round(res["successful"] / el, 1) if el else 0
        smp = sampler.samples
        res["sipp_cpu_pct"] = cpu_pct(smp, "sipp", t0, t1)
        if uas is not None:
            res["uas_cpu_pct"] = cpu_pct(smp, "uas", t0, t1)
        else:
            res["box_cpu_pct"] = cpu_pct(smp, "box", t0, t1)
            w = [x for x in smp if t0 <= x["t"] <= t1]
            res["box_rss_kb"] = max((x["rss"] for x in w), default=None)
            res["box_threads"] = max((x["thr"] for x in w), default=None)
            if res["box_cpu_pct"] and res["achieved_per_s"]:
                res["box_cpu_us_per_register"] = round(1e4 * res["box_cpu_pct"] / res["achieved_per_s"], 1)
        total = int(rate * T)
        res["clean"] = (res["failed"] == 0 and res["successful"] == total
                        and res["achieved_per_s"] >= 0.97 * rate)
        return res

    def phase_register(self) -> dict:
        out: dict = {"box": [], "sipp_vs_sipp": []}
        target = f"127.0.0.1:{self.sip_port}"
        sampler = Sampler(self.box.pid)
        sampler.start()
        levels_ = list(self.a.reg_levels)
        i = 0
        while i < len(levels_):
            rate = levels_[i]
            since = self.log_size()
            log(f"register: box at -r {rate} for {self.a.seconds:g} s" + (" (bans off)" if self.bans_off else ""))
            r = self.reg_run(rate, target, f"reg-box-{rate}{'-bans-off' if self.bans_off else ''}", sampler)
            r["box_warn_lines"], r["box_warn_sample"] = self.box_log_findings(since)
            r["bans"] = self.check_bans(f"register -r {rate}")
            r["bans_off"] = self.bans_off
            if self.bans_off:
                # With EDGEPBX_SIP_BAN_SECONDS=0 the guard still trips (and logs), it just bans for 0 s.
                r["guard_trips"] = sum(1 for ln in self.read_box_log()[since:].splitlines() if "sip source banned" in ln)
            out["box"].append(r)
            log(f"  ok {r['successful']} failed {r['failed']} retrans {r['retransmissions']} "
                f"achieved {r['achieved_per_s']}/s box CPU {r.get('box_cpu_pct')} % SIPp CPU {r['sipp_cpu_pct']} % "
                f"RSS {r.get('box_rss_kb')} KB thr {r.get('box_threads')} load {r['loadavg']}"
                + (f" guard trips {r['guard_trips']}" if self.bans_off else ""))
            if not r["clean"]:
                self.findings.append(
                    f"register -r {rate}{' (bans off)' if self.bans_off else ''}: failed {r['failed']}, ok "
                    f"{r['successful']}/{int(rate * self.a.seconds)}, achieved {r['achieved_per_s']}/s, retransmissions "
                    f"{r['retransmissions']}, box CPU {r.get('box_cpu_pct')} %, SIPp CPU {r['sipp_cpu_pct']} %"
                    + (f"; SIPp errors: {r.get('error_log_sample', [])[:3]}" if r.get("error_log_sample") else ""))
                if r["bans"] and not self.bans_off and self.a.ban_free_retry:
                    # The ban hides the engine's capacity: go on with a fresh box whose bans last 0 s.
                    log("register: the box banned SIPp; continuing the ramp on a fresh box with "
                        "EDGEPBX_SIP_BAN_SECONDS=0 (the guard still counts and logs)")
                    sampler.stop()
                    self.bans_off = True
                    self.extra_env = ["EDGEPBX_SIP_BAN_SECONDS=0"]
                    self.report["idle"]["register_box_bans_off"] = self.fresh_box(
                        "register-bans-off", register=False, callee=False)
                    target = f"127.0.0.1:{self.sip_port}"
                    sampler = Sampler(self.box.pid)
                    sampler.start()
                    continue  # the same rate again
                break
            i += 1
        sampler.stop()
        out["registered_after"] = self.registered_count()

        # Baseline: SIPp against a SIPp UAS (on the box's CPU) that answers REGISTER itself.
        uas_port = self.ports.take()
        ceiling_levels = self.a.reg_ceiling_levels
        if not ceiling_levels:
            # By default at the box's highest clean level and its first failing one: did SIPp
            # itself manage those?
            good = [r["rate"] for r in out["box"] if r["clean"]]
            bad = [r["rate"] for r in out["box"] if not r["clean"] and not r["bans"]]
            ceiling_levels = sorted(set(good[-1:] + bad[:1])) or [out["box"][-1]["rate"]]
        for rate in ceiling_levels:
            uas = self.sipp(f"uas-register-{rate}", ["-sf", "uas_register.xml", "-i", "127.0.0.1", "-p",
                                                     str(uas_port), "-l", "20000", "-timeout",
                                                     f"{int(self.a.seconds + 60)}s"], cpu=self.a.box_cpu)
            time.sleep(0.5)
            sampler = Sampler(self.box.pid, {"uas": uas.p.pid})
            sampler.start()
            log(f"register baseline: SIPp -> SIPp UAS at -r {rate} for {self.a.seconds:g} s")
            r = self.reg_run(rate, f"127.0.0.1:{uas_port}", f"reg-sipp-{rate}", sampler, uas)
            sampler.stop()
            self.stop(uas.p, signal.SIGKILL)
            out["sipp_vs_sipp"].append(r)
            log(f"  ok {r['successful']} failed {r['failed']} achieved {r['achieved_per_s']}/s "
                f"SIPp UAC CPU {r['sipp_cpu_pct']} % SIPp UAS CPU {r.get('uas_cpu_pct')} %")
            uas_port = self.ports.take()
        clean = [r for r in out["box"] if r["clean"]]
        out["max_clean_rate"] = max((r["rate"] for r in clean), default=0)
        out["max_clean_rate_bans_on"] = max((r["rate"] for r in clean if not r.get("bans_off")), default=0)
        out["max_clean_achieved"] = max((r["achieved_per_s"] for r in clean), default=0)
        base = [r for r in out["sipp_vs_sipp"] if r["clean"]]
        out["sipp_max_clean_achieved"] = max((r["achieved_per_s"] for r in base), default=0)
        out["sipp_max_achieved"] = max((r["achieved_per_s"] for r in out["sipp_vs_sipp"]), default=0)
        return out

    # -- phase 6: crash snapshot ------------------------------------------------------------------

    def snapshot_stats(self) -> dict:
        st, body = self.api("GET", "/v2/system_status")
        return body.get("data", {}).get("snapshots", {}) if st == 200 else {}

    def snapshot_writes(self, before: dict, after: dict, seconds: float) -> dict:
        """Writes of the registrations file (sip-registrations.json) between two status reads."""
        b, a = before.get("registrations", {}), after.get("registrations", {})
        writes = a.get("writes", 0) - b.get("writes", 0)
        written = a.get("bytes_written", 0) - b.get("bytes_written", 0)
        calls = after.get("calls", {}).get("writes", 0) - before.get("calls", {}).get("writes", 0)
        return {"writes": writes, "seconds": round(seconds, 1),
                "writes_per_min": round(60 * writes / seconds, 1) if seconds else None,
                "bytes_per_write": round(written / writes) if writes else None,
                "last_bytes": a.get("last_bytes"), "interval_s": after.get("interval_seconds"),
                "call_journal_writes": calls, "failures": after.get("failures")}

    def phase_snapshot(self) -> dict:
        out: dict = {}
        a = self.a
        bans_off = ["EDGEPBX_SIP_BAN_SECONDS=0"]
        # a) steady state: 1,000 phones refreshing every 60 s, snapshots on (default interval).
        self.extra_env = list(bans_off)
        out["steady_box"] = self.fresh_box("snapshot-steady", register=False, callee=False)
        # The phones register, then refresh from the same address (so the same Contact: one
        # binding each, as with desk phones; SIPp gives every REGISTER a new Call-ID).
        port = self.ports.take()
        s = self.sipp("snap-reg-all", [f"127.0.0.1:{self.sip_port}", "-sf", "register_auth.xml", "-inf",
                                       "users.csv", "-i", "127.0.0.1", "-p", str(port), "-r", "500",
                                       "-m", "1000", "-l", "1000", "-recv_timeout", "5000", "-timeout", "30s"])
        self.wait_sipp(s, 40)
        time.sleep(6)  # the registration burst's last write lands before the window opens
        # The phones refresh on their schedule: writes at most once per refresh interval.
        T = a.snapshot_seconds
        before, t0 = self.snapshot_stats(), time.monotonic()
        s = self.sipp("snap-steady", [f"127.0.0.1:{self.sip_port}", "-sf", "register_auth.xml", "-inf",
                                      "users.csv", "-i", "127.0.0.1", "-p", str(port), "-r", "1000",
                                      "-rp", "60000", "-m", str(int(1000 * T / 60)), "-l", "1000",
                                      "-recv_timeout", "5000", "-timeout", f"{int(T + 30)}s"])
        self.wait_sipp(s, T + 40)
        after, t1 = self.snapshot_stats(), time.monotonic()
        steady = self.snapshot_writes(before, after, t1 - t0)
        steady["sipp"] = {k: v for k, v in self.sipp_result(s).items() if k in ("successful", "failed")}
        steady["registered"] = self.registered_count()
        out["steady"] = steady
        log(f"snapshot: {steady['registered']} phones refreshing every 60 s: {steady['writes']} writes in "
            f"{steady['seconds']} s = {steady['writes_per_min']}/min, {steady['bytes_per_write']} B per write")
        # b) REGISTER/s with snapshots on, then off, same rate and length.
        T = a.snapshot_reg_seconds
        out["register"] = []
        for mode, env in (("on", []), ("off", ["EDGEPBX_SNAPSHOT_SECS=0"])):
            self.extra_env = bans_off + env
            self.fresh_box(f"snapshot-{mode}", register=False, callee=False)
            for rate in a.snapshot_reg_levels:
                sampler = Sampler(self.box.pid)
                sampler.start()
                before, t0 = self.snapshot_stats(), time.monotonic()
                saved, self.a.seconds = self.a.seconds, T
                r = self.reg_run(rate, f"127.0.0.1:{self.sip_port}", f"snap-reg-{mode}-{rate}", sampler)
                self.a.seconds = saved
                sampler.stop()
                after = self.snapshot_stats()
                r["snapshots"] = mode
                r["snapshot_writes"] = self.snapshot_writes(before, after, time.monotonic() - t0)
                out["register"].append(r)
                log(f"snapshot {mode}: -r {rate}: achieved {r['achieved_per_s']}/s, failed {r['failed']}, box CPU "
                    f"{r.get('box_cpu_pct')} %, {r.get('box_cpu_us_per_register')} us/REGISTER, "
                    f"{r['snapshot_writes']['writes']} snapshot writes")
        self.extra_env = []
        return out

    # -- phases 3 and 4: call rate ------------------------------------------------------------

    def rtp_buf(self) -> list[str]:
        return ["-rtp_buffsize", str(self.a.rtp_buffsize)] if self.a.rtp_buffsize else []

    def start_uas(self, tag: str, limit: int, uas_port: int, seconds: float) -> SimpleNamespace:
        uas = self.sipp(tag, ["-sf", "uas_echo.xml", "-i", "127.0.0.1", "-p", str(uas_port), "-mi", "127.0.0.1",
                              "-mp", str(UAS_MP), "-rtp_echo", "-l", str(limit), "-timeout", f"{int(seconds)}s"]
                   + self.rtp_buf())
        time.sleep(0.5)
        if uas.p.poll() is not None:
            raise SystemExit(f"SIPp UAS exited: {tail(uas.files.out, 20)}")
        return uas

    def call_run(self, rate: int, duration_ms: int, tag: str) -> dict:
        T = self.a.seconds
        total = int(rate * T)
        uas_port = self.uas_port
        uas = self.start_uas(f"{tag}-uas", 10000, uas_port, T + 120)
        since = self.log_size()
        mem0 = self.mem()
        port = self.ports.take()
        s = self.sipp(tag, [f"127.0.0.1:{self.sip_port}", "-sf", "uac_auth_rtp.xml", "-s", CALLEE, "-inf",
                            "users.csv", "-i", "127.0.0.1", "-p", str(port), "-mi", "127.0.0.1", "-mp",
                            str(UAC_MP), "-d", str(duration_ms), "-r", str(rate), "-m", str(total), "-l", "5000",
                            "-recv_timeout", "10000", "-timeout", f"{int(T + duration_ms / 1000 + 50)}s"]
                   + self.rtp_buf())
        sampler = Sampler(self.box.pid, {"uac": s.p.pid, "uas": uas.p.pid})
        sampler.start()
        la = loadavg()[0]
        t0 = time.monotonic()
        media = None
        cap_at = duration_ms / 1000 + 3  # once calls end as fast as they start
        if duration_ms >= 1000 and T >= cap_at + self.a.conc_window + 2:
            # Media loss in the steady state, counted as in the concurrency phase.
            time.sleep(cap_at)
            cap = self.start_capture(tag, {"box": self.box.pid, "uac": s.p.pid, "uas": uas.p.pid})
            time.sleep(self.a.conc_window)
            media = self.finish_capture(cap, rate * duration_ms / 1000)
        self.wait_sipp(s, T + duration_ms / 1000 + 80)
        t1 = time.monotonic()
        time.sleep(5)  # the callee lingers 4 s after each BYE
        smp = sampler.stop()
        self.stop(uas.p, signal.SIGTERM, 5)
        time.sleep(0.3)
        res = self.sipp_result(s)
        ures = self.sipp_result(uas)
        # Steady state: calls have been arriving for at least one call duration.
        ss0 = t0 + duration_ms / 1000 + 2
        ss1 = t0 + T
        if ss1 - ss0 < 5:
            ss0, ss1 = t0 + 1, t0 + T
        w = [x for x in smp if ss0 <= x["t"] <= ss1] or smp
        rss_peak = max(x["rss"] for x in smp)
        conc = rate * (duration_ms / 1000 + 0.1)
        res.update({
            "rate": rate, "duration_ms": duration_ms, "total": total, "loadavg": la, "wall_s": round(t1 - t0, 2),
            # Calls are created for elapsed - one call length (SIPp's elapsed time has 1 s resolution).
            "achieved_per_s": round(res["successful"] / max(1.0, res["elapsed_s"] - duration_ms / 1000), 1)
            if res["elapsed_s"] else None,
            "box_cpu_pct": cpu_pct(smp, "box", ss0, ss1), "box_cpu_pct_whole": cpu_pct(smp, "box", t0, t1),
            "uac_cpu_pct": cpu_pct(smp, "uac", ss0, ss1), "uas_cpu_pct": cpu_pct(smp, "uas", ss0, ss1),
            "box_rss_before_kb": mem0["rss_kb"], "box_rss_steady_kb": max(x["rss"] for x in w),
            "box_rss_peak_kb": rss_peak, "box_rss_after_kb": self.mem()["rss_kb"],
            "box_threads_max": max(x["thr"] for x in smp), "box_threads_after": self.mem()["threads"],
            "expected_concurrent": round(conc),
            "uas": {k: ures[k] for k in ("incoming", "successful", "failed", "failed_unexpected", "out_of_call_msgs",
                                         "dead_call_msgs", "error_log_lines") if k in ures},
        })
        if ures.get("error_log_sample"):
            res["uas"]["error_log_sample"] = ures["error_log_sample"]
        res["media"] = media
        if duration_ms >= 1000 and conc >= 1:
            res["rss_bytes_per_call"] = round(1024 * (res["box_rss_steady_kb"] - mem0["rss_kb"]) / conc)
        res["box_warn_lines"], res["box_warn_sample"] = self.box_log_findings(since)
        res["bans"] = self.check_bans(f"{tag}")
        res["signalling_clean"] = res["failed"] == 0 and res["successful"] == total and (
            res["achieved_per_s"] or 0) >= 0.95 * rate
        res["clean"] = res["signalling_clean"] and (media is None or (
            media["loss_pct"] is not None and media["loss_pct"] < CLEAN_PCT and not media["tcpdump_kernel_drops"]))
        log(f"  ok {res['successful']}/{total} failed {res['failed']} retrans {res['retransmissions']} "
            f"achieved {res['achieved_per_s']}/s box CPU {res['box_cpu_pct']} % (UAC {res['uac_cpu_pct']} %, "
            f"UAS {res['uas_cpu_pct']} %) RSS {mem0['rss_kb']} -> {res['box_rss_steady_kb']} -> "
            f"{res['box_rss_after_kb']} KB thr {res['box_threads_max']} load {la}"
            + (f"; media {media['pps_in']} pps in ({media['media_rate_pct_of_full']} % of full), loss {media['loss_pct']} %"
               if media else ""))
        if not res["clean"]:
            self.findings.append(
                f"{tag}: failed {res['failed']}, ok {res['successful']}/{total}, achieved {res['achieved_per_s']}/s, "
                f"media loss {media['loss_pct'] if media else '-'} %, "
                f"retransmissions {res['retransmissions']}, box CPU {res['box_cpu_pct']} %, UAC CPU "
                f"{res['uac_cpu_pct']} %; UAC errors: {res.get('error_log_sample', [])[:3]}; UAS: {res['uas']}")
        return res

    def phase_calls(self, levels: list[int], duration_ms: int, name: str) -> dict:
        runs = []
        for rate in levels:
            log(f"{name}: -r {rate} -d {duration_ms} for {self.a.seconds:g} s")
            r = self.call_run(rate, duration_ms, f"{name}-{rate}")
            runs.append(r)
            if not r["clean"]:
                break
        clean = [r for r in runs if r["clean"]]
        return {"runs": runs, "max_clean_rate": max((r["rate"] for r in clean), default=0)}

    def phase_soak(self, rate: int) -> dict:
        """Calls at `rate` for --soak-seconds; RSS every --soak-sample s. Flat = after the
        first minute (tables and allocator warm), max - min of the samples."""
        a = self.a
        T, step = a.soak_seconds, a.soak_sample
        uas = self.start_uas("soak-uas", 10000, self.uas_port, T + 120)
        since = self.log_size()
        mem0 = self.mem()
        s = self.sipp("soak", [f"127.0.0.1:{self.sip_port}", "-sf", "uac_auth_rtp.xml", "-s", CALLEE, "-inf",
                               "users.csv", "-i", "127.0.0.1", "-p", str(self.ports.take()), "-mi", "127.0.0.1",
                               "-mp", str(UAC_MP), "-d", "0", "-r", str(rate), "-m", str(int(rate * T)),
                               "-l", "5000", "-recv_timeout", "10000", "-timeout", f"{int(T + 50)}s"]
                   + self.rtp_buf())
        sampler = Sampler(self.box.pid, {"uac": s.p.pid, "uas": uas.p.pid})
        sampler.start()
        t0 = time.monotonic()
        samples = []
        while s.p.poll() is None and time.monotonic() < t0 + T + 60:
            time.sleep(step - (time.monotonic() - t0) % step)
            m = self.mem()
            samples.append({"t_s": round(time.monotonic() - t0), "rss_kb": m["rss_kb"], "threads": m["threads"]})
            log(f"  soak {samples[-1]['t_s']:>4} s: RSS {m['rss_kb']} KB")
        self.wait_sipp(s, 60)
        t1 = time.monotonic()
        smp = sampler.stop()
        self.stop(uas.p, signal.SIGTERM, 5)
        res = self.sipp_result(s)
        late = [x["rss_kb"] for x in samples if x["t_s"] >= 60] or [x["rss_kb"] for x in samples]
        res.update({
            "rate": rate, "seconds": T, "sample_s": step, "total": int(rate * T),
            "achieved_per_s": round(res["successful"] / res["elapsed_s"], 1) if res["elapsed_s"] else None,
            "box_cpu_pct": cpu_pct(smp, "box", t0, t1), "box_rss_before_kb": mem0["rss_kb"],
            "samples": samples, "rss_min_kb": min(late, default=None), "rss_max_kb": max(late, default=None),
            "rss_spread_kb": (max(late) - min(late)) if late else None,
        })
        res["box_warn_lines"], res["box_warn_sample"] = self.box_log_findings(since)
        res["bans"] = self.check_bans("soak")
        log(f"  soak: ok {res['successful']}/{res['total']} failed {res['failed']} achieved {res['achieved_per_s']}/s; "
            f"RSS after the first minute {res['rss_min_kb']}..{res['rss_max_kb']} KB (spread {res['rss_spread_kb']} KB)")
        if res["failed"]:
            self.findings.append(f"soak: {res['failed']} calls failed of {res['total']}")
        return res

    # -- phase 5: concurrent calls at full media ----------------------------------------------

    def count_pcap(self, path: str) -> dict:
        """Counts UDP packets by flow: caller->box, box->callee, callee->box, box->caller; and matches
        RTP packets across the box by (SSRC, sequence number) (the relay forwards RTP unchanged):
        a packet offered to the box that never comes out on the other side is lost. Only packets
        offered more than 0.3 s after the capture started and before it ended count there, so that
        packets in flight at the edges are not taken for losses."""
        c = {"caller_to_box": 0, "box_to_callee": 0, "callee_to_box": 0, "box_to_caller": 0, "other": 0}
        lo, hi = UAC_MP_RANGE
        recs = []  # (ts, flow, key)
        with open(path, "rb") as f:
            gh = f.read(24)
            if len(gh) < 24:
                c["span_s"] = 0
                return c
            magic = struct.unpack("<I", gh[:4])[0]
            endian = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
            linktype = struct.unpack(endian + "I", gh[20:24])[0]
            l2 = {1: 14, 113: 16, 276: 20, 0: 4}.get(linktype, 14)
            rec = struct.Struct(endian + "IIII")
            while True:
                h = f.read(16)
                if len(h) < 16:
                    break
                sec, usec, incl, _ = rec.unpack(h)
                pkt = f.read(incl)
                if len(pkt) < l2 + 28:
                    c["other"] += 1
                    continue
                ihl = (pkt[l2] & 0x0F) * 4
                u = l2 + ihl
                sport, dport = struct.unpack("!HH", pkt[u:u + 4])
                if dport == UAS_MP:
                    flow = "box_to_callee"
                elif sport == UAS_MP:
                    flow = "callee_to_box"
                elif lo <= sport <= hi:
                    flow = "caller_to_box"
                elif lo <= dport <= hi:
                    flow = "box_to_caller"
                else:
                    c["other"] += 1
                    continue
                c[flow] += 1
                r = u + 8
                key = None
                if len(pkt) >= r + 12 and pkt[r] >> 6 == 2:
                    seq = struct.unpack("!H", pkt[r + 2:r + 4])[0]
                    ssrc = struct.unpack("!I", pkt[r + 8:r + 12])[0]
                    key = (ssrc << 16) | seq
                recs.append((sec + usec / 1e6, flow, key))
        if not recs:
            c["span_s"] = 0
            return c
        t_first, t_last = recs[0][0], recs[-1][0]
        c["span_s"] = round(t_last - t_first, 3)
        out = {"box_to_callee": set(), "box_to_caller": set()}
        for _, flow, key in recs:
            if flow in out and key is not None:
                out[flow].add(key)
        pair = {"caller_to_box": "box_to_callee", "callee_to_box": "box_to_caller"}
        for flow_in, flow_out in pair.items():
            offered = lost = 0
            for ts, flow, key in recs:
                if flow == flow_in and key is not None and t_first + 0.3 <= ts <= t_last - 0.3:
                    offered += 1
                    if key not in out[flow_out]:
                        lost += 1
            c[f"matched_{flow_in}"] = offered
            c[f"lost_{flow_in}"] = lost
        return c

    def start_capture(self, tag: str, pids: dict[str, int]) -> SimpleNamespace:
        """tcpdump on lo, incoming direction only (each packet once), SIPp media ports only."""
        c = SimpleNamespace(pids=pids, drops0={k: udp_drops(v) for k, v in pids.items()},pcap=os.path.join(self.tmp, f"{tag}.pcap"), errf=os.path.join(self.tmp, f"{tag}.tcpdump"))
        with open(c.errf, "w") as ef:
            c.p = subprocess.Popen(
                self.pin(self.a.load_cpu) + ["tcpdump", "-i", "lo", "-Q", "in", "-n", "-s", "64", "-B", "65536",
                                             "-w", c.pcap, PCAP_FILTER],
                stdout=subprocess.DEVNULL, stderr=ef, stdin=subprocess.DEVNULL)
        self.procs.append(c.p)
        for _ in range(100):  # until tcpdump is attached
            if "listening on" in open(c.errf).read() or c.p.poll() is not None:
                break
            time.sleep(0.05)
        time.sleep(0.2)
        return c

    def finish_capture(self, c: SimpleNamespace, calls: float) -> dict:
        drops1 = {k: udp_drops(v) for k, v in c.pids.items()}
        c.p.send_signal(signal.SIGINT)
        try:
            c.p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            c.p.kill()
            c.p.wait()
        counts = self.count_pcap(c.pcap)
        try:
            os.unlink(c.pcap)
        except OSError:
            pass
        m = re.search(r"(\d+) packets dropped by kernel", open(c.errf).read())
        kdrop = int(m.group(1)) if m else None
        sent = counts["caller_to_box"] + counts["callee_to_box"]
        m1, m2 = counts.get("matched_caller_to_box", 0), counts.get("matched_callee_to_box", 0)
        l1, l2 = counts.get("lost_caller_to_box", 0), counts.get("lost_callee_to_box", 0)
        leg1 = 100 * l1 / m1 if m1 else None
        leg2 = 100 * l2 / m2 if m2 else None
        loss = 100 * (l1 + l2) / (m1 + m2) if m1 + m2 else None
        pps_in = sent / counts["span_s"] if counts["span_s"] else 0
        expect = calls * 100
        return {
            "packets": counts, "tcpdump_kernel_drops": kdrop,
            # Receive-buffer drops on each process's UDP sockets during the window: the box's are box
            # loss already counted above; SIPp's explain a generator short of full rate.
            "socket_drops": {k: (drops1[k] - c.drops0[k]) if drops1[k] is not None and c.drops0[k] is not None
                             else None for k in c.pids}, "pps_in": round(pps_in), "pps_in_expected": round(expect),
            "media_rate_pct_of_full": round(100 * pps_in / expect, 1) if expect else None,
            "loss_pct": round(loss, 4) if loss is not None else None,
            "loss_caller_to_callee_pct": round(leg1, 4) if leg1 is not None else None,
            "loss_callee_to_caller_pct": round(leg2, 4) if leg2 is not None else None,
        }

    def conc_run(self, calls: int) -> dict:
        rate = self.a.conc_rate
        setup_s = calls / rate
        window = self.a.conc_window
        hold_ms = int((setup_s + 4 + window + 3) * 1000)
        tag = f"conc-{calls}"
        uas = self.start_uas(f"{tag}-uas", calls + 100, self.uas_port, hold_ms / 1000 + 60)
        since = self.log_size()
        mem0 = self.mem()
        port = self.ports.take()
        s = self.sipp(tag, [f"127.0.0.1:{self.sip_port}", "-sf", "uac_auth_rtp.xml", "-s", CALLEE, "-inf",
                            "users.csv", "-i", "127.0.0.1", "-p", str(port), "-mi", "127.0.0.1", "-mp", str(UAC_MP),
                            "-d", str(hold_ms), "-r", str(rate), "-m", str(calls), "-l", str(calls + 10),
                            "-recv_timeout", "10000", "-timeout", f"{int(hold_ms / 1000 + 40)}s"] + self.rtp_buf())
        sampler = Sampler(self.box.pid, {"uac": s.p.pid, "uas": uas.p.pid}, interval=0.25)
        sampler.start()
        la = loadavg()[0]
        t0 = time.monotonic()
        time.sleep(setup_s + 4)
        cap = self.start_capture(tag, {"box": self.box.pid, "uac": s.p.pid, "uas": uas.p.pid})
        w0 = time.monotonic()
        time.sleep(window / 2)
        mem_in = self.mem()
        time.sleep(window / 2)
        w1 = time.monotonic()
        media = self.finish_capture(cap, calls)
        self.wait_sipp(s, hold_ms / 1000 + 90)
        time.sleep(5)
        smp = sampler.stop()
        self.stop(uas.p, signal.SIGTERM, 5)
        time.sleep(0.3)
        res = self.sipp_result(s)
        ures = self.sipp_result(uas)
        res.update(media)
        loss, kdrop, pps_in = media["loss_pct"], media["tcpdump_kernel_drops"], media["pps_in"]
        cpu_w = cpu_pct(smp, "box", w0, w1)
        res.update({
            "calls": calls, "setup_rate": rate, "hold_ms": hold_ms, "window_s": window, "loadavg": la,
            "box_cpu_pct": cpu_w, "uac_cpu_pct": cpu_pct(smp, "uac", w0, w1),
            "uas_cpu_pct": cpu_pct(smp, "uas", w0, w1),
            "box_cpu_us_per_pkt": round(1e4 * cpu_w / pps_in, 2) if cpu_w and pps_in else None,
            "box_rss_before_kb": mem0["rss_kb"], "box_rss_kb": mem_in["rss_kb"], "box_threads": mem_in["threads"],
            "box_rss_after_kb": self.mem()["rss_kb"],
            "rss_bytes_per_call": round(1024 * (mem_in["rss_kb"] - mem0["rss_kb"]) / calls),
            "uas": {k: ures[k] for k in ("incoming", "successful", "failed", "failed_unexpected", "out_of_call_msgs",
                                         "dead_call_msgs", "error_log_lines") if k in ures},
        })
        res["box_warn_lines"], res["box_warn_sample"] = self.box_log_findings(since)
        res["bans"] = self.check_bans(tag)
        # Clean = the box lost < 0.1 % of what it was offered, every call set up and torn down.
        # A generator short of 50 pps per stream (SIPp's echo drops packets in its own socket
        # buffer first) is reported beside it, as media_rate_pct_of_full and socket_drops.
        res["clean"] = (loss is not None and loss < CLEAN_PCT and res["failed"] == 0 and res["successful"] == calls
                        and not kdrop)
        res["full_rate"] = (res["media_rate_pct_of_full"] or 0) >= 97
        log(f"  calls ok {res['successful']}/{calls} failed {res['failed']}; media in {res['pps_in']} pps "
            f"({res['media_rate_pct_of_full']} % of full) loss {res['loss_pct']} % (legs {res['loss_caller_to_callee_pct']} / "
            f"{res['loss_callee_to_caller_pct']}) tcpdump drops {kdrop}, socket drops {media['socket_drops']}; box CPU {cpu_w} % "
            f"UAC {res['uac_cpu_pct']} % UAS {res['uas_cpu_pct']} %; RSS {mem0['rss_kb']} -> {mem_in['rss_kb']} KB "
            f"thr {mem_in['threads']} load {la}")
        if not res["clean"]:
            self.findings.append(
                f"{tag}: calls ok {res['successful']}/{calls} failed {res['failed']}, media {res['media_rate_pct_of_full']} % "
                f"of full rate, loss {res['loss_pct']} %, tcpdump drops {kdrop}, box CPU {cpu_w} %, UAC CPU "
                f"{res['uac_cpu_pct']} %, UAS CPU {res['uas_cpu_pct']} %; UAC errors {res.get('error_log_sample', [])[:2]}")
        return res

    def phase_concurrent(self) -> dict:
        runs = []
        for calls in self.a.conc_levels:
            log(f"concurrent: {calls} calls (setup at {self.a.conc_rate}/s), media counted for {self.a.conc_window:g} s")
            r = self.conc_run(calls)
            runs.append(r)
            if not r["clean"]:
                break
        # Memory per call between levels (the first level's delta against idle is blurred by memory
        # the allocator kept from earlier work).
        for prev, cur in zip(runs, runs[1:]):
            if cur["calls"] > prev["calls"]:
                cur["rss_bytes_per_call_marginal"] = round(
                    1024 * (cur["box_rss_kb"] - prev["box_rss_kb"]) / (cur["calls"] - prev["calls"]))
        clean = [r for r in runs if r["clean"]]
        best = max(clean, key=lambda r: r["calls"]) if clean else None
        us = sorted(r["box_cpu_us_per_pkt"] for r in clean if r["box_cpu_us_per_pkt"])
        med = us[len(us) // 2] if us else None
        return {"runs": runs, "max_clean_calls": best["calls"] if best else 0,
                "max_clean_pps_in": best["pps_in"] if best else 0,
                "max_clean_full_rate": bool(best and best["full_rate"]),
                "median_cpu_us_per_pkt": med, "projected_pps_per_core": round(1e6 / med) if med else None}

    def phase_bare(self, levels: list[int]) -> dict:
        """The bare UDP relay at the same numbers of calls (relay_bench.py's run_relay)."""
        sys.path.insert(0, HERE)
        import relay_bench  # noqa: E402  (same directory)

        ns = SimpleNamespace(load_bin=self.a.load_bin, bare_bin=self.a.bare_bin, edgepbx_bin=None,
                             seconds=self.a.bare_seconds, sockets=16, relay_cpu=self.a.box_cpu,
                             gen_cpu=self.a.load_cpu, nice=self.a.nice)
        runs = []
        d = os.path.join(self.tmp, "bare")
        os.makedirs(d, exist_ok=True)
        for calls in levels:
            log(f"bare UDP relay: {calls} calls for {self.a.bare_seconds:g} s")
            r = relay_bench.run_relay(ns, "bare", calls, d)
            log(f"  pps in {r['pps_in']} loss {r['loss_pct']:.4f} % late {r['late_pct']:.4f} % CPU {r['relay_cpu_pct']} %")
            runs.append(r)
        clean = [r for r in runs if r["clean"]]
        best = max(clean, key=lambda r: r["pps_in"]) if clean else None
        us = sorted(r["cpu_us_per_pkt"] for r in clean if r["cpu_us_per_pkt"])
        return {"runs": runs, "max_clean_calls": best["calls"] if best else 0,
                "max_clean_pps_in": best["pps_in"] if best else 0,
                "median_cpu_us_per_pkt": us[len(us) // 2] if us else None}

    # -- main ------------------------------------------------------------------------------------

    def fresh_box(self, tag: str, register: bool = True, callee: bool = True) -> dict:
        """A new box on a new data dir: 1,001 devices, the 1,000 users registered (500/s), the callee
        registered from the UAS port. Returns its memory at each step."""
        self.stop_box()
        n = getattr(self, "boxes", 0) + 1
        self.boxes = n
        data = os.path.join(self.tmp, f"data-{n}")
        start = self.startup_once(data, f"{n}-{tag}")
        time.sleep(1)
        mem = {"start": start, "after_start": self.mem()}
        self.login()
        mem["devices"] = self.create_devices()
        time.sleep(1)
        mem["after_1001_devices"] = self.mem()
        if register:
            s = self.sipp(f"reg-all-{n}", [f"127.0.0.1:{self.sip_port}", "-sf", "register_auth.xml", "-inf",
                                          "users.csv", "-i", "127.0.0.1", "-p", str(self.ports.take()), "-r", "500",
                                          "-m", "1000", "-l", "1000", "-recv_timeout", "5000", "-timeout", "30s"])
            self.wait_sipp(s, 40)
        self.uas_port = self.ports.take()
        if callee:
            self.register_callee(self.uas_port)
        if register or callee:
            time.sleep(1)
            mem["after_registrations"] = dict(self.mem(), registered=self.registered_count())
        return mem

    def settle(self, box: str, label: str) -> None:
        """Memory 2 s after a phase and again after --settle s idle (past the 32 s that finished
        UDP transactions are kept, RFC 3261 timers J/K)."""
        time.sleep(2)
        self.report["idle"][box][label] = self.mem()
        if self.a.settle > 2:
            time.sleep(self.a.settle - 2)
            self.report["idle"][box][f"{label}_+{self.a.settle:g}s_idle"] = self.mem()

    def run(self) -> int:
        a, rep = self.a, self.report
        phases = set(a.phases)
        rep["box"] = {"binary": a.binary, "binary_mb": round(os.path.getsize(a.binary) / 1e6, 2)}
        if "startup" in phases:
            log("phase 1: start to SIP-ready")
            rep["startup"] = self.phase_startup()
        # Each load phase gets a fresh box (new data dir), so that memory per call and leaks are
        # attributed to that phase alone.
        rep["idle"] = {}
        if "register" in phases:
            # The 1,000 phones register once at 500/s first (loading the device cache): the
            # memory after the runs compares with that, not with a box no phone ever reached.
            rep["idle"]["register_box"] = self.fresh_box("register", register=True, callee=False)
            log("phase 2: REGISTER/s with digest auth, 1,000 users")
            rep["register"] = self.phase_register()
            box = "register_box_bans_off" if "register_box_bans_off" in rep["idle"] else "register_box"
            self.settle(box, "after_register_runs")
            rep["idle"][box]["after_register_runs"]["registered"] = self.registered_count()
            self.extra_env = []
            self.bans_off = any(kv.startswith("EDGEPBX_SIP_BAN_SECONDS=0") for kv in a.box_env)
        if "calls" in phases:
            rep["idle"]["calls_box"] = self.fresh_box("calls")
            log("phase 3: relayed 10 s calls with RTP both ways")
            rep["calls"] = self.phase_calls(a.cps_levels, 10000, "calls")
            self.settle("calls_box", "after_call_runs")
        if "d0" in phases:
            rep["idle"]["d0_box"] = self.fresh_box("d0")
            log("phase 4: signalling-only calls (-d 0)")
            rep["calls_d0"] = self.phase_calls(a.d0_levels, 0, "d0")
            self.settle("d0_box", "after_call_runs")
        if "soak" in phases:
            rep["idle"]["soak_box"] = self.fresh_box("soak")
            rate = a.soak_rate or (rep.get("calls_d0", {}).get("max_clean_rate", 0) // 2) or 500
            log(f"phase 4b: soak, signalling-only calls at {rate}/s for {a.soak_seconds:g} s")
            rep["soak"] = self.phase_soak(rate)
            self.settle("soak_box", "after_soak")
        if "concurrent" in phases:
            rep["idle"]["concurrent_box"] = self.fresh_box("concurrent")
            log("phase 5: concurrent relayed calls at full media")
            rep["concurrent"] = self.phase_concurrent()
            self.settle("concurrent_box", "after_call_runs")
        if "snapshot" in phases:
            log("phase 6: crash snapshot writes, REGISTER/s with snapshots on and off")
            rep["snapshot"] = self.phase_snapshot()
        self.stop_box()
        if "concurrent" in phases and not a.no_bare:
            log("baseline: bare UDP relay (scripts/bench/udp-relay) at the same calls")
            rep["bare_relay"] = self.phase_bare(a.conc_levels)
        rep["host"]["loadavg_at_end"] = loadavg()
        rep["findings"] = self.findings
        self.print_report()
        self.write_json()
        return 0

    def write_json(self, partial: bool = False) -> None:
        write_results(self.report, self.findings, self.a.out, "sip", partial)

    # -- report ----------------------------------------------------------------------------------

    def print_report(self) -> None:
        rep = self.report
        P = print
        P()
        P(f"edgepbx SIP benchmark — box on CPU {self.a.box_cpu}, SIPp/tcpdump on CPU {self.a.load_cpu}, "
          f"runs of {self.a.seconds:g} s; load average {rep['host']['loadavg_at_start']} -> "
          f"{rep['host']['loadavg_at_end']}; {rep['host'].get('sipp', '')}")
        if "startup" in rep:
            m = rep["startup"]["median"]
            P()
            P(f"1. start -> SIP-ready (median of {self.a.startup_runs}; aim < {AIMS['sip_ready_ms']} ms)")
            for kind in ("fresh", "restart"):
                P(f"   {kind:8} ready log line {m[kind]['ready_log_ms']} ms (box's own count {m[kind]['internal_ms']} ms), "
                  f"first OPTIONS answered {m[kind]['first_options_ms']} ms")
        if "register" in rep:
            r = rep["register"]
            P()
            P(f"2. REGISTER with digest auth, 1,000 users (Asterisk {ANCHORS['register_per_s']}/s; aim >= {AIMS['register_per_s']}/s)")
            hdr = (f"   {'target':>10} {'achieved':>9} {'ok':>8} {'failed':>6} {'retrans':>7} {'box CPU%':>8} "
                   f"{'us/reg':>6} {'RSS KB':>7} {'thr':>3} {'SIPp%':>6} {'load':>5}")
            P(hdr)
            for x in r["box"]:
                tgt = f"{x['rate']}{'*' if x.get('bans_off') else ''}"
                P(f"   {tgt:>10} {x['achieved_per_s']:>9} {x['successful']:>8} {x['failed']:>6} {x['retransmissions']:>7} "
                  f"{x.get('box_cpu_pct')!s:>8} {x.get('box_cpu_us_per_register')!s:>6} {x.get('box_rss_kb')!s:>7} "
                  f"{x.get('box_threads')!s:>3} {x['sipp_cpu_pct']!s:>6} {x['loadavg']:>5}")
            if any(x.get("bans_off") for x in r["box"]):
                P("   * on a fresh box with EDGEPBX_SIP_BAN_SECONDS=0 after the default box banned SIPp "
                  "(guard trips per run: " + ", ".join(f"{x['rate']}: {x.get('guard_trips')}" for x in r["box"]
                                                      if x.get("bans_off")) + ")")
            for x in r["sipp_vs_sipp"]:
                P(f"   SIPp->SIPp UAS baseline at -r {x['rate']}: achieved {x['achieved_per_s']}/s, ok {x['successful']}, failed "
                  f"{x['failed']}, SIPp UAC CPU {x['sipp_cpu_pct']} %, SIPp UAS CPU {x.get('uas_cpu_pct')} %")
            P(f"   max clean: -r {r['max_clean_rate']} ({r['max_clean_achieved']}/s achieved), with the default bans "
              f"-r {r['max_clean_rate_bans_on']}; SIPp -> SIPp: max clean "
              f"{r['sipp_max_clean_achieved']}/s, max achieved {r['sipp_max_achieved']}/s; registered after: "
              f"{r['registered_after']}")
        for key, title in (("calls", f"3. relayed 10 s calls, RTP both ways (Asterisk {ANCHORS['calls_per_s_relayed_10s']}/s; aim >= "
                                     f"{AIMS['calls_per_s_relayed_10s']}/s)"),
                           ("calls_d0", f"4. signalling-only calls -d 0 (aim >= {AIMS['calls_per_s_d0']}/s)")):
            if key not in rep:
                continue
            P()
            P(title)
            P(f"   {'-r':>5} {'achieved':>8} {'ok':>7} {'failed':>6} {'retrans':>7} {'box CPU%':>8} {'UAC%':>5} {'UAS%':>5} "
              f"{'RSS before/steady/after KB':>27} {'B/call':>7} {'thr':>3} {'load':>5} {'media pps':>9} {'loss %':>7}")
            for x in rep[key]["runs"]:
                rss = f"{x['box_rss_before_kb']}/{x['box_rss_steady_kb']}/{x['box_rss_after_kb']}"
                P(f"   {x['rate']:>5} {x['achieved_per_s']!s:>8} {x['successful']:>7} {x['failed']:>6} {x['retransmissions']:>7} "
                  f"{x['box_cpu_pct']!s:>8} {x['uac_cpu_pct']!s:>5} {x['uas_cpu_pct']!s:>5} {rss:>27} "
                  f"{x.get('rss_bytes_per_call', '-')!s:>7} {x['box_threads_max']:>3} {x['loadavg']:>5} "
                  f"{(x.get('media') or {}).get('pps_in', '-')!s:>9} {(x.get('media') or {}).get('loss_pct', '-')!s:>7}")
            P(f"   max clean: {rep[key]['max_clean_rate']} calls/s")
        if "soak" in rep:
            k = rep["soak"]
            P()
            P(f"4b. soak: signalling-only calls at {k['rate']}/s for {k['seconds']:g} s (RSS every {k['sample_s']:g} s)")
            P(f"   ok {k['successful']}/{k['total']} failed {k['failed']} achieved {k['achieved_per_s']}/s, box CPU "
              f"{k['box_cpu_pct']} %; RSS before {k['box_rss_before_kb']} KB, after the first minute "
              f"min {k['rss_min_kb']} max {k['rss_max_kb']} KB (spread {k['rss_spread_kb']} KB)")
            P("   samples (s: KB): " + ", ".join(f"{x['t_s']}: {x['rss_kb']}" for x in k["samples"]))
        if "concurrent" in rep:
            c = rep["concurrent"]
            P()
            P(f"5. concurrent relayed G.711 calls at 50 pps per stream (Asterisk {ANCHORS['concurrent_calls']} calls, "
              f"{ANCHORS['concurrent_cpu_pct']} % CPU, {ANCHORS['concurrent_rss_mb']} MB)")
            P(f"   {'calls':>5} {'ok':>5} {'failed':>6} {'pps in':>7} {'% full':>6} {'loss %':>7} {'box CPU%':>8} {'us/pkt':>6} "
              f"{'UAC%':>5} {'UAS%':>5} {'RSS KB':>7} {'B/call':>6} {'marg.':>6} {'thr':>3} {'load':>5}")
            for x in c["runs"]:
                P(f"   {x['calls']:>5} {x['successful']:>5} {x['failed']:>6} {x['pps_in']:>7} {x['media_rate_pct_of_full']:>6} "
                  f"{x['loss_pct']!s:>7} {x['box_cpu_pct']!s:>8} {x['box_cpu_us_per_pkt']!s:>6} {x['uac_cpu_pct']!s:>5} "
                  f"{x['uas_cpu_pct']!s:>5} {x['box_rss_kb']:>7} {x['rss_bytes_per_call']:>6} "
                  f"{x.get('rss_bytes_per_call_marginal', '-')!s:>6} {x['box_threads']:>3} {x['loadavg']:>5}")
            P(f"   max clean: {c['max_clean_calls']} calls = {c['max_clean_pps_in']} pps into the box")
            if "bare_relay" in rep:
                b = rep["bare_relay"]
                for x in b["runs"]:
                    P(f"   bare UDP relay {x['calls']:>5} calls: {x['pps_in']} pps in, loss {x['loss_pct']:.4f} %, "
                      f"CPU {x['relay_cpu_pct']} %, {x['cpu_us_per_pkt']} us/pkt")
                ratio = c["max_clean_pps_in"] / b["max_clean_pps_in"] if b["max_clean_pps_in"] else None
                rep["concurrent"]["ratio_vs_bare_max_clean_pps"] = round(ratio, 3) if ratio else None
                cpu_ratio = (b["median_cpu_us_per_pkt"] / c["median_cpu_us_per_pkt"]
                             if b["median_cpu_us_per_pkt"] and c["median_cpu_us_per_pkt"] else None)
                rep["concurrent"]["ratio_vs_bare_pkts_per_cpu_s"] = round(cpu_ratio, 3) if cpu_ratio else None
                P(f"   box / bare relay, max clean packet rate: {ratio if ratio is None else round(ratio, 3)} "
                  f"(aim >= {AIMS['concurrent_pps_vs_bare']})"
                  + ("" if c.get("max_clean_full_rate") else " — the box's figure is generator-bound (SIPp short of "
                     "50 pps per stream, see socket drops), not a box limit"))
                P(f"   CPU per packet: box {c['median_cpu_us_per_pkt']} us (~{c['projected_pps_per_core']} pps per core), "
                  f"bare relay {b['median_cpu_us_per_pkt']} us; box / bare packets per CPU-second: "
                  f"{cpu_ratio if cpu_ratio is None else round(cpu_ratio, 3)}")
        if "snapshot" in rep:
            sn = rep["snapshot"]
            P()
            P("7. crash snapshot (sip-registrations.json)")
            st = sn["steady"]
            P(f"   {st['registered']} phones refreshing every 60 s: {st['writes_per_min']} writes/min "
              f"({st['writes']} in {st['seconds']} s, interval {st['interval_s']} s), "
              f"{st['bytes_per_write']} B per write")
            for x in sn["register"]:
                P(f"   REGISTER -r {x['rate']} snapshots {x['snapshots']:>3}: achieved {x['achieved_per_s']}/s, ok "
                  f"{x['successful']}, failed {x['failed']}, box CPU {x.get('box_cpu_pct')} %, "
                  f"{x.get('box_cpu_us_per_register')} us/REGISTER, {x['snapshot_writes']['writes']} writes "
                  f"({x['snapshot_writes']['bytes_per_write']} B each)")
        idle = rep.get("idle", {})
        P()
        P(f"6. memory and threads (aim idle RSS < {AIMS['idle_rss_mb']} MB; Asterisk idle {ANCHORS['idle_rss_mb']} MB)")
        for box, steps in idle.items():
            P(f"   {box} (fresh data dir):")
            for k, v in steps.items():
                if not isinstance(v, dict) or "rss_kb" not in v:
                    continue
                P(f"     {k:22} RSS {v.get('rss_kb')} KB (peak {v.get('hwm_kb')} KB), threads {v.get('threads')}"
                  + (f", registered {v['registered']}" if "registered" in v else ""))
        if self.findings:
            P()
            P("findings:")
            for f in self.findings:
                P(f"   - {f}")


def levels(s: str) -> list[int]:
    return [int(x) for x in s.split(",") if x.strip()]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--bare-bin", required=True)
    ap.add_argument("--load-bin", required=True)
    ap.add_argument("--scenarios", required=True, help="the shared SIPp scenarios (used unchanged)")
    ap.add_argument("--phases", default="startup,register,calls,d0,soak,concurrent,snapshot")
    ap.add_argument("--snapshot-seconds", type=float, default=60,
                    help="steady-state window of the snapshot phase (1,000 phones refreshing every 60 s)")
    ap.add_argument("--snapshot-reg-levels", type=levels, default=levels("3000,8000"),
                    help="REGISTER -r levels of the snapshots on/off comparison")
    ap.add_argument("--snapshot-reg-seconds", type=float, default=10)
    ap.add_argument("--seconds", type=float, default=60, help="length of each rate run")
    ap.add_argument("--startup-runs", type=int, default=5)
    ap.add_argument("--reg-levels", type=levels, default=levels("2400,4800,7200,9600"))
    ap.add_argument("--reg-ceiling-levels", type=levels, default=[],
                    help="SIPp -> SIPp UAS rates (default: the box's highest clean and first failing rate)")
    ap.add_argument("--cps-levels", type=levels, default=levels("25,50,100,150"))
    ap.add_argument("--d0-levels", type=levels, default=levels("250,500,1000"))
    ap.add_argument("--conc-levels", type=levels, default=levels("200,400,600,800,1000,1200"))
    ap.add_argument("--soak-rate", type=int, default=0,
                    help="calls/s of the soak (default: half the highest clean d0 rate of this run, else 500)")
    ap.add_argument("--soak-seconds", type=float, default=600)
    ap.add_argument("--soak-sample", type=float, default=10, help="seconds between the soak's RSS samples")
    ap.add_argument("--conc-rate", type=int, default=100, help="call setup rate for the concurrency runs")
    ap.add_argument("--conc-window", type=float, default=10, help="seconds of media counted per level")
    ap.add_argument("--settle", type=float, default=35, help="idle seconds before the last memory sample of a box")
    ap.add_argument("--rtp-buffsize", type=int, default=4194304,
                    help="SIPp -rtp_buffsize for caller and callee (0: SIPp's default; capped by net.core.rmem_max)")
    ap.add_argument("--bare-seconds", type=float, default=10)
    ap.add_argument("--no-bare", action="store_true")
    ap.add_argument("--box-env", action="append", default=[], metavar="K=V",
                    help="extra environment for the box, e.g. EDGEPBX_SIP_BAN_SECONDS=0 (bans off)")
    ap.add_argument("--no-ban-free-retry", dest="ban_free_retry", action="store_false",
                    help="stop the REGISTER ramp at a ban instead of continuing on a box with 0 s bans")
    ap.add_argument("--box-cpu", type=int, default=1)
    ap.add_argument("--load-cpu", type=int, default=0)
    ap.add_argument("--nice", type=int, default=-10, help="nice level for everything started (if permitted)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (SIPp logs, box log)")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    a.phases = [p for p in a.phases.split(",") if p]
    settle_process(a)
    return Bench(a).run()


if __name__ == "__main__":
    sys.exit(main())
