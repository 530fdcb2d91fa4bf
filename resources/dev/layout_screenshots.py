"""Renders the review page of the demo (three questions, one of them text) at the two small
laptop sizes the layout must fit without clipping, into OUT_DIR:
review_1280x800.png and review_1366x768.png (the window at exactly that size, as maximised
on such a screen with no panel), review_critical_1366x768.png (a critical span marked), and
the spectrogram view and the break screen (spectrogram_1280x800.png, break_1280x800.png).

    python resources/dev/layout_screenshots.py OUT_DIR

Run it under Xvfb (QT_QPA_PLATFORM=xcb, a screen at least 1366x800) for the real window, as
`bash dev.sh shots` does, or with QT_QPA_PLATFORM=offscreen. It prints, per size, whether the
side column had to scroll and whether any question's field was cut off.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QRect  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from resources.dev.screenshots import pump, wait_for  # noqa: E402
from reviewer.app import open_backend  # noqa: E402
from reviewer.intake.demo import demo_package_path  # noqa: E402
from reviewer.ui.i18n import install_language  # noqa: E402
from reviewer.ui.qt_app import application  # noqa: E402
from reviewer.ui.qt_main_window import MainWindow  # noqa: E402
from reviewer.ui.qt_settings import UiSettings  # noqa: E402

SIZES = ((1280, 800), (1366, 768))




def clipped(window: MainWindow) -> list[str]:
    """What of the review page cannot be seen without scrolling (empty: it all fits)."""
    problems = []
    scroll = window.review._side_scroll
    if scroll.verticalScrollBar().maximum() > 0:
        problems.append(f"the side column scrolls by {scroll.verticalScrollBar().maximum()} px")
    view = QRect(scroll.viewport().mapTo(window, QPoint(0, 0)), scroll.viewport().size())
    for qid, field in window.questions.fields.items():
        rect = QRect(field.mapTo(window, QPoint(0, 0)), field.size())
        if not view.contains(rect):
            problems.append(f"question {qid} is cut off")
    for name, widget in (("submit", window.submit_button), ("editor", window.editor.editor)):
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not window.rect().contains(rect) or not widget.isVisible():
            problems.append(f"{name} is cut off")
    return problems


def grab(widget: QWidget, out: Path, name: str) -> None:
    pump(400)
    widget.grab().save(str(out / name))
    print(f"layout screenshots: wrote {out / name}")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    application()
    install_language("en")  # as the window shows it: English plural forms
    tmp = Path(tempfile.mkdtemp(prefix="reviewer-layout-"))
    settings = UiSettings(tmp / "ui.ini")
    settings.update(autoplay=False)
    backend = open_backend(tmp / "unused", demo=True, demo_package=demo_package_path())
    window = MainWindow(backend, settings)
    window.move(0, 0)
    window.show()
    window.windowHandle().requestActivate()
    wait_for(lambda: backend.player.peaks() is not None)
    window.player_widget.loaded()
    window.editor.start_from_reference()
    window.player_widget.seek(backend.player.duration() * 0.4)
    failed = False
    for width, height in SIZES:
        window.resize(width, height)
        pump(600)
        problems = clipped(window)
        size = f"{width}x{height}"
        print(f"layout screenshots: {size}: " + ("; ".join(problems) or "everything fits"))
        failed = failed or bool(problems)
        grab(window, out, f"review_{size}.png")
    # A critical span marked (its categories and list shown), on the smaller screen.
    window.resize(*SIZES[1])
    edit = window.editor.editor
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(min(8, len(edit.toPlainText())), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    window.time_selection.select(0.5, 1.2)
    window.critical.mark_selection()
    cursor.clearSelection()
    edit.setTextCursor(cursor)
    pump(600)
    problems = clipped(window)
    print("layout screenshots: 1366x768, a critical span marked: "
          + ("; ".join(problems) or "everything fits"))
    failed = failed or bool(problems)
    grab(window, out, "review_critical_1366x768.png")
    window.resize(*SIZES[0])
    window.player_widget.toggle_spectrogram()
    wait_for(lambda: window.player_widget.waveform.spectrogram is not None)
    grab(window, out, "spectrogram_1280x800.png")
    window.player_widget.toggle_spectrogram()
    window.wellbeing.start()
    pump(1200)
    grab(window, out, "break_1280x800.png")
    window.wellbeing.resume()
    window.close()
    backend.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
