"""The reviewer's window with a profile naming an S3 exchange, against the real gateway: the
window starts `reviewer sync` as its child, imports what sync pulls into the spool, sends its
sealed export through the spool, says what waits to upload and when it last synced, and
stops its sync when it closes. With the store down it opens and works all the same, counts
what waits, and nothing is lost when the store comes back."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reviewer.app import RealBackend, open_backend
from reviewer.core.exchange import Layout, object_name
from reviewer.core.exchange_settings import S3Exchange
from reviewer.core.profile import Exchange, Profile, Role
from reviewer.ui.qt_export_dialog import ExportChoice
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.vault.workspace import Workspace
from reviewer.workflows.org_pack import seal_package
from reviewer.workflows.spool import Spool, workspace_spool
from reviewer.workflows.trust import ensure_workstation
from tests.exchange.conftest import s3_store
from tests.support.ceph_gateway import Gateway
from tests.support.tcp_gate import TcpGate
from tests.support.translations import ensure_compiled
from tests.support.trust import TestOrganisation
from tests.trust.conftest import packed
from tests.ui.conftest import HARMLESS_QT
from tests.ui.fakes import FakePlayer

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore(HARMLESS_QT)]

ROOT = Path(__file__).resolve().parents[2]
WS = Layout("ws-a")
SYNC_WAIT_MS = 90_000  # rounds every 10 s (the profile's least poll_seconds), back-off


@pytest.fixture(autouse=True)
def application(qapp: QApplication) -> QApplication:
    from reviewer.ui.i18n import install_language
    from reviewer.ui.qt_app import application as app_setup

    ensure_compiled()
    install_language("en")
    assert app_setup() is qapp
    return qapp


def enroll(workspace: Path, org: TestOrganisation, endpoint: str, bucket: str) -> str:
    """A real workspace (key in the Secret Service) enrolled with a profile naming the S3
    exchange; returns the workstation's recipient (packages are sealed to it)."""
    s3 = S3Exchange(endpoint=endpoint, bucket=bucket, workstation=WS.workstation,
                    poll_seconds=10)
    with Workspace.open(workspace, KeyringSecretStore(), create=True) as ws:
        org.enroll(ws, Profile("rev-042", Role.REVIEWER, exchange=Exchange("", "", "", s3),
                               export_recipients=(org.export_recipient,)))
        return ensure_workstation(ws, org.crypto).keys.age


def sealed_package(org: TestOrganisation, folder: Path, recipient: str) -> bytes:
    """What `reviewer org pack` makes for this workstation: two clips, signed and sealed."""
    folder.mkdir()
    return seal_package(org.crypto, org.secrets, packed(folder), recipient)


class Opened:
    def __init__(self, qtbot: QtBot, workspace: Path, settings: Path) -> None:
        self.backend: RealBackend = open_backend(workspace, demo=False, player=FakePlayer())
        self.win = MainWindow(self.backend, UiSettings(settings))
        qtbot.addWidget(self.win)
        self.win.show()

    def close(self) -> None:
        self.win.close()
        self.backend.close()


@pytest.fixture
def opened(qtbot: QtBot, workspace_dir: Path, tmp_path: Path) -> Iterator[list[Opened]]:
    windows: list[Opened] = []
    yield windows
    for w in windows:
        w.close()


def status(win: MainWindow) -> str:
    assert win.sync is not None
    return win.sync.label.text()


def finish_and_export(qtbot: QtBot, win: MainWindow, out: Path) -> None:
    win.accept_and_submit()  # the automatic transcript, submitted
    qtbot.waitUntil(lambda: win.model.counts().done == 1, timeout=10_000)
    win.choose_export = lambda: ExportChoice(out, False)
    with qtbot.waitSignal(win.export_finished, timeout=30_000) as done:
        win.export_results()
    assert done.args == [True]


class GapMeter:
    """The longest the GUI thread went without serving its event loop (5 ms ticks)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(
        f"/proc/{pid}/status").read_text().lower()


def test_the_window_syncs_a_package_in_and_its_results_out(
        qtbot: QtBot, gateway: Gateway, open_bucket: str, credentials: None,
        secret_service: keyring.backend.KeyringBackend, organisation: TestOrganisation,
        workspace_dir: Path, tmp_path: Path, opened: list[Opened]) -> None:
    org_store = s3_store(gateway, open_bucket)
    recipient = enroll(workspace_dir, organisation, gateway.endpoint, open_bucket)
    package = sealed_package(organisation, tmp_path / "org", recipient)
    org_store.put_new(WS.inbox + object_name(package, "rpkg"), package)
    # And one sealed to another workstation's key: refused, told, left for the organisation.
    stray = sealed_package(organisation, tmp_path / "stray", organisation.crypto.new_identity()[1])
    stray_key = WS.inbox + object_name(stray, "rpkg")
    org_store.put_new(stray_key, stray)

    opened.append(Opened(qtbot, workspace_dir, tmp_path / "settings.ini"))
    win = opened[0].win
    sync = win.sync
    assert sync is not None
    assert (workspace_spool(workspace_dir) / "exchange.json").is_file()  # written at start
    # Pulled by the window's sync, imported by the window into its queue.
    qtbot.waitUntil(lambda: win.model.counts().total == 2, timeout=SYNC_WAIT_MS)
    assert win.stack.currentWidget() is win.review
    qtbot.waitUntil(lambda: any(d.isVisible() for d in sync.refused), timeout=SYNC_WAIT_MS)
    (notice,) = sync.refused
    assert isinstance(notice, QMessageBox)  # as a manual import refused by trust says it
    assert notice.windowTitle() == "Import failed"
    assert notice.text().startswith("The package was not imported: ")
    notice.close()
    # Acknowledged upstream once imported: the organisation's inbox object is gone; the
    # refused one stays there for the organisation to look at.
    qtbot.waitUntil(lambda: org_store.list(WS.inbox) == [stray_key], timeout=SYNC_WAIT_MS)
    spool = Spool(workspace_spool(workspace_dir))
    assert spool.waiting() == []
    assert spool.to_acknowledge() == []
    assert win.model.counts().total == 2

    # A second sync on the same spool refuses, in one line, and leaves the first running.
    assert sync.process is not None
    pid = sync.process.processId()
    second = subprocess.run([sys.executable, "-m", "reviewer", "sync", "--spool",
                             str(spool.root), "--workspace", str(workspace_dir), "--once"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60,
                            check=False)
    assert second.returncode == 0, second.stderr
    assert "already serves" in second.stderr
    assert second.stderr.count("\n") == 1
    assert alive(pid)

    # The sealed export reaches results/ws-a/ in the store, through the spool.
    finish_and_export(qtbot, win, tmp_path / "out")
    qtbot.waitUntil(lambda: len(org_store.list(WS.results)) == 1, timeout=SYNC_WAIT_MS)
    sealed = org_store.get(org_store.list(WS.results)[0])
    assert sealed == next((tmp_path / "out").rglob("*.age")).read_bytes()
    qtbot.waitUntil(lambda: status(win).startswith("Synced ")
                    and "waiting" not in status(win), timeout=SYNC_WAIT_MS)

    # Closing the window stops its sync at once: no orphan process, no wait on the store.
    started = time.monotonic()
    opened.pop().close()
    closed_in = time.monotonic() - started
    assert not alive(pid)
    assert closed_in < 3.0, closed_in
    if os.environ.get("REVIEWER_REPORT_TIMES"):
        print(f"window closed, its sync stopped, in {closed_in * 1000:.0f} ms", file=sys.stderr)


def test_with_the_store_down_the_window_works_and_nothing_is_lost(
        qtbot: QtBot, gateway: Gateway, open_bucket: str, credentials: None,
        secret_service: keyring.backend.KeyringBackend, organisation: TestOrganisation,
        workspace_dir: Path, tmp_path: Path, opened: list[Opened]) -> None:
    gate = TcpGate(gateway.endpoint)  # the profile's store: down until the gate opens
    org_store = s3_store(gateway, open_bucket)
    recipient = enroll(workspace_dir, organisation, gate.endpoint, open_bucket)
    try:
        opened.append(Opened(qtbot, workspace_dir, tmp_path / "settings.ini"))
        win = opened[0].win
        gaps = GapMeter()  # from here on the window works while its sync cannot connect
        # A package sync delivered earlier, waiting in the spool: imported without the store.
        package = sealed_package(organisation, tmp_path / "org", recipient)
        Spool(workspace_spool(workspace_dir)).receive(object_name(package, "rpkg"), package)
        qtbot.waitUntil(lambda: win.model.counts().total == 2, timeout=30_000)
        finish_and_export(qtbot, win, tmp_path / "out")
        qtbot.waitUntil(lambda: status(win) ==
                        "Store unreachable · never synced · 1 waiting to upload",
                        timeout=SYNC_WAIT_MS)
        assert org_store.list(WS.results) == []
        # Never waits on the store (a connection attempt alone takes seconds to give up).
        longest = gaps.stop()
        if os.environ.get("REVIEWER_REPORT_TIMES"):
            print(f"longest GUI-thread gap with the store down: {longest * 1000:.0f} ms",
                  file=sys.stderr)
        assert longest < 1.0, longest
        # The store comes back: the export goes up, once, and the window says so.
        gate.up()
        qtbot.waitUntil(lambda: len(org_store.list(WS.results)) == 1, timeout=SYNC_WAIT_MS)
        assert org_store.get(org_store.list(WS.results)[0]) == next(
            (tmp_path / "out").rglob("*.age")).read_bytes()
        qtbot.waitUntil(lambda: status(win).startswith("Synced ")
                        and "waiting" not in status(win), timeout=SYNC_WAIT_MS)
    finally:
        for w in opened:
            w.close()
        opened.clear()
        gate.down()


def test_the_app_with_an_s3_profile_opens_with_its_own_sockets_blocked(
        secret_service: keyring.backend.KeyringBackend, organisation: TestOrganisation,
        workspace_dir: Path, tmp_path: Path) -> None:
    """The real start (command line, composition root, window) with every IP socket of the
    window's process blocked: it writes sync's settings, starts sync as a separate process
    (which has the network), and leaves none behind when it closes."""
    enroll(workspace_dir, organisation, "http://127.0.0.1:9", "exchange")
    org_file = organisation.write(tmp_path / "organisation.json")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REVIEWER_GUI_CHECK": "1",
           "REVIEWER_WORKSPACE": str(workspace_dir)}
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "support" / "no_network.py"),
                             "--organisation", str(org_file), "-m", "reviewer"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            check=False, env=env)
    assert result.returncode == 0, result.stderr
    assert "window ready" in result.stdout
    assert "network blocked" not in result.stderr
    assert "Traceback" not in result.stderr
    spool = workspace_spool(workspace_dir)
    assert (spool / "exchange.json").is_file()
    left = [p for p in Path("/proc").iterdir() if p.name.isdigit()
            and str(spool) in _cmdline(p)]
    assert left == []


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""
