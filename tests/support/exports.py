"""Real results exports for tests: packages with shaped ids, reviewed, exported, collected.

`make_export` runs the real `export_results` on a workspace and then, where the export on
this branch does not write them yet, adds what the format's contract (docs/formats.md,
"Results export") says an export holds: each line's `critical_spans`, the header's audio keys
and, with `audio=True`, the FLACs in `<package_id>.audio/` (critical ranges silenced, clips
with an untimed span withheld). An export that already carries them is left as it is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import io
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from reviewer.core.annotation import (
    Annotation,
    CriticalCategory,
    Flag,
    SkipReason,
    TimeRange,
    valid_spans,
)
from reviewer.core.package import (
    AcceptedClip,
    AcceptedPackage,
    ClipRecord,
    CriticalExport,
    PackageHeader,
    Policy,
    Question,
    QuestionKind,
    TaskKind,
)
from reviewer.vault.workspace import Workspace
from reviewer.workflows.export_results import export_results
from reviewer.workflows.review_session import ReviewSession
from tests.support.trust import stored_profile
from tests.vault.fakes import flac_tone

RATE = 16000
PACKAGE_A = "pkg_7e570000000000000000000000000001"
PACKAGE_B = "pkg_7e570000000000000000000000000002"


def clip_id(package: int, n: int) -> str:
    return f"clip_{package:08x}{n:024x}"


def package(number: int, package_id: str, *, task: TaskKind = TaskKind.TRANSCRIBE,
            policy: CriticalExport = CriticalExport.REDACTED, clips: int = 5,
            seconds: float = 1.0) -> AcceptedPackage:
    header = PackageHeader(
        package_id=package_id, task=task, locale="en-US", created=dt.date.today(),
        retention_days=30, policy=Policy(critical_export=policy),
        questions=(Question("noise", "Background noise?", QuestionKind.BOOL),))
    out = []
    for n in range(1, clips + 1):
        cid = clip_id(number, n)
        pred = ["call anna at five", "pay the gas bill", "what time is it", "lights on",
                "play jazz"][(n - 1) % 5]
        record = ClipRecord(clip_id=cid, audio_filepath=f"audio/{cid}.wav", duration=seconds,
                            pred_text=pred, assistant_response="okay",
                            prior_text=pred if task is TaskKind.VERIFY else None)
        out.append(AcceptedClip(record, flac_tone(seconds, freq=220.0 + 40 * n)))
    return AcceptedPackage(header, tuple(out))


@dataclass
class Made:
    out: Path
    annotations: dict[str, Annotation]  # clip_id -> what was submitted (done clips)


def review(ws: Workspace, first_local_id: int, number: int) -> dict[str, Annotation]:
    """Clip 1: a timed span; 2: an untimed span (withheld with audio); 3: plain; 4: skipped;
    5: escalated."""
    s = ReviewSession(ws.clips)
    timed = Annotation(transcript="call Anna at five", handled_ms=900,
                       answers={"noise": False}).mark_span(
        5, 9, CriticalCategory.NAME, TimeRange(0.25, 0.5))
    untimed = Annotation(transcript="pay the gas bill", handled_ms=1200,
                         answers={"noise": True}).mark_span(8, 11, CriticalCategory.FINANCIAL)
    plain = Annotation(transcript="what time is it", handled_ms=500,
                       flags=frozenset({Flag.MEDIA_PLAYING}), answers={"noise": True})
    done = {clip_id(number, 1): timed, clip_id(number, 2): untimed, clip_id(number, 3): plain}
    for offset, annotation in enumerate(done.values()):
        s.submit(first_local_id + offset, annotation)
    s.skip(first_local_id + 3, SkipReason.CANT_HEAR,
           Annotation(flags=frozenset({Flag.UNINTELLIGIBLE})))
    ws.escalations.erase_escalated(first_local_id + 4)
    return done


def make_export(ws: Workspace, out: Path, *, audio: bool,
                packages: tuple[AcceptedPackage, ...] | None = None) -> Made:
    """Stores `packages` (default: one redacted transcribe package and one full verify
    package), reviews their five clips each, exports them into `out`."""
    packages = packages or (package(1, PACKAGE_A),
                            package(2, PACKAGE_B, task=TaskKind.VERIFY,
                                    policy=CriticalExport.FULL))
    annotations: dict[str, Annotation] = {}
    local = 1
    for pkg in packages:
        ws.packages.store(pkg)
        number = int(pkg.clips[0].record.clip_id[5:13], 16)
        annotations |= review(ws, local, number)
        local += len(pkg.clips)
    # Once export_results takes `with_audio` (being added on main), it is asked for audio;
    # to_contract leaves alone an export whose header already has the audio keys.
    with_audio = ({"with_audio": audio}
                  if "with_audio" in inspect.signature(export_results).parameters else {})
    export_results(ws, out, stored_profile(ws), **with_audio)
    to_contract(out, annotations, audio=audio)
    return Made(out, annotations)


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_bytes().decode("utf-8").split("\n") if x]


def flac(seconds: float, silenced: tuple[tuple[float, float], ...] = (),
         freq: float = 330.0, rate: int = RATE) -> bytes:
    n = round(seconds * rate)
    x = (0.3 * np.sin(2 * np.pi * freq * np.arange(n) / rate)).astype(np.float32)
    for start, end in silenced:
        x[round(start * rate):round(end * rate)] = 0.0
    buf = io.BytesIO()
    sf.write(buf, x, rate, format="FLAC", subtype="PCM_16")
    return buf.getvalue()


def to_contract(out: Path, annotations: dict[str, Annotation], *, audio: bool) -> None:
    for header_path in sorted(out.glob("*.header.json")):
        header = json.loads(header_path.read_text())
        if "audio" in header:  # written by an export that knows the contract
            continue
        p = header["package_id"]
        manifest_path, status_path = out / header["manifest_file"], out / header["status_file"]
        lines, statuses = _read_jsonl(manifest_path), _read_jsonl(status_path)
        redacting = "texts_dropped_unsure" in header["counts"]  # the package's policy
        kept, withheld, digests = [], [], []
        for line in lines:
            spans = valid_spans(annotations[line["clip_id"]])
            line["critical_spans"] = [
                {"category": s.category.value, "start": s.time.start if s.time else None,
                 "end": s.time.end if s.time else None} for s in spans]
            if not audio:
                kept.append(line)
                continue
            if redacting and any(s.time is None for s in spans):
                withheld.append({"clip_id": line["clip_id"], "status": "audio_withheld",
                                 "skip_reason": None})
                continue
            line["audio_filepath"] = f"{p}.audio/{line['clip_id']}.flac"
            data = flac(line["duration"], tuple((s.time.start, s.time.end) for s in spans
                                                if redacting and s.time is not None))
            (out / f"{p}.audio").mkdir(exist_ok=True)
            (out / line["audio_filepath"]).write_bytes(data)
            digests.append(f"{hashlib.sha256(data).hexdigest()}  {line['audio_filepath']}\n")
            kept.append(line)
        statuses = sorted(statuses + withheld, key=lambda s: s["clip_id"])
        manifest_path.write_bytes(_jsonl(kept))
        status_path.write_bytes(_jsonl(statuses))
        header["manifest_sha256"] = hashlib.sha256(manifest_path.read_bytes()).hexdigest()
        header["status_sha256"] = hashlib.sha256(status_path.read_bytes()).hexdigest()
        header["counts"]["audio_files"] = len(kept) if audio else 0
        header["counts"]["audio_withheld"] = len(withheld)
        header |= {"audio": audio, "audio_dir": f"{p}.audio" if audio else None,
                   "redacted_audio": "silence" if audio and redacting else None,
                   "audio_sha256": hashlib.sha256("".join(digests).encode()).hexdigest()
                   if audio else None}
        header_path.write_text(json.dumps(header, indent=2) + "\n")


def rehash(out: Path, package_id: str) -> None:
    """Records the package's files' current digests in its header (a tampering that also
    fixes the digests, so only the deeper check can find it)."""
    header_path = out / f"{package_id}.header.json"
    header = json.loads(header_path.read_text())
    for key, name in (("manifest_sha256", header["manifest_file"]),
                      ("status_sha256", header["status_file"])):
        header[key] = hashlib.sha256((out / name).read_bytes()).hexdigest()
    if header["audio"]:
        text = "".join(f"{hashlib.sha256((out / line['audio_filepath']).read_bytes()).hexdigest()}"
                       f"  {line['audio_filepath']}\n"
                       for line in _read_jsonl(out / header["manifest_file"])
                       if (out / line["audio_filepath"]).is_file())
        header["audio_sha256"] = hashlib.sha256(text.encode()).hexdigest()
    header_path.write_text(json.dumps(header, indent=2) + "\n")


def collect(exports: list[Path], out: Path) -> Path:
    """What `reviewer org collect --out OUT` writes from these (clear) export folders: the
    real merge, the same three files and, where an export has audio, its FLACs at
    `OUT/<package_id>/<clip_id>.flac`."""
    from reviewer.workflows.org_collect import OpenedExport, merge

    opened = []
    for folder in exports:
        for header_path in sorted(folder.glob("*.header.json")):
            header = json.loads(header_path.read_text())
            files = {name: (folder / name).read_bytes() for name in (
                header_path.name, header["manifest_file"], header["status_file"])}
            opened.append(OpenedExport(header["reviewer"], files))
            if header["audio"]:
                shutil.copytree(folder / header["audio_dir"], out / header["package_id"])
    training, statuses, headers = merge(opened, {})
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("manifest.jsonl", training), ("status.jsonl", statuses),
                       ("headers.jsonl", headers)):
        (out / name).write_bytes(_jsonl(rows))
    return out
