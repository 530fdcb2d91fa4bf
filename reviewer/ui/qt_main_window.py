"""The reviewer window: welcome view or the review loop, menus, status bar.

Composition of the views around one ReviewModel; every slow call goes through Operations.
Escalate… shows only for a backend that can escalate; in demo mode the Help menu (and the
banner's link) adds the demo lead's help and desk (qt_demo_lead).

Signals:
    import_finished(bool): an import ended (True when clips were added).
    export_finished(bool): an export ended (True when written).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.annotation import SkipReason
from reviewer.core.gate_report import PackageRefused
from reviewer.core.review import ClipView, StatusCounts
from reviewer.core.time_selection import TimeSelection
from reviewer.ui.backend import ExportSummary, ImportSummary, WorkspaceBackend
from reviewer.ui.qt_common import PROBLEM_COLOUR, button
from reviewer.ui.qt_content_warning import ContentWarningPanel
from reviewer.ui.qt_critical_panel import CriticalPanel
from reviewer.ui.qt_demo_lead import DemoLeadDesk
from reviewer.ui.qt_escalate_dialog import EscalationController
from reviewer.ui.qt_export_dialog import ExportChoice, ExportDialog
from reviewer.ui.qt_flags_panel import FlagsPanel, SkipDialog
from reviewer.ui.qt_operations import BULK_LANE, Operations, run_on_main
from reviewer.ui.qt_player_widget import PlayerWidget
from reviewer.ui.qt_questions_panel import QuestionsPanel
from reviewer.ui.qt_queue_view import QueueView
from reviewer.ui.qt_review_model import ReviewModel, reason_text
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import SettingsDialog, ShortcutsDialog
from reviewer.ui.qt_shortcuts import FLAG_ACTIONS, ShortcutRegistry
from reviewer.ui.qt_welcome_view import RefusedDialog, WelcomeView
from reviewer.ui.tags import TAGS
from reviewer.ui.text_model import format_clock

log = logging.getLogger(__name__)

PathChooser = Callable[[], Path | None]


class MainWindow(QMainWindow):
    import_finished = Signal(bool)
    export_finished = Signal(bool)

    def __init__(self, backend: WorkspaceBackend, settings: UiSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reviewer")
        self.backend = backend
        self.settings = settings or UiSettings(parent=self)
        self.ops = Operations(self)
        self.model = ReviewModel(backend, self.ops, self)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a bound slot: disconnected with the window
            app.applicationStateChanged.connect(self._application_state_changed)
        self.shortcuts = ShortcutRegistry(self, self.settings)
        self.choose_import_path: PathChooser = self._ask_import_path
        self.choose_export: Callable[[], ExportChoice | None] = (
            lambda: ExportDialog.ask(self.settings, self))
        self.choose_skip_reason: Callable[[SkipReason], SkipReason | None] = self._ask_skip
        self._warning_acknowledged: set[int] = set()

        self.notice = QLabel(backend.notice)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Notice")
        self.notice.setVisible(bool(backend.notice))
        self.notice.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-left: 4px solid palette(highlight); border-radius: 3px; padding: 6px; }")

        self._launch_demo = backend.capabilities.launch_demo
        self.welcome = WelcomeView(demo_available=backend.demo_package() is not None
                                   or self._launch_demo is not None,
                                   setup_hint=backend.setup_hint)
        self.review = self._build_review()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.review)
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self._build_demo_lead()
        self.resize(1180, 760)
        self.model.refresh_queue()
        self._show_stack()
        if self.model.queue:
            self.model.open_first()

    # ------------------------------------------------------------------ building
    def _build_review(self) -> QWidget:
        model = self.model
        self.queue_view = QueueView(model)
        self.clip_title = QLabel()
        self.clip_title.setAccessibleName("Current clip")
        title_font = self.clip_title.font()
        title_font.setBold(True)
        self.clip_title.setFont(title_font)
        # The waveform's selection: shared by the player (loop) and the critical panel.
        self.time_selection = TimeSelection()
        self.player_widget = PlayerWidget(self.backend.player, self.settings,
                                          selection=self.time_selection)
        self.warning_panel = ContentWarningPanel()
        self.warning_panel.setVisible(False)
        from reviewer.ui.qt_transcript_editor import TranscriptEditor

        self.editor = TranscriptEditor(model, self.shortcuts.owns,
                                       playback_position=self.player_widget.heard_position)
        self.critical = CriticalPanel(model, self.editor.selection,
                                      time_selection=self.time_selection,
                                      default_time=self.editor.default_time)
        self.flags = FlagsPanel(model)
        self.questions = QuestionsPanel(model)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName("Problems")
        self.problems.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.skip_button = button(QPushButton(), "Skip…", "Skip this clip with a reason")
        self.submit_button = button(QPushButton(), "Submit and next",
                                    "Save this clip as done and open the next one")
        self.submit_button.setDefault(True)
        self.escalate_button = button(QPushButton(), "Escalate…",
                                      "Distressing or possibly criminal content: seal this clip "
                                      "to the leads (Ctrl+Shift+E)")
        escalate = self.backend.capabilities.escalate
        self.escalation: EscalationController | None = None
        if escalate is not None:
            self.escalation = EscalationController(
                self, self.backend.player, escalate, lambda: self.model.current_id,
                self.ops, before=self.model.save_now)
        self.escalate_button.setVisible(self.escalation is not None)

        # Side column, read after the transcript: critical data, flags, questions, actions.
        side = QWidget()
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(0, 0, 0, 0)
        side_col.addWidget(self.critical)
        side_col.addWidget(self.flags)
        side_col.addWidget(self.questions)
        side_col.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.queue_view)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 950])
        return split

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        self.model.set_clock_running(state == Qt.ApplicationState.ApplicationActive)

    def _fit_side(self) -> None:
        """The side column is as wide as its content needs (it grows with the font size)."""
        bar = self._side_scroll.verticalScrollBar().sizeHint().width()
        self._side_scroll.setMinimumWidth(self._side.minimumSizeHint().width() + bar + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_side"):
            self._fit_side()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.save_label = QLabel("Saved")
        self.save_label.setAccessibleName("Autosave")
        self.clip_time_label = QLabel()
        self.clip_time_label.setAccessibleName("Time on this clip")
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName("Session progress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setAccessibleName("Session progress bar")
        self.progress_bar.setFormat("%p% finished")
        self.import_label = QLabel()
        self.import_label.setAccessibleName("Import progress")
        self.import_bar = QProgressBar()
        self.import_bar.setMaximumWidth(200)
        self.import_bar.setTextVisible(False)
        self.import_bar.setAccessibleName("Import progress bar")
        for w in (self.import_label, self.import_bar):
            bar.addWidget(w)
            w.setVisible(False)
        for w in (self.counts_label, self.progress_bar, self.clip_time_label, self.save_label):
            bar.addPermanentWidget(w)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._update_clip_time)
        self._clock.start()

    def _build_menus(self) -> None:
        a = self.shortcuts.actions
        menus: dict[str, list[str | None]] = {
            "&File": ["import", "export", None, "settings", None, "quit"],
            "&Playback": ["play_pause", "jump_back", "jump_forward", "replay", None,
                          "speed_down", "speed_up"],
            "&Review": ["submit_next", "skip", "escalate", None, "start_from_auto", *(
                f"tag_{t.strip('[]')}" for t in TAGS), None, "toggle_critical",
                "mark_critical", "span_time", "remove_span", None, *FLAG_ACTIONS],
            "&Go": ["previous_clip", "next_clip", None, "focus_queue", "focus_transcript",
                    "focus_questions", "toggle_unfinished"],
            "&Help": ["help_keys"],
        }
        self.menus: dict[str, QMenu] = {}
        for title, ids in menus.items():
            menu = self.menus[title] = self.menuBar().addMenu(title)
            for action_id in ids:
                if action_id is None:
                    menu.addSeparator()
                else:
                    menu.addAction(a[action_id])

    def _build_demo_lead(self) -> None:
        """Demo only: the demo lead's help and desk (Help menu, and a link in the banner)."""
        source = self.backend.capabilities.demo_lead
        self.demo_lead: DemoLeadDesk | None = None
        if source is None:
            return
        self.demo_lead = DemoLeadDesk(self, source, self.backend.player, self.settings)
        help_menu = self.menus["&Help"]
        help_menu.addSeparator()
        self.demo_help_action = help_menu.addAction("About the &demo…")
        self.demo_help_action.triggered.connect(self.demo_lead.show_help)
        self.demo_desk_action = help_menu.addAction("Demo &lead desk…")
        self.demo_desk_action.setStatusTip("Open the demo lead's window on the cases you "
                                           "escalated (demo only)")
        self.demo_desk_action.triggered.connect(self.demo_lead.open_desk)
        self.player_widget.state_changed.connect(self.demo_lead.reviewer_state)
        lines = [html.escape(line) for line in self.backend.notice.splitlines()]
        link = ('<a href="#demo-help">How to try escalation and the lead side, with the demo '
                'lead\'s passphrase and code…</a>')
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setText("<br>".join([*lines, link]))
        self.notice.setVisible(True)
        self.notice.linkActivated.connect(lambda _href: self.show_demo_help())

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
        a["submit_next"].triggered.connect(self.submit)
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
            a[f"tag_{tag.strip('[]')}"].triggered.connect(
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
        a["focus_transcript"].triggered.connect(self.editor.editor.setFocus)
        a["focus_queue"].triggered.connect(self.queue_view.list.setFocus)
        a["focus_questions"].triggered.connect(self._focus_questions)
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
        self.warning_panel.listen.connect(self._warning_listen)
        self.warning_panel.read_first.connect(self._warning_read)
        self.warning_panel.skip.connect(lambda: self.model.skip(SkipReason.DISTRESSING))
        m.clip_opened.connect(self._clip_opened)
        m.audio_ready.connect(self._audio_ready)
        m.save_state_changed.connect(self._save_state)
        m.counts_changed.connect(self._counts)
        m.submit_refused.connect(self._submit_refused)
        m.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        m.queue_changed.connect(self._show_stack)
        m.annotation_changed.connect(lambda _a: self.problems.clear())

    # ------------------------------------------------------------------ review loop
    def _show_stack(self) -> None:
        self.stack.setCurrentWidget(self.review if self.model.queue else self.welcome)
        for action_id in ("submit_next", "skip", "export"):
            self.shortcuts[action_id].setEnabled(bool(self.model.queue))
        if self.escalation is not None:
            self.shortcuts["escalate"].setEnabled(bool(self.model.queue))

    def _clip_opened(self, view: ClipView | None) -> None:
        self.problems.clear()
        has_clip = view is not None
        self.submit_button.setEnabled(has_clip)
        self.skip_button.setEnabled(has_clip)
        self.escalate_button.setEnabled(has_clip)
        if view is None:
            self.clip_title.setText("No clip open")
            self.player_widget.unloaded()
            self._set_warning(False)
            return
        s = view.summary
        packages = len({c.package_number for c in self.model.queue})  # no store query
        where = f"Package {s.package_number} · " if packages > 1 else ""
        self.clip_title.setText(f"{where}Clip {s.ordinal} / {s.package_total} · "
                                f"{format_clock(s.duration)}")
        self.player_widget.unloaded()
        self.player_widget.set_policy(view.policy)
        warn = s.content_warning and s.local_id not in self._warning_acknowledged
        self._set_warning(warn)
        if not warn and self.stack.currentWidget() is self.review:
            self.editor.editor.setFocus()

    def focus_work(self) -> None:
        """Put the keyboard where the work is: the warning's choices, else the transcript."""
        self.activateWindow()
        if self.stack.currentWidget() is not self.review or self.model.view is None:
            return
        if self.warning_panel.isVisible():
            self.warning_panel.read_button.setFocus()
        else:
            self.editor.editor.setFocus()

    def _focus_questions(self) -> None:
        first = self.questions.first_field()
        if first is not None and self.questions.isVisible():
            first.setFocus()

    def _set_warning(self, on: bool) -> None:
        self.warning_panel.setVisible(on)
        self.player_widget.setVisible(not on)
        self.editor.setVisible(not on)
        if on:
            self.warning_panel.read_button.setFocus()

    def _audio_ready(self, local_id: int) -> None:
        self.player_widget.loaded()
        view = self.model.view
        if view is None or view.summary.local_id != local_id:
            return
        if self.settings.autoplay and not view.summary.content_warning:
            self.player_widget.play()

    def _warning_listen(self) -> None:
        if self.model.current_id is not None:
            self._warning_acknowledged.add(self.model.current_id)
        self._set_warning(False)
        self.player_widget.play()
        self.editor.editor.setFocus()

    def _warning_read(self) -> None:
        if self.model.current_id is not None:
            self._warning_acknowledged.add(self.model.current_id)
        self._set_warning(False)
        self.editor.reference.setFocus()

    def _play_pause(self) -> None:
        if self.warning_panel.isVisible():
            return  # never plays before the reviewer chose to listen
        self.player_widget.toggle()

    def submit(self) -> None:
        if self.model.view is None or self.warning_panel.isVisible():
            return
        self.model.submit()

    def skip(self) -> None:
        if self.model.view is None:
            return
        preset = (SkipReason.DISTRESSING if self.model.view.summary.content_warning
                  else SkipReason.CANT_HEAR)
        reason = self.choose_skip_reason(preset)
        if reason is not None:
            self.model.skip(reason)
        QTimer.singleShot(0, self.focus_work)  # back from the dialog

    def escalate(self) -> None:
        if self.escalation is not None and self.model.view is not None:
            self.escalation.trigger()
            QTimer.singleShot(0, self.focus_work)

    def _ask_skip(self, preset: SkipReason) -> SkipReason | None:
        dialog = SkipDialog(self, preset)
        return dialog.reason() if dialog.exec() == SkipDialog.DialogCode.Accepted else None

    def _submit_refused(self, problems: list[str]) -> None:
        self.problems.setText("Not submitted: " + " · ".join(problems))
        self.statusBar().showMessage("Not submitted: " + problems[0], 8000)

    def _save_state(self, state: str) -> None:
        self.save_label.setText(state)

    def _counts(self, counts: StatusCounts) -> None:
        total = counts.new + counts.draft + counts.done + counts.skipped + counts.escalated
        finished = counts.done + counts.skipped + counts.escalated
        self.counts_label.setText(
            f"Done {counts.done} · Skipped {counts.skipped} · Escalated {counts.escalated}"
            f" · Left {total - finished}")
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(finished)

    def _update_clip_time(self) -> None:
        if self.model.view is None:
            self.clip_time_label.setText("")
            return
        seconds = self.model.handled_ms() // 1000
        minutes, secs = divmod(seconds, 60)
        self.clip_time_label.setText(f"On this clip {minutes}:{secs:02d}")

    # ------------------------------------------------------------------ import / export
    def _ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Import package", "",
            "Work packages (*.rpkg *.zip package.json);;All files (*)")
        return Path(name) if name else None

    def import_demo(self) -> None:
        """A demo workspace imports the bundled package; a real one opens a demo window."""
        demo = self.backend.demo_package()
        if demo is not None:
            self.import_from(demo)
        elif self._launch_demo is not None:
            self._launch_demo()
            self.statusBar().showMessage("The demo opens in its own window, on a throwaway "
                                         "workspace; your work here is not touched.", 10000)

    def import_package(self) -> None:
        path = self.choose_import_path()
        if path is not None:
            if path.name == "package.json":
                path = path.parent  # a package folder was chosen through its header
            self.import_from(path)

    def import_from(self, path: Path) -> None:
        self.model.save_now()
        # Progress in the status bar, not a modal dialog: the reviewer keeps working.
        self.import_label.setText("Checking the package…")
        self.import_bar.setRange(0, 0)
        self.import_label.setVisible(True)
        self.import_bar.setVisible(True)
        self.shortcuts["import"].setEnabled(False)
        self.welcome.import_button.setEnabled(False)
        self.welcome.demo_button.setEnabled(False)
        last = [-1]

        def progress(done: int, total: int) -> None:  # worker thread
            percent = done * 100 // max(total, 1)
            if percent != last[0]:
                last[0] = percent
                run_on_main(lambda: self._import_progress(done, total))

        backend = self.backend
        self.ops.run(lambda: backend.import_package(path, progress),
                     on_success=self._imported, on_failure=self._import_failed,
                     lane=BULK_LANE)

    def _import_progress(self, done: int, total: int) -> None:
        self.import_bar.setRange(0, total)
        self.import_bar.setValue(done)
        half = total // 2
        phase = "Checking the package" if done < half else "Storing it encrypted"
        self.import_label.setText(f"{phase}… {done * 100 // max(total, 1)}%")

    def _end_progress(self) -> None:
        self.import_label.setVisible(False)
        self.import_bar.setVisible(False)
        self.shortcuts["import"].setEnabled(True)
        self.welcome.import_button.setEnabled(True)
        self.welcome.demo_button.setEnabled(True)

    def _imported(self, summary: ImportSummary) -> None:
        self._end_progress()
        self.model.refresh_queue()
        self._show_stack()
        if self.model.view is None:
            self.model.open_first()
        self.statusBar().showMessage(f"Imported {summary.clips} clips.", 8000)
        QTimer.singleShot(0, self.focus_work)  # after the progress dialog has gone
        self.import_finished.emit(True)

    def _import_failed(self, exc: BaseException) -> None:
        self._end_progress()
        if isinstance(exc, PackageRefused):
            self.refused_dialog = RefusedDialog(exc, self)
            self.refused_dialog.open()
        else:
            log.warning("import failed (%s)", type(exc).__name__)
            QMessageBox.warning(self, "Import failed", f"The package was not imported: "
                                f"{reason_text(exc)}")
        self.import_finished.emit(False)

    def export_results(self) -> None:
        choice = self.choose_export()
        if choice is None:
            return
        self.model.save_now()
        backend = self.backend
        self.statusBar().showMessage("Exporting…")
        self.ops.run(lambda: backend.export(choice.folder, choice.with_audio),
                     on_success=self._exported,
                     on_failure=self._export_failed, lane=BULK_LANE)

    def _exported(self, summary: ExportSummary) -> None:
        self.model.refresh_queue()
        self._show_stack()
        if summary.clips == 0:
            text = "Nothing to export yet: finish a clip first."
        else:
            text = (f"Exported {summary.clips} results from {summary.packages} "
                    f"package{'s' if summary.packages != 1 else ''} to {summary.folder}.")
        self.statusBar().showMessage(text, 12000)
        self.export_finished.emit(True)

    def _export_failed(self, exc: BaseException) -> None:
        log.warning("export failed (%s)", type(exc).__name__)
        QMessageBox.warning(self, "Export failed", f"Nothing was exported: {reason_text(exc)}")
        self.export_finished.emit(False)

    # ------------------------------------------------------------------ settings, closing
    def open_settings(self) -> None:
        SettingsDialog(self.settings, self.backend.player, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.model.save_now()
        self.ops.shutdown()
        if self.model.has_unsaved:
            QMessageBox.warning(self, "Not saved", "Some of your work could not be saved: "
                                f"{self.model.save_state}")
        self.backend.player.stop()
        if self.demo_lead is not None:
            self.demo_lead.close()
        event.accept()
