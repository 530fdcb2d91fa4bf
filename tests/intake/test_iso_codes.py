"""The committed ISO code sets match pycountry's tables (resources/dev/make_iso_codes.py)."""

from __future__ import annotations

import pycountry

from reviewer.intake import iso_codes


def test_languages_are_the_shortest_iso_639_codes() -> None:
    expected = {getattr(x, "alpha_2", None) or x.alpha_3 for x in pycountry.languages}
    assert expected == iso_codes.LANGUAGES
    assert "en" in iso_codes.LANGUAGES
    assert "eng" not in iso_codes.LANGUAGES  # a two-letter code exists
    assert "haw" in iso_codes.LANGUAGES


def test_scripts_and_regions() -> None:
    assert {x.alpha_4 for x in pycountry.scripts} == iso_codes.SCRIPTS
    assert {x.alpha_2 for x in pycountry.countries} == iso_codes.REGIONS
