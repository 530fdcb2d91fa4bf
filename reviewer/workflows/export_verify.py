"""`reviewer export verify DIR`: checks a results export the way its users will read it.

Two layouts (docs/formats.md, "Results export" and "Collected results"):
- an export folder (`reviewer export --out DIR`): per package `<package_id>.header.json`, its
  `.manifest.jsonl` and `.status.jsonl` and, with audio, the `<package_id>.audio/` folder;
- a collected folder (`reviewer org collect --out DIR`): `headers.jsonl`, `manifest.jsonl`,
  `status.jsonl` and, for packages exported with audio, `<package_id>/<clip_id>.flac`.
A folder holding sealed exports (`*.export.age`) is refused: only `org collect` opens them.

Checked: every line and header against the JSON Schemas (core/export_schemas.py); the
digests a header records (its manifest and status files, and the audio); the counts; that
every training line is valid for NeMo's manifest reader (core/nemo_manifest.py); and, for
each line whose audio is included, that its path is relative and stays in DIR, the file
exists, decodes completely, and lasts `duration` within 0.1 s; no audio file is left
unreferenced. Problems name a file and line, and never quote a value.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any

import jsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from reviewer.audio.decode import AudioDecodeError
from reviewer.audio.file_probe import AudioFileFacts, probe_audio
from reviewer.core.errors import RefusedInput
from reviewer.core.export_schemas import (
    COLLECTED_MANIFEST_LINE,
    HEADER,
    MANIFEST_LINE,
    STATUS_AUDIO_WITHHELD,
    STATUS_ESCALATED,
    STATUS_LINE,
    STATUS_SKIPPED,
    known_keys,
)
from reviewer.core.nemo_manifest import line_problems, raw_line_problems
from reviewer.intake import jsonsafe
from reviewer.intake.jsonsafe import JsonRefused

DURATION_TOLERANCE = 0.1  # seconds, as the gate allows between declared and decoded
MAX_HEADER_BYTES = 1 << 20
MAX_PACKAGE_FILE_BYTES = 256 << 20  # as org collect allows a member of an export
MAX_COLLECTED_FILE_BYTES = 1 << 30
MAX_AUDIO_BYTES = 1 << 30
AUDIO_FORMAT = "FLAC"

HEADERS_FILE, COLLECTED_MANIFEST, COLLECTED_STATUS = (
    "headers.jsonl", "manifest.jsonl", "status.jsonl")
_SEALED, _HEADER, _MANIFEST, _STATUS, _AUDIO = (
    ".export.age", ".header.json", ".manifest.jsonl", ".status.jsonl", ".audio")

AudioProbe = Callable[[bytes], AudioFileFacts]


class Layout(StrEnum):
    EXPORT = "export folder"
    COLLECTED = "collected folder"


@dataclass(frozen=True)
class Problem:
    file: str  # relative to the verified folder
    line: int | None  # 1-based
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


@dataclass
class VerifyReport:
    folder: Path
    layout: Layout
    packages: int = 0
    manifest_lines: int = 0
    status_lines: int = 0
    audio_checked: int = 0
    packages_without_audio: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """The one line printed when the folder is valid."""
        line = (f"valid: {self.manifest_lines} manifest line(s), {self.status_lines} status "
                f"line(s), {self.audio_checked} audio file(s) checked")
        if self.packages_without_audio == self.packages:
            return line + ("; the audio was not included (audio_filepath names each clip's "
                           "file in its work package)")
        if self.packages_without_audio:
            return (line + f"; the audio was not included for {self.packages_without_audio} "
                           f"of {self.packages} package(s)")
        return line


def verify_export(folder: Path, probe: AudioProbe = probe_audio) -> VerifyReport:
    """Checks `folder`; RefusedInput when it is not a readable results folder at all."""
    if not folder.is_dir():
        raise RefusedInput(f"{folder} is not a folder" if folder.exists()
                           else f"{folder} does not exist")
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError as exc:
        raise RefusedInput(f"{folder} cannot be read ({type(exc).__name__})") from None
    sealed = [n for n in names if n.endswith(_SEALED)]
    if sealed:
        more = f", and {len(sealed) - 1} more" if len(sealed) > 1 else ""
        raise RefusedInput(f"{folder} holds sealed exports ({_printable(sealed[0])}{more}): "
                           "open them with `reviewer org collect` first")
    headers = [n for n in names if n.endswith(_HEADER)]
    if HEADERS_FILE in names and headers:
        raise RefusedInput(f"{folder} holds both an export ({headers[0]}) and collected "
                           f"results ({HEADERS_FILE}): verify them in separate folders")
    if HEADERS_FILE in names:
        return _Collected(folder, probe).run()
    if headers:
        return _Export(folder, names, probe).run()
    raise RefusedInput(f"{folder} holds no results: no <package_id>.header.json (an export) "
                       f"and no {HEADERS_FILE} (collected results)")


# ---------------------------------------------------------------- reading and schemas

class _Unreadable(Exception):
    """A file that cannot be used at all (missing, too large, not UTF-8): one problem."""


def _ecma_search(pattern: str, text: str) -> bool:
    """JSON Schema's `pattern` (ECMA-262): `$` ends the text. Python's `$` would also match
    before a final newline, letting "id\\n" pass for an id."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.search(pattern, text) is not None


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    if validator.is_type(instance, "string") and not _ecma_search(pattern, instance):
        yield ValidationError("does not have the required shape")


_Validator = jsonschema.validators.extend(Draft202012Validator, {"pattern": _pattern})
_KNOWN_KEYS = known_keys()
_JSON_TYPES = {"object": "an object", "array": "a list", "string": "a string",
               "number": "a number", "integer": "an integer", "boolean": "true or false",
               "null": "null"}


def _key(name: object) -> str:
    return str(name) if name in _KNOWN_KEYS else "<key>"


def _where(path: Iterable[object]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (("." if out else "") + _key(part))
    return out


def _error_text(error: ValidationError) -> list[str]:
    """Wording for one schema error; values are never quoted, unknown key names hidden."""
    where = _where(error.absolute_path)
    prefix = f"{where}: " if where else ""
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "additionalProperties" and isinstance(instance, dict):
        allowed = set(error.schema.get("properties", {}))
        return [f"{_where([*error.absolute_path, k])}: unexpected key"
                for k in sorted(instance) if k not in allowed]
    if kind == "required" and isinstance(instance, dict):
        return [f"{_where([*error.absolute_path, k])}: missing"
                for k in expected if k not in instance]
    if kind == "type":
        types = [expected] if isinstance(expected, str) else list(expected)
        return [prefix + "must be " + " or ".join(_JSON_TYPES.get(t, t) for t in types)]
    if kind == "enum":
        return [prefix + "must be one of " + ", ".join(json.dumps(v) for v in expected)]
    if kind == "const":
        return [prefix + f"must be {json.dumps(expected)}"]
    if kind == "pattern":
        return [prefix + "does not have the required shape"]
    if kind == "propertyNames":
        return [prefix + "a key does not have the required shape"]
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return [prefix + "out of range"]
    if kind == "uniqueItems":
        return [prefix + "repeats an item"]
    if kind in ("maxProperties", "minProperties", "minLength", "maxLength"):
        return [prefix + "has too many or too few entries or characters"]
    return [prefix + f"does not follow the schema ({kind})"]


def _schema_problems(validator: Any, item: object) -> list[tuple[str, str]]:
    """(top-level key or "", message) of every schema error of `item`."""
    out: list[tuple[str, str]] = []
    for error in sorted(validator.iter_errors(item), key=lambda e: list(map(str, e.path))):
        top = str(error.absolute_path[0]) if error.absolute_path else ""
        out += [(top, text) for text in _error_text(error)]
    return out


def _printable(name: str) -> str:
    return name if name.isprintable() and len(name) <= 255 else "<name>"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class _Line:
    number: int
    item: dict[str, Any] | None  # None when the line is not a JSON object
    valid: bool  # follows its schema


# ---------------------------------------------------------------- shared checks

class _Checker:
    def __init__(self, folder: Path, layout: Layout, probe: AudioProbe) -> None:
        self.folder = folder
        self.root = folder.resolve()
        self.probe = probe
        self.report = VerifyReport(folder, layout)

    def problem(self, file: str, line: int | None, message: str) -> None:
        self.report.problems.append(Problem(file, line, message))

    def read(self, name: str, cap: int) -> bytes:
        path = self.folder / name
        try:
            if path.is_symlink() or not path.is_file():
                raise _Unreadable("missing" if not path.exists() and not path.is_symlink()
                                  else "not a regular file")
            if path.stat().st_size > cap:
                raise _Unreadable(f"larger than {cap >> 20} MiB")
            return path.read_bytes()
        except OSError as exc:
            raise _Unreadable(f"cannot be read ({type(exc).__name__})") from None

    def jsonl(self, name: str, data: bytes, validator: Any, nemo: bool) -> list[_Line]:
        """The file's lines, each checked against its schema (and NeMo's rules)."""
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            self.problem(name, None, "is not UTF-8")
            return []
        if text and not text.endswith("\n"):
            self.problem(name, None, "the last line does not end with a newline")
        raws = text.split("\n")
        if raws[-1] == "":
            raws.pop()
        out: list[_Line] = []
        for number, raw in enumerate(raws, start=1):
            if nemo and raw_line_problems(raw):
                for message in raw_line_problems(raw):
                    self.problem(name, number, f"NeMo: {message}")
                out.append(_Line(number, None, False))
                continue
            item = self.parse(name, number, raw)
            if item is None:
                out.append(_Line(number, None, False))
                continue
            path_problem = _unsafe_path(item.get("audio_filepath"))
            out.append(_Line(number, item,
                             self.validate(name, number, item, validator, path_problem)))
            for message in line_problems(item) if nemo else ():
                if not (path_problem and message.startswith("audio_filepath:")):
                    self.problem(name, number, f"NeMo: {message}")
        return out

    def parse(self, name: str, number: int | None, raw: str) -> dict[str, Any] | None:
        """A JSON object, or None once its problem is told."""
        if not raw.strip():
            self.problem(name, number, "is blank")
            return None
        try:  # the gate's strict reading: no duplicate keys, no NaN, bounded depth
            item = jsonsafe.loads(raw.encode("utf-8"))
        except JsonRefused as exc:
            self.problem(name, number, str(exc))
            return None
        if not isinstance(item, dict):
            self.problem(name, number, "is not a JSON object")
            return None
        return item

    def validate(self, name: str, number: int | None, item: dict[str, Any], validator: Any,
                 path_problem: str | None = None) -> bool:
        """Whether `item` follows its schema; an unsafe audio path is told in its own words
        instead of the schema's."""
        found = _schema_problems(validator, item)
        if path_problem:
            self.problem(name, number, f"audio_filepath: {path_problem}")
        for top, message in found:
            if not (path_problem and top == "audio_filepath"):
                self.problem(name, number, message)
        return not found and not path_problem

    def spans(self, name: str, line: _Line) -> None:
        assert line.item is not None
        duration = line.item["duration"]
        for i, span in enumerate(line.item["critical_spans"]):
            start, end = span["start"], span["end"]
            if start is None:
                continue
            if start >= end:
                self.problem(name, line.number, f"critical_spans[{i}]: ends before it starts")
            elif end > duration + DURATION_TOLERANCE:
                self.problem(name, line.number,
                             f"critical_spans[{i}]: ends after the clip's duration")

    def audio(self, manifest: str, line: _Line, relative: str) -> str | None:
        """Checks the audio at `relative` (already known safe in shape) for this line; its
        SHA-256, or None when it is missing or does not read."""
        assert line.item is not None
        path = self.folder / relative
        try:
            if not self.inside(path):
                self.problem(manifest, line.number,
                             "audio_filepath: leaves the folder (through a symbolic link)")
                return None
            if not path.exists():
                self.problem(manifest, line.number, "audio_filepath: the file is missing")
                return None
            if not path.is_file():
                self.problem(manifest, line.number, "audio_filepath: not a regular file")
                return None
            if path.stat().st_size > MAX_AUDIO_BYTES:
                self.problem(manifest, line.number, "audio_filepath: the file is larger "
                             f"than {MAX_AUDIO_BYTES >> 20} MiB")
                return None
            data = path.read_bytes()
        except OSError as exc:
            self.problem(manifest, line.number,
                         f"audio_filepath: the file cannot be read ({type(exc).__name__})")
            return None
        self.report.audio_checked += 1
        try:
            facts = self.probe(data)
        except AudioDecodeError as exc:
            self.problem(manifest, line.number, f"audio_filepath: the file {exc}")
            return _sha256(data)
        if facts.format != AUDIO_FORMAT:
            self.problem(manifest, line.number,
                         f"audio_filepath: not a FLAC file ({_printable(facts.format)})")
        if facts.frames != facts.declared_frames:
            self.problem(manifest, line.number, "audio_filepath: the file is truncated or "
                         f"damaged ({facts.frames} of {facts.declared_frames} frames decode)")
        elif abs(facts.seconds - line.item["duration"]) > DURATION_TOLERANCE:
            self.problem(manifest, line.number,
                         f"duration: {line.item['duration']} s, but the audio lasts "
                         f"{facts.seconds:.3f} s (more than {DURATION_TOLERANCE} s apart)")
        return _sha256(data)

    def inside(self, path: Path) -> bool:
        try:
            return path.resolve().is_relative_to(self.root)
        except (OSError, RuntimeError):  # a symlink loop
            return False

    def unreferenced(self, folder_name: str, referenced: set[str], manifest: str) -> None:
        """Every file of `folder_name` (relative to DIR) is a referenced audio file."""
        base = self.folder / folder_name
        if base.is_symlink() or not base.is_dir():
            self.problem(folder_name, None, "is not a folder")
            return
        for dirpath, dirnames, filenames in os.walk(base):
            rel_dir = PurePosixPath(Path(dirpath).relative_to(self.folder).as_posix())
            for d in sorted(dirnames):
                self.problem(_printable(str(rel_dir / d)), None,
                             "unexpected folder (an audio folder holds files only)")
            dirnames.clear()
            for f in sorted(filenames):
                rel = str(rel_dir / f)
                if rel not in referenced:
                    self.problem(_printable(rel), None, f"not referenced by {manifest}")

    def counts(self, where: str, line: int | None, header: Mapping[str, Any],
               manifest_lines: int, statuses: Counter[str]) -> None:
        counts = header["counts"]
        expected = {
            "done": manifest_lines + statuses[STATUS_AUDIO_WITHHELD],
            "skipped": statuses[STATUS_SKIPPED],
            "escalated": statuses[STATUS_ESCALATED],
            "audio_withheld": statuses[STATUS_AUDIO_WITHHELD],
            "audio_files": manifest_lines if header["audio"] else 0,
        }
        for key, value in expected.items():
            if counts[key] != value:
                self.problem(where, line, f"counts.{key}: {counts[key]}, but the files "
                             f"hold {value}")
        total = sum(counts[k] for k in ("done", "skipped", "escalated", "unfinished"))
        if header["clips_in_package"] != total:
            self.problem(where, line, "clips_in_package is not done + skipped + escalated + "
                         "unfinished")
        if statuses[STATUS_AUDIO_WITHHELD] and not header["audio"]:
            self.problem(where, line, "audio_withheld clips in an export without audio")

    def statuses(self, lines: list[_Line]) -> Counter[str]:
        return Counter(str(x.item["status"]) for x in lines if x.item is not None)

    def duplicates(self, seen: dict[str, tuple[str, int]], name: str,
                   lines: list[_Line]) -> None:
        for x in lines:
            if x.item is None or not isinstance(x.item.get("clip_id"), str):
                continue
            clip_id = x.item["clip_id"]
            if clip_id in seen:
                first = seen[clip_id]
                self.problem(name, x.number, f"clip_id: also at {first[0]}:{first[1]}")
            else:
                seen[clip_id] = (name, x.number)


def _unsafe_path(value: object) -> str | None:
    """Why an audio path could name a file outside the folder (or none), or None."""
    if not isinstance(value, str):
        return None  # the schema says it
    if "\\" in value or "\x00" in value:
        return "holds a backslash or NUL"
    if value.startswith("/") or re.match(r"[A-Za-z]:", value) or value.startswith("~"):
        return "is absolute"
    parts = value.split("/")
    if ".." in parts:
        return "has a '..' component"
    if "" in parts or "." in parts:
        return "has an empty or '.' component"
    return None


def _audio_digest(entries: list[tuple[str, str]]) -> str:
    """The header's `audio_sha256`: one `<sha256>  <audio_filepath>` line per manifest line."""
    return _sha256("".join(f"{digest}  {path}\n" for digest, path in entries).encode())


# ---------------------------------------------------------------- export folder

class _Export(_Checker):
    def __init__(self, folder: Path, names: list[str], probe: AudioProbe) -> None:
        super().__init__(folder, Layout.EXPORT, probe)
        self.names = names
        self.header_validator = _Validator(HEADER)
        self.line_validator = _Validator(MANIFEST_LINE)
        self.status_validator = _Validator(STATUS_LINE)

    def run(self) -> VerifyReport:
        packages = [n[: -len(_HEADER)] for n in self.names if n.endswith(_HEADER)]
        for stray in self.names:
            stem = stray.split(".", 1)[0]
            if stray.endswith((_MANIFEST, _STATUS, _AUDIO)) and stem not in packages:
                self.problem(_printable(stray), None,
                             f"no {stem if stem.isprintable() else '<package>'}{_HEADER} "
                             "beside it")
        for package in packages:
            self.package(package)
        return self.report

    def package(self, package: str) -> None:
        name = package + _HEADER
        self.report.packages += 1
        header = self.header(package)
        if header is None or not header["audio"]:
            self.report.packages_without_audio += 1
        if header is None:
            return
        manifest_name, status_name = package + _MANIFEST, package + _STATUS
        lines = self.file_lines(name, manifest_name, "manifest_sha256", header,
                                self.line_validator, nemo=True)
        statuses = self.file_lines(name, status_name, "status_sha256", header,
                                   self.status_validator, nemo=False)
        self.report.manifest_lines += len(lines)
        self.report.status_lines += len(statuses)
        seen: dict[str, tuple[str, int]] = {}
        self.duplicates(seen, manifest_name, lines)
        self.duplicates(seen, status_name, statuses)
        parsed = all(x.item is not None for x in lines)  # else the lines' problems say enough
        if parsed and all(x.valid for x in statuses):
            self.counts(name, None, header, len(lines), self.statuses(statuses))
        for line in lines:
            if line.item is not None and line.valid:
                self.spans(manifest_name, line)
        audio_dir = self.folder / (package + _AUDIO)
        if header["audio"]:
            self.package_audio(package, header, lines, parsed)
        elif audio_dir.exists() or audio_dir.is_symlink():
            self.problem(package + _AUDIO, None,
                         "an audio folder, but the header says the audio was not included")
        else:
            for line in lines:
                if line.item is None or not line.valid:
                    continue
                path = line.item["audio_filepath"]
                if not path.startswith("audio/") or PurePosixPath(path).stem != line.item[
                        "clip_id"]:
                    self.problem(manifest_name, line.number, "audio_filepath: must be "
                                 "audio/<clip_id>.<ext> (the clip's file in its package)")

    def header(self, package: str) -> dict[str, Any] | None:
        """The package's header when it follows its schema and names its own files."""
        name = package + _HEADER
        try:
            header = self.parse(name, None, self.read(name, MAX_HEADER_BYTES).decode("utf-8"))
        except _Unreadable as exc:
            self.problem(name, None, str(exc))
            return None
        except UnicodeDecodeError:
            self.problem(name, None, "is not UTF-8")
            return None
        if header is None or not self.validate(name, None, header, self.header_validator):
            return None
        if header["package_id"] != package:
            self.problem(name, None, "package_id: not the package its file is named after")
        expected = {"manifest_file": package + _MANIFEST, "status_file": package + _STATUS,
                    "audio_dir": package + _AUDIO if header["audio"] else None}
        for key, value in expected.items():
            if header[key] != value:
                self.problem(name, None, f"{key}: must be {json.dumps(value)}")
        return header

    def package_audio(self, package: str, header: Mapping[str, Any], lines: list[_Line],
                      parsed: bool) -> None:
        """Each line's FLAC in `<package_id>.audio/`, the audio digest, nothing else there."""
        manifest_name, folder = package + _MANIFEST, package + _AUDIO
        entries: list[tuple[str, str]] = []
        referenced: set[str] = set()
        complete = True
        for line in lines:
            if line.item is None or not line.valid:
                complete = False
                if line.item is not None and isinstance(line.item.get("clip_id"), str):
                    # its file is not reported again as unreferenced
                    referenced.add(f"{folder}/{line.item['clip_id']}.flac")
                continue
            path = line.item["audio_filepath"]
            if path != f"{folder}/{line.item['clip_id']}.flac":
                self.problem(manifest_name, line.number,
                             f"audio_filepath: must be {folder}/<clip_id>.flac")
                complete = False
                continue
            referenced.add(path)
            digest = self.audio(manifest_name, line, path)
            if digest is None:
                complete = False
            else:
                entries.append((digest, path))
        if parsed and ((self.folder / folder).exists() or (self.folder / folder).is_symlink()):
            self.unreferenced(folder, referenced, manifest_name)
        if complete and _audio_digest(entries) != header["audio_sha256"]:
            self.problem(package + _HEADER, None, "audio_sha256 does not match the audio files "
                         "(changed after export)")

    def file_lines(self, header_name: str, name: str, digest_key: str,
                   header: Mapping[str, Any], validator: Any, nemo: bool) -> list[_Line]:
        try:
            data = self.read(name, MAX_PACKAGE_FILE_BYTES)
        except _Unreadable as exc:
            self.problem(name, None, str(exc))
            return []
        if _sha256(data) != header[digest_key]:
            self.problem(header_name, None,
                         f"{digest_key} does not match {name} (changed after export)")
        return self.jsonl(name, data, validator, nemo)


# ---------------------------------------------------------------- collected folder

class _Collected(_Checker):
    def __init__(self, folder: Path, probe: AudioProbe) -> None:
        super().__init__(folder, Layout.COLLECTED, probe)

    def lines_of(self, name: str, schema: dict[str, Any], nemo: bool) -> list[_Line]:
        try:
            data = self.read(name, MAX_COLLECTED_FILE_BYTES)
        except _Unreadable as exc:
            self.problem(name, None, str(exc))
            return []
        return self.jsonl(name, data, _Validator(schema), nemo)

    def run(self) -> VerifyReport:
        headers = self.lines_of(HEADERS_FILE, HEADER, nemo=False)
        lines = self.lines_of(COLLECTED_MANIFEST, COLLECTED_MANIFEST_LINE, nemo=True)
        statuses = self.lines_of(COLLECTED_STATUS, STATUS_LINE, nemo=False)
        self.report.manifest_lines = len(lines)
        self.report.status_lines = len(statuses)
        seen_clips: dict[str, tuple[str, int]] = {}
        self.duplicates(seen_clips, COLLECTED_MANIFEST, lines)
        self.duplicates(seen_clips, COLLECTED_STATUS, statuses)

        by_package: dict[str, tuple[int, dict[str, Any]]] = {}
        for h in headers:
            self.report.packages += 1
            if h.item is None or not h.valid:
                self.report.packages_without_audio += 1
                continue
            package = h.item["package_id"]
            if package in by_package:
                self.problem(HEADERS_FILE, h.number, "package_id: also at "
                             f"{HEADERS_FILE}:{by_package[package][0]} (two exports of one "
                             "package: collect only the latest)")
                continue
            by_package[package] = (h.number, h.item)
            if not h.item["audio"]:
                self.report.packages_without_audio += 1
        headers_ok = all(h.valid for h in headers) and len(by_package) == len(headers)
        parts = self.status_parts(by_package, statuses) if headers_ok else {}
        if not all(x.valid for x in lines):
            return self.report  # which package a broken line belongs to is not known
        grouped: dict[str, list[_Line]] = {p: [] for p in by_package}
        for line in lines:
            assert line.item is not None
            package = line.item["audio_filepath"].split("/", 1)[0]
            if package in grouped:
                grouped[package].append(line)
            else:
                self.problem(COLLECTED_MANIFEST, line.number,
                             f"audio_filepath: names a package not in {HEADERS_FILE}")
        for package, (number, header) in by_package.items():
            if package in parts:
                self.counts(HEADERS_FILE, number, header, len(grouped[package]),
                            self.statuses(parts[package]))
            self.package(package, number, header, grouped[package])
        return self.report

    def package(self, package: str, number: int, header: dict[str, Any],
                lines: list[_Line]) -> None:
        audio: bool = header["audio"]
        originals: list[str] = []
        entries: list[tuple[str, str]] = []
        referenced: set[str] = set()
        audio_complete = True
        for line in lines:
            assert line.item is not None
            self.spans(COLLECTED_MANIFEST, line)
            clip_id, path = line.item["clip_id"], line.item["audio_filepath"]
            name = PurePosixPath(path).name
            if PurePosixPath(path).stem != clip_id or (audio and not name.endswith(".flac")):
                self.problem(COLLECTED_MANIFEST, line.number, "audio_filepath: must be "
                             f"<package_id>/<clip_id>.{'flac' if audio else '<ext>'}")
                audio_complete = False
            # The line as its export wrote it: collect only rewrote the audio path and
            # added the source path (docs/formats.md, "Collected results").
            original = {k: v for k, v in line.item.items() if k != "source_audio_filepath"}
            original["audio_filepath"] = (f"{package}{_AUDIO}/{name}" if audio
                                          else f"audio/{name}")
            originals.append(json.dumps(original, ensure_ascii=False) + "\n")
            if audio:
                referenced.add(path)
                digest = self.audio(COLLECTED_MANIFEST, line, path)
                if digest is None:
                    audio_complete = False
                else:
                    entries.append((digest, original["audio_filepath"]))
        if _sha256("".join(originals).encode()) != header["manifest_sha256"]:
            self.problem(HEADERS_FILE, number, f"manifest_sha256 does not match the lines of "
                         f"package {package} in {COLLECTED_MANIFEST} (changed after export, "
                         "or lines missing)")
        if audio:
            if (self.folder / package).exists() or (self.folder / package).is_symlink():
                self.unreferenced(package, referenced, COLLECTED_MANIFEST)
            if audio_complete and _audio_digest(entries) != header["audio_sha256"]:
                self.problem(HEADERS_FILE, number, f"audio_sha256 does not match the audio "
                             f"files of package {package} (changed after export)")

    def status_parts(self, by_package: Mapping[str, tuple[int, dict[str, Any]]],
                     statuses: list[_Line]) -> dict[str, list[_Line]]:
        """status.jsonl holds each export's status lines in turn, in the headers' order: the
        headers' counts split it, and each part must have its header's digest. The parts
        that can be told, by package."""
        sizes = [(package, number, header, sum(header["counts"][k] for k in (
            STATUS_SKIPPED, STATUS_ESCALATED, STATUS_AUDIO_WITHHELD)))
            for package, (number, header) in by_package.items()]
        total = sum(size for *_, size in sizes)
        if total != len(statuses):
            self.problem(COLLECTED_STATUS, None, f"holds {len(statuses)} line(s), but the "
                         f"headers count {total} skipped, escalated or withheld clip(s)")
            return {}
        parts: dict[str, list[_Line]] = {}
        start = 0
        for package, number, header, size in sizes:
            part = statuses[start:start + size]
            start += size
            if not all(x.valid for x in part):
                continue
            parts[package] = part
            text = "".join(json.dumps(x.item, ensure_ascii=False) + "\n" for x in part)
            if _sha256(text.encode()) != header["status_sha256"]:
                self.problem(HEADERS_FILE, number, "status_sha256 does not match the status "
                             f"lines of package {package} (changed after export)")
        return parts
