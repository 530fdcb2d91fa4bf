"""The Qt half of the smoke test: locale switch, message filter, waiting on the event loop."""

from __future__ import annotations

import time

import pytest

from reviewer.ui import qt_smoke


@pytest.mark.parametrize(("environ", "changed", "value"), [
    ({"LANG": "C.UTF-8"}, None, None),
    ({"LANG": "en_US.utf8"}, None, None),
    ({}, "LC_CTYPE", "C.UTF-8"),
    ({"LANG": "C"}, "LC_CTYPE", "C.UTF-8"),
    ({"LANG": "POSIX"}, "LC_CTYPE", "C.UTF-8"),
    ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "LC_ALL", "C.UTF-8"),
    # A legacy-encoding locale that is not installed falls back to C.UTF-8.
    ({"LANG": "xx_YY.ISO-8859-1"}, "LC_CTYPE", "C.UTF-8"),
])
def test_a_non_utf8_locale_is_switched_to_utf8_before_qt_starts(
        environ: dict[str, str], changed: str | None, value: str | None) -> None:
    before = dict(environ)
    assert qt_smoke.ensure_utf8_locale(environ) == changed
    if changed is None:
        assert environ == before
    else:
        assert environ[changed] == value
        assert environ.get("LANG") == before.get("LANG")  # the user's other settings stay


def test_only_listed_qt_messages_count_as_harmless() -> None:
    assert qt_smoke.is_harmless("This plugin does not support propagateSizeHints()")
    assert not qt_smoke.is_harmless("Could not load the Qt platform plugin \"xcb\"")
    assert all(reason for _prefix, reason in qt_smoke.HARMLESS_QT_MESSAGES)


def test_wait_until_returns_as_soon_as_the_condition_holds(qapp: object) -> None:
    from PySide6.QtCore import QTimer

    flag: list[bool] = []
    QTimer.singleShot(30, lambda: flag.append(True))
    started = time.monotonic()
    assert qt_smoke.wait_until(lambda: bool(flag), timeout=5.0)
    assert time.monotonic() - started < 2.0


def test_wait_until_counts_a_condition_seen_to_hold(qapp: object) -> None:
    """Seen true by the poll, the condition may be false again when the loop returns (the
    window's next background job starts in the same batch of events): it held, so the wait
    succeeded. Found as a flaky "audio was not ready within 15 s" after a few seconds."""
    answers = iter([False, True, False, False])
    started = time.monotonic()
    assert qt_smoke.wait_until(lambda: next(answers, False), timeout=5.0)
    assert time.monotonic() - started < 2.0


def test_wait_until_gives_up_after_the_timeout(qapp: object) -> None:
    started = time.monotonic()
    assert not qt_smoke.wait_until(lambda: False, timeout=0.2)
    assert 0.15 < time.monotonic() - started < 2.0


def test_qt_warnings_reach_the_stream_except_the_harmless_ones(qapp: object) -> None:
    import io

    from PySide6.QtCore import qWarning

    stream = io.StringIO()
    qt_smoke.route_messages(stream)
    try:
        qWarning("This plugin does not support propagateSizeHints()")
        qWarning("Could not load the Qt platform plugin")
    finally:
        qt_smoke.shutdown()
    assert stream.getvalue() == "qt: Could not load the Qt platform plugin\n"
    assert "This plugin does not support propagateSizeHints()" in qt_smoke.dropped_messages()
