"""Escalating a clip: stop playback, seal to the leads, write atomically, erase locally.

Journaled, so that whatever the moment of a crash the result is exactly one sealed case and
an erased clip, or no case and the clip unchanged:
1. begin: the vault records the owed escalation (case id, category, note, time) and locks the
   clip, in one transaction; from here the clip cannot be played, submitted, skipped or
   exported;
2. the envelope is written atomically under a name fixed by the journal (a retry writes the
   same case, never a second one);
3. complete: the clip is erased and the owed escalation forgotten, in one transaction.
With an S3 exchange (the profile's `exchange.s3`) the envelope is first written under its
journal-fixed name to a held folder in the spool, then staged (a copy under its content
hash, written atomically and fsynced) in `spool/out/escalations` for `reviewer sync`, and
only then is the clip erased; the held copy goes last. A retry stages the same bytes under
the same name, so the store receives one object per case.
`Escalator.resume()` runs at every start and after every enrolment: it completes each owed
escalation whose envelope can now be written (an envelope already on disk is kept), and
leaves the others waiting with their reason. An escalation refused for want of recipients or
a folder is such a waiting one: the clip stays locked, its category and note stay in the
vault, and it completes by itself once a profile that allows it is enrolled.
"""

from __future__ import annotations

import contextlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import (
    NOTE_MAX,
    EscalationCategory,
    EscalationPayload,
    EscalationRefused,
    EscalationSource,
    OwedEscalation,
    envelope_name,
    support_message,
)
from reviewer.core.lead import SealPort
from reviewer.core.playback import Player
from reviewer.core.profile import Profile
from reviewer.fileio import atomic_write, crash_point
from reviewer.workflows.lead_sync import stage_envelope
from reviewer.workflows.spool import HELD_ESCALATIONS, Spool, workspace_spool

Clock = Callable[[], float]
# Stages a sealed envelope for upload (durably); returns where it now waits.
Deliver = Callable[[Path], Path]  # stages the envelope written at that path for upload

NO_RECIPIENTS = ("This workstation's profile names no leads to escalate to. The clip is "
                 "locked and kept; it will be escalated by itself once a profile with "
                 "escalation recipients is installed.")
NO_FOLDER = ("This workstation's profile names no escalations folder. The clip is locked and "
             "kept; it will be escalated by itself once a profile with one is installed.")
NOT_WRITABLE = ("The escalations folder cannot be written; the clip is locked and kept, and "
                "the escalation is tried again at the next start. Check the folder.")


def iso_utc(epoch: float) -> str:
    return datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_case_id() -> str:
    return f"case-{secrets.token_hex(8)}"


@dataclass(frozen=True)
class EscalationReceipt:
    case_id: str
    envelope: Path
    support_text: str
    suggest_break: bool  # from the 3rd escalation of this session on
    escalations_this_session: int


class Escalator:
    """Escalates clips of one review session; counts them to suggest a break.

    With no profile, or one without recipients or folder, the escalation waits (the clip
    locked) and EscalationRefused says so.
    """

    @classmethod
    def for_profile(cls, source: EscalationSource, profile: Profile | None, crypto: SealPort,
                    base: Path, clock: Clock = time.time) -> Escalator:
        """The escalations folder comes from the profile (relative paths: under `base`)."""
        folder, deliver = escalation_route(profile, base)
        return cls(source, profile, folder, crypto, clock, deliver)

    def __init__(self, source: EscalationSource, profile: Profile | None,
                 escalations_dir: Path, crypto: SealPort, clock: Clock = time.time,
                 deliver: Deliver | None = None) -> None:
        self._crypto = crypto
        self._source = source
        self._profile = profile
        self._dir = escalations_dir
        self._clock = clock
        self._deliver = deliver
        self.count = 0

    def set_profile(self, profile: Profile | None, escalations_dir: Path,
                    deliver: Deliver | None = None) -> None:
        """A newly enrolled profile (e.g. one with recipients: waiting clips can go now)."""
        self._profile, self._dir, self._deliver = profile, escalations_dir, deliver

    def escalate(self, local_id: int, category: EscalationCategory, note: str = "",
                 player: Player | None = None) -> EscalationReceipt:
        if player is not None:  # the reviewer must not keep hearing it
            player.stop()
            player.unload()
        note = note.strip()
        if len(note) > NOTE_MAX:
            raise RefusedInput(f"the note is longer than {NOTE_MAX} characters",
                               code="note_too_long", maximum=NOTE_MAX)
        owed = self._source.begin_escalation(local_id, new_case_id(), category, note,
                                             iso_utc(self._clock()))
        crash_point("escalate.journaled")
        path = self._complete(owed)
        self.count += 1
        assert self._profile is not None  # _complete refused otherwise
        text, suggest = support_message(self._profile.support_text, self.count)
        return EscalationReceipt(case_id=owed.case_id, envelope=path, support_text=text,
                                 suggest_break=suggest, escalations_this_session=self.count)

    def resume(self) -> list[str]:
        """Completes every owed escalation that can be completed now (after a crash, or once
        a profile allows it); returns the case ids completed. The others keep waiting."""
        done = []
        for owed in self._source.owed_escalations():
            with contextlib.suppress(EscalationRefused):
                self._complete(owed)
                done.append(owed.case_id)
        self._forget_delivered()
        return done

    def _forget_delivered(self) -> None:
        """Held envelopes of cases no longer owed were staged before their clip was erased
        (a crash came between the erasure and their removal): they go now."""
        if self._deliver is None or not self._dir.is_dir():
            return
        owed = {envelope_name(o.case_id, o.category, o.created)
                for o in self._source.owed_escalations()}
        for held in self._dir.iterdir():
            if held.name.endswith(".age") and not held.name.startswith(".") \
                    and held.name not in owed:
                held.unlink(missing_ok=True)

    def _complete(self, owed: OwedEscalation) -> Path:
        profile = self._profile
        if profile is None or not profile.escalation_recipients:
            self._source.escalation_waiting(owed.local_id, "no_recipients")
            raise EscalationRefused(NO_RECIPIENTS, code="escalation_no_recipients")
        if not str(self._dir) or str(self._dir) == ".":
            self._source.escalation_waiting(owed.local_id, "no_escalations_folder")
            raise EscalationRefused(NO_FOLDER, code="escalation_no_folder")
        path = self._dir / envelope_name(owed.case_id, owed.category, owed.created)
        if not path.exists():  # written before a crash: that envelope is the case
            material = self._source.escalation_material(owed.local_id)
            payload = EscalationPayload(
                case_id=owed.case_id, category=owed.category, note=owed.note,
                reviewer=profile.reviewer, clip_id=material.clip_id,
                package_id=material.package_id, created=owed.created, draft=material.draft,
                audio_flac=material.audio_flac, texts=material.texts)
            sealed = self._crypto.seal(payload.to_bytes(), profile.escalation_recipients)
            try:
                _remove_partial(path)
                atomic_write(path, sealed)
            except OSError:
                self._source.escalation_waiting(owed.local_id, "folder_not_writable")
                raise EscalationRefused(NOT_WRITABLE, code="escalation_not_writable") from None
        held = path
        if self._deliver is not None:  # durably staged for upload before the clip goes
            try:
                path = self._deliver(held)
            except OSError:
                self._source.escalation_waiting(owed.local_id, "folder_not_writable")
                raise EscalationRefused(NOT_WRITABLE, code="escalation_not_writable") from None
            crash_point("escalate.staged")
        crash_point("escalate.envelope_written")
        self._source.complete_escalation(owed.local_id, len(profile.escalation_recipients))
        crash_point("escalate.erased")
        if self._deliver is not None:
            held.unlink(missing_ok=True)
        return path


def escalation_route(profile: Profile | None, base: Path) -> tuple[Path, Deliver | None]:
    """Where envelopes are written, and how they then travel: with an S3 exchange, held in
    the workspace's spool and staged for `reviewer sync`; else the escalations folder."""
    if profile is not None and profile.exchange.s3 is not None:
        spool = Spool(workspace_spool(base))
        return spool.root / HELD_ESCALATIONS, partial(stage_envelope, spool)
    return escalations_dir(profile, base), None


def escalations_dir(profile: Profile | None, base: Path) -> Path:
    """The profile's escalations folder (relative paths: under `base`); Path() for none."""
    folder = profile.exchange.escalations.strip() if profile else ""
    return (base / Path(folder).expanduser()) if folder else Path()


def _remove_partial(path: Path) -> None:
    """Temporary files a crash left mid-write of this envelope (atomic_write's naming)."""
    if path.parent.is_dir():
        for part in path.parent.glob(f".{path.name}.*.part"):
            part.unlink(missing_ok=True)
