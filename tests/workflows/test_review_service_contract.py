"""One contract, two implementations: the in-memory fake the loop's and the window's tests use,
and the real ReviewSession over the encrypted vault. Every test here runs against both, so the
fake cannot drift from what the vault does (the queue's order and pages, which clip is next,
what a save does to a status, what is refused)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from reviewer.core.annotation import Annotation, ClipStatus, SkipReason
from reviewer.core.escalation import EscalationCategory
from reviewer.core.package import Question, QuestionKind
from reviewer.core.review import ReviewService, StatusCounts, SubmitRefused
from reviewer.core.workspace_errors import ClipUnavailable
from reviewer.vault.workspace import Workspace
from reviewer.workflows.review_session import ReviewSession
from tests.support.fake_review import FakeReviewService
from tests.vault.fakes import DictSecretStore, accepted_package

QUESTION = Question("intent", "Was it a request?", QuestionKind.BOOL, required=True)
SIZES = (3, 4)  # two packages: local ids 1-3 and 4-7


@dataclass
class Harness:
    service: ReviewService
    lock: Callable[[int], None]  # an escalation begun: the clip waits, locked
    escalate: Callable[[int], None]  # escalated and erased


def _fake() -> Harness:
    fake = FakeReviewService()
    fake.add_package(SIZES[0], questions=(QUESTION,))
    fake.add_package(SIZES[1])

    def lock(local_id: int) -> None:
        fake.clips[local_id].locked = True

    def escalate(local_id: int) -> None:
        fake.clips[local_id].status = ClipStatus.ESCALATED
        fake.clips[local_id].locked = False

    return Harness(fake, lock, escalate)


@pytest.fixture(params=["fake", "vault"])
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    if request.param == "fake":
        yield _fake()
        return
    ws = Workspace.open(tmp_path / "ws", DictSecretStore(), create=True)
    try:
        ws.packages.store(accepted_package("pkg_contract_a", SIZES[0], questions=(QUESTION,)))
        ws.packages.store(accepted_package("pkg_contract_b", SIZES[1]))

        def lock(local_id: int) -> None:
            ws.escalations.begin_escalation(local_id, f"case-{local_id:016x}",
                                            EscalationCategory.OTHER_DISTRESS, "",
                                            "2026-11-30T10:00:00Z")

        yield Harness(ReviewSession(ws.clips), lock, ws.escalations.erase_escalated)
    finally:
        ws.close()


def _ids(service: ReviewService, unfinished_only: bool = False) -> list[int]:
    return [s.local_id for s in service.queue_rows(0, 100, unfinished_only)]


def _finish(service: ReviewService) -> None:
    """Clip 1 done, 2 skipped, 5 a draft; the rest new."""
    service.submit(1, Annotation(transcript="one", answers={"intent": True}))
    service.skip(2, SkipReason.OTHER, Annotation())
    service.save_draft(5, Annotation(transcript="half"))


def test_the_queue_in_order_and_in_pages(harness: Harness) -> None:
    s = harness.service
    rows = s.queue_rows(0, 100)
    assert [(r.local_id, r.package_number, r.ordinal, r.package_total) for r in rows] == [
        (1, 1, 1, 3), (2, 1, 2, 3), (3, 1, 3, 3),
        (4, 2, 1, 4), (5, 2, 2, 4), (6, 2, 3, 4), (7, 2, 4, 4)]
    assert [r.local_id for r in s.queue_rows(2, 3)] == [3, 4, 5]  # across a package's end
    assert [r.local_id for r in s.queue_rows(6, 10)] == [7]
    assert s.queue_rows(7, 10) == []
    assert s.queue_rows(-1, 10) == []
    assert s.queue_rows(0, 0) == []
    assert s.counts() == StatusCounts(2, new=7, draft=0, done=0, skipped=0, escalated=0)


def test_statuses_counts_and_the_unfinished_part(harness: Harness) -> None:
    s = harness.service
    _finish(s)
    assert [r.status for r in s.queue_rows(0, 3)] == [ClipStatus.DONE, ClipStatus.SKIPPED,
                                                      ClipStatus.NEW]
    assert s.counts() == StatusCounts(2, new=4, draft=1, done=1, skipped=1, escalated=0)
    assert s.counts().size(unfinished_only=True) == 5
    assert _ids(s, unfinished_only=True) == [3, 4, 5, 6, 7]
    assert [r.local_id for r in s.queue_rows(1, 2, unfinished_only=True)] == [4, 5]
    assert s.queue_row_of(5) == 4
    assert s.queue_row_of(5, unfinished_only=True) == 2
    assert s.queue_row_of(1, unfinished_only=True) == -1  # finished: not in that part
    assert s.queue_row_of(99) == -1


def test_which_clip_is_next(harness: Harness) -> None:
    s = harness.service
    _finish(s)
    assert s.next_unfinished(None) == 3
    assert s.next_unfinished(3) == 4
    assert s.next_unfinished(7) == 3  # wraps round
    assert s.next_unfinished(1) == 3  # after a finished clip too
    assert s.next_unfinished(3, exclude=frozenset({4, 5})) == 6  # being finished: not again
    harness.lock(6)
    assert s.next_unfinished(5) == 7  # a locked clip cannot be played
    assert s.queue_rows(5, 1)[0].locked
    assert s.open_clip(6).summary.locked  # shown, but neither played nor changed
    with pytest.raises(ClipUnavailable):
        s.clip_audio(6)
    with pytest.raises(ClipUnavailable):
        s.save_draft(6, Annotation(transcript="x"))
    for local_id in (3, 4, 5, 7):
        s.submit(local_id, Annotation(transcript="done", answers={"intent": False}))
    assert s.next_unfinished(None) is None  # only the locked one is left
    assert s.next_unfinished(7) is None


def test_neighbours_stop_at_the_ends(harness: Harness) -> None:
    s = harness.service
    assert s.neighbour(3, +1) == 4
    assert s.neighbour(4, -1) == 3
    assert s.neighbour(2, +3) == 5
    assert s.neighbour(6, +5) == 7  # stops at the end
    assert s.neighbour(2, -5) == 1
    assert s.neighbour(7, +1) is None
    assert s.neighbour(1, -1) is None
    assert s.neighbour(99, +1) is None


def test_what_a_save_does_to_a_status(harness: Harness) -> None:
    s = harness.service
    s.save_draft(4, Annotation(transcript="typed"))
    assert s.open_clip(4).summary.status is ClipStatus.DRAFT
    done = Annotation(transcript="typed")
    s.submit(4, done)
    s.save_draft(4, done)  # unchanged: a finished clip stays finished
    assert s.open_clip(4).summary.status is ClipStatus.DONE
    s.save_draft(4, Annotation(transcript="typed again"))  # changed: to be submitted again
    view = s.open_clip(4)
    assert view.summary.status is ClipStatus.DRAFT
    assert view.annotation.transcript == "typed again"
    s.skip(6, SkipReason.CANT_HEAR, Annotation(transcript="x"))
    assert s.open_clip(6).annotation.skip_reason is SkipReason.CANT_HEAR


def test_what_is_refused(harness: Harness) -> None:
    s = harness.service
    with pytest.raises(SubmitRefused) as refused:
        s.submit(1, Annotation(transcript="no answer"))
    assert len(refused.value.problems) == 1
    assert s.open_clip(1).summary.status is ClipStatus.NEW  # nothing stored
    harness.escalate(3)
    with pytest.raises(ClipUnavailable):
        s.open_clip(3)
    with pytest.raises(ClipUnavailable):
        s.save_draft(3, Annotation(transcript="x"))
    with pytest.raises(ClipUnavailable):
        s.clip_audio(3)
    assert s.counts().escalated == 1
    assert s.next_unfinished(2) == 4
