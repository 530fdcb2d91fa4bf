"""All detectors over one text: what `mask_identity` hides and the gate refuses in metadata."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reviewer.intake.detect.address import find_addresses
from reviewer.intake.detect.codes import find_codes
from reviewer.intake.detect.common import KINDS, Found
from reviewer.intake.detect.coordinates import find_coordinates
from reviewer.intake.detect.email import find_emails
from reviewer.intake.detect.network import find_network
from reviewer.intake.detect.normalise import normalise
from reviewer.intake.detect.numbers import find_numbers


class Mode(Enum):
    METADATA = "metadata"  # written by the organisation: refused; serials in any case
    RESPONSE = "response"  # the assistant's answer: masked; serials only in capitals


@dataclass(frozen=True)
class Match:
    kind: str
    start: int  # in the original text
    end: int


def find_identity(text: str, region: str | None = None,
                  mode: Mode = Mode.RESPONSE) -> list[Match]:
    """Every identity-shaped span of `text`, merged where they overlap, in order.

    `region` (ISO 3166 alpha-2, from the package's locale) lets national phone numbers of
    that region be named as phone numbers; every other long number is reported anyway.
    """
    view = normalise(text)
    norm = view.text
    found: list[Found] = []
    # Earlier detectors name a span when several claim it (an IBAN is also a long token).
    found += find_emails(norm)
    found += find_coordinates(norm)
    found += find_network(norm)
    found += find_codes(norm, any_case=mode is Mode.METADATA)
    found += find_addresses(norm)
    found += find_numbers(norm, region)
    rank = {id(f): i for i, f in enumerate(found)}
    merged: list[tuple[int, int, Found]] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if merged and f.start < merged[-1][1]:
            start, end, best = merged[-1]
            keep = best if rank[id(best)] <= rank[id(f)] else f
            merged[-1] = (start, max(end, f.end), keep)
        else:
            merged.append((f.start, f.end, f))
    out = []
    for start, end, best in merged:
        first, last = view.span(start, end)
        out.append(Match(best.kind, first, last))
    return out


def identity_kind(text: str, region: str | None = None,
                  mode: Mode = Mode.METADATA) -> str | None:
    """The first identity kind found in `text`, or None."""
    matches = find_identity(text, region, mode)
    return matches[0].kind if matches else None


def kind_words(kind: str) -> str:
    return KINDS[kind]
