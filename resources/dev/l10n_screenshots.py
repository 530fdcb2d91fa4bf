"""Renders both windows in each shipped translation into docs/screenshots/ (run under Xvfb
with QT_QPA_PLATFORM=xcb and the real parts, like screenshots.py):

    REVIEWER_VENV=... bash dev.sh run xvfb-run -a -s "-screen 0 1280x800x24" \\
        python resources/dev/l10n_screenshots.py docs/screenshots

reviewing_<lang>.png (the demo, a clip open, a critical span marked), welcome_<lang>.png,
settings_<lang>.png, lead_case_<lang>.png and lead_gate_<lang>.png, for German and Spanish.
The translations must be compiled first (update_translations.py release; dev.sh does it).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "resources" / "dev"))

from screenshots import grab, mark_said, new_window, pump, wait_for  # noqa: E402

from reviewer.app import open_backend  # noqa: E402
from reviewer.intake.demo import demo_package_path  # noqa: E402
from reviewer.ui.i18n import install_language  # noqa: E402
from reviewer.ui.qt_app import application  # noqa: E402
from reviewer.ui.qt_settings import UiSettings  # noqa: E402
from reviewer.ui.qt_settings_dialog import SettingsDialog  # noqa: E402

LANGUAGES = ("de", "es")


def reviewer_shots(language: str, out: Path, tmp: Path) -> None:
    settings = UiSettings(tmp / f"ui-{language}.ini")
    settings.update(autoplay=False)
    backend = open_backend(tmp / "unused", demo=True, demo_package=demo_package_path())
    window = new_window(backend, settings)
    wait_for(lambda: backend.player.peaks() is not None)
    window.player_widget.loaded()
    window.model.step(+1)  # the demo's second clip names a person: a critical span
    wait_for(lambda: backend.player.peaks() is not None)
    window.player_widget.loaded()
    window.editor.start_from_reference()
    text = window.editor.editor.toPlainText()
    mark_said(window, backend, "maria del gato" if "maria del gato" in text
              else text.split()[-1])
    window.player_widget.seek(backend.player.duration() * 0.55)
    pump(500)
    grab(window, out, f"reviewing_{language}.png")
    dialog = SettingsDialog(settings, backend.player, window)
    dialog.show()
    pump(300)
    grab(window, out, f"settings_{language}.png", dialog=dialog)
    dialog.close()
    window.close()
    backend.close()


def lead_shots(language: str, out: Path, tmp: Path) -> None:
    from tests.ui.test_lead_window import render_screenshots

    for path in render_screenshots(tmp / f"lead-{language}", tmp / f"shots-{language}"):
        target = out / f"{path.stem}_{language}.png"
        target.write_bytes(path.read_bytes())
        print(f"screenshots: wrote {target}")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory(prefix="reviewer-l10n-shots-") as name:
        tmp = Path(name)
        for language in LANGUAGES:
            if not install_language(language):
                raise SystemExit(f"no compiled {language} translation: run "
                                 "resources/dev/update_translations.py release")
            reviewer_shots(language, out, tmp)
            lead_shots(language, out, tmp)
        install_language("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
