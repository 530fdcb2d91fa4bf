"""Path rules for names inside a package, and how to name a path in a report safely."""

from __future__ import annotations

import re

from reviewer.intake.identity import identity_kind, is_identity_key

# Field-like names only (snake_case or camelCase, starting lowercase): a capitalised or
# otherwise odd key may be a person's name or a value used as a key, so it is not echoed.
_SAFE_KEY = re.compile(r"^[a-z][A-Za-z0-9_]{0,63}$")
_PART = r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}"
_SAFE_PATH = re.compile(rf"^{_PART}(?:/{_PART}){{0,15}}$")
_DRIVE = re.compile(r"^[A-Za-z]:")

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
    """`name` as it may appear in a report: itself only when plainly safe and identity-free."""
    if not _SAFE_PATH.fullmatch(name) or identity_kind(name) is not None:
        return PATH_PLACEHOLDER
    # A name that reads like an identity field (contacts.vcf, home_address.txt) is hidden too.
    if any(is_identity_key(part) for part in re.split(r"[/.]", name) if part):
        return PATH_PLACEHOLDER
    return name


def shown_key(key: str) -> str:
    """A key name as it may appear in a report. Field-like keys are named (the report must say
    which field), but a key that is odd or shaped like an identity value is not echoed."""
    if _SAFE_KEY.fullmatch(key) and identity_kind(key) is None:
        return key
    return KEY_PLACEHOLDER


def key_is_identity(key: str) -> bool:
    return is_identity_key(key) or identity_kind(key) is not None
