"""Render the app icon for every installer from one SVG, with Qt (no extra tools needed).

    python resources/packaging/make_icons.py OUT_DIR

writes reviewer.svg, reviewer.png (256 px), hicolor/<n>x<n>/reviewer.png, reviewer.ico
(Windows) and reviewer.icns (macOS). The source is resources/icons/reviewer.svg when the UI
has one, else resources/packaging/reviewer.svg.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def source_svg() -> Path:
    ui_icon = ROOT / "resources" / "icons" / "reviewer.svg"
    return ui_icon if ui_icon.is_file() else Path(__file__).with_name("reviewer.svg")


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def save(image: QImage, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), fmt):
        raise SystemExit(f"make_icons: Qt could not write {path.name} ({fmt} plugin missing?)")


def main(out: Path) -> int:
    _app = QGuiApplication([sys.argv[0]])
    svg = source_svg()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, out / "reviewer.svg")
    for size in HICOLOR_SIZES:
        save(render(renderer, size), out / "hicolor" / f"{size}x{size}" / "reviewer.png", "PNG")
    save(render(renderer, 256), out / "reviewer.png", "PNG")
    save(render(renderer, 256), out / "reviewer.ico", "ICO")
    save(render(renderer, 512), out / "reviewer.icns", "ICNS")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: make_icons.py OUT_DIR")
    raise SystemExit(main(Path(sys.argv[1])))
