"""The lead window: a locked inbox (category and date only), the gate, one open case.

An open case shows the audio player, the reviewer's draft, the category and note, and the
decision buttons. The window polls the gate every IDLE_POLL_MS: after 10 idle minutes the
case closes and its content is dropped from the window. Playing (checked against the access
as it starts), typing a comment and deciding count as activity.

Signals:
    case_opened(str): a case passed the gate (case id).
    case_closed(str): the open case was closed (case id), by the lead or for idleness.
    decided(str, str): a decision was recorded (case id, decision value).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.disclosure import DisclosureRequest
from reviewer.core.errors import ReviewerError
from reviewer.core.escalation import DecisionKind, InboxEntry
from reviewer.core.playback import Player, PlayerState
from reviewer.ui.qt_common import PROBLEM_COLOUR
from reviewer.ui.qt_lead_cosign_dialog import Cosign, CosignDialog
from reviewer.ui.qt_lead_gate_dialog import LeadGateDialog, entry_label
from reviewer.ui.qt_operations import Operations
from reviewer.ui.qt_player_widget import PlayerWidget
from reviewer.ui.qt_settings import UiSettings
from reviewer.workflows.lead_desk import CaseView, LeadDesk
from reviewer.workflows.lead_gate import AccessDenied

IDLE_POLL_MS = 1000
GateFactory = Callable[[InboxEntry, QWidget], LeadGateDialog]
CosignFactory = Callable[[DisclosureRequest, Cosign, QWidget], CosignDialog]


class LeadWindow(QMainWindow):
    case_opened = Signal(str)
    case_closed = Signal(str)
    decided = Signal(str, str)

    def __init__(self, desk: LeadDesk, player: Player, gate_factory: GateFactory | None = None,
                 cosign_factory: CosignFactory | None = None,
                 settings: UiSettings | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.player = player
        self.settings = settings or UiSettings(parent=self)
        self.view: CaseView | None = None
        self._gate_factory = gate_factory or self._default_gate
        self._cosign_factory: CosignFactory = cosign_factory or CosignDialog
        self.operations = Operations(self)
        self.setWindowTitle(f"Reviewer — lead {desk.lead_name()}")
        self.setAccessibleName("Lead window")

        # inbox
        self.inbox = QListWidget()
        self.inbox.setAccessibleName("Escalated cases")
        self.inbox.itemActivated.connect(lambda _item: self.open_selected())
        self.import_button = QPushButton("&Import new cases")
        self.import_button.setAccessibleName("Import new cases")
        self.import_button.clicked.connect(self.import_new)
        self.open_button = QPushButton("&Open case…")
        self.open_button.setAccessibleName("Open case")
        self.open_button.clicked.connect(self.open_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel("<b>Inbox</b> (all cases locked)"))
        left_layout.addWidget(self.inbox)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.open_button)
        left_layout.addLayout(row)

        # case view
        self.stack = QStackedWidget()
        placeholder = QLabel("Select a case and open it through the gate.\n"
                             "Every opening is recorded with your reason.")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(placeholder)
        self.stack.addWidget(self._case_panel())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setSizes([320, 640])
        self.setCentralWidget(splitter)

        self.cosign_button = QPushButton("Co-sign a &disclosure request…")
        self.cosign_button.setAccessibleName("Co-sign a disclosure request")
        self.cosign_button.clicked.connect(lambda: self.cosign_file(None))
        left_layout.addWidget(self.cosign_button)

        close_action = QAction("Close case", self)
        close_action.setShortcut(QKeySequence("Ctrl+W"))
        close_action.triggered.connect(self.close_case)
        self.addAction(close_action)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_POLL_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        self.resize(980, 620)
        self.refresh()

    # ------------------------------------------------------------ building

    def _case_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.case_title = QLabel("")
        self.case_title.setAccessibleName("Case")
        self.case_warning = QLabel("")
        self.case_warning.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.case_warning.setWordWrap(True)
        layout.addWidget(self.case_title)
        layout.addWidget(self.case_warning)
        self.player_widget = PlayerWidget(self.player, self.settings)
        self.player_widget.state_changed.connect(self._player_state)
        layout.addWidget(self.player_widget)
        layout.addWidget(QLabel("Reviewer's note:"))
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Reviewer's note")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        layout.addWidget(QLabel("Reviewer's draft transcript:"))
        self.draft = QPlainTextEdit()
        self.draft.setReadOnly(True)
        self.draft.setAccessibleName("Reviewer's draft transcript")
        layout.addWidget(self.draft, 1)
        self.comment = QLineEdit()
        self.comment.setAccessibleName("Comment for the decision record")
        self.comment.setPlaceholderText("Comment for the decision record (for a disclosure "
                                        "request: why identification is needed)")
        self.comment.textEdited.connect(lambda _t: self.desk.touch())
        layout.addWidget(self.comment)
        decisions = QHBoxLayout()
        self.decision_buttons: dict[DecisionKind, QPushButton] = {}
        for kind in DecisionKind:
            b = QPushButton(kind.label)
            b.setAccessibleName(kind.label)
            b.clicked.connect(lambda _c=False, k=kind: self.decide(k))
            self.decision_buttons[kind] = b
            decisions.addWidget(b)
        self.close_button = QPushButton("&Close case")
        self.close_button.setAccessibleName("Close case")
        self.close_button.clicked.connect(self.close_case)
        decisions.addStretch(1)
        decisions.addWidget(self.close_button)
        layout.addLayout(decisions)
        return panel

    def _default_gate(self, entry: InboxEntry, parent: QWidget) -> LeadGateDialog:
        return LeadGateDialog(entry, lambda p, c, r: self.desk.open_case(entry.case_id, p, c, r),
                              parent, self.operations)

    # ------------------------------------------------------------ inbox

    def refresh(self) -> None:
        current = self.selected_case()
        self.inbox.clear()
        for entry in self.desk.inbox():
            item = QListWidgetItem(entry_label(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"Locked: {entry_label(entry)}")
            self.inbox.addItem(item)
            if entry.case_id == current:
                self.inbox.setCurrentItem(item)
        if self.inbox.currentItem() is None and self.inbox.count():
            self.inbox.setCurrentRow(0)
        self.open_button.setEnabled(self.inbox.count() > 0)
        self.statusBar().showMessage(f"{self.inbox.count()} case(s) in the inbox")

    def selected_entry(self) -> InboxEntry | None:
        item = self.inbox.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return entry if isinstance(entry, InboxEntry) else None

    def selected_case(self) -> str | None:
        entry = self.selected_entry()
        return entry.case_id if entry else None

    def import_new(self) -> None:
        try:
            count = self.desk.import_new()
        except ReviewerError as exc:
            QMessageBox.warning(self, "Import cases", str(exc))
            return
        self.refresh()
        self.statusBar().showMessage(f"{count} new case(s) imported")

    # ------------------------------------------------------------ the case

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = self._gate_factory(entry, self)
        if dialog.exec() and dialog.view is not None:
            self.show_case(dialog.view)

    def show_case(self, view: CaseView) -> None:
        self.player.stop()
        self.view = view
        when = view.created.replace("T", " ").replace("Z", " UTC")
        self.case_title.setText(f"<b>{view.category.label}</b> — escalated {when} by "
                                f"{view.reviewer}")
        self.case_warning.setText("" if view.label_matches else
                                  "The envelope's file name did not match its sealed "
                                  "content: the sealed category is shown.")
        self.note.setText(view.note or "(no note)")
        self.draft.setPlainText(view.draft or "(no draft)")
        self.comment.clear()
        self.player.load(view.case_id, view.audio_flac)
        self.player_widget.loaded()
        self.stack.setCurrentIndex(1)
        self.case_opened.emit(view.case_id)

    def _drop_case(self, message: str) -> None:
        case = self.view.case_id if self.view else ""
        self.player.stop()
        self.player.unload()
        self.player_widget.unloaded()
        self.view = None
        self.draft.clear()
        self.note.clear()
        self.comment.clear()
        self.stack.setCurrentIndex(0)
        self.statusBar().showMessage(message)
        if case:
            self.case_closed.emit(case)

    def _denied(self, denied: AccessDenied) -> None:
        self._drop_case(str(denied))

    @property
    def play_button(self) -> QAbstractButton:
        return self.player_widget.play_button

    def _player_state(self, state: str) -> None:
        """Playing is activity; it is also checked against the access (denied: dropped)."""
        if self.view is None or state != PlayerState.PLAYING.value:
            return
        try:
            self.desk.case_audio(self.view.case_id)
        except AccessDenied as denied:
            self._denied(denied)

    def decide(self, kind: DecisionKind) -> None:
        if self.view is None:
            return
        case = self.view.case_id
        try:
            written = self.desk.decide(case, kind, self.comment.text())
        except AccessDenied as denied:
            self._denied(denied)
            return
        except ReviewerError as exc:
            QMessageBox.warning(self, "Decision not recorded", str(exc))
            return
        self.comment.clear()
        extra = (f"; disclosure request written to {written.disclosure.name} — a second lead "
                 "must co-sign it (`reviewer disclosure cosign FILE`)"
                 if written.disclosure else "")
        self.statusBar().showMessage(f"Decision recorded: {kind.label}{extra}")
        self.decided.emit(case, kind.value)

    def cosign_file(self, path: Path | None) -> bool:
        """Asks for a request file (unless given), shows it, and co-signs it via the gate."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "Disclosure request to co-sign", "",
                                                  "Disclosure requests (*.json)")
            if not name:
                return False
            path = Path(name)
        from reviewer.workflows.disclosure import read_request

        try:
            request = read_request(path)
        except ReviewerError as exc:
            QMessageBox.warning(self, "Co-sign", str(exc))
            return False
        chosen = path
        dialog = self._cosign_factory(request, lambda p, c: self.desk.cosign(chosen, p, c), self)
        if dialog.exec() and dialog.signed is not None:
            self.statusBar().showMessage(
                f"Co-signed: the request now has {len(dialog.signed.signatures)} signature(s).")
            return True
        return False

    def close_case(self) -> None:
        if self.view is not None:
            self.desk.close_case()
            self._drop_case("Case closed.")

    def check_idle(self) -> None:
        if self.view is not None and self.desk.check_idle():
            self._drop_case("Access ended after 10 idle minutes; the case is closed.")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_case()
        self.idle_timer.stop()
        self.operations.shutdown()
        super().closeEvent(event)
