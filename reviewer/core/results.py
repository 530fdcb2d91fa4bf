"""Lines and header of the results export (DESIGN.md "Results export"), built without I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reviewer.core.annotation import Annotation, ClipStatus, redact
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


def status_line(clip: FinishedClip) -> dict[str, Any]:
    """A skipped or escalated clip, in the status file: its id, status and reason only."""
    if clip.status not in (ClipStatus.SKIPPED, ClipStatus.ESCALATED):
        raise ValueError("only skipped and escalated clips go to the status file")
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


def header_document(header: PackageHeader, reviewer: str, exported_at: str,
                    counts: Mapping[str, int], clips_in_package: int,
                    digests: tuple[str, str], audit_head: tuple[int, str]) -> dict[str, Any]:
    """The header: counts, and the SHA-256 of the manifest and the status file."""
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
    }
