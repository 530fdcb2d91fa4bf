"""The interface's language: which one, and installing its translations into Qt.

The language is the `view/language` preference ("system", the default, or one of LANGUAGES);
an organisation can set or lock it like any preference (core/settings_policy.py). "system"
follows the desktop's locale (QLocale.system(), i.e. LANGUAGE/LC_ALL/LANG on Linux) and falls
back to English when none of its languages is shipped.

Translations are Qt `.qm` files, compiled by pyside6-lrelease from the `.ts` sources in
resources/translations/ (resources/dev/update_translations.py; dev.sh and the packaging
build run it). They are build output, not committed: a checkout without them shows English.
English has a `.qm` too: it holds only the plural forms ("%n clips" for one clip reads
"1 clip"). Qt's own qtbase_<language>.qm translates the standard buttons (OK, Cancel).

Strings are marked for pyside6-lupdate as `translate("Context", "text")` (plural:
`translate("Context", "%n clips", None, n)`); texts defined at import time, before a
translator exists, are marked with QT_TRANSLATE_NOOP and translated where they are shown.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGE_KEY = "view/language"
SYSTEM = "system"
LANGUAGES = ("en", "de", "es")  # shipped; the settings dialog offers these
# Each language in its own name, for the settings dialog (not translated on purpose).
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate under `context` and returns it untranslated (Qt's
    own returns `object` to the type checker); translate it where it is shown."""
    return text

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """resources/translations in the frozen bundle or the source checkout."""
    bundle = getattr(sys, "_MEIPASS", "")
    if bundle:
        return Path(bundle) / "resources" / "translations"
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def choose_language(setting: str | None, system: QLocale | None = None) -> str:
    """The shipped language to use for a preference value and the system's locale."""
    if setting in LANGUAGES:
        return str(setting)
    for tag in (system or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_language(language: str, folder: Path | None = None) -> list[str]:
    """Replace the app's translators with `language`'s; numbers and dates follow it too.
    Returns the .qm files loaded (a missing one means English text for that part)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded: list[str] = []
    sources = [(folder or translations_dir(), f"reviewer_{language}")]
    bundled_qt = translations_dir()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for where in (bundled_qt, Path(qt_dir)):
        if (where / f"qtbase_{language}.qm").is_file():
            sources.append((where, f"qtbase_{language}"))
            break
    for where, name in sources:
        translator = QTranslator(app)
        if translator.load(name, str(where)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(where / f"{name}.qm"))
    QLocale.setDefault(QLocale(language) if language in LANGUAGES else QLocale.system())
    return loaded


def install_file(qm: Path) -> None:
    """Replace the app's translators with one .qm file (the pseudo-locale test uses this)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_file needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        raise FileNotFoundError(qm)
    app.installTranslator(translator)
    _installed.append(translator)


def number(value: int | float, decimals: int = -1) -> str:
    """A number as the interface's language writes it (QLocale: "1.234,5" in German).
    `decimals` >= 0 fixes the digits after the point."""
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    if decimals >= 0:  # rounded as Python rounds (0.25 -> 0.2), whatever Qt would do
        return locale.toString(round(float(value), decimals), "f", decimals)
    return locale.toString(float(value), "g", 6)


def clock(seconds: float) -> str:
    """A playback time ("0:07.3", "1:02:03") with the language's decimal separator."""
    from reviewer.ui.text_model import format_clock

    return format_clock(seconds).replace(".", QLocale().decimalPoint())
