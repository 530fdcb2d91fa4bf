"""`reviewer import` shows progress on a terminal (a real pty), and only a final line otherwise."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.support.package_builder import PackageBuilder
from tests.support.trust import TestOrganisation

MANAGED = Path(__file__).resolve().parents[1] / "support" / "managed.py"


def test_progress_on_a_terminal(tmp_path: Path, workspace_dir: Path,
                                organisation: TestOrganisation) -> None:
    b = PackageBuilder()
    for _ in range(3):
        b.add_clip()
    pkg = b.write_dir(tmp_path / "pkg")
    secret = tmp_path / "pass"
    secret.write_text("a long enough passphrase\n")
    master, slave = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, str(MANAGED), "--organisation",
             str(organisation.write(tmp_path / "organisation.json")),
             "-m", "reviewer", "--workspace", str(workspace_dir), "import",
             "--passphrase-file", str(secret), str(pkg)],
            stdout=subprocess.PIPE, stderr=slave, timeout=120, check=False)
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the pty closed
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    assert done.returncode == 0, shown
    assert b"import: checking" in shown
    assert b"import: storing clip 3/3 (100%)" in shown
    assert b"imported package 1: 3 clip(s)" in done.stdout
