"""`reviewer sync`'s work: move sealed files between the exchange and the local spool, and
nothing else (no vault, no key that decrypts anything: tests/exchange/test_sync_process.py).

Exactly once, by construction:
- uploads are create-only writes under content-hash names: a retry after a crash (or two
  syncs racing) creates the object once, and a local file goes only once the store has it;
- downloads are checked against their name and written atomically before anything else;
- an inbox object is deleted upstream only after the importer marked it imported (its
  import committed), and the marker stays as a ledger, so the same bytes delivered again are
  acknowledged again and never imported twice.
Transient failures (ExchangeUnavailable) are retried with exponential back-off and full
jitter; a refusal (ExchangeDenied) is reported at once. Objects larger than
`sizes.threshold` travel in pieces that a new run resumes (workflows/transfer.py).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from reviewer.core.exchange import (
    DECISIONS,
    ExchangeStore,
    ExchangeUnavailable,
    Layout,
    ObjectCorrupt,
    ObjectMissing,
    basename,
    is_object_name,
)
from reviewer.fileio import crash_point
from reviewer.workflows.spool import Spool
from reviewer.workflows.transfer import PieceSizes, UploadState, abandon, download, upload_file

T = TypeVar("T")


@dataclass
class RoundReport:
    uploaded: int = 0
    downloaded: int = 0
    acknowledged: int = 0
    waiting_to_upload: int = 0
    parts_sent: int = 0  # upload parts sent in this round (large objects)
    parts_kept: int = 0  # parts an interrupted run had sent, found on the store and kept
    bytes_resumed: int = 0  # bytes of large downloads an interrupted run had fetched
    errors: list[str] = field(default_factory=list)


def backoff_delays(base: float, cap: float, rng: random.Random) -> Callable[[int], float]:
    """Attempt n (0, 1, ...) waits a uniform time in [0, min(cap, base * 2**n)] (full jitter:
    a fleet that lost the store at once does not come back at once)."""
    return lambda n: rng.uniform(0, min(cap, base * 2 ** min(n, 30)))


class Syncer:
    def __init__(self, store: ExchangeStore, layout: Layout, spool: Spool, *,
                 attempts: int = 5, base_delay: float = 0.2, max_delay: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
                 sizes: PieceSizes | None = None) -> None:
        self.store, self.layout, self.spool = store, layout, spool
        self.sizes = sizes or PieceSizes()
        self.attempts = attempts
        self.delay = backoff_delays(base_delay, max_delay, rng or random.Random())  # noqa: S311
        self.sleep, self.now = sleep, now

    def _retrying(self, call: Callable[[], T]) -> T:
        for attempt in range(self.attempts):
            try:
                return call()
            except ExchangeUnavailable:
                if attempt == self.attempts - 1:
                    raise
                self.sleep(self.delay(attempt))
        raise AssertionError("unreachable")

    def run_round(self) -> RoundReport:
        """One full round: push, pull, acknowledge. Raises ExchangeUnavailable when the store
        stayed unreachable through every retry, ExchangeDenied on a refusal; what was done
        before that stays done (each step is safe to repeat)."""
        report = RoundReport()
        self.spool.sweep_partials()
        self.push(report)
        self.pull(report)
        self.acknowledge(report)
        report.waiting_to_upload = self.spool.waiting_to_upload()
        self.spool.record_sync(self.now())
        return report

    def push(self, report: RoundReport) -> None:
        self._abandon_uploads()
        for folder, path in self.spool.outgoing_files():
            prefix = DECISIONS if folder == "decisions" else f"{folder}/{self.layout.workstation}/"
            key = prefix + path.name
            if path.stat().st_size > self.sizes.threshold:
                outcome = upload_file(self.store, key, path,
                                      self.spool.upload_state(folder, path.name),
                                      self.sizes.part, self._retrying)
                report.parts_sent += outcome.parts_sent
                report.parts_kept += outcome.parts_kept
            else:
                self._retrying(partial(self.store.put_new, key, path.read_bytes()))
            crash_point("sync.uploaded")
            # Created now or by an earlier attempt that died before this line: the store has
            # these exact bytes (the name is their hash), so the local copy may go.
            path.unlink(missing_ok=True)
            report.uploaded += 1

    def _abandon_uploads(self) -> None:
        """Aborts large uploads whose local file went meanwhile (nothing will finish them)."""
        for folder, name, state_path in self.spool.upload_states():
            if not (self.spool.outgoing / folder / name).exists():
                state = UploadState.load(state_path)
                if state is not None:
                    abandon(self.store, state, self._retrying)
                state_path.unlink(missing_ok=True)

    def pull(self, report: RoundReport) -> None:
        listed = self._retrying(partial(self.store.list, self.layout.inbox))
        self.spool.drop_partial_downloads({basename(key) for key in listed})
        for key in listed:
            name = basename(key)
            if not is_object_name(name) or not name.endswith(".rpkg"):
                continue
            if self.spool.is_acked(name):  # delivered again after we acknowledged it
                self._retrying(partial(self.store.delete, key))
                continue
            if self.spool.has(name):
                continue
            try:
                fetched = download(self.store, key, self.spool.partial_download(name),
                                   self.sizes, self._retrying)
            except ObjectMissing:  # taken back by the organisation meanwhile
                continue
            try:  # both check the bytes against the name
                if fetched.path is not None:
                    self.spool.receive_file(name, fetched.path)
                else:
                    self.spool.receive(name, fetched.data or b"")
            except ObjectCorrupt as exc:  # left upstream for the organisation to see
                report.errors.append(str(exc))
                continue
            report.downloaded += 1
            report.bytes_resumed += fetched.resumed_from

    def acknowledge(self, report: RoundReport) -> None:
        for name in self.spool.to_acknowledge():
            self._retrying(partial(self.store.delete, self.layout.inbox + name))
            self.spool.acknowledged(name)
            report.acknowledged += 1

    def run_forever(self, interval: float, should_stop: Callable[[], bool],
                    on_round: Callable[[RoundReport | Exception], None]) -> None:
        """Rounds every `interval` seconds (sleeping in between: no CPU while idle); a failed
        round is reported and retried after a jittered back-off, never fatal."""
        failures = 0
        while not should_stop():
            try:
                on_round(self.run_round())
                failures = 0
                wait = interval
            except ExchangeUnavailable as exc:
                on_round(exc)
                wait = max(self.delay(failures), 0.5)
                failures += 1
            self.sleep(wait)
