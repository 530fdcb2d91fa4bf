"""The lead window: a locked inbox (category, date and where each case stands), the gate, one
open case.

An open case shows the audio player, the reviewer's note and draft, the automatic transcript
and the assistant's answer (masked, as the reviewer saw it), where the case stands, and the
decision buttons. The window polls the gate every IDLE_POLL_MS: after 10 idle minutes the
case closes and its content is dropped from the window. Playing (checked against the access
as it starts), the playback keys, typing a comment and deciding count as activity.

Keys: the reviewer's playback actions (qt_shortcuts group "Playback", with the keys the user
chose in Settings) work anywhere in the window while a case is open; every button has an
access key (Alt+letter), unique in the window. The inbox has the focus while no case is open
(arrows choose, Return opens through the gate); an opened case puts it on Play.

One decision per case: once a case is decided, the decision buttons rest until the lead
chooses Change decision, writes why in the comment and picks the new decision.

Signals:
    case_opened(str): a case passed the gate (case id).
    case_closed(str): the open case was closed (case id), by the lead or for idleness.
    decided(str, str): a decision was recorded (case id, decision value), a change included.

With an S3 exchange in the lead's profile (`exchange`), the window runs `reviewer sync` beside
it and new escalations reach the inbox by themselves (qt_lead_sync.LeadSync); its status bar
says what waits to upload and when the store was last reached.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
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
from reviewer.core.escalation import ClipTexts, DecisionKind, InboxEntry
from reviewer.core.lead_cases import CaseState, CaseStatus, KnownDecision
from reviewer.core.playback import Player, PlayerState
from reviewer.ui.accessibility import status_label
from reviewer.ui.backend import LeadExchange
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.labels import label
from reviewer.ui.qt_common import PROBLEM_COLOUR, buddy, problem_label
from reviewer.ui.qt_flow_layout import FlowLayout
from reviewer.ui.qt_lead_cosign_dialog import Cosign, CosignDialog
from reviewer.ui.qt_lead_gate_dialog import LeadGateDialog, entry_label
from reviewer.ui.qt_lead_sync import LeadSync
from reviewer.ui.qt_operations import Operations
from reviewer.ui.qt_player_widget import PlayerWidget
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_shortcuts import ACTIONS, action_label, key_for, shown_keys
from reviewer.ui.reason_wording import reason_sentence, reason_text
from reviewer.ui.wording import with_key
from reviewer.workflows.lead_decisions import AlreadyDecided
from reviewer.workflows.lead_desk import CaseView, LeadDesk
from reviewer.workflows.lead_gate import AccessDenied

IDLE_POLL_MS = 1000
GateFactory = Callable[[InboxEntry, QWidget], LeadGateDialog]
CosignFactory = Callable[[DisclosureRequest, Cosign, QWidget], CosignDialog]

PLAYBACK_GROUP = "Playback"
# What each of the reviewer's playback actions does here.
PLAYBACK: dict[str, Callable[[PlayerWidget], None]] = {
    "play_pause": PlayerWidget.toggle,
    "jump_back": lambda p: p.jump(-1),
    "jump_forward": lambda p: p.jump(+1),
    "speed_up": lambda p: p.change_speed(+1),
    "speed_down": lambda p: p.change_speed(-1),
    "replay": PlayerWidget.replay,
    "replay_last": PlayerWidget.replay_last,
    "spectrogram": PlayerWidget.toggle_spectrogram,
}
# The decision buttons' texts, with their access keys.
DECISION_TEXT = {
    DecisionKind.NO_ACTION: QT_TRANSLATE_NOOP("LeadWindow", "&No action needed"),
    DecisionKind.REFER_SAFETY_TEAM: QT_TRANSLATE_NOOP("LeadWindow", "&Refer to the safety team"),
    DecisionKind.REQUEST_DISCLOSURE: QT_TRANSLATE_NOOP("LeadWindow", "Request &disclosure"),
}
NOT_INCLUDED = (QT_TRANSLATE_NOOP("LeadWindow",
        "(not included: this case was escalated before envelopes carried the clip's "
                "texts)"))


def state_text(state: CaseState | None) -> str:
    """How the inbox says where a case stands: new, opened, or decided with the decision
    (and whether it was changed or its records contradict each other)."""
    if state is None or state.status is CaseStatus.NEW:
        return translate("LeadWindow", "new")
    if state.status is CaseStatus.OPENED or state.current is None:
        return translate("LeadWindow", "opened")
    decision = label(state.current.decision)
    if state.conflicting:
        return translate("LeadWindow", "decided: {decision} — conflicting records").format(
            decision=decision)
    if state.changed:
        return translate("LeadWindow", "decided: {decision} (changed)").format(
            decision=decision)
    return translate("LeadWindow", "decided: {decision}").format(decision=decision)


def describe(decision: KnownDecision) -> str:
    """“Refer to the safety team” (2026-09-21 14:13 UTC, lead-a), as far as it is known."""
    facts = [decision.created[:16].replace("T", " ") + " UTC" if decision.created else "",
             decision.lead]
    extra = ", ".join(f for f in facts if f)
    shown = f"“{label(decision.decision)}”"
    return f"{shown} ({extra})" if extra else shown


class LeadWindow(QMainWindow):
    case_opened = Signal(str)
    case_closed = Signal(str)
    decided = Signal(str, str)

    def __init__(self, desk: LeadDesk, player: Player, gate_factory: GateFactory | None = None,
                 cosign_factory: CosignFactory | None = None,
                 settings: UiSettings | None = None,
                 exchange: LeadExchange | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.player = player
        self.settings = settings or UiSettings(parent=self)
        self.view: CaseView | None = None
        self.case_state: CaseState | None = None
        self.changing = False  # "Change decision" chosen: the next decision supersedes
        self._reasons: dict[str, str] = {}  # reasons typed at a gate not passed, per case
        self._gate_factory = gate_factory or self._default_gate
        self._cosign_factory: CosignFactory = cosign_factory or CosignDialog
        self.operations = Operations(self)
        self.setWindowTitle(translate("LeadWindow", "Reviewer — lead {lead}").format(
                lead=desk.lead_name()))
        self.setAccessibleName(translate("LeadWindow", "Lead window"))

        # inbox
        self.inbox = QListWidget()
        self.inbox.setWordWrap(True)  # a long state wraps rather than scrolling sideways
        self.inbox.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inbox.itemActivated.connect(lambda _item: self.open_selected())
        inbox_label = buddy(translate("LeadWindow", "In&box (all cases locked):"), self.inbox)
        self.inbox.setAccessibleName(translate("LeadWindow", "Escalated cases"))
        self.import_button = QPushButton(translate("LeadWindow", "&Import new cases"))
        self.import_button.setAccessibleName(translate("LeadWindow", "Import new cases"))
        self.import_button.clicked.connect(self.import_new)
        self.open_button = QPushButton(translate("LeadWindow", "&Open case…"))
        self.open_button.setAccessibleName(translate("LeadWindow", "Open case"))
        self.open_button.clicked.connect(self.open_selected)
        self.cosign_button = QPushButton(translate("LeadWindow", "Co-si&gn a disclosure request…"))
        self.cosign_button.setAccessibleName(translate("LeadWindow",
                "Co-sign a disclosure request"))
        self.cosign_button.clicked.connect(lambda: self.cosign_file(None))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(inbox_label)
        left_layout.addWidget(self.inbox)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.open_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.cosign_button)

        # case view
        self.stack = QStackedWidget()
        placeholder = QLabel(translate("LeadWindow",
                "Select a case and open it through the gate (Return).\n"
                             "Every opening is recorded with your reason."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)  # a long translation wraps, the window stays narrow
        self.stack.addWidget(placeholder)
        self.stack.addWidget(self._case_panel())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setSizes([320, 640])
        self.setCentralWidget(splitter)
        self._tab_order()

        self.playback = self._playback_actions()
        close_action = QAction(translate("LeadWindow", "Close case"), self)
        close_action.setShortcut(QKeySequence("Ctrl+W"))
        close_action.triggered.connect(self.close_case)
        self.addAction(close_action)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_POLL_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        self.resize(1040, 660)  # the decision buttons on one line in English
        self.sync: LeadSync | None = None
        if exchange is not None:  # an S3 exchange: sync runs beside the window
            self.sync = LeadSync(self, exchange)
            QTimer.singleShot(0, self.sync.begin)
        self.refresh()
        self._show_decision_state()
        self.inbox.setFocus()

    # ------------------------------------------------------------ building

    def _case_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.case_title = QLabel("")
        # RichText: a translation need not start with the tag Qt guesses the format by.
        self.case_title.setTextFormat(Qt.TextFormat.RichText)
        self.case_title.setWordWrap(True)
        status_label(self.case_title, translate("LeadWindow", "Case"))
        self.case_warning = QLabel("")
        self.case_warning.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.case_warning.setWordWrap(True)
        layout.addWidget(self.case_title)
        layout.addWidget(self.case_warning)
        self.player_widget = PlayerWidget(self.player, self.settings)
        self.player_widget.state_changed.connect(self._player_state)
        layout.addWidget(self.player_widget)
        layout.addWidget(QLabel(translate("LeadWindow", "Reviewer's note:")))
        self.note = QLabel("")
        self.note.setWordWrap(True)
        status_label(self.note, translate("LeadWindow", "Reviewer's note"))
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        self.draft = self._reading_field()
        self.automatic = self._reading_field()
        texts = QHBoxLayout()
        for text, field in ((translate("LeadWindow", "Reviewer's draf&t transcript:"), self.draft),
                            (translate("LeadWindow", "&Automatic transcript:"), self.automatic)):
            column = QVBoxLayout()
            column.addWidget(buddy(text, field))
            column.addWidget(field, 1)
            texts.addLayout(column, 1)
        layout.addLayout(texts, 1)
        self.response = QLabel("")
        self.response.setWordWrap(True)
        status_label(self.response, translate("LeadWindow", "Assistant's answer"))
        self.response.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.response)
        self.decision_state = QLabel("")
        self.decision_state.setWordWrap(True)
        status_label(self.decision_state, translate("LeadWindow", "Decision"))
        layout.addWidget(self.decision_state)
        self.comment = QLineEdit()
        self.comment.textEdited.connect(lambda _t: self.desk.touch())
        comment_row = QHBoxLayout()
        comment_row.addWidget(buddy(translate("LeadWindow", "Co&mment:"), self.comment))
        comment_row.addWidget(self.comment, 1)
        self.comment.setAccessibleName(translate("LeadWindow", "Comment for the decision record"))
        layout.addLayout(comment_row)
        self.decision_error = problem_label(translate("LeadWindow", "Decision problem"))
        layout.addWidget(self.decision_error)
        decisions = FlowLayout(group_spacing=6)  # wraps when a translation is long
        self.decision_buttons: dict[DecisionKind, QPushButton] = {}
        for kind in DecisionKind:
            b = QPushButton(translate("LeadWindow", DECISION_TEXT[kind]))
            b.setAccessibleName(label(kind))
            b.clicked.connect(lambda _c=False, k=kind: self.decide(k))
            self.decision_buttons[kind] = b
            decisions.add_group(b)
        self.change_button = QPushButton(translate("LeadWindow", "C&hange decision…"))
        self.change_button.setAccessibleName(translate("LeadWindow", "Change decision"))
        self.change_button.setToolTip(translate("LeadWindow",
                "Record a different decision that supersedes the "
                                      "current one; both records are kept"))
        self.change_button.clicked.connect(self.toggle_change)
        decisions.add_group(self.change_button)
        self.close_button = QPushButton(translate("LeadWindow", "Clos&e case"))
        self.close_button.setAccessibleName(translate("LeadWindow", "Close case"))
        self.close_button.clicked.connect(self.close_case)
        decisions.add_group(self.close_button, right=True)
        layout.addLayout(decisions)
        return panel

    @staticmethod
    def _reading_field() -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setReadOnly(True)
        field.setTabChangesFocus(True)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return field

    def _tab_order(self) -> None:
        """Inbox and Open, then the case from Play to Close; import and co-sign last."""
        p = self.player_widget
        chain: list[QWidget] = [
            self.inbox, self.open_button, p.play_button, p.back_button, p.forward_button,
            p.replay_button, p.speed_box, p.volume_slider, self.draft, self.automatic,
            self.comment, *self.decision_buttons.values(), self.change_button,
            self.close_button, self.import_button, self.cosign_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _playback_actions(self) -> dict[str, QAction]:
        """The reviewer's playback actions, with the keys the user chose (re-applied when the
        settings change), in a Playback menu that names them."""
        menu = self.menuBar().addMenu(translate("LeadWindow", "&Playback"))
        actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            if spec.group != PLAYBACK_GROUP or spec.id not in PLAYBACK:
                continue
            action = QAction(action_label(spec), self)
            action.setObjectName(f"action_{spec.id}")
            action.triggered.connect(lambda _c=False, i=spec.id: self.playback_action(i))
            self.addAction(action)
            menu.addAction(action)
            actions[spec.id] = action
        self.settings.changed.connect(self._apply_keys)
        self.playback = actions
        self._apply_keys()
        return actions

    def _apply_keys(self) -> None:
        specs = {s.id: s for s in ACTIONS}
        for action_id, action in self.playback.items():
            action.setShortcut(key_for(specs[action_id], self.settings))
        p = self.player_widget
        for action_id, widget, tip in (("play_pause", p.play_button, translate("LeadWindow",
                "Play or pause")),
                                       ("jump_back", p.back_button, translate("LeadWindow",
                                               "Jump back")),
                                       ("jump_forward", p.forward_button, translate("LeadWindow",
                                               "Jump forward")),
                                       ("replay", p.replay_button, translate("LeadWindow",
                                               "Play again from the start"))):
            found = self.playback.get(action_id)
            keys = shown_keys(found.shortcut()) if found is not None else ""
            widget.setToolTip(with_key(tip, keys))

    def _default_gate(self, entry: InboxEntry, parent: QWidget) -> LeadGateDialog:
        return LeadGateDialog(entry, lambda p, c, r: self.desk.open_case(entry.case_id, p, c, r),
                              parent, self.operations)

    # ------------------------------------------------------------ inbox

    def refresh(self) -> None:
        current = self.selected_case()
        entries = self.desk.inbox()
        try:
            states = self.desk.case_states([e.case_id for e in entries])
        except ReviewerError as exc:  # the audit log cannot be read: say so, list anyway
            states = {}
            self.statusBar().showMessage(translate("LeadWindow",
                    "Where cases stand cannot be read: {error}").format(
                error=reason_text(exc)))
        self.inbox.clear()
        for entry in entries:
            state = states.get(entry.case_id)
            shown = f"{entry_label(entry)} · {state_text(state)}"
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, translate("LeadWindow",
                    "Locked: {case}").format(case=shown))
            if state is None or state.status is CaseStatus.NEW:
                font = QFont(item.font())
                font.setBold(True)  # not yet looked at, like unread mail
                item.setFont(font)
            self.inbox.addItem(item)
            if entry.case_id == current:
                self.inbox.setCurrentItem(item)
        if self.inbox.currentItem() is None and self.inbox.count():
            self.inbox.setCurrentRow(0)
        self.open_button.setEnabled(self.inbox.count() > 0)
        if states or not entries:
            cases = self.inbox.count()
            self.statusBar().showMessage(self.tr("%n case(s) in the inbox", "", cases))

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
            QMessageBox.warning(self, translate("LeadWindow", "Import cases"),
                                reason_sentence(exc))
            return
        self.refresh()
        self.statusBar().showMessage(self.tr("%n new case(s) imported", "", count))

    # ------------------------------------------------------------ the case

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = self._gate_factory(entry, self)
        kept = self._reasons.get(entry.case_id, "")
        if kept and not dialog.reason.toPlainText():
            dialog.reason.setPlainText(kept)  # what was typed at the last attempt
        try:
            granted = bool(dialog.exec()) and dialog.view is not None
            view, typed = dialog.view, dialog.typed_reason()
        finally:
            dialog.passphrase.clear()
            dialog.deleteLater()  # nothing typed stays in a hidden dialog
        if granted and view is not None:
            self._reasons.pop(entry.case_id, None)
            self.show_case(view)
            return
        self.refresh()  # a denial is no opening, but the inbox may have changed
        if typed.strip():
            self._reasons[entry.case_id] = typed
            self.statusBar().showMessage(translate("LeadWindow",
                    "The case was not opened. The reason you wrote is "
                                         "kept for your next attempt at this case."))

    def show_case(self, view: CaseView) -> None:
        self.player.stop()
        self.view = view
        when = view.created.replace("T", " ").replace("Z", " UTC")
        self.case_title.setText(translate(
            "LeadWindow", "<b>{category}</b> — escalated {when} by {reviewer}").format(
                category=label(view.category), when=when, reviewer=view.reviewer))
        self.case_warning.setText("" if view.label_matches else
                                  translate("LeadWindow",
                                          "The envelope's file name did not match its sealed "
                                  "content: the sealed category is shown."))
        self.note.setText(view.note or translate("LeadWindow", "(no note)"))
        self.draft.setPlainText(view.draft or translate("LeadWindow", "(no draft)"))
        self._show_texts(view.texts)
        self.comment.clear()
        self.changing = False
        self.player.load(view.case_id, view.audio_flac)
        self.player_widget.loaded()
        self.stack.setCurrentIndex(1)
        self.refresh()
        self._show_decision_state()
        self.player_widget.play_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.case_opened.emit(view.case_id)

    def _show_texts(self, texts: ClipTexts | None) -> None:
        if texts is None:
            self.automatic.setPlainText(translate("LeadWindow", NOT_INCLUDED))
            self.response.setText(translate("LeadWindow", "Assistant's answer: {answer}").format(
                answer=translate("LeadWindow", NOT_INCLUDED)))
            return
        self.automatic.setPlainText(texts.pred_text or translate("LeadWindow", "(none)"))
        self.response.setText(translate("LeadWindow", "Assistant's answer: {answer}").format(
            answer=texts.assistant_response or translate("LeadWindow", "(none)")))

    def _drop_case(self, message: str) -> None:
        case = self.view.case_id if self.view else ""
        self.player.stop()
        self.player.unload()
        self.player_widget.unloaded()
        self.view = None
        for field in (self.draft, self.automatic):
            field.clear()
        for shown in (self.note, self.response, self.decision_error):
            shown.clear()
        self.comment.clear()
        self.changing = False
        self.stack.setCurrentIndex(0)
        self.refresh()
        self._show_decision_state()
        self.statusBar().showMessage(message)
        self.inbox.setFocus(Qt.FocusReason.OtherFocusReason)
        if case:
            self.case_closed.emit(case)

    def _denied(self, denied: AccessDenied) -> None:
        self._drop_case(reason_sentence(denied))

    @property
    def play_button(self) -> QAbstractButton:
        return self.player_widget.play_button

    def playback_action(self, action_id: str) -> None:
        """A playback key: activity in the open case, unless its access already ended."""
        if self.view is None:
            return
        if self.desk.check_idle():
            self._drop_case(translate("LeadWindow",
                    "Access ended after 10 idle minutes; the case is closed."))
            return
        self.desk.touch()
        PLAYBACK[action_id](self.player_widget)

    def _player_state(self, state: str) -> None:
        """Playing is activity; it is also checked against the access (denied: dropped)."""
        if self.view is None or state != PlayerState.PLAYING.value:
            return
        try:
            self.desk.case_audio(self.view.case_id)
        except AccessDenied as denied:
            self._denied(denied)

    # ------------------------------------------------------------ decisions

    def _show_decision_state(self) -> None:
        """Where the open case stands, and which decision buttons apply now."""
        state = None
        if self.view is not None:
            try:
                state = self.desk.case_state(self.view.case_id)
            except ReviewerError as exc:
                self.decision_error.setText(translate("LeadWindow",
                        "Where this case stands cannot be read: {error}").format(
                    error=reason_text(exc)))
        self.case_state = state
        current = state.current if state is not None else None
        open_case = self.view is not None
        if current is None:
            self.changing = False
            text = translate("LeadWindow", "No decision yet.")
        elif self.changing:
            text = translate("LeadWindow", "Changing the decision {decision}: write why in the "
                             "comment, then choose the new decision. The earlier record is kept "
                             "and the new one supersedes it.").format(decision=describe(current))
        else:
            text = translate("LeadWindow", "Decided: {decision}.").format(
                decision=describe(current))
            if state is not None and state.conflicting:
                records = len(state.open_records)
                text += " " + self.tr("%n record(s) of this case contradict each other: "
                                      "Change decision settles them.", "", records)
            elif state is not None and state.changed:
                kept = len(state.decisions)
                text += " " + self.tr("(changed; %n record(s) kept)", "", kept)
        self.decision_state.setText(text if open_case else "")
        for kind, b in self.decision_buttons.items():
            same = (current is not None and kind is current.decision
                    and not (state is not None and state.conflicting))
            b.setEnabled(open_case and (current is None or (self.changing and not same)))
        self.change_button.setEnabled(open_case and current is not None)
        self.change_button.setText(translate("LeadWindow",
                "Cancel c&hange") if self.changing else translate("LeadWindow",
                        "C&hange decision…"))
        self.comment.setPlaceholderText(
            translate("LeadWindow",
                      "Why the decision changes (required; it goes into the new record)")
            if self.changing
            else translate("LeadWindow", "Comment for the decision record (for a disclosure "
                           "request: why identification is needed)"))

    def toggle_change(self) -> None:
        """Enters (or leaves) changing the decision of the open, decided case."""
        if self.view is None or self.case_state is None or self.case_state.current is None:
            return
        self.changing = not self.changing
        self.decision_error.clear()
        self.desk.touch()
        self._show_decision_state()
        if self.changing:
            self.comment.setFocus(Qt.FocusReason.OtherFocusReason)

    def decide(self, kind: DecisionKind) -> None:
        if self.view is None:
            return
        case = self.view.case_id
        change = self.changing
        self.decision_error.clear()
        try:
            written = self.desk.decide(case, kind, self.comment.text(), change=change)
        except AccessDenied as denied:
            self._denied(denied)
            return
        except AlreadyDecided as refused:
            self.changing = False
            self._show_decision_state()
            self.refresh()
            current = refused.state.current
            self.decision_error.setText(reason_sentence(refused) if current is None else translate(
                    "LeadWindow", "This case is already decided: {decision}. To decide "
                    "differently, choose Change decision: the new record supersedes this one, "
                    "and both are kept.").format(decision=describe(current)))
            return
        except ReviewerError as exc:
            self.decision_error.setText(translate("LeadWindow",
                    "Decision not recorded: {error}").format(error=reason_text(exc)))
            self.comment.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.comment.clear()
        self.changing = False
        extra = (translate("LeadWindow", "; disclosure request written to {file} — a second "
                           "lead must co-sign it (`reviewer disclosure cosign FILE`)").format(
                               file=written.disclosure.name)
                 if written.disclosure else "")
        what = (translate("LeadWindow", "Decision changed") if change
                else translate("LeadWindow", "Decision recorded"))
        self.refresh()
        self._show_decision_state()
        self.statusBar().showMessage(f"{what}: {label(kind)}{extra}")
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.decided.emit(case, kind.value)

    def cosign_file(self, path: Path | None) -> bool:
        """Asks for a request file (unless given), shows it, and co-signs it via the gate."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, translate("LeadWindow",
                    "Disclosure request to co-sign"), "",
                                                  translate("LeadWindow",
                                                          "Disclosure requests (*.json)"))
            if not name:
                return False
            path = Path(name)
        from reviewer.workflows.disclosure import read_request

        try:
            request = read_request(path)
        except ReviewerError as exc:
            QMessageBox.warning(self, translate("LeadWindow", "Co-sign"), reason_sentence(exc))
            return False
        chosen = path
        dialog = self._cosign_factory(request, lambda p, c: self.desk.cosign(chosen, p, c), self)
        if dialog.exec() and dialog.signed is not None:
            signatures = len(dialog.signed.signatures)
            self.statusBar().showMessage(
                self.tr("Co-signed: the request now has %n signature(s).", "", signatures))
            return True
        return False

    def close_case(self) -> None:
        if self.view is not None:
            self.desk.close_case()
            self._drop_case(translate("LeadWindow", "Case closed."))

    def check_idle(self) -> None:
        if self.view is not None and self.desk.check_idle():
            self._drop_case(translate("LeadWindow",
                    "Access ended after 10 idle minutes; the case is closed."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sync is not None:  # no orphan: sync ends with the window
            self.sync.stop()
        self.close_case()
        self.idle_timer.stop()
        self.operations.shutdown()
        self._reasons.clear()
        super().closeEvent(event)
