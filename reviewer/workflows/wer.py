"""Word error rate for the export, computed with jiwer on normalised text."""

from __future__ import annotations

import jiwer

_NORMALISE = jiwer.Compose([
    jiwer.ToLowerCase(),
    jiwer.RemovePunctuation(),
    jiwer.RemoveMultipleSpaces(),
    jiwer.Strip(),
    jiwer.ReduceToListOfListOfWords(),
])


def word_error_rate(reference: str, hypothesis: str | None) -> float | None:
    """WER of `hypothesis` (e.g. the assistant's transcript) against the final transcript.

    None when there is nothing to compare: no hypothesis, or an empty reference (jiwer's WER
    is undefined for an empty reference).
    """
    if hypothesis is None:
        return None
    if not _NORMALISE(reference) or not _NORMALISE(reference)[0]:
        return None
    hyp = hypothesis if _NORMALISE(hypothesis)[0] else ""
    value = jiwer.wer(reference, hyp, reference_transform=_NORMALISE,
                      hypothesis_transform=_NORMALISE)
    return round(float(value), 4)
