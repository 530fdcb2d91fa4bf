"""The escalation dialog and the aftercare message."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reviewer.core.escalation import EscalationCategory
from reviewer.ui.qt_escalate_dialog import AftercareDialog, EscalateDialog


def test_needs_a_category(qtbot: QtBot) -> None:
    dialog = EscalateDialog()
    qtbot.addWidget(dialog)
    assert {r.accessibleName() for r in dialog.radios.values()} == {
        c.label for c in EscalationCategory}
    assert dialog.note_edit.accessibleName() == "Note for the lead (optional)"
    assert not dialog.confirm.isEnabled()
    dialog.radios[EscalationCategory.CHILD_SAFETY].click()
    assert dialog.confirm.isEnabled()
    qtbot.keyClicks(dialog.note_edit, "  child crying for help at 0:12 ")
    with qtbot.waitSignal(dialog.accepted):
        dialog.confirm.click()
    assert dialog.category() is EscalationCategory.CHILD_SAFETY
    assert dialog.note() == "child crying for help at 0:12"


def test_aftercare_offers_and_suggests_a_break(qtbot: QtBot) -> None:
    first = AftercareDialog("Support line: 0800 000", suggest_break=False)
    qtbot.addWidget(first)
    assert first.support.text() == "Support line: 0800 000"
    assert first.suggestion.isHidden()
    assert first.continue_button.isDefault()
    third = AftercareDialog("Support line: 0800 000", suggest_break=True)
    qtbot.addWidget(third)
    assert not third.suggestion.isHidden()
    assert third.break_button.isDefault()
    with qtbot.waitSignal(third.break_requested):
        third.break_button.click()
