"""The cost of an erasure: `python tests/perf/run.py --only bench_erasure`.

An escalation's vault side (begin, then complete: erase, re-wrap every remaining package key
under a new KEK, audit, anchor) and a purge, on a workspace of 10 packages x 100 clips. Run
under `bash dev.sh run` the anchor goes to the real Secret Service (two keyring writes per
erasure plus one for the audit head); otherwise to memory, which shows the database's share.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from reviewer.core.escalation import EscalationCategory
from reviewer.core.ports import SecretStore
from reviewer.vault.workspace import Workspace
from tests.vault.fakes import DictSecretStore, accepted_package

PACKAGES, CLIPS, ROUNDS = 10, 100, 20


def _store() -> tuple[SecretStore, str]:
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        from reviewer.vault.keyring_store import KeyringSecretStore

        return KeyringSecretStore(), "secret_service"
    return DictSecretStore(), "memory"


def run() -> dict[str, float]:
    store, where = _store()
    with tempfile.TemporaryDirectory() as tmp:
        with Workspace.open(Path(tmp) / "ws", store, create=True) as ws:
            for p in range(PACKAGES + 1):
                ws.packages.store(accepted_package(f"pkg_{p:032x}", clips=CLIPS,
                                                   seconds=0.2))
            escalations = []
            for n in range(1, ROUNDS + 1):
                started = time.perf_counter()
                ws.escalations.begin_escalation(n, f"case-{n:016x}",
                                                EscalationCategory.SELF_HARM, "",
                                                "2026-11-29T10:00:00Z")
                ws.escalations.complete_escalation(n, recipients=2)
                escalations.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            ws.packages.purge(PACKAGES + 1, "exported")
            purge_ms = (time.perf_counter() - started) * 1000
            epoch = ws.epochs.epoch
            ws.epochs.close()
            wipe = Workspace.wipe
        wipe(Path(tmp) / "ws", store)  # keyring entries too
    assert epoch == 1 + ROUNDS + 1
    return {f"escalation_vault_ms_median_{where}": statistics.median(escalations),
            f"purge_100_clips_ms_{where}": purge_ms}
