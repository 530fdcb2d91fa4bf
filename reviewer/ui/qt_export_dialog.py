"""File > Export results: where to, and whether each clip's audio goes with the results.

"Include audio" and the folder are remembered in the settings: the dialog opens with the
last export folder, and Browse starts there (else in the user's documents folder, never in
the working directory). The folder's Browse button asks through an injectable chooser
(`choose_folder`), so tests never open the platform's file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.qt_common import buddy, button, focus_visibly, problem_label
from reviewer.ui.qt_settings import UiSettings

FolderChooser = Callable[[], Path | None]

AUDIO_NOTE = (QT_TRANSLATE_NOOP("ExportDialog",
        "With audio, each finished clip's audio is written beside its results. Under "
              "the redacted policy the time range of every critical span is silenced, and a "
              "clip with a critical span that has no time exports no audio at all."))


@dataclass(frozen=True)
class ExportChoice:
    folder: Path
    with_audio: bool


class ExportDialog(QDialog):
    def __init__(self, settings: UiSettings, parent: QWidget | None = None,
                 choose_folder: FolderChooser | None = None, uploads: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export results"))
        self.settings = settings
        self.choose_folder: FolderChooser = choose_folder or self._ask_folder
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(translate("ExportDialog", "The folder the results go to"))
        last = settings.last_export_folder
        if last is not None:
            self.folder.setText(str(last))
        self.browse_button = button(QPushButton(), translate("ExportDialog", "&Browse…"), translate(
                "ExportDialog", "Choose the folder"))
        self.with_audio = QCheckBox()
        button(self.with_audio, translate("ExportDialog", "Include &audio"),
               translate("ExportDialog", "Write each finished clip's audio beside the results"))
        self.with_audio.setChecked(settings.export_with_audio)
        self.note = QLabel(translate("ExportDialog", AUDIO_NOTE))
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("ExportDialog", "About exported audio"))
        # An S3 exchange: the sealed export also goes to the organisation with the next sync.
        self.upload_note = QLabel(translate(
            "ExportDialog", "Sealed results also go to your organisation's exchange with the "
            "next sync; until then they wait on this computer."))
        self.upload_note.setWordWrap(True)
        self.upload_note.setVisible(uploads)
        self.problem = problem_label(translate("ExportDialog", "Export problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(translate("ExportDialog", "Export"))
        self.export_button.setDefault(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(buddy(translate("ExportDialog", "&Folder"), self.folder))
        layout.addLayout(folder_row)
        layout.addWidget(self.with_audio)
        layout.addWidget(self.note)
        layout.addWidget(self.upload_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.folder.textChanged.connect(lambda _t: self.problem.clear())

    def start_folder(self) -> Path:
        """Where Browse opens: the folder typed or last used, else the documents folder."""
        text = self.folder.text().strip()
        typed = Path(text).expanduser() if text else None
        for folder in (typed, self.settings.last_export_folder):
            if folder is not None and folder.is_absolute() and folder.is_dir():
                return folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    def _ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, translate("ExportDialog",
                "Export results to"),
                                                str(self.start_folder()))
        return Path(name) if name else None

    def browse(self) -> None:
        chosen = self.choose_folder()
        if chosen is not None:
            self.folder.setText(str(chosen))

    def choice(self) -> ExportChoice | None:
        """What the dialog says now; None while no full folder path is given."""
        text = self.folder.text().strip()
        folder = Path(text).expanduser() if text else None
        if folder is None or not folder.is_absolute():
            return None
        return ExportChoice(folder, self.with_audio.isChecked())

    def accept(self) -> None:
        if self.choice() is None:
            self.problem.setText(translate("ExportDialog",
                    "Choose the folder to export to (Browse…, or type its full "
                                 "path)."))
            focus_visibly(self.folder)
            return
        if self.with_audio.isChecked() != self.settings.export_with_audio:
            self.settings.update(export_with_audio=self.with_audio.isChecked())
        choice = self.choice()
        if choice is not None and choice.folder != self.settings.last_export_folder:
            self.settings.update(last_export_folder=choice.folder)
        super().accept()

    @classmethod
    def ask(cls, settings: UiSettings, parent: QWidget | None = None,
            uploads: bool = False) -> ExportChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(settings, parent, uploads=uploads)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
