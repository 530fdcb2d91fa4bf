"""Core's names for its categories, flags, reasons, decisions and pedal actions, in the
interface's language.

Core keeps one English label per enum value (`.label`, pedals.ACTION_LABELS/BUTTON_LABELS:
the command line and the exports use those); the window shows `label(value)`. Each label is
listed here for pyside6-lupdate, and tests/ui/test_i18n.py fails when core gains one that is
not, so no label reaches the window untranslated.
"""

from __future__ import annotations

from enum import Enum

from reviewer.core.pedals import ACTION_LABELS, BUTTON_LABELS, PedalAction, PedalButton
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Labels"

KNOWN = frozenset({
    # annotation.CriticalCategory
    QT_TRANSLATE_NOOP("Labels", "Name"),
    QT_TRANSLATE_NOOP("Labels", "Financial"),
    QT_TRANSLATE_NOOP("Labels", "Health"),
    QT_TRANSLATE_NOOP("Labels", "Address or location"),
    QT_TRANSLATE_NOOP("Labels", "Contact details"),
    QT_TRANSLATE_NOOP("Labels", "Credentials"),
    QT_TRANSLATE_NOOP("Labels", "Other"),
    # annotation.Flag
    QT_TRANSLATE_NOOP("Labels", "Accidental activation"),
    QT_TRANSLATE_NOOP("Labels", "Unintelligible"),
    QT_TRANSLATE_NOOP("Labels", "No speech"),
    QT_TRANSLATE_NOOP("Labels", "Background speech only"),
    QT_TRANSLATE_NOOP("Labels", "Media playing (TV/radio)"),
    QT_TRANSLATE_NOOP("Labels", "Other language"),
    # annotation.SkipReason
    QT_TRANSLATE_NOOP("Labels", "Can't hear"),
    QT_TRANSLATE_NOOP("Labels", "Wrong language"),
    QT_TRANSLATE_NOOP("Labels", "Distressing"),
    # escalation.EscalationCategory
    QT_TRANSLATE_NOOP("Labels", "Violence or crime"),
    QT_TRANSLATE_NOOP("Labels", "Self-harm"),
    QT_TRANSLATE_NOOP("Labels", "Child safety"),
    QT_TRANSLATE_NOOP("Labels", "Medical emergency"),
    QT_TRANSLATE_NOOP("Labels", "Other distress"),
    # escalation.DecisionKind
    QT_TRANSLATE_NOOP("Labels", "No action needed"),
    QT_TRANSLATE_NOOP("Labels", "Refer to the safety team"),
    QT_TRANSLATE_NOOP("Labels", "Request disclosure"),
    # pedals.ACTION_LABELS, BUTTON_LABELS
    QT_TRANSLATE_NOOP("Labels", "Nothing"),
    QT_TRANSLATE_NOOP("Labels", "Play while held (back-step on release)"),
    QT_TRANSLATE_NOOP("Labels", "Play / pause"),
    QT_TRANSLATE_NOOP("Labels", "Rewind (jump back, repeating while held)"),
    QT_TRANSLATE_NOOP("Labels", "Fast forward (jump ahead, repeating while held)"),
    QT_TRANSLATE_NOOP("Labels", "Left pedal"),
    QT_TRANSLATE_NOOP("Labels", "Middle pedal"),
    QT_TRANSLATE_NOOP("Labels", "Right pedal"),
})


def english(value: Enum) -> str:
    """Core's English label of an enum value."""
    if isinstance(value, PedalAction):
        return ACTION_LABELS[value]
    if isinstance(value, PedalButton):
        return BUTTON_LABELS[value]
    text = getattr(value, "label", None)
    if not isinstance(text, str):
        raise TypeError(f"{value!r} has no label")
    return text


def label(value: Enum) -> str:
    """The value's label in the interface's language."""
    return translate(CONTEXT, english(value))
