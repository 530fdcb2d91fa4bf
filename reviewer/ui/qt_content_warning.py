"""The warning shown before a clip that upstream screening marked as possibly distressing.

Such clips never auto-play. The reviewer chooses: listen, read the automatic transcript
first, or skip without penalty.

Signals:
    listen(): play the clip.
    read_first(): show the transcript without playing.
    skip(): skip the clip (reason: distressing) without penalty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui.i18n import translate
from reviewer.ui.qt_common import button


class ContentWarningPanel(QFrame):
    listen = Signal()
    read_first = Signal()
    skip = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("ContentWarning", "Content warning"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        title = QLabel(translate("ContentWarning", "<b>Content warning</b>"))
        title.setTextFormat(Qt.TextFormat.RichText)
        text = QLabel(translate("ContentWarning",
                "Screening marked this clip as possibly distressing. It will not play "
                      "until you choose. You can skip it: skipping it carries no penalty."))
        text.setWordWrap(True)
        self.listen_button = button(QPushButton(), translate("ContentWarning", "Listen"))
        self.read_button = button(QPushButton(), translate("ContentWarning",
                "Read the automatic transcript first"))
        self.skip_button = button(QPushButton(), translate("ContentWarning",
                "Skip without penalty"))
        row = QHBoxLayout()
        for b in (self.listen_button, self.read_button, self.skip_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        self.listen_button.clicked.connect(self.listen)
        self.read_button.clicked.connect(self.read_first)
        self.skip_button.clicked.connect(self.skip)
