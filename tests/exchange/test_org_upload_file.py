"""`org upload`'s workflow on the folder transport (the real-gateway runs, in their own
processes, are in test_org_upload.py): small packages in one write, large ones in parts,
the same package twice one object, and transient failures retried with back-off."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from reviewer.core.exchange import ExchangeDenied, ExchangeUnavailable, Layout
from reviewer.exchange.folder import FolderStore
from reviewer.workflows.org_exchange import retrying, upload_package_file, upload_state_path
from reviewer.workflows.transfer import PieceSizes

WS = Layout("ws-a")
SIZES = PieceSizes(threshold=4096, part=1024)


def package(tmp_path: Path, size: int) -> tuple[Path, str]:
    path = tmp_path / "pkg.rpkg"
    data = os.urandom(size)
    path.write_bytes(data)
    return path, WS.inbox + hashlib.sha256(data).hexdigest() + ".rpkg"


@pytest.mark.parametrize(("size", "parts"), [(1000, 0), (4096, 0), (4097, 5), (10_240, 10)])
def test_a_package_goes_whole_or_in_parts_and_once(tmp_path: Path, size: int,
                                                   parts: int) -> None:
    store = FolderStore(tmp_path / "exchange")
    path, key = package(tmp_path, size)
    uploaded, outcome = upload_package_file(store, WS.workstation, path, SIZES)
    assert (uploaded, outcome.created, outcome.parts_sent) == (key, True, parts)
    assert store.get(key) == path.read_bytes()
    assert not upload_state_path(path).exists()
    again_key, again = upload_package_file(store, WS.workstation, path, SIZES)
    assert (again_key, again.created, again.parts_sent) == (key, False, 0)
    assert store.list(WS.inbox) == [key]


def test_an_unavailable_store_is_retried_and_a_refusal_is_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reviewer.workflows.org_exchange.time.sleep", lambda _s: None)
    calls: list[int] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise ExchangeUnavailable("the store could not be reached")
        return "done"

    assert retrying(attempts=5)(flaky) == "done"
    assert len(calls) == 3

    def down() -> str:
        calls.append(1)
        raise ExchangeUnavailable("the store could not be reached")

    calls.clear()
    with pytest.raises(ExchangeUnavailable):
        retrying(attempts=4)(down)
    assert len(calls) == 4  # given up after its attempts, never forever

    def refused() -> str:
        calls.append(1)
        raise ExchangeDenied("the store refused this key")

    calls.clear()
    with pytest.raises(ExchangeDenied):
        retrying(attempts=4)(refused)
    assert len(calls) == 1  # a refusal is said at once
