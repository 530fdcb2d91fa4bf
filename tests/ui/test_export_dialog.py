"""File > Export results: the dialog asks for the folder and whether to include audio
(remembered), and the window passes both to the backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reviewer.ui.qt_export_dialog import ExportChoice, ExportDialog
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend


def test_export_dialog_passes_include_audio_and_remembers_it(
        qtbot: QtBot, window: MainWindow, backend: FakeBackend, tmp_path: Path) -> None:
    out = tmp_path / "out"
    dialog = ExportDialog(window.settings, window, choose_folder=lambda: out)
    qtbot.addWidget(dialog)
    assert not dialog.with_audio.isChecked()  # off until the reviewer asks for it
    assert "no audio" in dialog.note.text()
    dialog.export_button.click()  # no folder yet
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "folder" in dialog.problem.text()
    dialog.browse_button.click()
    assert dialog.folder.text() == str(out)
    dialog.with_audio.setChecked(True)
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == ExportChoice(out, with_audio=True)
    assert UiSettings(tmp_path / "settings.ini").export_with_audio is True  # persisted
    again = ExportDialog(window.settings, window)
    qtbot.addWidget(again)
    assert again.with_audio.isChecked()

    window.choose_export = dialog.choice
    with qtbot.waitSignal(window.export_finished) as done:
        window.shortcuts["export"].trigger()
    assert done.args == [True]
    assert backend.exports == [(out, True)]


def test_the_window_asks_through_the_export_dialog(qtbot: QtBot, window: MainWindow,
                                                   backend: FakeBackend, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def answer(dialog: ExportDialog) -> int:
        dialog.folder.setText(str(tmp_path / "results"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ExportDialog, "exec", answer)
    with qtbot.waitSignal(window.export_finished):
        window.export_results()
    assert backend.exports == [(tmp_path / "results", False)]
    monkeypatch.setattr(ExportDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    window.export_results()  # cancelled: nothing exported
    settle(qtbot, window)
    assert len(backend.exports) == 1


def test_the_real_backend_hands_include_audio_to_the_export(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reviewer.workflows.export_results as workflow
    from tests.ui.real_backend import real_backend

    calls: list[dict[str, object]] = []

    def export_results(*args: object, **kwargs: object) -> list[object]:
        calls.append(kwargs)
        return []

    monkeypatch.setattr(workflow, "export_results", export_results)
    backend = real_backend()
    try:
        summary = backend.export(tmp_path, True)
        backend.export(tmp_path, False)
    finally:
        backend.close()
    assert [c["with_audio"] for c in calls] == [True, False]
    assert summary.clips == 0
