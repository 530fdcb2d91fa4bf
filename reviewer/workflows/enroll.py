"""`reviewer enroll PROFILE.json`: validate the workstation profile and store it encrypted."""

from __future__ import annotations

import json
from pathlib import Path

from reviewer.core.errors import RefusedInput
from reviewer.core.profile import Profile, parse_profile
from reviewer.vault.workspace import Workspace

MAX_PROFILE_BYTES = 256 * 1024


def read_profile(path: Path) -> Profile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RefusedInput(f"profile {path} cannot be read ({exc.strerror or 'error'})") from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise RefusedInput(f"profile {path} is too large to be a workstation profile")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise RefusedInput(f"profile {path} is not valid JSON (UTF-8)") from None
    return parse_profile(data)


def enroll(workspace: Workspace, path: Path) -> Profile:
    """Installs the profile (replacing an earlier one); recorded in the audit log."""
    profile = read_profile(path)
    workspace.set_profile(profile)
    return profile
