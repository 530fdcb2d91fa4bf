"""The interface's translations: extract, compile, pseudo-translate.

    python resources/dev/update_translations.py update    # pyside6-lupdate: refresh the .ts
    python resources/dev/update_translations.py release   # pyside6-lrelease: .ts -> .qm
    python resources/dev/update_translations.py pseudo OUT_DIR   # pseudo locale (tests)

`update` reads every marked string in reviewer/ui (the only layer that shows text; core
returns codes the ui words) into resources/translations/reviewer_<lang>.ts, keeping what is
already translated; English keeps only the plural forms. Run it after changing ui text, then
translate what it marks unfinished (pyside6-linguist, or by hand).

`release` compiles the .ts into .qm beside them (build output, not committed: dev.sh and the
packaging build run it) and copies Qt's own qtbase_<lang>.qm there, so the frozen bundle
carries the standard buttons' translations with the app's. It prints lrelease's counts.

`pseudo` writes reviewer_pseudo.ts/.qm: every source text accented, about 40% longer and
bracketed ("[Ŝàṽé ~~~]"), placeholders (%n, %1, {name}) and & mnemonics kept working, so a
test can see any text that did not go through the translation and any layout that clips.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
SOURCES = ROOT / "reviewer" / "ui"
LANGUAGES = ("en", "de", "es")
QT_LANGUAGES = ("de", "es")  # qtbase_en does not exist: Qt's source text is English
PSEUDO_OPEN, PSEUDO_CLOSE = "[", "]"

_ACCENTS = str.maketrans(
    "abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ",
    "àƀçðéĝĥîķļñöŕšţûŵýžÀƁÇÐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ")


def tool(name: str) -> str:
    """A PySide6 tool next to this interpreter (the venv's bin), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) first")
    return found


def update() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.glob("*.py"))
    for language in LANGUAGES:
        ts = TS_DIR / f"reviewer_{language}.ts"
        extra = ["-pluralonly"] if language == "en" else []
        subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                        "-target-language", language, *extra, "-ts", str(ts)],
                       cwd=ROOT, check=True)
    english_plurals(TS_DIR / "reviewer_en.ts")


def english_plurals(ts: Path) -> None:
    """Fill English plural forms still empty: "%n clip(s)" reads "%n clip" and "%n clips".
    A word whose plural is not "+s" is written into reviewer_en.ts by hand (kept after)."""
    tree = ET.parse(ts)  # noqa: S314 (the project's own .ts)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        if translation is None or any(f.text for f in forms):
            continue
        text = message.findtext("source") or ""
        for child in forms:
            translation.remove(child)
        translation.attrib.pop("type", None)
        for form in (text.replace("(s)", ""), text.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = form
        changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(folder: Path = TS_DIR) -> str:
    """Compile every reviewer_*.ts in `folder`; returns lrelease's report."""
    out = []
    for ts in sorted(folder.glob("reviewer_*.ts")):
        done = subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                               str(ts.with_suffix(".qm"))],
                              capture_output=True, text=True, check=True)
        out.append(f"{ts.name}: {done.stdout.strip()}")
    if folder == TS_DIR:
        from PySide6.QtCore import QLibraryInfo

        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for language in QT_LANGUAGES:
            source = qt_dir / f"qtbase_{language}.qm"
            if source.is_file():
                shutil.copyfile(source, folder / source.name)
    return "\n".join(out)


def pseudo_text(text: str) -> str:
    """Accented, ~40% longer, bracketed; %n/%1, {name}, HTML tags and entities and
    &-mnemonics survive intact."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "%" and i + 1 < len(text) and (text[i + 1] == "n" or text[i + 1].isdigit()):
            out.append(text[i:i + 2])
            i += 2
        elif c == "<" and ">" in text[i:]:  # an HTML tag stays a tag
            end = text.index(">", i)
            out.append(text[i:end + 1])
            i = end + 1
        elif c == "&" and re.match(r"&#?\w+;", text[i:]):  # and an entity an entity
            end = text.index(";", i)
            out.append(text[i:end + 1])
            i = end + 1
        elif c == "{":
            end = text.find("}", i)
            end = len(text) - 1 if end < 0 else end
            out.append(text[i:end + 1])
            i = end + 1
        elif c == "&" and i + 1 < len(text):
            out.append(text[i:i + 2].translate(_ACCENTS))
            i += 2
        else:
            out.append(c.translate(_ACCENTS))
            i += 1
    body = "".join(out)
    padding = "~" * max(2, round(len(text) * 0.4))
    return f"{PSEUDO_OPEN}{body} {padding}{PSEUDO_CLOSE}"


def pseudo(out_dir: Path, source: Path = TS_DIR / "reviewer_de.ts") -> Path:
    """reviewer_pseudo.ts (and .qm) in out_dir, from every message of `source`."""
    tree = ET.parse(source)  # noqa: S314 (the project's own .ts)
    root = tree.getroot()
    root.set("language", "eo")
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(text)
        else:
            translation.text = pseudo_text(text)
    out_dir.mkdir(parents=True, exist_ok=True)
    ts = out_dir / "reviewer_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    release(out_dir)
    return ts.with_suffix(".qm")


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["release"]:
        print(release())
    elif argv[:1] == ["pseudo"] and len(argv) == 2:
        print(pseudo(Path(argv[1])))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
