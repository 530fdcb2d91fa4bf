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


def result_line(clip: FinishedClip, header: PackageHeader, reviewer: str,
                wer_vs_pred: float | None, wer_vs_prior: float | None) -> dict[str, Any]:
    """One JSONL line; escalated clips carry only their id and status."""
    if not clip.status.finished:
        raise ValueError("only finished clips are exported")
    if clip.status is ClipStatus.ESCALATED:
        return {"clip_id": clip.clip_id, "status": clip.status.value}
    a = clip.annotation
    line: dict[str, Any] = {
        "clip_id": clip.clip_id,
        "audio_filepath": clip.audio_filepath,
        "duration": clip.duration,
        "text": final_text(clip, header.policy.critical_export),
        "pred_text": clip.pred_text,
        "status": clip.status.value,
        "critical_data": a.critical,
        "critical_categories": sorted(c.value for c in a.categories),
        "flags": sorted(f.value for f in a.flags),
        "answers": dict(a.answers),
        "skip_reason": a.skip_reason.value if a.skip_reason else None,
        "reviewer": reviewer,
        "handled_ms": a.handled_ms,
        "wer_vs_pred": wer_vs_pred,
    }
    if header.task is TaskKind.VERIFY:
        line["wer_vs_prior"] = wer_vs_prior
    return line


def header_document(header: PackageHeader, reviewer: str, exported_at: str,
                    counts: Mapping[str, int], clips_in_package: int, results_sha256: str,
                    audit_head: tuple[int, str]) -> dict[str, Any]:
    return {
        "format": RESULTS_FORMAT,
        "package_id": header.package_id,
        "task": header.task.value,
        "locale": header.locale,
        "reviewer": reviewer,
        "exported_at": exported_at,
        "clips_in_package": clips_in_package,
        "counts": dict(counts),
        "results_file": f"{header.package_id}.results.jsonl",
        "results_sha256": results_sha256,
        "audit_head": {"entries": audit_head[0], "mac": audit_head[1]},
    }
