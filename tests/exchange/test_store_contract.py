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
    UploadMissing,
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


MIB = 1 << 20


def test_ranged_reads_give_the_bytes_and_the_whole_size(store: ExchangeStore) -> None:
    data = bytes(range(256)) * 400
    key = key_for(WS.inbox, data, "rpkg")
    store.put_new(key, data)
    assert store.exists(key)
    assert store.get_range(key, 0, 1000) == (data[:1000], len(data))
    assert store.get_range(key, 1000, 10**9) == (data[1000:], len(data))
    assert store.get_range(key, len(data), 10) == (b"", len(data))  # a finished download
    missing = key_for(WS.inbox, b"never sent", "rpkg")
    assert not store.exists(missing)
    with pytest.raises(ObjectMissing):
        store.get_range(missing, 0, 10)


def test_a_multipart_upload_is_invisible_until_complete_and_create_only(
        store: ExchangeStore) -> None:
    import hashlib

    data = bytes(range(256)) * (5 * MIB // 256) * 2 + b"tail"
    parts = [data[:5 * MIB], data[5 * MIB:10 * MIB], data[10 * MIB:]]
    key = key_for(WS.results, data)
    upload = store.start_upload(key)
    etags = {n: store.put_part(key, upload, n, parts[n - 1]) for n in (2, 1, 3)}
    assert etags == {n: hashlib.md5(parts[n - 1], usedforsecurity=False).hexdigest()
                     for n in (1, 2, 3)}
    assert store.uploaded_parts(key, upload) == {n: (etags[n], len(parts[n - 1]))
                                                 for n in (1, 2, 3)}
    assert store.list(WS.results) == []  # nothing visible before completion
    assert not store.exists(key)
    assert store.complete_upload(key, upload, sorted(etags.items())) is True
    assert verify(key, store.get(key)) == data
    with pytest.raises(UploadMissing):  # a completed upload is gone
        store.uploaded_parts(key, upload)
    # The same name again (a resumed sync that lost the answer, a second sender): refused,
    # the upload discarded, the object untouched.
    again = store.start_upload(key)
    etag = store.put_part(key, again, 1, b"other bytes")
    assert store.complete_upload(key, again, [(1, etag)]) is False
    with pytest.raises(UploadMissing):
        store.uploaded_parts(key, again)
    assert store.get(key) == data


def test_an_aborted_upload_is_gone(store: ExchangeStore) -> None:
    key = key_for(WS.results, b"never completed")
    upload = store.start_upload(key)
    store.put_part(key, upload, 1, b"part one")
    store.abort_upload(key, upload)
    store.abort_upload(key, upload)  # aborting twice is harmless
    with pytest.raises(UploadMissing):
        store.uploaded_parts(key, upload)
    with pytest.raises(UploadMissing):
        store.put_part(key, upload, 2, b"part two")
    assert not store.exists(key)
