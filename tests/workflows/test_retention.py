"""Retention: expired packages go at start-up and on `purge --expired`, reported first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reviewer.core.annotation import Annotation
from reviewer.core.package import AcceptedPackage
from reviewer.seal.kit import SealKit
from reviewer.vault.workspace import Workspace
from reviewer.workflows.import_package import Progress
from reviewer.workflows.retention import PurgeNotice, purge_expired, purge_exported
from reviewer.workflows.review_session import ReviewSession
from reviewer.workflows.workspace_session import open_session
from tests.support.trust import TestOrganisation
from tests.vault.fakes import DictSecretStore, accepted_package

TODAY = dt.date(2026, 11, 22)


def _two_packages(ws: Workspace) -> None:
    ws.packages.store(accepted_package("pkg_old_00001", clips=3,
                                            created=dt.date(2026, 10, 1), retention_days=30))
    ws.packages.store(accepted_package("pkg_new_00001", clips=1, created=TODAY))


def test_expired_package_is_reported_before_it_goes(workspace: Workspace) -> None:
    _two_packages(workspace)
    ReviewSession(workspace.clips).submit(1, Annotation(transcript="done but not exported"))
    seen: list[tuple[PurgeNotice, int]] = []
    notices = purge_expired(
        workspace, TODAY,
        report=lambda n: seen.append((n, workspace.clips.queue.counts().packages)))
    assert [n.package_id for n in notices] == ["pkg_old_00001"]
    notice, packages_when_reported = seen[0]
    assert packages_when_reported == 2  # still there when reported
    assert (notice.unexported_finished, notice.unfinished) == (1, 2)
    assert "1 finished clip(s) never exported" in notice.message()
    assert notice.expired_on == dt.date(2026, 10, 31)
    assert [p.header.package_id for p in workspace.packages.stored()] == ["pkg_new_00001"]


def test_nothing_expired_purges_nothing(workspace: Workspace) -> None:
    _two_packages(workspace)
    assert purge_expired(workspace, dt.date(2026, 10, 15)) == []
    assert workspace.clips.queue.counts().packages == 2


def test_a_package_expires_on_its_last_day(workspace: Workspace) -> None:
    _two_packages(workspace)
    ends = dt.date(2026, 10, 31)  # created 1 Oct, kept 30 days
    assert [p.header.package_id for p in workspace.packages.stored(expired_by=ends)] == [
        "pkg_old_00001"]
    assert workspace.packages.stored(expired_by=ends - dt.timedelta(days=1)) == []
    assert len(workspace.packages.stored()) == 2


def test_exported_packages_purge(workspace: Workspace) -> None:
    workspace.packages.store(accepted_package(clips=1))
    assert purge_exported(workspace) == []
    ReviewSession(workspace.clips).submit(1, Annotation(transcript="x"))
    workspace.packages.mark_exported(1, "9999-01-01T00:00:00")
    assert [n.reason for n in purge_exported(workspace)] == ["exported"]
    assert workspace.clips.queue.counts().packages == 0


def test_open_session_purges_at_start_up(workspace_dir: Path, secrets: DictSecretStore,
                                         organisation: TestOrganisation) -> None:
    with Workspace.open(workspace_dir, secrets, create=True) as ws:
        _two_packages(ws)
    heard: list[str] = []
    handle = open_session(workspace_dir, secrets, trust=organisation.trust, today=TODAY,
                          report=lambda n: heard.append(n.package_id))
    try:
        assert heard == ["pkg_old_00001"]
        assert [n.package_id for n in handle.notices] == ["pkg_old_00001"]
        assert handle.session.counts().packages == 1
        assert handle.banner == ""
    finally:
        handle.close()


def test_demo_session_is_ephemeral_and_says_so() -> None:
    def gate(path: Path, progress: Progress | None) -> AcceptedPackage:
        # an old demo package still opens
        return accepted_package("pkg_demo_0001", clips=2, created=dt.date(2020, 1, 1))

    handle = open_session(Path("/nonexistent"), None, demo=True, gate=gate,
                          crypto=SealKit(), demo_package=Path("demo"))
    folder = handle.workspace.path
    try:
        assert handle.demo
        assert "ephemeral in-memory key" in handle.banner
        assert handle.session.counts().new == 2
    finally:
        handle.close()
    assert not folder.exists()


@pytest.mark.parametrize(("reason", "finished", "unfinished", "expected"), [
    ("exported", 0, 0, "package pkg_x: exported and purged"),
    ("expired", 2, 1, "package pkg_x: past its retention period (ended 2026-01-31); deleting "
                      "2 finished clip(s) never exported and 1 unfinished clip(s)"),
    ("expired", 0, 3, "package pkg_x: past its retention period (ended 2026-01-31); deleting "
                      "3 unfinished clip(s)"),
    ("expired", 0, 0, "package pkg_x: past its retention period (ended 2026-01-31)"),
])
def test_a_purge_notice_names_the_work_it_deletes(reason: str, finished: int, unfinished: int,
                                                  expected: str) -> None:
    notice = PurgeNotice(1, "pkg_x", reason, dt.date(2026, 1, 31), finished, unfinished)
    assert notice.message() == expected
