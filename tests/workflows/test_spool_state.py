"""What the window reads of sync through the spool: how the last round ended (a damaged or
hostile state file reads as none, never as an error in the window), what waits to upload,
and no temp file a killed sync left behind in the spool's root."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from reviewer.workflows.spool import STATE_FILE, Spool, SyncState


def test_the_last_round_reads_back(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    when = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)
    spool.record_state(False, when, "the exchange cannot be reached\nsecond line" * 50)
    state = spool.sync_state()
    assert state is not None
    assert (state.ok, state.at) == (False, when)
    assert len(state.error) <= 500
    spool.record_state(True, when)
    assert spool.sync_state() == SyncState(True, when, "")
    spool.stage("results", b"a")
    spool.stage("escalations", b"b")
    spool.record_sync(when)
    assert spool.status().waiting_to_upload == 2
    assert spool.status().last_sync == when


def test_codes_and_values_read_back_and_an_older_file_has_none(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    when = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)
    spool.record_state(False, when, "list: the store refused this workstation's key",
                       ("store_key_refused", "exchange_denied"), {"action": "list", "n": 3})
    state = spool.sync_state()
    assert state is not None
    assert state.codes == ("store_key_refused", "exchange_denied")
    assert state.code == "store_key_refused"
    assert state.params == {"action": "list", "n": 3}
    # Written by a sync from before codes: read as it always was, with no codes.
    (tmp_path / STATE_FILE).write_text('{"ok": false, "at": "2026-11-30T07:00:00+00:00", '
                                       '"error": "x"}')
    assert Spool(tmp_path).sync_state() == SyncState(False, when, "x")


@pytest.mark.parametrize(("codes", "params", "kept_codes", "kept_params"), [
    ('"store_key_refused"', '[]', (), {}),
    ('["ok", "<b>bold</b>", "x y", 7, "' + "a" * 65 + '"]', '{"a": true, "b": [1]}',
     ("ok",), {}),
    ("[" + ", ".join(f'"c{i}"' for i in range(20)) + "]",
     '{"action": "upload\\nsecond line", "1x": "no", "long": "' + "v" * 300 + '"}',
     tuple(f"c{i}" for i in range(8)), {"action": "upload", "long": "v" * 120}),
])
def test_hostile_codes_and_values_are_dropped_or_cut(
        tmp_path: Path, codes: str, params: str, kept_codes: tuple[str, ...],
        kept_params: dict[str, object]) -> None:
    """The window puts them into its sentences: short identifiers, text and whole numbers."""
    (tmp_path / STATE_FILE).write_text('{"ok": false, "at": "2026-11-30T07:00:00+00:00", '
                                       f'"error": "x", "codes": {codes}, "params": {params}}}')
    state = Spool(tmp_path).sync_state()
    assert state is not None
    assert state.codes == kept_codes
    assert state.params == kept_params


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"ok": true}', b"\xff" * 10,
                                     b'{"ok": true, "at": "yesterday"}',
                                     b'{"ok": true, "at": "2026-11-30T07:00:00+00:00"' +
                                     b" " * 100_000 + b"}"])
def test_a_damaged_state_file_reads_as_none(tmp_path: Path, content: bytes) -> None:
    (tmp_path / STATE_FILE).write_bytes(content)
    assert Spool(tmp_path).sync_state() is None


def test_temp_files_a_killed_sync_left_in_the_root_are_swept(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    old = tmp_path / ".sync-state.json.abc.part"
    fresh = tmp_path / ".last-sync.def.part"
    for part in (old, fresh):
        part.write_bytes(b"half")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    spool.sweep_partials()
    assert not old.exists()
    assert fresh.exists()  # may belong to a live writer
