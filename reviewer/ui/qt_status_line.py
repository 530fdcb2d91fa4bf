"""The window's status bar: import progress on the left; the session's counts and progress,
the time on the open clip and the autosave state on the right."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from reviewer.core.review import SaveState, SaveStatus, StatusCounts
from reviewer.ui.accessibility import announce, status_label
from reviewer.ui.i18n import number, translate
from reviewer.ui.qt_review_model import ReviewModel
from reviewer.ui.wording import save_state_text


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar, model: ReviewModel) -> None:
        super().__init__(bar)
        self.model = model
        self._failed = model.save_state.status is SaveStatus.FAILED
        self.save_label = QLabel(save_state_text(model.save_state))
        status_label(self.save_label, translate("StatusLine", "Autosave"))
        # As wide as its everyday states: "Saving…" and "Saved" take turns at every clip,
        # and a label that changes width lays out (and repaints) the whole status bar.
        metrics = self.save_label.fontMetrics()
        self.save_label.setMinimumWidth(max(
            metrics.horizontalAdvance(save_state_text(SaveState(status)))
            for status in (SaveStatus.SAVED, SaveStatus.SAVING, SaveStatus.NOT_YET)))
        self.clip_time_label = QLabel()
        status_label(self.clip_time_label, translate("StatusLine", "Time on this clip"))
        self.counts_label = QLabel()
        status_label(self.counts_label, translate("StatusLine", "Session progress"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setAccessibleName(translate("StatusLine", "Session progress bar"))
        self.progress_bar.setFormat(translate("StatusLine", "%p% finished"))
        self.import_label = QLabel()
        status_label(self.import_label, translate("StatusLine", "Import progress"))
        self.import_bar = QProgressBar()
        self.import_bar.setMaximumWidth(200)
        self.import_bar.setTextVisible(False)
        self.import_bar.setAccessibleName(translate("StatusLine", "Import progress bar"))
        for w in (self.import_label, self.import_bar):
            bar.addWidget(w)
            w.setVisible(False)
        for w in (self.counts_label, self.progress_bar, self.clip_time_label, self.save_label):
            bar.addPermanentWidget(w)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self.update_clip_time)
        self._clock.start()
        model.save_state_changed.connect(self.show_save_state)
        model.counts_changed.connect(self.show_counts)

    def show_save_state(self, state: SaveState) -> None:
        text = save_state_text(state)
        self.save_label.setText(text)
        # Said aloud when work stops being saved, and when it is saved again; not the
        # everyday "Not saved yet", "Saving…", "Saved" that follow every pause in typing.
        if state.status is SaveStatus.FAILED:
            announce(self.save_label, text, assertive=True)
            self._failed = True
        elif state.status is SaveStatus.SAVED and self._failed:
            announce(self.save_label, text)
            self._failed = False

    def show_counts(self, counts: StatusCounts) -> None:
        total, finished = counts.total, counts.finished
        self.counts_label.setText(
            translate("StatusLine", "Done {done} · Skipped {skipped} · Escalated {escalated}"
                      " · Left {left}").format(
                done=number(counts.done), skipped=number(counts.skipped),
                escalated=number(counts.escalated), left=number(total - finished)))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(finished)

    def update_clip_time(self) -> None:
        if self.model.view is None:
            self.clip_time_label.setText("")
            return
        seconds = self.model.handled_ms() // 1000
        minutes, secs = divmod(seconds, 60)
        self.clip_time_label.setText(
            translate("StatusLine", "On this clip {time}").format(time=f"{minutes}:{secs:02d}"))

    def show_import(self, text: str, done: int | None = None, total: int = 0) -> None:
        """Import progress: a busy bar until the first figures, then done of total."""
        self.import_label.setText(text)
        if done is None:
            self.import_bar.setRange(0, 0)
        else:
            self.import_bar.setRange(0, total)
            self.import_bar.setValue(done)
        self.import_label.setVisible(True)
        self.import_bar.setVisible(True)

    def end_import(self) -> None:
        self.import_label.setVisible(False)
        self.import_bar.setVisible(False)
