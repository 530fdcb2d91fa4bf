"""Write the package's machine-readable copyright file (DEP-5) from the build environment.

    python deb_copyright.py HEADER BUNDLE_DIR PYZ_TOC > usr/share/doc/reviewer/copyright

HEADER is the checked-in start (linux/copyright: format line, Reviewer's own licence). Then:

- every Python distribution of the build venv with a file in the bundle (its compiled modules
  in PyInstaller's module archive, listed in PYZ_TOC, or its files under `_internal`, which
  includes auditwheel's `<name>.libs` folders of native libraries), with the licence from its
  metadata and the full text of the licence files it ships;
- the components that are no Python distribution: the Python runtime the app was frozen with
  and PortAudio (bundled from Debian's libportaudio2), with their licence texts as installed
  on the build machine.

Every shared library under `_internal` must fall under one of these paragraphs, or the build
fails: a new bundled library cannot ship without its licence being listed.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata
import re
import sys
import sysconfig
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

INTERNAL = "opt/reviewer/_internal"
# Distributions that are not bundled components: the app itself (Files: * in the header).
SKIPPED = {"reviewer"}
# Metadata that is not a DEP-5 short name -> the short name (checked against the licence text).
LICENSE_NAMES = {
    "BSD 3-Clause License": "BSD-3-Clause",
    "BSD 2-Clause License": "BSD-2-Clause",
    "Apache 2.0": "Apache-2.0",
    "GNU GENERAL PUBLIC LICENSE": "GPL-3",  # pedalboard: its classifier says GPLv3
    "LGPL": "LGPL-2+",  # python-stdnum: "LGPLv2 or later" in its classifier
}
CLASSIFIER_NAMES = {
    "MIT License": "MIT",
    "Apache Software License": "Apache-2.0",
    "BSD License": "BSD-3-Clause",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "GNU General Public License v3 (GPLv3)": "GPL-3",
    "GNU Lesser General Public License v2 or later (LGPLv2+)": "LGPL-2+",
}
# Distributions whose metadata names no licence, or not as a short name: read from their
# licence files (whose text follows in the paragraph).
DECLARED = {
    "pyrage": "MIT",
    "sqlcipher3": "Zlib",
    # the bootloader and run-time modules in every frozen app: GPL with an exception that
    # allows distributing them with any program (COPYING.txt)
    "pyinstaller": "GPL-2+ with PyInstaller-bootloader exception",
    "pyinstaller-hooks-contrib": "GPL-2+ or Apache-2.0",  # its run-time hooks
}
LICENSE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)
SPDX_EXPRESSION = re.compile(r"[A-Za-z0-9.+-]+( (OR|AND) [A-Za-z0-9.+-]+)*")
SHARED_LIBRARY = re.compile(r"\.so(\.[0-9.]+)?$")


class CopyrightError(Exception):
    pass


@dataclass(frozen=True)
class Paragraph:
    files: tuple[str, ...]
    copyright: str
    license: str
    text: str
    comment: str = ""

    def render(self) -> str:
        lines = ["Files: " + "\n ".join(self.files), "Copyright: " + self.copyright]
        lines.append("License: " + self.license + ("\n" + indent(self.text) if self.text else ""))
        if self.comment:
            lines.append("Comment: " + indent(self.comment).lstrip())
        return "\n".join(lines)


def indent(text: str) -> str:
    """Text as a DEP-5 continuation: each line after a space, empty lines as ' .'."""
    out = []
    for line in text.replace("\t", "    ").splitlines():
        line = line.rstrip()
        out.append(" " + line if line else " .")
    while out and out[-1] == " .":
        out.pop()
    return "\n".join(out)


def short_name(metadata: importlib.metadata.PackageMetadata, name: str) -> str:
    if name in DECLARED:
        return DECLARED[name]
    expression = (metadata.get("License-Expression") or "").strip()
    if expression:
        return expression.replace(" OR ", " or ").replace(" AND ", " and ")
    declared = (metadata.get("License") or "").strip()
    if declared and "\n" not in declared:
        if declared in LICENSE_NAMES:
            return LICENSE_NAMES[declared]
        if SPDX_EXPRESSION.fullmatch(declared):
            return declared.replace(" OR ", " or ").replace(" AND ", " and ")
    names = []
    for classifier in metadata.get_all("Classifier") or []:
        if classifier.startswith("License :: OSI Approved :: "):
            label = classifier.rsplit(" :: ", 1)[1]
            if label not in CLASSIFIER_NAMES:
                raise CopyrightError(f"{name}: licence classifier {label!r} has no short name "
                                     "in deb_copyright.py")
            names.append(CLASSIFIER_NAMES[label])
    if not names:
        raise CopyrightError(f"{name}: no licence in its metadata; add it to DECLARED")
    return " or ".join(dict.fromkeys(names))


def pyz_sources(toc: Path) -> set[str]:
    """Source paths of the modules in PyInstaller's archive (its PYZ-00.toc, a literal)."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, (list, tuple)):
            if len(node) == 3 and all(isinstance(x, str) for x in node):
                found.add(str(node[1]))
            else:
                for child in node:
                    walk(child)

    walk(ast.literal_eval(toc.read_text()))
    return found


def top_level(relative: str) -> str:
    return relative.split("/", 1)[0]


def bundled_distributions(internal: Path, sources: set[str]
                          ) -> Iterator[tuple[importlib.metadata.Distribution, list[str]]]:
    """(distribution, its top-level paths under _internal) for every bundled distribution."""
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    seen: set[str] = set()
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name is None or name.lower() in SKIPPED or name.lower() in seen:
            continue
        in_bundle: set[str] = set()
        in_archive = False
        for file in dist.files or []:
            relative = str(file)
            if relative.startswith("..") or ".dist-info/" in relative:
                continue
            if (internal / relative).exists():
                in_bundle.add(top_level(relative))
            if str((site / relative).resolve()) in sources:
                in_archive = True
        if in_bundle or in_archive:
            seen.add(name.lower())
            yield dist, sorted(in_bundle)


# Full texts of licences Debian installs in /usr/share/common-licenses: a copyright file
# points there instead of repeating them (lintian: copyright-file-contains-full-*-license).
COMMON_TEXTS = [
    (re.compile(r"^[ \t]*Apache License\s*\n\s*Version 2\.0, January 2004.*?"
                r"END OF TERMS AND CONDITIONS[ \t]*$", re.DOTALL | re.MULTILINE), "Apache-2.0"),
    (re.compile(r"^[ \t]*GNU GENERAL PUBLIC LICENSE\s*\n\s*Version 3, 29 June 2007.*?"
                r"END OF TERMS AND CONDITIONS[ \t]*$", re.DOTALL | re.MULTILINE), "GPL-3"),
    (re.compile(r"^[ \t]*GNU GENERAL PUBLIC LICENSE\s*\n\s*Version 2, June 1991.*?"
                r"END OF TERMS AND CONDITIONS[ \t]*$", re.DOTALL | re.MULTILINE), "GPL-2"),
    (re.compile(r"^[ \t]*GNU LESSER GENERAL PUBLIC LICENSE\s*\n\s*Version 2\.1, February 1999.*?"
                r"END OF TERMS AND CONDITIONS[ \t]*$", re.DOTALL | re.MULTILINE), "LGPL-2.1"),
    (re.compile(r"^[ \t]*GNU LESSER GENERAL PUBLIC LICENSE\s*\n\s*Version 3, 29 June 2007.*?"
                r"(?=^\S|\Z)", re.DOTALL | re.MULTILINE), "LGPL-3"),
]


def without_common_texts(text: str) -> str:
    for pattern, name in COMMON_TEXTS:
        text = pattern.sub(f"[The full text of the {name} licence: on Debian systems "
                           f"/usr/share/common-licenses/{name}.]", text)
    return text


def licence_texts(dist: importlib.metadata.Distribution) -> str:
    texts = []
    for file in sorted(dist.files or [], key=str):
        if ".dist-info/" in str(file) and LICENSE_FILE.search(str(file)):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                texts.append(f"[{Path(str(file)).name}]\n"
                             + without_common_texts(path.read_text(errors="replace")))
    return "\n".join(texts)


def distribution_paragraph(dist: importlib.metadata.Distribution, tops: list[str],
                           internal: Path) -> Paragraph:
    name = dist.metadata["Name"]
    version = dist.version
    files = tuple(f"{INTERNAL}/{top}/*" if (internal / top).is_dir() else f"{INTERNAL}/{top}"
                  for top in tops)
    comment = f"Python distribution {name} {version}."
    if not files:
        files = (f"{INTERNAL}/PYZ/{name}",)
        comment += (" Pure Python: compiled into the module archive (PYZ) appended to the "
                    "executable opt/reviewer/reviewer, so the path above names no file on disk.")
    author = (dist.metadata.get("Author") or dist.metadata.get("Author-email")
              or dist.metadata.get("Maintainer") or f"the {name} authors").strip()
    texts = licence_texts(dist)
    licence = short_name(dist.metadata, name)
    if not texts:
        common = {"LGPL-3.0-only or GPL-2.0-only or GPL-3.0-only": "LGPL-3",
                  "Apache-2.0": "Apache-2.0"}.get(licence)
        if common is None:
            raise CopyrightError(f"{name}: ships no licence file")
        texts = f"On Debian systems the full text is in /usr/share/common-licenses/{common}."
    return Paragraph(files, author.replace("\n", " "), licence, texts, comment)


def native_paragraphs() -> list[Paragraph]:
    """Bundled components that no Python distribution describes."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    python_licence = stdlib / "LICENSE.txt"
    portaudio = Path("/usr/share/doc/libportaudio2/copyright")
    for required in (python_licence, portaudio):
        if not required.is_file():
            raise CopyrightError(f"{required} is missing on the build machine")
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    return [
        Paragraph((f"{INTERNAL}/libpython{version}.so*", f"{INTERNAL}/python{version}/*",
                   f"{INTERNAL}/base_library.zip", f"{INTERNAL}/PYZ/python-stdlib"),
                  "Python Software Foundation and others", "PSF-2.0",
                  python_licence.read_text(errors="replace"),
                  f"The Python {sys.version.split()[0]} runtime the app was frozen with."),
        Paragraph((f"{INTERNAL}/libportaudio.so.2",), "Ross Bencina, Phil Burk and others",
                  "MIT", portaudio.read_text(errors="replace"),
                  "PortAudio, copied from Debian's libportaudio2 (its copyright file below)."),
    ]


def uncovered(internal: Path, paragraphs: Iterable[Paragraph]) -> list[str]:
    patterns = [p for paragraph in paragraphs for p in paragraph.files]
    missing = []
    for path in sorted(internal.rglob("*")):
        if path.is_file() and not path.is_symlink() and SHARED_LIBRARY.search(path.name):
            relative = f"{INTERNAL}/{path.relative_to(internal)}"
            if not any(fnmatch.fnmatchcase(relative, pattern) for pattern in patterns):
                missing.append(relative)
    return missing


def build(header: str, bundle: Path, toc: Path) -> str:
    internal = bundle / "_internal"
    paragraphs = native_paragraphs()
    paragraphs += [distribution_paragraph(dist, tops, internal)
                   for dist, tops in bundled_distributions(internal, pyz_sources(toc))]
    missing = uncovered(internal, paragraphs)
    if missing:
        raise CopyrightError("shared libraries with no copyright paragraph: "
                             + ", ".join(missing[:10]))
    return header.rstrip("\n") + "\n\n" + "\n\n".join(p.render() for p in paragraphs) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print("usage: deb_copyright.py HEADER BUNDLE_DIR PYZ_TOC", file=sys.stderr)
        return 2
    try:
        sys.stdout.write(build(Path(argv[1]).read_text(), Path(argv[2]), Path(argv[3])))
    except CopyrightError as exc:
        print(f"deb_copyright: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
