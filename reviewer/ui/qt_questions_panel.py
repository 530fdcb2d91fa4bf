"""The package's questions, rendered by kind: choice and yes/no as lists, text as a line.

Required questions carry a "*"; submitting with one unanswered is refused with a message
(the rule lives in core.annotation.submit_problems). Each of the first nine names the key
that answers it (qt_shortcuts.question_action_id; as remapped, and again on keys_changed).
In tab order the fields come straight after `tab_after` (the review page passes the
transcript), so Tab goes transcript, questions, then the flags.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from reviewer.core.annotation import Annotation, Answer
from reviewer.core.package import Question, QuestionKind
from reviewer.core.review import ClipView
from reviewer.ui.i18n import translate
from reviewer.ui.qt_review_model import ReviewModel
from reviewer.ui.qt_shortcuts import QUESTION_KEYS, ShortcutRegistry, question_action_id
from reviewer.ui.wording import ANSWER_NO, ANSWER_YES, with_key

UNANSWERED = "—"


class QuestionsPanel(QGroupBox):
    def __init__(self, model: ReviewModel, shortcuts: ShortcutRegistry | None = None,
                 parent: QWidget | None = None, tab_after: QWidget | None = None) -> None:
        super().__init__(translate("QuestionsPanel", "Questions"), parent)
        self.setAccessibleName(translate("QuestionsPanel", "Questions"))
        self.model = model
        self._shortcuts = shortcuts
        self._tab_after = tab_after
        self._updating = False
        self._questions: tuple[Question, ...] = ()
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._form = QFormLayout(self)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # prompt above
        model.clip_opened.connect(self._clip_opened)
        model.annotation_changed.connect(self._show)
        if shortcuts is not None:
            shortcuts.keys_changed.connect(self._show_keys)
        self._clip_opened(model.view)

    def _clip_opened(self, view: ClipView | None) -> None:
        questions = view.questions if view else ()
        if questions != self._questions:
            self._rebuild(questions)
        self.setVisible(bool(questions))
        self._show(self.model.annotation)

    def _rebuild(self, questions: tuple[Question, ...]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.fields = {}
        self.labels = {}
        self._questions = questions
        previous = self._tab_after  # fields are made last: put them back in reading order
        for q in questions:
            field: QWidget
            if q.kind is QuestionKind.TEXT:
                line = QLineEdit()
                line.textEdited.connect(lambda text, qid=q.id: self._answered(qid, text))
                field = line
            else:
                combo = QComboBox()
                combo.addItem(UNANSWERED, None)
                if q.kind is QuestionKind.BOOL:
                    combo.addItem(ANSWER_YES, True)
                    combo.addItem(ANSWER_NO, False)
                else:
                    for option in q.options:
                        combo.addItem(option, option)
                combo.activated.connect(
                    lambda _i, qid=q.id, c=combo: self._answered(qid, c.currentData()))
                field = combo
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)  # the organisation's text, as written
            label.setWordWrap(True)
            label.setBuddy(field)
            self.fields[q.id] = field
            self.labels[q.id] = label
            self._form.addRow(label, field)
            if previous is not None:
                QWidget.setTabOrder(previous, field)
            previous = field
        self._show_keys()

    def _show_keys(self) -> None:
        """Each prompt names the key that answers it now (none when unbound or past nine);
        the field is named as its label reads."""
        for number, q in enumerate(self._questions, start=1):
            keys = ""
            if self._shortcuts is not None and number <= QUESTION_KEYS:
                keys = self._shortcuts.key_text(question_action_id(number))
            text = with_key(f"{q.prompt}{' *' if q.required else ''}", keys)
            self.labels[q.id].setText(text)
            self.fields[q.id].setAccessibleName(text)

    def _show(self, annotation: Annotation) -> None:
        self._updating = True
        try:
            for qid, field in self.fields.items():
                value = annotation.answers.get(qid)
                if isinstance(field, QLineEdit):
                    if field.text() != (value or ""):
                        field.setText(str(value or ""))
                elif isinstance(field, QComboBox):
                    i = field.findData(value) if value is not None else 0
                    field.setCurrentIndex(max(i, 0))
        finally:
            self._updating = False

    def _answered(self, qid: str, value: Answer | None) -> None:
        if self._updating:
            return
        answers = dict(self.model.annotation.answers)
        if value is None or (isinstance(value, str) and not value.strip()):
            answers.pop(qid, None)
        else:
            answers[qid] = value
        self.model.update(replace(self.model.annotation, answers=answers))

    def first_field(self) -> QWidget | None:
        return next(iter(self.fields.values()), None)

    def focus_field(self, question_id: str) -> None:
        """Put the keyboard in a question's field, with its focus ring showing."""
        field = self.fields.get(question_id)
        if field is not None and self.isVisible():
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
