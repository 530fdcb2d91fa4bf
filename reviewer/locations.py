"""Where the workspace lives: shared by the app and by `reviewer sync` (which must not import
the app's composition root: it would pull the vault into its import graph)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "reviewer"


def default_workspace() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def workspace_path(arg: str | None) -> Path:
    """`--workspace`, else REVIEWER_WORKSPACE, else the platform's user data folder."""
    chosen = arg or os.environ.get("REVIEWER_WORKSPACE")
    return Path(chosen).expanduser().resolve() if chosen else default_workspace()
