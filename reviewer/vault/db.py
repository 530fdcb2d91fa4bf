"""The SQLCipher connection: keying, pragmas, schema, and storage errors as one-line messages.

Pragmas: WAL with synchronous=FULL (a committed draft survives a crash or power cut),
secure_delete (deleted rows are zeroed, not left in free pages), temp_store=MEMORY (no
temporary files), and SQLCipher's own logging off (it writes to stderr).
"""

from __future__ import annotations

import contextlib
import errno
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from reviewer.core.errors import Param, ReviewerError
from reviewer.core.workspace_errors import (
    DiskFull,
    StorageFailed,
    WorkspaceCorrupt,
    WorkspaceNewer,
    WorkspaceReadOnly,
    WrongKey,
)

SCHEMA_VERSION = 3
Error = sqlcipher.Error

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    k TEXT PRIMARY KEY,
    v BLOB
);
CREATE TABLE IF NOT EXISTS packages (
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    package_id TEXT NOT NULL UNIQUE,
    header_json TEXT NOT NULL,
    wrapped_key BLOB,
    imported_at TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    exported_at TEXT
);
CREATE TABLE IF NOT EXISTS clips (
    local_id INTEGER PRIMARY KEY AUTOINCREMENT,
    package_number INTEGER NOT NULL REFERENCES packages(number),
    ordinal INTEGER NOT NULL,
    clip_id TEXT NOT NULL,
    audio_filepath TEXT NOT NULL,
    duration REAL NOT NULL,
    pred_text TEXT,
    assistant_response TEXT,
    prior_text TEXT,
    content_warning INTEGER NOT NULL DEFAULT 0,
    sample_rate INTEGER NOT NULL,
    frames INTEGER NOT NULL,
    wrapped_key BLOB,
    audio BLOB,
    status TEXT NOT NULL DEFAULT 'new',
    locked INTEGER NOT NULL DEFAULT 0,
    annotation_json TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS clips_by_package ON clips(package_number, ordinal);
CREATE TABLE IF NOT EXISTS package_history (
    package_id TEXT PRIMARY KEY,
    imported_at TEXT NOT NULL,
    purged_at TEXT
);
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    details TEXT NOT NULL,
    mac BLOB NOT NULL
);
"""

# Each step takes the schema from version N-1 to N, inside the upgrade's transaction.
_MIGRATIONS: dict[int, str] = {
    # 2: escalations owed (journaled; a refused one waits here, its clip locked).
    2: """
CREATE TABLE IF NOT EXISTS escalations_owed (
    local_id INTEGER PRIMARY KEY REFERENCES clips(local_id),
    case_id TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    note TEXT NOT NULL,
    created TEXT NOT NULL,
    waiting TEXT
);
""",
    # 3: a workspace of any size reads its queue in time independent of its audio. The audio
    # moves to a table of its own (in `clips` it sat in the middle of each row, so every scan
    # of a status or a count walked each clip's overflow pages); packages know their clip
    # count; the counts and the "unfinished only" queue read small indexes.
    3: """
CREATE TABLE IF NOT EXISTS clip_audio (
    local_id INTEGER PRIMARY KEY REFERENCES clips(local_id) ON DELETE CASCADE,
    audio BLOB NOT NULL
);
INSERT INTO clip_audio(local_id, audio) SELECT local_id, audio FROM clips
    WHERE audio IS NOT NULL;
ALTER TABLE clips DROP COLUMN audio;
ALTER TABLE packages ADD COLUMN clip_count INTEGER NOT NULL DEFAULT 0;
UPDATE packages SET clip_count = (SELECT count(*) FROM clips c
    WHERE c.package_number = packages.number);
CREATE INDEX IF NOT EXISTS clips_by_status ON clips(status);
CREATE INDEX IF NOT EXISTS clips_open ON clips(package_number, ordinal)
    WHERE status IN ('new', 'draft');
""",
}

SQLITE_READONLY, SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_FULL, SQLITE_NOTADB = 8, 11, 14, 13, 26
SQLITE_IOERR, SQLITE_PERM = 10, 3


def storage_error(exc: BaseException, what: str = "the workspace", *,
                  place: str = "workspace", folder: str = "") -> Exception:
    """Turns a SQLite/OS error into the one-line error a user can act on. `what` names the
    place in the English text; its code is the kind of failure, prefixed with `place` when
    that is not the workspace ("export_disk_full"), with `folder` for the wording."""
    code = getattr(exc, "sqlite_errorcode", None)
    base = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    os_code = getattr(exc, "errno", None)
    prefix = "" if place == "workspace" else f"{place}_"
    params: dict[str, Param] = {"folder": folder} if folder else {}

    def coded(kind: str) -> str:
        return prefix + kind

    if base == SQLITE_FULL or "disk is full" in text or os_code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(f"the disk holding {what} is full: free some space and try again",
                        code=coded("disk_full"), **params)
    if base in (SQLITE_READONLY, SQLITE_PERM) or "readonly" in text or "read-only" in text \
            or os_code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return WorkspaceReadOnly(f"{what} is read-only: check the folder's permissions "
                                 "and free space", code=coded("read_only"), **params)
    if base == SQLITE_CANTOPEN:
        return WorkspaceReadOnly(f"{what} is read-only or cannot be opened for writing: "
                                 "check the folder's permissions and the disk",
                                 code=coded("cannot_open"), **params)
    if base == SQLITE_NOTADB:
        return WrongKey(f"{what} cannot be decrypted with its key: the database is damaged, "
                        "or it was replaced by another one", code=coded("not_a_database"), **params)
    if base == SQLITE_CORRUPT or "malformed" in text:
        return WorkspaceCorrupt(f"{what} is damaged (database corrupted); restore it from "
                                "a backup or contact support",
                                code=coded("database_corrupt"), **params)
    if os_code in (errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ESTALE):
        return StorageFailed(f"{what} is gone (deleted, or its disk or network share was "
                             "removed); nothing was half-written: check it and try again",
                             code=coded("gone"), **params)
    if os_code == errno.EIO:
        return StorageFailed(f"{what} could not be written: the disk reported an input/output "
                             "error; nothing was half-written", code=coded("io_error"), **params)
    return StorageFailed(f"{what} could not be written ({type(exc).__name__}); nothing "
                         "was half-written", code=coded("write_failed"), **params)


class Connection:
    """The SQLCipher connection, turning every SQLite error into a one-line ReviewerError."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self.upgraded_from: int | None = None  # the schema version found, when upgraded

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self._raw.execute(sql, params)
        except sqlcipher.Error as exc:
            raise storage_error(exc) from None

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        try:
            return self._raw.executemany(sql, rows)
        except sqlcipher.Error as exc:
            raise storage_error(exc) from None

    def executescript(self, script: str) -> None:
        try:
            self._raw.executescript(script)
        except sqlcipher.Error as exc:
            raise storage_error(exc) from None

    def close(self) -> None:
        with contextlib.suppress(sqlcipher.Error):
            self._raw.close()


def connect(path: Path, db_key: bytes, *, create: bool) -> Connection:
    """Opens (or creates) the database with a raw 256-bit key and the safety pragmas."""
    if not create and not path.exists():
        raise WorkspaceCorrupt(f"the workspace database {path.name} is missing")
    try:
        conn = Connection(sqlcipher.connect(str(path), isolation_level=None,
                                            check_same_thread=False, timeout=10.0))
    except sqlcipher.Error as exc:
        raise storage_error(exc) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise WorkspaceReadOnly("the workspace cannot switch to its journal mode: check "
                                    "the folder's permissions")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if create:
            conn.executescript(_SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta(k, v) VALUES ('schema', 1)")
        found = upgrade(conn)
        if found < SCHEMA_VERSION and not create:
            conn.upgraded_from = found
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(conn: Connection) -> int:
    row = conn.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone()
    try:
        return int(row[0]) if row is not None else 0
    except (TypeError, ValueError):
        return 0


def upgrade(conn: Connection) -> int:
    """Brings the schema to SCHEMA_VERSION in one transaction; returns the version found.
    A database from a newer release is refused untouched (it may hold what this one cannot
    keep), and one without a version is damaged."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise WorkspaceNewer(f"this workspace was made by a newer release of Reviewer (vault "
                             f"schema {found}; this release knows up to {SCHEMA_VERSION}): "
                             "update Reviewer; nothing was changed",
                             found=found, known=SCHEMA_VERSION)
    if found < 1:
        raise WorkspaceCorrupt("the workspace database has no schema version: it is damaged "
                               "or not a Reviewer vault; nothing was changed")
    if found == SCHEMA_VERSION:
        return found
    with transaction(conn):
        for version in range(found + 1, SCHEMA_VERSION + 1):
            for statement in _statements(_MIGRATIONS[version]):
                conn.execute(statement)
        conn.execute("UPDATE meta SET v = ? WHERE k = 'schema'", (SCHEMA_VERSION,))
    return found


def _statements(script: str) -> list[str]:
    """executescript would COMMIT the upgrade's transaction: one statement at a time."""
    return [s.strip() for s in script.split(";") if s.strip()]


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT; any failure rolls back and propagates as a one-line error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(ReviewerError):
            conn.execute("ROLLBACK")
        raise


def checkpoint(conn: Connection) -> None:
    """Folds the WAL into the database and truncates it to zero bytes."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()


def damage(conn: Connection) -> str | None:
    """What is damaged in the database, or None. Every page's SQLCipher HMAC is checked
    (`cipher_integrity_check`), then SQLite's own structure: one flipped byte anywhere is
    found, whichever table the page belongs to."""
    try:
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            pages = sorted({int(m.group(1)) for (text,) in bad
                            if (m := re.search(r"page (\d+)", str(text)))})
            where = f" (page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages[:5]))})" \
                if pages else ""
            return f"{len(bad)} damaged database page(s){where}"
        if not integrity_ok(conn):
            return "the database structure is damaged"
    except (WorkspaceCorrupt, WrongKey, StorageFailed) as exc:
        return str(exc)
    return None


def integrity_ok(conn: Connection) -> bool:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return bool(rows == [("ok",)])
