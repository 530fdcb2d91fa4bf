"""Keymaps never take a key the transcript's text field owns: the table of those keys matches
what Qt binds, no preset takes one on any platform, Settings refuses them with the reason,
and presets are chosen (and locked) in Settings with per-key changes on top."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer.core.settings_policy import SettingsPolicy
from reviewer.ui.keymaps import (
    PRESET_BY_ID,
    PRESETS,
    TEXT_FIELD_KEYS,
    Platform,
    current_platform,
    is_text_field_key,
    parse,
    preset_key,
    text_field_use,
)
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import KEYMAP_KEY, UiSettings
from reviewer.ui.qt_settings_dialog import LOCKED_TIP, SettingsDialog
from reviewer.ui.qt_shortcuts import ACTIONS, SPEC_BY_ID
from tests.support.real_parts import missing
from tests.ui.conftest import remap, settle
from tests.ui.fakes import FakeBackend, FakePlayer

# The standard keys a QPlainTextEdit acts on (Qt's QWidgetTextControl), as QKeySequence names.
EDITING_KEYS = (
    "Undo", "Redo", "Cut", "Copy", "Paste", "SelectAll", "Delete", "Backspace",
    "DeleteStartOfWord", "DeleteEndOfWord", "DeleteEndOfLine", "DeleteCompleteLine", "Deselect",
    "InsertParagraphSeparator", "InsertLineSeparator", "MoveToNextChar", "MoveToPreviousChar",
    "MoveToNextWord", "MoveToPreviousWord", "MoveToNextLine", "MoveToPreviousLine",
    "MoveToNextPage", "MoveToPreviousPage", "MoveToStartOfLine", "MoveToEndOfLine",
    "MoveToStartOfBlock", "MoveToEndOfBlock", "MoveToStartOfDocument", "MoveToEndOfDocument",
    "SelectNextChar", "SelectPreviousChar", "SelectNextWord", "SelectPreviousWord",
    "SelectNextLine", "SelectPreviousLine", "SelectNextPage", "SelectPreviousPage",
    "SelectStartOfLine", "SelectEndOfLine", "SelectStartOfBlock", "SelectEndOfBlock",
    "SelectStartOfDocument", "SelectEndOfDocument",
)

DUMP_BINDINGS = """
import json, sys
from PySide6.QtGui import QGuiApplication, QKeySequence
app = QGuiApplication(sys.argv)
names = json.loads(sys.argv[1])
out = {n: [k.toString(QKeySequence.SequenceFormat.PortableText)
           for k in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, n))]
       for n in names}
print(json.dumps(out))
"""


def qt_bindings() -> dict[str, list[str]]:
    """What Qt binds here (offscreen: its built-in scheme) for each editing key."""
    return {name: [k.toString(QKeySequence.SequenceFormat.PortableText)
                   for k in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name))]
            for name in EDITING_KEYS}


def full_keymap(preset_id: str) -> dict[str, str]:
    return {s.id: preset_key(preset_id, s.id, s.default) for s in ACTIONS}


# ---------------------------------------------------------------- the table

def test_the_issues_keys_belong_to_the_text_field() -> None:
    linux, windows, mac = [Platform.LINUX], [Platform.WINDOWS], [Platform.MACOS]
    assert str(text_field_use("Ctrl+Left", linux)) == "moves the cursor by word (Linux)"
    assert str(text_field_use("Ctrl+K", linux)) == "deletes to the end of the line (Linux)"
    assert text_field_use("Ctrl+K", windows) is None
    assert str(text_field_use("Ctrl+Up", mac)) == "moves to the start or end of the text (macOS)"
    assert str(text_field_use("Alt+Right", mac)) == "moves the cursor by word (macOS)"
    assert str(text_field_use("Ctrl+Alt+7", windows)).startswith("types a character with AltGr")
    assert text_field_use("Ctrl+Alt+7", linux) is None
    assert str(text_field_use("Alt+E", mac)).startswith("types an accent")
    assert str(text_field_use("Shift+A")) == "types a character"
    assert str(text_field_use("Space")) == "types a character"
    assert str(text_field_use("Shift+Ctrl+Right")) .startswith("selects")  # any order
    for free in ("Ctrl+Space", "Ctrl+Return", "Ctrl+Shift+1", "F9", "Esc", "", "Ctrl+B"):
        assert not is_text_field_key(free), free
    assert parse("Ctrl++") == (frozenset({"Ctrl"}), "+")


def test_the_table_holds_every_editing_key_qt_binds_here() -> None:
    bindings = qt_bindings()
    # Offscreen Qt uses one of its schemes; find which, and check against that platform.
    scheme = (Platform.LINUX if "Ctrl+K" in bindings["DeleteEndOfLine"]
              else Platform.WINDOWS if "Alt+Backspace" in bindings["Undo"] else Platform.MACOS)
    unknown = {(name, key) for name, keys in bindings.items() for key in keys
               if not is_text_field_key(key, [scheme])}
    assert unknown == set()
    assert sum(len(keys) for keys in bindings.values()) > 40


def test_the_table_holds_every_editing_key_qt_binds_under_x11(tmp_path: Path) -> None:
    """Linux's bindings (Ctrl+K, Ctrl+E, Ctrl+D, Ctrl+U, ...) as Qt reports them on a real X
    server, where it uses its X11 scheme."""
    if shutil.which("xvfb-run") is None:
        missing("xvfb-run not installed (Xvfb)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", DUMP_BINDINGS,
                           json.dumps(EDITING_KEYS)], capture_output=True, text=True,
                          timeout=60, env=env, check=False)
    if done.returncode != 0:
        missing(f"Qt on Xvfb did not start: {done.stderr.strip()[-300:]}")
    bindings: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    assert "Ctrl+K" in bindings["DeleteEndOfLine"]  # the X11 scheme it is
    unknown = {(name, key) for name, keys in bindings.items() for key in keys
               if not is_text_field_key(key, [Platform.LINUX])}
    assert unknown == set()


@pytest.mark.parametrize("preset", [p.id for p in PRESETS])
def test_no_preset_takes_a_text_field_key_on_any_platform(preset: str) -> None:
    keymap = full_keymap(preset)
    taken = {(a, k, str(text_field_use(k))) for a, k in keymap.items() if is_text_field_key(k)}
    assert taken == set()
    keys = [k for k in keymap.values() if k]
    assert len(keys) == len(set(keys)), "a key used twice"
    assert all(QKeySequence(k).toString() for k in keys)  # Qt reads every one
    assert set(PRESET_BY_ID[preset].keys) <= set(SPEC_BY_ID)


def test_the_old_keys_would_be_refused() -> None:
    """The defaults before issue 15 took the text field's keys; the check sees it."""
    old = {"jump_back": "Ctrl+Left", "jump_forward": "Ctrl+Right", "speed_up": "Ctrl+Up",
           "speed_down": "Ctrl+Down", "start_from_auto": "Ctrl+E", "skip": "Ctrl+K",
           "toggle_unfinished": "Ctrl+U"}
    assert all(is_text_field_key(k) for k in old.values())
    assert not any(is_text_field_key(SPEC_BY_ID[a].default) for a in old)


# ---------------------------------------------------------------- in the window

def test_no_text_field_key_reaches_an_action(qtbot: QtBot, window: MainWindow) -> None:
    """Every key the text field owns here does its editing: none fires a window action."""
    fired: list[str] = []
    for action_id, action in window.shortcuts.actions.items():
        action.triggered.connect(lambda _c=False, a=action_id: fired.append(a))
    edit = window.editor.editor
    here = [current_platform()]
    keys = sorted({k for row in TEXT_FIELD_KEYS if row.platforms & set(here) for k in row.keys})
    assert len(keys) > 30
    # QTest cannot type the dedicated keys (it warns); the window must not own them either.
    no_ascii = {Qt.Key.Key_Copy, Qt.Key.Key_Cut, Qt.Key.Key_Paste, Qt.Key.Key_Undo,
                Qt.Key.Key_Redo}
    for keys_text in keys:
        sequence = QKeySequence(keys_text)
        assert not window.shortcuts.owns(sequence), keys_text
        combo = sequence[0]  # type: ignore[index]  # PySide6's stubs lack __getitem__
        if combo.key() in no_ascii:
            continue
        edit.setFocus()
        qtbot.keyClick(edit, combo.key(), combo.keyboardModifiers())
    QApplication.closeAllWindows()  # a key may have opened a menu
    assert fired == []


def test_ctrl_left_moves_the_cursor_by_word_not_the_audio(qtbot: QtBot, window: MainWindow,
                                                          backend: FakeBackend) -> None:
    edit = window.editor.editor
    qtbot.keyClicks(edit, "turn on the lights")
    backend.player.seek(1.5)
    qtbot.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert edit.textCursor().position() == len("turn on the ")
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert edit.textCursor().position() == len("turn on the lights")
    assert backend.player.position() == 1.5


def test_settings_refuse_a_text_field_key_and_say_why(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.settings, window.backend.player, window)
    qtbot.addWidget(dialog)
    dialog.key_edits["jump_back"].setKeySequence(QKeySequence("Ctrl+Left"))
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    use = text_field_use("Ctrl+Left", [current_platform()])
    assert use is not None
    assert dialog.problem.text() == (
        f"Not saved: Ctrl+Left belongs to the transcript (it {use.does} there): choose "
        "another key for “Jump back”")
    assert window.shortcuts["jump_back"].shortcut().toString() == "Ctrl+B"
    dialog.key_edits["jump_back"].setKeySequence(QKeySequence("Ctrl+Return"))  # and twice
    dialog.save()
    assert dialog.problem.text().startswith("Not saved: each key can do one thing: Ctrl+Return "
                                            "is used by both")


def test_a_hand_written_text_field_key_is_not_used(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    ini.write_text("[shortcuts]\njump_back=Ctrl+Left\nskip=Ctrl+Alt+K\n", encoding="utf-8")
    settings = UiSettings(ini)
    assert settings.shortcut("jump_back") is None  # skipped: the keymap's key applies
    assert settings.shortcut("skip") == "Ctrl+Alt+K"
    window = MainWindow(FakeBackend(clips=1), settings)
    qtbot.addWidget(window)
    assert window.shortcuts["jump_back"].shortcut().toString() == "Ctrl+B"


# ---------------------------------------------------------------- presets

def test_a_preset_applies_and_keys_changed_on_top_stay(qtbot: QtBot, window: MainWindow) -> None:
    remap(window, {"replay": "Ctrl+Shift+J"})
    window.settings.update(keymap_preset="otranscribe")
    keys = {a: window.shortcuts.key_text(a) for a in ("play_pause", "jump_back", "speed_up",
                                                      "help_keys", "replay", "submit_next")}
    assert keys == {"play_pause": "Esc", "jump_back": "F1", "speed_up": "F4",
                    "help_keys": "Shift+F1", "replay": "Ctrl+Shift+J",  # the reviewer's own
                    "submit_next": "Ctrl+Return"}  # the preset leaves it as standard
    window.backend.player.pause()
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Escape)
    assert window.backend.player.state().name == "PLAYING"
    window.settings.update(keymap_preset="express_scribe")
    assert window.shortcuts.key_text("play_pause") == "F9"
    assert window.shortcuts.key_text("replay") == "Ctrl+Shift+J"
    assert UiSettings(Path(window.settings._store.fileName())).keymap_preset == "express_scribe"


def test_choosing_a_preset_in_settings(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.settings, window.backend.player, window)
    qtbot.addWidget(dialog)
    assert dialog.preset.currentData() == "standard"
    dialog.key_edits["replay"].setKeySequence(QKeySequence("Ctrl+Shift+J"))  # the reviewer's
    dialog.preset.setCurrentIndex(dialog.preset.findData("express_scribe"))
    assert dialog.key_edits["play_pause"].keySequence().toString() == "F9"
    assert dialog.key_edits["replay"].keySequence().toString() == "Ctrl+Shift+J"
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert window.settings.keymap_preset == "express_scribe"
    assert window.settings.shortcut("play_pause") is None  # follows the preset, not stored
    assert window.settings.shortcut("replay") == "Ctrl+Shift+J"
    assert window.shortcuts.key_text("jump_back") == "F7"
    again = SettingsDialog(window.settings, window.backend.player, window)
    qtbot.addWidget(again)
    again.restore_default_keys()
    assert again.preset.currentData() == "standard"
    assert again.key_edits["play_pause"].keySequence().toString() == "Ctrl+Space"
    assert again.key_edits["replay"].keySequence().toString() == "Ctrl+Shift+Space"


def test_a_preset_conflicting_with_a_changed_key_is_refused(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    remap(window, {"skip": "F7"})
    dialog = SettingsDialog(window.settings, window.backend.player, window)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("express_scribe"))
    dialog.save()
    assert "F7 is used by both “Jump back” and “Skip…”" in dialog.problem.text()
    assert window.settings.keymap_preset == "standard"


def test_the_organisation_can_set_or_lock_the_preset(qtbot: QtBot, tmp_path: Path) -> None:
    by_default = UiSettings(tmp_path / "a.ini",
                            policy=SettingsPolicy(defaults={KEYMAP_KEY: "otranscribe"}))
    assert by_default.keymap_preset == "otranscribe"
    by_default.update(keymap_preset="standard")
    assert by_default.keymap_preset == "standard"  # a default: the reviewer may change it
    locked = UiSettings(tmp_path / "b.ini", policy=SettingsPolicy(
        locked={KEYMAP_KEY: "express_scribe", "shortcuts/skip": "F9"}))
    locked.update(keymap_preset="standard")
    assert locked.keymap_preset == "express_scribe"
    dialog = SettingsDialog(locked, FakePlayer())
    qtbot.addWidget(dialog)
    assert not dialog.preset.isEnabled()
    assert dialog.preset.toolTip() == LOCKED_TIP
    assert UiSettings(tmp_path / "c.ini", policy=SettingsPolicy(
        locked={KEYMAP_KEY: "no_such_preset"})).keymap_preset == "standard"
    # Locked keys that collide with the preset: one action keeps the key, never two.
    window = MainWindow(FakeBackend(clips=1), locked)
    qtbot.addWidget(window)
    keys = [a.shortcut().toString() for a in window.shortcuts.actions.values()
            if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys))
    assert window.shortcuts.key_text("play_pause") == "F9"
    settle(qtbot, window)
