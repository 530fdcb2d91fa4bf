"""`reviewer sync` as users run it: its own process, credentials in the real Secret Service,
against the real gateway; killed mid-upload and mid-download it resumes with nothing lost or
duplicated. And the window's no-network rule still holds for every other command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import keyring.backend

from reviewer.core.exchange import Layout, object_name, verify
from reviewer.exchange.s3 import S3Store
from reviewer.fileio import CRASH_ENV, CRASH_EXIT
from reviewer.workflows.spool import Spool
from tests.exchange.conftest import s3_store
from tests.support.ceph_gateway import Gateway

ROOT = Path(__file__).resolve().parents[2]
WS = Layout("ws-a")


def reviewer(*args: str, stdin: str = "", env: dict[str, str] | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          check=False, env={**os.environ, **(env or {})})


def sync_args(gateway: Gateway, bucket: str, spool: Path) -> list[str]:
    return ["sync", "--endpoint", gateway.endpoint, "--bucket", bucket, "--workstation",
            WS.workstation, "--spool", str(spool)]


def test_credentials_are_stored_in_the_keyring(
        gateway: Gateway, secret_service: keyring.backend.KeyringBackend) -> None:
    from reviewer.commands.sync import CREDENTIALS_SERVICE, credentials
    from reviewer.vault.keyring_store import KeyringSecretStore

    access, secret = gateway.keys["ws-b"]
    result = reviewer("sync", "--store-credentials", "--workstation", "ws-b",
                      stdin=f"{access}\n{secret}\n")
    assert result.returncode == 0, result.stderr
    assert secret not in result.stdout + result.stderr
    assert credentials(KeyringSecretStore(), Layout("ws-b")) == (access, secret)
    KeyringSecretStore().delete(CREDENTIALS_SERVICE, "ws-b")


def test_sync_pulls_and_pushes_with_keyring_credentials(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    org = s3_store(gateway, open_bucket)
    package = os.urandom(200_000)
    org.put_new(WS.inbox + object_name(package, "rpkg"), package)
    spool = Spool(tmp_path / "spool")
    staged = spool.stage("results", b"a sealed export")
    result = reviewer(*sync_args(gateway, open_bucket, spool.root), "--once")
    assert result.returncode == 0, result.stderr
    assert "uploaded 1, downloaded 1, acknowledged 0, 0 waiting to upload" in result.stdout
    assert [p.read_bytes() for p in spool.waiting()] == [package]
    assert org.get(WS.results + staged.name) == b"a sealed export"


def test_missing_or_wrong_credentials_give_one_clear_line(
        gateway: Gateway, open_bucket: str, secret_service: keyring.backend.KeyringBackend,
        tmp_path: Path) -> None:
    args = [*sync_args(gateway, open_bucket, tmp_path / "spool"), "--once"]
    args[args.index(WS.workstation)] = "ws-nobody"
    missing = reviewer(*args)
    assert missing.returncode == 2
    assert "no exchange credentials for ws-nobody" in missing.stderr
    # The window words it from the spool's state: the code, never the English line.
    spool = Spool(tmp_path / "spool")
    state = spool.sync_state()
    assert state is not None
    assert not state.ok
    assert state.codes[0] == "sync_no_credentials"
    assert state.params == {"workstation": "ws-nobody"}
    access, _ = gateway.keys["ws-a"]
    reviewer("sync", "--store-credentials", "--workstation", "ws-nobody",
             stdin=f"{access}\nnot-the-secret\n")
    wrong = reviewer(*args)
    assert wrong.returncode == 2
    assert "refused this workstation's key" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    state = spool.sync_state()
    assert state is not None
    assert not state.ok
    assert state.codes == ("store_key_refused", "exchange_denied", "exchange_error", "error")
    assert state.params == {"action": "list", "answer": "SignatureDoesNotMatch"}
    assert "refused this workstation's key" in state.error  # the tooltip's English line
    assert "not-the-secret" not in (spool.root / "sync-state.json").read_text()
    reviewer("sync", "--store-credentials", "--workstation", "ws-nobody", stdin="x\ny\n")


def _assert_exactly_once_up(org: S3Store, spool: Spool, sent: dict[str, bytes]) -> None:
    assert spool.waiting_to_upload() == 0
    assert org.list(WS.results) == sorted(WS.results + n for n in sent)
    for name, data in sent.items():
        assert verify(name, org.get(WS.results + name)) == data


def test_a_sync_killed_mid_upload_resumes_with_nothing_lost_or_duplicated(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    org = s3_store(gateway, open_bucket)
    spool = Spool(tmp_path / "spool")
    sent = {spool.stage("results", os.urandom(1_000_000)).name: b"" for _ in range(30)}
    for name in sent:
        sent[name] = (spool.outgoing / "results" / name).read_bytes()
    # Dead right after the store took the first object, before the local copy went.
    crashed = reviewer(*sync_args(gateway, open_bucket, spool.root), "--once",
                       env={CRASH_ENV: "sync.uploaded"})
    assert crashed.returncode == CRASH_EXIT, crashed.stderr
    assert len(org.list(WS.results)) == 1
    assert spool.waiting_to_upload() == 30
    # Killed at an arbitrary moment of a long upload run.
    running = subprocess.Popen([sys.executable, "-m", "reviewer",
                                *sync_args(gateway, open_bucket, spool.root)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(org.list(WS.results)) < 8 and time.monotonic() < deadline:
        time.sleep(0.05)
    running.send_signal(signal.SIGKILL)
    running.wait(timeout=30)
    assert 0 < spool.waiting_to_upload() < 30  # really interrupted mid-way
    resumed = reviewer(*sync_args(gateway, open_bucket, spool.root), "--once")
    assert resumed.returncode == 0, resumed.stderr
    _assert_exactly_once_up(org, spool, sent)


def test_a_sync_killed_mid_download_resumes_with_nothing_lost_or_duplicated(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    org = s3_store(gateway, open_bucket)
    packages = {object_name(d, "rpkg"): d for d in (os.urandom(1_000_000) for _ in range(30))}
    for name, data in packages.items():
        org.put_new(WS.inbox + name, data)
    spool = Spool(tmp_path / "spool")
    crashed = reviewer(*sync_args(gateway, open_bucket, spool.root), "--once",
                       env={CRASH_ENV: "atomic_write.before_rename"})
    assert crashed.returncode == CRASH_EXIT
    assert spool.waiting() == []  # the half-written file is not a package
    running = subprocess.Popen([sys.executable, "-m", "reviewer",
                                *sync_args(gateway, open_bucket, spool.root)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(spool.waiting()) < 8 and time.monotonic() < deadline:
        time.sleep(0.02)
    running.send_signal(signal.SIGKILL)
    running.wait(timeout=30)
    assert 0 < len(spool.waiting()) < 30
    resumed = reviewer(*sync_args(gateway, open_bucket, spool.root), "--once")
    assert resumed.returncode == 0, resumed.stderr
    got = {p.name: p.read_bytes() for p in spool.waiting()}
    assert got == packages
    assert len(org.list(WS.inbox)) == 30  # nothing acknowledged: nothing imported yet


def test_sync_stops_cleanly_on_sigterm(gateway: Gateway, open_bucket: str, credentials: None,
                                       tmp_path: Path) -> None:
    running = subprocess.Popen([sys.executable, "-m", "reviewer",
                                *sync_args(gateway, open_bucket, tmp_path / "spool"),
                                "--interval", "60"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    spool = Spool(tmp_path / "spool")
    deadline = time.monotonic() + 60
    while spool.last_sync() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    running.send_signal(signal.SIGTERM)
    out, err = running.communicate(timeout=30)
    assert running.returncode == 0, err
    assert "waiting to upload" in out


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, cwd=ROOT, timeout=60, check=False)


def test_the_sync_process_cannot_open_the_workspace_or_its_database(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    (ws / "spool").mkdir(parents=True)
    (ws / "vault.db").write_bytes(b"")
    result = run_python(f"""
        import sqlite3
        from reviewer import offline
        offline.install_sync_guard({str(ws)!r}, {str(ws / "spool")!r})
        open({str(ws / "spool" / "ok")!r}, "wb").close()
        sqlite3.connect({str(tmp_path / "elsewhere.db")!r}).close()  # not the workspace
        for attempt in (lambda: open({str(ws / "vault.db")!r}, "rb"),
                        lambda: open({str(ws / "spool" / ".." / "vault.db")!r}, "rb"),
                        lambda: sqlite3.connect({str(ws / "vault.db")!r})):
            try:
                attempt()
            except offline.VaultRefused:
                print("refused")
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["refused", "refused", "refused"]


def test_sync_is_exempt_only_as_the_first_word() -> None:
    late = reviewer("--workspace", "/nonexistent", "sync")
    assert late.returncode == 2
    assert "`sync` must come first" in late.stderr
    result = run_python("""
        import socket
        from reviewer import cli, offline
        try:
            cli.main(["sync", "--help"])
        except SystemExit:
            pass
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            s.connect(("127.0.0.1", 9))
        except offline.NetworkRefused:
            print("guarded")
        except OSError:
            print("network allowed")
    """)
    assert result.returncode == 0, result.stderr
    assert "network allowed" in result.stdout  # sync's process: no window hook


def test_a_refused_sync_leaves_its_callers_process_unguarded(tmp_path: Path) -> None:
    """Options refused before anything moves: no guard is installed (a caller in-process,
    such as a test walking every command, keeps its workspace)."""
    ws = tmp_path / "ws"
    ws.mkdir()
    result = run_python(f"""
        from reviewer.commands import sync
        code = sync.main(["--workstation", "ws-a", "--workspace", {str(ws)!r}])
        open({str(ws / "vault.db")!r}, "wb").close()
        print(code)
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2"]
    assert "no exchange settings" in result.stderr
