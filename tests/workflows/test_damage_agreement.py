"""`status` and `audit verify` agree on every kind of damage (issue 14): one flipped byte
anywhere in vault.db made `status` report damage while `audit verify` said intact, because
the audit pages were untouched. Both now check every page first."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.vault.workspace import Workspace
from tests.vault.fakes import DictSecretStore, accepted_package

FLIPS = 20


def _flip(db: Path, offset: int) -> None:
    data = bytearray(db.read_bytes())
    data[offset] ^= 0x10
    db.write_bytes(bytes(data))


def test_both_commands_report_every_flipped_byte(
        capsys: pytest.CaptureFixture[str], workspace_dir: Path,
        cli_secrets: DictSecretStore) -> None:
    with Workspace.open(workspace_dir, cli_secrets, create=True) as ws:
        ws.packages.store(accepted_package(clips=12))
    pristine = workspace_dir.parent / "pristine"
    shutil.copytree(workspace_dir, pristine)
    assert main(["status"]) == 0
    assert main(["audit", "verify"]) == 0
    size = (pristine / "vault.db").stat().st_size
    rng = random.Random(99)
    for offset in sorted(rng.randrange(size) for _ in range(FLIPS)):
        shutil.rmtree(workspace_dir)
        shutil.copytree(pristine, workspace_dir)
        _flip(workspace_dir / "vault.db", offset)
        capsys.readouterr()
        codes = (main(["status"]), main(["audit", "verify"]))
        err = capsys.readouterr().err
        assert codes[0] != 0, f"status missed the flip at byte {offset}"
        assert codes[1] != 0, f"audit verify missed the flip at byte {offset}"
        assert "intact" not in err
        assert err.count("damaged") + err.count("cannot be decrypted") >= 2, err
