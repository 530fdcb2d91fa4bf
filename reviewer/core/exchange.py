"""The exchange: where sealed files travel between the organisation, workstations and leads.

One port (`ExchangeStore`), two transports (a shared folder, an S3-compatible object store;
reviewer/exchange/). The store only ever holds sealed (and signed) bytes, under one layout:

    inbox/<workstation>/<name>        sealed packages for that workstation
    results/<workstation>/<name>      its sealed exports
    escalations/<workstation>/<name>  its escalation envelopes (read by leads)
    decisions/<name>                  leads' decision records

Every object is named by its content: `<sha256 of the bytes>.<kind>`. With create-only writes
that makes delivery idempotent: writing the same bytes twice is one object, and two different
files can never take each other's name. A reader checks the bytes against their name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from reviewer.core.errors import ReviewerError

# Lower case so that a prefix means the same on case-insensitive folders and in S3 policies.
WORKSTATION_PATTERN = r"^[a-z0-9][a-z0-9-]{0,62}$"
_WORKSTATION = re.compile(WORKSTATION_PATTERN)
_NAME = re.compile(r"^([0-9a-f]{64})\.(rpkg|age)$")
KINDS = ("rpkg", "age")  # a sealed package; any other sealed file (export, envelope, record)

INBOX = "inbox/"
RESULTS = "results/"
ESCALATIONS = "escalations/"
DECISIONS = "decisions/"


class ExchangeError(ReviewerError):
    """The store refused or failed an operation (the message says which and what to do).

    A raise gives a precise code where it knows one (store_key_refused, store_clock_skew...)
    and the action (`action`: list, upload, download, delete, check) as its only value: never
    a key, a secret or an object's name. ui/sync_wording.py words them."""

    code = "exchange_error"


class ExchangeUnavailable(ExchangeError):
    """The store could not be reached or answered with a server error: try again later."""

    exit_code = 1
    code = "exchange_unavailable"


class ExchangeDenied(ExchangeError):
    """The store refused these credentials or this prefix (a wrong or revoked key, a policy)."""

    code = "exchange_denied"


class ObjectMissing(ExchangeError):
    """No object under that key (already taken and acknowledged, or never there)."""

    code = "object_missing"


class ObjectCorrupt(ExchangeError):
    """The bytes do not match their content-hash name."""

    code = "object_corrupt"


class UploadMissing(ObjectMissing):
    """No multipart upload with that id (completed, aborted, or expired by a lifecycle rule):
    start a new one."""

    code = "upload_missing"


class ExchangeStore(Protocol):
    """A flat key space with create-only writes.

    Keys are `/`-separated paths from the layout above. Implementations raise the
    ExchangeError subclasses above, never their transport's own exceptions.
    """

    def list(self, prefix: str) -> list[str]:
        """Every key under `prefix` (at any depth), sorted."""
        ...

    def put_new(self, key: str, data: bytes) -> bool:
        """Creates `key` holding `data`: True when created, False when the key already
        existed (left untouched). Never overwrites; never leaves a partial object visible."""
        ...

    def get(self, key: str) -> bytes:
        """The object's bytes; ObjectMissing when there is none."""
        ...

    def delete(self, key: str) -> None:
        """Removes `key`; removing a missing key is not an error (acknowledgements repeat)."""
        ...

    def exists(self, key: str) -> bool:
        """Whether an object is stored under `key`."""
        ...

    # Large objects travel in pieces, so that a transfer cut off (a killed process, a lost
    # network) resumes where it stopped (workflows/transfer.py keeps the local state).

    def get_range(self, key: str, start: int, length: int) -> tuple[bytes, int]:
        """Up to `length` bytes of `key` from offset `start`, and the object's whole size
        (`b""` when `start` is at or past the end); ObjectMissing when there is no object."""
        ...

    def start_upload(self, key: str) -> str:
        """Begins a multipart upload of `key`: its id. Nothing is visible under `key` until
        complete_upload."""
        ...

    def put_part(self, key: str, upload: str, number: int, data: bytes) -> str:
        """Stores part `number` (1, 2, ...; every part but the last at least 5 MiB on S3):
        its ETag (the MD5 of `data` in hex). UploadMissing when the upload is gone."""
        ...

    def uploaded_parts(self, key: str, upload: str) -> dict[int, tuple[str, int]]:
        """The parts the store holds for `upload`: number -> (ETag, size)."""
        ...

    def complete_upload(self, key: str, upload: str, parts: Sequence[tuple[int, str]]) -> bool:
        """Joins `parts` ((number, ETag), in order) into `key`, create-only as put_new: True
        when created; False when `key` already existed (the upload is then aborted)."""
        ...

    def abort_upload(self, key: str, upload: str) -> None:
        """Discards the upload and its parts; an upload already gone is not an error."""
        ...


@dataclass(frozen=True)
class Layout:
    """The prefixes one workstation uses (all of them end with `/`)."""

    workstation: str

    def __post_init__(self) -> None:
        check_workstation(self.workstation)

    @property
    def inbox(self) -> str:
        return f"{INBOX}{self.workstation}/"

    @property
    def results(self) -> str:
        return f"{RESULTS}{self.workstation}/"

    @property
    def escalations(self) -> str:
        return f"{ESCALATIONS}{self.workstation}/"


def check_workstation(name: str) -> str:
    if not _WORKSTATION.fullmatch(name):
        raise ExchangeError("a workstation name is 1-63 lower-case letters, digits and '-', "
                            "starting with a letter or digit", code="workstation_name_invalid")
    return name


def object_name(data: bytes, kind: str) -> str:
    """The content-hash name of `data` (`kind`: "rpkg" for packages, "age" otherwise)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    return f"{hashlib.sha256(data).hexdigest()}.{kind}"


def is_object_name(name: str) -> bool:
    return _NAME.fullmatch(name) is not None


def basename(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def verify(key: str, data: bytes) -> bytes:
    """`data` if it matches the content-hash name at the end of `key`; ObjectCorrupt if not
    (a truncated download, a tampered object, a name that is not ours)."""
    match = _NAME.fullmatch(basename(key))
    if match is None or hashlib.sha256(data).hexdigest() != match.group(1):
        raise ObjectCorrupt(f"{basename(key)[:24]}…: content does not match its name",
                            action="download")
    return data


def check_key(key: str) -> str:
    """A key the layout allows: known top-level folder, no empty, `.` or `..` parts."""
    parts = key.split("/")
    if (not key or key.startswith("/") or parts[0] + "/" not in (INBOX, RESULTS, ESCALATIONS,
                                                                  DECISIONS)
            or any(p in ("", ".", "..") for p in parts) or "\\" in key or "\0" in key):
        raise ExchangeError(f"not an exchange key: {key[:80]!r}", code="exchange_key_invalid")
    return key
