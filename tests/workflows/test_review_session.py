"""The review loop over the real encrypted store: drafts, submit, skip, audited audio."""

from __future__ import annotations

import dataclasses

import pytest

from reviewer.core.annotation import (
    Annotation,
    ClipStatus,
    SkipReason,
    SubmitProblem,
    SubmitProblemCode,
)
from reviewer.core.escalation import EscalationCategory
from reviewer.core.package import Question, QuestionKind
from reviewer.core.review import ReviewService, SaveState, SaveStatus, SubmitRefused
from reviewer.core.workspace_errors import ClipUnavailable, DiskFull, DraftNotSaved
from reviewer.vault.workspace import Workspace
from reviewer.workflows.review_session import ReviewSession
from tests.vault.fakes import accepted_package

QUESTION = Question("intent", "Was it a request?", QuestionKind.BOOL, required=True)


@pytest.fixture
def session(workspace: Workspace) -> ReviewSession:
    workspace.packages.store(accepted_package(clips=3, questions=(QUESTION,)))
    return ReviewSession(workspace.clips)


def test_is_a_review_service(session: ReviewSession) -> None:
    service: ReviewService = session
    assert [s.ordinal for s in service.queue_rows(0, 100)] == [1, 2, 3]


def test_views_never_carry_upstream_ids(session: ReviewSession) -> None:
    for summary in session.queue_rows(0, 100):
        view = session.open_clip(summary.local_id)
        shown = repr(dataclasses.asdict(view)) + repr(summary)
        assert "pkg_test_0001" not in shown
        assert "audio/" not in shown
        assert view.pred_text == f"turn on the lights number {summary.ordinal}"


def test_only_a_shown_clip_is_an_audited_opening(workspace: Workspace,
                                                 session: ReviewSession) -> None:
    before = workspace.audit.head()[0]
    session.clip_audio(1)  # decrypted ahead of time (a preload): nobody saw it
    assert workspace.audit.head()[0] == before
    session.record_opened(1)
    session.record_opened(1)
    entries = workspace.audit.entries()
    assert len(entries) == before + 2
    assert [e.event for e in entries[-2:]] == ["clip.open", "clip.open"]
    assert entries[-1].details == '{"clip":1}'


def test_draft_survives_reopening(workspace: Workspace, session: ReviewSession) -> None:
    draft = Annotation(transcript="turn on the lights", handled_ms=1200)
    session.save_draft(2, draft)
    again = ReviewSession(workspace.clips)
    assert again.open_clip(2).annotation == draft
    assert again.open_clip(2).summary.status is ClipStatus.DRAFT
    assert again.counts().draft == 1


def test_submit_checks_the_rules(session: ReviewSession) -> None:
    with pytest.raises(SubmitRefused) as info:
        session.submit(1, Annotation(transcript="lights on"))
    assert info.value.problems == (SubmitProblem(SubmitProblemCode.UNANSWERED, "intent"),)
    assert session.open_clip(1).summary.status is ClipStatus.NEW
    session.submit(1, Annotation(transcript="lights on", answers={"intent": True}))
    assert session.open_clip(1).summary.status is ClipStatus.DONE


def test_skip_records_the_reason(workspace: Workspace, session: ReviewSession) -> None:
    session.skip(3, SkipReason.CANT_HEAR, Annotation(transcript="partial"))
    view = session.open_clip(3)
    assert view.summary.status is ClipStatus.SKIPPED
    assert view.annotation.skip_reason is SkipReason.CANT_HEAR
    assert workspace.audit.entries()[-1].details == '{"clip":3,"reason":"cant_hear"}'


def test_editing_a_finished_clip_reopens_it(session: ReviewSession) -> None:
    done = Annotation(transcript="lights on", answers={"intent": True})
    session.submit(1, done)
    session.save_draft(1, done)  # autosave on clip switch with nothing changed
    assert session.open_clip(1).summary.status is ClipStatus.DONE
    session.save_draft(1, dataclasses.replace(done, transcript="lights off"))
    assert session.open_clip(1).summary.status is ClipStatus.DRAFT


def test_a_failed_save_raises_and_the_loop_keeps_the_draft(
        workspace: Workspace, session: ReviewSession, monkeypatch: pytest.MonkeyPatch) -> None:
    """The session keeps no state: it says the draft was not stored, and the review loop
    (the one ledger) keeps it, shows it again and retries until the vault takes it."""
    from tests.support.loop import make_loop

    draft = Annotation(transcript="do not lose me", answers={"intent": True})

    def disk_full(*args: object, **kwargs: object) -> None:
        raise DiskFull("the disk holding the draft store is full: free some space")

    monkeypatch.setattr(workspace.clips, "save_annotation", disk_full)
    with pytest.raises(DraftNotSaved, match="disk holding the draft store is full") as info:
        session.save_draft(1, draft)
    assert "\n" not in str(info.value)
    loop, _runner, timers, _clock = make_loop(session)
    loop.refresh_queue()
    loop.open(1)
    loop.update(draft)
    timers.fire(500)  # autosave
    assert loop.save_state.status is SaveStatus.FAILED
    assert loop.save_state.reason is not None
    assert loop.save_state.reason.english.startswith("the disk holding the draft store is full")
    assert loop.unsaved() == {1: draft}
    loop.open(2)
    loop.open(1)
    assert loop.annotation == draft  # shown again, not lost
    loop.submit()  # refused by the full disk: kept as a draft, the clip comes back
    assert loop.current_id == 1
    assert loop.unsaved()[1].answers == {"intent": True}
    monkeypatch.undo()
    timers.fire(2000)  # retry
    assert loop.unsaved() == {}
    assert loop.save_state == SaveState(SaveStatus.SAVED)
    assert ReviewSession(workspace.clips).open_clip(1).annotation.transcript == "do not lose me"


def test_locked_and_escalated_clips(workspace: Workspace, session: ReviewSession) -> None:
    workspace.escalations.begin_escalation(2, "case-0123456789abcdef",
                                           EscalationCategory.SELF_HARM, "", "2026-11-29T10:00:00Z")
    assert session.queue_rows(0, 100)[1].locked
    with pytest.raises(ClipUnavailable, match="locked"):
        session.clip_audio(2)
    with pytest.raises(ClipUnavailable, match="locked"):  # refused escalations stay owed
        session.submit(2, Annotation(transcript="typed over it", answers={"intent": True}))
    with pytest.raises(ClipUnavailable, match="locked"):
        session.skip(2, SkipReason.OTHER, Annotation())
    workspace.escalations.complete_escalation(2, recipients=1)
    with pytest.raises(ClipUnavailable, match="escalated"):
        session.open_clip(2)
    with pytest.raises(ClipUnavailable):
        session.save_draft(2, Annotation(transcript="x"))
    assert session.counts().escalated == 1


def test_submit_keeps_work_when_the_store_cannot_be_read(
        workspace: Workspace, session: ReviewSession, monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core.workspace_errors import WorkspaceCorrupt

    def damaged(local_id: int) -> None:
        raise WorkspaceCorrupt("the workspace is damaged (database corrupted)")

    monkeypatch.setattr(workspace.clips, "clip", damaged)
    work = Annotation(transcript="typed", answers={"intent": True})
    with pytest.raises(DraftNotSaved, match="damaged"):
        session.submit(1, work)
