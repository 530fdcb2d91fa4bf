"""Accessibility: accessible names equal visible labels, tab order follows reading order,
and the window builds with a dark palette and a large font."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings_dialog import ShortcutsDialog
from reviewer.ui.qt_theme import apply_font_size, dark_palette
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend


def test_buttons_are_named_as_they_read(window: MainWindow) -> None:
    window.critical.critical_box.click()  # its categories show only on a critical clip
    checked = 0
    for b in window.findChildren(QAbstractButton):
        if b.text() and b.isVisibleTo(window):
            assert b.accessibleName() in ("", b.text().replace("&", "")), b.text()
            checked += 1
    assert checked > 25


def test_labelled_fields_carry_their_label(window: MainWindow) -> None:
    pairs = [(lbl, lbl.buddy()) for lbl in window.findChildren(QLabel) if lbl.buddy()]
    assert len(pairs) >= 5
    for label, field in pairs:
        assert field.accessibleName() == label.text().replace("&", "").rstrip(":")


def test_required_names_from_the_issue(window: MainWindow) -> None:
    window.player_widget.pause()  # the fixture's clip auto-plays: "Pause" while playing
    names = {w.accessibleName() for w in window.findChildren(QWidget)}
    for name in ("Transcript", "Critical data", "Submit and next", "Play", "Speed", "Volume",
                 "Queue", "Skip…", "Start from this", "[noise]", "Waveform", "Flags"):
        assert name in names, name


def test_tab_order_follows_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.queue_view.list.setFocus()
    # The side column reads (and tabs) questions (none in this package), flags, critical data.
    wanted = [window.queue_view.list, window.player_widget.play_button, window.editor.editor,
              window.flags.boxes[next(iter(window.flags.boxes))], window.critical.critical_box,
              window.skip_button, window.submit_button]
    seen: list[QWidget] = []
    for _ in range(120):
        w = QApplication.focusWidget()
        if w in wanted and w not in seen:
            seen.append(w)
        if len(seen) == len(wanted):
            break
        window.focusNextChild()
    assert seen == wanted


def test_dark_palette_and_large_font(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_palette, old_font = app.palette(), app.font()
    try:
        app.setPalette(dark_palette())
        apply_font_size(app, 20, old_font)
        qtbot.wait(50)
        assert window.editor.editor.font().pointSize() == 20
        base = window.editor.editor.palette().base().color()
        assert base.lightness() < 80  # the editor follows the palette
        hint = window.minimumSizeHint()
        assert hint.width() < 1600  # fits a common large screen at 20 pt (tags overflow)
    finally:
        app.setPalette(old_palette)
        app.setFont(old_font)


# ---------------------------------------------------------------- what a screen reader hears
# (tests/ui/test_atspi.py reads the same through AT-SPI; these run without a bus.)

@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Every announcement the window makes: (text, assertive)."""
    heard: list[tuple[str, bool]] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.message(), event.politeness()
                          is QAccessible.AnnouncementPoliteness.Assertive))

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return heard


def test_changing_labels_keep_their_text_as_their_name(window: MainWindow) -> None:
    """A fixed name would replace the text (a screen reader read "Problems"): the text is the
    name, what the label shows is its description."""
    labels = {window.save_label: "Autosave", window.counts_label: "Session progress",
              window.clip_title: "Current clip", window.problems: "Problems",
              window.notice: "Notice", window.editor.diff_summary: "Difference count",
              window.queue_view.summary: "Queue summary"}
    for label, what in labels.items():
        assert label.accessibleName() == "", what
        assert label.accessibleDescription() == what


def test_a_refused_submit_is_announced_with_its_reasons(
        qtbot: QtBot, window: MainWindow, announced: list[tuple[str, bool]]) -> None:
    problems = window.problems
    assert problems.isHidden()  # nothing to say yet
    iface = QAccessible.queryAccessibleInterface(problems)
    assert iface is not None
    assert iface.role() is QAccessible.Role.Notification  # Orca 43 speaks one as it shows
    window.submit()
    settle(qtbot, window)
    assert problems.text().startswith("Not submitted: ")
    assert problems.isVisible()
    assert iface.text(QAccessible.Text.Name) == problems.text()
    assert (problems.text(), True) in announced
    qtbot.keyClicks(window.editor.editor, "x")  # the reviewer acts on it: it goes
    assert problems.isHidden()


def test_autosave_failure_and_recovery_are_announced(
        qtbot: QtBot, window: MainWindow, backend: FakeBackend,
        announced: list[tuple[str, bool]]) -> None:
    backend.service.fail_saves = 1
    qtbot.keyClicks(window.editor.editor, "hello")
    qtbot.waitUntil(lambda: ("Saved", False) in announced, timeout=5000)
    failed = [text for text, assertive in announced if assertive]
    assert failed == ["Not saved: the disk is full — retrying"]
    # Everyday saving is not announced: typing again and saving says nothing.
    announced.clear()
    qtbot.keyClicks(window.editor.editor, " there")
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved" and not window.model.has_unsaved,
                    timeout=5000)
    assert announced == []


def test_a_clip_switch_is_announced(qtbot: QtBot, window: MainWindow,
                                    announced: list[tuple[str, bool]]) -> None:
    window.model.step(+1)
    settle(qtbot, window)
    view = window.model.view
    assert view is not None
    expected = f"Clip 2 of 5, {view.summary.duration:.1f} seconds"
    assert (expected, False) in announced


def test_the_waveform_is_a_slider_saying_position_and_duration(window: MainWindow) -> None:
    waveform = window.player_widget.waveform
    iface = QAccessible.queryAccessibleInterface(waveform)
    assert iface is not None
    assert iface.role() is QAccessible.Role.Slider
    assert iface.text(QAccessible.Text.Name) == "Waveform"
    assert waveform.accessibleDescription().startswith("Position 0 s of ")
    waveform.set_position(0.6)
    assert waveform.accessibleDescription().startswith("Position 1 s of ")


def test_the_playback_time_is_read_in_whole_seconds(window: MainWindow) -> None:
    """Its text has tenths and changes 30 times a second; its name, once a second."""
    label = window.player_widget.time_label
    assert label.accessibleDescription() == "Time"
    duration = window.backend.player.duration()
    window.backend.player.seek(1.2)
    window.player_widget.refresh()
    assert label.text().startswith("0:01.2 / ")
    assert label.accessibleName() == f"1 s of {duration:.1f} s"


def test_the_differences_view_is_no_focus_stop(window: MainWindow) -> None:
    assert window.editor.diff_view.focusPolicy() is Qt.FocusPolicy.NoFocus


def test_help_is_a_table_of_actions_and_keys(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.update(shortcuts={"skip": ""})  # no key: the cell says so
    dialog = ShortcutsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    table = dialog.table

    def cell(row: int, column: int) -> QTableWidgetItem:
        item = table.item(row, column)
        assert item is not None, (row, column)
        return item

    headers = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
    assert [h.text() if h is not None else "" for h in headers] == ["Action", "Keys"]
    assert table.rowCount() == len(dialog.rows) > 40
    rows = {cell(r, 0).text(): r for r in range(table.rowCount())}
    assert cell(rows["Submit and next"], 1).text() == "Ctrl+Return"
    skip = cell(rows["Skip…"], 1)
    assert skip.text() == "—"
    assert skip.data(Qt.ItemDataRole.AccessibleTextRole) == "no key"
    heading = rows["On the waveform"]
    assert table.columnSpan(heading, 0) == 2
    assert cell(heading, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "On the waveform"
