"""Pure text helpers for the editor: keeping critical spans on their words while the
transcript is edited, and the word-level diff against the reference transcript."""

from __future__ import annotations

import difflib
from dataclasses import replace
from enum import StrEnum

from reviewer.core.annotation import CriticalSpan


def shift_spans(spans: tuple[CriticalSpan, ...], position: int, removed: int,
                added: int) -> tuple[CriticalSpan, ...]:
    """Move spans to follow an edit that replaced `removed` chars at `position` by `added`.

    Text typed inside a span stays inside it; a span whose characters are all deleted goes.
    """
    end_removed = position + removed
    delta = added - removed
    out: list[CriticalSpan] = []
    for s in spans:
        if end_removed <= s.start:  # wholly before the span (typing at its start too)
            out.append(replace(s, start=s.start + delta, end=s.end + delta))
        elif position >= s.end:  # wholly after it (typing at its end too)
            out.append(s)
        elif position < s.start:  # cuts into the span from the left
            start = position + added
            length = s.end - end_removed
            if length > 0:
                out.append(replace(s, start=start, end=start + length))
        else:  # starts inside the span: what is typed there stays critical
            length = (position - s.start) + added + max(0, s.end - end_removed)
            if length > 0:
                out.append(replace(s, end=s.start + length))
    return tuple(out)


class DiffOp(StrEnum):
    SAME = "same"
    ADDED = "added"  # in the transcript, not in the reference
    REMOVED = "removed"  # in the reference, not in the transcript


def word_diff(reference: str, transcript: str) -> list[tuple[DiffOp, str]]:
    """Word-level diff; words compare case-insensitively, shown as typed."""
    ref_words = reference.split()
    new_words = transcript.split()
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in ref_words],
                                      b=[w.lower() for w in new_words], autojunk=False)
    out: list[tuple[DiffOp, str]] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            out.extend((DiffOp.SAME, w) for w in new_words[b0:b1])
            continue
        out.extend((DiffOp.REMOVED, w) for w in ref_words[a0:a1])
        out.extend((DiffOp.ADDED, w) for w in new_words[b0:b1])
    return out


def diff_counts(diff: list[tuple[DiffOp, str]]) -> tuple[int, int]:
    """(words added, words removed)."""
    added = sum(1 for op, _ in diff if op is DiffOp.ADDED)
    removed = sum(1 for op, _ in diff if op is DiffOp.REMOVED)
    return added, removed


def format_clock(seconds: float) -> str:
    """0:07.3 style, for times under an hour; 1:02:03 above."""
    seconds = max(0.0, seconds)
    if seconds >= 3600:
        h, rest = divmod(int(seconds), 3600)
        m, s = divmod(rest, 60)
        return f"{h}:{m:02d}:{s:02d}"
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes)}:{secs:04.1f}"
