"""The review loop without Qt: a synchronous runner, timers fired by hand, a hand-set clock,
and counting fakes for the vault's use cases and the player."""

from __future__ import annotations

import pytest

from reviewer.core.annotation import (
    Annotation,
    ClipStatus,
    SkipReason,
    SubmitProblem,
    SubmitProblemCode,
)
from reviewer.core.package import Question, QuestionKind
from reviewer.core.review import Notice, NoticeCode, SaveState, SaveStatus, StatusCounts
from reviewer.workflows.review_loop import (
    AUTOSAVE_MS,
    NOT_YET,
    PRELOAD_DELAY_MS,
    RETRY_MS,
    SAVED,
    ReviewLoop,
)
from tests.support.fake_review import FakeReviewService
from tests.support.loop import Clock, CountingPlayer, SyncRunner, Timers, make_loop

REQUIRED = Question("intent", "Was it a request?", QuestionKind.BOOL, required=True)
UNANSWERED = SubmitProblem(SubmitProblemCode.UNANSWERED, "intent")


class CountingService(FakeReviewService):
    """Also counts reads of the counts (the fake already records its queue page reads)."""

    count_reads: int = 0

    def counts(self) -> StatusCounts:
        self.count_reads += 1
        return super().counts()


@pytest.fixture
def service() -> CountingService:
    s = CountingService()
    s.add_package(4)
    return s


@pytest.fixture
def parts(service: CountingService) -> tuple[ReviewLoop, SyncRunner, Timers, Clock]:
    loop, runner, timers, clock = make_loop(service)
    loop.refresh_queue()
    return loop, runner, timers, clock



def said(messages: list[Notice]) -> list[tuple[NoticeCode, str]]:
    """The notices' codes with their reasons' English texts (the window words the codes)."""
    return [(m.code, m.reason.english if m.reason else "") for m in messages]

def _player(loop: ReviewLoop) -> CountingPlayer:
    assert isinstance(loop.player, CountingPlayer)
    return loop.player


def test_submit_and_next_decrypts_the_next_clip_once_and_audits_only_what_is_shown(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, _runner, timers, _clock = parts
    loop.open_first()
    assert service.decryptions == [1]  # clip 1 to play; the next one only after a pause
    timers.fire(PRELOAD_DELAY_MS)
    assert service.decryptions == [1, 2]  # clip 2 preloaded
    assert service.openings == [1]  # the preload is not an opening
    assert _player(loop).preloaded == ["2"]
    loop.update(Annotation(transcript="turn on the kitchen lights"))
    loop.submit()
    assert loop.current_id == 2
    assert service.decryptions == [1, 2]  # 2 was not decrypted again
    timers.fire(PRELOAD_DELAY_MS)
    assert service.decryptions == [1, 2, 3]  # 3 is preloaded
    assert service.openings == [1, 2]
    assert _player(loop).loaded == ["1", "2"]
    events: list[str] = []
    loop.audio_ready.connect(lambda local_id: events.append(f"audio {local_id}"))
    loop.update(Annotation(transcript="lights"))
    loop.submit()
    timers.fire(PRELOAD_DELAY_MS)
    assert events == ["audio 3"]
    assert service.decryptions == [1, 2, 3, 4]
    assert service.openings == [1, 2, 3]


def test_a_preload_left_behind_is_not_used_for_another_clip(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, _runner, timers, _clock = parts
    loop.open(1)
    timers.fire(PRELOAD_DELAY_MS)  # preloads 2
    loop.open(3)  # a jump: 3 is decrypted for itself
    timers.fire(PRELOAD_DELAY_MS)  # 4 preloaded
    loop.open(2)  # the preload of 2 was dropped with the jump: decrypted again
    timers.fire(PRELOAD_DELAY_MS)
    assert service.decryptions == [1, 2, 3, 4, 2, 3]
    assert service.openings == [1, 3, 2]


def test_a_kept_preload_is_announced_once_for_the_clip_it_is_for(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, runner, timers, _clock = parts
    announced: list[int] = []
    loop.preloaded.connect(announced.append)
    loop.open(1)
    timers.fire(PRELOAD_DELAY_MS)
    assert announced == [2]
    loop.open(3)
    runner.held.add("audio")
    timers.fire(PRELOAD_DELAY_MS)  # the preload of 4 is on its way...
    loop.open(1)  # ...when the reviewer goes elsewhere: it is not announced
    runner.release("audio")
    assert _player(loop).preloaded == ["2", "4"]  # 4 was prepared all the same
    assert announced == [2]
    assert loop.current_id == 1


def test_a_clip_left_before_the_pause_preloads_nothing(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, _runner, timers, _clock = parts
    loop.open(1)
    loop.open(3)  # within the pause: nothing was preloaded after 1
    timers.fire(PRELOAD_DELAY_MS)
    assert service.decryptions == [1, 3, 4]
    loop.close_clip()
    timers.fire(PRELOAD_DELAY_MS)  # nothing open: nothing preloaded
    assert service.decryptions == [1, 3, 4]


def test_the_queue_is_patched_not_re_read_after_a_submit(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, *_ = parts
    reads, count_reads = len(service.queue_reads), service.count_reads
    counts: list[StatusCounts] = []
    changes: list[tuple[int, ClipStatus]] = []
    loop.counts_changed.connect(counts.append)
    loop.status_changed.connect(changes.append)
    loop.open_first()
    loop.update(Annotation(transcript="one"))
    loop.submit()
    assert len(service.queue_reads) == reads  # no page of the queue read again
    assert service.count_reads == count_reads  # the counts patched, not counted again
    assert changes == [(1, ClipStatus.DONE)]
    assert counts[-1] == StatusCounts(1, new=3, draft=0, done=1, skipped=0, escalated=0)
    assert counts[-1] == service.counts()  # and the patch agrees with the vault


def test_time_on_a_clip_counts_only_while_the_app_is_in_front(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, _runner, _timers, clock = parts
    loop.open(1)
    clock.now += 2.5
    assert loop.handled_ms() == 2500
    loop.set_clock_running(False)
    clock.now += 60
    assert loop.handled_ms() == 2500
    loop.set_clock_running(True)
    clock.now += 0.5
    loop.update(Annotation(transcript="x"))
    loop.submit()
    assert service.clips[1].annotation.handled_ms == 3000


def test_autosave_after_a_pause_and_retry_after_a_failure(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, _runner, timers, _clock = parts
    states: list[SaveState] = []
    loop.save_state_changed.connect(states.append)
    loop.open(1)
    loop.update(Annotation(transcript="typed"))
    assert states == [NOT_YET]
    assert service.saves == []
    service.fail_saves = 1
    timers.fire(AUTOSAVE_MS)
    assert states[-1].status is SaveStatus.FAILED
    assert states[-1].reason is not None
    assert states[-1].reason.english == "the disk is full"
    assert loop.save_state == states[-1]
    assert loop.unsaved() == {1: Annotation(transcript="typed")}
    timers.fire(RETRY_MS)
    assert states[-1] == SAVED
    assert [local_id for local_id, _ in service.saves] == [1]
    assert loop.counts().draft == 1  # patched, not re-read
    assert not loop.has_unsaved


def test_nothing_typed_is_lost_while_a_submit_is_unacknowledged(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, runner, *_ = parts
    loop.open(1)
    loop.update(Annotation(transcript="first"))
    runner.held.add("edit")
    loop.submit()
    assert loop.current_id == 2  # moved on at once
    assert loop.unsaved()[1].transcript == "first"
    runner.release("edit")
    assert not loop.has_unsaved
    assert service.clips[1].status is ClipStatus.DONE


def test_a_refused_submit_brings_the_clip_back_with_the_problems(
        parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    service = CountingService()
    service.add_package(2, questions=(REQUIRED,))
    loop, *_ = make_loop(service)
    loop.refresh_queue()
    refused: list[list[SubmitProblem]] = []
    loop.submit_refused.connect(refused.append)
    loop.open(1)
    loop.update(Annotation(transcript="words"))
    loop.submit()
    assert refused == [[UNANSWERED]]
    assert loop.current_id == 1  # checked before moving on: nothing was sent


def test_skip_moves_on_and_the_last_clip_says_the_queue_is_done(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, *_ = parts
    messages: list[Notice] = []
    loop.message.connect(messages.append)
    loop.open(1)
    for _ in range(4):
        loop.skip(SkipReason.CANT_HEAR)
    assert [c.status for c in service.clips.values()] == [ClipStatus.SKIPPED] * 4
    assert loop.view is None
    assert messages == [Notice(NoticeCode.QUEUE_FINISHED)]


def test_an_unopenable_clip_is_said_and_the_loop_stays_put(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    from reviewer.core.workspace_errors import ClipUnavailable

    loop, *_ = parts
    messages: list[Notice] = []
    loop.message.connect(messages.append)
    loop.open(1)

    def gone(local_id: int) -> None:
        raise ClipUnavailable("this clip was escalated and erased from this workspace")

    service.open_clip = gone  # type: ignore[method-assign,assignment]  # escalated meanwhile
    loop.open(2)
    assert loop.current_id == 1
    assert said(messages) == [(NoticeCode.CLIP_NOT_OPENED,
                               "this clip was escalated and erased from this workspace")]
    assert messages[0].reason is not None
    assert messages[0].reason.codes[-3:] == ("clip_unavailable", "refused_input", "error")


def test_audio_that_cannot_be_opened_is_said_and_a_failed_preload_is_silent(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    from reviewer.core.package import EncodedAudio
    from reviewer.core.workspace_errors import AudioIntegrity

    loop, *_ = parts
    messages: list[Notice] = []
    loop.message.connect(messages.append)
    real = service.clip_audio

    def damaged(local_id: int) -> EncodedAudio:
        if local_id in (1, 2):
            raise AudioIntegrity("this clip's stored audio failed its integrity check")
        return real(local_id)

    service.clip_audio = damaged  # type: ignore[method-assign]
    loop.open(1)  # its audio fails; nothing is preloaded after a failure
    assert said(messages) == [(NoticeCode.AUDIO_NOT_OPENED,
                               "this clip's stored audio failed its integrity check")]
    loop.open(3)  # plays; the preload of 4 works
    loop.open(4)
    service.clip_audio = real  # type: ignore[method-assign]
    assert _player(loop).loaded == ["3", "4"]


def test_an_opening_the_audit_log_did_not_take_is_said(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    from reviewer.core.workspace_errors import DiskFull

    loop, *_ = parts
    messages: list[Notice] = []
    loop.message.connect(messages.append)

    def full(local_id: int) -> None:
        raise DiskFull("the disk holding the workspace is full: free some space")

    service.record_opened = full  # type: ignore[method-assign]
    loop.open(1)
    assert loop.current_id == 1  # shown all the same
    assert said(messages) == [(NoticeCode.OPENING_NOT_RECORDED,
                               "the disk holding the workspace is full: free some space")]


def test_open_first_step_close_and_leave(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, *_ = parts
    opened: list[int | None] = []
    loop.clip_opened.connect(lambda view: opened.append(view.summary.local_id if view else None))
    for n in (1, 2):
        service.clips[n].status = ClipStatus.DONE
    loop.refresh_queue()
    loop.open_first()  # the first unfinished
    loop.step(+1)
    loop.step(+5)  # clamped at the end: stays
    loop.step(-3)  # clamped at the start
    loop.close_clip()
    assert opened == [3, 4, 1, None]
    loop.open(4)
    loop.update(Annotation(transcript="kept only in memory"))
    loop.leave_clip(4)  # escalated: not saved, the loop moves on to the next unfinished
    assert loop.current_id == 3
    assert 4 not in loop.unsaved()
    assert all(local_id != 4 for local_id, _ in service.saves)
    empty = CountingService()
    idle, *_ = make_loop(empty)
    idle.refresh_queue()
    idle.open_first()
    idle.step(+1)
    assert idle.view is None


def test_leaving_the_last_unfinished_clip_closes_it(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, *_ = parts
    for n in (1, 2, 3):
        service.clips[n].status = ClipStatus.DONE
    loop.refresh_queue()
    loop.open(4)
    loop.leave_clip(4)
    assert loop.view is None


def test_a_submit_the_vault_cannot_store_comes_back_as_a_draft(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    from reviewer.core.workspace_errors import DraftNotSaved

    loop, _runner, timers, _clock = parts
    messages: list[Notice] = []
    loop.message.connect(messages.append)
    loop.open(1)
    loop.update(Annotation(transcript="do not lose me"))
    real = service.submit

    def full(local_id: int, annotation: Annotation) -> None:
        raise DraftNotSaved("the disk holding the workspace is full: free some space")

    service.submit = full  # type: ignore[method-assign]
    loop.submit()
    assert loop.current_id == 1  # brought back
    assert loop.unsaved()[1].transcript == "do not lose me"
    assert said(messages[-1:]) == [(NoticeCode.NOT_FINISHED,
                                    "the disk holding the workspace is full: free some space")]
    assert messages[-1].reason is not None
    assert messages[-1].reason.code == "draft_not_saved"
    assert loop.save_state == SaveState(SaveStatus.FAILED, messages[-1].reason)
    service.submit = real  # type: ignore[method-assign]
    timers.fire(RETRY_MS)  # the draft is stored; submitting again finishes it
    loop.submit()
    assert service.clips[1].status is ClipStatus.DONE


def test_a_refusal_found_by_the_vault_brings_the_clip_back(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    from reviewer.core.review import SubmitRefused

    loop, *_ = parts
    refused: list[list[SubmitProblem]] = []
    loop.submit_refused.connect(refused.append)
    loop.open(1)
    loop.update(Annotation(transcript="words"))

    def refuse(local_id: int, annotation: Annotation) -> None:
        raise SubmitRefused([UNANSWERED])

    service.submit = refuse  # type: ignore[method-assign]
    loop.submit()
    assert loop.current_id == 1
    assert refused == [[UNANSWERED]]
    assert service.saves[-1][1].transcript == "words"  # kept as a draft


def test_reasons_travel_as_codes() -> None:
    """The loop reports why as codes and values (the window words them); the English text
    rides along for the logs."""
    from reviewer.core.reasons import reason_of
    from reviewer.core.workspace_errors import ClipUnavailable, DiskFull

    full = reason_of(OSError(28, "No space left on device"))
    assert full.codes == ("os_disk_full", "os_error")
    assert full.english == "No space left on device"
    assert reason_of(OSError()).codes == ("os_error",)
    assert reason_of(KeyError("x")).codes == ("internal_exception", "internal")
    assert reason_of(KeyError("x")).params == {"kind": "KeyError"}
    gone = reason_of(ClipUnavailable("clip 7 is not in this workspace", code="clip_not_here",
                                     clip=7))
    assert gone.codes == ("clip_not_here", "clip_unavailable", "refused_input", "error")
    assert gone.params == {"clip": 7}
    assert reason_of(DiskFull("full")).codes == ("disk_full", "error")


def test_what_a_loop_with_nothing_open_ignores(
        service: CountingService, parts: tuple[ReviewLoop, SyncRunner, Timers, Clock]) -> None:
    loop, runner, *_ = parts
    calls = len(runner.calls)
    loop.submit()
    loop.skip(SkipReason.OTHER)
    loop.update(Annotation(transcript="typed with nothing open"))
    assert len(runner.calls) == calls
    assert loop.queue_row_of(99) == -1
    loop.open(1)
    calls = len(runner.calls)
    loop.open(1)  # already open: nothing again
    loop.update(loop.annotation)  # unchanged: nothing to save
    assert len(runner.calls) == calls


def test_a_verify_clip_starts_from_its_prior_transcript() -> None:
    from reviewer.core.package import TaskKind

    service = CountingService()
    service.add_package(1)
    service.clips[1].task = TaskKind.VERIFY
    service.clips[1].prior_text = "turn the kitchen lights on"
    loop, *_ = make_loop(service)
    loop.refresh_queue()
    loop.open(1)
    assert loop.annotation.transcript == "turn the kitchen lights on"


# ---------------------------------------------------------------- questions at one key

ROOM = Question("room", "Which room?", QuestionKind.CHOICE, ("kitchen", "hall"))
NOTE = Question("note", "Note", QuestionKind.TEXT)


def _status(service: CountingService, local_id: int) -> ClipStatus:
    return service.clips[local_id].status


def _loop_with(*questions: Question, clips: int = 3) -> tuple[ReviewLoop, CountingService]:
    service = CountingService()
    service.add_package(clips, questions=questions)
    loop, *_ = make_loop(service)
    loop.refresh_queue()
    loop.open(1)
    return loop, service


def test_a_questions_key_cycles_its_answers() -> None:
    loop, _service = _loop_with(REQUIRED, ROOM, NOTE)
    assert [loop.cycle_answer("intent") for _ in range(4)] == [True, False, None, True]
    assert [loop.cycle_answer("room") for _ in range(4)] == ["kitchen", "hall", None, "kitchen"]
    assert loop.annotation.answers == {"intent": True, "room": "kitchen"}
    assert loop.cycle_answer("note") is None  # typed, not cycled
    assert loop.cycle_answer("no_such_question") is None
    assert loop.unsaved()[1].answers == {"intent": True, "room": "kitchen"}  # saved as a draft


def test_accept_and_submit_puts_the_automatic_transcript_in_and_submits() -> None:
    loop, service = _loop_with()
    loop.accept_and_submit()
    assert service.clips[1].status is ClipStatus.DONE
    assert service.clips[1].annotation.transcript == "turn on the kitchen lights number 1"
    assert loop.current_id == 2
    loop.update(Annotation(transcript="what I heard"))  # typed: kept as typed
    loop.accept_and_submit()
    assert service.clips[2].annotation.transcript == "what I heard"


def test_accept_and_submit_is_refused_while_a_required_answer_is_missing() -> None:
    loop, service = _loop_with(REQUIRED)
    refused: list[list[SubmitProblem]] = []
    loop.submit_refused.connect(refused.append)
    loop.accept_and_submit()
    assert refused == [[UNANSWERED]]
    assert loop.current_id == 1
    assert _status(service, 1) in (ClipStatus.NEW, ClipStatus.DRAFT)
    assert loop.annotation.transcript == "turn on the kitchen lights number 1"  # put in
    loop.cycle_answer("intent")
    loop.accept_and_submit()
    assert _status(service, 1) is ClipStatus.DONE
    assert service.clips[1].annotation.answers == {"intent": True}


def test_same_answers_as_the_previous_clip() -> None:
    loop, service = _loop_with(REQUIRED, ROOM, NOTE)
    messages: list[Notice] = []
    loop.message.connect(messages.append)
    loop.copy_previous_answers()
    assert messages == [Notice(NoticeCode.NOTHING_TO_COPY)]  # nothing submitted yet
    assert loop.annotation.answers == {}
    loop.update(Annotation(transcript="one", answers={"intent": False, "room": "hall",
                                                      "note": "tv on"}))
    loop.submit()
    assert loop.current_id == 2
    loop.update(Annotation(transcript="two", answers={"intent": True}))
    loop.copy_previous_answers()
    assert loop.annotation.answers == {"intent": False, "room": "hall", "note": "tv on"}
    assert messages[-1] == Notice(NoticeCode.ANSWERS_COPIED, count=3)
    loop.submit()
    assert service.clips[2].annotation.answers == {"intent": False, "room": "hall",
                                                   "note": "tv on"}


def test_only_questions_with_the_same_id_and_kind_are_copied() -> None:
    service = CountingService()
    service.add_package(1, questions=(REQUIRED, ROOM))
    other_room = Question("room", "Which room?", QuestionKind.CHOICE, ("attic", "hall"))
    intent_text = Question("intent", "Why?", QuestionKind.TEXT)
    service.add_package(2, questions=(intent_text, other_room, NOTE))
    loop, *_ = make_loop(service)
    loop.refresh_queue()
    loop.open(1)
    messages: list[Notice] = []
    loop.message.connect(messages.append)
    loop.update(Annotation(transcript="x", answers={"intent": True, "room": "kitchen"}))
    loop.submit()
    assert loop.current_id == 2
    loop.copy_previous_answers()  # "intent" changed kind; "kitchen" is not an option now
    assert messages == [Notice(NoticeCode.NOTHING_TO_COPY)]
    loop.open(1)
    loop.update(Annotation(transcript="x", answers={"intent": True, "room": "hall"}))
    loop.submit()
    loop.copy_previous_answers()
    assert loop.current_id == 2
    assert loop.annotation.answers == {"room": "hall"}


def test_a_skip_for_another_reason_keeps_the_reviewers_words() -> None:
    loop, service = _loop_with()
    loop.skip(SkipReason.OTHER, "  two songs at once ")
    loop.skip(SkipReason.CANT_HEAR, "ignored for this reason")
    notes = [(service.clips[i].annotation.skip_reason, service.clips[i].annotation.skip_note)
             for i in (1, 2)]
    assert notes == [(SkipReason.OTHER, "two songs at once"), (SkipReason.CANT_HEAR, "")]
