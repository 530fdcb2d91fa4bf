"""Whether a window can open, decided before Qt aborts: one line and exit 2 instead of Qt's
five lines and exit 134."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.core.display_check import NO_DISPLAY, display_problem

SOCKETS = {"/tmp/.X11-unix/X0"}


def _problem(env: dict[str, str], platform: str = "linux") -> str | None:
    return display_problem(env, platform, SOCKETS.__contains__)


@pytest.mark.parametrize("env", [
    {"DISPLAY": ":0"}, {"DISPLAY": ":0.0"}, {"DISPLAY": "unix:0"},
    {"DISPLAY": "remotehost:10.0"},  # a remote display: only Qt can tell
    {"WAYLAND_DISPLAY": "wayland-0"},
    {"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "minimal"},
    {"QT_QPA_PLATFORM": "vnc:size=800x600"},
    {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-1"},
    {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"},
    {"DISPLAY": ":9", "WAYLAND_DISPLAY": "wayland-0"},  # Wayland first; X may be absent
    {"QT_QPA_PLATFORM": "nosuch", "DISPLAY": ":9"},  # Qt names the missing platform
])
def test_a_window_can_open(env: dict[str, str]) -> None:
    assert _problem(env) is None


@pytest.mark.parametrize(("env", "says"), [
    ({}, NO_DISPLAY),
    ({"DISPLAY": "", "WAYLAND_DISPLAY": " "}, NO_DISPLAY),
    ({"DISPLAY": ":9"}, "DISPLAY is :9, but no X server listens there"),
    ({"QT_QPA_PLATFORM": "xcb"}, "asks for X11 (xcb) and DISPLAY is not set"),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":9", "WAYLAND_DISPLAY": "w"}, "no X server"),
    ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "WAYLAND_DISPLAY is not set"),
])
def test_no_display_is_one_line(env: dict[str, str], says: str) -> None:
    problem = _problem(env)
    assert problem is not None
    assert says in problem
    assert "\n" not in problem


def test_other_systems_are_left_to_qt() -> None:
    assert _problem({}, "win32") is None
    assert _problem({}, "darwin") is None


@pytest.mark.parametrize("args", [["--demo"], ["lead"]])
def test_the_window_without_a_display_exits_2_with_one_line(args: list[str],
                                                            tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["REVIEWER_WORKSPACE"] = str(tmp_path / "ws")
    done = subprocess.run([sys.executable, "-m", "reviewer", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [f"reviewer: {NO_DISPLAY}"]
