"""The reviewer window: welcome view or the review loop, menus, status bar.

Composition of the views around one ReviewModel; every slow call goes through Operations.
Escalate… shows only for a backend that can escalate; in demo mode the Help menu (and the
banner's link) adds the demo lead's help and desk (qt_demo_lead).

Signals:
    import_finished(bool): an import ended (True when clips were added).
    export_finished(bool): an export ended (True when written).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.annotation import SkipReason, SubmitProblem
from reviewer.core.package import QuestionKind
from reviewer.ui.accessibility import status_label
from reviewer.ui.backend import WorkspaceBackend
from reviewer.ui.i18n import translate
from reviewer.ui.qt_common import focus_visibly
from reviewer.ui.qt_escalate_dialog import EscalationController
from reviewer.ui.qt_export_dialog import ExportChoice
from reviewer.ui.qt_flags_panel import SkipChoice, SkipDialog
from reviewer.ui.qt_operations import Operations
from reviewer.ui.qt_package_flows import PackageFlows, PathChooser
from reviewer.ui.qt_pedals import install_pedals
from reviewer.ui.qt_review_model import ReviewModel
from reviewer.ui.qt_review_page import ReviewPage
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import SettingsDialog, ShortcutsDialog
from reviewer.ui.qt_shortcuts import (
    FLAG_ACTIONS,
    MENUS,
    QUESTION_KEYS,
    ShortcutRegistry,
    menu_title,
    question_action_id,
    tag_action_id,
)
from reviewer.ui.qt_status_line import StatusLine
from reviewer.ui.qt_welcome_view import WelcomeView
from reviewer.ui.qt_wellbeing import Wellbeing
from reviewer.ui.tags import TAGS
from reviewer.ui.wording import answered, no_such_question, not_submitted, save_state_text

if TYPE_CHECKING:
    from reviewer.ui.qt_sync import SyncController

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    import_finished = Signal(bool)
    export_finished = Signal(bool)

    def __init__(self, backend: WorkspaceBackend, settings: UiSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MainWindow", "Reviewer"))
        self.backend = backend
        self.settings = settings or UiSettings(parent=self)
        self.ops = Operations(self)
        self.model = ReviewModel(backend, self.ops, self)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a bound slot: disconnected with the window
            app.applicationStateChanged.connect(self._application_state_changed)
        self.shortcuts = ShortcutRegistry(self, self.settings)
        self._shown_active = False  # the window has not been in front yet
        # Asks why (the preset reason first); a SkipChoice, a bare SkipReason, or None.
        self.choose_skip_reason: Callable[[SkipReason], SkipChoice | SkipReason | None] = (
            self._ask_skip)

        self.notice = QLabel(backend.notice)
        self.notice.setWordWrap(True)
        status_label(self.notice, translate("MainWindow", "Notice"))
        self.notice.setVisible(bool(backend.notice))
        self.notice.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-left: 4px solid palette(highlight); border-radius: 3px; padding: 6px; }")

        self.welcome = WelcomeView(demo_available=backend.demo_package() is not None
                                   or backend.capabilities.launch_demo is not None,
                                   setup_hint=backend.setup_hint, shortcuts=self.shortcuts)
        self.review = ReviewPage(self.model, backend, self.settings, self.shortcuts)
        self._expose_page(self.review)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.review)
        self.review.is_current = lambda: self.stack.currentWidget() is self.review
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = StatusLine(self.statusBar(), self.model)
        self.save_label, self.counts_label = self.status.save_label, self.status.counts_label
        self.import_label, self.import_bar = self.status.import_label, self.status.import_bar
        self.flows = PackageFlows(self)
        self.import_from = self.flows.import_from
        self.import_package, self.import_demo = self.flows.import_package, self.flows.import_demo
        self.export_results = self.flows.export_results
        self.sync: SyncController | None = None
        exchange = backend.capabilities.exchange
        if exchange is not None:  # an S3 exchange: sync runs beside the window
            from reviewer.ui.qt_sync import SyncController

            self.sync = SyncController(self, exchange)
        self.escalation: EscalationController | None = None
        escalate = backend.capabilities.escalate
        if escalate is not None:
            self.escalation = EscalationController(
                self, backend.player, escalate, lambda: self.model.current_id,
                self.ops, before=self.model.save_now, playback=self.player_widget)
        self.escalate_button.setVisible(self.escalation is not None)
        self._build_menus()
        self._connect()
        self._build_demo_lead()
        self.pedals = install_pedals(self)  # None unless the backend offers a pedal source
        self.wellbeing = Wellbeing(self)
        self.resize(1180, 760)
        self.model.refresh_queue()
        self.show_stack()
        if self.model.counts().total:
            self.model.open_first()
        if self.sync is not None:
            QTimer.singleShot(0, self.sync.begin)

    def _expose_page(self, page: ReviewPage) -> None:
        """The page's parts, under the names the window has always offered."""
        self.queue_view, self.clip_title = page.queue_view, page.clip_title
        self.time_selection, self.player_widget = page.time_selection, page.player_widget
        self.warning_panel, self.editor = page.warning_panel, page.editor
        self.critical, self.flags, self.questions = page.critical, page.flags, page.questions
        self.problems, self.skip_button = page.problems, page.skip_button
        self.submit_button, self.escalate_button = page.submit_button, page.escalate_button

    # The seams tests replace, kept on the window (the flows read them from there).
    @property
    def choose_import_path(self) -> PathChooser:
        return self.flows.choose_import_path

    @choose_import_path.setter
    def choose_import_path(self, chooser: PathChooser) -> None:
        self.flows.choose_import_path = chooser

    @property
    def choose_export(self) -> Callable[[], ExportChoice | None]:
        return self.flows.choose_export

    @choose_export.setter
    def choose_export(self, chooser: Callable[[], ExportChoice | None]) -> None:
        self.flows.choose_export = chooser

    @property
    def refused_dialog(self) -> object:
        return self.flows.refused_dialog

    # ------------------------------------------------------------------ building
    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        """The clip clock counts only while the app is in front (and no break is on)."""
        self.wellbeing.set_app_active(state == Qt.ApplicationState.ApplicationActive)

    def _build_menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
        for title, ids in MENUS.items():
            menu = self.menus[title] = self.menuBar().addMenu(menu_title(title))
            for action_id in ids:
                if action_id is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.shortcuts.actions[action_id])

    def _build_demo_lead(self) -> None:
        """Demo only: the demo lead's help and desk (Help menu, and a link in the banner).
        Imported only then: the lead's window and gate are a fifth of a cold start."""
        self.demo_lead = None
        if self.backend.capabilities.demo_lead is None:
            return
        from reviewer.ui.qt_demo_lead import install_demo_lead

        self.demo_lead = install_demo_lead(self, self.menus["&Help"], self.notice)

    def show_demo_help(self) -> None:
        if self.demo_lead is not None:
            self.demo_lead.show_help()

    def _connect(self) -> None:
        a, m, p = self.shortcuts.actions, self.model, self.player_widget
        a["play_pause"].triggered.connect(self._play_pause)
        a["jump_back"].triggered.connect(lambda: p.jump(-1))
        a["jump_forward"].triggered.connect(lambda: p.jump(+1))
        a["speed_up"].triggered.connect(lambda: p.change_speed(+1))
        a["speed_down"].triggered.connect(lambda: p.change_speed(-1))
        a["replay"].triggered.connect(p.replay)
        a["replay_last"].triggered.connect(p.replay_last)
        a["spectrogram"].triggered.connect(p.toggle_spectrogram)
        a["submit_next"].triggered.connect(self.submit)
        a["accept_submit"].triggered.connect(self.accept_and_submit)
        a["copy_answers"].triggered.connect(self.copy_answers)
        for number in range(1, QUESTION_KEYS + 1):
            a[question_action_id(number)].triggered.connect(
                lambda _c=False, n=number: self.answer_question(n))
        a["start_from_auto"].triggered.connect(self.editor.start_from_reference)
        a["toggle_critical"].triggered.connect(self.critical.toggle)
        a["mark_critical"].triggered.connect(self.critical.mark_selection)
        a["span_time"].triggered.connect(self.critical.set_time_from_selection)
        a["remove_span"].triggered.connect(self.critical.remove_span)
        self.critical.seek_requested.connect(p.seek)
        self.critical.spans_shown.connect(p.waveform.set_spans)
        for action_id, flag in FLAG_ACTIONS.items():
            a[action_id].triggered.connect(lambda _c=False, f=flag: self.flags.toggle(f))
        for tag in TAGS:
            a[tag_action_id(tag)].triggered.connect(
                lambda _c=False, t=tag: self.editor.insert_tag(t))
        a["skip"].triggered.connect(self.skip)
        if self.escalation is not None:
            a["escalate"].triggered.connect(self.escalate)
            self.escalate_button.clicked.connect(self.escalate)
            self.escalation.escalated.connect(lambda local_id, _r: self.model.leave_clip(local_id))
            self.escalation.refused.connect(lambda local_id, _m: self.model.leave_clip(local_id))
        else:  # escalation needs the escalation workflow; absent rather than fake
            a["escalate"].setVisible(False)
            a["escalate"].setEnabled(False)
        a["previous_clip"].triggered.connect(lambda: m.step(-1))
        a["next_clip"].triggered.connect(lambda: m.step(+1))
        a["focus_transcript"].triggered.connect(lambda: focus_visibly(self.editor.editor))
        a["focus_queue"].triggered.connect(lambda: focus_visibly(self.queue_view.list))
        a["focus_questions"].triggered.connect(self.review.focus_questions)
        a["toggle_unfinished"].triggered.connect(self.queue_view.unfinished_only.toggle)
        a["import"].triggered.connect(self.import_package)
        a["export"].triggered.connect(self.export_results)
        a["settings"].triggered.connect(self.open_settings)
        a["quit"].triggered.connect(self.close)
        a["help_keys"].triggered.connect(
            lambda: ShortcutsDialog(self.settings, self).exec())
        self.submit_button.clicked.connect(self.submit)
        self.skip_button.clicked.connect(self.skip)
        self.welcome.import_requested.connect(self.import_package)
        self.welcome.demo_requested.connect(self.import_demo)
        self.warning_panel.skip.connect(lambda: self.model.skip(SkipReason.DISTRESSING))
        m.submit_refused.connect(self._submit_refused)
        # A note is about the clip it was said on: the next clip starts without it (notes
        # that come with the opening, such as a refused submit, are shown after it).
        m.clip_opened.connect(lambda _view: self.statusBar().clearMessage())
        m.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        m.queue_changed.connect(self.show_stack)

    # ------------------------------------------------------------------ review loop
    def show_stack(self) -> None:
        has_clips = self.model.counts().total > 0
        self.stack.setCurrentWidget(self.review if has_clips else self.welcome)
        for action_id in ("submit_next", "accept_submit", "skip", "export"):
            self.shortcuts[action_id].setEnabled(has_clips)
        if self.escalation is not None:
            self.shortcuts["escalate"].setEnabled(has_clips)

    def focus_work(self) -> None:
        """Put the keyboard where the work is: the warning's choices, else the transcript."""
        self.activateWindow()
        if self.stack.currentWidget() is self.review and self.model.view is not None:
            self.review.focus_work()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The first time the window comes to the front, the focus the window manager restores
        # carries no ring: put the keyboard where the work is again, visibly.
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and not self._shown_active):
            self._shown_active = True
            self.focus_work()

    def _play_pause(self) -> None:
        if self.warning_panel.isVisible():
            return  # never plays before the reviewer chose to listen
        self.player_widget.toggle()

    def submit(self) -> None:
        if self.model.view is None or self.warning_panel.isVisible():
            return
        self.model.submit()

    def accept_and_submit(self) -> None:
        """The automatic transcript (when nothing is typed) and submit, in one key."""
        if self.model.view is None or self.warning_panel.isVisible():
            return
        self.model.accept_and_submit()

    def answer_question(self, number: int) -> None:
        """A question's key: a yes/no or choice question takes its next answer (said in the
        status bar); a text question takes the keyboard."""
        view = self.model.view
        if view is None:
            return
        if number > len(view.questions):
            self.statusBar().showMessage(no_such_question(number), 8000)
            return
        question = view.questions[number - 1]
        if question.kind is QuestionKind.TEXT:
            self.questions.focus_field(question.id)
            return
        value = self.model.cycle_answer(question.id)
        self.statusBar().showMessage(answered(question, value), 8000)

    def copy_answers(self) -> None:
        if self.model.view is not None:
            self.model.copy_previous_answers()

    def skip(self) -> None:
        if self.model.view is None:
            return
        preset = (SkipReason.DISTRESSING if self.model.view.summary.content_warning
                  else SkipReason.CANT_HEAR)
        chosen = self.choose_skip_reason(preset)
        if isinstance(chosen, SkipReason):
            chosen = SkipChoice(chosen)
        if chosen is not None:
            self.model.skip(chosen.reason, chosen.note)
        QTimer.singleShot(0, self.focus_work)  # back from the dialog

    def escalate(self) -> None:
        if self.escalation is not None and self.model.view is not None:
            self.escalation.trigger()
            QTimer.singleShot(0, self.focus_work)

    def _ask_skip(self, preset: SkipReason) -> SkipChoice | None:
        dialog = SkipDialog(self, preset)
        return dialog.choice() if dialog.exec() == SkipDialog.DialogCode.Accepted else None

    def _submit_refused(self, problems: list[SubmitProblem]) -> None:
        self.review.show_refusal(problems)
        first = not_submitted(problems[:1], self.review.questions_of_open_clip())
        self.statusBar().showMessage(first, 8000)

    # ------------------------------------------------------------------ settings, closing
    def open_settings(self) -> None:
        SettingsDialog(self.settings, self.backend.player, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sync is not None:  # no orphan: sync ends with the window
            self.sync.stop()
        self.model.save_now()
        self.ops.shutdown()
        if self.model.has_unsaved:
            QMessageBox.warning(
                self, translate("MainWindow", "Not saved"),
                translate("MainWindow", "Some of your work could not be saved: {state}").format(
                    state=save_state_text(self.model.save_state)))
        self.backend.player.stop()
        if self.demo_lead is not None:
            self.demo_lead.close()
        event.accept()
