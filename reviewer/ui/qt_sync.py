"""The reviewer window's side of an S3 exchange (the profile's `exchange.s3`): it starts
`reviewer sync` as a child process, imports what sync delivers to the spool, and says in the
status bar what waits to upload and when the store was last reached.

The child process, its restarts, the watch on `spool/in` and the status line are the part
both windows share (qt_sync_supervisor.SyncSupervisor); here, packages that arrive are
imported on the bulk lane into the reviewer's queue, and a refused one is told as a manual
import's refusal.

Signals:
    imported(int): an import from the spool ended (clips added).
    status_changed(str): the status text changed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox

from reviewer.core.gate_report import PackageRefused
from reviewer.ui.backend import ExchangeSync, SpoolImportSummary
from reviewer.ui.i18n import translate
from reviewer.ui.qt_operations import BULK_LANE
from reviewer.ui.qt_review_model import reason_text
from reviewer.ui.qt_sync_supervisor import (
    ELSEWHERE_RECHECK_MS,
    RESTART_DELAYS_MS,
    STATUS_LANE,
    STEADY_S,
    STOP_WAIT_MS,
    SyncSupervisor,
    when,
)
from reviewer.ui.qt_welcome_view import RefusedDialog

if TYPE_CHECKING:
    from reviewer.ui.qt_main_window import MainWindow

__all__ = ["ELSEWHERE_RECHECK_MS", "RESTART_DELAYS_MS", "STATUS_LANE", "STEADY_S",
           "STOP_WAIT_MS", "SyncController", "when"]

log = logging.getLogger(__name__)


class SyncController(SyncSupervisor):
    imported = Signal(int)

    def __init__(self, window: MainWindow, exchange: ExchangeSync, *,
                 status_ms: int = 2_000, poll_ms: int = 15_000) -> None:
        # This module's timings, read now: tests shorten them here.
        super().__init__(window, window.ops, exchange, exchange.incoming, status_ms=status_ms,
                         poll_ms=poll_ms, restart_delays_ms=RESTART_DELAYS_MS,
                         steady_s=STEADY_S)
        self.w: MainWindow = window
        self.exchange = exchange
        self.refused: list[RefusedDialog | QMessageBox] = []  # notices shown (kept alive)

    # ------------------------------------------------------------------ imports
    def _start_intake(self) -> None:
        """Import what waits in the spool (on the bulk lane)."""
        self.w.ops.run(self.exchange.import_waiting, on_success=self._imported,
                       on_failure=self._import_failed, lane=BULK_LANE)

    def _imported(self, summary: SpoolImportSummary) -> None:
        w = self.w
        if summary.packages:
            w.model.refresh_queue()
            w.show_stack()
            if w.model.view is None:
                w.model.open_first()
            w.statusBar().showMessage(self.tr(
                "%n clip(s) arrived from the exchange.", "", summary.clips), 8000)
        for exc in summary.refused:
            self._tell_refused(exc)
        self.imported.emit(summary.clips)
        self._intake_ended()

    def _import_failed(self, exc: BaseException) -> None:
        """Not a refusal (the package stays waiting, tried again at the next round): said
        in the status bar, not in a dialog that would come back every round."""
        self._intake_ended(again=False)
        log.warning("import from the spool failed (%s)", type(exc).__name__)
        if isinstance(exc, PackageRefused):
            self._tell_refused(exc)
            return
        self.w.statusBar().showMessage(translate(
            "PackageFlows", "The package was not imported: {reason}").format(
                reason=reason_text(exc)), 12000)

    def _tell_refused(self, exc: BaseException) -> None:
        """The same notice as a refused manual import (never blocking: the reviewer works)."""
        if isinstance(exc, PackageRefused):
            dialog: RefusedDialog | QMessageBox = RefusedDialog(exc, self.w)
        else:
            text = translate(
                "PackageFlows", "The package was not imported: {reason}").format(
                    reason=reason_text(exc))
            dialog = QMessageBox(QMessageBox.Icon.Warning,
                                 translate("PackageFlows", "Import failed"), text,
                                 QMessageBox.StandardButton.Ok, self.w)
        self.refused.append(dialog)
        dialog.open()
