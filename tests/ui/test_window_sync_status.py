"""The window's side of an S3 exchange with a stand-in for the spool and for `reviewer sync`
(a real child process that lives, dies or finds another sync): restarted with back-off when
it dies, not restarted when another serves the spool, stopped when the window closes; new
packages in the spool imported without waiting for the slow timer, a refused one told as a
manual import's; the status said in words a screen reader hears. The whole path against the
real gateway: tests/exchange/test_window_sync.py."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.ui.backend import Capabilities, SpoolImportSummary
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_welcome_view import RefusedDialog
from reviewer.workflows.spool import SpoolStatus, SyncState
from tests.ui.fakes import FakeBackend


class FakeExchange:
    def __init__(self, root: Path, script: str) -> None:
        self.incoming = root / "in"
        self.starts = root / "starts"
        self.script = script
        self.imports = 0
        self.next_import = SpoolImportSummary(0, 0)
        self.spool_status = SpoolStatus(0, None, None)

    def sync_command(self) -> tuple[str, list[str]]:
        record = f"open({str(self.starts)!r}, 'a').write('started\\n')\n"
        return sys.executable, ["-c", record + self.script]

    def import_waiting(self) -> SpoolImportSummary:
        self.imports += 1
        done, self.next_import = self.next_import, SpoolImportSummary(0, 0)
        return done

    def status(self) -> SpoolStatus:
        return self.spool_status

    def started(self) -> int:
        return len(self.starts.read_text().splitlines()) if self.starts.exists() else 0


class ExchangeBackend(FakeBackend):
    def __init__(self, exchange: FakeExchange) -> None:
        super().__init__(clips=2)
        self.exchange = exchange

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(exchange=self.exchange)


LIVES = "import time\ntime.sleep(600)\n"


def open_window(qtbot: QtBot, tmp_path: Path, script: str) -> tuple[MainWindow, FakeExchange]:
    exchange = FakeExchange(tmp_path, script)
    win = MainWindow(ExchangeBackend(exchange), UiSettings(tmp_path / "settings.ini"))
    assert win.sync is not None
    win.sync._status_timer.setInterval(50)
    qtbot.addWidget(win)
    win.show()
    return win, exchange


def label(win: MainWindow) -> str:
    assert win.sync is not None
    return win.sync.label.text()


def test_no_s3_exchange_starts_nothing(window: MainWindow) -> None:
    assert window.sync is None


def test_a_sync_that_dies_is_started_again_and_the_window_says_so(
        qtbot: QtBot, tmp_path: Path) -> None:
    win, exchange = open_window(qtbot, tmp_path, "raise SystemExit(3)\n")
    qtbot.waitUntil(lambda: label(win) == "Sync stopped, restarting · never synced")
    sync = win.sync
    assert sync is not None
    assert sync._restart.interval() == 1000
    qtbot.waitUntil(lambda: exchange.started() >= 2, timeout=10_000)  # after 1 s
    qtbot.waitUntil(lambda: sync.failures == 2, timeout=10_000)
    assert sync._restart.interval() == 2000  # growing delays
    win.close()
    started = exchange.started()
    qtbot.wait(2500)  # the next delay (2 s) has passed: no start after closing
    assert exchange.started() == started


def test_a_sync_that_ran_a_while_starts_its_delays_over(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.ui import qt_sync

    monkeypatch.setattr(qt_sync, "STEADY_S", 0.0)  # every run counts as a steady one
    win, exchange = open_window(qtbot, tmp_path, "raise SystemExit(3)\n")
    qtbot.waitUntil(lambda: exchange.started() >= 3, timeout=15_000)
    assert win.sync is not None
    assert win.sync._restart.interval() == 1000


def test_a_sync_that_finds_another_serving_the_spool_is_not_restarted(
        qtbot: QtBot, tmp_path: Path) -> None:
    win, exchange = open_window(qtbot, tmp_path, "raise SystemExit(0)\n")
    last = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=3)
    exchange.spool_status = SpoolStatus(0, last, SyncState(True, last))
    local = QDateTime.fromSecsSinceEpoch(int(last.timestamp())).toLocalTime()
    if local.date() != QDateTime.currentDateTime().date():
        pytest.skip("three minutes ago was yesterday")
    time = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    qtbot.waitUntil(lambda: exchange.started() == 1)
    assert win.sync is not None
    qtbot.waitUntil(lambda: win.sync is not None and win.sync.elsewhere)
    # The other sync's rounds show: the window reads the spool, not its child.
    qtbot.waitUntil(lambda: label(win) == f"Synced {time}")
    qtbot.wait(1500)
    assert exchange.started() == 1


def test_the_status_counts_what_waits_and_says_when_the_store_is_unreachable(
        qtbot: QtBot, tmp_path: Path) -> None:
    win, exchange = open_window(qtbot, tmp_path, LIVES)
    qtbot.waitUntil(lambda: win.sync is not None and win.sync.running)
    exchange.spool_status = SpoolStatus(1, None, None)
    qtbot.waitUntil(lambda: label(win) == "Not synced yet · 1 waiting to upload")
    last = dt.datetime.now(dt.UTC)
    time = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(last.timestamp()))
                              .toLocalTime().time(), QLocale.FormatType.ShortFormat)
    exchange.spool_status = SpoolStatus(3, last, SyncState(False, last, "connection refused"))
    qtbot.waitUntil(lambda: label(win) ==
                    f"Store unreachable · last sync {time} · 3 waiting to upload")
    assert win.sync is not None
    # Its text is its accessible name (each change is heard); what it is, its description.
    assert win.sync.label.accessibleName() == ""
    assert win.sync.label.accessibleDescription() == "Exchange"
    assert win.sync.label.isVisibleTo(win)


def test_closing_the_window_stops_its_sync(qtbot: QtBot, tmp_path: Path) -> None:
    win, _ = open_window(qtbot, tmp_path, LIVES)
    qtbot.waitUntil(lambda: win.sync is not None and win.sync.running)
    assert win.sync is not None
    assert win.sync.process is not None
    pid = win.sync.process.processId()
    win.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_package_arriving_is_imported_at_once_and_a_refused_one_is_told(
        qtbot: QtBot, tmp_path: Path) -> None:
    win, exchange = open_window(qtbot, tmp_path, LIVES)
    qtbot.waitUntil(lambda: exchange.imports == 1)  # what waited at start
    exchange.next_import = SpoolImportSummary(1, 0, (PackageRefused(
        [Problem("identity-key", "clips.jsonl", "an identity field", 1, "device_id")]),))
    (exchange.incoming / "a.rpkg").write_bytes(b"sealed")  # the slow timer is 15 s away
    qtbot.waitUntil(lambda: exchange.imports == 2, timeout=5_000)
    sync = win.sync
    assert sync is not None
    qtbot.waitUntil(lambda: any(isinstance(d, RefusedDialog) and d.isVisible()
                                for d in sync.refused))


def test_the_export_dialog_says_sealed_results_go_to_the_exchange(
        qtbot: QtBot, tmp_path: Path) -> None:
    from reviewer.ui.qt_export_dialog import ExportDialog

    settings = UiSettings(tmp_path / "export.ini")
    plain = ExportDialog(settings)
    qtbot.addWidget(plain)
    assert not plain.upload_note.isVisibleTo(plain)  # no S3 exchange: nothing said
    win, _ = open_window(qtbot, tmp_path, LIVES)
    shown: list[ExportDialog] = []

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ExportDialog) and w.isVisible())
        shown.append(dialog)
        dialog.reject()

    QTimer.singleShot(100, look)
    assert win.flows.choose_export() is None
    assert shown
    assert shown[0].upload_note.isVisibleTo(shown[0])
    assert "exchange with the next sync" in shown[0].upload_note.text()
