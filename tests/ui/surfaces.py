"""Every window and dialog of the reviewer and the lead, opened over fakes, for the tests that
look at all of them at once (the pseudo locale, the right-to-left layout, the translated
screenshots). Each surface is a name and a top-level widget, shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from reviewer.core.disclosure import DisclosureRequest
from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.core.playback import PlayerState
from reviewer.ui.qt_escalate_dialog import AftercareDialog, EscalateDialog
from reviewer.ui.qt_export_dialog import ExportDialog
from reviewer.ui.qt_flags_panel import SkipDialog
from reviewer.ui.qt_lead_cosign_dialog import CosignDialog
from reviewer.ui.qt_lead_gate_dialog import LeadGateDialog
from reviewer.ui.qt_lead_window import LeadWindow
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_pedal_dialog import PedalDialog
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import SettingsDialog, ShortcutsDialog
from reviewer.ui.qt_welcome_view import RefusedDialog
from reviewer.ui.qt_wellbeing import BreakView
from tests.lead.fakes import PASSPHRASE, REASON
from tests.support.pedals import FakePedalSource
from tests.ui.fakes import FakeBackend
from tests.ui.test_lead_window import Setup
from tests.ui.test_pedals import INFINITY, PedalBackend

# A name, the top-level widget, and what brings it to the state named (a tab chosen).
Surface = tuple[str, QWidget, Callable[[], None]]


def _nothing() -> None:
    pass


def settle(ms: int = 150) -> None:
    """Let Qt lay out and paint what was just shown."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait(condition: object, timeout_ms: int = 5000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:  # type: ignore[operator]
        settle(25)
        waited += 25


def _tab_chooser(tabs: QTabWidget, index: int) -> Callable[[], None]:
    def choose() -> None:
        tabs.setCurrentIndex(index)
        settle()
    return choose


def _shown(widget: QWidget) -> QWidget:
    widget.show()
    settle()
    return widget


@contextmanager
def reviewer_surfaces(root: Path) -> Iterator[list[Surface]]:
    """The reviewer's window (empty and with a clip open) and each of its dialogs."""
    made: list[QWidget] = []
    settings = UiSettings(root / "reviewer.ini")
    empty = MainWindow(FakeBackend(clips=0), settings)
    made.append(empty)
    backend = PedalBackend(source=FakePedalSource([INFINITY]))
    window = MainWindow(backend, settings)
    made.append(window)
    window.resize(1280, 800)
    window.show()
    _wait(lambda: backend.player.state() is not PlayerState.EMPTY)
    empty.resize(1280, 800)
    surfaces: list[Surface] = [("welcome", _shown(empty), _nothing),
                               ("reviewing", window, _nothing)]
    dialogs: list[tuple[str, QWidget]] = [
        ("settings", SettingsDialog(settings, backend.player, window)),
        ("shortcuts", ShortcutsDialog(settings, window)),
        ("skip", SkipDialog(window)),
        ("escalate", EscalateDialog(window)),
        ("aftercare", AftercareDialog("", suggest_break=True, parent=window)),
        ("export", ExportDialog(settings, window)),
        ("refused", RefusedDialog(PackageRefused([
            Problem("identity-key", "clips.jsonl",
                    "identity field; packages must not carry identity", line=3,
                    field="device_id")]), window)),
        ("pedals", PedalDialog(window.pedals, settings, window)),  # type: ignore[arg-type]
        ("break", BreakView(window.shortcuts)),
    ]
    for name, dialog in dialogs:
        made.append(dialog)
        tabs = dialog.findChild(QTabWidget)
        if tabs is None:
            surfaces.append((name, _shown(dialog), _nothing))
            continue
        _shown(dialog)
        for i in range(tabs.count()):  # each tab on its own: hidden pages are not laid out
            surfaces.append((f"{name}-{i + 1}", dialog, _tab_chooser(tabs, i)))
    try:
        yield surfaces
    finally:
        _close(made)


@contextmanager
def lead_surfaces(root: Path) -> Iterator[list[Surface]]:
    """The lead's window (inbox, open case), the gate and the co-sign dialog."""
    setup = Setup(root)
    made: list[QWidget] = []
    inbox = LeadWindow(setup.desk, setup.player)
    made.append(inbox)
    inbox.resize(1100, 720)
    inbox.import_new()
    surfaces: list[Surface] = [("lead-inbox", _shown(inbox), _nothing)]
    entry = setup.desk.inbox()[-1]
    gate = LeadGateDialog(entry, lambda p, c, r: setup.desk.open_case(entry.case_id, p, c, r),
                          inbox)
    made.append(gate)
    surfaces.append(("lead-gate", _shown(gate), _nothing))
    case = LeadWindow(setup.desk, setup.player)
    made.append(case)
    case.resize(1100, 720)
    case.show()
    case.import_new()
    case.show_case(setup.desk.open_case(setup.cases[0], PASSPHRASE,
                                        setup.lead.code(setup.clock.now), REASON))
    surfaces.append(("lead-case", _shown(case), _nothing))
    request = DisclosureRequest("case-1", "clip00000001", "pkg_00000001",
                                "Identification is needed for the safety team.",
                                "2026-09-21T14:13:00Z", "lead-b")
    cosign = CosignDialog(request, lambda p, c: request, inbox)
    made.append(cosign)
    surfaces.append(("lead-cosign", _shown(cosign), _nothing))
    try:
        yield surfaces
    finally:
        for w in (inbox, case):
            w.idle_timer.stop()
        _close(made)


def _close(widgets: list[QWidget]) -> None:
    for w in reversed(widgets):
        w.close()
        w.deleteLater()
    QApplication.processEvents()
