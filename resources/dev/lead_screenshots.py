"""Renders docs/screenshots/lead_gate.png and lead_case.png from the lead window's test setup.

Run from the repository root: `.venv/bin/python resources/dev/lead_screenshots.py`
(offscreen by default; under `xvfb-run` with QT_QPA_PLATFORM=xcb for a real X window).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from reviewer.ui.i18n import install_language
    from reviewer.ui.qt_app import application
    from tests.ui.test_lead_window import render_screenshots

    app = application()
    install_language("en")  # as the window shows it: English plural forms
    with tempfile.TemporaryDirectory() as tmp:
        for path in render_screenshots(Path(tmp)):
            print(path.relative_to(ROOT))
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
