"""The composition root's backend: notices name packages by number, never by id; the demo
opens with no keyring and says so."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any, cast

from reviewer.app import RealBackend
from reviewer.workflows.retention import PurgeNotice
from tests.ui.fakes import FakePlayer
from tests.ui.real_backend import real_backend


def test_purge_notice_names_the_package_by_number() -> None:
    notice = PurgeNotice(package_number=3, package_id="pkgSecretIdent01", reason="expired",
                         expired_on=dt.date(2026, 11, 1), unexported_finished=2, unfinished=5)
    handle: Any = SimpleNamespace(banner="", notices=[notice])
    text = RealBackend(cast(Any, handle), FakePlayer()).notice
    assert "Package 3" in text
    assert "2 finished clip(s) never exported" in text
    assert "pkgSecretIdent01" not in text


def test_demo_opens_without_a_keyring_and_says_so(memory_keyring: Any) -> None:
    backend = real_backend()
    try:
        assert "Demo mode" in backend.notice
        assert "in-memory key" in backend.notice
        assert len(backend.review.queue()) >= 4
        assert memory_keyring.secrets == {}  # nothing went to the keyring
    finally:
        backend.close()
