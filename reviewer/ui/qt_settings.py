"""The reviewer's preferences, persisted with QSettings in an INI file under the user's
config folder (XDG_CONFIG_HOME on Linux, so tests stay isolated). Nothing here is sensitive.

Signals:
    changed(): any preference changed (views re-read what they show).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QSettings, Signal

DEFAULT_JUMP_S = 3.0
DEFAULT_BACKSTEP_S = 1.0


def settings_path() -> Path:
    return platformdirs.user_config_path("reviewer", appauthor=False) / "reviewer.ini"


class UiSettings(QObject):
    changed = Signal()

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = QSettings(str(path or settings_path()), QSettings.Format.IniFormat)

    def _float(self, key: str, default: float, low: float, high: float) -> float:
        try:
            value = float(self._store.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    @property
    def jump_seconds(self) -> float:
        return self._float("playback/jump_seconds", DEFAULT_JUMP_S, 0.5, 30.0)

    @property
    def backstep_seconds(self) -> float:
        return self._float("playback/backstep_seconds", DEFAULT_BACKSTEP_S, 0.0, 10.0)

    @property
    def autoplay(self) -> bool:
        return str(self._store.value("playback/autoplay", "true")).lower() == "true"

    @property
    def audio_device(self) -> str | None:
        value = self._store.value("playback/device", "")
        return str(value) or None

    @property
    def font_size(self) -> int:
        """Point size for the whole window; 0 keeps the system's."""
        return int(self._float("view/font_size", 0, 0, 40))

    def shortcut(self, action_id: str) -> str | None:
        """The reviewer's key for an action ("" means no key), or None for the default."""
        value = self._store.value(f"shortcuts/{action_id}")
        return None if value is None else str(value)

    def update(self, *, jump_seconds: float | None = None, backstep_seconds: float | None = None,
               autoplay: bool | None = None, audio_device: str | None = None,
               font_size: int | None = None, shortcuts: dict[str, str | None] | None = None,
               ) -> None:
        """Store the given preferences (None leaves one as it is) and announce the change."""
        if jump_seconds is not None:
            self._store.setValue("playback/jump_seconds", float(jump_seconds))
        if backstep_seconds is not None:
            self._store.setValue("playback/backstep_seconds", float(backstep_seconds))
        if autoplay is not None:
            self._store.setValue("playback/autoplay", "true" if autoplay else "false")
        if audio_device is not None:
            self._store.setValue("playback/device", audio_device)
        if font_size is not None:
            self._store.setValue("view/font_size", int(font_size))
        for action_id, keys in (shortcuts or {}).items():
            if keys is None:
                self._store.remove(f"shortcuts/{action_id}")
            else:
                self._store.setValue(f"shortcuts/{action_id}", keys)
        self._store.sync()
        self.changed.emit()
