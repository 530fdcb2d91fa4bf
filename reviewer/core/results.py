"""Lines and header of the results export (DESIGN.md "Results export"), built without I/O."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reviewer.core.annotation import Annotation, ClipStatus, TimeRange, redact
from reviewer.core.package import CriticalExport, PackageHeader, TaskKind

RESULTS_FORMAT = "reviewer-results/1"


@dataclass(frozen=True)
class FinishedClip:
    """What the export needs about one finished clip (read from the vault)."""

    clip_id: str
    audio_filepath: str
    duration: float
    pred_text: str | None
    prior_text: str | None
    status: ClipStatus
    annotation: Annotation


def final_text(clip: FinishedClip, policy: CriticalExport) -> str:
    """Marked spans are always replaced under the redacted policy, even if the critical box
    was unticked afterwards: a mark is never silently dropped."""
    if policy is CriticalExport.REDACTED:
        return redact(clip.annotation)
    return clip.annotation.transcript


def audio_ranges(annotation: Annotation, policy: CriticalExport
                 ) -> tuple[TimeRange, ...] | None:
    """The time ranges to silence in the clip's exported audio; None when its audio must not
    leave at all. Under `redacted` that is a critical clip with a span that has no time, or
    with no span at all (the critical words are somewhere in it, nobody said where). Every
    marked span's range is silenced, even one whose words no longer fit the transcript: a
    mark is never silently dropped."""
    if policy is CriticalExport.FULL:
        return ()
    if any(s.time is None for s in annotation.spans):
        return None
    if annotation.critical and not annotation.spans:
        return None
    return tuple(s.time for s in annotation.spans if s.time is not None)


def spans_line(annotation: Annotation) -> list[dict[str, Any]]:
    """The marked spans as exported: category and time range (null when it has none)."""
    return [{"category": s.category.value,
             "start": round(s.time.start, 3) if s.time else None,
             "end": round(s.time.end, 3) if s.time else None}
            for s in annotation.spans]


AUDIO_WITHHELD = "audio_withheld"


def status_line(clip: FinishedClip) -> dict[str, Any]:
    """A skipped or escalated clip in the status file (its id, status and reason only), or a
    done clip whose audio could not leave (status `audio_withheld`)."""
    if clip.status is ClipStatus.DONE:
        return {"clip_id": clip.clip_id, "status": AUDIO_WITHHELD, "skip_reason": None}
    if clip.status not in (ClipStatus.SKIPPED, ClipStatus.ESCALATED):
        raise ValueError("only finished clips go to the status file")
    reason = clip.annotation.skip_reason
    return {"clip_id": clip.clip_id, "status": clip.status.value,
            "skip_reason": reason.value if reason and clip.status is ClipStatus.SKIPPED
            else None}


def result_line(clip: FinishedClip, header: PackageHeader, reviewer: str,
                wer_vs_pred: float | None, wer_vs_prior: float | None) -> dict[str, Any]:
    """One line of the training manifest (a done clip): NeMo's `audio_filepath`, `duration`
    and `text`, then what the organisation needs beside them."""
    if clip.status is not ClipStatus.DONE:
        raise ValueError("only done clips go to the training manifest")
    a = clip.annotation
    line: dict[str, Any] = {
        "clip_id": clip.clip_id,
        "audio_filepath": clip.audio_filepath,
        "duration": clip.duration,
        "text": final_text(clip, header.policy.critical_export),
        "pred_text": clip.pred_text,
        "critical_data": a.critical,
        "critical_categories": sorted(c.value for c in a.categories),
        "critical_spans": spans_line(a),
        "flags": sorted(f.value for f in a.flags),
        "answers": dict(a.answers),
        "reviewer": reviewer,
        "handled_ms": a.handled_ms,
        "wer_vs_pred": wer_vs_pred,
    }
    if header.task is TaskKind.VERIFY:
        line["wer_vs_prior"] = wer_vs_prior
    return line


def export_names(package_id: str) -> tuple[str, str, str]:
    """The export's files: training manifest, status file, header."""
    return (f"{package_id}.manifest.jsonl", f"{package_id}.status.jsonl",
            f"{package_id}.header.json")


def audio_dir(package_id: str) -> str:
    """The folder, beside the manifest, that holds an export's audio."""
    return f"{package_id}.audio"


def audio_digest(lines: list[tuple[str, str]]) -> str:
    """SHA-256 over `<sha256 of file>  <audio_filepath>` lines (sha256sum's layout), in
    manifest order."""
    text = "".join(f"{digest}  {path}\n" for digest, path in lines)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class AudioSummary:
    """What the header says about the export's audio."""

    included: bool
    replaced_by: str | None  # "silence" or "tone" under redaction, else None
    digest: str | None


NO_AUDIO = AudioSummary(False, None, None)


def header_document(header: PackageHeader, reviewer: str, exported_at: str,
                    counts: Mapping[str, int], clips_in_package: int,
                    digests: tuple[str, str], audit_head: tuple[int, str],
                    audio: AudioSummary = NO_AUDIO) -> dict[str, Any]:
    """The header: counts, the SHA-256 of the manifest and the status file, and the audio."""
    manifest, status, _ = export_names(header.package_id)
    return {
        "format": RESULTS_FORMAT,
        "package_id": header.package_id,
        "task": header.task.value,
        "locale": header.locale,
        "reviewer": reviewer,
        "exported_at": exported_at,
        "clips_in_package": clips_in_package,
        "counts": dict(counts),
        "manifest_file": manifest,
        "manifest_sha256": digests[0],
        "status_file": status,
        "status_sha256": digests[1],
        "audit_head": {"entries": audit_head[0], "mac": audit_head[1]},
        "audio": audio.included,
        "audio_dir": audio_dir(header.package_id) if audio.included else None,
        "redacted_audio": audio.replaced_by,
        "audio_sha256": audio.digest,
    }
