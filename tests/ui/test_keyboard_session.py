"""A whole session by keyboard only, on the real window over the real vault, identity gate and
export: open the demo, transcribe three clips with tags, mark a critical span, flag one, skip
one, export, and check the exported results line by line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reviewer.core.errors import InternalError
from reviewer.intake.demo import demo_package_path
from reviewer.ui.qt_export_dialog import ExportChoice
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from tests.support.package_builder import PackageBuilder
from tests.ui.conftest import settle
from tests.ui.real_backend import empty_backend

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def demo_package(tmp_path: Path) -> Path:
    """The bundled demo package; a stand-in of the same shape while it is not bundled yet."""
    try:
        return demo_package_path()
    except InternalError:
        b = PackageBuilder()
        for i in range(5):
            b.add_clip(seconds=1.0, pred_text=f"set a timer for {i + 2} minutes",
                       content_warning=(i == 4))
        return b.write_dir(tmp_path / "demo")


def focused(qtbot: QtBot) -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def tab_to(qtbot: QtBot, window: MainWindow, target: QWidget, limit: int = 40) -> None:
    """Press Tab until `target` has focus, as a keyboard user would."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def key(qtbot: QtBot, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        ) -> None:
    qtbot.keyClick(focused(qtbot), k, mod)


def through_warning(qtbot: QtBot, window: MainWindow) -> None:
    """A content-warned clip: choose "Listen" with the keyboard."""
    if window.warning_panel.isVisible():
        tab_to(qtbot, window, window.warning_panel.listen_button)
        key(qtbot, Qt.Key.Key_Space)
        assert not window.warning_panel.isVisible()


def answer_required(qtbot: QtBot, window: MainWindow) -> None:
    """Tab to each required question and pick its first answer with the arrow keys."""
    view = window.model.view
    assert view is not None
    for q in view.questions:
        if q.required and q.id not in window.model.annotation.answers:
            tab_to(qtbot, window, window.questions.fields[q.id])
            key(qtbot, Qt.Key.Key_Down)
            assert q.id in window.model.annotation.answers


@pytest.mark.gui
def test_whole_session_by_keyboard(qtbot: QtBot, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    package = demo_package(tmp_path)
    backend = empty_backend()
    monkeypatch.setattr(backend, "demo_package", lambda: package)
    window = MainWindow(backend, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.stack.currentWidget() is window.welcome

    # Open the demo from the welcome view.
    window.welcome.import_button.setFocus()
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        tab_to(qtbot, window, window.welcome.demo_button)
        key(qtbot, Qt.Key.Key_Space)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.stack.currentWidget() is window.review
    assert window.model.counts().total >= 4
    ids = [c.local_id for c in window.model.queue_rows(0, 100)]
    edit = window.editor.editor

    # Clip 1: typed, with a tag.
    through_warning(qtbot, window)
    assert focused(qtbot) is edit
    qtbot.keyClicks(edit, "turn on the lights")
    key(qtbot, Qt.Key.Key_1, ALT)  # [noise]
    answer_required(qtbot, window)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert window.model.current_id == ids[1]

    # Clip 2: start from the automatic transcript, add a tag, mark the last word critical.
    through_warning(qtbot, window)
    key(qtbot, Qt.Key.Key_I, CTRL)  # start from the automatic transcript
    pred2 = window.model.view.pred_text if window.model.view else ""
    assert edit.toPlainText() == pred2
    qtbot.keyClick(edit, Qt.Key.Key_End, CTRL)
    key(qtbot, Qt.Key.Key_Left, CTRL | SHIFT)  # select the last word
    start, end = window.editor.selection()
    assert end > start
    marked = edit.toPlainText()[start:end]
    key(qtbot, Qt.Key.Key_M, CTRL)  # mark critical (category: Name, the first)
    assert window.critical.critical_box.isChecked()
    qtbot.keyClick(edit, Qt.Key.Key_End, CTRL)
    key(qtbot, Qt.Key.Key_3, ALT)  # [laughter]
    text2 = edit.toPlainText()
    answer_required(qtbot, window)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert window.model.current_id == ids[2]

    # Clip 3: typed with a tag, and flagged as media playing.
    through_warning(qtbot, window)
    qtbot.keyClicks(edit, "what time is it")
    key(qtbot, Qt.Key.Key_5, ALT)  # [tv]
    key(qtbot, Qt.Key.Key_5, CTRL)  # flag: media playing
    answer_required(qtbot, window)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert window.model.current_id == ids[3]

    # Clip 4: skipped (wrong language) through the skip dialog, by keyboard.
    through_warning(qtbot, window)

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        assert dialog.windowTitle() == "Skip this clip"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # Can't hear -> Wrong lang.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(50, answer_dialog)
    key(qtbot, Qt.Key.Key_K, CTRL | SHIFT)  # skip
    settle(qtbot, window)
    assert "Done 3 · Skipped 1" in window.counts_label.text()

    # Export: the folder is given (the file dialog is the platform's).
    out = tmp_path / "out"
    window.choose_export = lambda: ExportChoice(out, with_audio=False)
    with qtbot.waitSignal(window.export_finished, timeout=15000) as blocker:
        key(qtbot, Qt.Key.Key_X, CTRL | SHIFT)
    assert blocker.args == [True]
    assert "Exported 4 results from 1 package" in window.statusBar().currentMessage()

    results = sorted(out.glob("*.manifest.jsonl")) + sorted(out.glob("*.status.jsonl"))
    assert len(results) == 2
    lines = [json.loads(line) for r in results for line in r.read_text().splitlines()]
    manifest = [json.loads(line) for line in (package / "clips.jsonl").read_text().splitlines()]
    by_id = {line["clip_id"]: line for line in lines}
    assert len(lines) == 4
    first, second, third, fourth = (by_id[m["clip_id"]] for m in manifest[:4])

    assert "status" not in first  # a training line: done by definition
    assert first["text"] == "turn on the lights [noise] "
    assert first["critical_data"] is False
    assert first["flags"] == []
    assert first["reviewer"] == "demo-reviewer"
    assert first["audio_filepath"] == manifest[0]["audio_filepath"]
    assert first["handled_ms"] >= 0
    header = json.loads((package / "package.json").read_text())
    required = {q["id"]: q["options"][0] for q in header.get("questions", [])
                if q["required"] and q["kind"] == "choice"}
    for line in (first, second, third):
        assert line["answers"] == required  # chosen with the arrow keys

    assert second["critical_data"] is True
    assert second["critical_categories"] == ["name"]
    assert second["text"] == text2[:start] + "<NAME>" + text2[end:]  # redacted span
    assert marked not in second["text"][start:]
    assert second["text"].endswith("[laughter] ")
    # The word marked critical is redacted in the automatic transcript too (it said it).
    assert second["pred_text"] == pred2.rsplit(" ", 1)[0] + " <NAME>"
    assert marked not in second["pred_text"]

    assert third["text"] == "what time is it [tv] "
    assert third["flags"] == ["media_playing"]

    assert fourth["status"] == "skipped"
    assert fourth["skip_reason"] == "wrong_language"

    window.close()
