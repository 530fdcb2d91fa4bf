"""One registry of the window's keyboard actions and their keys.

Every action is a QAction owned by the main window (so its shortcut works wherever focus is).
Its key is the reviewer's own choice in Settings, else the organisation's default, else the
chosen keymap preset's (reviewer/ui/keymaps.py; `default` below is the standard preset's).
No keymap takes a key the transcript's text field owns (keymaps.TEXT_FIELD_KEYS), so the
editor can hand every key the window owns back to the window (see TranscriptEdit). A view that
names a key (a tooltip, a hint) reads it here with `key_text` and again on `keys_changed`,
never from the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reviewer.core.annotation import Flag
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.keymaps import preset_key
from reviewer.ui.labels import label
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.tags import TAGS
from reviewer.ui.wording import with_key


@dataclass(frozen=True)
class ActionSpec:
    id: str
    label: str
    default: str  # portable key text, e.g. "Ctrl+Space"; "" for none
    group: str


def tag_action_id(tag: str) -> str:
    """The action that inserts `tag` ("[noise]" -> "tag_noise")."""
    return f"tag_{tag.strip('[]')}"


def flag_action_id(flag: Flag) -> str:
    """The action that toggles `flag`."""
    return f"flag_{flag.value}"


def question_action_id(number: int) -> str:
    """The action that answers the `number`th question (1-based) of the open clip."""
    return f"question_{number}"


QUESTION_KEYS = 9  # questions 1..9 have a key each; later ones are reached with Tab

_FLAG_ORDER = (Flag.ACCIDENTAL_ACTIVATION, Flag.UNINTELLIGIBLE, Flag.NO_SPEECH,
               Flag.BACKGROUND_SPEECH_ONLY, Flag.MEDIA_PLAYING, Flag.OTHER_LANGUAGE)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("play_pause", QT_TRANSLATE_NOOP("Actions", "Play/Pause"), "Ctrl+Space", "Playback"),
    ActionSpec("jump_back", QT_TRANSLATE_NOOP("Actions", "Jump back"), "Ctrl+B", "Playback"),
    ActionSpec("jump_forward", QT_TRANSLATE_NOOP("Actions", "Jump forward"), "Ctrl+F", "Playback"),
    ActionSpec("speed_up", QT_TRANSLATE_NOOP("Actions", "Faster"), "Ctrl+=", "Playback"),
    ActionSpec("speed_down", QT_TRANSLATE_NOOP("Actions", "Slower"), "Ctrl+-", "Playback"),
    ActionSpec("replay", QT_TRANSLATE_NOOP("Actions", "Replay from the start"),
               "Ctrl+Shift+Space", "Playback"),
    ActionSpec("replay_last", QT_TRANSLATE_NOOP("Actions", "Replay the last seconds"),
               "Ctrl+Shift+R", "Playback"),
    ActionSpec("spectrogram", QT_TRANSLATE_NOOP("Actions", "Spectrogram view"),
               "Ctrl+G", "Playback"),
    ActionSpec("submit_next", QT_TRANSLATE_NOOP("Actions", "Submit and next"),
               "Ctrl+Return", "Review"),
    ActionSpec("accept_submit",
               QT_TRANSLATE_NOOP("Actions", "Accept the automatic transcript and submit"),
               "Ctrl+Shift+Return", "Review"),
    ActionSpec("start_from_auto",
               QT_TRANSLATE_NOOP("Actions", "Start from the automatic transcript"),
               "Ctrl+I", "Review"),
    ActionSpec("toggle_critical", QT_TRANSLATE_NOOP("Actions", "Critical data"),
               "Ctrl+Shift+C", "Review"),
    ActionSpec("mark_critical", QT_TRANSLATE_NOOP("Actions", "Mark selection critical"),
               "Ctrl+M", "Review"),
    ActionSpec("span_time", QT_TRANSLATE_NOOP("Actions", "Set span time from selection"),
               "Ctrl+Shift+M", "Review"),
    ActionSpec("remove_span", QT_TRANSLATE_NOOP("Actions", "Remove marked span"),
               "Ctrl+Shift+Delete", "Review"),
    *(ActionSpec(flag_action_id(f), f.label, f"Ctrl+{i}", "Flags")
      for i, f in enumerate(_FLAG_ORDER, start=1)),
    ActionSpec("skip", QT_TRANSLATE_NOOP("Actions", "Skip…"), "Ctrl+Shift+K", "Review"),
    ActionSpec("escalate", QT_TRANSLATE_NOOP("Actions", "Escalate…"), "Ctrl+Shift+E", "Review"),
    ActionSpec("take_break", QT_TRANSLATE_NOOP("Actions", "Take a break"),
               "Ctrl+Shift+B", "Review"),
    ActionSpec("previous_clip", QT_TRANSLATE_NOOP("Actions", "Previous clip"),
               "Ctrl+[", "Navigation"),
    ActionSpec("next_clip", QT_TRANSLATE_NOOP("Actions", "Next clip"), "Ctrl+]", "Navigation"),
    ActionSpec("focus_transcript", QT_TRANSLATE_NOOP("Actions", "Go to the transcript"),
               "Ctrl+T", "Navigation"),
    ActionSpec("focus_queue", QT_TRANSLATE_NOOP("Actions", "Go to the queue"),
               "Ctrl+L", "Navigation"),
    ActionSpec("focus_questions", QT_TRANSLATE_NOOP("Actions", "Go to the questions"),
               "Ctrl+J", "Navigation"),
    ActionSpec("toggle_unfinished", QT_TRANSLATE_NOOP("Actions", "Show unfinished clips only"),
               "Ctrl+Shift+L", "Navigation"),
    *(ActionSpec(question_action_id(n), f"Answer question {n}", f"Ctrl+Shift+{n}",
                 "Questions") for n in range(1, QUESTION_KEYS + 1)),
    ActionSpec("copy_answers", QT_TRANSLATE_NOOP("Actions", "Same answers as the previous clip"),
               "Ctrl+Shift+D",
               "Questions"),
    *(ActionSpec(tag_action_id(tag), f"Insert {tag}", f"Alt+{i}", "Tags")
      for i, tag in enumerate(TAGS, start=1)),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "Import package…"), "Ctrl+O", "File"),
    ActionSpec("export", QT_TRANSLATE_NOOP("Actions", "Export results…"), "Ctrl+Shift+X", "File"),
    ActionSpec("settings", QT_TRANSLATE_NOOP("Actions", "Settings…"), "Ctrl+,", "File"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), "Ctrl+Q", "File"),
    ActionSpec("help_keys", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), "F1", "Help"),
)

FLAG_ACTIONS: dict[str, Flag] = {flag_action_id(f): f for f in _FLAG_ORDER}
FLAG_ORDER = _FLAG_ORDER
SPEC_BY_ID = {spec.id: spec for spec in ACTIONS}

# The menu bar: action ids in order, None for a separator.
MENUS: dict[str, list[str | None]] = {
    QT_TRANSLATE_NOOP("Menus", "&File"): ["import", "export", None, "settings", None, "quit"],
    QT_TRANSLATE_NOOP("Menus", "&Playback"): [
        "play_pause", "jump_back", "jump_forward", "replay", "replay_last", None,
        "speed_down", "speed_up", None, "spectrogram"],
    QT_TRANSLATE_NOOP("Menus", "&Review"): [
        "submit_next", "accept_submit", "skip", "escalate", "take_break", None,
        "copy_answers", "start_from_auto",
        *(tag_action_id(t) for t in TAGS), None, "toggle_critical",
        "mark_critical", "span_time", "remove_span", None, *FLAG_ACTIONS],
    QT_TRANSLATE_NOOP("Menus", "&Go"): [
        "previous_clip", "next_clip", None, "focus_queue", "focus_transcript",
        "focus_questions", "toggle_unfinished"],
    QT_TRANSLATE_NOOP("Menus", "&Help"): ["help_keys"],
}


# The groups of ACTIONS, as the settings and the F1 list head them.
GROUPS = (QT_TRANSLATE_NOOP("Actions", "Playback"), QT_TRANSLATE_NOOP("Actions", "Review"),
          QT_TRANSLATE_NOOP("Actions", "Flags"), QT_TRANSLATE_NOOP("Actions", "Navigation"),
          QT_TRANSLATE_NOOP("Actions", "Questions"), QT_TRANSLATE_NOOP("Actions", "Tags"),
          QT_TRANSLATE_NOOP("Actions", "File"), QT_TRANSLATE_NOOP("Actions", "Help"))


def action_label(spec: ActionSpec) -> str:
    """The action's name in the interface's language (spec.label is the English one, which
    the README's generated key tables use)."""
    if spec.id in FLAG_ACTIONS:
        return label(FLAG_ACTIONS[spec.id])
    if spec.id.startswith("question_"):
        number = spec.id.removeprefix("question_")
        return translate("Actions", "Answer question {number}").format(number=number)
    if spec.id.startswith("tag_"):
        tag = spec.label.removeprefix("Insert ")
        return translate("Actions", "Insert {tag}").format(tag=tag)
    return translate("Actions", spec.label)


def group_label(group: str) -> str:
    return translate("Actions", group)


def menu_title(title: str) -> str:
    """A MENUS key ("&File") in the interface's language."""
    return translate("Menus", title)


def preset_default(spec: ActionSpec, preset_id: str) -> str:
    """The key the keymap preset `preset_id` gives the action (portable text)."""
    return preset_key(preset_id, spec.id, spec.default)


def key_for(spec: ActionSpec, settings: UiSettings) -> QKeySequence:
    """The action's key: the reviewer's or organisation's choice, else the preset's."""
    chosen = settings.shortcut(spec.id)
    return QKeySequence(preset_default(spec, settings.keymap_preset) if chosen is None
                        else chosen)


def shown_keys(key: QKeySequence) -> str:
    """A key as the menus show it ("" for none)."""
    return key.toString(QKeySequence.SequenceFormat.NativeText)


def default_key_text(action_id: str) -> str:
    """The built-in key of an action, as shown: for views built without settings only."""
    return shown_keys(QKeySequence(SPEC_BY_ID[action_id].default))


class ShortcutRegistry(QObject):
    """Builds the QActions on `owner` and keeps their keys in step with the settings.

    Signals:
        keys_changed(): the actions' keys were applied again (the settings changed); views
            that name a key show `key_text` anew.
    """

    keys_changed = Signal()

    def __init__(self, owner: QWidget, settings: UiSettings) -> None:
        super().__init__(owner)
        self._settings = settings
        self.actions: dict[str, QAction] = {}
        self._owned: frozenset[str] = frozenset()  # every bound key, as portable text
        for spec in ACTIONS:
            action = QAction(action_label(spec), owner)
            action.setObjectName(f"action_{spec.id}")
            owner.addAction(action)
            self.actions[spec.id] = action
        self.apply()
        settings.changed.connect(self.apply)

    def apply(self) -> None:
        owned: set[str] = set()
        for spec in ACTIONS:
            action = self.actions[spec.id]
            key = key_for(spec, self._settings)
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            if text in owned:  # two actions on one key (an organisation's policy, a hand-
                key, text = QKeySequence(), ""  # edited file): the first one keeps it
            action.setShortcut(key)
            action.setToolTip(with_key(action_label(spec), shown_keys(action.shortcut())))
            if text:
                owned.add(text)
        self._owned = frozenset(owned)
        self.keys_changed.emit()

    def key_text(self, action_id: str) -> str:
        """The action's key as the menus show it; "" when it has none."""
        return shown_keys(self.actions[action_id].shortcut())

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def owns(self, key: QKeySequence) -> bool:
        """True when `key` triggers one of the window's actions (asked for every key typed
        in the transcript: a set lookup, not a match against each action)."""
        return key.toString(QKeySequence.SequenceFormat.PortableText) in self._owned
