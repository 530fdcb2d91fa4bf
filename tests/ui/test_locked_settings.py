"""The organisation's settings policy: locked values win over the user's file (even one edited
by hand), defaults apply until the user chooses, and the dialogs show what is locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reviewer.core.settings_policy import SettingsPolicy
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import LOCKED_TIP, SettingsDialog, ShortcutsDialog
from tests.ui.fakes import FakeBackend, FakePlayer

LOCKED = SettingsPolicy(locked={"playback/jump_seconds": 4.0, "playback/autoplay": False,
                                "shortcuts/skip": "Ctrl+Shift+K"})


def _hand_written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _stored(path: Path, key: str) -> bool:
    """Whether the user's file itself holds `key` (no policy in the way)."""
    return QSettings(str(path), QSettings.Format.IniFormat).contains(key)


def test_locked_value_beats_a_hand_edited_user_file(qtbot: QtBot, tmp_path: Path) -> None:
    ini = _hand_written(tmp_path / "ui.ini", "[playback]\njump_seconds=10\nautoplay=true\n"
                        "backstep_seconds=2\n[shortcuts]\nskip=Ctrl+Alt+K\n")
    assert UiSettings(ini).jump_seconds == 10.0  # the edit is read without a policy
    settings = UiSettings(ini, policy=LOCKED)
    assert settings.jump_seconds == 4.0
    assert settings.autoplay is False
    assert settings.shortcut("skip") == "Ctrl+Shift+K"
    assert settings.backstep_seconds == 2.0  # unlocked keys still come from the file
    window = MainWindow(FakeBackend(clips=1), settings)
    qtbot.addWidget(window)
    assert window.shortcuts["skip"].shortcut().toString() == "Ctrl+Shift+K"


def test_org_default_applies_until_the_user_sets_a_value(tmp_path: Path) -> None:
    policy = SettingsPolicy(defaults={"playback/jump_seconds": 6.0, "playback/autoplay": False,
                                      "shortcuts/skip": "Ctrl+Alt+S"})
    settings = UiSettings(tmp_path / "ui.ini", policy=policy)
    assert settings.jump_seconds == 6.0
    assert settings.autoplay is False
    assert settings.shortcut("skip") == "Ctrl+Alt+S"
    settings.update(jump_seconds=2.0, shortcuts={"skip": "Ctrl+Alt+K"})
    again = UiSettings(tmp_path / "ui.ini", policy=policy)  # the next start
    assert again.jump_seconds == 2.0
    assert again.shortcut("skip") == "Ctrl+Alt+K"
    assert again.autoplay is False  # never set by the user: still the organisation's


def test_update_of_a_locked_key_leaves_the_file_without_it(tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    settings = UiSettings(ini, policy=LOCKED)
    assert settings.is_locked("playback/jump_seconds")
    assert not settings.is_locked("playback/backstep_seconds")
    assert settings.policy is LOCKED
    settings.update(jump_seconds=9.0, backstep_seconds=2.0,
                    shortcuts={"skip": "Ctrl+Alt+K", "replay": "Ctrl+R"})
    assert not _stored(ini, "playback/jump_seconds")
    assert not _stored(ini, "shortcuts/skip")
    assert _stored(ini, "playback/backstep_seconds")  # the rest of the update was written
    assert UiSettings(ini).shortcut("replay") == "Ctrl+R"
    assert settings.jump_seconds == 4.0


def test_locked_out_of_range_values_are_clamped(tmp_path: Path) -> None:
    policy = SettingsPolicy(locked={"playback/jump_seconds": 999,
                                    "playback/backstep_seconds": -5.0,
                                    "view/font_size": 100})
    settings = UiSettings(tmp_path / "ui.ini", policy=policy)
    assert settings.jump_seconds == 30.0
    assert settings.backstep_seconds == 0.0
    assert settings.font_size == 40


def test_locked_value_of_the_wrong_type_falls_back(tmp_path: Path) -> None:
    ini = _hand_written(tmp_path / "ui.ini", "[playback]\njump_seconds=7\ndevice=USB\n")
    policy = SettingsPolicy(
        locked={"playback/jump_seconds": "fast", "playback/autoplay": 1,
                "playback/device": 5, "view/font_size": True, "shortcuts/skip": "garbage"},
        defaults={"playback/autoplay": False, "view/font_size": 14})
    settings = UiSettings(ini, policy=policy)
    assert settings.jump_seconds == 7.0  # to the user's file
    assert settings.audio_device == "USB"
    assert settings.autoplay is False  # to the organisation's default
    assert settings.font_size == 14
    assert settings.shortcut("skip") is None  # to the built-in default


def test_dialog_disables_locked_controls_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "ui.ini", policy=LOCKED)
    dialog = SettingsDialog(settings, FakePlayer())
    qtbot.addWidget(dialog)
    control: QWidget
    for control in (dialog.jump, dialog.autoplay, dialog.key_edits["skip"]):
        assert not control.isEnabled()
        assert control.toolTip() == LOCKED_TIP == "Set by your organisation"
        assert control.accessibleDescription() == LOCKED_TIP
    assert dialog.jump.value() == 4.0
    assert dialog.key_edits["skip"].keySequence().toString() == "Ctrl+Shift+K"
    for control in (dialog.backstep, dialog.device, dialog.font_size,
                    dialog.key_edits["replay"]):
        assert control.isEnabled()
        assert control.toolTip() != LOCKED_TIP


def test_saving_the_dialog_keeps_locked_values(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    policy = SettingsPolicy(defaults={"view/font_size": 14}, locked=LOCKED.locked)
    settings = UiSettings(ini, policy=policy)
    dialog = SettingsDialog(settings, FakePlayer())
    qtbot.addWidget(dialog)
    dialog.jump.setValue(8.0)  # disabled, but a script could still change it
    dialog.key_edits["skip"].setKeySequence(QKeySequence("Ctrl+Alt+K"))
    dialog.backstep.setValue(2.0)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.jump_seconds == 4.0
    assert settings.shortcut("skip") == "Ctrl+Shift+K"
    assert settings.backstep_seconds == 2.0
    for key in ("playback/jump_seconds", "shortcuts/skip", "view/font_size"):
        assert not _stored(ini, key)  # locked, or an untouched organisation default


def test_restore_default_keys_uses_the_organisation_defaults(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    policy = SettingsPolicy(defaults={"shortcuts/replay": "Ctrl+R"}, locked=LOCKED.locked)
    settings = UiSettings(tmp_path / "ui.ini", policy=policy)
    settings.update(shortcuts={"replay": "Ctrl+Alt+R", "quit": "Ctrl+Alt+Q"})
    dialog = SettingsDialog(settings, FakePlayer())
    qtbot.addWidget(dialog)
    dialog.restore_default_keys()
    assert dialog.key_edits["replay"].keySequence().toString() == "Ctrl+R"
    assert dialog.key_edits["quit"].keySequence().toString() == "Ctrl+Q"
    assert dialog.key_edits["skip"].keySequence().toString() == "Ctrl+Shift+K"
    dialog.save()
    assert settings.shortcut("replay") == "Ctrl+R"
    assert not _stored(tmp_path / "ui.ini", "shortcuts/replay")  # follows the default


def test_shortcut_list_marks_locked_keys(qtbot: QtBot, tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "ui.ini", policy=LOCKED)
    dialog = ShortcutsDialog(settings)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "Ctrl+Shift+K (set by your organisation)" in text
    assert text.count("(set by your organisation)") == 1  # only the locked shortcut
