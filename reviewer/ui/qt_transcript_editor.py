"""The transcript editor: automatic (or prior) transcript above, one-key tags, critical spans
highlighted, and a live word-level diff against the reference.

It also keeps when each character was typed (core.typing_times): the playback position,
read through a callable, at every keystroke; pasted text, the automatic transcript, tags and
undone text have no time. A span's default time range comes from there (`default_time`).

Signals: none of its own; it writes to the ReviewModel and follows its annotation.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.annotation import Annotation, TimeRange, valid_spans
from reviewer.core.review import ClipView
from reviewer.core.typing_times import TypingTimes
from reviewer.ui.accessibility import status_label
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.labels import label
from reviewer.ui.qt_common import buddy, button, focus_visibly, named
from reviewer.ui.qt_review_model import ReviewModel
from reviewer.ui.qt_shortcuts import SPEC_BY_ID, ShortcutRegistry, action_label, tag_action_id
from reviewer.ui.tags import TAGS
from reviewer.ui.text_model import DiffOp, diff_counts, shift_spans, word_diff
from reviewer.ui.wording import with_key

DIFF_DELAY_MS = 120
# The difference count beside the diff ({against}: "automatic" or "prior").
# {added}: the added words ("%n added"), {removed}: the removed ones ("%n removed").
DIFF_SUMMARY = QT_TRANSLATE_NOOP("TranscriptEditor",
        "{added}, {removed} vs the automatic transcript")
DIFF_SUMMARY_PRIOR = QT_TRANSLATE_NOOP("TranscriptEditor",
                                       "{added}, {removed} vs the prior transcript")
NOTHING_TYPED = QT_TRANSLATE_NOOP("TranscriptEditor", "Nothing typed yet")
NO_REFERENCE = QT_TRANSLATE_NOOP("TranscriptEditor", "No reference transcript")
# Playback position (seconds) while the reviewer types; None before the clip has played.
PlaybackPosition = Callable[[], float | None]
# The ring the editor draws round itself while it has the keyboard (pixels).
FOCUS_RING = 2
# Keys that edit without typing: what they put in was not heard just now.
_NOT_TYPING = (QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Undo,
               QKeySequence.StandardKey.Redo)


def _types_text(event: QKeyEvent) -> bool:
    """A key that types something (a character, alone or with Shift), not a chord."""
    chord = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                  | Qt.KeyboardModifier.KeypadModifier)
    text = event.text()
    return chord == Qt.KeyboardModifier.NoModifier and bool(text) and text.isprintable()


class TranscriptEdit(QPlainTextEdit):
    """A plain-text editor that leaves the window's shortcuts to the window."""

    def __init__(self, owns_key: Callable[[QKeySequence], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owns_key = owns_key
        self.setTabChangesFocus(True)
        # The style draws no focus ring round a text field: the editor draws one itself, in
        # the highlight colour, in a margin kept free for it (not a style sheet: a widget
        # with one stops following the application's font size).
        margin = max(FOCUS_RING - self.frameWidth(), 0)
        self.setViewportMargins(margin, margin, margin, margin)
        self.typing = False  # true while a keystroke (or input method) edits the text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.typing = not any(event.matches(k) for k in _NOT_TYPING)
        try:
            super().keyPressEvent(event)
        finally:
            self.typing = False

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self.typing = True
        try:
            super().inputMethodEvent(event)
        finally:
            self.typing = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination())
            if self._owns_key(combo):
                event.ignore()  # let the window's action fire
                return False
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FOCUS_RING // 2
            painter.drawRect(self.rect().adjusted(half, half, -half, -half))
            painter.end()
        return handled

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class TranscriptEditor(QWidget):
    def __init__(self, model: ReviewModel, shortcuts: ShortcutRegistry,
                 parent: QWidget | None = None,
                 playback_position: PlaybackPosition = lambda: None) -> None:
        super().__init__(parent)
        self.model = model
        self._shortcuts = shortcuts
        self._loading = False
        self.playback_position = playback_position
        self.typing_times = TypingTimes()
        self.reference_title = QLabel(translate("TranscriptEditor", "Automatic transcript"))
        # Its text is its accessible name (read when the keyboard reaches it); its title is its
        # description.
        self.reference = status_label(QLabel(), translate("TranscriptEditor",
                                                          "Automatic transcript"))
        self.reference.setWordWrap(True)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        # Read with the keyboard ("Read the automatic transcript first"), it passes typing on
        # to the transcript, where the reviewer meant it to go.
        self.reference.installEventFilter(self)
        self.start_button = button(QPushButton(), translate("TranscriptEditor", "Start from this"),
                                   translate("TranscriptEditor",
                                           "Copy the automatic transcript into the editor"))
        self.response_label = named(QLabel(), translate("TranscriptEditor", "Assistant answered"))
        self.response_label.setWordWrap(True)
        self.editor = TranscriptEdit(shortcuts.owns)
        self.editor_label = buddy(translate("TranscriptEditor", "&Transcript"), self.editor)
        self.editor.setPlaceholderText(translate("TranscriptEditor", "Type what the speaker said…"))
        # A tool bar: with large fonts, tags that do not fit move into its overflow menu.
        self.tag_bar = QToolBar(translate("TranscriptEditor", "Tags"))
        self.tag_bar.setAccessibleName(translate("TranscriptEditor", "Tags"))
        self.tag_buttons: list[QToolButton] = []
        self.tag_actions: dict[str, QAction] = {}
        tags_row = QHBoxLayout()
        tags_row.addWidget(QLabel(translate("TranscriptEditor", "Tags:")))
        for tag in TAGS:
            action = QAction(tag, self.tag_bar)
            self.tag_actions[tag] = action
            action.triggered.connect(lambda _c=False, t=tag: self.insert_tag(t))
            self.tag_bar.addAction(action)
            b = self.tag_bar.widgetForAction(action)
            if isinstance(b, QToolButton):
                b.setAccessibleName(tag)
                self.tag_buttons.append(b)
        tags_row.addWidget(self.tag_bar, 1)
        self.diff_view = QTextBrowser()
        self.diff_view.setMaximumHeight(64)
        # Read, not edited: no stop for Tab or a screen reader's focus (it would be a focusable
        # label); the count beside it says what it shows, and the mouse still selects in it.
        self.diff_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.diff_label = buddy(translate("TranscriptEditor", "Differences"), self.diff_view)
        self.diff_summary = status_label(QLabel(), translate("TranscriptEditor",
                                                             "Difference count"))

        ref_row = QHBoxLayout()
        ref_row.addWidget(self.reference_title)
        ref_row.addStretch(1)
        ref_row.addWidget(self.start_button)
        diff_row = QHBoxLayout()
        diff_row.addWidget(self.diff_label)
        diff_row.addStretch(1)
        diff_row.addWidget(self.diff_summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(ref_row)
        layout.addWidget(self.reference)
        layout.addWidget(self.response_label)
        layout.addWidget(self.editor_label)
        layout.addWidget(self.editor, 1)
        layout.addLayout(tags_row)
        layout.addLayout(diff_row)
        layout.addWidget(self.diff_view)

        self._diff_timer = QTimer(self, singleShot=True, interval=DIFF_DELAY_MS)
        self._diff_timer.timeout.connect(self.update_diff)
        self.start_button.clicked.connect(self.start_from_reference)
        self.editor.document().contentsChange.connect(self._changed)
        model.clip_opened.connect(self._clip_opened)
        model.annotation_changed.connect(self._annotation_changed)
        shortcuts.keys_changed.connect(self._show_keys)
        self._show_keys()
        self._clip_opened(model.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.reference and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and _types_text(event)):
            focus_visibly(self.editor)
            self.editor.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _show_keys(self) -> None:
        """Each tag's tooltip names the key that inserts it now (none when unbound)."""
        for tag, action in self.tag_actions.items():
            action_id = tag_action_id(tag)
            action.setToolTip(with_key(action_label(SPEC_BY_ID[action_id]),
                                       self._shortcuts.key_text(action_id)))

    # ------------------------------------------------------------------ model -> view
    def _clip_opened(self, view: ClipView | None) -> None:
        verify = view is not None and view.reference_is_prior
        title = translate("TranscriptEditor", "Prior transcript") if verify else translate(
                "TranscriptEditor", "Automatic transcript")
        self.reference_title.setText(title)
        self.reference.setAccessibleDescription(title)
        text = view.reference_text if view else ""
        self.reference.setText(text or translate("TranscriptEditor", "(none)"))
        self.start_button.setEnabled(bool(text))
        response = view.assistant_response if view else None
        self.response_label.setVisible(bool(response))
        self.response_label.setText(translate("TranscriptEditor",
                "Assistant answered: {response}").format(
            response=response) if response else "")
        self.setEnabled(view is not None)
        self._show(self.model.annotation, force=True)

    def _annotation_changed(self, annotation: Annotation) -> None:
        self._show(annotation)

    def _show(self, annotation: Annotation, force: bool = False) -> None:
        if force or annotation.transcript != self.editor.toPlainText():
            self._loading = True
            try:
                self.editor.setPlainText(annotation.transcript)
                self.editor.moveCursor(QTextCursor.MoveOperation.End)
            finally:
                self._loading = False
            self.typing_times.reset(len(annotation.transcript))  # times unknown
        self._highlight(annotation)
        self._diff_timer.start()

    def _highlight(self, annotation: Annotation) -> None:
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(255, 196, 0, 150))
        fmt.setForeground(QColor(20, 20, 20))
        for span in valid_spans(annotation):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            span_fmt = QTextCharFormat(fmt)
            span_fmt.setToolTip(translate("TranscriptEditor", "Critical: {category}").format(
                category=label(span.category)))
            sel.format = span_fmt
            selections.append(sel)
        self.editor.setExtraSelections(selections)

    # ------------------------------------------------------------------ view -> model
    def _changed(self, position: int, removed: int, added: int) -> None:
        if self._loading or self.model.view is None:
            return
        at = self.playback_position() if self.editor.typing else None
        self.typing_times.edited(position, removed, added, at)
        old = self.model.annotation
        spans = shift_spans(old.spans, position, removed, added)
        self.model.update(replace(old, transcript=self.editor.toPlainText(), spans=spans))

    def insert_tag(self, tag: str) -> None:
        """The tag as a word of its own: a space before it unless whitespace is there (or it
        starts the text), and one after it unless a space follows, which the cursor then
        steps over: typing goes on after one space, never two."""
        cursor = self.editor.textCursor()
        text = self.editor.toPlainText()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else ""
        prefix = "" if before.isspace() else " "
        suffix = "" if after == " " else " "
        cursor.insertText(f"{prefix}{tag}{suffix}")
        if not suffix:  # step over the space that was there, as if it had been typed
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            self.editor.setTextCursor(cursor)
        focus_visibly(self.editor)

    def start_from_reference(self) -> None:
        view = self.model.view
        if view is None or not view.reference_text:
            return
        self.editor.selectAll()
        self.editor.insertPlainText(view.reference_text)  # undoable, like typing
        focus_visibly(self.editor)

    def selection(self) -> tuple[int, int]:
        cursor = self.editor.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    def default_time(self, start: int, end: int) -> TimeRange | None:
        """When characters [start, end) were said, judged by when they were typed; None when
        they were not typed while listening."""
        view = self.model.view
        if view is None:
            return None
        return self.typing_times.default_range(start, end, view.summary.duration)

    # ------------------------------------------------------------------ diff
    def update_diff(self) -> None:
        view = self.model.view
        reference = view.reference_text if view else ""
        typed = self.model.annotation.transcript
        diff = word_diff(reference, typed) if typed.strip() else []
        parts = []
        for op, word in diff:
            w = html.escape(word)
            if op is DiffOp.ADDED:
                parts.append(f'<span style="color:#2e9d4a;font-weight:bold">+{w}</span>')
            elif op is DiffOp.REMOVED:
                parts.append(f'<span style="color:#d0463c;text-decoration:line-through">'
                             f'{w}</span>')
            else:
                parts.append(w)
        self.diff_view.setHtml(" ".join(parts))
        added, removed = diff_counts(diff)
        prior = view is not None and view.reference_is_prior
        if not reference:
            summary = translate("TranscriptEditor", NO_REFERENCE)
        elif not typed.strip():
            summary = translate("TranscriptEditor", NOTHING_TYPED)
        else:
            summary = translate("TranscriptEditor", DIFF_SUMMARY_PRIOR if prior else DIFF_SUMMARY)
            summary = summary.format(
                added=self.tr("%n added", "", added), removed=self.tr("%n removed", "", removed))
        self.diff_summary.setText(summary)
