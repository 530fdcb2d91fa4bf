"""The workspace commands end to end through `reviewer.cli.main`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.vault.workspace import Workspace
from tests.support.package_builder import PACKAGE_ID, PackageBuilder
from tests.vault.fakes import DictSecretStore, accepted_package


def _package(tmp_path: Path, package_id: str = PACKAGE_ID, clips: int = 2) -> Path:
    b = PackageBuilder()
    b.header["package_id"] = package_id
    for _ in range(clips):
        b.add_clip(seconds=1.0)
    return b.write_dir(tmp_path / package_id)


def _status(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["status", "--json"]) == 0
    out: dict[str, object] = json.loads(capsys.readouterr().out)
    envelope = {k: out.pop(k) for k in ("schema", "command", "ok", "exit_code")}
    assert envelope == {"schema": "reviewer-cli/1", "command": "status", "ok": True,
                        "exit_code": 0}
    return out


@pytest.mark.usefixtures("cli_secrets")
def test_status_of_an_empty_workspace(capsys: pytest.CaptureFixture[str],
                                      workspace_dir: Path) -> None:
    assert main(["status", "--json"]) == 0
    assert capsys.readouterr().out == (
        '{"schema": "reviewer-cli/1", "command": "status", "ok": true, "exit_code": 0, '
        '"packages": 0, "clips": {"pending": 0, "draft": 0, "done": 0, "skipped": 0, '
        '"escalated": 0}}\n')
    assert not workspace_dir.exists()  # status creates nothing


@pytest.mark.usefixtures("cli_secrets")
def test_import_twice_then_status(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pkg = _package(tmp_path)
    assert main(["import", str(pkg)]) == 0
    captured = capsys.readouterr()
    assert "imported package 1: 2 clip(s)" in captured.out
    assert captured.err == ""  # not a terminal: no progress noise
    assert main(["import", str(pkg)]) == 2
    assert "already in this workspace" in capsys.readouterr().err
    assert _status(capsys) == {"packages": 1, "clips": {"pending": 2, "draft": 0, "done": 0,
                                                        "skipped": 0, "escalated": 0}}


@pytest.mark.usefixtures("cli_secrets")
def test_refused_package_prints_the_report(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    b = PackageBuilder()
    b.add_clip(device_id="abc-123")
    assert main(["import", str(b.write_dir(tmp_path / "bad"))]) == 2
    err = capsys.readouterr().err
    assert "Package refused" in err
    assert "abc-123" not in err


def test_enroll_export_purge_and_audit(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                       workspace_dir: Path, profile_file: Path,
                                       cli_secrets: DictSecretStore) -> None:
    from reviewer.core.annotation import Annotation
    from reviewer.workflows.review_session import ReviewSession

    assert main(["enroll", str(profile_file)]) == 0
    assert main(["import", str(_package(tmp_path, clips=1))]) == 0
    with Workspace.open(workspace_dir, cli_secrets, create=False) as ws:
        ReviewSession(ws.clips).submit(1, Annotation(transcript="hello"))
    out = tmp_path / "results"
    assert main(["export", "--out", str(out)]) == 0
    assert "finished and purged" in capsys.readouterr().out
    assert (out / f"{PACKAGE_ID}.manifest.jsonl").exists()
    assert _status(capsys)["packages"] == 0
    assert main(["audit", "verify"]) == 0
    assert "audit log intact" in capsys.readouterr().out
    with Workspace.open(workspace_dir, cli_secrets, create=False) as ws:
        ws.conn.execute("UPDATE audit SET event = 'skip' WHERE seq = 3")
    assert main(["audit", "verify"]) == 2
    assert "entry 3" in capsys.readouterr().out  # the verdict is the result: stdout


def test_expired_package_is_not_imported(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                         cli_secrets: DictSecretStore) -> None:
    b = PackageBuilder()
    b.header.update(created="2020-01-01", retention_days=1)
    b.add_clip()
    assert main(["import", str(b.write_dir(tmp_path / "old"))]) == 2
    assert "past its retention period (ended 2020-01-02)" in capsys.readouterr().err
    assert _status(capsys)["packages"] == 0


def test_purge_expired_reports_unexported_work(capsys: pytest.CaptureFixture[str],
                                               workspace_dir: Path,
                                               cli_secrets: DictSecretStore) -> None:
    with Workspace.open(workspace_dir, cli_secrets, create=True) as ws:
        ws.packages.store(accepted_package(clips=1, created=dt.date(2020, 1, 1),
                                                retention_days=1))
    capsys.readouterr()
    assert main(["purge", "--expired"]) == 0
    captured = capsys.readouterr()
    assert "past its retention period" in captured.err
    assert "1 unfinished clip(s)" in captured.err
    assert "purged 1 expired package(s)" in captured.out
    assert _status(capsys)["packages"] == 0


@pytest.mark.usefixtures("cli_secrets")
def test_key_lost_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                         cli_secrets: DictSecretStore) -> None:
    assert main(["import", str(_package(tmp_path))]) == 0
    cli_secrets.secrets.clear()
    capsys.readouterr()
    assert main(["status", "--json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "key is lost" in err


def test_production_store_refuses_the_test_keyring(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path, workspace_dir: Path) -> None:
    # Without the test seam, the command uses the real check and refuses MemoryKeyring.
    assert main(["init"]) == 2
    assert "passphrase-file" in capsys.readouterr().err
    assert not workspace_dir.exists()


def test_passphrase_mode_from_the_command_line(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("a long enough passphrase\n")
    assert main(["init", "--passphrase-file", str(secret)]) == 0
    assert "key: passphrase" in capsys.readouterr().out
    assert main(["import", "--passphrase-file", str(secret), str(_package(tmp_path))]) == 0
    assert main(["status", "--json"]) == 2
    assert "passphrase" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    assert main(["status", "--passphrase-file", str(wrong)]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    assert main(["status", "--json", "--passphrase-file", str(secret)]) == 0
    assert json.loads(capsys.readouterr().out)["clips"]["pending"] == 2


@pytest.mark.usefixtures("cli_secrets")
def test_damaged_database_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                      workspace_dir: Path) -> None:
    assert main(["import", str(_package(tmp_path))]) == 0
    db_file = workspace_dir / "vault.db"
    data = bytearray(db_file.read_bytes())
    data[5000:6000] = bytes(1000)  # inside page 2: its HMAC no longer matches
    db_file.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "damaged" in err
