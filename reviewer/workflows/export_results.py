"""`reviewer export --out DIR`: results per package in DESIGN.md's format, written atomically.

For each package with finished clips: `<package_id>.results.jsonl` (one line per finished
clip, critical spans redacted per policy, WER against the assistant's and the prior
transcript) and `<package_id>.header.json` (counts, the results file's SHA-256 and the audit
log head). A package whose clips are all finished is purged once its export is on disk.

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
from reviewer.core.package import CriticalExport, TaskKind
from reviewer.core.profile import Profile
from reviewer.core.results import FinishedClip, final_text, header_document, result_line
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
    results: Path
    header: Path
    exported: int  # finished clips written
    unfinished: int
    purged: bool


def _finished(c: StoredClip) -> FinishedClip:
    return FinishedClip(clip_id=c.clip_id, audio_filepath=c.audio_filepath,
                        duration=c.duration, pred_text=c.pred_text, prior_text=c.prior_text,
                        status=c.status, annotation=c.annotation or Annotation())


def export_results(workspace: Workspace, out_dir: Path, profile: Profile | None,
                   sealer: ExportSealer | None = None) -> list[PackageExport]:
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
        lines = []
        redacting = h.policy.critical_export is CriticalExport.REDACTED
        region = locale_region(h.locale)

        def mask(text: str, region: str | None = region) -> str:
            return mask_identity(text, region)

        dropped = 0
        for c in finished:
            f = _finished(c)
            if redacting:  # no critical value in any field; error rates on redacted text
                f, lost = redacted_clip(f, mask)
                dropped += lost
            text = final_text(f, h.policy.critical_export)
            usable = c.status is ClipStatus.DONE
            lines.append(result_line(
                f, h, profile.reviewer,
                wer_vs_pred=word_error_rate(text, f.pred_text) if usable else None,
                wer_vs_prior=(word_error_rate(text, f.prior_text)
                              if usable and h.task is TaskKind.VERIFY else None)))
        body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
        counts = {s.value: sum(1 for c in clips if c.status is s)
                  for s in (ClipStatus.DONE, ClipStatus.SKIPPED, ClipStatus.ESCALATED)}
        counts["unfinished"] = len(clips) - len(finished)
        if redacting:
            counts["texts_dropped_unsure"] = dropped  # pred/prior texts not safely redactable
        exported_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        head = workspace.audit.head()
        header = header_document(h, profile.reviewer, exported_at, counts, len(clips),
                                 hashlib.sha256(body).hexdigest(), head)
        files = {f"{h.package_id}.results.jsonl": body,
                 f"{h.package_id}.header.json": (json.dumps(header, indent=2) + "\n").encode()}
        if profile.export_recipients:
            if sealer is None:
                raise RefusedInput("the profile asks for sealed exports, but this export "
                                   "cannot seal")
            files = {f"{h.package_id}.export.age": sealer(files, profile.export_recipients)}
        try:
            for name, data in files.items():
                atomic_write(out_dir / name, data)
        except OSError as exc:
            raise storage_error(exc, f"the export folder {out_dir}") from None
        results_path = out_dir / next(iter(files))
        header_path = out_dir / list(files)[-1]
        workspace.packages.mark_exported(pkg.number, dt.datetime.now(dt.UTC).isoformat(
            timespec="milliseconds"))
        complete = len(finished) == len(clips)
        if complete:
            workspace.packages.purge(pkg.number, "exported")
        done.append(PackageExport(pkg.number, h.package_id, results_path, header_path,
                                  len(finished), len(clips) - len(finished), complete))
    return done
