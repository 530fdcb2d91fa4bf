"""Why no Qt platform plugin started, said in one line, from Qt's own messages (the real
child-process checks are in tests/test_start_errors.py)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from reviewer.ui.qt_start import _loader_text, diagnose, plugin_files

FATAL = ("This application failed to start because no Qt platform plugin could be "
         "initialized. Reinstalling the application may fix this problem.\n\nAvailable "
         "platform plugins are: minimal, offscreen, xcb, wayland.\n")
NOT_FOUND = 'Could not find the Qt platform plugin "nosuch" in ""'
NOT_LOADED = 'Could not load the Qt platform plugin "xcb" in "" even though it was found.'
CURSOR = ("From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform "
          "plugin.")


def _loads(error: str | None) -> dict[str, str | None]:
    return {"xcb": error}


def _diagnose(messages: list[str], env: Mapping[str, str],
              errors: Mapping[str, str | None]) -> tuple[str, int]:
    failure = diagnose(messages, env, lambda name: errors.get(name))
    assert "\n" not in failure.line
    return failure.line, failure.exit_code


def test_a_platform_asked_for_but_absent_is_refused_input() -> None:
    line, code = _diagnose([NOT_FOUND, FATAL], {"QT_QPA_PLATFORM": "nosuch"}, {})
    assert code == 2
    assert line == ('no Qt platform plugin "nosuch": QT_QPA_PLATFORM asks for a platform this '
                    "installation does not have (it has: minimal, offscreen, xcb, wayland)")


def test_a_plugin_missing_from_the_installation_is_an_internal_error() -> None:
    line, code = _diagnose([NOT_FOUND.replace("nosuch", "xcb"), FATAL], {}, {})
    assert code == 1
    assert line.startswith('no Qt platform plugin "xcb" in this installation (reinstall')


def test_the_library_the_loader_misses_is_named_not_the_one_qt_guesses() -> None:
    error = "libxkbcommon-x11.so.0: cannot open shared object file: No such file or directory"
    line, code = _diagnose([CURSOR, NOT_LOADED, FATAL], {"DISPLAY": ":0"}, _loads(error))
    assert code == 2
    assert line == ('missing library libxkbcommon-x11.so.0, which the Qt platform plugin "xcb" '
                    "needs (on Debian and Ubuntu: sudo apt install libxkbcommon-x11-0)")
    assert "cursor" not in line


def test_a_plugin_that_loads_but_finds_no_display_says_so() -> None:
    messages = ["could not connect to display far:10", CURSOR, NOT_LOADED, FATAL]
    line, code = _diagnose(messages, {"DISPLAY": "far:10"}, _loads(None))
    assert code == 2
    assert line.startswith("no display: cannot connect to the X display 'far:10'")


def test_other_load_failures_quote_the_loader_in_one_line() -> None:
    line, code = _diagnose([NOT_LOADED, FATAL], {}, _loads("libqxcb.so: undefined symbol: x\n"))
    assert (line, code) == ('the Qt platform plugin "xcb" cannot be loaded: libqxcb.so: '
                            "undefined symbol: x", 1)
    line, code = _diagnose([NOT_LOADED, FATAL], {}, _loads(None))
    assert code == 1
    assert "QT_DEBUG_PLUGINS=1" in line


def test_an_unknown_fatal_message_is_cut_to_its_first_line() -> None:
    assert _diagnose(["\nSomething broke\nmore"], {}, {}) == ("Qt could not start: Something "
                                                              "broke", 1)


@pytest.mark.parametrize(("name", "file"), [("xcb", "libqxcb.so"),
                                            ("wayland-egl", "libqwayland.so"),
                                            ("wayland", "libqwayland-generic.so")])
def test_plugin_file_names(name: str, file: str) -> None:
    assert file in plugin_files(name)


def test_the_loader_text_is_found_under_a_frozen_apps_wrapper() -> None:
    dlopen = OSError("libxcb-cursor.so.0: cannot open shared object file")
    wrapped = OSError("Failed to load dynlib/dll 'libqxcb.so'.")  # what PyInstaller's ctypes
    wrapped.__cause__ = dlopen  # raises, with the loader's error as its cause
    assert _loader_text(wrapped) == str(dlopen)
