"""What a start of the window imports: not the import gate's detectors, the lead's window or
the sealing kit (a third of a cold start between them), which load when first used."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATER = ("reviewer.intake.gate", "reviewer.intake.detect.find", "reviewer.ui.qt_demo_lead",
         "reviewer.ui.qt_lead_window", "reviewer.seal.kit", "reviewer.workflows.lead_demo")


def test_the_window_and_the_app_import_nothing_that_can_wait() -> None:
    code = ("import json, sys; import reviewer.app, reviewer.ui.qt_app, "
            "reviewer.ui.qt_main_window; print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    loaded = set(json.loads(out.stdout))
    assert "reviewer.ui.qt_main_window" in loaded  # the check itself works
    assert sorted(loaded & set(LATER)) == []
