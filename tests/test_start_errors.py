"""Start-up failures, in real child processes: exactly one line on stderr (no traceback, none
of Qt's lines), nothing on stdout, and the documented exit code (2: refused input or a part
the machine lacks, named with what to install)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

QT = Path(PySide6.__file__).parent / "Qt"
# A library the real xcb plugin needs directly, and a same-length name no machine has.
NEEDED, ABSENT = b"libxcb-cursor.so.0\0", b"libxcb-nosuch.so.0\0"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "REVIEWER_")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(REVIEWER_WORKSPACE=str(tmp_path / "ws"), REVIEWER_GUI_CHECK="1", **extra)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def _one_line(done: subprocess.CompletedProcess[str], code: int) -> str:
    assert done.returncode == code, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("reviewer: ")
    return lines[0]


@pytest.mark.parametrize("args", [[], ["--demo"], ["lead"]])
def test_a_platform_qt_lacks_is_one_line_and_exit_2(args: list[str], tmp_path: Path) -> None:
    done = _run(args, _env(tmp_path, QT_QPA_PLATFORM="nosuch", DISPLAY=":99"))
    line = _one_line(done, 2)
    assert line.startswith('reviewer: no Qt platform plugin "nosuch": QT_QPA_PLATFORM asks')
    assert "offscreen" in line  # what this installation has instead


def test_a_good_start_still_passes_qt_warnings_on(tmp_path: Path) -> None:
    done = _run(["--demo"], _env(tmp_path, QT_QPA_PLATFORM="nosuch;offscreen"))
    assert done.returncode == 0, done.stderr
    assert "window ready" in done.stdout
    assert 'Could not find the Qt platform plugin "nosuch"' in done.stderr


def _plugin_lacking_a_library(tmp_path: Path) -> Path:
    """A copy of the xcb plugin that needs a library no machine has; beside it (as its
    RUNPATH $ORIGIN/../../lib expects) a link to the real Qt xcb library."""
    real = (QT / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert real.count(NEEDED) == 1, "the xcb plugin no longer names libxcb-cursor directly"
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(real.replace(NEEDED, ABSENT))
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libQt6XcbQpa.so.6").symlink_to(QT / "lib" / "libQt6XcbQpa.so.6")
    return platforms


@pytest.mark.parametrize("args", [["--demo"], ["lead"]])
def test_a_library_the_platform_plugin_lacks_is_named(args: list[str], tmp_path: Path) -> None:
    env = _env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY="localhost:77",
               QT_QPA_PLATFORM_PLUGIN_PATH=str(_plugin_lacking_a_library(tmp_path)))
    line = _one_line(_run(args, env), 2)
    assert line == ('reviewer: missing library libxcb-nosuch.so.0, which the Qt platform '
                    'plugin "xcb" needs (on Debian and Ubuntu: sudo apt install libxcb-nosuch0)')


def test_an_x_display_nobody_answers_is_one_line(tmp_path: Path) -> None:
    # A remote display: the display check leaves it to Qt, which cannot connect.
    line = _one_line(_run(["--demo"], _env(tmp_path, QT_QPA_PLATFORM="xcb",
                                           DISPLAY="localhost:77")), 2)
    assert line.startswith("reviewer: no display: cannot connect to the X display "
                           "'localhost:77'")


def _shadowing(tmp_path: Path, module: str, error: str) -> str:
    """A folder whose `module` fails to import the way it does when its library is absent
    (the text the real module raises), to put first on PYTHONPATH."""
    folder = tmp_path / "shadow"
    (folder / module).mkdir(parents=True)
    (folder / module / "__init__.py").write_text(f"raise {error}\n", encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize(("module", "error", "args", "package"), [
    ("soundfile", "OSError('sndfile library not found using ctypes.util.find_library')",
     ["check", "."], "libsndfile1"),
    ("sqlcipher3", "ImportError('libsqlcipher.so.0: cannot open shared object file: No such "
                   "file or directory')", ["init", "--passphrase-file", "pass"],
     "libsqlcipher0"),
])
def test_a_missing_library_is_named_not_an_internal_error(module: str, error: str,
                                                          args: list[str], package: str,
                                                          tmp_path: Path) -> None:
    (tmp_path / "pass").write_text("a long enough passphrase\n", encoding="utf-8")
    env = _env(tmp_path, PYTHONPATH=_shadowing(tmp_path, module, error))
    done = subprocess.run([sys.executable, "-m", "reviewer", *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    line = _one_line(done, 2)
    assert line.startswith("reviewer: missing library ")
    assert line.endswith(f"(on Debian and Ubuntu: sudo apt install {package})")


def test_no_secret_service_is_one_line_naming_what_to_install(tmp_path: Path) -> None:
    env = _env(tmp_path)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    line = _one_line(_run(["init"], env), 2)
    assert line.startswith("reviewer: no keyring is available: the Secret Service cannot be "
                           "reached (")
    assert "sudo apt install gnome-keyring" in line
    assert "passphrase-file" in line
