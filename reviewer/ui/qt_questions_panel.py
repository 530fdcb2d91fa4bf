"""The package's questions, rendered by kind: choice and yes/no as lists, text as a line.

Required questions carry a "*"; submitting with one unanswered is refused with a message
(the rule lives in core.annotation.submit_problems).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from reviewer.core.annotation import Annotation, Answer
from reviewer.core.package import Question, QuestionKind
from reviewer.core.review import ClipView
from reviewer.ui.qt_review_model import ReviewModel

UNANSWERED = "—"


class QuestionsPanel(QGroupBox):
    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__("Questions", parent)
        self.setAccessibleName("Questions")
        self.model = model
        self._updating = False
        self._questions: tuple[Question, ...] = ()
        self.fields: dict[str, QWidget] = {}
        self._form = QFormLayout(self)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # prompt above
        model.clip_opened.connect(self._clip_opened)
        model.annotation_changed.connect(self._show)
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
        self._questions = questions
        for q in questions:
            label_text = f"{q.prompt}{' *' if q.required else ''}"
            field: QWidget
            if q.kind is QuestionKind.TEXT:
                line = QLineEdit()
                line.textEdited.connect(lambda text, qid=q.id: self._answered(qid, text))
                field = line
            else:
                combo = QComboBox()
                combo.addItem(UNANSWERED, None)
                if q.kind is QuestionKind.BOOL:
                    combo.addItem("Yes", True)
                    combo.addItem("No", False)
                else:
                    for option in q.options:
                        combo.addItem(option, option)
                combo.activated.connect(
                    lambda _i, qid=q.id, c=combo: self._answered(qid, c.currentData()))
                field = combo
            label = QLabel(label_text)
            label.setWordWrap(True)
            label.setBuddy(field)
            field.setAccessibleName(label_text)
            self.fields[q.id] = field
            self._form.addRow(label, field)

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
