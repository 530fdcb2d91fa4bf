"""Crash safety: a child autosaving drafts in a loop is SIGKILLed at random moments 200 times.

After every kill the database passes integrity_check and every draft the child had
acknowledged (save_draft returned) is stored, or a later one of the same clip.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.vault import db
from reviewer.vault.workspace import Workspace
from tests.vault.fakes import FileSecretStore, accepted_package

ROUNDS = 200
ROOT = Path(__file__).resolve().parents[2]
_DRAFT = re.compile(r"^r(\d+) n(\d+) ")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")


def _stored(ws: Workspace) -> dict[int, tuple[int, int]]:
    out = {}
    for c in ws.clips.package_clips(1):
        if c.annotation is not None:
            m = _DRAFT.match(c.annotation.transcript)
            assert m, "a stored draft is garbled"
            out[c.local_id] = (int(m.group(1)), int(m.group(2)))
    return out


@pytest.mark.slow
def test_acknowledged_drafts_survive_sigkill(workspace_dir: Path) -> None:
    keyring = workspace_dir.parent / "keyring.json"  # the child reads the same keyring
    secrets = FileSecretStore(keyring)
    with Workspace.open(workspace_dir, secrets, create=True) as ws:
        ws.packages.store(accepted_package(clips=3))
    rng = random.Random(20261122)
    started = time.monotonic()
    server = subprocess.Popen([sys.executable, "-m", "tests.workflows.autosave_child"],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, bufsize=1)
    assert server.stdin is not None
    assert server.stdout is not None
    server.stdin.write(f"{workspace_dir} {keyring}\n")
    acked: dict[int, tuple[int, int]] = {}
    total_acks = 0
    try:
        for round_no in range(1, ROUNDS + 1):
            server.stdin.write(f"run {round_no}\n")
            server.stdin.flush()
            pid_line = server.stdout.readline().split()
            assert pid_line[0] == "pid", pid_line
            pid = int(pid_line[1])
            time.sleep(rng.uniform(0.0, 0.08))  # a random moment in the child's life
            os.kill(pid, signal.SIGKILL)
            while True:
                parts = server.stdout.readline().split()
                assert parts, "the fork server died"
                if parts[0] == "ack":
                    acked[int(parts[1])] = (int(parts[2]), int(parts[3]))
                    total_acks += 1
                elif parts[0] == "exit":
                    assert int(parts[2]) == signal.SIGKILL, "the child failed before the kill"
                    break
            with Workspace.open(workspace_dir, secrets, create=False) as ws:
                assert db.integrity_ok(ws.conn), f"integrity check failed in round {round_no}"
                stored = _stored(ws)
            for clip, last in acked.items():
                assert stored.get(clip, (0, 0)) >= last, f"acknowledged draft lost: {clip}"
    finally:
        server.stdin.close()
        server.wait(timeout=30)
        server.stdout.close()
    assert total_acks > ROUNDS  # the kills really interrupted a busy autosave loop
    print(f"kill -9 test: {ROUNDS} rounds, {total_acks} acknowledged drafts, "
          f"{time.monotonic() - started:.1f} s")
