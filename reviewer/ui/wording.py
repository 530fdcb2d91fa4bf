"""What the window says for the codes that core and workflows report: why a clip cannot be
submitted, the autosave state, the review loop's notices; and how a hint names a key.

This is the one place these sentences live. Each is a whole sentence with named
placeholders, never assembled from fragments, so that the localisation (issue 16) can wrap
every one in tr() as it is: each is marked with QT_TRANSLATE_NOOP and translated
when worded (`_t`). The reason that arrives with a code (why a write failed) is worded by
ui/reason_wording.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.annotation import Answer, SubmitProblem, SubmitProblemCode
from reviewer.core.package import Question
from reviewer.core.review import Notice, NoticeCode, SaveState, SaveStatus
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, number, translate
from reviewer.ui.reason_wording import reason_text

# {prompt}: the question's prompt, as the questions panel shows it.
_PROBLEMS: dict[SubmitProblemCode, str] = {
    SubmitProblemCode.UNANSWERED: QT_TRANSLATE_NOOP(
        "Wording", "Answer the required question: {prompt}"),
    SubmitProblemCode.NOT_AN_OPTION: QT_TRANSLATE_NOOP(
        "Wording", "Pick one of the offered answers: {prompt}"),
    SubmitProblemCode.NOT_YES_NO: QT_TRANSLATE_NOOP("Wording", "Answer yes or no: {prompt}"),
    SubmitProblemCode.NO_TRANSCRIPT: QT_TRANSLATE_NOOP(
        "Wording", "Type the transcript, or flag the clip (no speech, unintelligible, ...)"),
    SubmitProblemCode.NO_CATEGORY: QT_TRANSLATE_NOOP(
        "Wording", "Choose at least one critical-data category"),
}

# {problems}: one or more problem texts, separated by PROBLEM_SEPARATOR.
NOT_SUBMITTED = QT_TRANSLATE_NOOP("Wording", "Not submitted: {problems}")
PROBLEM_SEPARATOR = " · "

# {reason}: why the write failed (ui/reason_wording.py).
_SAVE_STATES: dict[SaveStatus, str] = {
    SaveStatus.SAVED: QT_TRANSLATE_NOOP("Wording", "Saved"),
    SaveStatus.SAVING: QT_TRANSLATE_NOOP("Wording", "Saving…"),
    SaveStatus.NOT_YET: QT_TRANSLATE_NOOP("Wording", "Not saved yet"),
    SaveStatus.FAILED: QT_TRANSLATE_NOOP("Wording", "Not saved: {reason} — retrying"),
}

# {detail}: why it failed (ui/reason_wording.py); ANSWERS_COPIED: how many.
_NOTICES: dict[NoticeCode, str] = {
    NoticeCode.CLIP_NOT_OPENED: QT_TRANSLATE_NOOP(
        "Wording", "That clip cannot be opened: {detail}"),
    NoticeCode.OPENING_NOT_RECORDED: QT_TRANSLATE_NOOP(
        "Wording", "The clip's opening could not be recorded: {detail}"),
    NoticeCode.AUDIO_NOT_OPENED: QT_TRANSLATE_NOOP(
        "Wording", "The clip's audio could not be opened: {detail}"),
    NoticeCode.NOT_FINISHED: QT_TRANSLATE_NOOP("Wording", "The clip was not finished: {detail}"),
    NoticeCode.QUEUE_FINISHED: QT_TRANSLATE_NOOP(
        "Wording",
        "Every clip in the queue is finished. Export your results from the File menu."),
    NoticeCode.NOTHING_TO_COPY: QT_TRANSLATE_NOOP(
        "Wording",
        "Nothing to copy: no clip submitted before this one in this session answered a "
        "question with the same id and kind."),
    NoticeCode.ANSWERS_COPIED: QT_TRANSLATE_NOOP(
        "Wording", "Answers copied from the previous clip: {detail}"),
}

# A question's key, pressed: {prompt}: the question's prompt; {answer}: ANSWER_TEXTS or the
# option chosen.
ANSWERED = QT_TRANSLATE_NOOP("Wording", "{prompt}: {answer}")
ANSWER_YES = QT_TRANSLATE_NOOP("Wording", "Yes")
ANSWER_NO = QT_TRANSLATE_NOOP("Wording", "No")
UNANSWERED = QT_TRANSLATE_NOOP("Wording", "unanswered")
# {number}: the number of the question asked for (1-based).
NO_SUCH_QUESTION = QT_TRANSLATE_NOOP("Wording", "This clip has no question {number}.")

# A control's tooltip with the key that does the same ({keys}: as the menus show it).
WITH_KEY = QT_TRANSLATE_NOOP("Wording", "{tip} ({keys})")


def _t(text: str) -> str:
    """One of the texts above in the interface's language (ui/i18n.py)."""
    return translate("Wording", text)


def _prompt(question_id: str | None, questions: Sequence[Question]) -> str:
    """The prompt of the question a problem is about (its id when the clip has no such
    question: question ids are the organisation's readable names)."""
    for q in questions:
        if q.id == question_id:
            return q.prompt
    return question_id or ""


def problem_text(problem: SubmitProblem, questions: Sequence[Question]) -> str:
    """One problem, worded; `questions` are the open clip's (ClipView.questions)."""
    return _t(_PROBLEMS[problem.code]).format(prompt=_prompt(problem.question_id, questions))


def not_submitted(problems: Sequence[SubmitProblem], questions: Sequence[Question]) -> str:
    """`Not submitted: ` and the problems, in their order."""
    texts = _t(PROBLEM_SEPARATOR).join(problem_text(p, questions) for p in problems)
    return _t(NOT_SUBMITTED).format(problems=texts)


def save_state_text(state: SaveState) -> str:
    return _t(_SAVE_STATES[state.status]).format(reason=reason_text(state.reason))


def notice_text(notice: Notice) -> str:
    detail = (number(notice.count) if notice.code is NoticeCode.ANSWERS_COPIED
              else reason_text(notice.reason))
    return _t(_NOTICES[notice.code]).format(detail=detail)


def answer_text(value: Answer | None) -> str:
    """An answer as the questions panel shows it."""
    if value is None:
        return _t(UNANSWERED)
    if isinstance(value, bool):
        return _t(ANSWER_YES if value else ANSWER_NO)
    return value


def answered(question: Question, value: Answer | None) -> str:
    return _t(ANSWERED).format(prompt=question.prompt, answer=answer_text(value))


def no_such_question(number: int) -> str:
    return _t(NO_SUCH_QUESTION).format(number=number)


def with_key(tip: str, keys: str) -> str:
    """`tip` naming the key that does the same; `tip` alone when no key does."""
    return _t(WITH_KEY).format(tip=tip, keys=keys) if keys else tip
