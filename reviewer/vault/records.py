"""Serialising the package header, and the rows the vault hands to workflows."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.package import (
    CriticalExport,
    PackageHeader,
    Policy,
    Question,
    QuestionKind,
    RedactedAudio,
    TaskKind,
    VoiceDisguise,
)


def header_to_json(h: PackageHeader) -> str:
    return json.dumps({
        "package_id": h.package_id, "task": h.task.value, "locale": h.locale,
        "created": h.created.isoformat(), "retention_days": h.retention_days,
        "policy": {"critical_export": h.policy.critical_export.value,
                   "voice_disguise": h.policy.voice_disguise.value,
                   "max_clip_seconds": h.policy.max_clip_seconds,
                   "redacted_audio": h.policy.redacted_audio.value},
        "questions": [{"id": q.id, "prompt": q.prompt, "kind": q.kind.value,
                       "options": list(q.options), "required": q.required}
                      for q in h.questions],
    })


def header_from_json(text: str) -> PackageHeader:
    d: dict[str, Any] = json.loads(text)
    p = d["policy"]
    return PackageHeader(
        package_id=d["package_id"], task=TaskKind(d["task"]), locale=d["locale"],
        created=dt.date.fromisoformat(d["created"]), retention_days=int(d["retention_days"]),
        policy=Policy(critical_export=CriticalExport(p["critical_export"]),
                      voice_disguise=VoiceDisguise(p["voice_disguise"]),
                      max_clip_seconds=float(p["max_clip_seconds"]),
                      # absent in packages stored before the key existed: the default
                      redacted_audio=RedactedAudio(p.get("redacted_audio", "silence"))),
        questions=tuple(Question(id=q["id"], prompt=q["prompt"], kind=QuestionKind(q["kind"]),
                                 options=tuple(q["options"]), required=bool(q["required"]))
                        for q in d["questions"]),
    )


@dataclass(frozen=True)
class StoredPackage:
    number: int
    header: PackageHeader
    imported_at: str
    expires_on: dt.date
    exported_at: str | None
    clips: int
    finished: int
    unexported_finished: int  # finished since the last export (all, if never exported)


@dataclass(frozen=True)
class StoredClip:
    """One clip's row without its audio. `clip_id`/`audio_filepath` are upstream's."""

    local_id: int
    package_number: int
    ordinal: int
    package_total: int
    header: PackageHeader
    clip_id: str
    audio_filepath: str
    duration: float
    pred_text: str | None
    assistant_response: str | None
    prior_text: str | None
    content_warning: bool
    status: ClipStatus
    locked: bool
    annotation: Annotation | None
    updated_at: str | None
