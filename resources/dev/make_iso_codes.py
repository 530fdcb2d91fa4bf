"""Writes reviewer/intake/iso_codes.py: the registered ISO codes the locale shape accepts.

The gate needs three sets (ISO 639 languages in their shortest form, ISO 15924 scripts,
ISO 3166-1 regions). pycountry has them, but loading its language table costs a quarter of a
second and 7 MB at the first package check, and it brings some 30 MB of translations into the
installers; the sets themselves are 40 KB. Run after upgrading pycountry (a dev dependency):

    .venv/bin/python resources/dev/make_iso_codes.py

tests/intake/test_iso_codes.py fails when the committed module and pycountry disagree.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[2] / "reviewer" / "intake" / "iso_codes.py"


def codes() -> dict[str, list[str]]:
    languages = {getattr(x, "alpha_2", None) or x.alpha_3 for x in pycountry.languages}
    return {"LANGUAGES": sorted(languages),
            "SCRIPTS": sorted(x.alpha_4 for x in pycountry.scripts),
            "REGIONS": sorted(x.alpha_2 for x in pycountry.countries)}


def render() -> str:
    parts = ['"""Registered ISO codes for locale tags (ISO 639, ISO 15924, ISO 3166-1), generated',
             'from pycountry by resources/dev/make_iso_codes.py; do not edit by hand."""', "",
             "from __future__ import annotations", ""]
    for name, values in codes().items():
        lines = textwrap.wrap(" ".join(values), 90)
        body = "\n".join(f'    "{line} "' for line in lines)
        parts.append(f"_{name} = (\n{body}\n)")
        parts.append(f"{name} = frozenset(_{name}.split())")
        parts.append("")
    return "\n".join(parts)


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
