"""The demo window as `reviewer --demo` opens it, driven one step at a time for the AT-SPI
test (tests/ui/test_atspi.py), which reads what a screen reader is told meanwhile.

Runs under the venv's Python with QT_ACCESSIBILITY=1 on an X server. Each line on stdin
names a step (STEPS); when the step has settled, `done STEP` (or `failed STEP: why`) is
printed. Autoplay is off so that nothing moves on its own; the players are the tests' fake
(no sound device decides what is said); the one autosave failure is a write that raises as
a full disk would (the vault under it is the real one).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from reviewer.app import open_backend
from reviewer.core.annotation import Annotation
from reviewer.core.errors import ReviewerError
from reviewer.core.escalation import EscalationCategory, InboxEntry
from reviewer.core.review import SaveStatus
from reviewer.ui.i18n import install_language
from reviewer.ui.qt_app import application
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import ShortcutsDialog
from reviewer.workflows.spool import SpoolStatus
from tests.ui.fakes import FakePlayer

Check = Callable[[], bool]


class StandInSync:
    """`reviewer sync` for the lead window: a process that waits, and a spool never synced."""

    def __init__(self, escalations: Path) -> None:
        self.escalations = escalations

    def sync_command(self) -> tuple[str, list[str]]:
        return sys.executable, ["-c", "import time; time.sleep(600)"]

    def status(self) -> SpoolStatus:
        return SpoolStatus(0, None, None)


class Driver:
    def __init__(self) -> None:
        self.app = application()
        install_language("en")  # as `reviewer --demo` starts: English plural forms too
        self.folder = Path(tempfile.mkdtemp(prefix="reviewer-a11y-"))
        # The demo workspace, lead and all, as `reviewer --demo` opens it, with the test
        # player in place of the audio engines: what the player widget says would otherwise
        # depend on whether (and how soon) a sound device answers.
        backend = open_backend(Path("unused"), demo=True, player=FakePlayer(),
                               lead_player=FakePlayer)
        settings = UiSettings(self.folder / "ui.ini", policy=backend.settings_policy)
        settings.update(autoplay=False)
        self.window = MainWindow(backend, settings)
        self.dialog: QDialog | None = None
        self.lead_window: QWidget | None = None
        self.visited: list[str] = []

    # ------------------------------------------------------------------ steps
    def open_window(self) -> Check:
        self.window.show()
        self.window.activateWindow()
        return lambda: (self.window.ops.pending == 0 and self.window.model.view is not None
                        and self.window.isActiveWindow()
                        and QApplication.focusWidget() is self.window.editor.editor)

    def tab_round(self) -> Check:
        """From the transcript, Tab through the work to Submit and next, one key at a time:
        with a screen reader listening, Qt's bridge lets it see each key first and delivers
        the key later, so the next press waits for the focus to move."""
        self.window.queue_view.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.editor.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.visited = []
        pressed: list[QWidget | None] = [None]

        def check() -> bool:
            widget = QApplication.focusWidget()
            if widget is self.window.submit_button:
                return True
            if widget is not None and widget is not pressed[0] and len(self.visited) < 60:
                self.visited.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
                pressed[0] = widget
                QTest.keyClick(widget, Qt.Key.Key_Tab)
            return False

        return check

    def refused_submit(self) -> Check:
        """Submit with nothing typed: refused, with the reasons."""
        self.window.editor.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        QTest.keyClick(self.window.submit_button, Qt.Key.Key_Space)
        return lambda: bool(self.window.problems.text())

    def autosave_fails_then_saves(self) -> Check:
        service = self.window.model.loop.service
        real_save = service.save_draft
        failures = [1]

        def save_draft(local_id: int, annotation: Annotation) -> None:
            if failures[0]:
                failures[0] -= 1
                raise ReviewerError("the disk is full", code="os_disk_full")
            real_save(local_id, annotation)

        service.save_draft = save_draft  # type: ignore[method-assign]
        self.window.editor.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        seen: list[SaveStatus] = []
        self.window.model.save_state_changed.connect(lambda s: seen.append(s.status))
        QTest.keyClicks(self.window.editor.editor, "turn on the lights")
        return lambda: (SaveStatus.FAILED in seen and self.window.save_label.text() == "Saved"
                        and not self.window.model.has_unsaved)

    def answer_question(self) -> Check:
        """The first question's key (Ctrl+Shift+1) answers it; the status bar says how."""
        QTest.keyClick(self.window.editor.editor, Qt.Key.Key_1,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        return lambda: bool(self.window.statusBar().currentMessage())

    def submit_and_next(self) -> Check:
        first = self.window.model.current_id
        QTest.keyClick(self.window.submit_button, Qt.Key.Key_Space)
        return lambda: (self.window.model.current_id not in (None, first)
                        and self.window.ops.pending == 0)

    def shortcuts_help(self) -> Check:
        return self._show(ShortcutsDialog(self.window.settings, self.window))

    def close_dialog(self) -> Check:
        dialog = self.dialog
        assert dialog is not None
        dialog.close()  # kept: the demo desk holds on to its help dialog
        self.dialog = None
        return lambda: not dialog.isVisible()

    def lead_desk(self) -> Check:
        assert self.window.demo_lead is not None
        self.lead_window = self.window.demo_lead.open_desk()
        return lambda: self.lead_window is not None and self.lead_window.isVisible()

    def lead_gate(self) -> Check:
        from reviewer.ui.qt_lead_gate_dialog import LeadGateDialog

        entry = InboxEntry("case-0123456789abcdef", EscalationCategory.SELF_HARM,
                           "2026-11-22T03:00:00+00:00")

        def refuse(_passphrase: str, _code: str, _reason: str) -> object:
            raise ReviewerError("refused")

        return self._show(LeadGateDialog(entry, refuse,  # type: ignore[arg-type]
                                         self.lead_window))

    def lead_cosign(self) -> Check:
        from reviewer.core.disclosure import DisclosureRequest
        from reviewer.ui.qt_lead_cosign_dialog import CosignDialog

        request = DisclosureRequest(
            case_id="case-0123456789abcdef", clip_id="clip00000001", package_id="pkg_00000001",
            reason="Immediate danger to life.", created="2026-11-22T03:00:00Z",
            requested_by="lead-a")

        def refuse(_passphrase: str, _code: str) -> DisclosureRequest:
            raise ReviewerError("refused")

        return self._show(CosignDialog(request, refuse, self.lead_window))

    def lead_escalations_arrive(self) -> Check:
        """The lead window's sync (a stand-in process) and an escalation that arrives: the
        desk imports it from the demo's escalations folder, where the envelope lands."""
        from reviewer.seal.kit import SealKit
        from reviewer.ui.qt_lead_sync import LeadSync
        from reviewer.ui.qt_lead_window import LeadWindow
        from reviewer.workflows.escalate import Escalator
        from tests.lead.fakes import FakeSource, material

        lead = self.lead_window
        assert isinstance(lead, LeadWindow)
        profile = lead.desk._profile
        folder = Path(profile.exchange.escalations)
        before = lead.inbox.count()
        LeadSync(lead, StandInSync(folder)).begin()
        Escalator(FakeSource({1: material(1)}), profile, folder, SealKit()).escalate(
            1, EscalationCategory.MEDICAL_EMERGENCY)
        return lambda: lead.inbox.count() == before + 1

    def _show(self, dialog: QDialog) -> Check:
        self.dialog = dialog
        dialog.show()
        dialog.activateWindow()  # no window manager here to give it the keyboard
        return dialog.isActiveWindow

    def settings_dialog(self) -> Check:
        from reviewer.ui.qt_settings_dialog import SettingsDialog

        return self._show(SettingsDialog(self.window.settings, self.window.backend.player,
                                         self.window))

    def skip_dialog(self) -> Check:
        from reviewer.core.annotation import SkipReason
        from reviewer.ui.qt_flags_panel import SkipDialog

        return self._show(SkipDialog(self.window, SkipReason.CANT_HEAR))

    def escalate_dialog(self) -> Check:
        from reviewer.ui.qt_escalate_dialog import EscalateDialog

        return self._show(EscalateDialog(self.window))

    def export_dialog(self) -> Check:
        from reviewer.ui.qt_export_dialog import ExportDialog

        return self._show(ExportDialog(self.window.settings, self.window))

    def demo_help(self) -> Check:
        assert self.window.demo_lead is not None
        return self._show(self.window.demo_lead.show_help())

    def quit(self) -> Check:
        if self.window.demo_lead is not None:
            self.window.demo_lead.close()
        self.window.close()
        QTimer.singleShot(0, self.app.quit)
        return lambda: True


STEPS = {name: getattr(Driver, name) for name in (
    "open_window", "tab_round", "refused_submit", "autosave_fails_then_saves",
    "answer_question", "submit_and_next", "shortcuts_help", "close_dialog", "settings_dialog",
    "skip_dialog", "escalate_dialog", "export_dialog", "demo_help", "lead_desk", "lead_gate",
    "lead_cosign", "lead_escalations_arrive", "quit")}


def main() -> int:
    driver = Driver()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def say(text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def wait(name: str, check: Check, left: int) -> None:
        if check():
            say(f"done {name}")
        elif left <= 0:
            say(f"failed {name}: did not settle (problems: {driver.window.problems.text()!r};"
                f" autosave: {driver.window.save_label.text()!r}; tabbed through:"
                f" {getattr(driver, 'visited', [])})")
        else:
            QTimer.singleShot(50, lambda: wait(name, check, left - 1))

    def read() -> None:
        line = sys.stdin.readline()
        if not line:
            driver.app.quit()
            return
        name = line.strip()
        try:
            check = STEPS[name](driver)
        except Exception:  # told to the test, which fails on it
            say(f"failed {name}: " + traceback.format_exc().replace("\n", " | "))
            return
        wait(name, check, 400)

    notifier.activated.connect(read)
    try:
        return driver.app.exec()
    finally:
        shutil.rmtree(driver.folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
