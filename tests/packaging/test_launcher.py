"""The frozen entry point's choice of Qt platform (resources/packaging/launcher.py)."""

from __future__ import annotations

from types import ModuleType

import pytest

WAYLAND_WITH_X = {"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}


def test_a_wayland_session_with_xwayland_goes_straight_to_xcb(launcher: ModuleType) -> None:
    environ = dict(WAYLAND_WITH_X)
    assert launcher.default_qt_platform(environ, [], "linux") == "xcb"
    assert environ["QT_QPA_PLATFORM"] == "xcb"


@pytest.mark.parametrize(("environ", "argv", "platform"), [
    ({**WAYLAND_WITH_X, "QT_QPA_PLATFORM": "wayland"}, [], "linux"),  # the user's choice
    ({**WAYLAND_WITH_X}, ["--smoke-test"], "linux"),  # runs offscreen
    ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, [], "linux"),  # no X
    ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, [], "linux"),  # xcb already
    ({**WAYLAND_WITH_X}, [], "win32"),
])
def test_everything_else_is_left_to_qt(launcher: ModuleType, environ: dict[str, str],
                                       argv: list[str], platform: str) -> None:
    before = dict(environ)
    assert launcher.default_qt_platform(environ, argv, platform) is None
    assert environ == before


@pytest.mark.parametrize(("environ", "coerced"), [
    ({}, True),
    ({"LANG": "C"}, True),
    ({"LANG": "de_DE.UTF-8", "LC_CTYPE": "POSIX"}, True),
    ({"LANG": "de_DE.UTF-8"}, False),
    ({"LC_ALL": "C"}, False),  # an explicit LC_ALL wins, as in CPython
])
def test_the_c_locale_is_coerced_to_utf8_like_cpython_does(
        launcher: ModuleType, environ: dict[str, str], coerced: bool) -> None:
    before = dict(environ)
    assert launcher.coerce_c_locale(environ) is coerced
    if coerced:
        assert environ == {**before, "LC_CTYPE": "C.UTF-8"}
    else:
        assert environ == before
