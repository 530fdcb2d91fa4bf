"""Accessibility: accessible names equal visible labels, tab order follows reading order,
and the window builds with a dark palette and a large font."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_theme import apply_font_size, dark_palette


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
