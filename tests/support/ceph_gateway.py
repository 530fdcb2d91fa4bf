"""The real S3 server for the exchange tests: resources/dev/ceph_rgw.sh, started once per
test session (or reused when REVIEWER_S3_ENDPOINT says one is already running; then
REVIEWER_S3_TLS_PORT and REVIEWER_S3_TLS_CA, its CA's PEM file, describe its HTTPS side).
Started here, it also serves HTTPS with a certificate from a CA made for the session.

Missing on a developer's machine (packages not installed, not root): the tests skip. Under
CI=true they fail (tests/support/real_parts.py).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.real_parts import missing
from tests.support.tls_material import TestCA

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "resources" / "dev" / "ceph_rgw.sh"
USERS = ("org", "ws-a", "ws-b", "lead")


@dataclass
class Gateway:
    endpoint: str
    keys: dict[str, tuple[str, str]]  # user -> (access key, secret key); "org" owns buckets
    state_dir: str = ""  # set when this session started it (and so stops it)
    start_seconds: float = 0.0
    env: dict[str, str] = field(default_factory=dict)
    # HTTPS on the same gateway, with a certificate for "localhost" only (so 127.0.0.1 on
    # that port is a host the certificate is not for) from a CA made for this session.
    tls_endpoint: str = ""
    ca_pem: str = ""  # that CA's certificate (the "organisation's CA" of the TLS tests)

    @property
    def ceph_dir(self) -> str:
        """The cluster's folder (this session's, or REVIEWER_CEPH_DIR of one already running):
        needed to stop and start the gateway alone and to manage users."""
        folder = self.state_dir or self.env.get("REVIEWER_CEPH_DIR", "")
        if not folder:
            missing("REVIEWER_CEPH_DIR not set with REVIEWER_S3_ENDPOINT")
        return folder

    def control(self, *args: str) -> str:
        """`ceph_rgw.sh ARGS[0] DIR ARGS[1:]` (gateway-stop, gateway-start, admin): stdout."""
        result = subprocess.run(["bash", str(SCRIPT), args[0], self.ceph_dir, *args[1:]],
                                capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            raise AssertionError(f"ceph_rgw.sh {args[0]} failed: {result.stderr.strip()}")
        return result.stdout

    def stop(self) -> None:
        if self.state_dir:
            subprocess.run(["bash", str(SCRIPT), "stop", self.state_dir], check=False,
                           timeout=60, capture_output=True)
            self.state_dir = ""


def _parse(lines: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines.splitlines() if "=" in line)


def _gateway(env: dict[str, str], state_dir: str = "", seconds: float = 0.0) -> Gateway:
    keys = {}
    for user in USERS:
        var = "REVIEWER_S3_" + user.upper().replace("-", "_")
        if f"{var}_ACCESS_KEY" not in env:
            missing(f"{var}_ACCESS_KEY not set with REVIEWER_S3_ENDPOINT")
        keys[user] = (env[f"{var}_ACCESS_KEY"], env[f"{var}_SECRET_KEY"])
    gw = Gateway(env["REVIEWER_S3_ENDPOINT"], keys, state_dir, seconds, env)
    if env.get("REVIEWER_S3_TLS_PORT"):
        gw.tls_endpoint = f"https://localhost:{env['REVIEWER_S3_TLS_PORT']}"
    if env.get("REVIEWER_S3_TLS_CA"):  # a gateway started elsewhere: its CA's file
        gw.ca_pem = Path(env["REVIEWER_S3_TLS_CA"]).read_text()
    return gw


def start_gateway() -> Gateway:
    if os.environ.get("REVIEWER_S3_ENDPOINT"):
        return _gateway(dict(os.environ))
    started = time.monotonic()

    ca = TestCA()
    server = ca.issue_server(["localhost"])
    with tempfile.TemporaryDirectory() as tls:  # the script keeps its own copies
        (Path(tls) / "cert.pem").write_text(server.cert_pem)
        (Path(tls) / "key.pem").write_text(server.key_pem)
        tls_env = {"CEPH_RGW_TLS_CERT": f"{tls}/cert.pem", "CEPH_RGW_TLS_KEY": f"{tls}/key.pem"}
        try:
            result = subprocess.run(["bash", str(SCRIPT), "start", *USERS],
                                    capture_output=True, text=True, timeout=600, check=False,
                                    env={**os.environ, **tls_env})
        except subprocess.TimeoutExpired:
            missing("the Ceph gateway did not start within 10 minutes")
    if result.returncode != 0:
        tail = " / ".join(result.stderr.strip().splitlines()[-3:])
        missing(f"the Ceph gateway did not start: {tail}")
    env = _parse(result.stdout)
    gw = _gateway(env, env["REVIEWER_CEPH_DIR"], time.monotonic() - started)
    gw.ca_pem = ca.pem
    return gw
