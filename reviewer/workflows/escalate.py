"""Escalating a clip: stop playback, seal to the leads, write atomically, erase locally.

Order matters: the envelope is on disk (fsynced, renamed) before anything is erased, so a
crash at any point loses nothing; with no recipients the clip is only locked.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import (
    NOTE_MAX,
    AuditSink,
    EscalationCategory,
    EscalationPayload,
    EscalationRefused,
    EscalationSource,
    envelope_name,
    support_message,
)
from reviewer.core.lead import SealPort
from reviewer.core.playback import Player
from reviewer.core.profile import Profile
from reviewer.fileio import atomic_write

Clock = Callable[[], float]

NO_RECIPIENTS = ("This workstation's profile names no leads to escalate to. The clip is "
                 "locked and kept; it can be escalated once a profile with escalation "
                 "recipients is installed.")


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

    With no profile, or one without recipients, escalation is refused and the clip locked.
    """

    @classmethod
    def for_profile(cls, source: EscalationSource, audit: AuditSink, profile: Profile | None,
                    crypto: SealPort, base: Path, clock: Clock = time.time) -> Escalator:
        """The escalations folder comes from the profile (relative paths: under `base`)."""
        folder = profile.exchange.escalations.strip() if profile else ""
        path = (base / Path(folder).expanduser()) if folder else Path()
        return cls(source, audit, profile, path, crypto, clock)

    def __init__(self, source: EscalationSource, audit: AuditSink, profile: Profile | None,
                 escalations_dir: Path, crypto: SealPort, clock: Clock = time.time) -> None:
        self._crypto = crypto
        self._source = source
        self._audit = audit
        self._profile = profile
        self._dir = escalations_dir
        self._clock = clock
        self.count = 0

    def set_profile(self, profile: Profile | None, escalations_dir: Path) -> None:
        """A newly enrolled profile (e.g. one with recipients: locked clips can go now)."""
        self._profile, self._dir = profile, escalations_dir

    def escalate(self, local_id: int, category: EscalationCategory, note: str = "",
                 player: Player | None = None) -> EscalationReceipt:
        if player is not None:  # the reviewer must not keep hearing it
            player.stop()
            player.unload()
        note = note.strip()
        if len(note) > NOTE_MAX:
            raise RefusedInput(f"the note is longer than {NOTE_MAX} characters")
        if self._profile is None or not self._profile.escalation_recipients:
            self._source.lock_clip(local_id)
            self._audit.append("escalation.refused",
                               {"clip": local_id, "category": category.value,
                                "why": "no_recipients"})
            raise EscalationRefused(NO_RECIPIENTS)
        if not str(self._dir) or str(self._dir) == ".":
            self._source.lock_clip(local_id)
            self._audit.append("escalation.refused",
                               {"clip": local_id, "category": category.value,
                                "why": "no_escalations_folder"})
            raise EscalationRefused("This workstation's profile names no escalations folder. "
                                    "The clip is locked and kept.")
        profile = self._profile
        material = self._source.escalation_material(local_id)
        created = iso_utc(self._clock())
        case_id = new_case_id()
        payload = EscalationPayload(
            case_id=case_id, category=category, note=note, reviewer=self._profile.reviewer,
            clip_id=material.clip_id, package_id=material.package_id, created=created,
            draft=material.draft, audio_flac=material.audio_flac)
        sealed = self._crypto.seal(payload.to_bytes(), profile.escalation_recipients)
        path = self._dir / envelope_name(case_id, category, created)
        try:
            atomic_write(path, sealed)
        except OSError:
            self._source.lock_clip(local_id)
            self._audit.append("escalation.refused",
                               {"clip": local_id, "category": category.value,
                                "why": "folder_not_writable"})
            raise EscalationRefused("The escalations folder cannot be written; the clip is "
                                    "locked and kept. Check the folder and try again.") from None
        self._source.erase_escalated(local_id)
        self._audit.append("escalation.sealed",
                           {"clip": local_id, "case": case_id, "category": category.value,
                            "recipients": len(profile.escalation_recipients)})
        self.count += 1
        text, suggest = support_message(profile.support_text, self.count)
        return EscalationReceipt(case_id=case_id, envelope=path, support_text=text,
                                 suggest_break=suggest, escalations_this_session=self.count)
