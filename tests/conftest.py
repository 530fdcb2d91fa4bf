"""Test-wide isolation: no test touches the user's data, settings or keyring.

Real parts (the PulseAudio null sink, the Secret Service) are started by `bash dev.sh test`.
Their fixtures skip when a part is missing on a developer's machine, and fail under CI=true.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from tests.support.memory_keyring import MemoryKeyring
from tests.support.real_parts import require_audio_server, require_secret_service
from tests.support.trust import TestOrganisation


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own workspace and config/data/cache folders."""
    workspace = tmp_path / "workspace"
    monkeypatch.setenv("REVIEWER_WORKSPACE", str(workspace))
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    return workspace


@pytest.fixture(autouse=True)
def organisation(monkeypatch: pytest.MonkeyPatch) -> TestOrganisation:
    """The organisation the command line trusts in tests (its file is a built-in path, out of
    a test's reach): a throwaway one that admits unsigned packages. Trust tests replace it."""
    from reviewer.commands import anchor

    org = TestOrganisation()
    monkeypatch.setattr(anchor, "load", lambda: org.organisation)
    return org


@pytest.fixture
def workspace_dir(_isolated_dirs: Path) -> Path:
    return _isolated_dirs


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring for every test, so nothing reaches the user's real keyring."""
    previous = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    try:
        yield fake
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def secret_service(memory_keyring: MemoryKeyring) -> Iterator[keyring.backend.KeyringBackend]:
    """The real Secret Service (gnome-keyring in a private D-Bus session), as the keyring."""
    backend = require_secret_service()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(memory_keyring)


@pytest.fixture
def audio_server() -> str:
    """The name of the PulseAudio null sink whose monitor records what was played."""
    return require_audio_server()
