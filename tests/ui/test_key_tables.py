"""The README's key tables and the F1 list are written from the one table of actions and
keymaps: the README must hold exactly what the generator writes, and F1 the keys as set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer.ui.key_tables import (
    README_BEGIN,
    README_END,
    readme_section,
    replace_readme_section,
)
from reviewer.ui.keymaps import PRESETS
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings_dialog import ShortcutsDialog
from reviewer.ui.qt_shortcuts import ACTIONS
from tests.ui.conftest import remap

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def test_the_readme_holds_the_generated_key_tables() -> None:
    text = README.read_text(encoding="utf-8")
    start, end = text.index(README_BEGIN), text.index(README_END)
    assert text[start:end + len(README_END)] == readme_section(), (
        "the README's key tables are out of date: run "
        ".venv/bin/python resources/dev/make_key_tables.py")


def test_the_generated_section_names_every_preset_and_the_text_fields_keys() -> None:
    section = readme_section()
    for preset in PRESETS:
        assert preset.label in section
    for line in ("| Play/Pause | Ctrl+Space | F9 | Esc |",
                 "| Answer question 1 … Answer question 9 | Ctrl+Shift+1 … Ctrl+Shift+9 |  |  |",
                 "| Skip… | Ctrl+Shift+K |  |  |"):
        assert line in section.splitlines()
    assert "Ctrl+K (Linux)" in section  # a key the text field keeps, and where
    for spec in ACTIONS:
        if not spec.id.startswith(("flag_", "tag_", "question_")):
            assert f"| {spec.label} |" in section, spec.id


def test_the_generator_rewrites_a_stale_readme(tmp_path: Path) -> None:
    stale = f"intro\n{README_BEGIN}\n| old | table |\n{README_END}\nrest\n"
    assert replace_readme_section(stale) == f"intro\n{readme_section()}\nrest\n"
    with pytest.raises(ValueError, match="no key-table markers"):
        replace_readme_section("no markers here")
    # The script itself runs and leaves an up-to-date README as it is.
    before = README.read_bytes()
    done = subprocess.run([sys.executable, str(ROOT / "resources/dev/make_key_tables.py")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout
    assert README.read_bytes() == before


def test_f1_lists_the_keys_as_set(qtbot: QtBot, window: MainWindow) -> None:
    remap(window, {"skip": "Ctrl+Alt+K"})
    window.settings.update(keymap_preset="otranscribe")
    dialog = ShortcutsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "Keymap: oTranscribe-like" in text
    assert "Ctrl+Alt+K" in text
    assert "Esc" in text
    assert "Shift+F1" in text
    assert "Answer question 1" in text
    assert "Ctrl+Shift+1" in text
    assert "a yes/no question goes Yes, No, unanswered" in text
    assert "The transcript's own keys" in text
    assert "Ctrl+Left" in text
