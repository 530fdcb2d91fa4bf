"""A refused package's report as the window shows it, in the interface's language.

The identity gate (reviewer/intake) reports each problem as a stable rule code, where (file,
line, field: never a value from the package) and a fixed English message; the command line
prints core's English report (gate_report.PackageRefused.report). The window words the
headline itself and translates each message it knows: every fixed message the gate can give
is listed below for pyside6-lupdate, and tests/ui/test_gate_wording.py fails when the gate
gains one that is not. A message built with values (a size cap, the kind of identity data
found) comes with its fixed wording and the values apart (Problem.template, .params) and is
worded here like the others.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from reviewer.core.errors import Param
from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, number, translate

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
    # Messages with values: {cap}, {maximum}: numbers; {value}, {values}: the allowed
    # values as the package must spell them; {problem}: another message here; {kind}: one of
    # KIND_WORDS.
    QT_TRANSLATE_NOOP("GateReport", "an entry name contains a NUL character"),
    QT_TRANSLATE_NOOP("GateReport", "archive has a comment; packages carry none"),
    QT_TRANSLATE_NOOP("GateReport", "at most {maximum} questions"),
    QT_TRANSLATE_NOOP("GateReport", "cannot be examined"),
    QT_TRANSLATE_NOOP("GateReport", "entry appears twice (names compared ignoring case)"),
    QT_TRANSLATE_NOOP("GateReport", "entry has a comment; packages carry none"),
    QT_TRANSLATE_NOOP("GateReport", "entry name {problem}"),
    QT_TRANSLATE_NOOP("GateReport", "expands more than 100:1 (compression ratio cap)"),
    QT_TRANSLATE_NOOP("GateReport", "expands more than 100:1 as a whole"),
    QT_TRANSLATE_NOOP("GateReport", "expands past the total size cap (4 GiB)"),
    QT_TRANSLATE_NOOP("GateReport", "folder cannot be listed"),
    QT_TRANSLATE_NOOP("GateReport", "folder entry carries data"),
    QT_TRANSLATE_NOOP("GateReport", "folder is empty"),
    QT_TRANSLATE_NOOP("GateReport", "has a key that appears twice in one object"),
    QT_TRANSLATE_NOOP("GateReport", "has too many entries"),
    QT_TRANSLATE_NOOP("GateReport", "has too many files"),
    QT_TRANSLATE_NOOP("GateReport", "is a link; links are not allowed in packages"),
    QT_TRANSLATE_NOOP("GateReport", "is a symbolic link; links are not allowed"),
    QT_TRANSLATE_NOOP("GateReport", "is encrypted"),
    QT_TRANSLATE_NOOP("GateReport", "is longer than {cap} characters"),
    QT_TRANSLATE_NOOP("GateReport", "is nested too deeply"),
    QT_TRANSLATE_NOOP("GateReport", "is not a readable zip archive"),
    QT_TRANSLATE_NOOP("GateReport", "is not a regular file (device, pipe or socket)"),
    QT_TRANSLATE_NOOP("GateReport", "is not valid JSON"),
    QT_TRANSLATE_NOOP("GateReport", "more than {maximum} clips"),
    QT_TRANSLATE_NOOP("GateReport", "must be 1-{maximum} characters"),
    QT_TRANSLATE_NOOP("GateReport", "must be 2-{maximum} options"),
    QT_TRANSLATE_NOOP("GateReport", "must be one of: {values}"),
    QT_TRANSLATE_NOOP("GateReport", "must be {value}"),
    QT_TRANSLATE_NOOP("GateReport", "package header file is missing"),
    QT_TRANSLATE_NOOP(
        "GateReport",
        "package header file is missing at the top level (it is "
        "inside a folder: package the folder's contents)"),
    QT_TRANSLATE_NOOP(
        "GateReport",
        "prompts, options and ids are longer than {cap} characters "
        "together"),
    QT_TRANSLATE_NOOP("GateReport", "uses NaN or Infinity, which JSON does not allow"),
    QT_TRANSLATE_NOOP("GateReport", "value looks like {kind}"),
    QT_TRANSLATE_NOOP("GateReport", "clip list file is missing"),
})


# The kinds of identity data the gate names in "value looks like {kind}" (intake/detect).
KIND_WORDS = {
    "email": QT_TRANSLATE_NOOP("GateReport", "an e-mail address"),
    "coordinates": QT_TRANSLATE_NOOP("GateReport", "coordinates"),
    "plus_code": QT_TRANSLATE_NOOP("GateReport", "a plus code"),
    "iban": QT_TRANSLATE_NOOP("GateReport", "a bank account number (IBAN)"),
    "card": QT_TRANSLATE_NOOP("GateReport", "a card number"),
    "imei": QT_TRANSLATE_NOOP("GateReport", "an IMEI"),
    "ssn": QT_TRANSLATE_NOOP("GateReport", "a national identity number"),
    "phone": QT_TRANSLATE_NOOP("GateReport", "a phone number"),
    "number": QT_TRANSLATE_NOOP("GateReport",
                                "a long number (account, phone or identity number)"),
    "ip": QT_TRANSLATE_NOOP("GateReport", "an IP address"),
    "mac": QT_TRANSLATE_NOOP("GateReport", "a hardware (MAC) address"),
    "serial": QT_TRANSLATE_NOOP("GateReport", "a serial number"),
    "address": QT_TRANSLATE_NOOP("GateReport", "a street address"),
    "postcode": QT_TRANSLATE_NOOP("GateReport", "a postcode"),
}


def _message(text: str) -> str:
    return translate("GateReport", text) if text in MESSAGES else text


def _value(name: str, value: Param) -> str:
    if name == "kind" and str(value) in KIND_WORDS:
        return translate("GateReport", KIND_WORDS[str(value)])
    if name == "problem":
        return _message(str(value))
    return number(value) if isinstance(value, int) else str(value)


def message_text(problem: Problem) -> str:
    """The problem's message in the interface's language (as the gate wrote it when the
    window does not know it)."""
    if problem.template in MESSAGES:
        values = {name: _value(name, value) for name, value in problem.params}
        try:
            return _message(problem.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a bad placeholder
            return problem.template.format(**values)
    return _message(problem.message)


def problem_text(problem: Problem) -> str:
    """One problem: where, the message (translated when it is a known one), the rule."""
    where = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    if problem.field:
        where = f"{where}: {problem.field}"
    return f"{where}: {message_text(problem)} [{problem.rule}]"


class GateReport(QObject):
    """The context of the report's texts (self.tr: lupdate reads its plural forms)."""

    def headline(self, count: int) -> str:
        return self.tr("Package refused: %n problem(s); nothing was imported.", "", count)


def report_text(refused: PackageRefused) -> str:
    """The whole report: a headline, then one indented line per problem."""
    headline = GateReport().headline(len(refused.problems))
    return "\n".join([headline, *(f"  {problem_text(p)}" for p in refused.problems)])
