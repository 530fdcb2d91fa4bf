"""Settings the organisation sets for every user of a workstation (organisation file, policy).

Keys are the preference keys of the reviewer's settings file (`playback/jump_seconds`,
`playback/backstep_seconds`, `playback/replay_seconds`, `playback/autoplay`,
`playback/device`, `view/font_size`, `view/language`, `keymap/preset`,
`wellbeing/break_after_minutes`, `wellbeing/break_after_warnings`, `shortcuts/<action id>`);
values are JSON scalars. A default replaces the built-in default and the user may change it;
a locked value is what the app uses, whatever the user's file says.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from reviewer.core.errors import RefusedInput

SETTING_KEY = re.compile(r"^(playback|view|keymap|wellbeing|shortcuts)/[a-z][a-z0-9_]{0,47}$")
Scalar = str | int | float | bool


@dataclass(frozen=True)
class SettingsPolicy:
    defaults: Mapping[str, Scalar] = field(default_factory=dict)
    locked: Mapping[str, Scalar] = field(default_factory=dict)

    def is_locked(self, key: str) -> bool:
        return key in self.locked


def parse_settings_policy(data: object, where: str = "policy.settings") -> SettingsPolicy:
    """Validates `{"defaults": {...}, "locked": {...}}`; errors name the field, not values."""
    if data is None:
        return SettingsPolicy()
    if not isinstance(data, Mapping) or set(data) - {"defaults", "locked"}:
        raise RefusedInput(f"{where}: must hold only 'defaults' and 'locked'",
                           code="settings_policy_invalid", field=where)
    parts: dict[str, dict[str, Scalar]] = {}
    for name in ("defaults", "locked"):
        table = data.get(name, {})
        if not isinstance(table, Mapping):
            raise RefusedInput(f"{where}.{name}: must map setting keys to values",
                               code="settings_policy_invalid", field=f"{where}.{name}")
        out: dict[str, Scalar] = {}
        for key, value in table.items():
            if not isinstance(key, str) or not SETTING_KEY.fullmatch(key):
                raise RefusedInput(f"{where}.{name}: a key is not a setting key "
                                   "(playback/..., view/..., keymap/..., wellbeing/... "
                                   "or shortcuts/...)",
                                   code="settings_policy_invalid", field=f"{where}.{name}")
            if not isinstance(value, str | int | float | bool) or (
                    isinstance(value, str) and len(value) > 200):
                raise RefusedInput(f"{where}.{name}.{key}: must be a short text, number or "
                                   "true/false",
                                   code="settings_policy_invalid", field=f"{where}.{name}.{key}")
            out[key] = value
        parts[name] = out
    return SettingsPolicy(parts["defaults"], parts["locked"])
