"""GUI benchmark: cold start to an interactive window with a 1,000-clip queue, and the
longest GUI-thread stall during playback, a 1,000-clip import and autosave.

Run through `bash dev.sh bench --only bench_gui --json out.json` (real Secret Service and
PulseAudio null sink), or `bash dev.sh run python tests/perf/run.py --only bench_gui`.
Without a Secret Service the cold-start workspace uses passphrase mode (its Argon2id key
derivation is then part of the start-up time).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.support.package_builder import PackageBuilder  # noqa: E402

CLIPS = 1000
READY = "GUI-READY"
PASSPHRASE = "bench-passphrase-not-secret"

# The child: process start -> workspace open -> window shown -> event loop idle -> print.
CHILD = f"""
import os, sys, time
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from PySide6.QtCore import QTimer
from reviewer.app import open_backend
from reviewer.ui.qt_app import application, build_window
app = application()
backend = open_backend(Path(sys.argv[1]), False, os.environ.get("BENCH_PASSPHRASE") or None)
window = build_window(backend)
window.show()
def ready():
    assert window.model.counts().total == {CLIPS}
    print({READY!r}, flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
backend.close()
"""


def _package(root: Path, n: int, package_id: str) -> Path:
    b = PackageBuilder()
    b.header["package_id"] = package_id
    for _ in range(n):
        b.add_clip(seconds=0.3)
    return b.write_dir(root / package_id)


def _workspace(root: Path) -> tuple[Path, str | None]:
    """A real workspace holding one 1,000-clip package (keyring when there is one)."""
    from reviewer.intake.gate import read_package
    from reviewer.vault.keyring_store import KeyringSecretStore
    from reviewer.vault.workspace import Workspace
    from reviewer.workflows.import_package import import_package

    path = root / "workspace"
    passphrase = None if os.environ.get("REVIEWER_SECRET_SERVICE") == "1" else PASSPHRASE
    ws = Workspace.open(path, KeyringSecretStore(), create=True, passphrase=passphrase)
    try:
        import_package(ws, _package(root, CLIPS, "cold_" + "1" * 32), read_package)
    finally:
        ws.close()
    return path, passphrase


def cold_start(root: Path, runs: int = 3) -> float:
    path, passphrase = _workspace(root)
    env = dict(os.environ, BENCH_PASSPHRASE=passphrase or "")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == READY:
                times.append(time.perf_counter() - started)
                break
        proc.wait(timeout=60)
        if len(times) < _ + 1:
            raise RuntimeError("the window did not come up")
    return min(times)  # best of N: the figure is start-up work, not machine noise


def gui_stalls(root: Path) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from reviewer.app import open_backend
    from reviewer.ui.qt_app import application
    from reviewer.ui.qt_main_window import MainWindow
    from reviewer.ui.qt_settings import UiSettings

    app = application()
    backend = open_backend(root / "unused", demo=True)
    window = MainWindow(backend, UiSettings(root / "ui.ini"))
    window.show()
    clock = QElapsedTimer()
    worst = {"value": 0.0}
    probe = QTimer(interval=5)
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    last = {"t": 0}

    def tick() -> None:
        now = clock.elapsed()
        worst["value"] = max(worst["value"], now - last["t"] - probe.interval())
        last["t"] = now

    probe.timeout.connect(tick)

    def run_for(ms: int, until: Callable[[], bool] | None = None) -> float:
        worst["value"] = 0.0
        clock.start()
        last["t"] = 0
        probe.start()
        loop = QEventLoop()
        deadline = time.monotonic() + ms / 1000
        poll = QTimer(interval=20)
        poll.timeout.connect(lambda: loop.quit() if time.monotonic() > deadline or (
            until is not None and until()) else None)
        poll.start()
        loop.exec()
        poll.stop()
        probe.stop()
        return worst["value"]

    run_for(1500)  # settle: first clip opened, audio decoded
    window.player_widget.play()
    playback = run_for(3000)
    window.player_widget.pause()

    edit = window.editor.editor
    edit.setFocus()
    typed = {"n": 0}
    typist = QTimer(interval=60)

    def type_one() -> None:
        QTest.keyClicks(edit, "ab "[typed["n"] % 3])
        typed["n"] += 1

    typist.timeout.connect(type_one)
    typist.start()
    autosave = run_for(3000)
    typist.stop()

    package = _package(root, CLIPS, "stall_" + "2" * 32)
    done = {"v": False}
    window.import_finished.connect(lambda ok: done.__setitem__("v", True))
    typist.start()  # the reviewer keeps typing while the package imports
    window.import_from(package)
    importing = run_for(120000, until=lambda: done["v"])
    typist.stop()
    assert window.model.counts().total >= CLIPS, "the import did not finish"
    window.close()
    backend.close()
    app.processEvents()
    return {"gui_stall_playback_ms": playback, "gui_stall_autosave_ms": autosave,
            "gui_stall_import_ms": importing,
            "gui_max_stall_ms": max(playback, autosave, importing)}


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="reviewer-bench-gui-") as tmp:
        root = Path(tmp)
        figures = {"cold_start_s": cold_start(root / "cold")}
        (root / "stall").mkdir()
        figures.update(gui_stalls(root / "stall"))
    return figures


if __name__ == "__main__":
    print(run())
