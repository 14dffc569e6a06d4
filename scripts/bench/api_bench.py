#!/usr/bin/env python3
"""edgepbx HTTP API benchmark (driven by scripts/bench/api.sh; Python 3.11, standard library only).

Phases, all against one fresh server on 127.0.0.1 with a fresh data directory:
  0. raw fsync rate of the disk holding the temp dir (1 KiB write + fsync loop);
  1. start the PBX pinned to --server-cpu, sample idle memory;
  2. load 1,000 users, 1,000 devices, 2,000 callflows through the API (durable PUT/s);
  3. filtered list GETs, each for a fixed time on N keep-alive connections;
  4. GET baselines: a request answered without work (401) and the client's own ceiling
     against a trivial keep-alive server (api-load sink) on the same core as the PBX;
  5. durable PUT/s at 1 and at 32 concurrent clients;
  6. optional (--profile): perf profiles of the PBX under the GET mix and PUT c=32 load.
The load generator (api-load, Rust) runs pinned to --client-cpu, as does this script.
Every loop is bounded by count and time; the temp dir is removed at exit.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import http.client
import json
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone

PASSWORD = "benchpw"
ACCOUNT = "office"

AIM_GET_RPS = 2000.0
AIM_PUT_RPS = 300.0
AIM_RSS_MB = 40.0


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------
# /proc helpers


def proc_status(pid: int) -> dict:
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                k, _, v = line.partition(":")
                if k in ("VmRSS", "VmHWM", "VmSize", "Threads", "RssAnon", "RssFile"):
                    out[k] = int(v.split()[0])
    except OSError:
        pass
    return out


def mem_snapshot(pid: int) -> dict:
    s = proc_status(pid)
    return {
        "rss_mb": round(s.get("VmRSS", 0) / 1024, 2),
        "hwm_mb": round(s.get("VmHWM", 0) / 1024, 2),
        "rss_anon_mb": round(s.get("RssAnon", 0) / 1024, 2),
        "rss_file_mb": round(s.get("RssFile", 0) / 1024, 2),
        "threads": s.get("Threads", 0),
    }


def proc_cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as f:
            rest = f.read().rsplit(")", 1)[1].split()
        tick = os.sysconf("SC_CLK_TCK")
        return (int(rest[11]) + int(rest[12])) / tick  # utime, stime (fields 14, 15)
    except (OSError, IndexError, ValueError):
        return 0.0


class Sampler(threading.Thread):
    """Samples the server's RSS and thread count every `interval` s until stopped (bounded)."""

    def __init__(self, pid: int, interval: float = 0.1, max_seconds: float = 3600):
        super().__init__(daemon=True)
        self.pid, self.interval, self.max_seconds = pid, interval, max_seconds
        self.stop_event = threading.Event()
        self.peak_rss_kb = 0
        self.peak_threads = 0
        self.samples = 0

    def run(self) -> None:
        end = time.monotonic() + self.max_seconds
        while not self.stop_event.is_set() and time.monotonic() < end:
            s = proc_status(self.pid)
            if not s:
                break
            self.peak_rss_kb = max(self.peak_rss_kb, s.get("VmRSS", 0))
            self.peak_threads = max(self.peak_threads, s.get("Threads", 0))
            self.samples += 1
            self.stop_event.wait(self.interval)

    def stop(self) -> None:
        self.stop_event.set()
        self.join(timeout=5)


# ------------------------------------------------------------------------------------------------
# Baseline: raw fsync rate


def fsync_rate(directory: str, count: int, seconds: float) -> dict:
    """1 KiB writes each followed by fsync: appending (the file grows, like dd oflag=dsync) and
    overwriting the same 1 KiB (no size change)."""
    block = os.urandom(1024)
    results = {}
    for mode in ("append", "overwrite"):
        path = os.path.join(directory, f"fsync-{mode}.bin")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        lat = []
        try:
            deadline = time.monotonic() + seconds
            start = time.monotonic()
            for _ in range(count):
                t0 = time.monotonic()
                if mode == "append":
                    os.write(fd, block)
                else:
                    os.pwrite(fd, block, 0)
                os.fsync(fd)
                t1 = time.monotonic()
                lat.append(t1 - t0)
                if t1 >= deadline:
                    break
            elapsed = time.monotonic() - start
        finally:
            os.close(fd)
            os.unlink(path)
        lat.sort()
        results[mode] = {
            "fsyncs": len(lat),
            "elapsed_s": round(elapsed, 3),
            "rate": round(len(lat) / elapsed, 1),
            "p50_ms": round(lat[len(lat) // 2] * 1000, 3),
            "p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 3),
        }
    return results


def fs_type(path: str) -> str:
    best, fstype = "", "?"
    try:
        real = os.path.realpath(path)
        with open("/proc/mounts") as f:
            for line in f:
                parts = line.split()
                mnt = parts[1]
                if (real == mnt or real.startswith(mnt.rstrip("/") + "/")) and len(mnt) >= len(best):
                    best, fstype = mnt, f"{parts[2]} on {parts[0]} ({mnt})"
    except OSError:
        pass
    return fstype


# ------------------------------------------------------------------------------------------------
# Server and API


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api_call(port: int, method: str, path: str, body=None, token=None, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["X-Auth-Token"] = token
        data = json.dumps(body).encode() if body is not None else None
        conn.request(method, path, body=data, headers=headers)
        r = conn.getresponse()
        raw = r.read()
        try:
            return r.status, json.loads(raw)
        except ValueError:
            return r.status, {"raw": raw[:200].decode(errors="replace")}
    finally:
        conn.close()


class Bench:
    def __init__(self, a: argparse.Namespace):
        self.a = a
        self.tmp = tempfile.mkdtemp(prefix="edgepbx-apibench-", dir=a.tmp_base)
        self.server: subprocess.Popen | None = None
        self.sink: subprocess.Popen | None = None
        self.port = 0
        self.token = ""
        self.account = ""
        self.report: dict = {
            "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "host": {
                "nproc": os.cpu_count(),
                "kernel": os.uname().release,
                "tmp_dir_fs": fs_type(self.tmp),
            },
            "settings": {
                k: v for k, v in vars(a).items() if k not in ("out",)
            },
            "aims": {"get_rps": AIM_GET_RPS, "put_rps": AIM_PUT_RPS, "rss_mb": AIM_RSS_MB},
        }
        atexit.register(self.cleanup)

    # -- processes ---------------------------------------------------------------------------

    def taskset(self, cpu: int) -> list[str]:
        return ["taskset", "-c", str(cpu)]

    def start_server(self) -> None:
        self.port = free_port()
        data = os.path.join(self.tmp, "data")
        self.server_log = os.path.join(self.tmp, "server.log")
        env = {k: v for k, v in os.environ.items() if not k.startswith("EDGEPBX_")}
        env["EDGEPBX_ADMIN_PASSWORD"] = PASSWORD
        for kv in self.a.server_env:
            k, _, v = kv.partition("=")
            env[k] = v
        cmd = self.taskset(self.a.server_cpu) + [
            self.a.binary, "run", "--http", f"127.0.0.1:{self.port}", "--https", "off",
            "--data", data,
        ]
        log(f"starting {' '.join(cmd)}")
        t0 = time.monotonic()
        with open(self.server_log, "wb") as logf:
            self.server = subprocess.Popen(cmd, env=env, stdout=logf, stderr=subprocess.STDOUT,
                                           stdin=subprocess.DEVNULL)
        deadline = t0 + 30
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise SystemExit(f"server exited with {self.server.returncode}:\n{self.read_log()}")
            if "edgepbx ready" in self.read_log():
                break
            time.sleep(0.02)
        else:
            raise SystemExit(f"server not ready within 30 s:\n{self.read_log()}")
        self.report["server"] = {
            "pid": self.server.pid,
            "ready_s": round(time.monotonic() - t0, 3),
            "binary": self.a.binary,
            "binary_mb": round(os.path.getsize(self.a.binary) / 1e6, 2),
        }

    def read_log(self) -> str:
        try:
            with open(self.server_log, "rb") as f:
                return f.read()[-20000:].decode(errors="replace")
        except OSError:
            return ""

    def stop_server(self) -> None:
        if not self.server or self.server.poll() is not None:
            return
        t0 = time.monotonic()
        self.server.send_signal(signal.SIGTERM)
        try:
            code = self.server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.server.kill()
            code = self.server.wait(timeout=5)
        self.report["server"]["shutdown_s"] = round(time.monotonic() - t0, 3)
        self.report["server"]["exit_code"] = code

    def cleanup(self) -> None:
        for p in (self.sink, self.server):
            if p and p.poll() is None:
                p.kill()
                try:
                    p.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
        if self.tmp and os.path.isdir(self.tmp):
            shutil.rmtree(self.tmp, ignore_errors=True)

    def login(self) -> None:
        creds = hashlib.md5(f"admin:{PASSWORD}".encode()).hexdigest()
        status, body = api_call(self.port, "PUT", "/v2/user_auth",
                                {"data": {"credentials": creds, "account_name": ACCOUNT}})
        if status != 201 and status != 200:
            raise SystemExit(f"login failed: {status} {body}")
        self.token = body["auth_token"]
        self.account = body["data"]["account_id"]

    # -- load generator ----------------------------------------------------------------------

    def load(self, mode: str, name: str, args: list[str], seconds: float,
             port: int | None = None, server_pid: int | None = None) -> dict:
        cmd = self.taskset(self.a.client_cpu) + [
            self.a.load_bin, mode, "--addr", f"127.0.0.1:{port or self.port}", "--name", name,
            "--seconds", str(seconds)] + args
        pid = server_pid if server_pid is not None else self.server.pid
        cpu0, t0 = proc_cpu_seconds(pid), time.monotonic()
        warm = float(args[args.index("--warmup") + 1]) if "--warmup" in args else 0.0
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + warm + 120)
        wall = time.monotonic() - t0
        cpu1 = proc_cpu_seconds(pid)
        if r.returncode != 0:
            raise SystemExit(f"api-load {name} failed ({r.returncode}): {r.stderr}")
        res = json.loads(r.stdout)
        # Server CPU over the whole subprocess lifetime (includes warm-up, so it is an average).
        res["server_cpu_util"] = round((cpu1 - cpu0) / wall, 3) if wall > 0 else 0.0
        errors = res["responses"] - res["ok"] + res["io_errors"]
        res["errors"] = errors
        level = "WARN " if errors else ""
        log(f"{level}{name}: {res['ok_rps']:.0f}/s ok={res['ok']} errors={errors} "
            f"p50={res['latency_ms']['p50']}ms p99={res['latency_ms']['p99']}ms "
            f"server_cpu={res['server_cpu_util']:.0%} client_cpu={res['client_cpu_util']:.0%}")
        for s in res.get("error_samples", []):
            log(f"   sample: {s}")
        return res

    def put(self, name: str, path: str, body: str, count: int, conns: int, seconds: float,
            start: int = 0, ids: str | None = None, ids_out: str | None = None) -> dict:
        args = ["--header", f"X-Auth-Token: {self.token}", "--conns", str(conns),
                "--count", str(count), "--path", path, "--body", body, "--start", str(start)]
        if ids:
            args += ["--ids", ids]
        if ids_out:
            args += ["--ids-out", ids_out]
        return self.load("put", name, args, seconds)

    def get(self, name: str, paths: list[str], conns: int, seconds: float, token=True,
            expect: int = 200, port: int | None = None, server_pid: int | None = None) -> dict:
        args = ["--conns", str(conns), "--warmup", str(self.a.warmup),
                "--max-requests", str(self.a.max_requests), "--expect", str(expect)]
        if token:
            args += ["--header", f"X-Auth-Token: {self.token}"]
        for p in paths:
            args += ["--path", p]
        return self.load("get", name, args, seconds, port=port, server_pid=server_pid)

    # -- phases ------------------------------------------------------------------------------

    def phase_load(self) -> dict:
        a, A = self.a, f"/v2/accounts/{self.account}"
        users_ids = os.path.join(self.tmp, "users.ids")
        dev_ids = os.path.join(self.tmp, "devices.ids")
        res = {}
        t0 = time.monotonic()
        res["users"] = self.put(
            "load users", f"{A}/users",
            '{"data":{"first_name":"First{i%50}","last_name":"Last{i}","username":"user{i}",'
            '"password":"secret-{i}-pw","email":"user{i}@office.local"}}',
            a.users, a.load_conns, a.load_seconds, ids_out=users_ids)
        res["devices"] = self.put(
            "load devices (no mac_address)", f"{A}/devices",
            '{"data":{"name":"Desk phone {i}","sip":{"username":"dev{i}","password":"devpw-{i}-x"},'
            '"owner_id":"{id}","device_type":"sip_device"}}',
            a.devices // 2, a.load_conns, a.load_seconds, ids=users_ids, ids_out=dev_ids)
        more = self.put(
            "load devices (with mac_address)", f"{A}/devices",
            '{"data":{"name":"Desk phone {i}","sip":{"username":"dev{i}","password":"devpw-{i}-x"},'
            '"owner_id":"{id}","device_type":"sip_device","mac_address":"{mac}"}}',
            a.devices - a.devices // 2, a.load_conns, a.load_seconds, start=a.devices // 2,
            ids=users_ids)
        res["devices_mac"] = more
        half = a.callflows // 2
        res["callflows_user"] = self.put(
            "load callflows (mainUserCallflow)", f"{A}/callflows",
            '{"data":{"name":"User {i}","type":"mainUserCallflow","owner_id":"{id}",'
            '"numbers":["{i}"],"flow":{"module":"user","data":{"id":"{id}","timeout":20},'
            '"children":{}}}}',
            half, a.load_conns, a.load_seconds, start=100000, ids=users_ids)
        res["callflows_device"] = self.put(
            "load callflows (device)", f"{A}/callflows",
            '{"data":{"name":"Device {i}","numbers":["{i}"],'
            '"flow":{"module":"device","data":{"id":"{id}"},"children":{}}}}',
            a.callflows - half, a.load_conns, a.load_seconds, start=200000, ids=dev_ids)
        wall = time.monotonic() - t0
        total_ok = sum(r["ok"] for r in res.values())
        lat_p99 = max(r["latency_ms"]["p99"] for r in res.values())
        res["total"] = {"documents": total_ok, "wall_s": round(wall, 3),
                        "put_rps": round(total_ok / wall, 1), "conns": a.load_conns,
                        "worst_p99_ms": lat_p99,
                        "errors": sum(r["errors"] for r in res.values())}
        # Check the data set through the API.
        counts = {}
        for kind in ("users", "devices", "callflows"):
            st, body = api_call(self.port, "GET", f"{A}/{kind}?paginate=false", token=self.token)
            counts[kind] = len(body.get("data", [])) if st == 200 else f"status {st}"
        res["total"]["counts_after_load"] = counts
        log(f"loaded {total_ok} documents in {wall:.1f}s ({total_ok / wall:.0f}/s); counts {counts}")
        with open(users_ids) as f:
            self.user_ids = f.read().split()
        return res

    def get_queries(self) -> dict[str, str]:
        A = f"/v2/accounts/{self.account}"
        owner = self.user_ids[7] if len(self.user_ids) > 7 else self.user_ids[0]
        return {
            "users?filter_first_name=First7": f"{A}/users?filter_first_name=First7",
            "callflows?filter_type=mainUserCallflow&paginate=false":
                f"{A}/callflows?filter_type=mainUserCallflow&paginate=false",
            "devices?has_key=mac_address": f"{A}/devices?has_key=mac_address",
            "devices?filter_owner_id=<user>": f"{A}/devices?filter_owner_id={owner}",
        }

    def phase_get(self) -> dict:
        a = self.a
        res = {}
        queries = self.get_queries()
        for label, path in queries.items():
            res[label] = self.get(f"GET {label}", [path], a.get_conns, a.get_seconds)
        res["mix (all of the above, round robin)"] = self.get(
            "GET mix", list(queries.values()), a.get_conns, a.get_seconds)
        return res

    def phase_get_baselines(self, largest_body: float) -> dict:
        a = self.a
        res = {"trivial_401": self.get("GET /v2/nonexistent (401, no work)", ["/v2/nonexistent"],
                                       a.get_conns, a.baseline_seconds, token=False, expect=401)}
        # Token check + routing + one cache lookup, no list work: splits the list cost from the
        # per-request cost of an authenticated request.
        missing = f"/v2/accounts/{self.account}/users/{'0' * 32}"
        res["authed_404"] = self.get("GET users/<missing id> (authenticated 404)", [missing],
                                     a.get_conns, a.baseline_seconds, expect=404)
        small = res["trivial_401"]["avg_response_bytes"]
        for label, size in (("client_ceiling_small", small), ("client_ceiling_large", largest_body)):
            body_bytes = max(64, int(size) - 90)  # minus the sink's response head
            cmd = self.taskset(a.server_cpu) + [a.load_bin, "sink", "--addr", "127.0.0.1:0",
                                                "--body-bytes", str(body_bytes),
                                                "--seconds", str(a.baseline_seconds + a.warmup + 60)]
            self.sink = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True,
                                         stdin=subprocess.DEVNULL)
            line = self.sink.stdout.readline().split()
            if len(line) != 2 or line[0] != "listening":
                raise SystemExit(f"sink did not start: {line}")
            try:
                r = self.get(f"client ceiling vs sink ({int(size)} B responses)", ["/ceiling"],
                             a.get_conns, a.baseline_seconds, token=False, port=int(line[1]),
                             server_pid=self.sink.pid)
            finally:
                self.sink.kill()
                self.sink.wait(timeout=5)
                self.sink = None
            res[label] = r
        return res

    def phase_put(self) -> dict:
        a, A = self.a, f"/v2/accounts/{self.account}"
        res = {}
        for conns in (1, 32):
            res[f"c{conns}"] = self.put(
                f"PUT users, {conns} concurrent", f"{A}/users",
                '{"data":{"first_name":"Bench","last_name":"C%d-{i}","username":"put%d-{i}",'
                '"password":"secret-{i}-pw"}}' % (conns, conns),
                a.put_max, conns, a.put_seconds)
        return res

    def profile(self, which: str) -> dict:
        """perf profiles of the server, each under its own extra run after the measured ones (so
        they do not disturb them): the GET ones before the PUT phase grows the data set."""
        out = {}
        if not shutil.which("perf"):
            return {"error": "perf not found"}
        A = f"/v2/accounts/{self.account}"
        q = self.get_queries()
        if which == "get":
            jobs = {
                f"GET {label}": (lambda s, path=path, label=label: self.get(
                    f"profile: GET {label}", [path], self.a.get_conns, s))
                for label, path in q.items()
                if label.startswith(("users", "callflows"))
            }
        else:
            jobs = {"PUT users, 32 concurrent": lambda s: self.put(
                "profile: PUT c32", f"{A}/users",
                '{"data":{"first_name":"Prof","last_name":"P-{i}",'
                '"username":"prof-{i}","password":"secret-{i}-pw"}}', self.a.put_max, 32, s)}
        secs = self.a.profile_seconds
        for name, job in jobs.items():
            data = os.path.join(self.tmp, f"perf-{name}.data")
            rec = subprocess.Popen(["perf", "record", "-F", "499", "-g", "-p", str(self.server.pid),
                                    "-o", data, "--", "sleep", str(secs + self.a.warmup)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            time.sleep(0.3)
            job(secs)
            try:
                rec.wait(timeout=secs + 60)
            except subprocess.TimeoutExpired:
                rec.kill()
            rep = subprocess.run(["perf", "report", "-i", data, "--stdio", "--no-children",
                                  "--sort", "dso,sym", "-g", "none", "--percent-limit", "1.5"],
                                 capture_output=True, text=True, timeout=300)
            lines = [l for l in rep.stdout.splitlines() if l.strip() and not l.startswith("#")]
            comm = subprocess.run(["perf", "report", "-i", data, "--stdio", "--no-children",
                                   "--sort", "comm", "-g", "none"],
                                  capture_output=True, text=True, timeout=300)
            groups: dict[str, float] = {}
            for l in comm.stdout.splitlines():
                parts = l.split()
                if len(parts) == 2 and parts[0].endswith("%") and not l.startswith("#"):
                    key = parts[1].rstrip("0123456789").rstrip("-") + ("-*" if parts[1][-1].isdigit() else "")
                    groups[key] = groups.get(key, 0.0) + float(parts[0].rstrip("%"))
            clines = [f"{v:6.2f}%  {k}" for k, v in sorted(groups.items(), key=lambda x: -x[1])]
            out[name] = {"top_symbols": lines[:30], "by_thread": clines[:8],
                         "error": rec.stderr[-500:] if rec.returncode else ""}
        return out

    # -- main --------------------------------------------------------------------------------

    def run(self) -> dict:
        a, rep = self.a, self.report
        log(f"temp dir {self.tmp} ({rep['host']['tmp_dir_fs']})")
        log("baseline: raw fsync rate")
        rep["fsync"] = fsync_rate(self.tmp, a.fsync_count, a.fsync_seconds)
        log(f"fsync: {rep['fsync']}")

        self.start_server()
        pid = self.server.pid
        time.sleep(a.idle_wait)
        mem = {"idle_after_start": mem_snapshot(pid)}
        sampler = Sampler(pid, max_seconds=7200)
        sampler.start()
        try:
            self.login()
            rep["load"] = self.phase_load()
            time.sleep(1)
            mem["after_load"] = mem_snapshot(pid)
            rep["get"] = self.phase_get()
            mem["after_get"] = mem_snapshot(pid)
            largest = max(r["avg_response_bytes"] for r in rep["get"].values())
            rep["get_baselines"] = self.phase_get_baselines(largest)
            if a.profile:
                rep["profile"] = self.profile("get")
            mem["before_put"] = mem_snapshot(pid)
            threads_before_put = sampler.peak_threads
            rep["put"] = self.phase_put()
            time.sleep(1)
            mem["after_put"] = mem_snapshot(pid)
            threads_after_put = sampler.peak_threads
            if a.profile:
                rep["profile"].update(self.profile("put"))
        finally:
            sampler.stop()
        mem["peak"] = {"hwm_mb": mem_snapshot(pid)["hwm_mb"],
                   "hwm_before_put_mb": mem["before_put"]["hwm_mb"],
                   "hwm_after_put_mb": mem["after_put"]["hwm_mb"],
                   "threads_before_put": threads_before_put,
                   "threads_after_put": threads_after_put,
                       "sampled_rss_mb": round(sampler.peak_rss_kb / 1024, 2),
                       "sampled_threads": sampler.peak_threads, "samples": sampler.samples}
        rep["memory"] = mem
        st, _ = api_call(self.port, "GET", "/v2/nonexistent")
        rep["server"]["alive_at_end"] = st == 401
        self.stop_server()
        try:
            rep["data_dir_mb"] = round(sum(
                os.path.getsize(os.path.join(d, f))
                for d, _, fs in os.walk(os.path.join(self.tmp, "data")) for f in fs) / 1e6, 2)
        except OSError:
            pass
        log_tail = self.read_log().splitlines()
        rep["server"]["log_warnings"] = [l for l in log_tail if " WARN " in l or " ERROR " in l][:20]
        rep["summary"] = summarize(rep)
        return rep


# ------------------------------------------------------------------------------------------------
# Summary and table


def summarize(rep: dict) -> dict:
    s = {}
    trivial = rep["get_baselines"]["trivial_401"]["ok_rps"]
    ceil_small = rep["get_baselines"]["client_ceiling_small"]["ok_rps"]
    ceil_large = rep["get_baselines"]["client_ceiling_large"]["ok_rps"]
    small_b = rep["get_baselines"]["client_ceiling_small"]["avg_response_bytes"] or 1
    large_b = rep["get_baselines"]["client_ceiling_large"]["avg_response_bytes"] or 1
    gets = {}
    for label, r in rep["get"].items():
        size = max(r["avg_response_bytes"], 1)
        near_small = abs(math.log(size / small_b)) <= abs(math.log(size / large_b))
        ceiling = ceil_small if near_small else ceil_large
        gets[label] = {
            "rps": r["ok_rps"], "p50_ms": r["latency_ms"]["p50"], "p99_ms": r["latency_ms"]["p99"],
            "vs_trivial_401": round(r["ok_rps"] / trivial, 3) if trivial else None,
            "client_ceiling_used": "small" if near_small else "large",
            "vs_client_ceiling": round(r["ok_rps"] / ceiling, 3) if ceiling else None,
            "meets_aim": r["ok_rps"] >= AIM_GET_RPS and r["errors"] == 0,
        }
    s["get"] = gets
    s["get_trivial_401_rps"] = trivial
    s["get_authed_404_rps"] = rep["get_baselines"]["authed_404"]["ok_rps"]
    s["client_ceiling_rps"] = {"small_responses": ceil_small, "large_responses": ceil_large}
    fs = rep["fsync"]["append"]["rate"]
    puts = {}
    load = rep["load"]["total"]
    puts[f"load phase (c={load['conns']})"] = {
        "rps": load["put_rps"], "p99_ms": load["worst_p99_ms"],
        "vs_fsync": round(load["put_rps"] / fs, 3) if fs else None,
        "meets_aim": load["put_rps"] >= AIM_PUT_RPS and load["errors"] == 0}
    for label, r in rep["put"].items():
        puts[label] = {"rps": r["ok_rps"], "p50_ms": r["latency_ms"]["p50"],
                       "p99_ms": r["latency_ms"]["p99"],
                       "vs_fsync": round(r["ok_rps"] / fs, 3) if fs else None,
                       "meets_aim": r["ok_rps"] >= AIM_PUT_RPS and r["errors"] == 0}
    s["put"] = puts
    s["fsync_rate"] = fs
    peak = rep["memory"]["peak"]
    s["rss"] = {"idle_mb": rep["memory"]["idle_after_start"]["rss_mb"],
                "after_load_mb": rep["memory"]["after_load"]["rss_mb"],
                "after_get_mb": rep["memory"]["after_get"]["rss_mb"],
                "after_put_mb": rep["memory"]["after_put"]["rss_mb"],
                # The aim is judged on the specified data set (load + GET phases); the PUT phase
                # adds tens of thousands of users, so its peak is reported separately.
                "peak_mb": peak["hwm_before_put_mb"],
                "peak_incl_put_phase_mb": peak["hwm_after_put_mb"],
                "meets_aim": peak["hwm_before_put_mb"] < AIM_RSS_MB,
                "meets_aim_incl_put_phase": peak["hwm_after_put_mb"] < AIM_RSS_MB,
                "threads_idle": rep["memory"]["idle_after_start"]["threads"],
                "threads_peak": peak["threads_before_put"],
                "threads_peak_incl_put_phase": peak["threads_after_put"]}
    s["all_aims_met"] = (all(g["meets_aim"] for g in gets.values())
                         and all(p["meets_aim"] for p in puts.values())
                         and s["rss"]["meets_aim"])
    return s


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [" | ".join(str(h).ljust(w) for h, w in zip(header, widths)), line]
    for r in rows:
        out.append(" | ".join(str(c).rjust(w) if i else str(c).ljust(w)
                              for i, (c, w) in enumerate(zip(r, widths))))
    return "\n".join(out)


def yes(b: bool) -> str:
    return "ok" if b else "MISS"


def print_report(rep: dict, path: str) -> None:
    s = rep["summary"]
    st = rep["settings"]
    print()
    print(f"edgepbx API benchmark  {rep['started_at']}  server cpu {st['server_cpu']}, "
          f"client cpu {st['client_cpu']}, temp dir on {rep['host']['tmp_dir_fs']}")
    print(f"data set: {rep['load']['total']['counts_after_load']} (users include admin)")
    print()
    rows = []
    for label, r in rep["get"].items():
        g = s["get"][label]
        rows.append([label, r["conns"], f"{r['ok_rps']:.0f}", f"{r['latency_ms']['p50']:.2f}",
                     f"{r['latency_ms']['p99']:.2f}", f"{r['avg_response_bytes']:.0f}",
                     r["errors"], f"{r['server_cpu_util']:.0%}", f"{r['client_cpu_util']:.0%}",
                     f"{g['vs_trivial_401']:.2f}", f"{g['vs_client_ceiling']:.2f}",
                     f">=2000 {yes(g['meets_aim'])}"])
    for key, label in (("trivial_401", "baseline: GET /v2/nonexistent -> 401"),
                       ("authed_404", "baseline: GET users/<missing id> -> 404 (authed)"),
                       ("client_ceiling_small", "baseline: client ceiling (sink, small)"),
                       ("client_ceiling_large", "baseline: client ceiling (sink, large)")):
        r = rep["get_baselines"][key]
        rows.append([label, r["conns"], f"{r['ok_rps']:.0f}", f"{r['latency_ms']['p50']:.2f}",
                     f"{r['latency_ms']['p99']:.2f}", f"{r['avg_response_bytes']:.0f}",
                     r["errors"], f"{r['server_cpu_util']:.0%}", f"{r['client_cpu_util']:.0%}",
                     "", "", ""])
    print(f"GET (filtered lists), keep-alive, {st['get_seconds']:g} s each after {st['warmup']:g} s "
          "warm-up; x 401 = rate / trivial-401 rate; x ceiling = rate / client ceiling at the "
          "nearer response size")
    print(table(rows, ["request", "conns", "req/s", "p50 ms", "p99 ms", "bytes", "errors",
                       "srv cpu", "cli cpu", "x 401", "x ceiling", "aim"]))
    print()
    rows = []
    load = rep["load"]
    for key in ("users", "devices", "devices_mac", "callflows_user", "callflows_device"):
        r = load[key]
        rows.append([f"load: {r['name'].removeprefix('load ')}", r["conns"], r["ok"],
                     f"{r['ok_rps']:.0f}", f"{r['latency_ms']['p50']:.2f}",
                     f"{r['latency_ms']['p99']:.2f}", r["errors"],
                     f"{r['server_cpu_util']:.0%}", "", ""])
    fs = s["fsync_rate"]
    t = load["total"]
    p = s["put"][f"load phase (c={t['conns']})"]
    rows.append([f"load phase total", t["conns"], t["documents"], f"{t['put_rps']:.0f}", "",
                 f"{t['worst_p99_ms']:.2f}", t["errors"], "", f"{p['vs_fsync']:.2f}",
                 f">=300 {yes(p['meets_aim'])}"])
    for label, r in rep["put"].items():
        p = s["put"][label]
        rows.append([f"PUT users, {r['conns']} concurrent", r["conns"], r["ok"],
                     f"{r['ok_rps']:.0f}", f"{r['latency_ms']['p50']:.2f}",
                     f"{r['latency_ms']['p99']:.2f}", r["errors"],
                     f"{r['server_cpu_util']:.0%}", f"{p['vs_fsync']:.2f}",
                     f">=300 {yes(p['meets_aim'])}"])
    for mode in ("append", "overwrite"):
        f = rep["fsync"][mode]
        rows.append([f"baseline: raw 1 KiB write+fsync ({mode})", 1, f["fsyncs"],
                     f"{f['rate']:.0f}", f"{f['p50_ms']:.2f}", f"{f['p99_ms']:.2f}", 0, "", "", ""])
    print("Durable PUT (document creation; acknowledged = fsynced)")
    print(table(rows, ["writes", "conns", "docs", "docs/s", "p50 ms", "p99 ms", "errors",
                       "srv cpu", "x fsync", "aim"]))
    print()
    m = rep["memory"]
    rows = [[k.replace("_", " "), f"{v['rss_mb']:.1f}", f"{v['hwm_mb']:.1f}",
             f"{v['rss_anon_mb']:.1f}", f"{v['rss_file_mb']:.1f}", v["threads"]]
            for k, v in m.items() if k != "peak"]
    rows.append(["peak, load + GET phases (1k/1k/2k docs)", "", f"{m['peak']['hwm_before_put_mb']:.1f}",
                 "", "", m["peak"]["threads_before_put"]])
    rows.append(["peak, incl. PUT phase", "", f"{m['peak']['hwm_after_put_mb']:.1f}",
                 "", "", m["peak"]["threads_after_put"]])
    users_end = rep["load"]["total"]["counts_after_load"].get("users", 0)
    added = sum(r["ok"] for r in rep["put"].values())
    print(f"Server memory (aim: peak RSS < {AIM_RSS_MB:.0f} MB with the 1k/1k/2k data set -> "
          f"{yes(s['rss']['meets_aim'])}; incl. PUT phase, which adds {added} users to the "
          f"{users_end} -> {yes(s['rss']['meets_aim_incl_put_phase'])})")
    print(table(rows, ["when", "VmRSS MB", "VmHWM MB", "anon MB", "file MB", "threads"]))
    print()
    srv = rep["server"]
    print(f"server: ready in {srv['ready_s']}s, binary {srv['binary_mb']} MB, "
          f"data dir {rep.get('data_dir_mb', '?')} MB at end, shutdown {srv.get('shutdown_s')}s "
          f"(exit {srv.get('exit_code')}), warnings in log: {len(srv.get('log_warnings', []))}")
    if "profile" in rep:
        for name, p in rep["profile"].items():
            print(f"\nperf profile of the server under {name}: CPU share by thread group, then "
                  "self time by dso/symbol (>= 1.5%):")
            for l in p.get("by_thread", []):
                print("   " + l)
            for l in p.get("top_symbols", []):
                print("   " + l)
    misses = [f"GET {k}" for k, g in s["get"].items() if not g["meets_aim"]]
    misses += [f"PUT {k}" for k, p in s["put"].items() if not p["meets_aim"]]
    if not s["rss"]["meets_aim"]:
        misses.append("peak RSS (data set)")
    if not s["rss"]["meets_aim_incl_put_phase"]:
        misses.append("peak RSS (incl. PUT phase)")
    print()
    print("all aims met" if not misses else "aims missed: " + "; ".join(misses))
    print(f"JSON: {path}")


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", ".."))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--binary", default=os.path.join(root, "target", "release", "edgepbx"))
    p.add_argument("--load-bin", default=os.path.join(here, "api-load", "target", "release",
                                                     "api-load"))
    p.add_argument("--out", default="")
    p.add_argument("--tmp-base", default=os.environ.get("TMPDIR", "/tmp"))
    p.add_argument("--server-cpu", type=int, default=1)
    p.add_argument("--client-cpu", type=int, default=0)
    p.add_argument("--users", type=int, default=1000)
    p.add_argument("--devices", type=int, default=1000)
    p.add_argument("--callflows", type=int, default=2000)
    p.add_argument("--load-conns", type=int, default=8)
    p.add_argument("--load-seconds", type=float, default=300, help="time bound per load step")
    p.add_argument("--get-conns", type=int, default=16)
    p.add_argument("--get-seconds", type=float, default=15)
    p.add_argument("--baseline-seconds", type=float, default=10)
    p.add_argument("--warmup", type=float, default=2)
    p.add_argument("--max-requests", type=int, default=2_000_000, help="count bound per GET run")
    p.add_argument("--put-seconds", type=float, default=10)
    p.add_argument("--put-max", type=int, default=20000, help="count bound per PUT run")
    p.add_argument("--fsync-count", type=int, default=3000)
    p.add_argument("--fsync-seconds", type=float, default=5)
    p.add_argument("--idle-wait", type=float, default=2)
    p.add_argument("--profile", action="store_true", help="also perf-profile the server")
    p.add_argument("--profile-seconds", type=float, default=6)
    p.add_argument("--server-env", action="append", default=[], metavar="K=V",
                   help="extra environment for the server (experiments, e.g. MALLOC_ARENA_MAX=2)")
    a = p.parse_args()
    for f in (a.binary, a.load_bin):
        if not os.access(f, os.X_OK):
            print(f"missing executable {f} (run scripts/bench/api.sh, which builds it)",
                  file=sys.stderr)
            return 2
    if not a.out:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        a.out = os.path.join(here, "results", f"api-{stamp}.json")
    a.binary, a.load_bin, a.out = map(os.path.abspath, (a.binary, a.load_bin, a.out))
    try:
        os.sched_setaffinity(0, {a.client_cpu})
    except OSError as e:
        log(f"could not pin this script to cpu {a.client_cpu}: {e}")

    bench = Bench(a)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        rep = bench.run()
    finally:
        bench.cleanup()
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w") as f:
        json.dump(rep, f, indent=2)
        f.write("\n")
    print_report(rep, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
