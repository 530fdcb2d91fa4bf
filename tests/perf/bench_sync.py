"""The exchange against the real gateway (resources/dev/ceph_rgw.sh, started here):

- one real `reviewer sync` process, idle between polls: peak resident size and CPU seconds
  over an idle stretch, read from /proc, and the requests it sends while idle, counted by a
  TCP relay in front of the gateway (needs the Secret Service: run through dev.sh);
- one real `reviewer sync --once` moving a LARGE_MB package down and a LARGE_MB result up in
  resumable pieces (default sizes): its peak resident size (the pieces bound it) and MB/s;
- WORKSTATIONS simulated workstations (Syncer threads, each with its own spool) while the
  organisation uploads PACKAGES packages of PACKAGE_KB each to their inboxes: packages
  delivered per second and p95 time from upload to the package in the spool;
- a package of 200 five-second clips from `org pack --upload` to the reviewer's queue, with
  the real processes (tests/perf/sync_delivery.py).

`bash dev.sh bench sync --workstations 50 [--packages 5]` runs it alone.
Environment: BENCH_SYNC_WORKSTATIONS (default 20), BENCH_SYNC_PACKAGES (default 5 each).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from reviewer.core.exchange import Layout, object_name
from reviewer.exchange.s3 import S3Settings, S3Store
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync import RoundReport, Syncer
from tests.perf.sync_delivery import package_to_queue
from tests.support.ceph_gateway import start_gateway

ROOT = Path(__file__).resolve().parents[2]
POLL_S = 0.2
IDLE_S = 30.0
IDLE_POLL_S = 5
_REQUEST_LINE = re.compile(rb"(?:^|\r\n)(?:GET|PUT|POST|DELETE|HEAD) /")


class CountingRelay:
    """Forwards TCP connections from a local port to the gateway, counting the HTTP request
    lines the client sends (an idle sync sends no bodies, so no false matches)."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.requests = 0
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            threading.Thread(target=self._pipe, args=(client, upstream, True),
                             daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False),
                             daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, count: bool) -> None:
        try:
            while data := src.recv(65536):
                if count:
                    with self._lock:
                        self.requests += len(_REQUEST_LINE.findall(data))
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._server.close()
PACKAGE_KB = 1000
LARGE_MB = 64


def _proc(pid: int) -> tuple[float, float]:
    """(peak resident MB, CPU seconds) of process `pid`."""
    status = Path(f"/proc/{pid}/status").read_text()
    hwm = next(int(line.split()[1]) for line in status.splitlines()
               if line.startswith("VmHWM:"))
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return hwm / 1024, cpu


def _idle_process(gw_endpoint: str, bucket: str, access: str, secret: str) -> dict[str, float]:
    from reviewer.commands.sync import CREDENTIALS_SERVICE
    from reviewer.vault.keyring_store import KeyringSecretStore

    keys = KeyringSecretStore()
    keys.set(CREDENTIALS_SERVICE, "bench-ws",
             json.dumps({"access_key": access, "secret_key": secret}))
    relay = CountingRelay(int(gw_endpoint.rsplit(":", 1)[1]))
    with tempfile.TemporaryDirectory() as spool:
        proc = subprocess.Popen(
            [sys.executable, "-m", "reviewer", "sync", "--endpoint",
             f"http://127.0.0.1:{relay.port}", "--bucket", bucket, "--workstation", "bench-ws",
             "--spool", spool, "--interval", str(IDLE_POLL_S)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not (Path(spool) / "last-sync").exists():
                time.sleep(0.05)
            time.sleep(1.0)
            _, cpu0 = _proc(proc.pid)
            requests0 = relay.requests
            time.sleep(IDLE_S)
            rss, cpu1 = _proc(proc.pid)
            requests = relay.requests - requests0
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            relay.close()
            keys.delete(CREDENTIALS_SERVICE, "bench-ws")
    per_hour = requests * 3600 / IDLE_S
    return {"sync_peak_rss_mb": rss, "sync_idle_cpu_s_per_min": (cpu1 - cpu0) * 60 / IDLE_S,
            f"sync_idle_requests_per_hour_poll_{IDLE_POLL_S}s": per_hour,
            # The profile's default poll (60 s): the same requests per round, 12x fewer rounds.
            "sync_idle_requests_per_hour_poll_60s": per_hour * IDLE_POLL_S / 60}


def _large_transfer(gw_endpoint: str, bucket: str, access: str,
                    secret: str) -> dict[str, float]:
    from reviewer.commands.sync import CREDENTIALS_SERVICE
    from reviewer.vault.keyring_store import KeyringSecretStore

    keys = KeyringSecretStore()
    keys.set(CREDENTIALS_SERVICE, "bench-large",
             json.dumps({"access_key": access, "secret_key": secret}))
    org = S3Store(S3Settings(endpoint=gw_endpoint, bucket=bucket), access, secret)
    package = os.urandom(LARGE_MB << 20)
    org.put_new(f"inbox/bench-large/{object_name(package, 'rpkg')}", package)
    with tempfile.TemporaryDirectory() as root:
        spool = Spool(Path(root))
        spool.stage("results", os.urandom(LARGE_MB << 20))
        del package
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "reviewer", "sync", "--endpoint", gw_endpoint, "--bucket",
             bucket, "--workstation", "bench-large", "--spool", root, "--once"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # VmHWM read from /proc while it runs (not the child's ru_maxrss, which counts the
        # pages of this process it was forked from before exec).
        peak = 0.0
        while proc.poll() is None:
            with contextlib.suppress(OSError, StopIteration):
                peak = max(peak, _proc(proc.pid)[0])
            time.sleep(0.01)
        elapsed = time.monotonic() - started
        assert proc.stderr is not None
        errors = proc.stderr.read().decode(errors="replace")
        keys.delete(CREDENTIALS_SERVICE, "bench-large")
        if proc.returncode != 0 or spool.waiting_to_upload() or len(spool.waiting()) != 1:
            raise RuntimeError(f"the large transfer did not complete ({proc.returncode}, "
                               f"{spool.waiting_to_upload()}, {len(spool.waiting())}): "
                               f"{errors.strip()}")
    return {"sync_large_peak_rss_mb": peak,
            "sync_large_mb_per_s": 2 * LARGE_MB / elapsed}


def _fleet(endpoint: str, bucket: str, access: str, secret: str, workstations: int,
           packages: int) -> dict[str, float]:
    settings = S3Settings(endpoint=endpoint, bucket=bucket)
    org = S3Store(settings, access, secret)
    stop = threading.Event()
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}
    lock = threading.Lock()
    with tempfile.TemporaryDirectory() as tmp:

        def workstation(n: int) -> None:
            layout = Layout(f"ws-{n:04d}")
            spool = Spool(Path(tmp) / layout.workstation)
            sync = Syncer(S3Store(settings, access, secret), layout, spool)
            while not stop.is_set():
                sync.pull(RoundReport())
                now = time.monotonic()
                with lock:
                    for p in spool.waiting():
                        arrived.setdefault(p.name, now)
                time.sleep(POLL_S)

        threads = [threading.Thread(target=workstation, args=(n,), daemon=True)
                   for n in range(workstations)]
        for t in threads:
            t.start()
        start = time.monotonic()
        for _ in range(packages):
            for n in range(workstations):
                data = os.urandom(PACKAGE_KB * 1024)
                name = object_name(data, "rpkg")
                sent[name] = time.monotonic()
                org.put_new(f"inbox/ws-{n:04d}/{name}", data)
        while len(arrived) < len(sent) and time.monotonic() - start < 300:
            time.sleep(0.05)
        elapsed = time.monotonic() - start
        stop.set()
        for t in threads:
            t.join(timeout=10)
    delays = sorted(arrived[n] - sent[n] for n in arrived)
    return {"sync_workstations": workstations,
            "sync_packages_per_s": len(arrived) / elapsed,
            "sync_delivery_s_p95": statistics.quantiles(delays, n=20)[18],
            "sync_delivery_s_median": statistics.median(delays)}


def run() -> dict[str, float]:
    gw = start_gateway()
    try:
        import boto3
        import botocore.config

        access, secret = gw.keys["org"]
        bucket = f"bench-{uuid.uuid4().hex[:12]}"
        boto3.session.Session().client(
            "s3", endpoint_url=gw.endpoint, aws_access_key_id=access,
            aws_secret_access_key=secret,
            config=botocore.config.Config(request_checksum_calculation="when_required",
                                          response_checksum_validation="when_required")
        ).create_bucket(Bucket=bucket)
        figures = {"gateway_start_s": gw.start_seconds}
        figures |= _idle_process(gw.endpoint, bucket, access, secret)
        figures |= package_to_queue(gw.endpoint, bucket, access, secret)
        figures |= _large_transfer(gw.endpoint, bucket, access, secret)
        figures |= _fleet(gw.endpoint, bucket, access, secret,
                          int(os.environ.get("BENCH_SYNC_WORKSTATIONS", "20")),
                          int(os.environ.get("BENCH_SYNC_PACKAGES", "5")))
        return figures
    finally:
        gw.stop()


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
