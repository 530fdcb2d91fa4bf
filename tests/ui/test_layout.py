"""The review page fits small laptop screens: at 1280x800 and 1366x768, with a package of
three questions (one of them text) and the demo's two-line banner, the side column does not
scroll and no question, the transcript or the actions are cut off: before anything is
marked, with audio selected on the waveform, and with a critical span marked; and, until
something is marked, on the same screens under a desktop's title bar and panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import CriticalCategory
from reviewer.core.package import Question, QuestionKind
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend, FakePlayer

QUESTIONS = (
    Question("wake_intent", "Was the assistant addressed on purpose?", QuestionKind.CHOICE,
             ("yes", "no", "unsure"), True),
    Question("response_quality", "Did the assistant's answer fit the request?",
             QuestionKind.CHOICE, ("good", "partly", "wrong", "no answer needed"), False),
    Question("reviewer_note", "Anything a lead should know about this clip?",
             QuestionKind.TEXT, (), False),
)
BANNER = ("Demo mode: a throwaway workspace with an ephemeral in-memory key and its own "
          "throwaway organisation (not yours: it signs only this demo); nothing is kept after "
          "the window closes. How to try escalation and the lead side, with the demo lead's "
          "passphrase and code…")


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def cut_off(window: MainWindow) -> list[str]:
    """What of the review page cannot be seen without scrolling."""
    problems = []
    scroll = window.review._side_scroll
    if scroll.verticalScrollBar().maximum() > 0:
        problems.append(f"the side column scrolls ({scroll.verticalScrollBar().maximum()} px)")
    view = rect_in(window, scroll.viewport())
    for qid, field in window.questions.fields.items():
        if not view.contains(rect_in(window, field)):
            problems.append(f"question {qid}")
    for name, widget in (("submit", window.submit_button), ("skip", window.skip_button),
                         ("transcript", window.editor.editor),
                         ("flags", window.flags), ("waveform", window.player_widget.waveform)):
        if not widget.isVisible() or not window.rect().contains(rect_in(window, widget)):
            problems.append(name)
    if window.editor.editor.height() < 4 * window.editor.editor.fontMetrics().height():
        problems.append("the transcript is under four lines high")
    return problems


@pytest.fixture
def window(qtbot: QtBot, settings: UiSettings) -> MainWindow:
    backend = FakeBackend(clips=0, player=FakePlayer(available=False), notice=BANNER)
    backend.service.add_package(4, questions=QUESTIONS)
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    assert win.questions.isVisible()
    assert win.player_widget.device_label.isVisible()  # the tallest player: no device
    return win


def fit(qtbot: QtBot, window: MainWindow, width: int, height: int) -> list[str]:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width)
    qtbot.wait(50)  # the layouts settle
    return cut_off(window)


SIZES = [(1280, 800), (1366, 768)]
# The same screens maximised under a desktop: a title bar and a panel take about 60 pixels.
UNDER_A_DESKTOP = [(1280, 740), (1366, 708)]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_page_fits_as_it_opens(qtbot: QtBot, window: MainWindow, width: int,
                                   height: int) -> None:
    assert fit(qtbot, window, width, height) == []


@pytest.mark.parametrize(("width", "height"), UNDER_A_DESKTOP)
@pytest.mark.parametrize("selected", [False, True])
def test_the_page_fits_under_a_desktops_title_bar_and_panel(
        qtbot: QtBot, window: MainWindow, width: int, height: int, selected: bool) -> None:
    if selected:
        window.time_selection.select(0.5, 1.5)
    assert fit(qtbot, window, width, height) == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_page_fits_with_audio_selected(qtbot: QtBot, window: MainWindow, width: int,
                                           height: int) -> None:
    window.time_selection.select(0.5, 1.5)
    assert window.critical.selected_audio.isVisible()
    assert fit(qtbot, window, width, height) == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_page_fits_with_a_critical_span(qtbot: QtBot, window: MainWindow, width: int,
                                            height: int) -> None:
    edit = window.editor.editor
    edit.setPlainText("call anna now")
    cursor = edit.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(9, cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    window.time_selection.select(0.5, 1.0)
    window.critical.mark_selection()
    assert window.model.annotation.categories == {CriticalCategory.NAME}
    assert window.critical.spans_list.isVisible()
    assert window.critical.category_boxes[CriticalCategory.NAME].isVisible()
    assert fit(qtbot, window, width, height) == []


def test_the_categories_show_while_the_clip_is_critical(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    boxes = window.critical.category_boxes.values()
    assert not any(box.isVisible() for box in boxes)
    window.critical.critical_box.click()
    assert all(box.isVisible() and box.isEnabled() for box in boxes)
    window.critical.critical_box.click()
    assert not any(box.isVisible() for box in boxes)


def test_the_check_sees_a_side_column_that_does_not_fit(qtbot: QtBot,
                                                       settings: UiSettings) -> None:
    """The checks above can fail: nine questions do not fit, and the side column scrolls."""
    many = tuple(Question(f"q{i}", f"Question number {i} of nine?", QuestionKind.TEXT, (),
                          False) for i in range(9))
    backend = FakeBackend(clips=0, notice=BANNER)
    backend.service.add_package(2, questions=many)
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    problems = fit(qtbot, win, 1366, 768)
    assert any(p.startswith("the side column scrolls") for p in problems)
    assert "flags" in problems  # the column is questions, flags, critical data: pushed out
