"""The identity gate: a work package is accepted whole, validated and re-encoded, or refused.

`read_package` reads everything in memory and writes nothing anywhere. It collects as many
problems as it practically can (structure, schema, identity, audio) before refusing, so one
report tells the sender everything to fix. Audio is decoded only when the archive passed its
size checks: a package that breaks a cap is refused without expanding anything.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.core.package import (
    AcceptedClip,
    AcceptedPackage,
    ClipRecord,
    EncodedAudio,
    Policy,
)
from reviewer.intake import limits
from reviewer.intake.audio_probe import AudioRefused, transcode
from reviewer.intake.header import HeaderResult, parse_header
from reviewer.intake.manifest import ClipsResult, parse_clips
from reviewer.intake.paths import PATH_PLACEHOLDER, shown_path
from reviewer.intake.reader import PACKAGE, EntryError, PackageSource, ZipSource, open_source
from reviewer.intake.schema import HEADER_FILE, MANIFEST_FILE

Progress = Callable[[int, int], None]
_WORKERS = max(2, min(4, os.cpu_count() or 2))


def read_package(path: Path, progress: Progress | None = None) -> AcceptedPackage:
    """The validated package at `path` (folder or .zip); PackageRefused lists every problem."""
    if not path.exists():
        raise PackageRefused([Problem("missing", PACKAGE, "package not found")])
    if not path.is_dir() and not path.is_file():
        raise PackageRefused([Problem("device", PACKAGE, "is neither a folder nor a file")])
    with open_source(path) as source:
        return _gate(source, progress)


def read_package_bytes(data: bytes, progress: Progress | None = None) -> AcceptedPackage:
    """The same gate on a zip held in memory (a sealed package, opened by the app)."""
    with ZipSource(data) as source:
        return _gate(source, progress)


def _gate(source: PackageSource, progress: Progress | None) -> AcceptedPackage:
    problems = list(source.problems)
    archive_broken = any(p.rule in ("archive", "size") and p.file == PACKAGE for p in problems)
    head = HeaderResult(None, [], Policy())
    clips = ClipsResult([], [])
    if not archive_broken:
        head = _header(source)
        clips = _manifest(source, head.region)
        problems += head.problems + clips.problems
    policy = head.policy
    file_cap = limits.max_audio_file_bytes(policy.max_clip_seconds)
    problems += _entry_problems(source, clips, file_cap)
    if any(p.rule in ("size", "archive", "link", "device") for p in problems):
        raise PackageRefused(problems)
    # Clips whose file is missing were reported above; decode the rest to report their audio.
    present = [(n, r) for n, r in clips.records if r.audio_filepath in source.entries]
    accepted, audio_problems = _decode_all(source, present, policy, file_cap, progress)
    problems += audio_problems
    if problems or head.header is None:
        raise PackageRefused(problems or [Problem("missing", HEADER_FILE, "header unusable")])
    return AcceptedPackage(header=head.header, clips=tuple(accepted))


def _header(source: PackageSource) -> HeaderResult:
    try:
        data = source.read(HEADER_FILE, limits.MAX_HEADER_BYTES)
    except EntryError as exc:
        message = exc.message
        if exc.rule == "missing":
            message = "package header file is missing"
            if any(n.endswith(f"/{HEADER_FILE}") for n in source.entries):
                message = ("package header file is missing at the top level (it is inside a "
                           "folder: package the folder's contents)")
        return HeaderResult(None, [Problem(exc.rule, HEADER_FILE, message)], Policy())
    return parse_header(data)


def _manifest(source: PackageSource, region: str | None) -> ClipsResult:
    try:
        data = source.read(MANIFEST_FILE, limits.MAX_MANIFEST_BYTES)
    except EntryError as exc:
        message = "clip list file is missing" if exc.rule == "missing" else exc.message
        return ClipsResult([], [Problem(exc.rule, MANIFEST_FILE, message)])
    return parse_clips(data, region)


def _entry_problems(source: PackageSource, clips: ClipsResult, file_cap: int) -> list[Problem]:
    """Referenced files must exist and fit the cap; nothing else may be in the package."""
    problems: list[Problem] = []
    referenced = {HEADER_FILE, MANIFEST_FILE} | clips.mentioned
    for number, record in clips.records:
        entry = source.entries.get(record.audio_filepath)
        if entry is None:
            problems.append(Problem("missing", MANIFEST_FILE, "audio file not in the package",
                                    number, "audio_filepath"))
        elif entry.size > file_cap:
            problems.append(_clip_problem("size", number, record,
                                          "audio file is larger than max_clip_seconds could need"))
    for name in source.entries:
        if name not in referenced:
            problems.append(Problem("unreferenced", shown_path(name),
                                    "file is not referenced by clips.jsonl"))
    return problems


def _clip_problem(rule: str, line: int, record: ClipRecord, message: str) -> Problem:
    """A problem with a clip's audio file, named by its path when that is safe to show,
    else by its line in clips.jsonl."""
    shown = shown_path(record.audio_filepath)
    if shown == PATH_PLACEHOLDER:
        return Problem(rule, MANIFEST_FILE, message, line, "audio_filepath")
    return Problem(rule, shown, message)


def _decode_all(source: PackageSource, records: list[tuple[int, ClipRecord]], policy: Policy,
                file_cap: int, progress: Progress | None
                ) -> tuple[list[AcceptedClip], list[Problem]]:
    def work(record: ClipRecord) -> EncodedAudio:
        data = source.read(record.audio_filepath, file_cap)
        return transcode(data, record.duration, policy.max_clip_seconds)

    clips: list[AcceptedClip] = []
    problems: list[Problem] = []
    total = len(records)
    with ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="gate") as pool:
        futures: list[Future[EncodedAudio]] = [pool.submit(work, r) for _, r in records]
        try:
            for done, ((line, record), future) in enumerate(zip(records, futures, strict=True),
                                                            1):
                try:
                    audio = future.result()
                except (AudioRefused, EntryError) as exc:
                    rule = exc.rule if isinstance(exc, EntryError) else "audio"
                    problems.append(_clip_problem(rule, line, record, str(exc)))
                else:
                    clips.append(AcceptedClip(record, audio))
                if progress is not None:
                    progress(done, total)
        finally:
            for future in futures:
                future.cancel()
    return clips, problems
