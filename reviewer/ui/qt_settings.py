"""The reviewer's preferences, persisted with QSettings in an INI file under the user's
config folder (XDG_CONFIG_HOME on Linux, so tests stay isolated). Nothing here is sensitive.

An organisation's SettingsPolicy sits around the file: each preference is the first valid
value of locked, the user's file, the organisation's default, the built-in default. A locked
key is never written to the user's file.

Signals:
    changed(): any preference changed (views re-read what they show).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import platformdirs
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QKeySequence

from reviewer.core.pedals import DEFAULT_MAPPING, PedalAction, PedalButton, PedalMapping
from reviewer.core.playback import DEFAULT_BACKSTEP_S, DEFAULT_JUMP_S, DEFAULT_REPLAY_S
from reviewer.core.settings_policy import SettingsPolicy
from reviewer.core.wellbeing import (
    DEFAULT_BREAK_AFTER_MINUTES,
    DEFAULT_BREAK_AFTER_WARNINGS,
    MAX_BREAK_AFTER_MINUTES,
    MAX_BREAK_AFTER_WARNINGS,
    BreakPolicy,
)
from reviewer.ui.i18n import LANGUAGE_KEY, LANGUAGES, SYSTEM
from reviewer.ui.keymaps import PRESET_BY_ID, STANDARD, current_platform, is_text_field_key

T = TypeVar("T")


JUMP_KEY = "playback/jump_seconds"
BACKSTEP_KEY = "playback/backstep_seconds"
REPLAY_KEY = "playback/replay_seconds"
AUTOPLAY_KEY = "playback/autoplay"
DEVICE_KEY = "playback/device"
FONT_SIZE_KEY = "view/font_size"
EXPORT_AUDIO_KEY = "export/with_audio"
EXPORT_FOLDER_KEY = "export/last_folder"
KEYMAP_KEY = "keymap/preset"
BREAK_MINUTES_KEY = "wellbeing/break_after_minutes"
BREAK_WARNINGS_KEY = "wellbeing/break_after_warnings"
# Foot pedals (qt_pedal_dialog.py): on or off, each pedal's action, the back-step on release.
PEDALS_KEY = "playback/pedals"
PEDAL_BACKSTEP_KEY = "playback/pedal_backstep_seconds"


def pedal_key(button: PedalButton) -> str:
    return f"playback/pedal_{button.value}"


def settings_path() -> Path:
    return platformdirs.user_config_path("reviewer", appauthor=False) / "reviewer.ini"


def shortcut_key(action_id: str) -> str:
    return f"shortcuts/{action_id}"


# Parsers take a value from the file (text) or the policy (JSON scalar); None means invalid.
def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None  # NaN would slip past clamping


def _flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _pedal_action(value: object) -> PedalAction | None:
    try:
        return PedalAction(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _keys(value: object) -> str | None:
    # "" is "no key"; text Qt cannot read as a key is invalid rather than silently no key,
    # and so is a key the transcript's text field owns here (from a hand-edited file or a
    # policy): the settings dialog refuses those, and reading one falls back to the next.
    if not isinstance(value, str) or (value and not QKeySequence(value).toString()):
        return None
    if is_text_field_key(QKeySequence(value).toString(), (current_platform(),)):
        return None
    return value


def _language(value: object) -> str | None:
    return value if isinstance(value, str) and value in (SYSTEM, *LANGUAGES) else None


def _preset(value: object) -> str | None:
    return value if isinstance(value, str) and value in PRESET_BY_ID else None


class UiSettings(QObject):
    changed = Signal()

    def __init__(self, path: Path | None = None, parent: QObject | None = None,
                 policy: SettingsPolicy | None = None) -> None:
        super().__init__(parent)
        self._store = QSettings(str(path or settings_path()), QSettings.Format.IniFormat)
        self._policy = policy or SettingsPolicy()

    @property
    def policy(self) -> SettingsPolicy:
        return self._policy

    def is_locked(self, key: str) -> bool:
        return self._policy.is_locked(key)

    def _get(self, key: str, parse: Callable[[object], T | None]) -> T | None:
        """The first valid value of locked, the user's file, the organisation's default."""
        for value in (self._policy.locked.get(key), self._store.value(key),
                      self._policy.defaults.get(key)):
            parsed = None if value is None else parse(value)
            if parsed is not None:
                return parsed
        return None

    def _float(self, key: str, default: float, low: float, high: float) -> float:
        value = self._get(key, _number)
        return default if value is None else min(max(value, low), high)

    @property
    def jump_seconds(self) -> float:
        return self._float(JUMP_KEY, DEFAULT_JUMP_S, 0.5, 30.0)

    @property
    def backstep_seconds(self) -> float:
        return self._float(BACKSTEP_KEY, DEFAULT_BACKSTEP_S, 0.0, 10.0)

    @property
    def replay_seconds(self) -> float:
        """How far "replay the last seconds" goes back."""
        return self._float(REPLAY_KEY, DEFAULT_REPLAY_S, 0.5, 30.0)

    @property
    def autoplay(self) -> bool:
        value = self._get(AUTOPLAY_KEY, _flag)
        return True if value is None else value

    @property
    def audio_device(self) -> str | None:
        return self._get(DEVICE_KEY, _text) or None

    @property
    def export_with_audio(self) -> bool:
        """Export each clip's audio beside the results (critical ranges silenced)."""
        value = self._get(EXPORT_AUDIO_KEY, _flag)
        return False if value is None else value

    @property
    def break_after_minutes(self) -> int:
        """Suggest a break after this many minutes of work (0: never)."""
        return int(self._float(BREAK_MINUTES_KEY, DEFAULT_BREAK_AFTER_MINUTES, 0,
                               MAX_BREAK_AFTER_MINUTES))

    @property
    def break_after_warnings(self) -> int:
        """Suggest a break after this many clips with a content warning (0: never)."""
        return int(self._float(BREAK_WARNINGS_KEY, DEFAULT_BREAK_AFTER_WARNINGS, 0,
                               MAX_BREAK_AFTER_WARNINGS))

    @property
    def break_policy(self) -> BreakPolicy:
        return BreakPolicy(self.break_after_minutes, self.break_after_warnings)

    @property
    def font_size(self) -> int:
        """Point size for the whole window; 0 keeps the system's."""
        return int(self._float(FONT_SIZE_KEY, 0, 0, 40))

    @property
    def last_export_folder(self) -> Path | None:
        """Where the reviewer exported last (an absolute path), if anywhere."""
        text = self._get(EXPORT_FOLDER_KEY, _text)
        return Path(text) if text and Path(text).is_absolute() else None

    @property
    def keymap_preset(self) -> str:
        """The keymap preset's id (reviewer/ui/keymaps.py PRESETS); "standard" by default."""
        return self._get(KEYMAP_KEY, _preset) or STANDARD

    @property
    def language(self) -> str:
        """The interface's language (ui/i18n.py LANGUAGES), or "system" to follow the
        desktop's; read once, when a window starts."""
        return self._get(LANGUAGE_KEY, _language) or SYSTEM

    def default_keymap_preset(self) -> str:
        """The organisation's default preset, else the built-in one (for Restore defaults)."""
        value = self._policy.defaults.get(KEYMAP_KEY)
        return _preset(value) or STANDARD

    def shortcut(self, action_id: str) -> str | None:
        """The key for an action ("" means no key), or None for the built-in default."""
        return self._get(shortcut_key(action_id), _keys)

    def default_shortcut(self, action_id: str) -> str | None:
        """The organisation's default key for an action, or None for the built-in one."""
        value = self._policy.defaults.get(shortcut_key(action_id))
        return None if value is None else _keys(value)

    def _put(self, key: str, value: object | None) -> None:
        """Write (None removes) unless locked: the locked value wins on reading anyway."""
        if self.is_locked(key):
            return
        if value is None:
            self._store.remove(key)
        else:
            self._store.setValue(key, value)

    def update(self, *, jump_seconds: float | None = None, backstep_seconds: float | None = None,
               autoplay: bool | None = None, audio_device: str | None = None,
               font_size: int | None = None, shortcuts: dict[str, str | None] | None = None,
               export_with_audio: bool | None = None, keymap_preset: str | None = None,
               last_export_folder: Path | None = None,
               replay_seconds: float | None = None,
               break_after_minutes: int | None = None,
               break_after_warnings: int | None = None,
               language: str | None = None) -> None:
        """Store the given preferences (None leaves one as it is) and announce the change.
        Locked preferences are left out of the user's file."""
        if jump_seconds is not None:
            self._put(JUMP_KEY, float(jump_seconds))
        if backstep_seconds is not None:
            self._put(BACKSTEP_KEY, float(backstep_seconds))
        if replay_seconds is not None:
            self._put(REPLAY_KEY, float(replay_seconds))
        if break_after_minutes is not None:
            self._put(BREAK_MINUTES_KEY, int(break_after_minutes))
        if break_after_warnings is not None:
            self._put(BREAK_WARNINGS_KEY, int(break_after_warnings))
        if autoplay is not None:
            self._put(AUTOPLAY_KEY, "true" if autoplay else "false")
        if audio_device is not None:
            self._put(DEVICE_KEY, audio_device)
        if font_size is not None:
            self._put(FONT_SIZE_KEY, int(font_size))
        if export_with_audio is not None:
            self._put(EXPORT_AUDIO_KEY, "true" if export_with_audio else "false")
        if keymap_preset is not None and keymap_preset in PRESET_BY_ID:
            self._put(KEYMAP_KEY, keymap_preset)
        if language is not None and _language(language) is not None:
            self._put(LANGUAGE_KEY, language)
        if last_export_folder is not None:
            self._put(EXPORT_FOLDER_KEY, str(last_export_folder))
        for action_id, keys in (shortcuts or {}).items():
            self._put(shortcut_key(action_id), keys)
        self._store.sync()
        self.changed.emit()

    # ------------------------------------------------------------------ foot pedals
    @property
    def pedals_enabled(self) -> bool:
        """Read USB foot pedals (off until the reviewer or the organisation turns it on)."""
        value = self._get(PEDALS_KEY, _flag)
        return False if value is None else value

    @property
    def pedal_mapping(self) -> PedalMapping:
        actions = {b.value: self._get(pedal_key(b), _pedal_action) or DEFAULT_MAPPING.action(b)
                   for b in PedalButton}
        return PedalMapping(**actions)

    @property
    def pedal_backstep_seconds(self) -> float:
        """How far a hold-to-play pedal steps back when it comes up."""
        return self._float(PEDAL_BACKSTEP_KEY, DEFAULT_BACKSTEP_S, 0.0, 10.0)

    def update_pedals(self, *, enabled: bool | None = None,
                      actions: dict[PedalButton, PedalAction] | None = None,
                      backstep_seconds: float | None = None) -> None:
        """Store the given pedal preferences (None leaves one as it is; locked ones are left
        out of the user's file) and announce the change."""
        if enabled is not None:
            self._put(PEDALS_KEY, "true" if enabled else "false")
        for button, action in (actions or {}).items():
            self._put(pedal_key(button), action.value)
        if backstep_seconds is not None:
            self._put(PEDAL_BACKSTEP_KEY, float(backstep_seconds))
        self._store.sync()
        self.changed.emit()
