"""No critical value leaves in any field (DESIGN.md "Results export", policy `redacted`).

The final transcript's critical spans are replaced by their tags (core.annotation.redact). The
assistant's automatic transcript (`pred_text`) says the same words, often misheard: its words
are aligned to the transcript's with jiwer's word alignment. A matched word is tagged when its
transcript word is critical; a stretch that differs between two matched words is tagged whole
when the transcript's side of it is all critical ("maria del gato" for "Maria Delgado").
Where the alignment is unsure (critical and ordinary words mixed with extra words, under 30%
of words in common, an empty transcript) the field is dropped for that clip rather than
guessed: fail closed, and counted in the export's header. Any remaining word equal to a
critical word is replaced too.
Free-text answers go through the gate's identity masking and lose the critical words likewise.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import jiwer

from reviewer.core.annotation import Annotation, CriticalCategory, valid_spans
from reviewer.core.results import FinishedClip

_WORD = re.compile(r"\S+")
_STRIP = ".,;:!?\"'()[]{}"


def critical_words(annotation: Annotation) -> list[tuple[str, CriticalCategory | None]]:
    """The transcript's words, each with the category of the span it falls in (or None)."""
    spans = valid_spans(annotation)
    out: list[tuple[str, CriticalCategory | None]] = []
    for m in _WORD.finditer(annotation.transcript):
        category = next((s.category for s in spans if s.start < m.end() and m.start() < s.end),
                        None)
        out.append((m.group(), category))
    return out


def redact_aligned(annotation: Annotation, other: str | None) -> str | None:
    """`other` (pred_text, prior_text) with the words aligned to critical spans replaced by
    their tags; None when it cannot be redacted with confidence (the field is then dropped)."""
    if other is None:
        return None
    words = critical_words(annotation)
    marked = [c for _, c in words]
    if not any(marked):
        return other
    tokens = other.split()
    if not tokens:
        return other
    if not words:
        return None
    chunks = jiwer.process_words(" ".join(_fold(w) or "·" for w, _ in words),
                                 " ".join(_fold(t) or "·" for t in tokens)).alignments[0]
    matched = sum(c.ref_end_idx - c.ref_start_idx for c in chunks if c.type == "equal")
    if matched * 10 < len(words) * 3:
        return None  # under 30% of the words in common: the alignment means nothing
    tags: list[CriticalCategory | None] = [None] * len(tokens)
    for gap in _gaps(chunks):
        ref = [c for chunk in gap for c in marked[chunk.ref_start_idx:chunk.ref_end_idx]]
        hyp = range(gap[0].hyp_start_idx, gap[-1].hyp_end_idx)
        if gap[0].type == "equal" or not any(ref):
            for chunk in gap:  # matched words: tagged where the transcript's word is critical
                for offset in range(chunk.hyp_end_idx - chunk.hyp_start_idx):
                    if chunk.type == "equal":
                        tags[chunk.hyp_start_idx + offset] = marked[chunk.ref_start_idx + offset]
            continue
        if all(ref):  # between two matched words, only critical words: all of it is critical
            for i in hyp:
                tags[i] = next(c for c in ref if c is not None)
        elif any(c.type == "insert" for c in gap):
            return None  # critical and ordinary words mixed with extra words: unsure
        else:
            for chunk in gap:
                for offset, category in enumerate(marked[chunk.ref_start_idx:chunk.ref_end_idx]):
                    if category is not None and chunk.type == "substitute":
                        tags[chunk.hyp_start_idx + offset] = category
    secret = {_fold(w) for w, c in words if c is not None}
    for i, token in enumerate(tokens):
        if tags[i] is None and _fold(token) in secret:
            tags[i] = next(c for w, c in words if c is not None and _fold(w) == _fold(token))
    return _join(tokens, tags)


def _gaps(chunks: list[Any]) -> list[list[Any]]:
    """The alignment as runs: each matched chunk alone, and each run of differing chunks
    (substitutions, insertions, deletions) between two matched ones as one gap."""
    runs: list[list[Any]] = []
    for chunk in chunks:
        if chunk.type == "equal" or not runs or runs[-1][0].type == "equal":
            runs.append([chunk])
        else:
            runs[-1].append(chunk)
    return runs


def redact_free_text(annotation: Annotation, text: str, mask: Callable[[str], str]) -> str:
    """A typed answer or note: identity masked by the gate's detectors, critical words tagged."""
    masked = mask(text)
    words = [(w, c) for w, c in critical_words(annotation) if c is not None]
    if not words:
        return masked
    secret = {_fold(w): c for w, c in words}
    tokens = masked.split()
    return _join(tokens, [secret.get(_fold(t)) for t in tokens])


def _fold(word: str) -> str:
    return word.strip(_STRIP).casefold()


def _join(tokens: list[str], tags: list[CriticalCategory | None]) -> str:
    out: list[str] = []
    previous: CriticalCategory | None = None
    for token, category in zip(tokens, tags, strict=True):
        if category is None:
            out.append(token)
        elif category is not previous:
            out.append(category.tag)
        previous = category
    return " ".join(out)


def redacted_clip(clip: FinishedClip, mask: Callable[[str], str]) -> tuple[FinishedClip, int]:
    """The clip as a redacted export carries it, and how many of its texts were dropped."""
    a = clip.annotation
    pred = redact_aligned(a, clip.pred_text)
    prior = redact_aligned(a, clip.prior_text)
    dropped = int(clip.pred_text is not None and pred is None) + int(
        clip.prior_text is not None and prior is None)
    answers = {k: redact_free_text(a, v, mask) if isinstance(v, str) else v
               for k, v in a.answers.items()}
    return replace(clip, pred_text=pred, prior_text=prior,
                   annotation=replace(a, answers=answers)), dropped
