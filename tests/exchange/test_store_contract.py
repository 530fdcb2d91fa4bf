"""The exchange port's contract, run with the same assertions on both transports: the shared
folder and S3 against the real Ceph gateway."""

from __future__ import annotations

import threading

import pytest

from reviewer.core.exchange import (
    ExchangeError,
    ExchangeStore,
    Layout,
    ObjectMissing,
    object_name,
    verify,
)

WS = Layout("ws-a")


def key_for(prefix: str, data: bytes, kind: str = "age") -> str:
    return prefix + object_name(data, kind)


def test_create_only_first_write_wins_and_is_never_overwritten(store: ExchangeStore) -> None:
    data = b"sealed bytes " * 100
    key = key_for(WS.results, data)
    assert store.put_new(key, data) is True
    assert store.put_new(key, data) is False  # the same delivery again: one object
    assert store.put_new(key, b"something else") is False  # never overwritten
    assert verify(key, store.get(key)) == data


def test_list_is_by_prefix_at_any_depth_and_sorted(store: ExchangeStore) -> None:
    mine = [key_for(WS.inbox, bytes([i]) * 10, "rpkg") for i in range(3)]
    theirs = key_for(Layout("ws-ab").inbox, b"other", "rpkg")
    escalation = key_for(WS.escalations, b"envelope")
    for key in [*mine, theirs, escalation]:
        assert store.put_new(key, b"x")
    assert store.list(WS.inbox) == sorted(mine)  # "inbox/ws-a/" does not match "ws-ab"
    assert store.list("escalations/") == [escalation]
    assert store.list("decisions/") == []
    assert store.list("results/nobody/") == []


def test_get_of_a_missing_key_is_object_missing(store: ExchangeStore) -> None:
    with pytest.raises(ObjectMissing):
        store.get(key_for(WS.inbox, b"never sent", "rpkg"))


def test_delete_removes_and_repeats_harmlessly(store: ExchangeStore) -> None:
    data = b"package"
    key = key_for(WS.inbox, data, "rpkg")
    store.put_new(key, data)
    store.delete(key)
    store.delete(key)  # an acknowledgement sent twice
    assert store.list(WS.inbox) == []
    with pytest.raises(ObjectMissing):
        store.get(key)
    assert store.put_new(key, data) is True  # delivered anew after the acknowledgement


def test_concurrent_writers_of_one_key_create_it_once(store: ExchangeStore) -> None:
    data = b"x" * 50_000
    key = key_for(WS.results, data)
    outcomes: list[bool] = []
    lock = threading.Lock()

    def write() -> None:
        created = store.put_new(key, data)
        with lock:
            outcomes.append(created)

    threads = [threading.Thread(target=write) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == [False] * 5 + [True]
    assert store.get(key) == data


def test_a_large_object_round_trips(store: ExchangeStore) -> None:
    data = bytes(range(256)) * 24_000  # ~6 MB, about a 200-clip package
    key = key_for(WS.inbox, data, "rpkg")
    assert store.put_new(key, data)
    assert verify(key, store.get(key)) == data


@pytest.mark.parametrize("key", ["../inbox/x", "inbox/../results/x", "/inbox/x", "other/x",
                                 "inbox//x", "inbox/ws-a/./x", "", "inbox\\x"])
def test_keys_outside_the_layout_are_refused(store: ExchangeStore, key: str) -> None:
    with pytest.raises(ExchangeError):
        store.put_new(key, b"x")
    with pytest.raises(ExchangeError):
        store.get(key)
