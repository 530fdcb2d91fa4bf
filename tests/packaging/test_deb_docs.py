"""The .deb's changelog, DEP-5 copyright and lintian overrides (resources/packaging/linux)."""

from __future__ import annotations

import email.message
import re
from pathlib import Path
from types import ModuleType

import pytest

import reviewer

LINUX = Path(__file__).resolve().parents[2] / "resources" / "packaging" / "linux"


def test_the_changelog_starts_with_this_version_in_debian_format() -> None:
    lines = (LINUX / "changelog").read_text().splitlines()
    assert re.fullmatch(r"reviewer \(([^)]+)\) \w+; urgency=\w+", lines[0])
    assert lines[0].startswith(f"reviewer ({reviewer.__version__})")  # a release bumps both
    trailers = [line for line in lines if line.startswith(" -- ")]
    assert trailers
    assert all(re.fullmatch(r" -- .+ <[^>]+>  \w{3}, \d\d \w{3} \d{4} [\d:]{8} [+-]\d{4}", t)
               for t in trailers)


def test_every_override_has_its_reason_above_it() -> None:
    lines = (LINUX / "lintian-overrides").read_text().splitlines()
    overrides = [n for n, line in enumerate(lines) if line.startswith("reviewer: ")]
    assert overrides
    for n in overrides:
        above = n - 1
        while lines[above].startswith("reviewer: "):
            above -= 1
        assert lines[above].startswith("#"), f"no reason above: {lines[n]}"


def _metadata(**fields: str | list[str]) -> email.message.Message:
    message = email.message.Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return message


@pytest.mark.parametrize(("fields", "expected"), [
    ({"License_Expression": "Apache-2.0 OR BSD-3-Clause"}, "Apache-2.0 or BSD-3-Clause"),
    ({"License": "LGPL-3.0-only OR GPL-2.0-only"}, "LGPL-3.0-only or GPL-2.0-only"),
    ({"License": "BSD 3-Clause License"}, "BSD-3-Clause"),
    ({"Classifier": ["License :: OSI Approved :: MIT License"]}, "MIT"),
    ({"License": "a long licence text\nover lines",
      "Classifier": ["License :: OSI Approved :: BSD License",
                     "License :: OSI Approved :: GNU General Public License v3 (GPLv3)"]},
     "BSD-3-Clause or GPL-3"),
])
def test_licence_metadata_becomes_a_dep5_short_name(
        deb_copyright: ModuleType, fields: dict[str, str | list[str]], expected: str) -> None:
    assert deb_copyright.short_name(_metadata(**fields), "x") == expected


def test_a_distribution_without_a_known_licence_fails_the_build(
        deb_copyright: ModuleType) -> None:
    with pytest.raises(deb_copyright.CopyrightError, match="no licence"):
        deb_copyright.short_name(_metadata(Name="mystery"), "mystery")
    with pytest.raises(deb_copyright.CopyrightError, match="no short name"):
        deb_copyright.short_name(
            _metadata(Classifier=["License :: OSI Approved :: Some New License"]), "y")


def test_full_common_licence_texts_become_pointers(deb_copyright: ModuleType) -> None:
    apache = "\n".join(["Copyright 2020 Someone", "", "                  Apache License",
                        "           Version 2.0, January 2004", "   TERMS AND CONDITIONS ...",
                        "   lots of text", "   END OF TERMS AND CONDITIONS", "",
                        "APPENDIX: stays"])
    text = deb_copyright.without_common_texts(apache)
    assert "lots of text" not in text
    assert "/usr/share/common-licenses/Apache-2.0" in text
    assert text.startswith("Copyright 2020 Someone")
    assert text.endswith("APPENDIX: stays")


def test_paragraphs_render_as_dep5(deb_copyright: ModuleType) -> None:
    paragraph = deb_copyright.Paragraph(("a/*", "b"), "Someone", "MIT", "line 1\n\nline 3",
                                        "why")
    assert paragraph.render() == ("Files: a/*\n b\nCopyright: Someone\n"
                                  "License: MIT\n line 1\n .\n line 3\nComment: why")


def test_a_bundled_library_without_a_paragraph_is_reported(
        deb_copyright: ModuleType, tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    (internal / "foo.libs").mkdir(parents=True)
    (internal / "foo.libs" / "libbar-1234.so.1").write_bytes(b"")
    (internal / "libportaudio.so.2").write_bytes(b"")
    (internal / "linked.so.6").symlink_to("libportaudio.so.2")  # links are not libraries
    covered = [deb_copyright.Paragraph(("opt/reviewer/_internal/libportaudio.so.2",), "c",
                                       "MIT", "t")]
    assert deb_copyright.uncovered(internal, covered) == [
        "opt/reviewer/_internal/foo.libs/libbar-1234.so.1"]
