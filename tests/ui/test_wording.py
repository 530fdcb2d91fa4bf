"""The window's words for the codes core and workflows report (ui/wording.py): every code has
them, and they read exactly as the window has always shown them."""

from __future__ import annotations

import pytest

from reviewer.core.annotation import SubmitProblem, SubmitProblemCode
from reviewer.core.package import Question, QuestionKind
from reviewer.core.reasons import Reason
from reviewer.core.review import Notice, NoticeCode, SaveState, SaveStatus
from reviewer.ui.wording import (
    not_submitted,
    notice_text,
    problem_text,
    save_state_text,
    with_key,
)

DISK_FULL = Reason(("disk_full", "error"))

INTENT = Question("intent", "Was it a request?", QuestionKind.BOOL, required=True)
ROOM = Question("room", "Which room?", QuestionKind.CHOICE, ("kitchen", "hall"))
QUESTIONS = (ROOM, INTENT)
QUESTION_CODES = {SubmitProblemCode.UNANSWERED, SubmitProblemCode.NOT_AN_OPTION,
                  SubmitProblemCode.NOT_YES_NO}


@pytest.mark.parametrize("code", list(SubmitProblemCode))
def test_every_problem_code_is_worded(code: SubmitProblemCode) -> None:
    question = "intent" if code in QUESTION_CODES else None
    text = problem_text(SubmitProblem(code, question), QUESTIONS)
    assert text.strip()
    assert "{" not in text
    assert ("Was it a request?" in text) == (code in QUESTION_CODES)


@pytest.mark.parametrize("status", list(SaveStatus))
def test_every_save_state_is_worded(status: SaveStatus) -> None:
    text = save_state_text(SaveState(status, DISK_FULL))
    assert text.strip()
    assert "{" not in text
    assert ("the disk holding the workspace is full" in text) == (status is SaveStatus.FAILED)


@pytest.mark.parametrize("code", list(NoticeCode))
def test_every_notice_code_is_worded(code: NoticeCode) -> None:
    text = notice_text(Notice(code, DISK_FULL, count=3))
    assert text.strip()
    assert "{" not in text
    # Only these two carry no detail; every other notice says its detail.
    without_detail = {NoticeCode.QUEUE_FINISHED, NoticeCode.NOTHING_TO_COPY}
    detail = "3" if code is NoticeCode.ANSWERS_COPIED else "the disk holding the workspace is full"
    assert (detail in text) == (code not in without_detail)


def test_problems_read_as_the_window_has_always_shown_them() -> None:
    def worded(code: SubmitProblemCode, question: str | None = None) -> str:
        return problem_text(SubmitProblem(code, question), QUESTIONS)

    assert worded(SubmitProblemCode.UNANSWERED, "intent") == (
        "Answer the required question: Was it a request?")
    assert worded(SubmitProblemCode.NOT_AN_OPTION, "room") == (
        "Pick one of the offered answers: Which room?")
    assert worded(SubmitProblemCode.NOT_YES_NO, "intent") == (
        "Answer yes or no: Was it a request?")
    assert worded(SubmitProblemCode.NO_TRANSCRIPT) == (
        "Type the transcript, or flag the clip (no speech, unintelligible, ...)")
    assert worded(SubmitProblemCode.NO_CATEGORY) == (
        "Choose at least one critical-data category")
    # A question the clip does not have (the vault refused against another header) is
    # named by its id rather than dropped.
    assert worded(SubmitProblemCode.UNANSWERED, "mood") == (
        "Answer the required question: mood")


def test_a_refusal_lists_every_problem_in_order() -> None:
    problems = [SubmitProblem(SubmitProblemCode.UNANSWERED, "intent"),
                SubmitProblem(SubmitProblemCode.NO_TRANSCRIPT)]
    assert not_submitted(problems, QUESTIONS) == (
        "Not submitted: Answer the required question: Was it a request? · Type the "
        "transcript, or flag the clip (no speech, unintelligible, ...)")
    assert not_submitted(problems[1:], QUESTIONS) == (
        "Not submitted: Type the transcript, or flag the clip (no speech, unintelligible, ...)")


def test_save_states_and_notices_read_as_before() -> None:
    assert save_state_text(SaveState(SaveStatus.SAVED)) == "Saved"
    assert save_state_text(SaveState(SaveStatus.SAVING)) == "Saving…"
    assert save_state_text(SaveState(SaveStatus.NOT_YET)) == "Not saved yet"
    assert save_state_text(SaveState(SaveStatus.FAILED, Reason(("os_disk_full",)))) == (
        "Not saved: the disk is full — retrying")
    escalated = Reason(("clip_escalated", "clip_unavailable", "refused_input", "error"))
    why = "this clip was escalated and erased from this workspace"
    assert notice_text(Notice(NoticeCode.CLIP_NOT_OPENED, escalated)) == (
        f"That clip cannot be opened: {why}")
    assert notice_text(Notice(NoticeCode.OPENING_NOT_RECORDED, escalated)) == (
        f"The clip's opening could not be recorded: {why}")
    assert notice_text(Notice(NoticeCode.AUDIO_NOT_OPENED, escalated)) == (
        f"The clip's audio could not be opened: {why}")
    assert notice_text(Notice(NoticeCode.NOT_FINISHED, escalated)) == (
        f"The clip was not finished: {why}")
    assert notice_text(Notice(NoticeCode.QUEUE_FINISHED)) == (
        "Every clip in the queue is finished. Export your results from the File menu.")


def test_details_are_inserted_as_they_are() -> None:
    """A reason or prompt with braces is text, not a template."""
    odd = Reason(("workspace_missing",), {"folder": "odd {name} text"})
    assert notice_text(Notice(NoticeCode.NOT_FINISHED, odd)) == (
        "The clip was not finished: there is no workspace in odd {name} text")
    braces = Question("b", "Say {x}?", QuestionKind.TEXT, required=True)
    assert problem_text(SubmitProblem(SubmitProblemCode.UNANSWERED, "b"), (braces,)) == (
        "Answer the required question: Say {x}?")


def test_a_hint_names_its_key_only_when_there_is_one() -> None:
    assert with_key("Unmark the chosen span", "Ctrl+Shift+Delete") == (
        "Unmark the chosen span (Ctrl+Shift+Delete)")
    assert with_key("Unmark the chosen span", "") == "Unmark the chosen span"
