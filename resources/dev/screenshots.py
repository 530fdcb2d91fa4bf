"""Renders the main states of the reviewer window into docs/screenshots/ (run by
`bash dev.sh shots`, under Xvfb with QT_QPA_PLATFORM=xcb and the real audio engine).

    python resources/dev/screenshots.py OUT_DIR

welcome.png, reviewing.png, critical.png (a critical span marked, its time drawn on the
waveform), refused.png (a refused package's report), content_warning.png, dark.png (dark
palette, large font, a card number marked critical with its time).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QFont, QPainter  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from reviewer.app import RealBackend, open_backend  # noqa: E402
from reviewer.intake.demo import demo_package_path  # noqa: E402
from reviewer.ui.i18n import install_language  # noqa: E402
from reviewer.ui.qt_app import application  # noqa: E402
from reviewer.ui.qt_main_window import MainWindow  # noqa: E402
from reviewer.ui.qt_settings import UiSettings  # noqa: E402
from reviewer.ui.qt_theme import apply_font_size, dark_palette  # noqa: E402


def pump(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], timeout_ms: int = 20000) -> None:
    waited = 0
    while not condition():
        pump(50)
        waited += 50
        if waited > timeout_ms:
            raise SystemExit("screenshots: the window did not get there in time")


def grab(window: QWidget, out: Path, name: str, dialog: QWidget | None = None) -> None:
    """The window; with `dialog`, the dialog over the dimmed window, with a title bar drawn
    in (Xvfb has no window manager to draw frames)."""
    pump(400)
    pixmap = window.grab()
    if dialog is not None:
        painter = QPainter(pixmap)
        painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 110))
        inner = dialog.grab()
        bar = 30
        x = (pixmap.width() - inner.width()) // 2
        y = (pixmap.height() - inner.height() - bar) // 2
        pal = window.palette()
        painter.fillRect(QRect(x - 1, y - 1, inner.width() + 2, inner.height() + bar + 2),
                         pal.mid())
        painter.fillRect(QRect(x, y, inner.width(), bar), pal.button())
        painter.setPen(pal.buttonText().color())
        painter.drawText(QRect(x + 10, y, inner.width() - 20, bar),
                         int(Qt.AlignmentFlag.AlignVCenter), dialog.windowTitle())
        painter.drawPixmap(x, y + bar, inner)
        painter.end()
    pixmap.save(str(out / name))
    print(f"screenshots: wrote {out / name}")


def refused_package(tmp: Path) -> Path:
    from tests.support.package_builder import PackageBuilder

    b = PackageBuilder()
    b.header["package_id"] = "pkg_" + "5e" * 16
    b.header["locale"] = "en-US-kensington"
    b.header["questions"] = [{"id": "caller", "prompt": "Is this Anna at +1 415 555 0142?",
                              "kind": "bool"}]
    b.add_clip(seconds=1.0, device_id="dev-4471-kitchen")
    b.add_clip("clip_4155550142", seconds=1.0, lat=51.5, lng=-0.12)
    b.header["customer_email"] = "someone@example.com"
    path = b.write_dir(tmp / "refused")
    return path


def mark_said(window: MainWindow, backend: RealBackend, words: str,
              category: object = None) -> None:
    """Mark `words` of the transcript critical, said where they fall in the clip's speech
    (estimated from the characters' place within the voiced part of the waveform)."""
    edit = window.editor.editor
    text = edit.toPlainText()
    start = text.find(words)
    if start < 0:
        return
    peaks = backend.player.peaks()
    duration = backend.player.duration()
    first, last = 0.0, duration
    if peaks is not None:
        spb, mins, maxs = peaks.levels[-1]
        loud = [i for i, (lo, hi) in enumerate(zip(mins, maxs, strict=True)) if hi - lo > 0.1]
        if loud:
            first = loud[0] * spb / peaks.sample_rate
            last = min((loud[-1] + 1) * spb / peaks.sample_rate, duration)
    per_char = (last - first) / max(len(text), 1)
    window.time_selection.select(first + start * per_char,
                                 first + (start + len(words)) * per_char)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    if category is not None:
        window.critical.mark_category.setCurrentIndex(
            window.critical.mark_category.findData(category))
    window.critical.mark_selection()
    cursor.clearSelection()
    edit.setTextCursor(cursor)


def new_window(backend: RealBackend, settings: UiSettings) -> MainWindow:
    window = MainWindow(backend, settings)
    window.resize(1200, 780)
    window.move(40, 10)
    window.show()
    window.windowHandle().requestActivate()
    pump(500)
    return window


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_language("en")  # as the window shows it: English plural forms ("7 problems")
    tmp = Path(tempfile.mkdtemp(prefix="reviewer-shots-"))
    settings = UiSettings(tmp / "ui.ini")
    settings.update(autoplay=False)

    # Welcome: the first run of a real workspace, keyed through the OS keyring (dev.sh
    # starts a Secret Service for this run).
    from reviewer.audio.engine import AudioEngine

    # A managed installation (an organisation that, for the refused-package shot, admits
    # plain packages) where this workstation has not enrolled yet.
    from reviewer.core.trust import Organisation, OrganisationKey, key_id_of
    from reviewer.seal.kit import SealKit
    from reviewer.vault.keyring_store import KeyringSecretStore
    from reviewer.workflows.trust import Trust
    from reviewer.workflows.workspace_session import open_session

    public = SealKit().new_signing_key()[1]
    org = Organisation("Example Org", (OrganisationKey(key_id_of(public), public),),
                       allow_unsigned_packages=True)
    handle = open_session(tmp / "workspace", KeyringSecretStore(), trust=Trust(org, SealKit()))
    empty = RealBackend(handle, AudioEngine())
    window = new_window(empty, settings)
    grab(window, out, "welcome.png")

    # Refused package: its report, over the welcome view.
    window.import_from(refused_package(tmp))
    wait_for(lambda: getattr(window, "refused_dialog", None) is not None
             and window.refused_dialog.isVisible())
    grab(window, out, "refused.png", dialog=window.refused_dialog)
    window.refused_dialog.close()
    window.close()
    empty.close()

    # Reviewing the demo.
    backend = open_backend(tmp / "unused", demo=True, demo_package=demo_package_path())
    window = new_window(backend, settings)
    wait_for(lambda: backend.player.peaks() is not None)
    window.player_widget.loaded()
    window.editor.start_from_reference()
    window.editor.editor.insertPlainText(" [noise]")
    window.player_widget.seek(backend.player.duration() * 0.4)
    pump(700)
    grab(window, out, "reviewing.png")

    # A critical span marked, with the time it was said: the demo's second clip names a
    # person.
    window.model.step(+1)
    wait_for(lambda: backend.player.peaks() is not None)
    window.player_widget.loaded()
    window.editor.start_from_reference()
    text = window.editor.editor.toPlainText()
    mark_said(window, backend, "maria del gato" if "maria del gato" in text
              else text.split()[-1])
    window.player_widget.seek(backend.player.duration() * 0.55)
    pump(500)
    grab(window, out, "critical.png")

    # A clip that upstream screening marked: the warning comes first, nothing plays.
    queue = window.model.queue_rows(0, window.model.counts().total)
    warned = next((c for c in queue if c.content_warning), None)
    if warned is not None:
        window.model.open(warned.local_id)
        pump(600)
        grab(window, out, "content_warning.png")

    window.close()
    backend.close()

    # Dark palette and a large font (as a system with a dark theme and 14 pt text starts).
    app.setPalette(dark_palette())
    apply_font_size(app, 14, QFont(app.font()))
    backend = open_backend(tmp / "unused", demo=True, demo_package=demo_package_path())
    window = new_window(backend, settings)
    window.resize(1280, 800)
    wait_for(lambda: backend.player.peaks() is not None)
    window.model.step(+2)  # the demo's third clip pays with a card
    wait_for(lambda: backend.player.peaks() is not None)
    window.player_widget.loaded()
    window.editor.start_from_reference()
    from reviewer.core.annotation import CriticalCategory

    card = "4111 1111 1111 111"
    if card in window.editor.editor.toPlainText():
        mark_said(window, backend, card, CriticalCategory.FINANCIAL)
    window.player_widget.seek(backend.player.duration() * 0.3)
    grab(window, out, "dark.png")
    window.close()
    backend.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
