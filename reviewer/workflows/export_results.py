"""`reviewer export --out DIR`: results per package in DESIGN.md's format, written atomically.

For each package with finished clips, files by purpose: `<package_id>.manifest.jsonl` (the
training manifest: one line per done clip, valid for NeMo's reader, critical values redacted
per policy, WER against the assistant's and the prior transcript), `<package_id>.status.jsonl`
(skipped and escalated clips: id, status, reason) and `<package_id>.header.json` (counts, the
two files' SHA-256 and the audit log head). An earlier export of the package in the folder is
never overwritten. A package whose clips are all finished is purged once its export is on
disk.

When the signed profile names `export_recipients`, nothing is written in clear: each package's
files go into one `<package_id>.export.age`, a tar sealed with age to those recipients,
with the workstation's signed profile and its signature over the tar, for `reviewer org
collect`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.errors import RefusedInput
from reviewer.core.package import CriticalExport, PackageHeader, TaskKind
from reviewer.core.profile import Profile
from reviewer.core.results import (
    FinishedClip,
    export_names,
    final_text,
    header_document,
    result_line,
    status_line,
)
from reviewer.core.workspace_errors import NotEnrolled
from reviewer.fileio import atomic_write
from reviewer.intake.masking import mask_identity
from reviewer.intake.shapes import locale_region
from reviewer.vault.db import storage_error
from reviewer.vault.records import StoredClip
from reviewer.vault.workspace import Workspace
from reviewer.workflows.redaction import redacted_clip
from reviewer.workflows.wer import word_error_rate

# Seals one package's export files (name -> bytes) to the recipients: one file's bytes.
ExportSealer = Callable[[dict[str, bytes], tuple[str, ...]], bytes]


@dataclass(frozen=True)
class PackageExport:
    package_number: int
    package_id: str
    results: Path  # the training manifest (or, sealed, the one export file)
    header: Path
    exported: int  # finished clips written
    unfinished: int
    purged: bool


def _finished(c: StoredClip) -> FinishedClip:
    return FinishedClip(clip_id=c.clip_id, audio_filepath=c.audio_filepath,
                        duration=c.duration, pred_text=c.pred_text, prior_text=c.prior_text,
                        status=c.status, annotation=c.annotation or Annotation())


def export_results(workspace: Workspace, out_dir: Path, profile: Profile | None,
                   sealer: ExportSealer | None = None,
                   with_audio: bool = False) -> list[PackageExport]:
    """Exports every package with finished clips; purges the fully finished ones.
    `profile` is the enrolled profile, verified by the caller (workflows.trust)."""
    if profile is None:
        raise NotEnrolled("no workstation profile: run `reviewer enroll PROFILE` first "
                          "(the export names the reviewer's pseudonym)")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error(exc, f"the export folder {out_dir}") from None
    if not out_dir.is_dir():
        raise RefusedInput(f"{out_dir} is not a folder")
    done: list[PackageExport] = []
    for pkg in workspace.packages.stored():
        clips = workspace.clips.package_clips(pkg.number)
        finished = [c for c in clips if c.status.finished]
        if not finished:
            continue
        h = pkg.header
        manifest, statuses, dropped = _lines(h, finished, profile.reviewer)
        counts = {s.value: sum(1 for c in clips if c.status is s)
                  for s in (ClipStatus.DONE, ClipStatus.SKIPPED, ClipStatus.ESCALATED)}
        counts["unfinished"] = len(clips) - len(finished)
        if h.policy.critical_export is CriticalExport.REDACTED:
            counts["texts_dropped_unsure"] = dropped  # pred/prior texts not safely redactable
        exported_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        header = header_document(h, profile.reviewer, exported_at, counts, len(clips),
                                 (hashlib.sha256(manifest).hexdigest(),
                                  hashlib.sha256(statuses).hexdigest()),
                                 workspace.audit.head())
        names = export_names(h.package_id)
        files = dict(zip(names, (manifest, statuses,
                                 (json.dumps(header, indent=2) + "\n").encode()), strict=True))
        if profile.export_recipients:
            if sealer is None:
                raise RefusedInput("the profile asks for sealed exports, but this export "
                                   "cannot seal")
            files = {f"{h.package_id}.export.age": sealer(files, profile.export_recipients)}
        _write_new(out_dir, h.package_id, files)
        manifest_path, header_path = out_dir / next(iter(files)), out_dir / list(files)[-1]
        workspace.packages.mark_exported(pkg.number, dt.datetime.now(dt.UTC).isoformat(
            timespec="milliseconds"))
        complete = len(finished) == len(clips)
        if complete:
            workspace.packages.purge(pkg.number, "exported")
        done.append(PackageExport(pkg.number, h.package_id, manifest_path, header_path,
                                  len(finished), len(clips) - len(finished), complete))
    return done


def _lines(h: PackageHeader, finished: list[StoredClip], reviewer: str
           ) -> tuple[bytes, bytes, int]:
    """(training manifest, status file, texts dropped as unsure) of one package."""
    redacting = h.policy.critical_export is CriticalExport.REDACTED
    region = locale_region(h.locale)

    def mask(text: str) -> str:
        return mask_identity(text, region)

    manifest: list[dict[str, object]] = []
    statuses: list[dict[str, object]] = []
    dropped = 0
    for c in finished:
        f = _finished(c)
        if c.status is not ClipStatus.DONE:
            statuses.append(status_line(f))
            continue
        if redacting:  # no critical value in any field; error rates on redacted text
            f, lost = redacted_clip(f, mask)
            dropped += lost
        text = final_text(f, h.policy.critical_export)
        manifest.append(result_line(
            f, h, reviewer, wer_vs_pred=word_error_rate(text, f.pred_text),
            wer_vs_prior=(word_error_rate(text, f.prior_text)
                          if h.task is TaskKind.VERIFY else None)))
    return _jsonl(manifest), _jsonl(statuses), dropped


def _jsonl(rows: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def _write_new(out_dir: Path, package_id: str, files: dict[str, bytes]) -> None:
    """Writes the export's files, never over an earlier export of the package; a failure
    midway takes back what was written, so nothing is left half-done."""
    earlier = [n for n in (*export_names(package_id), f"{package_id}.export.age")
               if (out_dir / n).exists()]
    if earlier:
        raise RefusedInput(f"{out_dir} already holds an export of package {package_id}; "
                           "nothing was overwritten: choose another folder")
    written: list[Path] = []
    try:
        for name, data in files.items():
            atomic_write(out_dir / name, data)
            written.append(out_dir / name)
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise storage_error(exc, f"the export folder {out_dir}") from None
