"""Renders the reviewer window with an S3 exchange into docs/screenshots/ (run under Xvfb
with QT_QPA_PLATFORM=xcb and the real parts, like screenshots.py):

    REVIEWER_VENV=... bash dev.sh run xvfb-run -a -s "-screen 0 1280x800x24" \\
        python resources/dev/sync_screenshots.py docs/screenshots

sync_unreachable.png: the demo under review while the store is unreachable, three sealed
files waiting in the spool; the status bar says so, with the last successful sync. The
window's sync child is a stand-in that only sleeps (no store is needed for the picture); the
spool and its state files are real, read by the window as it reads them from `reviewer sync`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "resources" / "dev"))

from screenshots import grab, new_window, pump, wait_for  # noqa: E402

from reviewer.app import RealBackend  # noqa: E402
from reviewer.ui.backend import Capabilities, SpoolImportSummary  # noqa: E402
from reviewer.ui.i18n import install_language  # noqa: E402
from reviewer.ui.qt_app import application  # noqa: E402
from reviewer.ui.qt_settings import UiSettings  # noqa: E402
from reviewer.workflows.spool import Spool, SpoolStatus  # noqa: E402


class StandInExchange:
    """The spool is real; `reviewer sync` is replaced by a child that sleeps."""

    def __init__(self, spool: Spool) -> None:
        self.spool = spool

    @property
    def incoming(self) -> Path:
        return self.spool.incoming

    def sync_command(self) -> tuple[str, list[str]]:
        return sys.executable, ["-c", "import time; time.sleep(3600)"]

    def import_waiting(self) -> SpoolImportSummary:
        return SpoolImportSummary(0, 0)

    def status(self) -> SpoolStatus:
        return self.spool.status()


class ExchangeBackend(RealBackend):
    exchange: StandInExchange | None = None

    @property
    def capabilities(self) -> Capabilities:
        return dataclasses.replace(super().capabilities, exchange=self.exchange)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    application()
    install_language("en")
    tmp = Path(tempfile.mkdtemp(prefix="reviewer-sync-shots-"))
    settings = UiSettings(tmp / "ui.ini")
    settings.update(autoplay=False)

    from reviewer.audio.engine import AudioEngine
    from reviewer.intake.demo import demo_package_path
    from reviewer.intake.gate import read_package
    from reviewer.seal.kit import SealKit
    from reviewer.workflows.workspace_session import open_session

    spool = Spool(tmp / "spool")
    for n in range(3):  # two sealed exports and an escalation, waiting to upload
        spool.stage("escalations" if n == 2 else "results", f"sealed bytes {n}".encode())
    now = dt.datetime.now(dt.UTC)
    spool.record_sync(now - dt.timedelta(minutes=47))
    spool.record_state(False, now, "the exchange cannot be reached")
    handle = open_session(tmp / "unused", None, demo=True, gate=read_package,
                          crypto=SealKit(), demo_package=demo_package_path())
    backend = ExchangeBackend(handle, AudioEngine())
    backend.exchange = StandInExchange(spool)
    window = new_window(backend, settings)
    window.resize(1280, 800)
    sync = window.sync
    assert sync is not None
    wait_for(lambda: "waiting to upload" in sync.label.text())
    wait_for(lambda: backend.player.peaks() is not None)
    window.player_widget.loaded()
    window.editor.start_from_reference()
    pump(600)
    print(f"screenshots: status bar says {sync.label.text()!r}")
    grab(window, out, "sync_unreachable.png")
    window.close()
    backend.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
