"""The key tables people read, written from the one table of actions (qt_shortcuts.ACTIONS)
and keymaps (keymaps.PRESETS, keymaps.TEXT_FIELD_KEYS): the F1 table (`shortcut_rows`,
with the keys as they are set now) and the README's section between the markers
(`readme_section`, every preset). resources/dev/make_key_tables.py writes that section;
tests/ui/test_key_tables.py fails when the README differs from what this writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.keymaps import (
    LW,
    PRESET_BY_ID,
    PRESETS,
    STANDARD,
    TEXT_FIELD_KEYS,
    Platform,
    TextFieldKey,
    Use,
    current_platform,
    preset_key,
)
from reviewer.ui.qt_shortcuts import ACTIONS, ActionSpec, action_label, group_label
from reviewer.ui.qt_waveform import WAVEFORM_KEYS

README_BEGIN = ("<!-- key tables: generated from reviewer/ui/qt_shortcuts.py and "
                "reviewer/ui/keymaps.py by resources/dev/make_key_tables.py; do not edit -->")
README_END = "<!-- end of key tables -->"

QUESTION_KEYS_NOTE = QT_TRANSLATE_NOOP(
    "KeyTables",
    "A question's key answers it without leaving the transcript: a yes/no question goes "
    "Yes, No, unanswered; a choice goes through its options, then unanswered; a text "
    "question takes the cursor. Each question shows its key.")
TYPING = {
    "linux/windows": QT_TRANSLATE_NOOP(
        "KeyTables", "a character key, alone or with Shift; on Windows also Ctrl+Alt with a "
                     "character key (AltGr types @ { [ ] } € ą ł … on many layouts)"),
    "macos": QT_TRANSLATE_NOOP(
        "KeyTables", "a character key, alone or with Shift; Option (Alt) with a letter "
                     "(accents); Option with a digit (¡ ™ £ ¢ ∞ §) is left to the tag keys"),
}


# keymaps.Use's values (what the text field does with a key), for the F1 list.
USES = (QT_TRANSLATE_NOOP("KeyTables", "moving the cursor"),
        QT_TRANSLATE_NOOP("KeyTables", "selecting"),
        QT_TRANSLATE_NOOP("KeyTables", "copy, cut and paste"),
        QT_TRANSLATE_NOOP("KeyTables", "undo and redo"),
        QT_TRANSLATE_NOOP("KeyTables", "deleting"),
        QT_TRANSLATE_NOOP("KeyTables", "new lines"),
        QT_TRANSLATE_NOOP("KeyTables", "moving between fields"))


def _t(text: str) -> str:
    return translate("KeyTables", text)


def grouped(specs: Iterable[ActionSpec] = ACTIONS) -> list[tuple[str, list[ActionSpec]]]:
    """Actions by group, groups in the order they first appear."""
    out: dict[str, list[ActionSpec]] = {}
    for spec in specs:
        out.setdefault(spec.group, []).append(spec)
    return list(out.items())


# ---------------------------------------------------------------- F1

@dataclass(frozen=True)
class HelpRow:
    """One row of the F1 table: an action and its keys, or (`group`) a heading row."""

    action: str
    keys: str = ""
    group: bool = False


def keymap_line(preset_id: str) -> str:
    """The line above the F1 table: which keymap is in use."""
    preset = PRESET_BY_ID.get(preset_id, PRESET_BY_ID[STANDARD])
    return translate("KeyTables", "Keymap: {preset}. Change it, or any key, in Settings.").format(
        preset=translate("Keymaps", preset.label))


def shortcut_rows(keys: Mapping[str, str], locked: Iterable[str], locked_mark: str,
                  platform: Platform | None = None) -> list[HelpRow]:
    """The F1 table, worded in the interface's language: each action with `keys[action id]`
    (as shown; "" for none), by group; the waveform's keys; the transcript's own keys."""
    locked = frozenset(locked)
    rows: list[HelpRow] = []
    for group, specs in grouped():
        rows.append(HelpRow(group_label(group), group=True))
        for spec in specs:
            shown = (keys.get(spec.id) or "—") + (locked_mark if spec.id in locked else "")
            rows.append(HelpRow(action_label(spec), shown))
    rows.append(HelpRow(translate("KeyTables", "On the waveform"), group=True))
    rows += [HelpRow(translate("Waveform", what), native_keys(keys_text))
             for keys_text, what in WAVEFORM_KEYS]
    where = platform or current_platform()
    rows.append(HelpRow(translate("KeyTables", "The transcript's own keys (no keymap takes "
                                               "them)"), group=True))
    rows += [HelpRow(_t(use), native_keys(keys_text))
             for use, keys_text in _text_field_rows(where)]
    rows.append(HelpRow(translate("KeyTables", "typing"),
                        _t(TYPING["macos" if where is Platform.MACOS else "linux/windows"])))
    return rows


# Key names the tables spell in words where Qt's portable names are the characters.
_SPELLED = {"Plus": "+", "Minus": "-"}
_SEPARATORS = re.compile(r"( / |, )")


def native_key(key: str) -> str:
    """One key as the menus show it, in the interface's language (Qt's own key names, as
    qtbase_<language>.qm translates them: "Ctrl+Space" reads "Strg+Leertaste" in German)."""
    sequence = QKeySequence(_SPELLED.get(key, key), QKeySequence.SequenceFormat.PortableText)
    shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return shown if sequence.count() == 1 and shown else key


def native_keys(text: str) -> str:
    """Keys separated by ", " or " / " ("Shift+Left / Right"), each as native_key."""
    return "".join(part if _SEPARATORS.fullmatch(part) else native_key(part)
                   for part in _SEPARATORS.split(text))


def _text_field_rows(platform: Platform) -> list[tuple[str, str]]:
    out = []
    for use in Use:
        keys = _keys_of(r for r in TEXT_FIELD_KEYS if r.use is use and platform in r.platforms)
        if keys:
            out.append((use.value, ", ".join(keys)))
    return out


def _keys_of(rows: Iterable[TextFieldKey], mark: bool = False) -> list[str]:
    """Keys in table order, each once; with `mark`, a key of only Linux or only Windows
    says so."""
    out: dict[str, None] = {}
    for row in rows:
        only = row.platforms & LW
        suffix = ""
        if mark and only != LW:
            suffix = f" ({next(iter(only)).label})"
        for key in row.keys:
            out.setdefault(key + suffix, None)
    return list(out)


# ---------------------------------------------------------------- README

def portable(keys: str) -> str:
    """A key as Qt spells it portably ("Ctrl+Shift+Delete" -> "Ctrl+Shift+Del")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.PortableText)


def _numbered(keys: list[str]) -> bool:
    """Keys that differ only by a number counting up by one: "Ctrl+1", "Ctrl+2", ..."""
    split = [re.fullmatch(r"(.*?)(\d+)", k) for k in keys]
    if len(keys) < 2 or not all(split):
        return False
    prefixes = {m.group(1) for m in split if m}
    numbers = [int(m.group(2)) for m in split if m]
    return len(prefixes) == 1 and numbers == list(range(numbers[0], numbers[0] + len(keys)))


def _run(keys: list[str]) -> str:
    """"Ctrl+1 … Ctrl+6" for numbered keys; all of them otherwise ("—" for none)."""
    shown = [portable(k) if k else "—" for k in keys]
    return f"{shown[0]} … {shown[-1]}" if _numbered(keys) else ", ".join(shown)


def _runs(specs: list[ActionSpec]) -> list[list[ActionSpec]]:
    """Consecutive actions whose standard keys are numbered alike make one line."""
    out: list[list[ActionSpec]] = []
    for spec in specs:
        if out and _numbered([s.default for s in out[-1]] + [spec.default]):
            out[-1].append(spec)
        else:
            out.append([spec])
    return out


def _cells(specs: list[ActionSpec]) -> list[str]:
    """The key cells of one line: the standard keys, then each other preset's where they
    differ (empty: as standard)."""
    standard = [s.default for s in specs]
    cells = [_run(standard)]
    for preset in PRESETS:
        if preset.id == STANDARD:
            continue
        keys = [preset_key(preset.id, s.id, s.default) for s in specs]
        cells.append("" if keys == standard else _run(keys))
    return cells


def readme_section() -> str:
    """The README's generated key tables, markers included."""
    lines = [README_BEGIN, "",
             "| action | " + " | ".join(p.label for p in PRESETS) + " |",
             "|---|" + "---|" * len(PRESETS)]
    for group, specs in grouped():
        lines.append(f"| **{group}** |" + " |" * len(PRESETS))
        for run in _runs(specs):
            label = run[0].label if len(run) == 1 else f"{run[0].label} … {run[-1].label}"
            lines.append(f"| {label} | " + " | ".join(_cells(run)) + " |")
    lines += ["",
              "An empty cell keeps the standard key. " + QUESTION_KEYS_NOTE,
              "",
              "| on the waveform (when it has the keyboard) | keys |",
              "|---|---|"]
    lines += [f"| {what} | {keys_text} |" for keys_text, what in WAVEFORM_KEYS]
    lines += ["",
              f"None of the {len(PRESETS)} keymaps takes a key the transcript's text field "
              "owns on Linux, Windows or macOS, and Settings refuses them:",
              "",
              "| the transcript's own keys | Linux and Windows | macOS |",
              "|---|---|---|"]
    for use in Use:
        lw = _keys_of((r for r in TEXT_FIELD_KEYS if r.use is use and r.platforms & LW),
                      mark=True)
        mac = _keys_of(r for r in TEXT_FIELD_KEYS
                       if r.use is use and Platform.MACOS in r.platforms)
        lines.append(f"| {use.value} | {', '.join(lw) or '—'} | {', '.join(mac) or '—'} |")
    lines.append(f"| typing | {TYPING['linux/windows']} | {TYPING['macos']} |")
    lines += ["", "On macOS read Ctrl as Command and Meta as Control (Qt's notation).", "",
              README_END]
    return "\n".join(lines)


def replace_readme_section(readme: str) -> str:
    """`readme` with its generated section (markers included) replaced by the current one;
    ValueError when the markers are missing."""
    start = readme.find(README_BEGIN)
    end = readme.find(README_END, start)
    if start < 0 or end < 0:
        raise ValueError("the README has no key-table markers")
    return readme[:start] + readme_section() + readme[end + len(README_END):]
