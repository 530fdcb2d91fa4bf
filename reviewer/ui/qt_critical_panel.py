"""Critical data: the checkbox, its categories, marking the selected words critical, and the
list of marked spans with the time each was said.

Marking a span ticks the box and its category; the span is highlighted by the editor. The
categories show while the clip is marked critical. It
takes its time from the waveform's selection when there is one, else from when its words
were typed while listening, else it has none, and the list says so: under the redacted
policy a clip with an untimed span exports no audio. Choosing a span in the list selects its
time on the waveform (and plays from there); "Set time from selection" stores the waveform's
selection as the span's time; "Remove" unmarks it.

Signals:
    seek_requested(float): play from this time (a span was chosen in the list).
    spans_shown(object): the open clip's spans (tuple of CriticalSpan) after every change,
        for the waveform's bands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.annotation import (
    Annotation,
    CriticalCategory,
    CriticalSpan,
    TimeRange,
    valid_spans,
)
from reviewer.core.review import ClipView
from reviewer.core.time_selection import TimeSelection
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.labels import label
from reviewer.ui.qt_common import PROBLEM_COLOUR, buddy, button, named, problem_label
from reviewer.ui.qt_flow_layout import FlowLayout
from reviewer.ui.qt_review_model import ReviewModel
from reviewer.ui.qt_shortcuts import ShortcutRegistry
from reviewer.ui.qt_waveform import seconds_text
from reviewer.ui.wording import with_key

Selection = Callable[[], tuple[int, int]]
# When characters [start, end) were said, judged by when they were typed (None: unknown).
DefaultTime = Callable[[int, int], TimeRange | None]

# The controls' tooltips; each names the key of the same action (ui/wording.with_key).
CRITICAL_TIP = (QT_TRANSLATE_NOOP("CriticalPanel",
        "The speaker said something private: a name, account number, health detail, "
                "address, contact details or credentials"))
MARK_TIP = (QT_TRANSLATE_NOOP("CriticalPanel",
        "Mark the selected words as critical data of this category, said in the audio "
            "selected on the waveform (or, without one, when the words were typed)"))
SET_TIME_TIP = QT_TRANSLATE_NOOP("CriticalPanel",
        "Store the audio selected on the waveform as the chosen span's time")
REMOVE_TIP = QT_TRANSLATE_NOOP("CriticalPanel", "Unmark the chosen span")

INDEX_ROLE = Qt.ItemDataRole.UserRole
WORDS_SHOWN = 32  # characters of a span's words in its list row
NO_TIME = QT_TRANSLATE_NOOP("CriticalPanel", "no time")
LIST_ROWS = 4


def span_text(annotation: Annotation, span: CriticalSpan) -> str:
    """`Name: “maria del gato” · 1.2–2.4 s` (or `· no time`)."""
    words = " ".join(annotation.transcript[span.start:span.end].split())
    if len(words) > WORDS_SHOWN:
        words = words[:WORDS_SHOWN - 1] + "…"
    when = (seconds_text(span.time) if span.time is not None
            else translate("CriticalPanel", NO_TIME))
    return translate("CriticalPanel", "{category}: “{words}” · {when}").format(
        category=label(span.category), words=words, when=when)


def _unlisten_on_destroy(widget: QWidget, model: TimeSelection,
                         listener: Callable[[TimeRange | None], None]) -> None:
    model.listen(listener)
    widget.destroyed.connect(lambda _obj=None: model.unlisten(listener))


class CriticalPanel(QGroupBox):
    seek_requested = Signal(float)
    spans_shown = Signal(object)

    def __init__(self, model: ReviewModel, selection: Selection,
                 parent: QWidget | None = None, *, shortcuts: ShortcutRegistry,
                 time_selection: TimeSelection | None = None,
                 default_time: DefaultTime = lambda _start, _end: None) -> None:
        super().__init__(parent)  # the checkbox below is the panel's visible title
        self.model = model
        self._shortcuts = shortcuts
        self._selection = selection
        self.time_selection = time_selection if time_selection is not None else TimeSelection()
        self._default_time = default_time
        self._updating = False
        self._rows: list[CriticalSpan] = []  # the spans as listed, row by row
        self._listed: tuple[tuple[int, str], ...] | None = None  # (index, text) per row
        self.critical_box = QCheckBox()
        button(self.critical_box, translate("CriticalPanel", "Critical data"))
        bold = self.critical_box.font()
        bold.setBold(True)
        self.critical_box.setFont(bold)
        self.category_boxes: dict[CriticalCategory, QCheckBox] = {}
        # Shown while the clip is marked critical (they mean nothing until then): the side
        # column keeps its height for the flags and questions under it.
        self.categories = QWidget()
        grid = QGridLayout(self.categories)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, category in enumerate(CriticalCategory):
            box = QCheckBox()
            button(box, label(category))
            box.toggled.connect(lambda on, c=category: self._category_toggled(c, on))
            self.category_boxes[category] = box
            grid.addWidget(box, i // 2, i % 2)
        self.mark_category = QComboBox()
        for category in CriticalCategory:
            self.mark_category.addItem(label(category), category)
        self.mark_button = button(QPushButton(), translate("CriticalPanel", "Mark selection"))
        self.spans_list = named(QListWidget(), translate("CriticalPanel",
                "Marked spans"))  # rows name their category
        self.spans_list.setAccessibleDescription(
            translate("CriticalPanel",
                    "Each marked span: its category, its words and when they were said. Choosing "
                    "one "
            "selects its time on the waveform."))
        self.spans_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.spans_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.spans_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.selected_audio = QLabel()
        self.selected_audio.setWordWrap(True)
        self.selected_audio.setAccessibleName(translate("CriticalPanel", "Selected audio"))
        hint = translate("CriticalPanel",
                "Select audio by dragging on the waveform, or with I and O there")
        self.selected_audio.setToolTip(hint)
        self.selected_audio.setAccessibleDescription(hint)
        self.set_time_button = button(QPushButton(), translate("CriticalPanel",
                "Set time from selection"))
        self.remove_button = button(QPushButton(), translate("CriticalPanel", "Remove"))
        self.untimed_label = problem_label(translate("CriticalPanel", "Spans without time"))
        # One row: the category a marked span gets, and the button that marks it.
        self.mark_category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mark_category.setMinimumContentsLength(8)
        mark_row = FlowLayout()  # the button wraps below when a translation is long
        mark_row.add_group(buddy(translate("CriticalPanel", "Categor&y"), self.mark_category),
                           self.mark_category)
        mark_row.add_group(self.mark_button, right=True)
        span_row = QHBoxLayout()
        span_row.addStretch(1)
        span_row.addWidget(self.set_time_button)
        span_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.critical_box)
        layout.addWidget(self.categories)
        layout.addLayout(mark_row)
        layout.addWidget(self.spans_list)
        layout.addWidget(self.untimed_label)
        layout.addWidget(self.selected_audio)
        layout.addLayout(span_row)

        self.critical_box.toggled.connect(self._critical_toggled)
        self.mark_button.clicked.connect(self.mark_selection)
        self.set_time_button.clicked.connect(self.set_time_from_selection)
        self.remove_button.clicked.connect(self.remove_span)
        self.spans_list.currentRowChanged.connect(self._row_changed)
        self.spans_list.itemClicked.connect(
            lambda item: self._choose(self.spans_list.row(item)))
        _unlisten_on_destroy(self, self.time_selection, self._audio_selected)
        model.annotation_changed.connect(self._show)
        model.clip_opened.connect(self._clip_opened)
        shortcuts.keys_changed.connect(self._show_keys)
        self._show_keys()
        self._clip_opened(model.view)
        self._audio_selected(self.time_selection.range)

    def _show_keys(self) -> None:
        """Tooltips name the keys of the same actions as they are now (none when unbound)."""
        keys = self._shortcuts.key_text
        for control, tip, action_id in (
                (self.critical_box, CRITICAL_TIP, "toggle_critical"),
                (self.mark_button, MARK_TIP, "mark_critical"),
                (self.set_time_button, SET_TIME_TIP, "span_time"),
                (self.remove_button, REMOVE_TIP, "remove_span")):
            control.setToolTip(with_key(translate("CriticalPanel", tip), keys(action_id)))

    # ------------------------------------------------------------------ model -> view
    def _clip_opened(self, view: ClipView | None) -> None:
        self.setEnabled(view is not None)
        self.spans_list.setCurrentRow(-1)
        self.mark_category.setCurrentIndex(0)  # each clip starts from the first category
        self._show(self.model.annotation)

    def _show(self, annotation: Annotation) -> None:
        self._updating = True
        try:
            self.critical_box.setChecked(annotation.critical)
            for category, box in self.category_boxes.items():
                box.setChecked(category in annotation.categories)
                box.setEnabled(annotation.critical)
            self.categories.setVisible(annotation.critical)
            self._fill_list(annotation)
        finally:
            self._updating = False
        self.spans_shown.emit(valid_spans(annotation))
        self._enable()

    def _fill_list(self, annotation: Annotation) -> None:
        """One row per marked span (in text order); the chosen span stays chosen."""
        shown = valid_spans(annotation)
        # Stale spans (after an edit) are neither redacted nor listed.
        listed = [(index, span, span_text(annotation, span))
                  for index, span in enumerate(annotation.spans) if span in shown]
        rows = tuple((index, text) for index, _span, text in listed)
        if rows == self._listed:  # most keystrokes: the rows read the same
            self._rows = [span for _index, span, _text in listed]
            return
        self._listed = rows
        row = self._row_after_change(shown)
        self.spans_list.clear()
        self._rows = []
        untimed = 0
        for index, span, text in listed:
            item = QListWidgetItem(text)
            item.setData(INDEX_ROLE, index)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            if span.time is None:
                untimed += 1
                item.setForeground(QBrush(QColor(PROBLEM_COLOUR)))
            self.spans_list.addItem(item)
            self._rows.append(span)
        self.spans_list.setCurrentRow(row)
        self._fit_list()
        self.spans_list.setVisible(bool(shown))
        self.untimed_label.setText(
            "" if not untimed else
            self.tr("No time for %n span(s): this clip's audio will not be exported. Drag over "
                    "the words' audio on the waveform (or press I and O there), choose the "
                    "span, then Set time from selection.", "", untimed))
        self.untimed_label.setVisible(bool(untimed))

    def _fit_list(self) -> None:
        """As tall as its rows (up to LIST_ROWS; it scrolls beyond)."""
        rows = min(max(self.spans_list.count(), 1), LIST_ROWS)
        row = self.spans_list.sizeHintForRow(0)
        if row <= 0:
            row = self.spans_list.fontMetrics().height() + 4
        self.spans_list.setFixedHeight(row * rows + 2 * self.spans_list.frameWidth() + 2)

    def _audio_selected(self, time: TimeRange | None) -> None:
        self.selected_audio.setText(
            translate("CriticalPanel", "Selected audio: {time}").format(time=seconds_text(time))
            if time is not None else translate("CriticalPanel", "Selected audio: none"))
        self._enable()

    def _enable(self) -> None:
        has_spans = self.spans_list.count() > 0
        self.set_time_button.setEnabled(has_spans and self.time_selection.range is not None)
        self.remove_button.setEnabled(has_spans)
        self.selected_audio.setVisible(has_spans or self.time_selection.range is not None)
        self.set_time_button.setVisible(has_spans)
        self.remove_button.setVisible(has_spans)

    # ------------------------------------------------------------------ the chosen span
    def _row_after_change(self, shown: tuple[CriticalSpan, ...]) -> int:
        """The chosen span's row once the spans are `shown`: the same row while the spans
        only moved or got a time, else the row of the same words, else none."""
        row = self.spans_list.currentRow()
        if row < 0 or row >= len(self._rows):
            return -1
        if len(shown) == len(self._rows):
            return row
        was = self._rows[row]
        return next((i for i, s in enumerate(shown)
                     if (s.start, s.end, s.category) == (was.start, was.end, was.category)), -1)

    def current_span(self) -> CriticalSpan | None:
        """The span chosen in the list, as it is now."""
        index = self._current_index()
        spans = self.model.annotation.spans
        return spans[index] if index is not None and index < len(spans) else None

    def _current_index(self) -> int | None:
        item = self.spans_list.currentItem()
        return None if item is None else int(item.data(INDEX_ROLE))

    def _target_index(self) -> int | None:
        """The span an action is for: the one chosen in the list, else the one the editor's
        cursor is in, else the only one."""
        chosen = self._current_index()
        if chosen is not None:
            return chosen
        start, end = self._selection()
        rows = [int(self.spans_list.item(r).data(INDEX_ROLE))
                for r in range(self.spans_list.count())]
        spans = self.model.annotation.spans
        for i in rows:
            if spans[i].start <= end and start <= spans[i].end:
                return i
        return rows[0] if len(rows) == 1 else None

    def _row_changed(self, row: int) -> None:
        if not self._updating:
            self._choose(row)

    def _choose(self, row: int) -> None:
        """A span chosen in the list: its time becomes the waveform's selection."""
        item = self.spans_list.item(row) if row >= 0 else None
        if item is None:
            return
        span = self.model.annotation.spans[int(item.data(INDEX_ROLE))]
        if span.time is None:
            self.model.message.emit(translate("CriticalPanel",
                    "This span has no time yet: select its audio on the "
                                    "waveform, then choose Set time from selection."))
            return
        self.time_selection.select_range(span.time)
        self.seek_requested.emit(span.time.start)

    # ------------------------------------------------------------------ view -> model
    def _critical_toggled(self, on: bool) -> None:
        if self._updating:
            return
        a = self.model.annotation
        self.model.update(replace(a, critical=on) if on else
                          replace(a, critical=False, categories=frozenset(), spans=()))

    def _category_toggled(self, category: CriticalCategory, on: bool) -> None:
        if self._updating:
            return
        a = self.model.annotation
        categories = a.categories | {category} if on else a.categories - {category}
        self.model.update(replace(a, categories=frozenset(categories)))

    def toggle(self) -> None:
        self.critical_box.toggle()

    def mark_selection(self) -> bool:
        """Mark the editor's selection with the chosen category, said in the waveform's
        selection (else when it was typed, else untimed); False when nothing was marked."""
        start, end = self._selection()
        a = self.model.annotation
        if self.model.view is None or start >= end:
            self.model.message.emit(translate("CriticalPanel",
                    "Select the words to mark first (Shift+arrow keys)."))
            return False
        if any(s.start < end and start < s.end for s in valid_spans(a)):
            self.model.message.emit(translate("CriticalPanel",
                    "Those words overlap a marked span: remove that span "
                                    "first, then mark them again."))
            return False
        category = CriticalCategory(self.mark_category.currentData())
        time = self.time_selection.range
        if time is not None:
            source = translate("CriticalPanel", "the waveform selection")
        else:
            time = self._default_time(start, end)
            source = translate("CriticalPanel", "when the words were typed")
        self.model.update(a.mark_span(start, end, category, time))
        if time is None:
            self.model.message.emit(
                translate("CriticalPanel", "Marked {category}, with no time: drag over its audio "
                          "on the waveform and choose Set time from selection, or the clip's "
                          "audio is not exported.").format(category=label(category)))
        else:
            self.time_selection.clear()  # used: the next span needs its own
            self.model.message.emit(
                translate("CriticalPanel", "Marked {category} at {time} (from {source}).").format(
                    category=label(category), time=seconds_text(time), source=source))
        return True

    def set_time_from_selection(self) -> bool:
        """Store the waveform's selection as the chosen span's time."""
        index = self._target_index()
        time = self.time_selection.range
        if index is None:
            self.model.message.emit(translate("CriticalPanel",
                    "Choose a span in the Marked spans list first."))
            return False
        if time is None:
            self.model.message.emit(translate("CriticalPanel",
                    "Select the span's audio on the waveform first: drag "
                                    "over it, or press I and O there."))
            return False
        self.model.update(self.model.annotation.with_span_time(index, time))
        self.time_selection.clear()
        self.model.message.emit(translate("CriticalPanel", "The span's time is now {time}.").format(
            time=seconds_text(time)))
        return True

    def remove_span(self) -> bool:
        """Unmark the chosen span (the critical box and categories stay as they are)."""
        index = self._target_index()
        if index is None:
            self.model.message.emit(translate("CriticalPanel",
                    "Choose a span in the Marked spans list first."))
            return False
        self.spans_list.setCurrentRow(-1)
        self.model.update(self.model.annotation.without_span(index))
        return True
