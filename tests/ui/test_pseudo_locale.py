"""Every window and dialog in a generated pseudo locale: every text the user sees or a screen
reader hears must come through the translation (the pseudo translation marks each one, makes
it ~40% longer and accents it), the layouts must take the longer texts (screenshots to
build/screenshots/pseudo/, looked at by a person), and mirrored for a right-to-left language
no two visible neighbours may overlap.

The pseudo locale is made from the .ts sources by resources/dev/update_translations.py
(`pseudo`), so a string that never reached lupdate shows up here unmarked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from reviewer.ui.i18n import install_file, install_language
from tests.support.translations import ensure_compiled, pseudo_qm
from tests.ui.surfaces import Surface, lead_surfaces, reviewer_surfaces, settle

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots" / "pseudo"
MARK = "~]"  # every pseudo translation ends so (update_translations.pseudo_text)
TAG = re.compile(r"\[[a-z]+\]")  # a transcript tag: typed into transcripts, never translated

# Texts that are the test's data, not the interface's: the fake clips' and cases' contents,
# names and ids, which no translation touches.
DATA = ("Background noise?", "lead-a", "lead-b", "clip00000001", "pkg_00000001", "case-1",
        "Identification is needed for the safety team.", "Said it twice.",
        "i can't do this", "I'm sorry you're going through this", "Reviewer escalated",
        "VEC / Infinity USB foot pedal",
        "English", "Deutsch", "Español", "2026-", "kitchen lights")
# Key names as the F1 list and the flag boxes show them (Qt words them: QKeySequence).
KEY_WORDS = frozenset({"Plus", "Minus", "Backtab", "Copy", "Cut", "Paste", "Undo", "Redo"})


def _is_keys(text: str) -> bool:
    """A key or a list of keys ("Ctrl+1", "Left, Right, PgUp", "I / O")."""
    tokens = [t for t in re.split(r"[ ,/+]+", text) if t]
    return bool(tokens) and all(
        t in KEY_WORDS or len(t) <= 2 or QKeySequence(t).count() == 1 for t in tokens)


def _is_data(text: str) -> bool:
    """The test's data, a transcript tag ("[noise]"), keys, or Qt's own percentage."""
    return (any(part in text for part in DATA) or TAG.fullmatch(text) is not None
            or _is_keys(text) or text == "%p%")


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(model.rowCount(QModelIndex())):
        for col in range(max(columns, 1)):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
    for col in range(columns if columns > 1 else 0):
        value = model.headerData(col, Qt.Orientation.Horizontal)
        if isinstance(value, str):
            yield value


def _action_texts(action: QAction) -> Iterator[str]:
    if action.isSeparator():
        return
    yield action.text()
    yield action.statusTip()
    if action.toolTip() != action.text().replace("&", ""):  # Qt's default tooltip is the text
        yield action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for sub in menu.actions():
            yield from _action_texts(sub)


def _is_qt_own(widget: QWidget) -> bool:
    """Parts Qt builds and words itself (qtbase's translation covers them): the standard
    buttons of a button box, a key-sequence editor's field, a line edit's clear button."""
    parent = widget.parentWidget()
    if isinstance(parent, QTabBar):  # its scroll arrows
        return True
    if isinstance(parent, QDialogButtonBox) and isinstance(widget, QAbstractButton):
        return parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    while parent is not None:
        if isinstance(parent, QKeySequenceEdit | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def widget_texts(widget: QWidget) -> Iterator[str]:
    """What the widget shows or tells a screen reader (not what the user typed)."""
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QPlainTextEdit) and widget.isReadOnly():  # a report, not typing
        yield widget.toPlainText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        yield widget.suffix()
        yield widget.specialValueText()
    if isinstance(widget, QProgressBar):
        yield widget.format()
    if isinstance(widget, QTextBrowser):
        yield widget.toPlainText()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            yield from _action_texts(action)
    for action in widget.actions():
        yield from _action_texts(action)


def untranslated(top: QWidget) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if _is_qt_own(widget) or isinstance(widget, QMenu):
            continue
        texts = [line for text in widget_texts(widget) for line in text.split("\n")]
        for text in texts:
            text = text.strip()
            if (not text or MARK in text or not any(c.isalpha() for c in text)
                    or _is_data(text)):
                continue
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return sorted(set(found))


@pytest.fixture
def pseudo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    ensure_compiled()
    install_file(pseudo_qm(tmp_path_factory.mktemp("pseudo")))
    try:
        yield
    finally:
        install_language("en")


def _grab(name: str, widget: QWidget) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    out = SHOTS / f"{name}.png"
    widget.grab().save(str(out))
    return out


def _check_all(surfaces: list[Surface]) -> list[str]:
    missing = []
    for name, widget, prepare in surfaces:
        prepare()
        missing += [f"{name}: {m}" for m in untranslated(widget)]
        _grab(name, widget)
    return missing


@pytest.mark.gui
def test_the_pseudo_locale_marks_the_text_it_translates(pseudo: None) -> None:
    from reviewer.ui.i18n import translate

    shown = translate("MainWindow", "Reviewer")
    assert shown.startswith("[")
    assert shown.endswith(MARK)
    assert len(shown) > len("Reviewer")
    assert "Ŕ" in shown or "é" in shown


@pytest.mark.gui
def test_every_reviewer_surface_is_translated(pseudo: None, tmp_path: Path) -> None:
    with reviewer_surfaces(tmp_path) as surfaces:
        assert len(surfaces) >= 12
        missing = _check_all(surfaces)
    assert missing == [], "\n".join(missing)


@pytest.mark.gui
def test_every_lead_surface_is_translated(pseudo: None, tmp_path: Path) -> None:
    with lead_surfaces(tmp_path) as surfaces:
        assert len(surfaces) == 4
        missing = _check_all(surfaces)
    assert missing == [], "\n".join(missing)


def _overlaps(top: QWidget) -> list[str]:
    """Visible sibling widgets whose rectangles intersect (Qt's own composites aside)."""
    found = []
    for parent in [top, *top.findChildren(QWidget)]:
        if (not parent.isVisible() or isinstance(parent, QStackedWidget | QAbstractScrollArea
                                                 | QAbstractSpinBox | QComboBox | QLineEdit)
                or _is_qt_own(parent)):
            continue
        kids = [w for w in parent.findChildren(QWidget, options=Qt.FindChildOption
                                               .FindDirectChildrenOnly)
                if w.isVisible() and not w.isWindow() and not isinstance(w, QMenu)]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                both: QRect = a.geometry().intersected(b.geometry())
                if both.width() > 1 and both.height() > 1:
                    found.append(f"{type(parent).__name__}: {type(a).__name__} "
                                 f"{a.objectName() or a.accessibleName()!r} overlaps "
                                 f"{type(b).__name__} {b.objectName() or b.accessibleName()!r}")
    return found


@pytest.mark.gui
def test_right_to_left_nothing_overlaps(pseudo: None, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        found = []
        for make, root in ((reviewer_surfaces, tmp_path / "r"), (lead_surfaces, tmp_path / "l")):
            with make(root) as surfaces:
                for name, widget, prepare in surfaces:
                    prepare()
                    settle()
                    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
                    found += [f"{name}: {o}" for o in _overlaps(widget)]
                    _grab(f"rtl-{name}", widget)
        assert found == [], "\n".join(found)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


SCREEN = (1280, 800)  # the smallest screen the windows must fit (a common laptop's)


def _too_big(name: str, widget: QWidget) -> str | None:
    """The window or dialog when its layout cannot shrink to SCREEN (its minimum size hint,
    or a minimum size set on it, is wider or taller)."""
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
        return f"{name}: needs at least {hint.width()}x{hint.height()}"
    return None


@pytest.mark.gui
def test_every_window_and_dialog_fits_a_small_screen(pseudo: None, tmp_path: Path) -> None:
    """In the pseudo locale (every text ~40% longer) every top-level window and dialog still
    fits 1280x800: long labels wrap, long single lines elide (their full text as a tooltip),
    and layouts give way."""
    found = []
    for make, root in ((reviewer_surfaces, tmp_path / "r"), (lead_surfaces, tmp_path / "l")):
        with make(root) as surfaces:
            for name, widget, prepare in surfaces:
                prepare()
                settle()
                found += [problem for problem in [_too_big(name, widget.window())] if problem]
    assert found == [], "\n".join(found)
