"""The real S3 server for the exchange tests: resources/dev/ceph_rgw.sh, started once per
test session (or reused when REVIEWER_S3_ENDPOINT says one is already running).

Missing on a developer's machine (packages not installed, not root): the tests skip. Under
CI=true they fail (tests/support/real_parts.py).
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.real_parts import missing

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
    return Gateway(env["REVIEWER_S3_ENDPOINT"], keys, state_dir, seconds, env)


def start_gateway() -> Gateway:
    if os.environ.get("REVIEWER_S3_ENDPOINT"):
        return _gateway(dict(os.environ))
    started = time.monotonic()
    try:
        result = subprocess.run(["bash", str(SCRIPT), "start", *USERS], capture_output=True,
                                text=True, timeout=600, check=False)
    except subprocess.TimeoutExpired:
        missing("the Ceph gateway did not start within 10 minutes")
    if result.returncode != 0:
        tail = " / ".join(result.stderr.strip().splitlines()[-3:])
        missing(f"the Ceph gateway did not start: {tail}")
    env = _parse(result.stdout)
    return _gateway(env, env["REVIEWER_CEPH_DIR"], time.monotonic() - started)
