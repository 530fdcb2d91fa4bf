"""`reviewer sync` beside a window (the reviewer's and the lead's): the child process, a folder
sync delivers to, and the status bar's line about the exchange.

The window never waits on the network and opens no connection: sync is its own process (the
window only starts and stops it); what sync delivers is taken in on the bulk lane as it
appears (a watcher, and a slow timer for what a watcher can miss), one intake at a time; the
status is read from the spool's files on a lane of its own (a listing, never on the GUI
thread).

Sync is restarted with growing delays when it dies; when another sync already serves the
spool (a standalone one, or the systemd service), the window's exits at once (exit 0) and the
window starts none of its own, checking again now and then. Closing the window stops its sync
(SIGTERM, then a wait).

Each window adds what it does with what arrives: `_start_intake` runs the intake on a lane
and its callbacks end with `_intake_ended` (qt_sync.SyncController imports packages,
qt_lead_sync.LeadSync brings escalations into the lead's inbox).

Signals:
    status_changed(str): the status text changed.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

from PySide6.QtCore import QDateTime, QFileSystemWatcher, QLocale, QObject, QProcess, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from reviewer.ui.accessibility import announce, status_label
from reviewer.ui.backend import SpoolSync
from reviewer.ui.i18n import translate
from reviewer.ui.qt_operations import Operations
from reviewer.ui.sync_wording import is_refusal, problem_text
from reviewer.workflows.spool import SpoolStatus

log = logging.getLogger(__name__)

STATUS_LANE = "spool"  # reads the spool's state: a few listings, beside imports
RESTART_DELAYS_MS = (1_000, 2_000, 5_000, 15_000, 60_000, 300_000)
ELSEWHERE_RECHECK_MS = 60_000  # another sync serves the spool: look again this often
STEADY_S = 60.0  # a sync that ran this long had recovered: its next death starts over
STOP_WAIT_MS = 5_000


class SyncWords(QObject):
    """The status line's plural: pyside6-lupdate marks plural forms only in `self.tr`, and
    `self.tr` looks a text up under the class it runs in (SyncController, LeadSync), not
    the one it is written in; a class of its own gives it one context."""

    def waiting(self, count: int) -> str:
        return self.tr("%n waiting to upload", "", count)


class SyncSupervisor(QObject):
    """The status line's words were first the reviewer window's: their translations keep
    its context, "SyncController" (a literal in each call: lupdate reads no variables)."""

    status_changed = Signal(str)

    def __init__(self, window: QMainWindow, ops: Operations, spool: SpoolSync,
                 incoming: Path, *, status_ms: int = 2_000, poll_ms: int = 15_000,
                 restart_delays_ms: tuple[int, ...] = RESTART_DELAYS_MS,
                 steady_s: float = STEADY_S) -> None:
        super().__init__(window)
        self.w, self.ops, self.spool = window, ops, spool
        self.restart_delays_ms, self.steady_s = restart_delays_ms, steady_s
        self.process: QProcess | None = None
        self.failures = 0  # deaths since sync last ran a while
        self._started_at = 0.0
        self.elsewhere = False  # another sync serves this spool
        self.last_error = ""  # sync's last line on stderr
        self._closing = False
        self._importing = self._again = self._reading = False
        self._unreachable = False
        self.label = QLabel()
        status_label(self.label, translate("SyncController", "Exchange"))
        window.statusBar().addPermanentWidget(self.label)
        incoming.mkdir(parents=True, exist_ok=True)
        self._soon = QTimer(self, singleShot=True, interval=200)  # a burst of files: once
        self._soon.timeout.connect(self.import_now)
        self.watcher = QFileSystemWatcher([str(incoming)], self)
        self.watcher.directoryChanged.connect(lambda _path: self._soon.start())
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self.import_now)
        self._status_timer = QTimer(self, interval=status_ms)
        self._status_timer.timeout.connect(self.refresh_status)
        self._restart = QTimer(self, singleShot=True)
        self._restart.timeout.connect(self.start)
        self._status: SpoolStatus | None = None
        self._words = SyncWords(self)

    # ------------------------------------------------------------------ the child process
    def begin(self) -> None:
        """Start sync, take in what waits, show the status (once the window is built)."""
        self._poll.start()
        self._status_timer.start()
        self.start()
        self.import_now()
        self.refresh_status()

    def start(self) -> None:
        if self._closing or self.running:
            return
        program, args = self.spool.sync_command()
        process = QProcess(self)
        process.readyReadStandardOutput.connect(process.readAllStandardOutput)  # not kept
        process.readyReadStandardError.connect(lambda: self._read_errors(process))
        process.finished.connect(lambda code, status: self._finished(process, code, status))
        process.started.connect(self._show)
        self.process = process
        self.elsewhere = False
        self._started_at = time.monotonic()
        process.start(program, args)

    @property
    def running(self) -> bool:
        return (self.process is not None
                and self.process.state() != QProcess.ProcessState.NotRunning)

    def _read_errors(self, process: QProcess) -> None:
        lines = bytes(process.readAllStandardError().data()).decode(errors="replace")
        last = [line for line in lines.splitlines() if line.strip()]
        if last:
            self.last_error = last[-1].strip()[:300]

    def _finished(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        self._read_errors(process)
        if process is self.process:
            self.process = None
        process.deleteLater()
        if self._closing:
            return
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            # Only a sync that found another one serving the spool ends with 0 unasked.
            self.elsewhere = True
            self._restart.start(ELSEWHERE_RECHECK_MS)
        else:
            if time.monotonic() - self._started_at >= self.steady_s:
                self.failures = 0
            delays = self.restart_delays_ms
            delay = delays[min(self.failures, len(delays) - 1)]
            self.failures += 1
            log.warning("reviewer sync ended (exit %s); starting it again in %d s", code,
                        delay // 1000)
            self._restart.start(delay)
        self._show()

    def stop(self) -> None:
        """The window closes: sync stops (SIGTERM, then a wait; killed if it hangs)."""
        self._closing = True
        for timer in (self._restart, self._poll, self._status_timer, self._soon):
            timer.stop()
        process = self.process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.terminate()
            if not process.waitForFinished(STOP_WAIT_MS):
                process.kill()
                process.waitForFinished(STOP_WAIT_MS)

    # ------------------------------------------------------------------ what sync delivers
    def import_now(self) -> None:
        """Take in what sync delivered (on a lane, after any intake running)."""
        if self._closing:
            return
        if self._importing:
            self._again = True  # files came during this intake: one more round after it
            return
        self._importing, self._again = True, False
        self._start_intake()

    def _start_intake(self) -> None:
        """Runs the window's intake on a lane; its callbacks call `_intake_ended`."""
        raise NotImplementedError

    def _intake_ended(self, again: bool = True) -> None:
        """An intake ended; one more round when files came meanwhile (and `again`)."""
        self._importing = False
        if again and self._again:
            self.import_now()

    # ------------------------------------------------------------------ status
    def refresh_status(self) -> None:
        if self._reading or self._closing:
            return
        self._reading = True
        self.ops.run(self.spool.status, on_success=self._status_read,
                     on_failure=lambda _exc: self._status_read(None), lane=STATUS_LANE)

    def _status_read(self, status: SpoolStatus | None) -> None:
        self._reading = False
        if status is not None:
            self._status = status
        self._show()

    def _show(self) -> None:
        text = self.status_text()
        if text == self.label.text():
            return
        self.label.setText(text)
        self.label.setToolTip(self.last_error if not self.running and not self.elsewhere
                              else "")
        unreachable = self._status is not None and self._status.state is not None \
            and not self._status.state.ok
        if unreachable != self._unreachable:  # said aloud when it changes, not every round
            self._unreachable = unreachable
            announce(self.label, text)
        self.status_changed.emit(text)

    def status_text(self) -> str:
        """"Synced 14:02 · 3 waiting to upload", "Store unreachable · last sync 14:02",
        "The store refused this workstation's key: ask IT to check it · last sync 14:02",
        "Sync not running · never synced", ..."""
        status = self._status
        state = status.state if status is not None else None
        last = status.last_sync if status is not None else None
        since = (translate("SyncController", "last sync {time}").format(time=when(last))
                 if last is not None else translate("SyncController", "never synced"))
        if is_refusal(state):  # sync stopped and someone must act: say who, not "stopped"
            parts = [problem_text(state), since]
        elif not self.running and not self.elsewhere:
            parts = [translate("SyncController", "Sync stopped, restarting")
                     if self._restart.isActive() and not self._closing
                     else translate("SyncController", "Sync not running"), since]
        elif state is not None and not state.ok:
            parts = [problem_text(state), since]
        elif last is not None:
            parts = [translate("SyncController", "Synced {time}").format(time=when(last))]
        else:
            parts = [translate("SyncController", "Not synced yet")]
        if status is not None and status.waiting_to_upload:
            parts.append(self._words.waiting(status.waiting_to_upload))
        return " · ".join(parts)


def when(moment: dt.datetime) -> str:
    """The time of day in the reviewer's locale (with the date when not today)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    locale = QLocale()
    if local.date() == QDateTime.currentDateTime().date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)
