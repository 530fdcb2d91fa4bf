"""Large objects travel in pieces that a new run resumes, on both transports: killed after
some parts (or pieces), the next round sends (or reads) only the rest, which the request
counts prove; nothing is lost or duplicated, and uploads nobody will finish are aborted."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from reviewer.core.exchange import ExchangeStore, Layout, UploadMissing, object_name, verify
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync import Syncer
from reviewer.workflows.transfer import MIB, PieceSizes
from tests.exchange.relay import DiesAfter, Killed, Relay

WS = Layout("ws-a")
PART = 5 * MIB  # S3's smallest part
SIZES = PieceSizes(threshold=PART, part=PART)
LARGE = 3 * PART + 1234  # four pieces


def syncer(store: ExchangeStore, spool: Spool) -> Syncer:
    return Syncer(store, WS, spool, sizes=SIZES, sleep=lambda s: None)


def recorded_parts(spool: Spool, name: str) -> list[int]:
    doc = json.loads(spool.upload_state("results", name).read_bytes())
    return sorted(int(n) for n in doc["parts"])


def test_an_upload_killed_after_two_parts_sends_only_the_other_two(
        store: ExchangeStore, tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    data = os.urandom(LARGE)
    staged = spool.stage("results", data)
    with pytest.raises(Killed):
        syncer(DiesAfter(store, "put_part", 2), spool).run_round()
    assert recorded_parts(spool, staged.name) == [1, 2]
    assert store.list(WS.results) == []  # nothing visible yet
    counted = Relay(store)
    report = syncer(counted, spool).run_round()
    assert (report.uploaded, report.parts_kept, report.parts_sent) == (1, 2, 2)
    assert counted.calls["put_part"] == 2  # resumed, not restarted
    assert counted.calls["start_upload"] == 0
    assert store.list(WS.results) == [WS.results + staged.name]
    assert verify(staged.name, store.get(WS.results + staged.name)) == data
    assert not staged.exists()
    assert not spool.upload_state("results", staged.name).exists()


def test_a_download_killed_after_two_pieces_reads_only_the_rest(
        store: ExchangeStore, tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    data = os.urandom(LARGE)
    name = object_name(data, "rpkg")
    store.put_new(WS.inbox + name, data)
    with pytest.raises(Killed):
        syncer(DiesAfter(store, "get_range", 2), spool).run_round()
    assert spool.partial_download(name).stat().st_size == 2 * PART
    assert spool.waiting() == []  # a partial file is not a package
    counted = Relay(store)
    report = syncer(counted, spool).run_round()
    assert (report.downloaded, report.bytes_resumed) == (1, 2 * PART)
    assert counted.calls["get_range"] == 2  # the third piece and the short last one
    assert [p.read_bytes() for p in spool.waiting()] == [data]
    assert not spool.partial_download(name).exists()
    assert store.list(WS.inbox) == [WS.inbox + name]  # acknowledged only after the import


def test_an_upload_the_store_no_longer_has_starts_again(store: ExchangeStore,
                                                        tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    data = os.urandom(LARGE)
    staged = spool.stage("results", data)
    with pytest.raises(Killed):
        syncer(DiesAfter(store, "put_part", 1), spool).run_round()
    state = json.loads(spool.upload_state("results", staged.name).read_bytes())
    key = WS.results + staged.name
    store.abort_upload(key, state["upload"])  # a lifecycle rule expired it meanwhile
    counted = Relay(store)
    report = syncer(counted, spool).run_round()
    assert (report.uploaded, report.parts_kept, report.parts_sent) == (1, 0, 4)
    assert counted.calls["start_upload"] == 1
    assert verify(key, store.get(key)) == data


def test_an_upload_whose_file_went_is_aborted(store: ExchangeStore, tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    staged = spool.stage("results", os.urandom(LARGE))
    with pytest.raises(Killed):
        syncer(DiesAfter(store, "put_part", 1), spool).run_round()
    upload = json.loads(spool.upload_state("results", staged.name).read_bytes())["upload"]
    staged.unlink()
    syncer(store, spool).run_round()
    with pytest.raises(UploadMissing):
        store.uploaded_parts(WS.results + staged.name, upload)
    assert not spool.upload_state("results", staged.name).exists()
    assert store.list(WS.results) == []


def test_an_upload_completed_before_a_kill_is_not_sent_again(store: ExchangeStore,
                                                             tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    data = os.urandom(LARGE)
    staged = spool.stage("results", data)

    class DiesOnceComplete(Relay):
        def complete_upload(self, key: str, upload: str,
                            parts: Sequence[tuple[int, str]]) -> bool:
            super().complete_upload(key, upload, parts)
            raise Killed  # the answer lost with the process

    with pytest.raises(Killed):
        syncer(DiesOnceComplete(store), spool).run_round()
    assert staged.exists()
    assert spool.upload_state("results", staged.name).exists()
    counted = Relay(store)
    report = syncer(counted, spool).run_round()
    assert report.uploaded == 1
    assert store.list(WS.results) == [WS.results + staged.name]
    assert verify(staged.name, store.get(WS.results + staged.name)) == data
    assert not staged.exists()
    assert counted.calls["put_part"] == 0
    assert not spool.upload_state("results", staged.name).exists()


def test_a_partial_download_with_a_bad_tail_is_fetched_again(store: ExchangeStore,
                                                             tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    data = os.urandom(LARGE)
    name = object_name(data, "rpkg")
    store.put_new(WS.inbox + name, data)
    partial = spool.partial_download(name)
    partial.parent.mkdir(parents=True)
    partial.write_bytes(data[:PART] + b"\0" * 100)  # a power cut after the size grew
    first = syncer(store, spool).run_round()
    assert first.downloaded == 0
    assert first.errors
    assert not partial.exists()
    assert syncer(store, spool).run_round().downloaded == 1
    assert [p.read_bytes() for p in spool.waiting()] == [data]


def test_a_partial_download_of_a_package_taken_back_is_dropped(store: ExchangeStore,
                                                               tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    data = os.urandom(LARGE)
    name = object_name(data, "rpkg")
    store.put_new(WS.inbox + name, data)
    with pytest.raises(Killed):
        syncer(DiesAfter(store, "get_range", 1), spool).run_round()
    assert spool.partial_download(name).exists()
    store.delete(WS.inbox + name)
    syncer(store, spool).run_round()
    assert not spool.partial_download(name).exists()
    assert spool.waiting() == []


def test_an_upload_that_vanishes_mid_way_is_retried_not_fatal(store: ExchangeStore,
                                                              tmp_path: Path) -> None:
    from reviewer.core.exchange import ExchangeUnavailable

    class AbortsAfterOnePart(Relay):
        def put_part(self, key: str, upload: str, number: int, data: bytes) -> str:
            if number == 2:  # another sync, or a lifecycle rule, took it away
                self.inner.abort_upload(key, upload)
            return super().put_part(key, upload, number, data)

    spool = Spool(tmp_path / "spool")
    data = os.urandom(LARGE)
    staged = spool.stage("results", data)
    with pytest.raises(ExchangeUnavailable, match="starts again"):
        syncer(AbortsAfterOnePart(store), spool).run_round()
    report = syncer(store, spool).run_round()
    assert (report.uploaded, report.parts_sent) == (1, 4)
    assert verify(staged.name, store.get(WS.results + staged.name)) == data
