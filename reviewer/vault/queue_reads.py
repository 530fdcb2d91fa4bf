"""The queue as the window reads it, a page at a time: rows by position, the position of a
clip, the next unfinished clip, and the counts, each from an index, never a scan of the clips.

Queue order is (package number, ordinal). Ordinals are dense (1..clip_count, rows are never
removed one by one: an escalated clip keeps its row), so the position of a row in the whole
queue follows from the packages' clip counts, and a page is one index seek. "Unfinished only"
reads the partial index `clips_open` (status new or draft).
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import Any

from reviewer.core.annotation import ClipStatus
from reviewer.core.review import ClipSummary, StatusCounts
from reviewer.vault.db import Connection

# The queries are written out whole (no SQL is assembled at run time). Those over unfinished
# clips name the partial index `clips_open` (and spell its condition as it does): left to
# itself the planner picks the status index and sorts every new clip to find the first one
# (half a second at 100,000 clips). tests/vault/test_queue_plans.py holds every query here
# to an index search, never a scan or a sort.
_SUMMARY = ("SELECT c.local_id, c.package_number, c.ordinal, "
            "(SELECT p.clip_count FROM packages p WHERE p.number = c.package_number), "
            "c.status, c.duration, c.content_warning, c.locked FROM clips c ")
_ROWS_FROM = (_SUMMARY + "WHERE (c.package_number, c.ordinal) >= (?, ?) "
              "ORDER BY c.package_number, c.ordinal LIMIT ?")
_OPEN_ROWS = (_SUMMARY + "INDEXED BY clips_open "
              "WHERE c.status IN ('new', 'draft') "
              "ORDER BY c.package_number, c.ordinal LIMIT ? OFFSET ?")
_OPEN_BEFORE = ("SELECT count(*) FROM clips INDEXED BY clips_open "
                "WHERE status IN ('new', 'draft') AND (package_number, ordinal) < (?, ?)")
_PLAYABLE_AFTER = ("SELECT local_id FROM clips INDEXED BY clips_open "
                   "WHERE status IN ('new', 'draft') AND locked = 0 "
                   "AND (package_number, ordinal) > (?, ?) ORDER BY package_number, ordinal "
                   "LIMIT ?")
_PLAYABLE_FIRST = ("SELECT local_id FROM clips INDEXED BY clips_open "
                   "WHERE status IN ('new', 'draft') AND locked = 0 "
                   "ORDER BY package_number, ordinal LIMIT ?")
_NEXT = ("SELECT local_id FROM clips WHERE (package_number, ordinal) > (?, ?) "
         "ORDER BY package_number, ordinal LIMIT ?")
_PREVIOUS = ("SELECT local_id FROM clips WHERE (package_number, ordinal) < (?, ?) "
             "ORDER BY package_number DESC, ordinal DESC LIMIT ?")
_WHERE = "SELECT package_number, ordinal, status FROM clips WHERE local_id = ?"


def _summaries(rows: Iterable[tuple[Any, ...]]) -> list[ClipSummary]:
    return [ClipSummary(local_id=int(a), package_number=int(b), ordinal=int(c),
                        package_total=int(d), status=ClipStatus(e), duration=float(f),
                        content_warning=bool(g), locked=bool(h))
            for a, b, c, d, e, f, g, h in rows]


class QueueReads:
    """Reads only, through the connection it is given and the lock that serialises it (the
    workspace's reader connection: in WAL mode it reads the last commit without waiting for
    a writer). No method takes the lock twice."""

    def __init__(self, conn: Connection, lock: AbstractContextManager[Any]) -> None:
        self._conn = conn
        self._lock = lock

    def counts(self) -> StatusCounts:
        with self._lock:
            packages = self._conn.execute("SELECT count(*) FROM packages").fetchone()[0]
            by = dict(self._conn.execute(
                "SELECT status, count(*) FROM clips GROUP BY status").fetchall())
        return StatusCounts(packages=int(packages), new=int(by.get("new", 0)),
                            draft=int(by.get("draft", 0)), done=int(by.get("done", 0)),
                            skipped=int(by.get("skipped", 0)),
                            escalated=int(by.get("escalated", 0)))

    def rows(self, start: int, count: int, unfinished_only: bool = False) -> list[ClipSummary]:
        """`count` rows from position `start` (0-based) of the queue or of its unfinished
        part; fewer at the end."""
        if start < 0 or count <= 0:
            return []
        with self._lock:
            if unfinished_only:
                found = self._conn.execute(_OPEN_ROWS, (count, start)).fetchall()
                return _summaries(found)
            at = self._position_of_row(start)
            if at is None:
                return []
            found = self._conn.execute(_ROWS_FROM, (*at, count)).fetchall()
        return _summaries(found)

    def row_of(self, local_id: int, unfinished_only: bool = False) -> int:
        """The clip's position in the queue (or in its unfinished part); -1 when absent."""
        with self._lock:
            where = self._conn.execute(_WHERE, (local_id,)).fetchone()
            if where is None:
                return -1
            number, ordinal, status = int(where[0]), int(where[1]), str(where[2])
            if unfinished_only:
                if ClipStatus(status).finished:
                    return -1
                return int(self._conn.execute(_OPEN_BEFORE, (number, ordinal)).fetchone()[0])
            before = self._conn.execute(
                "SELECT coalesce(sum(clip_count), 0) FROM packages WHERE number < ?",
                (number,)).fetchone()[0]
        return int(before) + ordinal - 1

    def next_unfinished(self, after: int | None,
                        exclude: frozenset[int] = frozenset()) -> int | None:
        """The first unfinished, playable clip after `after` in queue order, wrapping round
        to the start; never `after` itself nor a clip in `exclude` (being finished)."""
        skip = {*exclude, *(() if after is None else (after,))}
        limit = len(skip) + 1  # enough candidates that one is not skipped, if any is left
        with self._lock:
            where = None if after is None else self._conn.execute(_WHERE, (after,)).fetchone()
            if where is not None:
                found = self._conn.execute(_PLAYABLE_AFTER, (int(where[0]), int(where[1]),
                                                             limit)).fetchall()
                pick = next((int(r[0]) for r in found if int(r[0]) not in skip), None)
                if pick is not None:
                    return pick
            found = self._conn.execute(_PLAYABLE_FIRST, (limit,)).fetchall()
        return next((int(r[0]) for r in found if int(r[0]) not in skip), None)

    def neighbour(self, local_id: int, delta: int) -> int | None:
        """The clip `delta` places away in the queue, stopping at either end; None when
        there is nothing that way (or delta is 0)."""
        if delta == 0:
            return None
        with self._lock:
            where = self._conn.execute(_WHERE, (local_id,)).fetchone()
            if where is None:
                return None
            found = self._conn.execute(_NEXT if delta > 0 else _PREVIOUS,
                                       (int(where[0]), int(where[1]), abs(delta))).fetchall()
        return int(found[-1][0]) if found else None

    def _position_of_row(self, row: int) -> tuple[int, int] | None:
        """(package number, ordinal) of the queue's row `row`, from the clip counts."""
        for number, clip_count in self._conn.execute(
                "SELECT number, clip_count FROM packages ORDER BY number").fetchall():
            if row < int(clip_count):
                return int(number), row + 1
            row -= int(clip_count)
        return None
