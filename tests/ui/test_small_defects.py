"""The smaller defects of issue 15, one test each: status notes carried over to the next clip,
focus set by the app without a visible ring, the critical category kept from the previous
clip, "Other" skips without words, a doubled space around tags, "0 added, 8 removed" for an
empty transcript, typing lost after "Read the automatic transcript first", and the export
folder chooser opening in the working directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QStyleOption, QWidget
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import Annotation, ClipStatus, CriticalCategory, SkipReason
from reviewer.ui.qt_export_dialog import ExportDialog
from reviewer.ui.qt_flags_panel import SkipChoice, SkipDialog
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def keyboard_focus_shown(widget: QWidget) -> bool:
    """What the style is told when it paints `widget`: it has the keyboard, and the ring is
    to be drawn (Qt draws none for focus the program set without a key)."""
    option = QStyleOption()
    option.initFrom(widget)
    state = option.state
    return bool(state & QStyle.StateFlag.State_HasFocus
                and state & QStyle.StateFlag.State_KeyboardFocusChange)


def test_a_status_note_ends_with_its_clip(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_5,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)  # this clip has no question 5
    assert window.statusBar().currentMessage() == "This clip has no question 5."
    qtbot.keyClicks(window.editor.editor, "lights")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, CTRL)
    settle(qtbot, window)
    assert window.model.current_id == 2
    assert window.statusBar().currentMessage() == ""
    window.submit()  # a note that comes with the clip's own opening stays
    assert window.statusBar().currentMessage().startswith("Not submitted:")


def test_focus_the_app_sets_shows_its_ring(qtbot: QtBot, settings: UiSettings) -> None:
    backend = FakeBackend(clips=0)
    backend.service.add_package(3, content_warning_at=3)
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    settle(qtbot, win)
    edit = win.editor.editor
    assert QApplication.focusWidget() is edit
    assert keyboard_focus_shown(edit)
    highlight = edit.palette().color(QPalette.ColorRole.Highlight)

    def frame() -> QColor:
        image = edit.grab().toImage()
        return QColor(image.pixel(1, image.height() // 2))

    assert frame() == highlight  # the editor's frame says where the keys go
    qtbot.keyClick(edit, Qt.Key.Key_L, CTRL)  # Go to the queue
    assert QApplication.focusWidget() is win.queue_view.list
    assert keyboard_focus_shown(win.queue_view.list)
    assert frame() != highlight
    # As after a mouse click: no ring until a key moves the focus. The next clip's opening
    # puts the keyboard in the transcript, and shows it.
    win.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    assert not keyboard_focus_shown(win.queue_view.list)
    win.model.step(+1)
    assert QApplication.focusWidget() is edit
    assert keyboard_focus_shown(edit)
    win.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    win.model.step(+1)  # a content warning: its choices take the keyboard, visibly
    assert QApplication.focusWidget() is win.warning_panel.read_button
    assert keyboard_focus_shown(win.warning_panel.read_button)


def test_the_critical_category_starts_afresh_on_each_clip(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    combo = window.critical.mark_category
    combo.setCurrentIndex(combo.findData(CriticalCategory.FINANCIAL))
    window.model.step(+1)
    assert combo.currentData() == CriticalCategory.NAME
    combo.setCurrentIndex(combo.findData(CriticalCategory.HEALTH))
    window.model.step(-1)
    assert combo.currentData() == CriticalCategory.NAME


def test_other_as_a_skip_reason_takes_the_reviewers_words(qtbot: QtBot, window: MainWindow,
                                                         backend: FakeBackend) -> None:
    dialog = SkipDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.note.isEnabled()
    dialog.choices[SkipReason.OTHER].setChecked(True)
    assert dialog.note.isEnabled()
    qtbot.keyClicks(dialog.note, "  two people talking at once ")
    assert dialog.choice() == SkipChoice(SkipReason.OTHER, "two people talking at once")
    dialog.choices[SkipReason.CANT_HEAR].setChecked(True)
    assert dialog.choice() == SkipChoice(SkipReason.CANT_HEAR)  # words only for "Other"
    window.choose_skip_reason = lambda _preset: SkipChoice(SkipReason.OTHER, "a song")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    clip = backend.service.clips[1]
    assert clip.status is ClipStatus.SKIPPED
    assert (clip.annotation.skip_reason, clip.annotation.skip_note) == (SkipReason.OTHER,
                                                                        "a song")


def test_the_skip_note_is_stored_and_old_annotations_read_as_before() -> None:
    skipped = Annotation(skip_reason=SkipReason.OTHER, skip_note="a song")
    assert skipped.to_json()["skip_note"] == "a song"
    assert Annotation.from_json(skipped.to_json()) == skipped
    plain = Annotation(transcript="x", skip_reason=SkipReason.CANT_HEAR)
    assert "skip_note" not in plain.to_json()  # the stored format as it was
    old = {"transcript": "x", "skip_reason": "other"}  # written before notes existed
    assert Annotation.from_json(old).skip_note == ""


@pytest.mark.parametrize(("before", "cursor", "after"), [
    ("turn on the lights", len("turn on"), "turn on [tv] the lights"),
    ("turn on the lights", len("turn on "), "turn on [tv] the lights"),
    ("what time is it", len("what time is it"), "what time is it [tv] "),
    ("what time is it ", len("what time is it "), "what time is it [tv] "),
    ("", 0, "[tv] "),
])
def test_a_tag_never_doubles_a_space(qtbot: QtBot, window: MainWindow, before: str,
                                     cursor: int, after: str) -> None:
    edit = window.editor.editor
    qtbot.keyClicks(edit, before)
    moved = edit.textCursor()
    moved.setPosition(cursor)
    edit.setTextCursor(moved)
    qtbot.keyClick(edit, Qt.Key.Key_5, ALT)  # [tv]
    assert window.model.annotation.transcript == after
    qtbot.keyClicks(edit, "x")  # typing goes on one space after the tag
    assert "[tv] x" in window.model.annotation.transcript
    assert "  " not in window.model.annotation.transcript


def test_an_empty_transcript_is_not_counted_as_removed_words(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    editor = window.editor
    editor.update_diff()
    assert editor.diff_summary.text() == "Nothing typed yet"  # not "0 added, 7 removed"
    assert editor.diff_view.toPlainText() == ""
    qtbot.keyClicks(editor.editor, "turn on the kitchen lights number one")
    editor.update_diff()
    assert editor.diff_summary.text() == "1 added, 1 removed vs the automatic transcript"


def test_typing_after_reading_the_automatic_transcript_first(qtbot: QtBot,
                                                             settings: UiSettings) -> None:
    backend = FakeBackend(clips=0)
    backend.service.add_package(2, content_warning_at=1)
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    settle(qtbot, win)
    button = win.warning_panel.read_button
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)  # "Read the automatic transcript first"
    assert QApplication.focusWidget() is win.editor.reference  # read with the keyboard
    qtbot.keyClicks(win.editor.reference, "Turn on")
    assert win.model.annotation.transcript == "Turn on"  # the keys reached the transcript
    assert QApplication.focusWidget() is win.editor.editor
    assert keyboard_focus_shown(win.editor.editor)


def test_the_export_folder_chooser_opens_where_results_went_last(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    first = ExportDialog(window.settings, window)
    qtbot.addWidget(first)
    assert first.folder.text() == ""
    assert first.start_folder() == Path(documents)  # never the working directory
    assert first.start_folder() != Path.cwd()
    out = tmp_path / "results"
    out.mkdir()
    first.folder.setText(str(out))
    first.export_button.click()
    assert first.result() == QDialog.DialogCode.Accepted
    again = ExportDialog(window.settings, window)
    qtbot.addWidget(again)
    assert again.folder.text() == str(out)
    assert again.start_folder() == out
    assert UiSettings(tmp_path / "settings.ini").last_export_folder == out  # remembered
