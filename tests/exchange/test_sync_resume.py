"""A real `reviewer sync` process moving large objects against the real gateway, with the
workstation confined by the bucket policy: killed mid-upload and mid-download (at a crash
point, then by SIGKILL at an arbitrary moment), the next run resumes from the parts and
pieces already moved (counted on the real store) with nothing lost or duplicated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.exchange import Layout, object_name, verify
from reviewer.fileio import CRASH_ENV, CRASH_EXIT
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync import Syncer
from reviewer.workflows.transfer import MIB, PieceSizes
from tests.exchange.conftest import s3_store
from tests.exchange.relay import DiesAfter, Killed, Relay
from tests.exchange.test_sync_process import ROOT, reviewer, sync_args
from tests.support.ceph_gateway import Gateway

WS = Layout("ws-a")
PIECES = ["--multipart-threshold", "5", "--part-size", "5"]
SIZES = PieceSizes(threshold=5 * MIB, part=5 * MIB)
PARTS = 10
LARGE = PARTS * 5 * MIB - 4321  # ten parts, the last one short


def kill_when(args: list[str], ready: Callable[[], bool]) -> None:
    """Starts `reviewer sync ARGS`, SIGKILLs it once `ready()` holds (within 60 s)."""
    running = subprocess.Popen([sys.executable, "-m", "reviewer", *args], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not ready() and time.monotonic() < deadline and running.poll() is None:
        time.sleep(0.005)
    running.send_signal(signal.SIGKILL)
    running.wait(timeout=30)


def parts_recorded(state: Path) -> int:
    try:
        return len(json.loads(state.read_bytes())["parts"])
    except (OSError, ValueError):
        return 0


def test_a_large_upload_killed_twice_resumes_from_its_parts(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    org = s3_store(gateway, open_bucket)
    spool = Spool(tmp_path / "spool")
    data = os.urandom(LARGE)
    staged = spool.stage("results", data)
    state = spool.upload_state("results", staged.name)
    args = [*sync_args(gateway, open_bucket, spool.root), *PIECES]
    crashed = reviewer(*args, "--once", env={CRASH_ENV: "sync.part_uploaded"})
    assert crashed.returncode == CRASH_EXIT, crashed.stderr
    assert parts_recorded(state) == 1
    kill_when(args, lambda: parts_recorded(state) >= 4)
    done = parts_recorded(state)
    assert 4 <= done < PARTS, done  # really killed mid-way
    assert org.list(WS.results) == []
    counted = Relay(s3_store(gateway, open_bucket, "ws-a"))
    report = Syncer(counted, WS, spool, sizes=SIZES).run_round()
    assert counted.calls["put_part"] == PARTS - done  # resumed, not restarted
    assert counted.calls["start_upload"] == 0
    assert (report.uploaded, report.parts_kept) == (1, done)
    assert org.list(WS.results) == [WS.results + staged.name]
    assert verify(staged.name, org.get(WS.results + staged.name)) == data
    assert spool.waiting_to_upload() == 0
    assert not state.exists()


def test_a_large_download_killed_twice_resumes_from_its_pieces(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    org = s3_store(gateway, open_bucket)
    data = os.urandom(LARGE)
    name = object_name(data, "rpkg")
    org.put_new(WS.inbox + name, data)
    spool = Spool(tmp_path / "spool")
    piece_file = spool.partial_download(name)
    args = [*sync_args(gateway, open_bucket, spool.root), *PIECES]
    crashed = reviewer(*args, "--once", env={CRASH_ENV: "sync.piece_downloaded"})
    assert crashed.returncode == CRASH_EXIT, crashed.stderr
    assert piece_file.stat().st_size == 5 * MIB
    assert spool.waiting() == []

    def fetched() -> int:
        return piece_file.stat().st_size if piece_file.exists() else 0

    kill_when(args, lambda: fetched() >= 20 * MIB)
    have = fetched()
    assert 20 * MIB <= have < LARGE, have
    assert spool.waiting() == []
    counted = Relay(s3_store(gateway, open_bucket, "ws-a"))
    report = Syncer(counted, WS, spool, sizes=SIZES).run_round()
    assert counted.calls["get_range"] == -(-(LARGE - have) // (5 * MIB))  # only the rest
    assert counted.calls["get"] == 0
    assert (report.downloaded, report.bytes_resumed) == (1, have)
    assert [p.read_bytes() for p in spool.waiting()] == [data]
    assert org.list(WS.inbox) == [WS.inbox + name]  # not acknowledged: not imported yet


def test_a_resumed_large_transfer_says_so(gateway: Gateway, open_bucket: str,
                                          credentials: None, tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    spool.stage("results", os.urandom(3 * 5 * MIB))
    args = [*sync_args(gateway, open_bucket, spool.root), *PIECES, "--once"]
    assert reviewer(*args, env={CRASH_ENV: "sync.part_uploaded"}).returncode == CRASH_EXIT
    resumed = reviewer(*args)
    assert resumed.returncode == 0, resumed.stderr
    assert "uploaded 1," in resumed.stdout
    assert "resumed: 1 parts kept, 2 sent" in resumed.stdout


def test_piece_sizes_below_the_stores_minimum_are_refused(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    result = reviewer(*sync_args(gateway, open_bucket, tmp_path / "spool"), "--once",
                      "--part-size", "1")
    assert result.returncode == 2
    assert "--part-size is at least 5" in result.stderr


def test_a_confined_workstation_whose_upload_expired_starts_it_again(
        gateway: Gateway, open_bucket: str, tmp_path: Path) -> None:
    """Under the bucket policy Ceph answers AccessDenied, not NoSuchUpload, for the parts of
    an upload that is gone (a lifecycle rule expired it): not a reason to stop syncing."""
    spool = Spool(tmp_path / "spool")
    data = os.urandom(2 * 5 * MIB + 10)
    staged = spool.stage("results", data)
    ws_a = s3_store(gateway, open_bucket, "ws-a")
    with pytest.raises(Killed):
        Syncer(DiesAfter(ws_a, "put_part", 1), WS, spool, sizes=SIZES).run_round()
    state = json.loads(spool.upload_state("results", staged.name).read_bytes())
    s3_store(gateway, open_bucket).abort_upload(state["key"], state["upload"])
    counted = Relay(ws_a)
    report = Syncer(counted, WS, spool, sizes=SIZES).run_round()
    assert (report.uploaded, report.parts_kept, report.parts_sent) == (1, 0, 3)
    assert counted.calls["start_upload"] == 1
    org = s3_store(gateway, open_bucket)
    assert verify(staged.name, org.get(WS.results + staged.name)) == data
