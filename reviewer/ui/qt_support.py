"""What `reviewer diagnostics` reports from the Qt side: Qt's versions and the preferences
file, filtered by an allowlist of the keys the app itself writes (docs/formats.md, Settings
file). Any other key is counted, never named (a name could be anything someone wrote), and a
value is shown only when it is short plain text; the two keys whose values can name a person
(an output device's name, the last export folder's path) are reported as set or not."""

from __future__ import annotations

import re
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, qVersion

from reviewer.core.pedals import PedalButton
from reviewer.ui import qt_settings as keys
from reviewer.ui.qt_shortcuts import ACTIONS

_PLAIN = re.compile(r"^[A-Za-z0-9_.+\-, ]{0,40}\Z")
_PRESENCE_ONLY = frozenset({keys.DEVICE_KEY, keys.EXPORT_FOLDER_KEY})


def qt_versions() -> dict[str, str]:
    return {"qt": qVersion(), "pyside6": pyside_version}


def allowed_keys() -> frozenset[str]:
    """Every preference key the app writes."""
    fixed = {keys.JUMP_KEY, keys.BACKSTEP_KEY, keys.REPLAY_KEY, keys.AUTOPLAY_KEY,
             keys.FONT_SIZE_KEY, keys.EXPORT_AUDIO_KEY, keys.KEYMAP_KEY,
             keys.BREAK_MINUTES_KEY, keys.BREAK_WARNINGS_KEY, keys.PEDALS_KEY,
             keys.PEDAL_BACKSTEP_KEY}
    fixed |= {keys.pedal_key(b) for b in PedalButton}
    fixed |= {keys.shortcut_key(a.id) for a in ACTIONS}
    return frozenset(fixed | _PRESENCE_ONLY)


def support_settings() -> dict[str, Any]:
    """The preferences file as support may see it."""
    path = keys.settings_path()
    if not path.exists():
        return {"file_exists": False, "values": {}, "other_keys": 0}
    store = QSettings(str(path), QSettings.Format.IniFormat)
    allowed = allowed_keys()
    values: dict[str, str] = {}
    other = 0
    for key in store.allKeys():
        if key not in allowed:
            other += 1
        elif key in _PRESENCE_ONLY:
            values[key] = "<set>"
        else:
            text = str(store.value(key))
            values[key] = text if _PLAIN.match(text) else "<not shown>"
    return {"file_exists": True, "values": dict(sorted(values.items())), "other_keys": other}
