"""`reviewer export --out DIR`: results per package in DESIGN.md's format, written atomically.

For each package with finished clips, files by purpose: `<package_id>.manifest.jsonl` (the
training manifest: one line per done clip, valid for NeMo's reader, critical values redacted
per policy, WER against the assistant's and the prior transcript), `<package_id>.status.jsonl`
(skipped and escalated clips: id, status, reason) and `<package_id>.header.json` (counts, the
two files' SHA-256 and the audit log head). With audio, each done clip's FLAC goes into
`<package_id>.audio/` beside them, every critical range silenced (or a tone) under the
redacted policy; a critical clip whose words have no time range keeps its audio here and is
listed as `audio_withheld` in the status file. An earlier export of the package in the folder is
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
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from reviewer.audio.redact import redact_ranges
from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.errors import RefusedInput
from reviewer.core.flac_meta import strip_flac_metadata
from reviewer.core.package import CriticalExport, PackageHeader, RedactedAudio, TaskKind
from reviewer.core.profile import Profile
from reviewer.core.results import (
    NO_AUDIO,
    AudioSummary,
    FinishedClip,
    audio_digest,
    audio_dir,
    audio_ranges,
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
Progress = Callable[[str, int, int], None]  # (package id, clips done, clips in the package)


@dataclass(frozen=True)
class PackageExport:
    package_number: int
    package_id: str
    results: Path  # the training manifest (or, sealed, the one export file)
    header: Path
    exported: int  # finished clips written
    unfinished: int
    purged: bool
    audio_files: int = 0
    audio_withheld: int = 0  # done clips whose audio could not leave (untimed critical span)


def _finished(c: StoredClip) -> FinishedClip:
    return FinishedClip(clip_id=c.clip_id, audio_filepath=c.audio_filepath,
                        duration=c.duration, pred_text=c.pred_text, prior_text=c.prior_text,
                        status=c.status, annotation=c.annotation or Annotation())


def export_results(workspace: Workspace, out_dir: Path, profile: Profile | None,
                   sealer: ExportSealer | None = None, with_audio: bool = False,
                   progress: Progress | None = None) -> list[PackageExport]:
    """Exports every package with finished clips (with each done clip's audio beside the
    manifest when `with_audio`); purges the fully finished ones. `profile` is the enrolled
    profile, verified by the caller (workflows.trust)."""
    if profile is None:
        raise NotEnrolled("no workstation profile: run `reviewer enroll PROFILE` first "
                          "(the export names the reviewer's pseudonym)")
    if profile.export_recipients and sealer is None:
        raise RefusedInput("the profile asks for sealed exports, but this export cannot seal",
                           code="export_cannot_seal")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error(exc, f"the export folder {out_dir}", place="export",
                            folder=str(out_dir)) from None
    if not out_dir.is_dir():
        raise RefusedInput(f"{out_dir} is not a folder",
                           code="export_not_a_folder", folder=str(out_dir))
    done: list[PackageExport] = []
    for pkg in workspace.packages.stored():
        clips = workspace.clips.package_clips(pkg.number)
        # A locked clip is owed to an escalation: never exported, whatever its status.
        finished = [c for c in clips if c.status.finished and not c.locked]
        if not finished:
            continue
        h = pkg.header
        built = _package_files(workspace, h, finished, profile.reviewer, with_audio, progress)
        counts = {s.value: sum(1 for c in clips if c.status is s)
                  for s in (ClipStatus.DONE, ClipStatus.SKIPPED, ClipStatus.ESCALATED)}
        counts["unfinished"] = len(clips) - len(finished)
        counts["audio_files"] = len(built.audio)
        counts["audio_withheld"] = built.withheld
        if h.policy.critical_export is CriticalExport.REDACTED:
            counts["texts_dropped_unsure"] = built.dropped  # pred/prior not safely redactable
        exported_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        audio = NO_AUDIO if not with_audio else AudioSummary(
            True, h.policy.redacted_audio.value
            if h.policy.critical_export is CriticalExport.REDACTED else None,
            audio_digest([(hashlib.sha256(data).hexdigest(), name)
                          for name, data in built.audio.items()]))
        header = header_document(h, profile.reviewer, exported_at, counts, len(clips),
                                 (hashlib.sha256(built.manifest).hexdigest(),
                                  hashlib.sha256(built.statuses).hexdigest()),
                                 workspace.audit.head(), audio)
        names = export_names(h.package_id)
        # Audio first and the header last: a folder with a header holds a whole export.
        files = {**built.audio, **dict(zip(names, (
            built.manifest, built.statuses,
            (json.dumps(header, indent=2) + "\n").encode()), strict=True))}
        manifest_path, header_path = out_dir / names[0], out_dir / names[2]
        if profile.export_recipients:
            assert sealer is not None
            sealed = f"{h.package_id}.export.age"
            files = {sealed: sealer(files, profile.export_recipients)}
            manifest_path = header_path = out_dir / sealed
        _write_new(out_dir, h.package_id, files)
        workspace.packages.mark_exported(pkg.number, dt.datetime.now(dt.UTC).isoformat(
            timespec="milliseconds"), len(built.audio))
        complete = len(finished) == len(clips)
        if complete:
            workspace.packages.purge(pkg.number, "exported")
        done.append(PackageExport(pkg.number, h.package_id, manifest_path, header_path,
                                  len(finished), len(clips) - len(finished), complete,
                                  len(built.audio), built.withheld))
    return done


@dataclass
class _Built:
    manifest: bytes
    statuses: bytes
    dropped: int  # pred/prior texts dropped as unsure
    audio: dict[str, bytes]  # audio_filepath (relative to the folder) -> FLAC
    withheld: int


def _package_files(workspace: Workspace, h: PackageHeader, finished: list[StoredClip],
                   reviewer: str, with_audio: bool, progress: Progress | None) -> _Built:
    """The training manifest, status file and audio of one package."""
    policy = h.policy.critical_export
    redacting = policy is CriticalExport.REDACTED
    region = locale_region(h.locale)

    def mask(text: str) -> str:
        return mask_identity(text, region)

    manifest: list[dict[str, object]] = []
    statuses: list[dict[str, object]] = []
    audio: dict[str, bytes] = {}
    dropped = withheld = 0
    for n, c in enumerate(finished, start=1):
        if progress is not None:
            progress(h.package_id, n, len(finished))
        f = _finished(c)
        if c.status is not ClipStatus.DONE:
            statuses.append(status_line(f))
            continue
        if with_audio:
            ranges = audio_ranges(f.annotation, policy)
            if ranges is None:  # critical words somewhere unknown: the audio stays here
                statuses.append(status_line(f))
                withheld += 1
                continue
            name = f"{audio_dir(h.package_id)}/{c.clip_id}.flac"
            encoded = workspace.clips.export_audio(c.local_id)
            audio[name] = (redact_ranges(encoded, ranges,
                                         tone=h.policy.redacted_audio is RedactedAudio.TONE)
                           # stored audio passed the gate already; stripped again all the
                           # same, since whatever leaves must carry nothing but the samples
                           if ranges else strip_flac_metadata(encoded.flac))
            f = replace(f, audio_filepath=name)
        if redacting:  # no critical value in any field; error rates on redacted text
            f, lost = redacted_clip(f, mask)
            dropped += lost
        text = final_text(f, policy)
        manifest.append(result_line(
            f, h, reviewer, wer_vs_pred=word_error_rate(text, f.pred_text),
            wer_vs_prior=(word_error_rate(text, f.prior_text)
                          if h.task is TaskKind.VERIFY else None)))
    return _Built(_jsonl(manifest), _jsonl(statuses), dropped, audio, withheld)


def _jsonl(rows: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def _write_new(out_dir: Path, package_id: str, files: dict[str, bytes]) -> None:
    """Writes the export's files, never over an earlier export of the package; a failure
    midway takes back what was written, so nothing is left half-done."""
    earlier = [n for n in (*export_names(package_id), f"{package_id}.export.age",
                           audio_dir(package_id)) if (out_dir / n).exists()]
    if earlier:
        raise RefusedInput(f"{out_dir} already holds an export of package {package_id}; "
                           "nothing was overwritten: choose another folder",
                           code="export_exists", folder=str(out_dir), package=package_id)
    written: list[Path] = []
    folder = out_dir / audio_dir(package_id)
    try:
        if any("/" in name for name in files):
            folder.mkdir()
        for name, data in files.items():
            atomic_write(out_dir / name, data, make_folder=False)
            written.append(out_dir / name)
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
        raise storage_error(exc, f"the export folder {out_dir}", place="export",
                            folder=str(out_dir)) from None
