"""The compiled translations the tests need, built from the .ts sources when missing or older
(the same step dev.sh and the packaging build run: resources/dev/update_translations.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
SCRIPT = ROOT / "resources" / "dev" / "update_translations.py"


def ensure_compiled() -> str:
    """Run lrelease unless every .qm is newer than its .ts; returns lrelease's report ("")."""
    stale = [ts for ts in TS_DIR.glob("reviewer_*.ts")
             if not ts.with_suffix(".qm").is_file()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if not stale:
        return ""
    done = subprocess.run([sys.executable, str(SCRIPT), "release"], capture_output=True,
                          text=True, check=True, timeout=120)
    return done.stdout


def pseudo_qm(out_dir: Path) -> Path:
    """The pseudo locale (every text accented, longer, bracketed) compiled into out_dir."""
    subprocess.run([sys.executable, str(SCRIPT), "pseudo", str(out_dir)], capture_output=True,
                   text=True, check=True, timeout=120)
    return out_dir / "reviewer_pseudo.qm"
