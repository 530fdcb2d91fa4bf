"""`reviewer --demo` from the command line: the window opens on the bundled demo with no
keyring and no sound device, and closes cleanly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.gui
def test_reviewer_demo_opens_the_window() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REVIEWER_GUI_CHECK="1",
               REVIEWER_AUDIO_SINK="", PULSE_SERVER="unix:/nonexistent")
    proc = subprocess.run([sys.executable, "-m", "reviewer", "--demo"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "reviewer: window ready" in proc.stdout
    assert "Traceback" not in proc.stderr
