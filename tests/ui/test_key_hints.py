"""Hints follow the keys: every tooltip or label that names a key names it as the reviewer
mapped it in Settings, and names none for an action left without a key."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import Flag
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings_dialog import SettingsDialog
from reviewer.ui.qt_shortcuts import ACTIONS, SPEC_BY_ID
from tests.ui.conftest import remap
from tests.ui.widget_walk import all_texts


def tag_tip(window: MainWindow, tag: str) -> str:
    return window.editor.tag_actions[tag].toolTip()


def test_hints_name_the_default_keys_at_first(window: MainWindow) -> None:
    assert tag_tip(window, "[noise]") == "Insert [noise] (Alt+1)"
    assert tag_tip(window, "[crosstalk]") == "Insert [crosstalk] (Alt+6)"
    assert window.flags.boxes[Flag.NO_SPEECH].toolTip() == "Ctrl+3"
    # Keys are named as the menus name them (Qt's native text: "Del", not "Delete").
    assert window.critical.remove_button.toolTip() == "Unmark the chosen span (Ctrl+Shift+Del)"
    assert window.escalate_button.toolTip().endswith("seal this clip to the leads (Ctrl+Shift+E)")
    assert window.welcome.import_button.toolTip().endswith("allows them (Ctrl+O)")
    assert window.welcome.keys_hint.text() == (
        "Everything works from the keyboard: Ctrl+Space plays, Ctrl+Return submits and moves "
        "on, Ctrl+Shift+K skips. All keys are in Settings.")


def test_remapped_keys_show_in_every_hint(qtbot: QtBot, window: MainWindow) -> None:
    remap(window, {"tag_noise": "Ctrl+Alt+N", "flag_no_speech": "Ctrl+Alt+S",
                   "toggle_critical": "Ctrl+Alt+C", "mark_critical": "Ctrl+Alt+M",
                   "span_time": "Ctrl+Alt+T", "remove_span": "",
                   "escalate": "Ctrl+Alt+E", "import": "Ctrl+Alt+O",
                   "play_pause": "Ctrl+Alt+P", "skip": ""})
    assert window.shortcuts["tag_noise"].shortcut().toString() == "Ctrl+Alt+N"
    assert tag_tip(window, "[noise]") == "Insert [noise] (Ctrl+Alt+N)"
    assert tag_tip(window, "[unintelligible]") == "Insert [unintelligible] (Alt+2)"  # as it was
    assert window.flags.boxes[Flag.NO_SPEECH].toolTip() == "Ctrl+Alt+S"
    assert window.critical.critical_box.toolTip().endswith("contact details or credentials "
                                                           "(Ctrl+Alt+C)")
    assert window.critical.mark_button.toolTip().endswith("when the words were typed) "
                                                          "(Ctrl+Alt+M)")
    assert window.critical.set_time_button.toolTip().endswith("the chosen span's time "
                                                              "(Ctrl+Alt+T)")
    assert window.critical.remove_button.toolTip() == "Unmark the chosen span"  # unbound
    assert window.escalate_button.toolTip().endswith("seal this clip to the leads (Ctrl+Alt+E)")
    assert window.welcome.import_button.toolTip().endswith("allows them (Ctrl+Alt+O)")
    assert window.welcome.keys_hint.text() == (
        "Everything works from the keyboard: Ctrl+Alt+P plays, Ctrl+Return submits and moves "
        "on. All keys are in Settings.")  # skip has no key: not named
    # The window's own action tooltips follow as well.
    assert window.shortcuts["skip"].toolTip() == "Skip…"
    assert window.shortcuts["escalate"].toolTip() == "Escalate… (Ctrl+Alt+E)"
    # And back to the defaults.
    dialog = SettingsDialog(window.settings, window.backend.player, window)
    dialog.restore_default_keys()
    dialog.save()
    assert tag_tip(window, "[noise]") == "Insert [noise] (Alt+1)"
    assert window.critical.remove_button.toolTip() == "Unmark the chosen span (Ctrl+Shift+Del)"


def _names(text: str, key: str) -> bool:
    """`text` names `key` as a whole key ("Ctrl+Left" is not named by "Ctrl+Shift+Left")."""
    return re.search(rf"(?<![\w+]){re.escape(key)}(?![\w+])", text) is not None


def test_with_every_key_unbound_no_hint_names_a_default_key(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    # Each default key as Qt shows it and as it is written ("Ctrl+Shift+Del" and "...Delete").
    defaults = {QKeySequence(spec.default).toString(QKeySequence.SequenceFormat.NativeText)
                for spec in ACTIONS} | {spec.default for spec in ACTIONS}
    assert all(defaults)
    before = all_texts()
    assert any(_names(t, "Alt+1") for t in before)  # the walk sees the hints
    remap(window, {spec.id: "" for spec in ACTIONS})
    assert all(window.shortcuts[spec.id].shortcut().isEmpty() for spec in ACTIONS)
    named = {(key, text) for text in all_texts() for key in defaults if _names(text, key)}
    assert named == set()
    assert window.welcome.keys_hint.text() == ("Everything works from the keyboard. All keys "
                                               "are in Settings.")
    assert SPEC_BY_ID["escalate"].default == "Ctrl+Shift+E"  # the defaults stay as they were
