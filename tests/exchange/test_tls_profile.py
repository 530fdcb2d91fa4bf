"""The organisation's CA named in the signed profile (exchange.s3.ca_certificates, handed to
sync through exchange.json) is trusted on top of the system's store, and checked like the
--ca-bundle file: CA certificates only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reviewer.core.exchange import Layout, object_name
from reviewer.core.exchange_settings import S3Exchange
from reviewer.core.profile import Exchange, Profile, Role
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync_settings import write_sync_settings
from tests.exchange.conftest import s3_store
from tests.exchange.test_tls import clean_env, tls_gateway
from tests.support.ceph_gateway import Gateway
from tests.support.tls_material import TestCA

ROOT = Path(__file__).resolve().parents[2]
WS = Layout("ws-a")


def profile_sync(gateway: Gateway, bucket: str, spool: Spool,
                 ca_pem: str) -> subprocess.CompletedProcess[str]:
    s3 = S3Exchange(endpoint=tls_gateway(gateway).tls_endpoint, bucket=bucket,
                    workstation=WS.workstation, ca_certificates=ca_pem)
    write_sync_settings(spool.root, Profile("rev-042", Role.REVIEWER,
                                            exchange=Exchange("", "", "", s3)))
    return subprocess.run([sys.executable, "-m", "reviewer", "sync", "--spool",
                           str(spool.root), "--once"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False, env=clean_env())


def test_the_profiles_ca_makes_the_https_round_work(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    org = s3_store(gateway, open_bucket)
    package = os.urandom(10_000)
    org.put_new(WS.inbox + object_name(package, "rpkg"), package)
    spool = Spool(tmp_path / "spool")
    spool.root.mkdir(parents=True, exist_ok=True)
    result = profile_sync(gateway, open_bucket, spool, gateway.ca_pem)
    assert result.returncode == 0, result.stderr
    assert [p.read_bytes() for p in spool.waiting()] == [package]


def test_a_server_certificate_in_the_profile_is_refused_in_one_line(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    spool.root.mkdir(parents=True, exist_ok=True)
    leaf = TestCA().issue_server(["localhost"]).cert_pem
    result = profile_sync(gateway, open_bucket, spool, leaf)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "reviewer: sync: the organisation's CA certificates (the signed profile): "
        "certificate 1 (CN=localhost,O=Example Org (test)) is not a CA certificate (a "
        "server's own certificate does not belong here)"]
