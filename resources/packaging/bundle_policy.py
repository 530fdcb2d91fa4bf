"""What goes into the frozen bundle: rules the PyInstaller spec applies to its analysis.

Kept apart from the spec so the rules are plain functions with unit tests
(tests/packaging/test_bundle_policy.py). Two rules:

1. Qt plugins and translations: only what the app uses. PySide6's hooks collect every plugin
   the wheel ships; several pull in heavy system stacks (the GTK3 platform theme drags in GTK,
   cairo and pango) or features the app must not have (TLS and network-information plugins).
2. System libraries: on Linux PyInstaller copies every shared library a collected binary
   links to, including the distribution's own (libxcb-*, fontconfig, dbus, libssl...). The
   .deb leaves those out and declares them in `Depends` instead, so the distribution's
   security updates apply and the X/font/D-Bus stack matches the user's system. So is
   soundfile's libsndfile (the audio codecs), although a wheel ships it. The bundle
   keeps what pip wheels ship (Qt, SQLCipher, numpy...), the Python runtime it was
   frozen with, and PortAudio (so audio works even where libportaudio2 is not installed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Where PySide6 wheels keep Qt's plugins: PySide6/Qt/plugins (Linux, macOS), PySide6/plugins
# (Windows).
QT_PLUGIN_DIR = re.compile(r"^PySide6/(?:Qt/)?plugins/(.+)$")

# plugin folder -> plugins kept, by base name ("qxcb" matches libqxcb.so, qxcb.dll and
# libqxcb.dylib); None keeps the whole folder. Folders not listed are dropped.
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # xcb for X11 desktops (and Wayland through XWayland), the native platform on Windows and
    # macOS, offscreen for the smoke test and headless runs, minimal as a last resort.
    "platforms": frozenset({"qxcb", "qwindows", "qcocoa", "qoffscreen", "qminimal"}),
    "xcbglintegrations": None,  # xcb needs one of these to create its GL/EGL contexts
    # compose keys and IBus: transcribers type accents. (Not the Qt Quick virtual keyboard
    # that PySide6-Addons adds: it drags in Qt Quick and QML.)
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # native file dialogs (D-Bus)
    "styles": None,  # the native widget style on Windows (qmodernwindowsstyle)
    "iconengines": None,  # SVG icons
    # The app shows only its own icons (svg; png is built into QtGui). No JPEG or GIF
    # plugin: qjpeg embeds its own libjpeg (lintian: embedded-library), an image parser
    # Debian's security updates would never reach, for images the app never opens.
    "imageformats": frozenset({"qsvg", "qico"}),
}

# Linux only: Qt libraries only the dropped plugins use (Wayland client, EGLFS), and Qt's
# network library: the app never uses the network (see reviewer/offline.py). The post-build
# ldd check (deb_depends.py) fails the build if a kept binary still needs one of them.
QT_LIBS_DROPPED = re.compile(
    r"libQt6(WaylandClient|WaylandEglClientHwIntegration|WlShellIntegration|"
    r"EglFSDeviceIntegration|EglFsKmsSupport|Network)\.so"
)

SYSTEM_LIB_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")
# System libraries the bundle carries on purpose: the interpreter it was frozen with, and
# PortAudio (sounddevice's PyInstaller hook collects it; the app needs it to play anything).
SYSTEM_LIBS_BUNDLED = re.compile(r"lib(python3\.\d+|portaudio)\.so")


def keep_qt_plugin(dest: str) -> bool:
    """`dest` is the path inside the bundle; anything outside Qt's plugin folder is kept."""
    match = QT_PLUGIN_DIR.match(dest.replace("\\", "/"))
    if match is None:
        return True
    parts = PurePosixPath(match.group(1)).parts
    if len(parts) < 2:
        return True
    folder, name = parts[0], parts[-1]
    if folder not in QT_PLUGINS_KEPT:
        return False
    kept = QT_PLUGINS_KEPT[folder]
    return kept is None or plugin_base_name(name) in kept


def plugin_base_name(filename: str) -> str:
    """libqxcb.so / qwindows.dll / libqcocoa.dylib -> qxcb / qwindows / qcocoa."""
    stem = re.sub(r"\.(so|dll|dylib)$", "", filename)
    return stem[3:] if stem.startswith("lib") else stem


def is_system_library(src: str) -> bool:
    """A shared library installed by the distribution (not by pip, not Python's own modules)."""
    path = src.replace("\\", "/")
    if not path.startswith(SYSTEM_LIB_DIRS):
        return False
    if "/python3" in path or "/site-packages/" in path or "/dist-packages/" in path:
        return False  # the interpreter's extension modules and anything pip installed
    return bool(re.search(r"/lib[^/]*\.so(\.[0-9.]+)?$", path))


# Qt's own translations directory stays out (dozens of languages, most unused): the ones the
# app ships with its own (qtbase_de.qm, qtbase_es.qm) are copied into resources/translations by
# resources/dev/update_translations.py release, and reviewer.spec bundles that folder's .qm.
QT_TRANSLATIONS = re.compile(r"^PySide6/(?:Qt/)?translations/")


# Linux: soundfile's wheel carries its own libsndfile (with mpg123, Vorbis, Opus and FLAC
# built in), codecs that parse untrusted audio. The .deb leaves it out and depends on Debian's
# libsndfile1 instead, so Debian's security updates reach them; the runtime hook
# rthooks/pyi_rth_system_libsndfile.py makes soundfile open the system copy.
SOUNDFILE_DATA = re.compile(r"^_soundfile_data/")


def keep_binary(dest: str, src: str, platform: str) -> bool:
    if platform.startswith("linux") and SOUNDFILE_DATA.match(dest.replace("\\", "/")):
        return False
    if not keep_qt_plugin(dest):
        return False
    if QT_TRANSLATIONS.match(dest.replace("\\", "/")):
        return False
    if not platform.startswith("linux"):
        return True  # Windows/macOS: no package manager to depend on, and no ldd check
    if QT_LIBS_DROPPED.search(PurePosixPath(dest).name):
        return False
    if is_system_library(src):
        return bool(SYSTEM_LIBS_BUNDLED.search(PurePosixPath(src).name))
    return True


TocEntry = tuple[str, str, str]
QT_LIB_DIR = re.compile(r"^PySide6/Qt/lib/")


def filter_toc(entries: Iterable[TocEntry], platform: str) -> list[TocEntry]:
    """Filter PyInstaller TOC entries (dest, src, typecode) for binaries and datas alike."""
    return [entry for entry in entries if keep_binary(entry[0], entry[1], platform)]


def unreachable_qt_libs(entries: Iterable[TocEntry],
                        needed: Callable[[str], Iterable[str]]) -> set[str]:
    """Qt's own libraries (PySide6/Qt/lib) that nothing kept links to, directly or not.

    PyInstaller collects the libraries of every plugin it finds, including plugins the rules
    above drop (PySide6-Addons' PDF image plugin and virtual keyboard pull in Qt Pdf, Qml,
    Quick...). `needed` gives a binary's DT_NEEDED sonames (linux/elfinfo.py). Returns the
    bundle paths to drop; symbolic links (typecode SYMLINK) are neither roots nor walked.
    """
    kept = [entry for entry in entries if entry[2] != "SYMLINK"]
    qt_libs = {PurePosixPath(dest).name: (dest, src) for dest, src, _kind in kept
               if QT_LIB_DIR.match(dest)}
    reached: set[str] = set()
    pending = [src for dest, src, _kind in kept if not QT_LIB_DIR.match(dest)]
    while pending:
        for soname in needed(pending.pop()):
            if soname in qt_libs and soname not in reached:
                reached.add(soname)
                pending.append(qt_libs[soname][1])
    return {dest for name, (dest, _src) in qt_libs.items() if name not in reached}


def without(entries: Iterable[TocEntry], dropped: set[str]) -> list[TocEntry]:
    """`entries` less the dropped paths and any symbolic link pointing at one of them."""
    result = []
    for dest, src, kind in entries:
        if dest in dropped:
            continue
        if kind == "SYMLINK":
            target = PurePosixPath(dest).parent / src
            if str(target) in dropped or src in dropped:
                continue
        result.append((dest, src, kind))
    return result
