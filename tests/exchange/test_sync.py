"""The sync workflow, exactly once, on both transports: what the organisation puts in a
workstation's inbox reaches the spool once, is imported once, and is acknowledged upstream
only after the import committed; what the workstation stages goes up once."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reviewer.core.exchange import (
    ExchangeDenied,
    ExchangeStore,
    ExchangeUnavailable,
    Layout,
    object_name,
)
from reviewer.core.workspace_errors import AlreadyImported
from reviewer.workflows.import_spool import import_from_spool
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync import Syncer, backoff_delays
from tests.exchange.relay import Relay

WS = Layout("ws-a")


def deliver(store: ExchangeStore, data: bytes) -> str:
    key = WS.inbox + object_name(data, "rpkg")
    store.put_new(key, data)
    return key


class Importer:
    """Stands in for the vault's import: remembers what it committed (by content)."""

    def __init__(self) -> None:
        self.committed: list[bytes] = []

    def __call__(self, path: Path) -> None:
        data = path.read_bytes()
        if data in self.committed:
            raise AlreadyImported("package already imported")
        self.committed.append(data)


def test_round_trip_in_and_out(store: ExchangeStore, tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    sync = Syncer(store, WS, spool)
    key = deliver(store, b"sealed package one")
    first = sync.run_round()
    assert first.downloaded == 1
    assert store.list(WS.inbox) == [key]  # not acknowledged before the import
    importer = Importer()
    assert import_from_spool(spool, importer).imported == 1
    assert importer.committed == [b"sealed package one"]
    result = spool.stage("results", b"sealed export")
    escalation = spool.stage("escalations", b"sealed envelope")
    assert spool.waiting_to_upload() == 2
    second = sync.run_round()
    assert (second.acknowledged, second.uploaded, second.waiting_to_upload) == (1, 2, 0)
    assert store.list(WS.inbox) == []
    assert store.get(WS.results + result.name) == b"sealed export"
    assert store.get(WS.escalations + escalation.name) == b"sealed envelope"
    assert not result.exists()
    assert spool.last_sync() is not None


def test_the_same_package_delivered_twice_is_imported_once(store: ExchangeStore,
                                                            tmp_path: Path) -> None:
    spool, importer = Spool(tmp_path / "spool"), Importer()
    sync = Syncer(store, WS, spool)
    deliver(store, b"the package")
    sync.run_round()
    import_from_spool(spool, importer)
    sync.run_round()
    deliver(store, b"the package")  # the organisation sends it again after the ack
    again = sync.run_round()
    assert again.downloaded == 0
    assert store.list(WS.inbox) == []  # acknowledged again, from the ledger
    assert import_from_spool(spool, importer).imported == 0
    # The same package sealed anew (other bytes): pulled, found in the vault, acknowledged.
    deliver(store, b"the package")
    importer.committed.append(b"the package, sealed again")
    deliver(store, b"the package, sealed again")
    sync.run_round()
    outcome = import_from_spool(spool, importer)
    assert (outcome.imported, outcome.already) == (0, 1)
    sync.run_round()
    assert store.list(WS.inbox) == []
    assert importer.committed == [b"the package", b"the package, sealed again"]


def test_a_crash_after_the_commit_before_the_marker_imports_once(store: ExchangeStore,
                                                                 tmp_path: Path) -> None:
    spool, importer = Spool(tmp_path / "spool"), Importer()
    sync = Syncer(store, WS, spool)
    key = deliver(store, b"the package")
    sync.run_round()
    importer(spool.waiting()[0])  # committed; the process died before the marker
    sync.run_round()
    assert store.list(WS.inbox) == [key]  # not acknowledged: no marker
    outcome = import_from_spool(spool, importer)
    assert (outcome.imported, outcome.already) == (0, 1)
    sync.run_round()
    assert store.list(WS.inbox) == []
    assert importer.committed == [b"the package"]


def test_a_refused_package_stays_upstream_and_is_not_retried(store: ExchangeStore,
                                                             tmp_path: Path) -> None:
    from reviewer.core.errors import RefusedInput

    spool = Spool(tmp_path / "spool")
    sync = Syncer(store, WS, spool)
    key = deliver(store, b"a forged package")

    def refuse(path: Path) -> None:
        raise RefusedInput("signature does not verify")

    sync.run_round()
    assert import_from_spool(spool, refuse).refused == 1
    assert import_from_spool(spool, refuse).refused == 0
    sync.run_round()
    assert store.list(WS.inbox) == [key]


def test_an_object_whose_bytes_do_not_match_its_name_is_not_taken(store: ExchangeStore,
                                                                   tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    key = WS.inbox + object_name(b"what the name says", "rpkg")
    store.put_new(key, b"something else")
    report = Syncer(store, WS, spool).run_round()
    assert report.downloaded == 0
    assert report.errors
    assert spool.waiting() == []
    assert store.list(WS.inbox) == [key]


class Flaky(Relay):
    """A store that fails the first `failures` calls as unreachable."""

    def __init__(self, inner: ExchangeStore, failures: int) -> None:
        super().__init__(inner)
        self.failures = failures

    def before(self, method: str) -> None:
        super().before(method)
        if self.failures:
            self.failures -= 1
            raise ExchangeUnavailable("the store could not be reached")


def test_transient_failures_are_retried_with_jittered_backoff(tmp_path: Path) -> None:
    from reviewer.exchange.folder import FolderStore

    inner = FolderStore(tmp_path / "exchange")
    deliver(inner, b"the package")
    slept: list[float] = []
    spool = Spool(tmp_path / "spool")
    spool.stage("results", b"an export")
    sync = Syncer(Flaky(inner, 3), WS, spool, sleep=slept.append, rng=random.Random(7),
                  base_delay=1.0, max_delay=4.0)
    report = sync.run_round()
    assert (report.uploaded, report.downloaded) == (1, 1)
    assert len(slept) == 3
    assert all(0 <= s <= b for s, b in zip(slept, [1.0, 2.0, 4.0], strict=True))
    assert len(set(slept)) == 3  # jitter: not the same wait each time
    with pytest.raises(ExchangeUnavailable):
        Syncer(Flaky(inner, 99), WS, spool, sleep=slept.append, attempts=3).run_round()


def test_backoff_is_capped_and_never_negative() -> None:
    delay = backoff_delays(0.5, 30.0, random.Random(1))
    samples = [delay(n) for n in range(100)]
    assert all(0 <= s <= 30.0 for s in samples)
    assert max(samples[:3]) <= 2.0


def test_run_forever_keeps_going_after_an_unreachable_round(tmp_path: Path) -> None:
    from reviewer.exchange.folder import FolderStore

    inner = FolderStore(tmp_path / "exchange")
    deliver(inner, b"the package")
    outcomes: list[object] = []
    sync = Syncer(Flaky(inner, 1), WS, Spool(tmp_path / "spool"), attempts=1,
                  sleep=lambda s: None)
    sync.run_forever(5.0, lambda: len(outcomes) >= 2, outcomes.append)
    assert isinstance(outcomes[0], ExchangeUnavailable)
    assert getattr(outcomes[1], "downloaded", None) == 1


def test_a_refusal_is_not_retried(tmp_path: Path) -> None:
    class Refusing(Flaky):
        def list(self, prefix: str) -> list[str]:
            self.failures += 1
            raise ExchangeDenied("refused this workstation's key")

    from reviewer.exchange.folder import FolderStore

    store = Refusing(FolderStore(tmp_path / "exchange"), 0)
    with pytest.raises(ExchangeDenied):
        Syncer(store, WS, Spool(tmp_path / "spool"), sleep=lambda s: None).run_round()
    assert store.failures == 1
