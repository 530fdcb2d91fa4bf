"""The work package (`reviewer-package/1`) as the rest of the app sees it after the gate.

Only the identity gate (`reviewer.intake`) builds these; everything downstream can rely on
them being validated: no unknown keys, no identity-shaped metadata, masked assistant
responses, and audio re-encoded to mono FLAC with no container metadata.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

PACKAGE_FORMAT = "reviewer-package/1"

# The shapes other formats repeat (the results export's JSON Schemas, core/export_schemas.py),
# as regular-expression text matched whole; reviewer/intake/shapes.py compiles them for the gate.
# One grammar for clip and package ids: a canonical lowercase UUID, a ULID (Crockford base32,
# upper case, 128 bits), or a short lowercase prefix, `_` and 32 lowercase hex digits.
OPAQUE_ID_PATTERN = ("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                     "|[0-7][0-9A-HJKMNP-TV-Z]{25}"
                     "|[a-z]{1,8}_[0-9a-f]{32}")
QUESTION_ID_PATTERN = "[a-z][a-z0-9_]{0,31}"
AUDIO_EXTENSIONS = ("wav", "flac", "ogg", "opus", "mp3")


class TaskKind(StrEnum):
    TRANSCRIBE = "transcribe"
    VERIFY = "verify"


class CriticalExport(StrEnum):
    REDACTED = "redacted"
    FULL = "full"


class RedactedAudio(StrEnum):
    """What replaces a critical range in exported audio."""

    SILENCE = "silence"
    TONE = "tone"


class VoiceDisguise(StrEnum):
    OFF = "off"
    AVAILABLE = "available"
    DEFAULT_ON = "default_on"


class QuestionKind(StrEnum):
    CHOICE = "choice"
    TEXT = "text"
    BOOL = "bool"


@dataclass(frozen=True)
class Policy:
    critical_export: CriticalExport = CriticalExport.REDACTED
    voice_disguise: VoiceDisguise = VoiceDisguise.OFF
    max_clip_seconds: float = 120.0
    redacted_audio: RedactedAudio = RedactedAudio.SILENCE


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    kind: QuestionKind
    options: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class PackageHeader:
    package_id: str
    task: TaskKind
    locale: str
    created: dt.date
    retention_days: int
    policy: Policy = field(default_factory=Policy)
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True)
class ClipRecord:
    """One line of clips.jsonl after validation. `clip_id` is upstream's and never shown."""

    clip_id: str
    audio_filepath: str
    duration: float
    pred_text: str | None = None
    assistant_response: str | None = None  # already masked by the gate
    prior_text: str | None = None
    content_warning: bool = False


@dataclass(frozen=True)
class EncodedAudio:
    """Mono FLAC bytes at the clip's original rate, with no container metadata."""

    flac: bytes
    sample_rate: int
    frames: int

    @property
    def seconds(self) -> float:
        return self.frames / self.sample_rate


@dataclass(frozen=True)
class AcceptedClip:
    record: ClipRecord
    audio: EncodedAudio


@dataclass(frozen=True)
class AcceptedPackage:
    header: PackageHeader
    clips: tuple[AcceptedClip, ...]

    @property
    def total_seconds(self) -> float:
        return sum(c.audio.seconds for c in self.clips)
