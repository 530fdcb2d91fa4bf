"""A refused package's report as the window shows it, in the interface's language.

The identity gate (reviewer/intake) reports each problem as a stable rule code, where (file,
line, field: never a value from the package) and a fixed English message; the command line
prints core's English report (gate_report.PackageRefused.report). The window words the
headline itself and translates each message it knows: every fixed message the gate can give
is listed below for pyside6-lupdate, and tests/ui/test_gate_wording.py fails when the gate
gains one that is not. Messages built with a value (a size cap, the kinds of identity data
found, a parser's error) are shown as the gate wrote them, in English.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate

MESSAGES = frozenset({
    QT_TRANSLATE_NOOP(
        "GateReport",
        "audio does not decode completely (header claims more data than the file holds)"),
    QT_TRANSLATE_NOOP("GateReport", "audio does not decode completely (truncated or corrupt)"),
    QT_TRANSLATE_NOOP("GateReport", "audio has no samples"),
    QT_TRANSLATE_NOOP("GateReport", "declared duration differs from the audio by more than 0.1 s"),
    QT_TRANSLATE_NOOP("GateReport", "audio does not decode completely (invalid samples)"),
    QT_TRANSLATE_NOOP("GateReport", "audio cannot be decoded (unknown or broken format)"),
    QT_TRANSLATE_NOOP("GateReport", "audio format is not WAV, FLAC, Ogg Vorbis, Ogg Opus or MP3"),
    QT_TRANSLATE_NOOP("GateReport", "sample rate is outside 8000-48000 Hz"),
    QT_TRANSLATE_NOOP("GateReport", "audio has more than 2 channels"),
    QT_TRANSLATE_NOOP("GateReport", "audio is longer than the package's max_clip_seconds"),
    QT_TRANSLATE_NOOP("GateReport", "package not found"),
    QT_TRANSLATE_NOOP("GateReport", "is neither a folder nor a file"),
    QT_TRANSLATE_NOOP("GateReport", "audio file not in the package"),
    QT_TRANSLATE_NOOP("GateReport", "file is not referenced by clips.jsonl"),
    QT_TRANSLATE_NOOP("GateReport", "header unusable"),
    QT_TRANSLATE_NOOP("GateReport", "audio file is larger than max_clip_seconds could need"),
    QT_TRANSLATE_NOOP("GateReport", "must be a date YYYY-MM-DD (no time of day)"),
    QT_TRANSLATE_NOOP("GateReport", "must be a JSON object"),
    QT_TRANSLATE_NOOP("GateReport", "must be a whole number of days from 1 to 365"),
    QT_TRANSLATE_NOOP("GateReport", "must be an object"),
    QT_TRANSLATE_NOOP("GateReport", "must be a number from 1 to 3600"),
    QT_TRANSLATE_NOOP("GateReport", "must be a list"),
    QT_TRANSLATE_NOOP("GateReport", "must be a list of strings"),
    QT_TRANSLATE_NOOP("GateReport", "an option appears twice"),
    QT_TRANSLATE_NOOP("GateReport", "required key is missing"),
    QT_TRANSLATE_NOOP("GateReport", "must be true or false"),
    QT_TRANSLATE_NOOP("GateReport", "only choice questions have options"),
    QT_TRANSLATE_NOOP("GateReport", "must not be empty"),
    QT_TRANSLATE_NOOP("GateReport", "must match [a-z][a-z0-9_]{0,31}"),
    QT_TRANSLATE_NOOP("GateReport", "question id used twice"),
    QT_TRANSLATE_NOOP("GateReport", "has no clips"),
    QT_TRANSLATE_NOOP("GateReport", "must be a number of seconds above 0"),
    QT_TRANSLATE_NOOP("GateReport", "clip id used twice"),
    QT_TRANSLATE_NOOP("GateReport", "must be a string"),
    QT_TRANSLATE_NOOP("GateReport", "is not valid UTF-8"),
    QT_TRANSLATE_NOOP("GateReport", "blank line"),
    QT_TRANSLATE_NOOP("GateReport", "line is too long"),
    QT_TRANSLATE_NOOP("GateReport", "is not valid Unicode (it has a lone surrogate)"),
    QT_TRANSLATE_NOOP("GateReport", "is empty"),
    QT_TRANSLATE_NOOP("GateReport", "contains a NUL character"),
    QT_TRANSLATE_NOOP("GateReport", "contains a backslash"),
    QT_TRANSLATE_NOOP("GateReport", "is absolute"),
    QT_TRANSLATE_NOOP("GateReport", "starts with a drive letter"),
    QT_TRANSLATE_NOOP("GateReport", "climbs out with '..'"),
    QT_TRANSLATE_NOOP("GateReport", "has empty or '.' components"),
    QT_TRANSLATE_NOOP("GateReport", "contains control characters"),
    QT_TRANSLATE_NOOP("GateReport", "is too long"),
    QT_TRANSLATE_NOOP("GateReport", "folder is not allowed (a package has one folder: audio/)"),
    QT_TRANSLATE_NOOP("GateReport", "file is missing from the package"),
    QT_TRANSLATE_NOOP("GateReport", "file is larger than the cap"),
    QT_TRANSLATE_NOOP("GateReport", "file changed size while being read"),
    QT_TRANSLATE_NOOP("GateReport", "entry is shorter than declared"),
    QT_TRANSLATE_NOOP("GateReport", "file cannot be opened without following a link"),
    QT_TRANSLATE_NOOP("GateReport", "is not a regular file"),
    QT_TRANSLATE_NOOP("GateReport", "entry does not read back cleanly"),
    QT_TRANSLATE_NOOP("GateReport", "file expands past its declared size"),
    QT_TRANSLATE_NOOP("GateReport", "identity field; packages must not carry identity"),
    QT_TRANSLATE_NOOP("GateReport", "unknown key"),
    QT_TRANSLATE_NOOP(
        "GateReport",
        "must be a lowercase UUID, a ULID, or a-z prefix, '_' and 32 hex digits"),
    QT_TRANSLATE_NOOP("GateReport", "must be named after the clip: audio/<clip_id>.<ext>"),
    QT_TRANSLATE_NOOP(
        "GateReport",
        "must be language[-Script][-REGION], such as en-US or zh-Hant-TW"),
    QT_TRANSLATE_NOOP(
        "GateReport",
        "language is not a registered ISO 639 code in its shortest lowercase form"),
    QT_TRANSLATE_NOOP(
        "GateReport",
        "region is not a registered ISO 3166 code (upper case, such as US) or "
        "a UN M.49 area; variants, extensions and private use are not allowed"),
    QT_TRANSLATE_NOOP(
        "GateReport",
        "script is not a registered ISO 15924 code (Titlecase, such as Hant)"),
    QT_TRANSLATE_NOOP("GateReport", "entry's local header cannot be read"),
    QT_TRANSLATE_NOOP("GateReport", "entry carries extra data; packages carry none"),
    QT_TRANSLATE_NOOP("GateReport", "entry has a malformed extra field"),
    QT_TRANSLATE_NOOP("GateReport", "contains characters that change text direction"),
    QT_TRANSLATE_NOOP("GateReport", "contains invisible characters"),
    QT_TRANSLATE_NOOP("GateReport", "contains private-use or unassigned characters"),
})


def problem_text(problem: Problem) -> str:
    """One problem: where, the message (translated when it is a known one), the rule."""
    where = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    if problem.field:
        where = f"{where}: {problem.field}"
    message = (translate("GateReport", problem.message) if problem.message in MESSAGES
               else problem.message)
    return f"{where}: {message} [{problem.rule}]"


class GateReport(QObject):
    """The context of the report's texts (self.tr: lupdate reads its plural forms)."""

    def headline(self, count: int) -> str:
        return self.tr("Package refused: %n problem(s); nothing was imported.", "", count)


def report_text(refused: PackageRefused) -> str:
    """The whole report: a headline, then one indented line per problem."""
    headline = GateReport().headline(len(refused.problems))
    return "\n".join([headline, *(f"  {problem_text(p)}" for p in refused.problems)])
