"""The interface's language: which one is chosen (system, setting, organisation's lock), that
every marked text reaches the translation sources, that core's labels are all worded, and
that the shipped translations are complete and load with their numbers and plural forms."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import CriticalCategory, Flag, SkipReason
from reviewer.core.escalation import DecisionKind, EscalationCategory
from reviewer.core.pedals import PedalAction, PedalButton
from reviewer.core.settings_policy import SettingsPolicy, parse_settings_policy
from reviewer.ui.i18n import (
    LANGUAGE_KEY,
    choose_language,
    clock,
    install_language,
    number,
    translate,
)
from reviewer.ui.labels import KNOWN, english, label
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import SettingsDialog
from tests.support.translations import TS_DIR, ensure_compiled
from tests.ui.fakes import FakePlayer

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "reviewer" / "ui"
SHIPPED = ("de", "es")


@pytest.fixture
def german() -> Iterator[None]:
    ensure_compiled()
    install_language("de")
    try:
        yield
    finally:
        install_language("en")


# ------------------------------------------------------------------ choosing the language

@pytest.mark.parametrize(("setting", "system", "chosen"), [
    ("system", "de_DE", "de"), ("system", "es_MX", "es"), ("system", "fr_FR", "en"),
    ("system", "en_GB", "en"), ("de", "es_ES", "de"), ("es", "C", "es"),
    ("klingon", "de_AT", "de"), (None, "es_ES", "es"),
])
def test_the_language_follows_the_setting_else_the_system(setting: str | None, system: str,
                                                          chosen: str) -> None:
    assert choose_language(setting, QLocale(system)) == chosen


def test_the_organisation_can_lock_the_language(tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    ini.write_text("[view]\nlanguage=de\n", encoding="utf-8")
    assert UiSettings(ini).language == "de"  # the user's own choice, read
    policy = parse_settings_policy({"locked": {LANGUAGE_KEY: "es"}})
    settings = UiSettings(ini, policy=policy)
    assert settings.language == "es"
    settings.update(language="de")
    assert UiSettings(ini, policy=policy).language == "es"
    assert "language=de" in ini.read_text(encoding="utf-8")  # the file is left as it was
    assert UiSettings(tmp_path / "new.ini").language == "system"
    assert UiSettings(tmp_path / "bad.ini", policy=SettingsPolicy(
        defaults={LANGUAGE_KEY: "xx"})).language == "system"  # not a shipped language


def test_the_settings_dialog_offers_the_languages_and_says_when_locked(
        qtbot: QtBot, tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "ui.ini")
    dialog = SettingsDialog(settings, FakePlayer())
    qtbot.addWidget(dialog)
    choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert choices == ["system", "en", "de", "es"]
    dialog.language.setCurrentIndex(choices.index("de"))
    dialog.save()
    assert UiSettings(tmp_path / "ui.ini").language == "de"
    locked = UiSettings(tmp_path / "ui.ini", policy=SettingsPolicy(locked={LANGUAGE_KEY: "es"}))
    dialog = SettingsDialog(locked, FakePlayer())
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "es"
    assert not dialog.language.isEnabled()


# ------------------------------------------------------------------ the sources

def _marked() -> set[tuple[str, str]]:
    """(context, text) of every literal translate("C", "t") (also QCoreApplication.translate),
    QT_TRANSLATE_NOOP("C", "t") and self.tr("t") (context: the enclosing class) in
    reviewer/ui."""
    found: set[tuple[str, str]] = set()
    for path in UI.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [tree, *ast.walk(tree)]:
            name = cls.name if isinstance(cls, ast.ClassDef) else ""
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                args = node.args
                named = (func.id if isinstance(func, ast.Name)
                         else func.attr if isinstance(func, ast.Attribute)
                         and isinstance(func.value, ast.Name)
                         and func.value.id == "QCoreApplication" else "")
                if (named in ("translate", "QT_TRANSLATE_NOOP")
                        and len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2])):
                    found.add((str(args[0].value), str(args[1].value)))  # type: ignore[attr-defined]
                elif (name and isinstance(func, ast.Attribute) and func.attr == "tr"
                      and isinstance(args[0], ast.Constant)):
                    found.add((name, str(args[0].value)))
    return found


def _ts(language: str) -> ET.Element:
    return ET.parse(TS_DIR / f"reviewer_{language}.ts").getroot()  # noqa: S314 (our own file)


def _sources(root: ET.Element) -> set[tuple[str, str]]:
    return {(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_every_marked_text_is_in_the_translation_sources() -> None:
    """A text missing here was never extracted: run `python resources/dev/
    update_translations.py update` (or lupdate could not read the call)."""
    marked = _marked()
    assert len(marked) > 400
    for language in SHIPPED:
        assert marked - _sources(_ts(language)) == set(), language


def test_plural_texts_are_plural_forms_and_english_has_both() -> None:
    plurals = {(ctx, src) for ctx, src in _marked() if "%n" in src}
    assert len(plurals) >= 10
    english_ts = _ts("en")
    numerus = {(ctx.findtext("name"), msg.findtext("source")): msg
               for ctx in english_ts.iter("context") for msg in ctx.iter("message")}
    assert set(numerus) == plurals
    for msg in numerus.values():
        forms = [f.text for f in msg.iter("numerusform")]
        assert len(forms) == 2
        assert all(forms)
        assert "(s)" not in "".join(f or "" for f in forms)


def test_no_text_is_built_with_an_s_in_brackets() -> None:
    """No "clip(s)" reaches a reader: plurals go through %n and the plural forms."""
    for path in UI.glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"\"[^\"]*\w\(s\)", line) and "%n" not in line:
                assert "tr(" in line or "QT_TRANSLATE" in line, f"{path.name}: {line}"


def test_core_labels_are_all_worded() -> None:
    values: list[Enum] = [*CriticalCategory, *Flag, *SkipReason, *EscalationCategory,
                          *DecisionKind, *PedalAction, *PedalButton]
    missing = {english(v) for v in values} - KNOWN
    assert missing == set()


# ------------------------------------------------------------------ the translations

def test_english_plural_forms_come_from_its_translation() -> None:
    ensure_compiled()
    install_language("en")

    class PackageFlows(QObject):  # the context of the real texts
        pass

    flows = PackageFlows()
    assert flows.tr("Imported %n clip(s).", "", 1) == "Imported 1 clip."
    assert flows.tr("Imported %n clip(s).", "", 3) == "Imported 3 clips."


def test_german_loads_with_its_numbers_and_qt_buttons(german: None) -> None:
    assert QLocale().language() == QLocale.Language.German
    assert number(1234.5, 1) == "1.234,5"
    assert number(4000) == "4.000"
    assert clock(7.3) == "0:07,3"
    assert translate("QPlatformTheme", "Cancel") == "Abbrechen"  # qtbase_de.qm


@pytest.mark.parametrize("language", SHIPPED)
def test_lrelease_reports_nothing_unfinished(language: str) -> None:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    done = subprocess.run([str(tool), str(TS_DIR / f"reviewer_{language}.ts"), "-qm",
                           "/dev/null"], capture_output=True, text=True, check=True)
    counts = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) "
                       r"unfinished\)", done.stdout)
    assert counts is not None, done.stdout
    assert int(counts.group(3)) == 0
    assert "untranslated" not in done.stdout
    assert int(counts.group(1)) == len(_sources(_ts(language)))
    assert 'type="unfinished"' not in (TS_DIR / f"reviewer_{language}.ts").read_text(
        encoding="utf-8")


def test_a_translated_label_reads_in_german(german: None) -> None:
    assert label(Flag.NO_SPEECH) != "No speech"
    assert label(EscalationCategory.SELF_HARM) != "Self-harm"


def test_what_the_text_field_does_with_a_key_is_worded() -> None:
    from reviewer.ui.keymaps import TEXT_FIELD_KEYS
    from reviewer.ui.qt_settings_dialog import KEY_USES

    assert {row.does for row in TEXT_FIELD_KEYS} - KEY_USES == set()


def test_the_help_table_names_keys_in_the_interface_s_language(german: None) -> None:
    """F1's keys as the menus show them: Qt's key names, translated ("Strg", not "Ctrl")."""
    from reviewer.ui.key_tables import native_keys, shortcut_rows
    from reviewer.ui.keymaps import Platform

    rows = shortcut_rows({"play_pause": "Strg+Leertaste"}, (), " (locked)", Platform.LINUX)
    keys = " ".join(row.keys for row in rows if not row.group)
    for name in ("Ctrl", "Shift", "Space", "Home", "Backspace", "Del", "PgUp", "Escape"):
        assert name not in keys
    assert "Umschalt+Links / Rechts" in keys
    assert "Pos1" in keys
    assert native_keys("Plus / Minus") == "+ / -"
    assert native_keys("Ctrl+Shift+Ins, F16") == "Strg+Umschalt+Einfg, F16"
