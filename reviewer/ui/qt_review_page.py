"""The review page: the queue beside the open clip (title, content warning, player,
transcript editor), its side column (critical data, flags, questions) and the actions row.

It shows what the ReviewModel says about the open clip; the window wires actions to it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.annotation import SubmitProblem
from reviewer.core.package import Question
from reviewer.core.review import ClipView
from reviewer.core.time_selection import TimeSelection
from reviewer.ui.accessibility import announce, status_label
from reviewer.ui.backend import WorkspaceBackend
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, clock, number, translate
from reviewer.ui.qt_common import button, focus_visibly, problem_label
from reviewer.ui.qt_content_warning import ContentWarningPanel
from reviewer.ui.qt_critical_panel import CriticalPanel
from reviewer.ui.qt_flags_panel import FlagsPanel
from reviewer.ui.qt_player_widget import PlayerWidget
from reviewer.ui.qt_questions_panel import QuestionsPanel
from reviewer.ui.qt_queue_view import QueueView
from reviewer.ui.qt_review_model import ReviewModel
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_shortcuts import ShortcutRegistry
from reviewer.ui.qt_transcript_editor import TranscriptEditor
from reviewer.ui.wording import not_submitted, with_key

ESCALATE_TIP = QT_TRANSLATE_NOOP("ReviewPage",
        "Distressing or possibly criminal content: seal this clip to the leads")


class ReviewPage(QSplitter):
    def __init__(self, model: ReviewModel, backend: WorkspaceBackend, settings: UiSettings,
                 shortcuts: ShortcutRegistry) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.model = model
        self.settings = settings
        self.warning_acknowledged: set[int] = set()
        # Whether this page is the one shown (the window's stack says; set by the window).
        self.is_current: Callable[[], bool] = lambda: True
        self.queue_view = QueueView(model)
        self.clip_title = QLabel()
        status_label(self.clip_title, translate("ReviewPage", "Current clip"))
        title_font = self.clip_title.font()
        title_font.setBold(True)
        self.clip_title.setFont(title_font)
        # The waveform's selection: shared by the player (loop) and the critical panel.
        self.time_selection = TimeSelection()
        self.player_widget = PlayerWidget(backend.player, settings,
                                          selection=self.time_selection, operations=model.ops)
        self.warning_panel = ContentWarningPanel()
        self.warning_panel.setVisible(False)
        self.editor = TranscriptEditor(model, shortcuts,
                                       playback_position=self.player_widget.heard_position)
        # Made in tab order: transcript, questions, flags, critical data, then the actions.
        self.questions = QuestionsPanel(model, shortcuts, tab_after=self.editor.editor)
        self.flags = FlagsPanel(model, shortcuts)
        self.critical = CriticalPanel(model, self.editor.selection, shortcuts=shortcuts,
                                      time_selection=self.time_selection,
                                      default_time=self.editor.default_time)
        # Announced as it appears; beside the actions, which keep their place meanwhile.
        self.problems = problem_label(translate("ReviewPage", "Problems"), keep_room=True)
        self.skip_button = button(QPushButton(), translate("ReviewPage", "Skip…"), translate(
                "ReviewPage", "Skip this clip with a reason"))
        self.submit_button = button(QPushButton(), translate("ReviewPage", "Submit and next"),
                                    translate("ReviewPage",
                                            "Save this clip as done and open the next one"))
        self.submit_button.setDefault(True)
        self.escalate_button = button(QPushButton(), translate("ReviewPage", "Escalate…"))
        self._shortcuts = shortcuts
        shortcuts.keys_changed.connect(self._show_keys)
        self._show_keys()
        self._lay_out()
        model.clip_opened.connect(self._clip_opened)
        model.audio_ready.connect(self._audio_ready)
        model.preloaded.connect(lambda local_id: self.player_widget.prepare(str(local_id)))
        model.annotation_changed.connect(lambda _a: self.problems.clear())
        self.warning_panel.listen.connect(self._warning_listen)
        self.warning_panel.read_first.connect(self._warning_read)

    def _show_keys(self) -> None:
        """The escalate button's tooltip names its key as it is now (none when unbound)."""
        self.escalate_button.setToolTip(
            with_key(translate("ReviewPage", ESCALATE_TIP), self._shortcuts.key_text("escalate")))

    def _lay_out(self) -> None:
        # Side column, read (and tabbed through) after the transcript: the questions, the
        # flags, critical data; then the actions.
        side = QWidget()
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(0, 0, 0, 0)
        side_col.setSpacing(4)
        side_col.addWidget(self.questions)
        side_col.addWidget(self.flags)
        side_col.addWidget(self.critical)
        side_col.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed stop on the way
        self._side, self._side_scroll = side, side_scroll
        self._fit_side()
        actions = QHBoxLayout()
        actions.addWidget(self.problems, 1)
        actions.addWidget(self.escalate_button)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.submit_button)
        main = QWidget()
        col = QVBoxLayout(main)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.clip_title)
        col.addWidget(self.warning_panel)
        col.addWidget(self.player_widget)
        col.addWidget(self.editor, 1)
        col.addStretch(0)  # takes the room while the warning hides the player and editor
        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        work = QHBoxLayout()
        work.addWidget(main, 1)
        work.addWidget(side_scroll)
        right_col.addLayout(work, 1)
        right_col.addLayout(actions)
        self.addWidget(self.queue_view)
        self.addWidget(right)
        self.setStretchFactor(1, 1)
        self.setSizes([250, 950])

    def _fit_side(self) -> None:
        """The side column is as wide as its content needs (it grows with the font size)."""
        bar = self._side_scroll.verticalScrollBar().sizeHint().width()
        self._side_scroll.setMinimumWidth(self._side.minimumSizeHint().width() + bar + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_side"):
            self._fit_side()

    # ------------------------------------------------------------------ the open clip
    def _clip_opened(self, view: ClipView | None) -> None:
        self.problems.clear()
        has_clip = view is not None
        self.submit_button.setEnabled(has_clip)
        self.skip_button.setEnabled(has_clip)
        self.escalate_button.setEnabled(has_clip)
        self.player_widget.unloaded()
        if view is None:
            self.clip_title.setText(translate("ReviewPage", "No clip open"))
            self.set_warning(False)
            return
        s = view.summary
        clip = translate("ReviewPage", "Clip {ordinal} / {total} · {duration}").format(
            ordinal=number(s.ordinal), total=number(s.package_total),
            duration=clock(s.duration))
        if self.model.counts().packages > 1:
            clip = translate("ReviewPage", "Package {package} · {clip}").format(
                package=number(s.package_number), clip=clip)
        self.clip_title.setText(clip)
        if self.is_current():
            announce(self, QCoreApplication.translate(
                "ReviewPage", "Clip {ordinal} of {total}, {seconds} seconds").format(
                ordinal=s.ordinal, total=s.package_total, seconds=f"{s.duration:.1f}"))
        self.player_widget.set_policy(view.policy)
        warn = s.content_warning and s.local_id not in self.warning_acknowledged
        self.set_warning(warn)
        if not warn and self.is_current():
            focus_visibly(self.editor.editor)

    def focus_work(self) -> None:
        """The keyboard where the work is: the warning's choices, else the transcript."""
        if self.warning_panel.isVisible():
            focus_visibly(self.warning_panel.read_button)
        else:
            focus_visibly(self.editor.editor)

    def focus_questions(self) -> None:
        view = self.model.view
        if view is not None and view.questions:
            self.questions.focus_field(view.questions[0].id)

    def set_warning(self, on: bool) -> None:
        self.warning_panel.setVisible(on)
        self.player_widget.setVisible(not on)
        self.editor.setVisible(not on)
        if on:
            focus_visibly(self.warning_panel.read_button)

    def _audio_ready(self, local_id: int) -> None:
        self.player_widget.loaded()
        view = self.model.view
        if view is None or view.summary.local_id != local_id:
            return
        if self.settings.autoplay and not view.summary.content_warning:
            self.player_widget.autoplay()  # waits while a dialog or a break holds playback

    def _warning_listen(self) -> None:
        if self.model.current_id is not None:
            self.warning_acknowledged.add(self.model.current_id)
        self.set_warning(False)
        self.player_widget.play()
        focus_visibly(self.editor.editor)

    def _warning_read(self) -> None:
        if self.model.current_id is not None:
            self.warning_acknowledged.add(self.model.current_id)
        self.set_warning(False)
        focus_visibly(self.editor.reference)

    def show_refusal(self, problems: list[SubmitProblem]) -> None:
        """The problems that blocked submitting, worded with the open clip's questions."""
        self.problems.setText(not_submitted(problems, self.questions_of_open_clip()))

    def questions_of_open_clip(self) -> tuple[Question, ...]:
        view = self.model.view
        return view.questions if view is not None else ()
