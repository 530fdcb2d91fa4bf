"""Which keys the transcript's text field owns, and the keymap presets. Plain data and pure
functions (no Qt), so the settings, the shortcut registry, the F1 list and the README's
generated key tables (reviewer/ui/key_tables.py) all read one table.

Keys are written in Qt's portable text ("Ctrl+Shift+Left"). On macOS Qt reads "Ctrl" as the
Command key and "Meta" as the Control key, so one spelling serves every platform and the
macOS rows below are in that notation ("Ctrl+Up" is Command+Up there).

The text field's keys come from Qt 6's own table of standard key bindings
(`QPlatformThemePrivate::keyBindings` in qtbase's src/gui/kernel/qplatformtheme.cpp, the
source of `QKeySequence.keyBindings`), restricted to the editing keys a QPlainTextEdit acts
on, plus the keys the editor uses itself (Tab moves the focus, Return starts a line) and
three typing rules: a character key alone or with Shift types it everywhere; on Windows,
AltGr arrives as Ctrl+Alt, so Ctrl+Alt with a character key types @ { [ ] } \\ € or ą ę ł on
many layouts; on macOS, Option (Alt) with a letter types accents and letters (é, ñ, ü, å, ø).
Option with a digit types ¡ ™ £ ¢ ∞ §; the built-in tag keys take those (Alt+1..6), a trade
the README states. tests/ui/test_keymaps.py checks the Linux and Windows rows against the
bindings Qt reports (the Linux ones under a real X server) and that no preset takes a key
listed here on any platform.

Presets (each maps action ids to keys; an action it leaves out keeps the standard key):
- "standard": the keys of ACTIONS in reviewer/ui/qt_shortcuts.py.
- "express_scribe": Express Scribe's function-key transport, F9 play, F7 rewind, F8 fast
  forward (with F4 stop, which this app does not have: play/pause pauses). Source: NCH's
  Express Scribe help, "Hot Keys" (https://www.nch.com.au/scribe/); that page was not in the
  searchable corpus when this was written, so the keys are as NCH has long documented them and
  as third-party transcription guides repeat them, not re-read from the page itself.
- "otranscribe": oTranscribe's defaults: Esc play/pause, F1 rewind, F2 fast-forward, F3 slow
  down, F4 speed up, Ctrl+0 return to the start. Source: oTranscribe's repository,
  src/js/app/settings/defaults.json ("playPause": ["escape"], "backwards": ["f1", "mod+1"],
  "forwards": ["f2", "mod+2"], "speedDown": ["f3", "mod+3"], "speedUp": ["f4", "mod+4"],
  "returnToStart": ["mod+0"]) and src/help.htm ("What keyboard shortcuts are there?").
  Its Ctrl+1..4 alternatives are not taken (Ctrl+1..6 are the flags here), and the key list
  moves from F1 to Shift+F1.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Platform(StrEnum):
    LINUX = "linux"
    WINDOWS = "windows"
    MACOS = "macos"

    @property
    def label(self) -> str:
        return _PLATFORM_LABELS[self]


_PLATFORM_LABELS = {Platform.LINUX: "Linux", Platform.WINDOWS: "Windows",
                    Platform.MACOS: "macOS"}
ALL = frozenset(Platform)
LW = frozenset({Platform.LINUX, Platform.WINDOWS})
L = frozenset({Platform.LINUX})
W = frozenset({Platform.WINDOWS})
M = frozenset({Platform.MACOS})


def current_platform() -> Platform:
    if sys.platform == "win32":
        return Platform.WINDOWS
    if sys.platform == "darwin":
        return Platform.MACOS
    return Platform.LINUX


class Use(StrEnum):
    """What the text field does with a key, by kind (one row each in the README)."""

    MOVE = "moving the cursor"
    SELECT = "selecting"
    CLIPBOARD = "copy, cut and paste"
    UNDO = "undo and redo"
    DELETE = "deleting"
    LINES = "new lines"
    FOCUS = "moving between fields"


@dataclass(frozen=True)
class TextFieldKey:
    keys: tuple[str, ...]
    does: str  # what it does, as the settings dialog says it: "moves the cursor by word"
    use: Use
    platforms: frozenset[Platform]


def _k(keys: str, does: str, use: Use, platforms: frozenset[Platform] = ALL) -> TextFieldKey:
    return TextFieldKey(tuple(keys.split()), does, use, platforms)


# One row per binding; a key may appear in several rows (what it does differs by platform).
TEXT_FIELD_KEYS: tuple[TextFieldKey, ...] = (
    _k("Left Right Up Down", "moves the cursor", Use.MOVE),
    _k("PgUp PgDown", "moves the cursor by page", Use.MOVE),
    _k("Home End", "moves to the start or end of the line", Use.MOVE, LW),
    _k("Home End", "moves to the start or end of the text", Use.MOVE, M),
    _k("Ctrl+Left Ctrl+Right", "moves the cursor by word", Use.MOVE, LW),
    _k("Ctrl+Left Ctrl+Right", "moves to the start or end of the line", Use.MOVE, M),
    _k("Alt+Left Alt+Right", "moves the cursor by word", Use.MOVE, M),
    _k("Ctrl+Home Ctrl+End", "moves to the start or end of the text", Use.MOVE, LW),
    _k("Ctrl+Up Ctrl+Down", "moves to the start or end of the text", Use.MOVE, M),
    _k("Ctrl+E", "moves to the end of the line", Use.MOVE, L),
    _k("Alt+Up Alt+Down Meta+A Meta+E", "moves to the start or end of the paragraph",
       Use.MOVE, M),
    _k("Meta+Left Meta+Right", "moves to the start or end of the line", Use.MOVE, M),
    _k("Meta+F Meta+B Meta+N Meta+P", "moves the cursor", Use.MOVE, M),
    _k("Meta+Up Meta+Down Meta+PgUp Meta+PgDown Alt+PgUp Alt+PgDown Meta+V",
       "moves the cursor by page", Use.MOVE, M),
    _k("Shift+Left Shift+Right Shift+Up Shift+Down Shift+PgUp Shift+PgDown",
       "extends the selection", Use.SELECT),
    _k("Shift+Home Shift+End", "selects to the start or end of the line", Use.SELECT, LW),
    _k("Shift+Home Shift+End", "selects to the start or end of the text", Use.SELECT, M),
    _k("Ctrl+Shift+Left Ctrl+Shift+Right", "selects by word", Use.SELECT, LW),
    _k("Ctrl+Shift+Left Ctrl+Shift+Right", "selects to the start or end of the line",
       Use.SELECT, M),
    _k("Alt+Shift+Left Alt+Shift+Right", "selects by word", Use.SELECT, M),
    _k("Ctrl+Shift+Home Ctrl+Shift+End", "selects to the start or end of the text",
       Use.SELECT, LW),
    _k("Ctrl+Shift+Up Ctrl+Shift+Down", "selects to the start or end of the text",
       Use.SELECT, M),
    _k("Alt+Shift+Up Alt+Shift+Down Meta+Shift+A Meta+Shift+E",
       "selects to the start or end of the paragraph", Use.SELECT, M),
    _k("Meta+Shift+Left Meta+Shift+Right", "selects to the start or end of the line",
       Use.SELECT, M),
    _k("Ctrl+A", "selects everything", Use.SELECT),
    _k("Ctrl+Shift+A", "clears the selection", Use.SELECT, L),
    _k("Ctrl+C Ctrl+X Ctrl+V", "copies, cuts and pastes", Use.CLIPBOARD),
    _k("Ctrl+Ins Shift+Ins Shift+Del", "copies, pastes and cuts", Use.CLIPBOARD, LW),
    _k("Ctrl+Shift+Ins F16 F18 F20", "pastes, copies and cuts", Use.CLIPBOARD, L),
    _k("Meta+K Meta+Y", "cuts and pastes", Use.CLIPBOARD, M),
    _k("Copy Cut Paste", "copies, cuts and pastes (keys some keyboards have)", Use.CLIPBOARD),
    _k("Ctrl+Z Ctrl+Shift+Z", "undoes and redoes", Use.UNDO),
    _k("Ctrl+Y Alt+Backspace Alt+Shift+Backspace", "undoes and redoes", Use.UNDO, W),
    _k("F14", "undoes", Use.UNDO, L),
    _k("Undo Redo", "undoes and redoes (keys some keyboards have)", Use.UNDO),
    _k("Backspace Del", "deletes a character", Use.DELETE),
    _k("Ctrl+D", "deletes a character", Use.DELETE, L),
    _k("Meta+H Meta+D", "deletes a character", Use.DELETE, M),
    _k("Ctrl+Backspace Ctrl+Del", "deletes a word", Use.DELETE, LW),
    _k("Alt+Backspace Alt+Del", "deletes a word", Use.DELETE, M),
    _k("Ctrl+K", "deletes to the end of the line", Use.DELETE, L),
    _k("Ctrl+U", "deletes the line", Use.DELETE, L),
    _k("Return Enter Shift+Return Shift+Enter", "starts a new line", Use.LINES),
    _k("Meta+Return Meta+Enter Meta+O", "starts a new line", Use.LINES, M),
    _k("Tab Shift+Tab Backtab Shift+Backtab", "moves to the next or previous field",
       Use.FOCUS),
    _k("Menu", "opens the text field's menu", Use.FOCUS),
    _k("Shift+F10", "opens the text field's menu", Use.FOCUS, W),
)

_MODIFIERS = ("Meta", "Ctrl", "Alt", "Shift")
# Keys that are not characters (Qt's portable names; anything of one character is one).
_NAMED_CHARACTER_KEYS = frozenset({"Space"})

Chord = tuple[frozenset[str], str]  # (modifiers, key)


def parse(keys: str) -> Chord:
    """"Ctrl+Shift+Left" -> ({"Ctrl", "Shift"}, "Left"); "Ctrl++" -> ({"Ctrl"}, "+").
    Modifiers in any order; the key keeps Qt's portable name."""
    text = keys.strip()
    mods: set[str] = set()
    while True:
        head, sep, rest = text.partition("+")
        if sep and head in _MODIFIERS and rest:
            mods.add(head)
            text = rest
            continue
        return frozenset(mods), text


def _is_character(key: str) -> bool:
    return len(key) == 1 or key in _NAMED_CHARACTER_KEYS


def _typing_rule(mods: frozenset[str], key: str, platform: Platform) -> str | None:
    if not _is_character(key):
        return None
    if mods <= {"Shift"}:
        return "types a character"
    if platform is Platform.WINDOWS and {"Ctrl", "Alt"} <= mods <= {"Ctrl", "Alt", "Shift"}:
        return "types a character with AltGr on many keyboard layouts"
    if platform is Platform.MACOS and key.isalpha() and {"Alt"} <= mods <= {"Alt", "Shift"}:
        return "types an accent or letter with Option"
    return None


def _index() -> dict[Chord, list[TextFieldKey]]:
    out: dict[Chord, list[TextFieldKey]] = {}
    for row in TEXT_FIELD_KEYS:
        for keys in row.keys:
            out.setdefault(parse(keys), []).append(row)
    return out


_BY_CHORD = _index()


@dataclass(frozen=True)
class TextFieldUse:
    """Why a key belongs to the text field: what it does there, and where."""

    does: str
    platforms: frozenset[Platform]

    def __str__(self) -> str:
        where = ", ".join(p.label for p in Platform if p in self.platforms)
        return self.does if self.platforms == ALL else f"{self.does} ({where})"


def text_field_use(keys: str,
                   platforms: Iterable[Platform] = ALL) -> TextFieldUse | None:
    """What the transcript does with `keys` on any of `platforms`; None when it leaves the
    key alone there (the key is free for an action). "" (no key) is always free."""
    if not keys.strip():
        return None
    wanted = frozenset(platforms)
    chord = parse(keys)
    for row in _BY_CHORD.get(chord, ()):
        if row.platforms & wanted:
            return TextFieldUse(row.does, row.platforms & wanted)
    for platform in Platform:
        if platform in wanted:
            does = _typing_rule(*chord, platform)
            if does is not None:
                where = frozenset(p for p in wanted if _typing_rule(*chord, p) == does)
                return TextFieldUse(does, where)
    return None


def is_text_field_key(keys: str, platforms: Iterable[Platform] = ALL) -> bool:
    return text_field_use(keys, platforms) is not None


# ---------------------------------------------------------------- presets

@dataclass(frozen=True)
class Preset:
    id: str
    label: str
    keys: Mapping[str, str]  # action id -> key, where it differs from the standard keymap


STANDARD = "standard"

PRESETS: tuple[Preset, ...] = (
    Preset(STANDARD, "Standard", {}),
    Preset("express_scribe", "Express Scribe-like (function keys)", {
        "play_pause": "F9", "jump_back": "F7", "jump_forward": "F8"}),
    Preset("otranscribe", "oTranscribe-like (Esc and function keys)", {
        "play_pause": "Esc", "jump_back": "F1", "jump_forward": "F2", "speed_down": "F3",
        "speed_up": "F4", "replay": "Ctrl+0", "help_keys": "Shift+F1"}),
)
PRESET_BY_ID = {p.id: p for p in PRESETS}


def preset_key(preset_id: str, action_id: str, standard: str) -> str:
    """The key `preset_id` gives an action whose standard key is `standard`."""
    preset = PRESET_BY_ID.get(preset_id, PRESET_BY_ID[STANDARD])
    return preset.keys.get(action_id, standard)
