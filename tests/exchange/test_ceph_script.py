"""resources/dev/ceph_rgw.sh: what the session's gateway came from, and that `stop` leaves
nothing behind (no daemon, no listening port, no state folder)."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest

from tests.support.ceph_gateway import SCRIPT, Gateway


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_the_session_gateway_is_real_and_local(gateway: Gateway) -> None:
    assert gateway.endpoint.startswith("http://127.0.0.1:")
    assert listening(int(gateway.endpoint.rsplit(":", 1)[1]))
    assert set(gateway.keys) == {"org", "ws-a", "ws-b", "lead"}


def test_stop_ends_every_daemon_and_frees_the_port(gateway: Gateway) -> None:
    """A second, private gateway (one user), started and stopped by the script."""
    started = subprocess.run(["bash", str(SCRIPT), "start", "only"], capture_output=True,
                             text=True, timeout=300, check=False)
    assert started.returncode == 0, started.stderr
    env = dict(line.split("=", 1) for line in started.stdout.splitlines())
    assert set(env) == {"REVIEWER_CEPH_DIR", "REVIEWER_S3_ENDPOINT",
                        "REVIEWER_S3_ONLY_ACCESS_KEY", "REVIEWER_S3_ONLY_SECRET_KEY"}
    state = Path(env["REVIEWER_CEPH_DIR"])
    port = int(env["REVIEWER_S3_ENDPOINT"].rsplit(":", 1)[1])
    pids = [int((state / f"{n}.pid").read_text()) for n in ("mon.a", "osd.0", "client.rgw.a")]
    assert listening(port)
    stopped = subprocess.run(["bash", str(SCRIPT), "stop", str(state)], capture_output=True,
                             text=True, timeout=120, check=False)
    assert stopped.returncode == 0, stopped.stderr
    assert not state.exists()
    assert not listening(port)
    for pid in pids:
        assert not Path(f"/proc/{pid}").exists() or \
            "zombie" in Path(f"/proc/{pid}/status").read_text().lower()


def test_stop_refuses_a_folder_it_did_not_start(tmp_path: Path) -> None:
    result = subprocess.run(["bash", str(SCRIPT), "stop", str(tmp_path)], capture_output=True,
                            text=True, timeout=30, check=False)
    assert result.returncode != 0
    assert tmp_path.exists()


@pytest.mark.parametrize("args", [[], ["restart"]])
def test_usage(args: list[str]) -> None:
    result = subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True,
                            timeout=30, check=False)
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_the_session_gateway_also_serves_https_with_its_certificate(gateway: Gateway) -> None:
    """CEPH_RGW_TLS_CERT/KEY add an HTTPS listener (test_tls.py checks the certificate)."""
    assert gateway.tls_endpoint.startswith("https://localhost:")
    assert listening(int(gateway.tls_endpoint.rsplit(":", 1)[1]))


def test_half_a_tls_setting_is_refused_before_anything_starts(tmp_path: Path) -> None:
    (tmp_path / "cert.pem").write_text("not used")
    result = subprocess.run(["bash", str(SCRIPT), "start", "only"], capture_output=True,
                            text=True, timeout=60, check=False,
                            env={**os.environ, "CEPH_RGW_TLS_CERT": str(tmp_path / "cert.pem"),
                                 "CEPH_RGW_TLS_KEY": ""})
    assert result.returncode == 1
    assert "CEPH_RGW_TLS_CERT and CEPH_RGW_TLS_KEY must both name readable PEM files" in \
        result.stderr
    assert result.stdout == ""
