"""Export figures: `python tests/perf/run.py --only bench_export`.

1. Time and size of `reviewer export` for 1,000 five-second clips (a fifth of them critical
   with a timed name span, policy `redacted`), without and with audio, into a fresh folder.
2. Alignment coverage: over a seeded corpus of transcripts with critical words and automatic
   transcripts that mishear them in the usual ways, how often `pred_text` is redacted rather
   than dropped, and whether any critical word survives redaction (it must not).
"""

from __future__ import annotations

import dataclasses
import io
import random
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import soundfile as sf

from reviewer.core.annotation import Annotation, CriticalCategory, TimeRange
from reviewer.core.package import AcceptedPackage, EncodedAudio
from reviewer.workflows.export_results import export_results
from reviewer.workflows.redaction import redact_aligned
from reviewer.workflows.review_session import ReviewSession
from tests.support.trust import TestOrganisation, stored_profile
from tests.vault.fakes import DictSecretStore, accepted_package

if TYPE_CHECKING:
    from reviewer.vault.workspace import Workspace

CLIPS = 1000

NAMES = ["maria delgado", "john smith", "aisha okafor", "li wei", "oksana petrenko",
         "gabriel dos santos", "ewa nowak", "sean o'brien", "priya raghunathan", "tom"]
NUMBERS = ["four one one one", "5500 0000 0000 0004", "oh seven seven double four",
           "ninety two", "1234"]
BEFORE = ["call", "send a message to", "remind me to ring", "text", "what is the number of",
          "play the voicemail from"]
AFTER = ["", "now", "on her mobile", "about dinner tonight", "and say i'm late",
         "please", "at work"]
FILLERS = ["uh", "um", "the", "a", "please", "okay"]


def _misheard(word: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word + "h"
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + rng.choice("aeiouyrs") + word[i + 1:]


def _corpus(n: int, seed: int = 11) -> list[tuple[str, int, int, str]]:
    """(transcript, span start, span end, pred_text) with one critical span each."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        secret = rng.choice(NAMES + NUMBERS)
        before, after = rng.choice(BEFORE), rng.choice(AFTER)
        text = " ".join(x for x in (before, secret, after) if x)
        start = len(before) + 1
        words = text.split()
        secret_words = secret.split()
        i0 = len(before.split())
        kind = rng.randrange(8)
        pred = list(words)
        if kind == 1:  # a critical word misheard
            j = i0 + rng.randrange(len(secret_words))
            pred[j] = _misheard(pred[j], rng)
        elif kind == 2:  # the critical words run together or split
            pred[i0:i0 + len(secret_words)] = (["".join(secret_words)] if len(secret_words) > 1
                                               else [secret[:2], secret[2:]])
        elif kind == 3:  # an ordinary word dropped
            others = [k for k in range(len(words)) if not i0 <= k < i0 + len(secret_words)]
            del pred[rng.choice(others)]
        elif kind == 4:  # a filler inserted before the critical words
            pred.insert(i0, rng.choice(FILLERS))
        elif kind == 5:  # a filler inserted inside the critical words
            pred.insert(i0 + 1, rng.choice(FILLERS))
        elif kind == 6:  # the recogniser gave up after the first word
            pred = pred[:1]
        elif kind == 7:  # case and punctuation
            pred = [w.capitalize() + ("," if k == i0 - 1 else "") for k, w in enumerate(pred)]
        out.append((text, start, start + len(secret), " ".join(pred)))
    return out


def alignment_figures(n: int = 2000) -> dict[str, float]:
    redacted = dropped = leaks = 0
    for text, start, end, pred in _corpus(n):
        a = Annotation(transcript=text).mark_span(start, end, CriticalCategory.NAME)
        result = redact_aligned(a, pred)
        if result is None:
            dropped += 1
            continue
        redacted += 1
        secret = {w.strip(".,").casefold() for w in text[start:end].split()}
        if any(w.strip(".,").casefold() in secret for w in result.split()):
            leaks += 1
    return {"pred_text_redacted_pct": 100.0 * redacted / n,
            "pred_text_dropped_pct": 100.0 * dropped / n,
            "pred_text_leaks": float(leaks)}


def _workspace(folder: Path, organisation: TestOrganisation) -> Workspace:
    from reviewer.vault.workspace import Workspace

    ws = Workspace.open(folder / "ws", DictSecretStore(), create=True)
    organisation.enroll(ws)
    ws.packages.store(_speech_like(accepted_package("bench_" + "2" * 32, clips=CLIPS,
                                                    seconds=5.0)))
    session = ReviewSession(ws.clips)
    for n in range(1, CLIPS + 1):
        a = Annotation(transcript=f"call maria delgado about number {n}")
        if n % 5 == 0:
            a = a.mark_span(5, 18, CriticalCategory.NAME, TimeRange(0.8, 1.9))
        session.submit(n, a)
    return ws


def _speech_like(package: AcceptedPackage) -> AcceptedPackage:
    """The package with speech-like audio (gliding tones with noise, as in bench_import), so
    FLAC sizes and encoding times are those of real clips, not of a pure tone."""
    rng = np.random.default_rng(7)
    rate, seconds = 16000, 5.0
    t = np.arange(int(seconds * rate)) / rate
    variants = []
    for i in range(7):
        x = 0.2 * np.sin(2 * np.pi * (180 + 20 * i) * t * (1 + 0.05 * np.sin(t)))
        x = (x + 0.02 * rng.standard_normal(t.size)).astype(np.float32)
        buf = io.BytesIO()
        sf.write(buf, x, rate, format="FLAC", subtype="PCM_16")
        variants.append(EncodedAudio(buf.getvalue(), rate, t.size))
    return dataclasses.replace(package, clips=tuple(
        dataclasses.replace(c, audio=variants[n % 7]) for n, c in enumerate(package.clips)))


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def export_figures() -> dict[str, float]:
    figures: dict[str, float] = {}
    organisation = TestOrganisation()
    for with_audio in (False, True):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            ws = _workspace(folder, organisation)
            try:
                out = folder / "out"
                started = time.perf_counter()
                (result,) = export_results(ws, out, stored_profile(ws), with_audio=with_audio)
                seconds = time.perf_counter() - started
            finally:
                ws.close()
            assert result.exported == CLIPS
            key = "with_audio" if with_audio else "text_only"
            figures[f"export_1000_{key}_s"] = seconds
            figures[f"export_1000_{key}_mb"] = _size(out) / 1e6
    return figures


def run() -> dict[str, float]:
    return {**export_figures(), **alignment_figures()}
