"""Identity-gate throughput: 200 five-second 16 kHz mono WAV clips, as a directory package
and as a deflated zip.

Figures: gate_clips_per_s (directory) and gate_zip_clips_per_s (read, validate, decode,
re-encode to bare FLAC; no vault). The import budget (>= 100 clips/s including encryption)
needs the gate well above that.

Worst cases (tests/intake/pathological.py: repeated fragments of every detector's grammar):
gate_worst_field_s, the slowest single field at its cap (ids, options, prompts, the
assistant's answer, transcripts); gate_worst_header_s, a package.json whose prompts and
options fill the detectors' budget; gate_worst_line_s, a clips.jsonl line with every text
field at its cap; gate_oversized_s, fields far past their caps and a 1 MiB header. Each must
stay under 0.5 s.
"""

from __future__ import annotations

import tempfile
import time
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np

from reviewer.core.text_rules import TextKind, text_fault
from reviewer.intake.detect.find import Mode, identity_kind
from reviewer.intake.gate import read_package
from reviewer.intake.header import parse_header
from reviewer.intake.manifest import parse_clips
from reviewer.intake.masking import mask_identity
from tests.intake import pathological
from tests.support.package_builder import PackageBuilder, encode

CLIPS = 200
SECONDS = 5.0
RATE = 16000


def build(root: Path) -> Path:
    rng = np.random.default_rng(1)
    b = PackageBuilder()
    t = np.arange(int(SECONDS * RATE)) / RATE
    for n in range(CLIPS):
        # Speech-like content (a gliding tone under noise) so FLAC has real work to do.
        x = 0.2 * np.sin(2 * np.pi * (150 + n) * t * (1 + 0.1 * np.sin(t)))
        x += 0.05 * rng.standard_normal(t.size)
        b.add_clip(audio=encode(x.astype(np.float32), RATE), seconds=SECONDS)
    return b.write_dir(root / "pkg")


def zipped(folder: Path) -> Path:
    out = folder.with_suffix(".zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(folder).as_posix())
    return out


def best_seconds(path: Path) -> float:
    read_package(path)  # warm the page cache and imports
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        package = read_package(path)
        best = min(best, time.perf_counter() - start)
    assert len(package.clips) == CLIPS
    return best


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def worst_cases() -> dict[str, float]:
    field = header = line = big = 0.0
    for fragment in pathological.FRAGMENTS:
        for name, cap in pathological.CAPS.items():
            text = pathological.at_cap(fragment, cap)
            if name == "transcript":
                cost = _seconds(partial(text_fault, text, TextKind.SPEECH))
            elif name == "assistant_response":
                cost = _seconds(partial(mask_identity, text, "US"))
            else:
                cost = _seconds(partial(identity_kind, text, "US", Mode.METADATA))
            field = max(field, cost)
        data = pathological.worst_header(fragment)
        header = max(header, _seconds(partial(parse_header, data)))
        data = pathological.worst_line(fragment)
        line = max(line, _seconds(partial(parse_clips, data, "US")))
    for data in pathological.oversized("1."):
        big = max(big, _seconds(partial(parse_header, data))
                  + _seconds(partial(parse_clips, data, "US")))
    return {"gate_worst_field_s": field, "gate_worst_header_s": header,
            "gate_worst_line_s": line, "gate_oversized_s": big}


def run() -> dict[str, float]:
    figures = worst_cases()
    with tempfile.TemporaryDirectory() as tmp:
        folder = build(Path(tmp))
        plain = best_seconds(folder)
        packed = best_seconds(zipped(folder))
    return {"gate_clips_per_s": CLIPS / plain, "gate_ms_per_clip": 1000 * plain / CLIPS,
            "gate_zip_clips_per_s": CLIPS / packed, **figures}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.1f}")
