"""Opening a clip never waits for an import: the lookup uses its own connection (WAL readers
do not block on a writer), so switching clips during a long import does not stall the GUI."""

from __future__ import annotations

import threading

from reviewer.core.annotation import ClipStatus
from reviewer.vault.records import StoredClip
from reviewer.vault.workspace import Workspace
from tests.vault.fakes import accepted_package


def test_a_clip_opens_while_an_import_holds_its_transaction(
        workspace: Workspace) -> None:
    workspace.packages.store(accepted_package(clips=2))
    second = accepted_package("pkg_second_0002", clips=3)
    inside, release = threading.Event(), threading.Event()

    def paused(done: int, total: int) -> None:  # runs inside the import's transaction
        inside.set()
        release.wait(timeout=30)

    importer = threading.Thread(target=workspace.packages.store, args=(second, paused))
    importer.start()
    try:
        assert inside.wait(timeout=10)
        answers: dict[str, StoredClip] = {}

        def read() -> None:
            answers["clip"] = workspace.clips.clip(2)

        reader = threading.Thread(target=read)
        reader.start()
        reader.join(timeout=5)
        assert not reader.is_alive(), "reads waited for the import's transaction"
        assert answers["clip"].local_id == 2
        assert answers["clip"].status is ClipStatus.NEW
    finally:
        release.set()
        importer.join(timeout=30)
    assert workspace.clips.queue.counts().total == 5  # and the import's clips once it commits
