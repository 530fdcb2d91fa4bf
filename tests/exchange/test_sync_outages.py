"""`reviewer sync` when the world misbehaves, against the real gateway: the store stopped and
started again mid-sync (retries with back-off, nothing lost or duplicated, the spool keeps
what the window writes meanwhile); a clock a few minutes off (fine) or 20 minutes off (one
clear line); a wrong, suspended or revoked key (one clear line, exit code 2, no retry loop)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import boto3
import botocore.config
import keyring.backend
import pytest

from reviewer.core.exchange import Layout, object_name, verify
from reviewer.workflows.spool import Spool
from tests.exchange.conftest import s3_store
from tests.exchange.test_sync_process import ROOT, reviewer, sync_args
from tests.support.ceph_gateway import Gateway
from tests.support.real_parts import missing

WS = Layout("ws-a")


def wait_until(condition: object, seconds: float) -> bool:
    assert callable(condition)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


def test_the_store_stopped_and_started_again_mid_sync_loses_nothing(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    org = s3_store(gateway, open_bucket)
    packages = {object_name(d, "rpkg"): d
                for d in [os.urandom(12 << 20), *(os.urandom(300_000) for _ in range(5))]}
    for name, data in packages.items():
        org.put_new(WS.inbox + name, data)
    spool = Spool(tmp_path / "spool")
    sent = {p.name: p.read_bytes() for p in
            [spool.stage("results", os.urandom(1_000_000)) for _ in range(20)]
            + [spool.stage("results", os.urandom(15 << 20))]}
    log = tmp_path / "sync.log"
    with log.open("w") as out:
        running = subprocess.Popen(
            [sys.executable, "-m", "reviewer", *sync_args(gateway, open_bucket, spool.root),
             "--interval", "0.5", "--multipart-threshold", "5", "--part-size", "5"],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        assert wait_until(lambda: len(org.list(WS.results)) >= 3, 60)
        gateway.control("gateway-stop")  # mid-round: uploads and downloads under way
        try:
            assert 0 < spool.waiting_to_upload() < len(sent)
            time.sleep(3)  # the sync keeps trying meanwhile
            written_meanwhile = {p.name: p.read_bytes() for p in
                                 (spool.stage("results", os.urandom(50_000)) for _ in range(3))}
            assert spool.waiting_to_upload() >= 3  # the window's files wait in the spool
            assert running.poll() is None  # still there, not crashed
        finally:
            gateway.control("gateway-start")
        sent |= written_meanwhile
        assert wait_until(lambda: spool.waiting_to_upload() == 0
                          and len(spool.waiting()) == len(packages), 120), log.read_text()
    finally:
        running.terminate()
        running.wait(timeout=30)
    assert "store unavailable, will retry" in log.read_text()
    assert "Traceback" not in log.read_text()
    assert org.list(WS.results) == sorted(WS.results + n for n in sent)
    for name, data in sent.items():
        assert verify(name, org.get(WS.results + name)) == data
    assert {p.name: p.read_bytes() for p in spool.waiting()} == packages
    assert list(spool.downloads.glob("*")) == []  # no partial download left behind


def faketime(offset: str) -> list[str]:
    tool = shutil.which("faketime")
    if tool is None:
        missing("faketime (Debian package faketime, in dev.sh's APT_PACKAGES)")
    return [tool, "-f", offset]


def skewed_sync(offset: str, args: list[str],
                timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`reviewer ARGS` with its clock (and so its request signatures) `offset` from the
    store's, through libfaketime (monotonic time left alone: back-off sleeps stay real)."""
    return subprocess.run([*faketime(offset), sys.executable, "-m", "reviewer", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          check=False, env={**os.environ, "FAKETIME_DONT_FAKE_MONOTONIC": "1"})


@pytest.mark.parametrize("offset", ["+4m", "-4m"])
def test_a_clock_a_few_minutes_off_still_syncs(gateway: Gateway, open_bucket: str,
                                               credentials: None, tmp_path: Path,
                                               offset: str) -> None:
    org = s3_store(gateway, open_bucket)
    package = os.urandom(100_000)
    org.put_new(WS.inbox + object_name(package, "rpkg"), package)
    spool = Spool(tmp_path / "spool")
    staged = spool.stage("results", b"a sealed export")
    result = skewed_sync(offset, [*sync_args(gateway, open_bucket, spool.root), "--once"])
    assert result.returncode == 0, result.stderr
    assert "uploaded 1, downloaded 1" in result.stdout
    assert org.get(WS.results + staged.name) == b"a sealed export"
    # The spool records the workstation's own (skewed) time of the sync.
    recorded = spool.last_sync()
    assert recorded is not None
    import datetime as dt
    skew = (recorded - dt.datetime.now(dt.UTC)).total_seconds()
    assert abs(skew - (240 if offset.startswith("+") else -240)) < 60


@pytest.mark.parametrize("offset", ["+20m", "-20m"])
def test_a_clock_far_off_gives_one_clear_line_and_no_retry_loop(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path,
        offset: str) -> None:
    spool = Spool(tmp_path / "spool")
    spool.stage("results", b"a sealed export")
    for extra in (["--once"], ["--interval", "0.2"]):  # a single round, and the service
        started = time.monotonic()
        result = skewed_sync(offset, [*sync_args(gateway, open_bucket, spool.root), *extra],
                             timeout=60)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "this computer's clock is off" in lines[0]
        assert time.monotonic() - started < 30  # refused at once, not retried
        state = spool.sync_state()  # for the window: "This computer's clock is off"
        assert state is not None
        assert state.codes[0] == "store_clock_skew"
    assert spool.waiting_to_upload() == 1  # kept for when the clock is right


def make_user(gateway: Gateway) -> tuple[str, str, str]:
    uid = f"rv-{uuid.uuid4().hex[:8]}"
    access = uuid.uuid4().hex[:20].upper()
    secret = uuid.uuid4().hex
    gateway.control("admin", "user", "create", "--uid", uid, "--display-name", uid,
                    "--access-key", access, "--secret-key", secret)
    return uid, access, secret


def test_a_suspended_or_revoked_key_gives_one_clear_line_and_exit_code_2(
        gateway: Gateway, secret_service: keyring.backend.KeyringBackend,
        tmp_path: Path) -> None:
    from reviewer.commands.sync import CREDENTIALS_SERVICE
    from reviewer.vault.keyring_store import KeyringSecretStore

    uid, access, secret = make_user(gateway)
    config = botocore.config.Config(region_name="us-east-1", s3={"addressing_style": "path"})
    own = boto3.session.Session().client("s3", endpoint_url=gateway.endpoint,
                                         aws_access_key_id=access,
                                         aws_secret_access_key=secret, config=config)
    bucket = f"{uid}-exchange"
    own.create_bucket(Bucket=bucket)
    ws = Layout("ws-r")
    spool = Spool(tmp_path / "spool")
    args = ["sync", "--endpoint", gateway.endpoint, "--bucket", bucket, "--workstation",
            ws.workstation, "--spool", str(spool.root)]
    stored = reviewer("sync", "--store-credentials", "--workstation", ws.workstation,
                      stdin=f"{access}\n{secret}\n")
    assert stored.returncode == 0, stored.stderr
    try:
        assert reviewer(*args, "--once").returncode == 0  # the key works to begin with

        def refused(why: str) -> None:
            for extra in (["--once"], ["--interval", "0.2"]):  # a round, and the service
                started = time.monotonic()
                result = reviewer(*args, *extra, timeout=60)
                assert result.returncode == 2, (why, result.stdout, result.stderr)
                lines = result.stderr.strip().splitlines()
                assert len(lines) == 1, (why, result.stderr)
                assert "refused this workstation's key" in lines[0], why
                assert "check the credentials in the keyring" in lines[0]
                assert time.monotonic() - started < 30, why  # not retried on and on

        gateway.control("admin", "user", "suspend", "--uid", uid)
        refused("suspended")
        gateway.control("admin", "user", "enable", "--uid", uid)
        assert wait_until(lambda: reviewer(*args, "--once").returncode == 0, 30)
        gateway.control("admin", "key", "rm", "--uid", uid, "--access-key", access)
        refused("revoked")
    finally:
        KeyringSecretStore().delete(CREDENTIALS_SERVICE, ws.workstation)
