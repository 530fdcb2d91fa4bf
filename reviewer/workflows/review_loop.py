"""The review loop as a plain-Python, evented model: the queue, the open clip, its
annotation, the one ledger of drafts not yet stored, and the time spent on a clip.

The window adapts it to Qt (ui/qt_review_model.py); tests drive it with no Qt at all, with a
synchronous runner, manual timers and a fake clock. Work that touches the vault runs through
the injected Runner (lanes: edit for drafts, submit, skip and the opening record, in order;
audio for decryption); its callbacks come back on the caller's thread.

A clip is decrypted once: the audio preloaded for the next clip is kept and handed to the
player when that clip opens. The audit entry of an opening is written when a clip is shown,
and only then (never for a preload). Nothing typed is lost: the latest annotation of every
clip whose write has not been acknowledged stays in `_unsaved` (drafts) or `_finishing`
(submits and skips) and is retried until the vault takes it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import replace

from reviewer.core.annotation import (
    Annotation,
    Answer,
    ClipStatus,
    SkipReason,
    SubmitProblem,
    carried_answers,
    next_answer,
    submit_problems,
)
from reviewer.core.errors import ReviewerError
from reviewer.core.events import Event
from reviewer.core.package import EncodedAudio, Question
from reviewer.core.playback import Player
from reviewer.core.reasons import reason_of
from reviewer.core.review import (
    ClipSummary,
    ClipView,
    Notice,
    NoticeCode,
    ReviewService,
    Runner,
    SaveState,
    SaveStatus,
    StatusCounts,
    SubmitRefused,
    TimerFactory,
)

log = logging.getLogger(__name__)

AUTOSAVE_MS = 500
# The next clip is decrypted and decoded this long after a clip's audio is ready, not at
# once: a preload started inside the key press competes with the window's repaint for the
# interpreter (a worker may hold it for a whole switch interval, 5 ms), and no reviewer
# submits a clip within a tenth of a second of hearing it.
PRELOAD_DELAY_MS = 120
RETRY_MS = 2000
EDIT_LANE = "edit"
AUDIO_LANE = "audio"

SAVED = SaveState(SaveStatus.SAVED)
SAVING = SaveState(SaveStatus.SAVING)
NOT_YET = SaveState(SaveStatus.NOT_YET)


class ReviewLoop:
    """Events (each an `Event`; the Qt adapter forwards them as Signals):
        queue_changed(None): the queue was re-read (clips came or went): views read it again.
        status_changed(tuple[int, ClipStatus]): one clip's status changed (local id, status).
        clip_opened(ClipView | None): a clip became current (None: nothing open); its
            annotation is `annotation` (no annotation_changed follows).
        annotation_changed(Annotation): the current clip's annotation changed.
        save_state_changed(SaveState): SAVED, SAVING, NOT_YET, or FAILED with the reason
            (retried).
        audio_ready(int): the current clip's audio is loaded into the player (local id).
        preloaded(int): the clip that comes next is decrypted and prepared in the player
            (local id): views may get ready to show it.
        submit_refused(list[SubmitProblem]): the problems that block submitting.
        message(Notice): a one-line note for the status bar (a code, and the reason of a
            failure).
        counts_changed(StatusCounts): new counts.
    Payloads are codes and values, never sentences: the window words them (ui/wording.py).
    """

    def __init__(self, service: ReviewService, player: Player, runner: Runner,
                 timer: TimerFactory, clock: Callable[[], float] = time.monotonic) -> None:
        self.service = service
        self.player = player
        self._runner = runner
        self._clock = clock
        self.queue_changed: Event[None] = Event()
        self.status_changed: Event[tuple[int, ClipStatus]] = Event()
        self.preloaded: Event[int] = Event()
        self.clip_opened: Event[ClipView | None] = Event()
        self.annotation_changed: Event[Annotation] = Event()
        self.save_state_changed: Event[SaveState] = Event()
        self.audio_ready: Event[int] = Event()
        self.submit_refused: Event[list[SubmitProblem]] = Event()
        self.message: Event[Notice] = Event()
        self.counts_changed: Event[StatusCounts] = Event()
        # The queue itself stays in the vault and is read a page at a time; the loop keeps
        # its counts, patched by every status change it makes, and the statuses it has seen.
        self._counts = StatusCounts(0, 0, 0, 0, 0, 0)
        self._known: dict[int, ClipStatus] = {}
        self.view: ClipView | None = None
        self.annotation = Annotation()
        self.save_state = SAVED  # nothing typed yet: nothing unsaved
        self._unsaved: dict[int, Annotation] = {}  # drafts not yet acknowledged by the vault
        self._sending: dict[int, Annotation] = {}  # drafts handed to the runner, per clip
        self._finishing: dict[int, Annotation] = {}  # submitted/skipped, not acknowledged
        self._in_flight = 0
        self._base_ms = 0
        self._since: float | None = None  # clock() when the clip's time last started running
        self._clock_allowed = True  # false while the reviewer is in another application
        self._ready: dict[int, EncodedAudio] = {}  # the preloaded next clip's audio
        self._autosave = timer(AUTOSAVE_MS, self.save_now)
        self._retry = timer(RETRY_MS, self.save_now)
        self._preload = timer(PRELOAD_DELAY_MS, self._preload_current)
        self._audio_serial = 0
        self._playing: int | None = None  # the clip whose audio the player holds
        # The questions and answers of the clip submitted last in this session (in memory
        # only), for "same answers as the previous clip".
        self._previous_answers: tuple[tuple[Question, ...], Mapping[str, Answer]] | None = None

    # ------------------------------------------------------------------ reading
    @property
    def current_id(self) -> int | None:
        return self.view.summary.local_id if self.view else None

    def handled_ms(self) -> int:
        running = 0 if self._since is None else int((self._clock() - self._since) * 1000)
        return self._base_ms + running

    def set_clock_running(self, running: bool) -> None:
        """Time on a clip (exported as handled_ms) counts only while the app is in front."""
        self._clock_allowed = running
        if running:
            if self.view is not None and self._since is None:
                self._since = self._clock()
        elif self._since is not None:
            self._base_ms = self.handled_ms()
            self._since = None

    def refresh_queue(self) -> None:
        """Read the counts again (after an import, a purge or an escalation)."""
        self._counts = self.service.counts()
        self.queue_changed.emit(None)
        self.counts_changed.emit(self._counts)

    def counts(self) -> StatusCounts:
        return self._counts

    def queue_rows(self, start: int, count: int,
                   unfinished_only: bool = False) -> list[ClipSummary]:
        return self.service.queue_rows(start, count, unfinished_only)

    def queue_row_of(self, local_id: int, unfinished_only: bool = False) -> int:
        return self.service.queue_row_of(local_id, unfinished_only)

    # ------------------------------------------------------------------ navigation
    def open(self, local_id: int) -> None:
        """Make a clip current; the previous clip's draft is saved first (in order)."""
        if local_id == self.current_id:
            return
        self._flush_current()
        try:
            view = self.service.open_clip(local_id)
        except ReviewerError as exc:  # e.g. escalated meanwhile: say so, stay put
            self.message.emit(Notice(NoticeCode.CLIP_NOT_OPENED, reason_of(exc)))
            return
        kept = self._unsaved.get(local_id)
        annotation = kept if kept is not None else view.annotation
        if not annotation.transcript and view.starting_text and kept is None:
            annotation = replace(annotation, transcript=view.starting_text)
        self.view = view
        self.annotation = annotation
        self._known[local_id] = view.summary.status
        self._base_ms = annotation.handled_ms
        self._since = self._clock() if self._clock_allowed else None
        self.clip_opened.emit(view)  # views render the new clip's annotation from it, once
        self._record_opened(local_id)
        self._load_audio(local_id)

    def open_first(self) -> None:
        """Open the first unfinished clip, else the first clip, else nothing."""
        target = self.service.next_unfinished(None, frozenset(self._finishing))
        if target is None:
            first = self.service.queue_rows(0, 1)
            target = first[0].local_id if first else None
        if target is None:
            self.close_clip()
        else:
            self.open(target)

    def step(self, delta: int) -> None:
        """Previous/next clip in the queue without submitting (the first when none is open)."""
        if self.current_id is None:
            self.open_first()
            return
        target = self.service.neighbour(self.current_id, delta)
        if target is not None:
            self.open(target)

    def close_clip(self) -> None:
        self._flush_current()
        self.view = None
        self.annotation = Annotation()
        self._since = None
        self.player.unload()
        self._playing = None
        self.clip_opened.emit(None)

    def next_unfinished_after(self, local_id: int) -> int | None:
        """Clips being finished (written, not yet acknowledged) are not offered again."""
        return self.service.next_unfinished(local_id, frozenset(self._finishing))

    # ------------------------------------------------------------------ audio
    def _record_opened(self, local_id: int) -> None:
        """The audit entry of this showing (in order with the drafts)."""
        self._runner.run(lambda: self.service.record_opened(local_id),
                         on_failure=lambda exc: self.message.emit(
                             Notice(NoticeCode.OPENING_NOT_RECORDED, reason_of(exc))),
                         lane=EDIT_LANE)

    def _load_audio(self, local_id: int) -> None:
        self._audio_serial += 1
        serial = self._audio_serial
        self.player.unload()
        self._playing = None

        def loaded(audio: EncodedAudio) -> None:
            if serial != self._audio_serial or self.current_id != local_id:
                return
            self.player.load(str(local_id), audio.flac)
            self._playing = local_id
            self.audio_ready.emit(local_id)
            self._preload.start()

        def failed(exc: BaseException) -> None:
            if serial == self._audio_serial:
                self.message.emit(Notice(NoticeCode.AUDIO_NOT_OPENED, reason_of(exc)))

        ready = self._ready.pop(local_id, None)
        self._ready.clear()
        if ready is not None:  # decrypted by the preload: not again
            loaded(ready)
            return
        service = self.service
        self._runner.run(lambda: service.clip_audio(local_id), on_success=loaded,
                         on_failure=failed, lane=AUDIO_LANE)

    def _preload_current(self) -> None:
        """The timer: preload after the open clip, if its audio is (still) the one loaded."""
        if self.current_id is not None and self._playing == self.current_id:
            self._preload_next(self.current_id)

    def _preload_next(self, local_id: int) -> None:
        """Decrypt and prepare the clip that will come next, on the audio lane: which clip
        that is is looked up there too, off the key press that opened this one."""
        service, player = self.service, self.player
        finishing = frozenset(self._finishing)

        def work() -> tuple[int, EncodedAudio] | None:
            nxt = service.next_unfinished(local_id, finishing)
            if nxt is None:
                return None
            audio = service.clip_audio(nxt)
            player.preload(str(nxt), audio.flac)
            return nxt, audio

        def keep(found: tuple[int, EncodedAudio] | None) -> None:
            if found is not None and self.current_id == local_id:  # still the clip before it
                self._ready = {found[0]: found[1]}
                self.preloaded.emit(found[0])

        self._runner.run(work, on_success=keep, on_failure=lambda exc: None, lane=AUDIO_LANE)

    # ------------------------------------------------------------------ editing
    def update(self, annotation: Annotation) -> None:
        """A view changed the annotation: remember it and save after a short pause."""
        if self.view is None or annotation == self.annotation:
            return
        self.annotation = annotation
        self._unsaved[self.view.summary.local_id] = annotation
        self.annotation_changed.emit(annotation)
        self._set_state(SAVING if self._in_flight else NOT_YET)
        self._autosave.start()

    def _stamped(self) -> Annotation:
        return replace(self.annotation, handled_ms=self.handled_ms())

    def _flush_current(self) -> None:
        if self.view is not None and self.view.summary.local_id in self._unsaved:
            self._unsaved[self.view.summary.local_id] = self._stamped()
            self.save_now()

    def save_now(self) -> None:
        """Write every unacknowledged draft (the current one stamped with time spent)."""
        self._autosave.stop()
        self._retry.stop()
        if self.view is not None and self.view.summary.local_id in self._unsaved:
            self._unsaved[self.view.summary.local_id] = self._stamped()
        for local_id, annotation in list(self._unsaved.items()):
            if self._sending.get(local_id) == annotation:
                continue  # this very draft is already on its way
            self._in_flight += 1
            self._sending[local_id] = annotation
            self._set_state(SAVING)
            self._save_one(local_id, annotation)

    def _save_one(self, local_id: int, annotation: Annotation) -> None:
        service = self.service
        self._runner.run(lambda: service.save_draft(local_id, annotation),
                         on_success=lambda _r: self._saved(local_id, annotation),
                         on_failure=lambda exc: self._save_failed(local_id, annotation, exc),
                         lane=EDIT_LANE)

    def _saved(self, local_id: int, annotation: Annotation) -> None:
        self._in_flight -= 1
        if self._sending.get(local_id) == annotation:
            del self._sending[local_id]
        if self._unsaved.get(local_id) == annotation:
            del self._unsaved[local_id]
        self._settle()
        if self._known.get(local_id) is ClipStatus.NEW:
            self._patch_status(local_id, ClipStatus.DRAFT)

    def _settle(self) -> None:
        if not self._unsaved and not self._finishing and not self._in_flight:
            self._set_state(SAVED)

    def _save_failed(self, local_id: int, annotation: Annotation, exc: BaseException) -> None:
        self._in_flight -= 1
        if self._sending.get(local_id) == annotation:
            del self._sending[local_id]
        self._set_state(SaveState(SaveStatus.FAILED, reason_of(exc)))
        log.warning("draft not saved (%s); retrying", type(exc).__name__)
        self._retry.start()

    @property
    def has_unsaved(self) -> bool:
        return bool(self._unsaved or self._finishing or self._in_flight)

    def unsaved(self) -> dict[int, Annotation]:
        """Every annotation the vault has not acknowledged yet (drafts and finishing)."""
        return {**self._unsaved, **self._finishing}

    def _patch_status(self, local_id: int, status: ClipStatus) -> None:
        """One clip's status changed: patch the counts and the views, read nothing again."""
        old = self._known.get(local_id)
        if old is status:
            return
        self._known[local_id] = status
        self._counts = (self._counts.moved(old, status) if old is not None
                        else self.service.counts())
        self.status_changed.emit((local_id, status))
        self.counts_changed.emit(self._counts)

    def _set_state(self, state: SaveState) -> None:
        if state != self.save_state:
            self.save_state = state
            self.save_state_changed.emit(state)

    def leave_clip(self, local_id: int) -> None:
        """The clip left this workspace (escalated) or was locked: move on without saving it."""
        self._unsaved.pop(local_id, None)
        self._ready.pop(local_id, None)
        nxt = self.next_unfinished_after(local_id)
        if self.current_id == local_id:
            self.view = None
            self._since = None
        self._known.pop(local_id, None)
        self.refresh_queue()
        if self.view is None and nxt is not None:
            self.open(nxt)
        if self.view is None:
            self.close_clip()

    # ------------------------------------------------------------------ answering
    def cycle_answer(self, question_id: str) -> Answer | None:
        """The question's key: its next answer (core.annotation.next_answer); returns it."""
        view = self.view
        question = next((q for q in view.questions if q.id == question_id),
                        None) if view is not None else None
        if question is None:
            return None
        answers = dict(self.annotation.answers)
        value = next_answer(question, answers.get(question_id))
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = value
        self.update(replace(self.annotation, answers=answers))
        return value

    def copy_previous_answers(self) -> None:
        """Same answers as the clip submitted last in this session, for the questions with
        the same id and kind; says so when there is nothing to copy."""
        if self.view is None:
            return
        carried: dict[str, Answer] = {}
        if self._previous_answers is not None:
            carried = carried_answers(*self._previous_answers, self.view.questions)
        if not carried:
            self.message.emit(Notice(NoticeCode.NOTHING_TO_COPY))
            return
        answers = {**self.annotation.answers, **carried}
        self.update(replace(self.annotation, answers=answers))
        self.message.emit(Notice(NoticeCode.ANSWERS_COPIED, count=len(carried)))

    # ------------------------------------------------------------------ finishing
    def accept_and_submit(self) -> None:
        """One key: an empty transcript becomes the reference transcript shown (the automatic
        one; the prior one for a verify task), then the clip is submitted, or refused with
        the problems (submit_refused) as Submit would be."""
        view = self.view
        if view is None:
            return
        if not self.annotation.transcript.strip() and view.reference_text:
            self.update(replace(self.annotation, transcript=view.reference_text))
        self.submit()

    def submit(self) -> None:
        """Submit the current clip and move on to the next unfinished one."""
        if self.view is None:
            return
        problems = submit_problems(self.annotation, self.view.questions)
        if problems:
            self.submit_refused.emit(problems)
            return
        local_id = self.view.summary.local_id
        annotation = self._stamped()
        self._previous_answers = (self.view.questions, dict(annotation.answers))
        service = self.service
        self._finish(local_id, annotation, ClipStatus.DONE,
                     lambda: service.submit(local_id, annotation))

    def skip(self, reason: SkipReason, note: str = "") -> None:
        """Skip the current clip; `note` is the reviewer's words for the reason "other" (kept
        with the skip; ignored for the other reasons)."""
        if self.view is None:
            return
        local_id = self.view.summary.local_id
        note = note.strip() if reason is SkipReason.OTHER else ""
        annotation = replace(self._stamped(), skip_reason=reason, skip_note=note)
        service = self.service
        self._finish(local_id, annotation, ClipStatus.SKIPPED,
                     lambda: service.skip(local_id, reason, annotation))

    def _finish(self, local_id: int, annotation: Annotation, status: ClipStatus,
                call: Callable[[], None]) -> None:
        self._autosave.stop()
        self._unsaved.pop(local_id, None)  # the finishing write carries the latest text
        self._finishing[local_id] = annotation  # kept until the vault acknowledges it
        self._set_state(SAVING)
        nxt = self.next_unfinished_after(local_id)
        if nxt is not None:
            # Move on at once: the next clip is ready before the write is acknowledged.
            self.view = None
            self.open(nxt)

        def done(_result: object) -> None:
            self._finishing.pop(local_id, None)
            self._settle()
            self._patch_status(local_id, status)
            if nxt is None:
                if self.current_id == local_id:
                    self.close_clip()
                self.message.emit(Notice(NoticeCode.QUEUE_FINISHED))

        def failed(exc: BaseException) -> None:
            # Keep the work as a draft (retried) and bring the clip back to the reviewer.
            self._finishing.pop(local_id, None)
            self._unsaved[local_id] = replace(annotation, skip_reason=None, skip_note="")
            if self.current_id != local_id:
                self.open(local_id)
            if isinstance(exc, SubmitRefused):
                self.save_now()
                self.submit_refused.emit(list(exc.problems))
                return
            self._set_state(SaveState(SaveStatus.FAILED, reason_of(exc)))
            self._retry.start()
            self.message.emit(Notice(NoticeCode.NOT_FINISHED, reason_of(exc)))

        self._runner.run(call, on_success=done, on_failure=failed, lane=EDIT_LANE)
