"""What the window says for the codes that core and workflows report: why a clip cannot be
submitted, the autosave state, the review loop's notices; and how a hint names a key.

This is the one place these sentences live. Each is a whole sentence with named
placeholders, never assembled from fragments, so that the localisation (issue 16) can wrap
every one in tr() as it is. Details that arrive with a code (the reason a write failed) are
the errors' own texts, which are English for now.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.annotation import Answer, SubmitProblem, SubmitProblemCode
from reviewer.core.package import Question
from reviewer.core.review import Notice, NoticeCode, SaveState, SaveStatus

# {prompt}: the question's prompt, as the questions panel shows it.
_PROBLEMS: dict[SubmitProblemCode, str] = {
    SubmitProblemCode.UNANSWERED: "Answer the required question: {prompt}",
    SubmitProblemCode.NOT_AN_OPTION: "Pick one of the offered answers: {prompt}",
    SubmitProblemCode.NOT_YES_NO: "Answer yes or no: {prompt}",
    SubmitProblemCode.NO_TRANSCRIPT:
        "Type the transcript, or flag the clip (no speech, unintelligible, ...)",
    SubmitProblemCode.NO_CATEGORY: "Choose at least one critical-data category",
}

# {problems}: one or more problem texts, separated by PROBLEM_SEPARATOR.
NOT_SUBMITTED = "Not submitted: {problems}"
PROBLEM_SEPARATOR = " · "

# {reason}: why the write failed (the error's own text).
_SAVE_STATES: dict[SaveStatus, str] = {
    SaveStatus.SAVED: "Saved",
    SaveStatus.SAVING: "Saving…",
    SaveStatus.NOT_YET: "Not saved yet",
    SaveStatus.FAILED: "Not saved: {reason} — retrying",
}

# {detail}: why it failed (the error's own text).
_NOTICES: dict[NoticeCode, str] = {
    NoticeCode.CLIP_NOT_OPENED: "That clip cannot be opened: {detail}",
    NoticeCode.OPENING_NOT_RECORDED: "The clip's opening could not be recorded: {detail}",
    NoticeCode.AUDIO_NOT_OPENED: "The clip's audio could not be opened: {detail}",
    NoticeCode.NOT_FINISHED: "The clip was not finished: {detail}",
    NoticeCode.QUEUE_FINISHED:
        "Every clip in the queue is finished. Export your results from the File menu.",
    NoticeCode.NOTHING_TO_COPY:
        "Nothing to copy: no clip submitted before this one in this session answered a "
        "question with the same id and kind.",
    NoticeCode.ANSWERS_COPIED: "Answers copied from the previous clip: {detail}",
}

# A question's key, pressed: {prompt}: the question's prompt; {answer}: ANSWER_TEXTS or the
# option chosen.
ANSWERED = "{prompt}: {answer}"
ANSWER_YES, ANSWER_NO, UNANSWERED = "Yes", "No", "unanswered"
# {number}: the number of the question asked for (1-based).
NO_SUCH_QUESTION = "This clip has no question {number}."

# A control's tooltip with the key that does the same ({keys}: as the menus show it).
WITH_KEY = "{tip} ({keys})"


def _prompt(question_id: str | None, questions: Sequence[Question]) -> str:
    """The prompt of the question a problem is about (its id when the clip has no such
    question: question ids are the organisation's readable names)."""
    for q in questions:
        if q.id == question_id:
            return q.prompt
    return question_id or ""


def problem_text(problem: SubmitProblem, questions: Sequence[Question]) -> str:
    """One problem, worded; `questions` are the open clip's (ClipView.questions)."""
    return _PROBLEMS[problem.code].format(prompt=_prompt(problem.question_id, questions))


def not_submitted(problems: Sequence[SubmitProblem], questions: Sequence[Question]) -> str:
    """`Not submitted: ` and the problems, in their order."""
    texts = PROBLEM_SEPARATOR.join(problem_text(p, questions) for p in problems)
    return NOT_SUBMITTED.format(problems=texts)


def save_state_text(state: SaveState) -> str:
    return _SAVE_STATES[state.status].format(reason=state.reason)


def notice_text(notice: Notice) -> str:
    return _NOTICES[notice.code].format(detail=notice.detail)


def answer_text(value: Answer | None) -> str:
    """An answer as the questions panel shows it."""
    if value is None:
        return UNANSWERED
    if isinstance(value, bool):
        return ANSWER_YES if value else ANSWER_NO
    return value


def answered(question: Question, value: Answer | None) -> str:
    return ANSWERED.format(prompt=question.prompt, answer=answer_text(value))


def no_such_question(number: int) -> str:
    return NO_SUCH_QUESTION.format(number=number)


def with_key(tip: str, keys: str) -> str:
    """`tip` naming the key that does the same; `tip` alone when no key does."""
    return WITH_KEY.format(tip=tip, keys=keys) if keys else tip
