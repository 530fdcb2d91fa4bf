"""`reviewer --smoke-test` in-process: how checks are reported, and each check on real parts."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import keyring.backend
import pytest

from reviewer import smoke
from reviewer.smoke import SmokeContext


def _context(tmp_path: Path) -> SmokeContext:
    return SmokeContext(tmp_path)


def _fails(context: SmokeContext) -> str:
    raise RuntimeError("the thing broke\nsecond line never shown")


def test_passing_checks_print_one_line_each_on_stdout_and_exit_0(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    checks = [("first", lambda c: "fine"), ("second", lambda c: "also fine")]
    assert smoke.run_checks(checks, _context(tmp_path), out, err) == 0
    assert out.getvalue().splitlines() == [
        "first: ok (fine)", "second: ok (also fine)", "smoke test passed (2 checks)"]
    assert err.getvalue() == ""


def test_a_failing_check_is_one_stderr_line_the_others_still_run_and_exit_1(
        tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    checks = [("broken", _fails), ("after", lambda c: "ran")]
    assert smoke.run_checks(checks, _context(tmp_path), out, err) == 1
    assert out.getvalue().splitlines() == ["after: ok (ran)"]
    assert err.getvalue().splitlines() == [
        "smoke test: broken FAILED: RuntimeError: the thing broke",
        "smoke test: 1 of 2 checks failed",
    ]


def test_the_vault_check_refuses_a_keyring_that_is_not_an_os_store(tmp_path: Path) -> None:
    # The autouse in-memory keyring stands for keyrings.alt / null backends here.
    out, err = io.StringIO(), io.StringIO()
    assert smoke.run_checks([("vault", smoke.check_vault)], _context(tmp_path), out, err) == 1
    assert "vault FAILED: KeyringRefused: keyring backend" in err.getvalue()
    assert not list(tmp_path.glob("workspace/*.db"))


@pytest.mark.secret_service
def test_the_vault_check_round_trips_a_key_through_the_secret_service_and_cleans_up(
        secret_service: keyring.backend.KeyringBackend, tmp_path: Path) -> None:
    from reviewer.vault.workspace import KEY_NAME, keyring_service

    detail = smoke.check_vault(_context(tmp_path))
    assert "via keyring.backends.SecretService.Keyring" in detail
    workspace_id = json.loads(
        (tmp_path / "workspace" / "workspace.json").read_text())["id"]
    assert secret_service.get_password(keyring_service(workspace_id), KEY_NAME) is None


@pytest.mark.audio_server
def test_the_audio_check_plays_through_the_audio_server(audio_server: str,
                                                        tmp_path: Path) -> None:
    detail = smoke.check_audio(_context(tmp_path))
    assert "PortAudio loaded" in detail
    assert "played 0.25 s of silence" in detail  # no demo decoded in this context


@pytest.mark.gui
@pytest.mark.secret_service
@pytest.mark.audio_server
def test_the_whole_smoke_test_passes_on_real_parts_with_nothing_on_stderr(
        secret_service: keyring.backend.KeyringBackend, audio_server: str, qapp: object,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert smoke.run(argparse.Namespace()) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    lines = captured.out.splitlines()
    assert [line.split(":")[0] for line in lines[:6]] == [
        "window", "vault", "demo", "audio", "seal", "pedals"]
    assert "MainWindow painted" in lines[0]
    assert "played 0.25 s of demo clip" in lines[3]
    assert lines[-1] == "smoke test passed (6 checks)"


def test_the_seal_check_round_trips_an_envelope_and_a_signature(tmp_path: Path) -> None:
    detail = smoke.check_seal(_context(tmp_path))
    assert "sealed to 2 leads and opened" in detail
    assert "Ed25519 signature verified" in detail


def test_the_pedals_check_loads_hidapi_and_opens_nothing(tmp_path: Path) -> None:
    detail = smoke.check_pedals(_context(tmp_path))
    assert detail.startswith("hidapi loaded")
    assert detail.endswith("supported pedals: none plugged in")  # no USB devices here


def test_the_pedals_check_fails_without_hidapi(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from reviewer.core.pedals import PedalsUnavailable

    monkeypatch.setitem(sys.modules, "hidraw", None)
    monkeypatch.setitem(sys.modules, "hid", None)
    with pytest.raises(PedalsUnavailable):
        smoke.check_pedals(_context(tmp_path))
