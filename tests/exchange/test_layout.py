"""The exchange's names and prefixes (core/exchange.py): no I/O."""

from __future__ import annotations

import pytest

from reviewer.core.exchange import (
    ExchangeError,
    Layout,
    ObjectCorrupt,
    is_object_name,
    object_name,
    verify,
)


def test_names_are_the_content_hash() -> None:
    name = object_name(b"abc", "rpkg")
    assert name == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.rpkg"
    assert is_object_name(name)
    assert object_name(b"abc", "age") != object_name(b"abd", "age")
    with pytest.raises(ValueError, match="kind"):
        object_name(b"abc", "zip")


def test_verify_refuses_bytes_that_do_not_match_their_name() -> None:
    key = "inbox/ws-a/" + object_name(b"the package", "rpkg")
    assert verify(key, b"the package") == b"the package"
    with pytest.raises(ObjectCorrupt):
        verify(key, b"the packag")  # truncated
    with pytest.raises(ObjectCorrupt):
        verify("inbox/ws-a/not-a-hash.rpkg", b"x")


def test_layout_prefixes() -> None:
    ws = Layout("ws-017")
    assert (ws.inbox, ws.results, ws.escalations) == (
        "inbox/ws-017/", "results/ws-017/", "escalations/ws-017/")


@pytest.mark.parametrize("name", ["", "WS-A", "ws_a", "-ws", "ws/a", "a" * 64, "ws a"])
def test_workstation_names_are_one_safe_path_part(name: str) -> None:
    with pytest.raises(ExchangeError):
        Layout(name)
