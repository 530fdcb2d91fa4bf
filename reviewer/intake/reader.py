"""Reads the files of a package (a directory or a `.zip`) with caps, entirely in memory.

Opening checks what can be checked without reading contents: entry names, links, devices,
case-insensitive duplicates, and (for zips) declared sizes and compression ratios from the
central directory. Reading then enforces a hard byte limit while streaming, because declared
sizes can lie.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from reviewer.core.errors import Param
from reviewer.core.gate_report import Problem
from reviewer.intake import limits
from reviewer.intake.paths import path_problem, shown_path
from reviewer.intake.problems import worded
from reviewer.intake.shapes import AUDIO_FOLDER
from reviewer.intake.zipextra import zip_extra_problem

_CHUNK = 1 << 16
PACKAGE = "<package>"
FOLDER_NOT_ALLOWED = "folder is not allowed (a package has one folder: audio/)"


class EntryError(Exception):
    """A file of the package could not be read within the rules; message is fixed wording."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message


@dataclass
class Entry:
    name: str  # package-relative, "/"-separated
    size: int  # declared (zip) or stat (directory) size in bytes
    compressed: int = 0


@dataclass
class PackageSource(ABC):
    """The regular files of a package and how to read them."""

    entries: dict[str, Entry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    folded: set[str] = field(default_factory=set)  # case-folded names seen, for duplicates

    def refuse(self, rule: str, name: str, message: str, **params: Param) -> None:
        shown = name if name == PACKAGE else shown_path(name.rstrip("/"))
        self.problems.append(worded(rule, shown, message, params=params))

    @abstractmethod
    def read(self, name: str, limit: int) -> bytes:
        """The file's bytes; EntryError if missing, unreadable or larger than `limit`."""

    def close(self) -> None:  # noqa: B027 - only archives hold something to release
        """Releases the open archive, if any."""

    def __enter__(self) -> PackageSource:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _add(self, name: str, size: int, compressed: int = 0) -> None:
        problem = path_problem(name)
        if problem:
            self.refuse("path", name, "entry name {problem}", problem=problem)
            return
        folded = name.casefold()
        if folded in self.folded:
            self.refuse("duplicate", name, "entry appears twice (names compared ignoring case)")
            return
        self.folded.add(folded)
        self.entries[name] = Entry(name, size, compressed)

    def total_declared(self) -> int:
        return sum(e.size for e in self.entries.values())


class DirectorySource(PackageSource):
    """A package unpacked in a folder; nothing is followed through a symbolic link."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        self._walk()

    def _walk(self) -> None:
        stack = [""]
        count = 0
        while stack:
            prefix = stack.pop()
            try:
                with os.scandir(self.root / prefix if prefix else self.root) as it:
                    items = sorted(it, key=lambda d: d.name)
            except OSError:
                self.refuse("path", prefix or PACKAGE, "folder cannot be listed")
                continue
            for item in items:
                count += 1
                if count > limits.MAX_ENTRIES:
                    self.refuse("size", PACKAGE, "has too many files")
                    return
                name = f"{prefix}/{item.name}" if prefix else item.name
                try:
                    st = item.stat(follow_symlinks=False)
                except OSError:
                    self.refuse("path", name, "cannot be examined")
                    continue
                if stat.S_ISLNK(st.st_mode):
                    self.refuse("link", name, "is a symbolic link; links are not allowed")
                elif stat.S_ISDIR(st.st_mode):
                    self._folder(name, item)
                    stack.append(name)
                elif stat.S_ISREG(st.st_mode):
                    self._add(name, st.st_size)
                else:
                    self.refuse("device", name, "is not a regular file (device, pipe or socket)")

    def _folder(self, name: str, item: os.DirEntry[str]) -> None:
        """Only `audio/` may be a folder, and no folder may be empty (a name is data too)."""
        if name != AUDIO_FOLDER:
            self.refuse("path", name, FOLDER_NOT_ALLOWED)
        try:
            with os.scandir(item.path) as it:
                empty = next(it, None) is None
        except OSError:
            return
        if empty:
            self.refuse("path", name, "folder is empty")

    def read(self, name: str, limit: int) -> bytes:
        if name not in self.entries:
            raise EntryError("missing", "file is missing from the package")
        if self.entries[name].size > limit:
            raise EntryError("size", "file is larger than the cap")
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.root / name, flags)
        except OSError as exc:
            raise EntryError("path", "file cannot be opened without following a link") from exc
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise EntryError("device", "is not a regular file")
            # Read at most what stat promised (never preallocate the cap): files can grow.
            expected = self.entries[name].size
            data = fh.read(expected + 1) if expected < limit else fh.read(limit + 1)
        if len(data) > min(limit, self.entries[name].size):
            raise EntryError("size", "file changed size while being read")
        return data


class ZipSource(PackageSource):
    """A package in a zip archive, checked from its central directory before any extraction.
    The archive is a file, or bytes held in memory (a sealed package opened by the app)."""

    def __init__(self, path: Path | bytes) -> None:
        super().__init__()
        self.path = path
        self._file: BinaryIO = io.BytesIO(path if isinstance(path, bytes) else b"")
        try:
            if not isinstance(path, bytes):
                self._file = path.open("rb")
            self.zf: zipfile.ZipFile | None = zipfile.ZipFile(self._file)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            self.zf = None
            self.refuse("archive", PACKAGE, "is not a readable zip archive")
            return
        self._infos: dict[str, zipfile.ZipInfo] = {}
        if self.zf.comment:
            self.refuse("archive", PACKAGE, "archive has a comment; packages carry none")
        self._scan(self.zf.infolist())

    def _scan(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > limits.MAX_ENTRIES:
            self.refuse("size", PACKAGE, "has too many entries")
            return
        for info in infos:
            raw = info.orig_filename
            if "\x00" in raw:
                self.refuse("path", PACKAGE, "an entry name contains a NUL character")
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                self.refuse("link", raw, "is a link; links are not allowed in packages")
                continue
            if info.comment:
                self.refuse("archive", raw, "entry has a comment; packages carry none")
            extra = zip_extra_problem(info, self._file)
            if extra:
                self.refuse("archive", raw, extra)
                continue
            if info.is_dir() or stat.S_ISDIR(mode):
                problem = path_problem(raw.rstrip("/"))
                if problem:
                    self.refuse("path", raw, "entry name {problem}", problem=problem)
                elif info.file_size:
                    self.refuse("archive", raw, "folder entry carries data")
                elif raw.rstrip("/") != AUDIO_FOLDER:
                    self.refuse("path", raw, FOLDER_NOT_ALLOWED)
                continue
            if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                self.refuse("device", raw, "is not a regular file (device, pipe or socket)")
                continue
            if info.flag_bits & 0x1:
                self.refuse("archive", raw, "is encrypted")
                continue
            before = len(self.problems)
            self._add(raw, info.file_size, info.compress_size)
            if len(self.problems) == before:
                self._infos[raw] = info
                self._check_ratio(raw, info)
        total = self.total_declared()
        if total > limits.MAX_TOTAL_BYTES:
            self.refuse("size", PACKAGE, "expands past the total size cap (4 GiB)")
        on_disk = max(self._file.seek(0, io.SEEK_END), 1)
        if total > limits.RATIO_EXEMPT_BYTES and total > on_disk * limits.MAX_RATIO:
            self.refuse("size", PACKAGE, "expands more than 100:1 as a whole")

    def _check_ratio(self, name: str, info: zipfile.ZipInfo) -> None:
        if info.file_size <= limits.RATIO_EXEMPT_BYTES:
            return
        if info.file_size > max(info.compress_size, 1) * limits.MAX_RATIO:
            self.refuse("size", name, "expands more than 100:1 (compression ratio cap)")

    def read(self, name: str, limit: int) -> bytes:
        info = self._infos.get(name)
        if info is None or self.zf is None:
            raise EntryError("missing", "file is missing from the package")
        if info.file_size > limit:
            raise EntryError("size", "file is larger than the cap")
        # Never trust the declared size: stop at the smaller of the cap and the declaration.
        hard = min(limit, info.file_size)
        parts: list[bytes] = []
        got = 0
        try:
            with self.zf.open(info) as fh:
                while True:
                    chunk = fh.read(min(_CHUNK, hard + 1 - got))
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > hard:
                        raise EntryError("size", "file expands past its declared size")
                    parts.append(chunk)
        except EntryError:
            raise
        except Exception as exc:  # zlib, CRC, truncation: any failure of untrusted data
            raise EntryError("archive", "entry does not read back cleanly") from exc
        if got != info.file_size:
            raise EntryError("archive", "entry is shorter than declared")
        return b"".join(parts)

    def close(self) -> None:
        if self.zf is not None:
            self.zf.close()
        self._file.close()


def open_source(path: Path) -> PackageSource:
    """A source for the package at `path` (a folder or a zip file); problems are collected."""
    if path.is_dir():
        return DirectorySource(path)
    return ZipSource(path)
