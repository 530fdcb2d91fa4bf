"""The lead window with an S3 exchange, a stand-in for `reviewer sync` (a real child process
that lives or dies) and the desk's import from a folder: escalations that arrive reach the
inbox with no button pressed, imported on a worker thread, said aloud; the status line is
the reviewer window's; a sync that dies is started again; closing the window stops it. The
whole path against the real gateway: tests/exchange/test_lead_window_sync.py."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer.core.escalation import EscalationCategory
from reviewer.seal.kit import SealKit
from reviewer.ui.i18n import install_language, translate
from reviewer.ui.qt_lead_window import LeadWindow
from reviewer.ui.qt_sync_supervisor import SyncSupervisor
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_gate import LeadGate
from reviewer.workflows.spool import SpoolStatus
from tests.lead.fakes import Clock, FakeAudit, FakeSource, make_lead, material, profile_for
from tests.support.translations import ensure_compiled
from tests.ui.fakes import FakePlayer

LIVES = "import time\ntime.sleep(600)\n"


class FakeLeadExchange:
    """Sync is a script; what it "pulls" lands in the profile's escalations folder, which
    the desk (without a spool) imports from."""

    def __init__(self, root: Path, escalations: Path, script: str) -> None:
        self.escalations = escalations
        self.starts = root / "starts"
        self.script = script
        self.spool_status = SpoolStatus(0, None, None)

    def sync_command(self) -> tuple[str, list[str]]:
        record = f"open({str(self.starts)!r}, 'a').write('started\\n')\n"
        return sys.executable, ["-c", record + self.script]

    def status(self) -> SpoolStatus:
        return self.spool_status

    def started(self) -> int:
        return len(self.starts.read_text().splitlines()) if self.starts.exists() else 0


class ThreadedDesk(LeadDesk):
    """The real desk, noting which thread each import ran on."""

    threads: list[threading.Thread]

    def import_new(self) -> int:
        self.threads.append(threading.current_thread())
        return super().import_new()


class Lead:
    def __init__(self, root: Path, script: str = LIVES) -> None:
        self.clock = Clock()
        lead = make_lead(root / "leads", "lead-a")
        self.profile = profile_for([lead], root)
        self.escalator = Escalator(FakeSource({n: material(n) for n in (1, 2, 3)}),
                                   self.profile, root / "esc", SealKit(), self.clock)
        self.desk = ThreadedDesk(lead.ws, LeadGate(lead.ws, FakeAudit(), self.clock),
                                 FakeAudit(), self.profile)
        self.desk.threads = []
        self.exchange = FakeLeadExchange(root, root / "esc", script)

    def escalate(self, clip: int) -> None:
        self.clock.now += 60
        self.escalator.escalate(clip, EscalationCategory.SELF_HARM, "said twice")


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    heard: list[str] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event.message())

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return heard


def open_window(qtbot: QtBot, lead: Lead) -> LeadWindow:
    win = LeadWindow(lead.desk, FakePlayer(), exchange=lead.exchange)
    assert win.sync is not None
    win.sync._status_timer.setInterval(50)
    qtbot.addWidget(win)
    win.show()
    return win


def label(win: LeadWindow) -> str:
    assert win.sync is not None
    return win.sync.label.text()


def test_no_s3_exchange_starts_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    lead = Lead(tmp_path)
    win = LeadWindow(lead.desk, FakePlayer())
    qtbot.addWidget(win)
    assert win.sync is None


def test_escalations_that_arrive_reach_the_inbox_with_no_button_pressed(
        qtbot: QtBot, tmp_path: Path, announced: list[str]) -> None:
    lead = Lead(tmp_path)
    win = open_window(qtbot, lead)
    assert isinstance(win.sync, SyncSupervisor)  # the reviewer window's supervision
    qtbot.waitUntil(lambda: len(lead.desk.threads) == 1)  # what waited at start: nothing
    assert win.inbox.count() == 0
    lead.escalate(1)
    lead.escalate(2)  # the slow timer is 15 s away: the watcher brings them
    qtbot.waitUntil(lambda: win.inbox.count() == 2, timeout=5_000)
    assert threading.main_thread() not in lead.desk.threads  # never on the GUI thread
    assert "2 new escalations" in announced
    assert win.statusBar().currentMessage() == "2 new escalations"
    assert all(win.inbox.item(i).text().endswith(" · new") for i in range(2))
    lead.escalate(3)
    qtbot.waitUntil(lambda: win.inbox.count() == 3, timeout=5_000)
    assert announced[-1] == "1 new escalation"


def test_an_import_that_fails_is_said_in_the_status_bar_and_tried_again(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core.errors import RefusedInput

    lead = Lead(tmp_path)
    failures = [RefusedInput("the escalations folder does not exist or is not a folder",
                             code="escalations_folder_missing")]
    real = lead.desk.import_new

    def flaky() -> int:
        if failures:
            raise failures.pop()
        return real()

    monkeypatch.setattr(lead.desk, "import_new", flaky)
    win = open_window(qtbot, lead)
    qtbot.waitUntil(lambda: win.statusBar().currentMessage().startswith(
        "New escalations could not be imported: "))
    assert not failures
    lead.escalate(1)  # the next round brings it all the same
    qtbot.waitUntil(lambda: win.inbox.count() == 1, timeout=5_000)


def test_the_status_line_is_the_reviewer_windows(qtbot: QtBot, tmp_path: Path) -> None:
    lead = Lead(tmp_path)
    win = open_window(qtbot, lead)
    qtbot.waitUntil(lambda: win.sync is not None and win.sync.running)
    lead.exchange.spool_status = SpoolStatus(2, None, None)  # two decisions to upload
    qtbot.waitUntil(lambda: label(win) == "Not synced yet · 2 waiting to upload")
    assert win.sync is not None
    assert win.sync.label.accessibleDescription() == "Exchange"
    assert win.sync.label.isVisibleTo(win)


def test_a_sync_that_dies_is_started_again_and_closing_stops_it(
        qtbot: QtBot, tmp_path: Path) -> None:
    lead = Lead(tmp_path, "raise SystemExit(3)\n")
    win = open_window(qtbot, lead)
    qtbot.waitUntil(lambda: label(win) == "Sync stopped, restarting · never synced")
    qtbot.waitUntil(lambda: lead.exchange.started() >= 2, timeout=10_000)  # after 1 s
    win.close()
    started = lead.exchange.started()
    qtbot.wait(2500)
    assert lead.exchange.started() == started  # none after closing


def test_closing_the_window_stops_its_sync(qtbot: QtBot, tmp_path: Path) -> None:
    lead = Lead(tmp_path)
    win = open_window(qtbot, lead)
    qtbot.waitUntil(lambda: win.sync is not None and win.sync.running)
    assert win.sync is not None
    assert win.sync.process is not None
    pid = win.sync.process.processId()
    win.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


@pytest.mark.parametrize(("language", "one", "two", "waiting"), [
    ("de", "1 neue Eskalation", "2 neue Eskalationen", "2 warten auf das Hochladen"),
    ("es", "1 escalada nueva", "2 escaladas nuevas", "2 pendientes de subir")])
def test_new_escalations_are_said_in_german_and_spanish(
        qapp: QApplication, language: str, one: str, two: str, waiting: str) -> None:
    from reviewer.ui.qt_sync_supervisor import SyncWords

    ensure_compiled()
    try:
        install_language(language)
        assert translate("LeadSync", "%n new escalation(s)", "", 1) == one
        assert translate("LeadSync", "%n new escalation(s)", "", 2) == two
        # The status line's plural, moved with it, keeps its forms in both windows.
        assert SyncWords().waiting(2) == waiting
    finally:
        install_language("en")


def test_the_lead_window_runs_sync_on_the_lead_workspace_and_watches_its_escalations(
        tmp_path: Path) -> None:
    from reviewer.app import LeadSpool
    from reviewer.workflows.spool import Spool

    spool = Spool(tmp_path / "spool")
    lead = LeadSpool(tmp_path, spool)
    program, args = lead.sync_command()
    assert program == sys.executable
    assert args == ["-m", "reviewer", "sync", "--workspace", str(tmp_path), "--spool",
                    str(spool.root)]
    assert lead.escalations == spool.incoming / "escalations"  # where lead sync pulls to
