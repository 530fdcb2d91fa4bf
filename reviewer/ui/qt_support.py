"""What `reviewer diagnostics` reports from the Qt side: Qt's versions and the preferences
file, filtered by an allowlist of the keys the app itself writes (docs/formats.md, Settings
file). Any other key is counted, never named (a name could be anything someone wrote), and a
value is shown only when it has its key's shape (a number, true/false, a keymap or pedal action
id, a key sequence); the two keys whose values can name a person (an output device's name, the
last export folder's path) are reported as set or not."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, qVersion

from reviewer.core.pedals import PedalAction, PedalButton
from reviewer.ui import qt_settings as keys
from reviewer.ui.keymaps import PRESET_BY_ID
from reviewer.ui.qt_shortcuts import ACTIONS

_PRESENCE_ONLY = frozenset({keys.DEVICE_KEY, keys.EXPORT_FOLDER_KEY})
# Qt's portable key text: modifiers, then one key name ("Ctrl+Shift+Return", "F5", "Ctrl+=").
_KEY_TEXT = re.compile(r"(?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:[A-Za-z][A-Za-z0-9]{0,11}|[^\s\w])?")


def _number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _shapes() -> dict[str, Callable[[str], bool]]:
    """Each allowlisted key and the shape its value must have to be shown."""
    flag: Callable[[str], bool] = {"true", "false"}.__contains__
    shapes: dict[str, Callable[[str], bool]] = {
        k: _number for k in (keys.JUMP_KEY, keys.BACKSTEP_KEY, keys.REPLAY_KEY,
                             keys.FONT_SIZE_KEY, keys.BREAK_MINUTES_KEY,
                             keys.BREAK_WARNINGS_KEY, keys.PEDAL_BACKSTEP_KEY)}
    shapes |= {k: flag for k in (keys.AUTOPLAY_KEY, keys.EXPORT_AUDIO_KEY, keys.PEDALS_KEY)}
    shapes[keys.KEYMAP_KEY] = PRESET_BY_ID.__contains__
    actions = {a.value for a in PedalAction}
    shapes |= {keys.pedal_key(b): actions.__contains__ for b in PedalButton}
    shapes |= {keys.shortcut_key(a.id): lambda t: _KEY_TEXT.fullmatch(t) is not None
               for a in ACTIONS}
    return shapes


def qt_versions() -> dict[str, str]:
    return {"qt": qVersion(), "pyside6": pyside_version}


def support_settings() -> dict[str, Any]:
    """The preferences file as support may see it."""
    path = keys.settings_path()
    if not path.exists():
        return {"file_exists": False, "values": {}, "other_keys": 0}
    store = QSettings(str(path), QSettings.Format.IniFormat)
    shapes = _shapes()
    values: dict[str, str] = {}
    other = 0
    for key in store.allKeys():
        if key in _PRESENCE_ONLY:
            values[key] = "<set>"
        elif key not in shapes:
            other += 1
        else:
            value = store.value(key)
            text = value if isinstance(value, str) else ""
            values[key] = text if shapes[key](text) else "<not shown>"
    return {"file_exists": True, "values": dict(sorted(values.items())), "other_keys": other}
