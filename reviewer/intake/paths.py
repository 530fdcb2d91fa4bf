"""Path rules for names inside a package, and what of a name or key a report may show.

A report is printed, logged and shown to anyone, so it names a path only when it is one of the
package's own names (`package.json`, `clips.jsonl`, `audio/<id>.<ext>`) and a key only when
it is a key of the format or made of the built-in identity words (`device_id`, `latitude`):
any other key may be a person's name used as a key, and is shown as `<key>`.
"""

from __future__ import annotations

import re

from reviewer.intake.detect.find import Mode, identity_kind
from reviewer.intake.identity import is_identity_key, is_identity_vocabulary
from reviewer.intake.shapes import AUDIO_FOLDER, FORMAT_KEYS, is_package_path

_DRIVE = re.compile(r"^[A-Za-z]:")
_MAX_KEY_SCAN = 256

KEY_PLACEHOLDER = "<key>"
PATH_PLACEHOLDER = "<path>"


def path_problem(name: str) -> str | None:
    """Why `name` (a package-relative path, `/`-separated) is unsafe, or None if it is fine."""
    if not name:
        return "is empty"
    if "\x00" in name:
        return "contains a NUL character"
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/"):
        return "is absolute"
    if _DRIVE.match(name):
        return "starts with a drive letter"
    parts = name.split("/")
    if any(p == ".." for p in parts):
        return "climbs out with '..'"
    if any(p in ("", ".") for p in parts[:-1]) or parts[-1] in ("", "."):
        return "has empty or '.' components"
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "contains control characters"
    if len(name) > 1024:
        return "is too long"
    return None


def shown_path(name: str) -> str:
    """`name` as it may appear in a report: itself only when it is one of the package's own."""
    if name == AUDIO_FOLDER or is_package_path(name):
        return name
    return PATH_PLACEHOLDER


def shown_key(key: str) -> str:
    """A key name as it may appear in a report: a format key or built-in identity words."""
    if key in FORMAT_KEYS or is_identity_vocabulary(key):
        return key
    return KEY_PLACEHOLDER


def key_is_identity(key: str) -> bool:
    """An identity word in any spelling, or an identity value used as a key."""
    head = key[:_MAX_KEY_SCAN]
    return is_identity_key(head) or identity_kind(head, None, Mode.METADATA) is not None
