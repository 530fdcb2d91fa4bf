"""Real results exports for tests: packages with shaped ids, reviewed, exported (with or
without audio) by the real `export_results`, and collected by the real merge."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
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
    export_results(ws, out, stored_profile(ws), with_audio=audio)
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
            if header["audio"]:
                files |= {f"{header['audio_dir']}/{f.name}": f.read_bytes()
                          for f in (folder / header["audio_dir"]).iterdir()}
            opened.append(OpenedExport(header["reviewer"], files))
    collected = merge(opened, {})
    out.mkdir(parents=True, exist_ok=True)
    for rel, data in collected.audio.items():
        (out / rel).parent.mkdir(exist_ok=True)
        (out / rel).write_bytes(data)
    for name, rows in (("manifest.jsonl", collected.training),
                       ("status.jsonl", collected.statuses), ("headers.jsonl", collected.headers)):
        (out / name).write_bytes(_jsonl(rows))
    return out
