"""The real parts that `bash dev.sh test` starts are there and work (and CI never skips them)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import keyring
import keyring.backend
import pytest


def test_ci_runs_with_every_real_part() -> None:
    if os.environ.get("CI", "").lower() != "true":
        pytest.skip("only meaningful under CI=true")
    assert os.environ.get("REVIEWER_AUDIO_SINK"), "CI must run with the PulseAudio null sink"
    assert os.environ.get("REVIEWER_SECRET_SERVICE"), "CI must run with the Secret Service"


def test_secret_service_round_trip(secret_service: keyring.backend.KeyringBackend) -> None:
    assert type(secret_service).__module__ == "keyring.backends.SecretService"
    keyring.set_password("reviewer-test", "k", "v1")
    assert keyring.get_password("reviewer-test", "k") == "v1"
    keyring.delete_password("reviewer-test", "k")
    assert keyring.get_password("reviewer-test", "k") is None


def test_audio_server_has_the_null_sink_and_its_monitor(audio_server: str) -> None:
    sources = subprocess.run(["pactl", "list", "short", "sources"], capture_output=True,
                             text=True, timeout=10, check=True).stdout
    assert f"{audio_server}.monitor" in sources


def test_unit_tests_get_a_memory_keyring_not_the_users() -> None:
    from tests.support.memory_keyring import MemoryKeyring

    assert isinstance(keyring.get_keyring(), MemoryKeyring)


def test_the_app_finds_its_workspace_and_settings_inside_the_test(tmp_path: Path) -> None:
    """What the app itself resolves, with no --workspace: never the user's own folders."""
    from reviewer.app import workspace_path
    from reviewer.ui.qt_settings import settings_path

    assert workspace_path(None).is_relative_to(tmp_path.resolve())
    assert settings_path().resolve().is_relative_to(tmp_path.resolve())
