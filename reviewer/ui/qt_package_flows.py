"""Importing and exporting from the window: choosing, progress in the status bar (the
reviewer keeps working), and the outcome told in one line or the gate's report.

Both run on the bulk lane of the window's Operations. The window's `import_finished` and
`export_finished` signals say how they ended.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reviewer.core.gate_report import PackageRefused
from reviewer.ui.backend import ExportSummary, ImportSummary
from reviewer.ui.i18n import number, translate
from reviewer.ui.qt_export_dialog import ExportChoice, ExportDialog
from reviewer.ui.qt_operations import BULK_LANE, run_on_main
from reviewer.ui.qt_welcome_view import RefusedDialog
from reviewer.ui.reason_wording import reason_text

if TYPE_CHECKING:
    from reviewer.ui.qt_main_window import MainWindow

log = logging.getLogger(__name__)

PathChooser = Callable[[], Path | None]


class PackageFlows(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.choose_import_path: PathChooser = self._ask_import_path
        self.choose_export: Callable[[], ExportChoice | None] = (
            lambda: ExportDialog.ask(window.settings, window,
                                     uploads=window.backend.capabilities.exchange is not None))
        self.refused_dialog: RefusedDialog | None = None

    # ------------------------------------------------------------------ import
    def _ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.w, translate("PackageFlows", "Import package"), "",
            translate("PackageFlows", "Work packages (*.rpkg *.zip package.json);;All files (*)"))
        return Path(name) if name else None

    def import_demo(self) -> None:
        """A demo workspace imports the bundled package; a real one opens a demo window."""
        demo = self.w.backend.demo_package()
        launch = self.w.backend.capabilities.launch_demo
        if demo is not None:
            self.import_from(demo)
        elif launch is not None:
            launch()
            self.w.statusBar().showMessage(translate("PackageFlows",
                    "The demo opens in its own window, on a throwaway "
                                           "workspace; your work here is not touched."), 10000)

    def import_package(self) -> None:
        path = self.choose_import_path()
        if path is not None:
            if path.name == "package.json":
                path = path.parent  # a package folder was chosen through its header
            self.import_from(path)

    def import_from(self, path: Path) -> None:
        w = self.w
        w.model.save_now()
        w.status.show_import(translate("PackageFlows", "Checking the package…"))
        self._enable_import(False)
        last = [-1]

        def progress(done: int, total: int) -> None:  # worker thread
            percent = done * 100 // max(total, 1)
            if percent != last[0]:
                last[0] = percent
                run_on_main(lambda: self._import_progress(done, total))

        backend = w.backend
        w.ops.run(lambda: backend.import_package(path, progress),
                  on_success=self._imported, on_failure=self._import_failed, lane=BULK_LANE)

    def _import_progress(self, done: int, total: int) -> None:
        phase = translate("PackageFlows",
                "Checking the package") if done < total // 2 else translate("PackageFlows",
                        "Storing it encrypted")
        self.w.status.show_import(
            translate("PackageFlows", "{phase}… {percent}%").format(
                phase=phase, percent=number(done * 100 // max(total, 1))), done, total)

    def _enable_import(self, on: bool) -> None:
        self.w.shortcuts["import"].setEnabled(on)
        self.w.welcome.import_button.setEnabled(on)
        self.w.welcome.demo_button.setEnabled(on)

    def _end_progress(self) -> None:
        self.w.status.end_import()
        self._enable_import(True)

    def _imported(self, summary: ImportSummary) -> None:
        w = self.w
        self._end_progress()
        w.model.refresh_queue()
        w.show_stack()
        if w.model.view is None:
            w.model.open_first()
        clips = summary.clips
        w.statusBar().showMessage(self.tr("Imported %n clip(s).", "", clips), 8000)
        QTimer.singleShot(0, w.focus_work)  # after the progress dialog has gone
        w.import_finished.emit(True)

    def _import_failed(self, exc: BaseException) -> None:
        self._end_progress()
        if isinstance(exc, PackageRefused):
            self.refused_dialog = RefusedDialog(exc, self.w)
            self.refused_dialog.open()
        else:
            log.warning("import failed (%s)", type(exc).__name__)
            QMessageBox.warning(self.w, translate("PackageFlows", "Import failed"), translate(
                    "PackageFlows", "The package was not imported: {reason}").format(
                                    reason=reason_text(exc)))
        self.w.import_finished.emit(False)

    # ------------------------------------------------------------------ export
    def export_results(self) -> None:
        choice = self.choose_export()
        if choice is None:
            return
        w = self.w
        w.model.save_now()
        backend = w.backend
        w.statusBar().showMessage(translate("PackageFlows", "Exporting…"))
        w.ops.run(lambda: backend.export(choice.folder, choice.with_audio),
                  on_success=self._exported, on_failure=self._export_failed, lane=BULK_LANE)

    def _exported(self, summary: ExportSummary) -> None:
        w = self.w
        w.model.refresh_queue()
        w.show_stack()
        if summary.clips == 0:
            text = translate("PackageFlows", "Nothing to export yet: finish a clip first.")
        else:
            clips, packages = summary.clips, summary.packages
            results = self.tr("%n result(s)", "", clips)
            text = self.tr("Exported {results} from %n package(s) to {folder}.", "",
                           packages).format(results=results, folder=summary.folder)
            if summary.queued:
                text += " " + self.tr("%n sealed export(s) queued for upload.", "",
                                      summary.queued)
        w.statusBar().showMessage(text, 12000)
        w.export_finished.emit(True)

    def _export_failed(self, exc: BaseException) -> None:
        log.warning("export failed (%s)", type(exc).__name__)
        QMessageBox.warning(self.w, translate("PackageFlows", "Export failed"),
                            translate("PackageFlows", "Nothing was exported: {reason}").format(
                                reason=reason_text(exc)))
        self.w.export_finished.emit(False)
