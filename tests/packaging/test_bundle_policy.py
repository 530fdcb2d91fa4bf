"""What the PyInstaller spec keeps in the bundle (resources/packaging/bundle_policy.py)."""

from __future__ import annotations

from types import ModuleType

import pytest

PLUGINS = "PySide6/Qt/plugins/"


@pytest.mark.parametrize(("dest", "kept"), [
    (PLUGINS + "platforms/libqxcb.so", True),
    (PLUGINS + "platforms/libqoffscreen.so", True),
    (PLUGINS + "platforms/libqminimal.so", True),
    (PLUGINS + "platforms/libqwayland.so", False),
    (PLUGINS + "platforms/libqvnc.so", False),  # a VNC server inside a privacy tool: no
    (PLUGINS + "platformthemes/libqgtk3.so", False),  # drags in GTK, cairo, pango
    (PLUGINS + "platformthemes/libqxdgdesktopportal.so", True),
    (PLUGINS + "xcbglintegrations/libqxcb-glx-integration.so", True),
    (PLUGINS + "platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    (PLUGINS + "imageformats/libqsvg.so", True),
    (PLUGINS + "imageformats/libqtiff.so", False),
    (PLUGINS + "imageformats/libqjpeg.so", False),  # embeds libjpeg; the app shows no JPEG
    (PLUGINS + "imageformats/libqgif.so", False),
    (PLUGINS + "tls/libqopensslbackend.so", False),
    (PLUGINS + "networkinformation/libqnetworkmanager.so", False),
    (PLUGINS + "wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/QtCore.abi3.so", True),
])
def test_qt_plugins_kept_are_the_ones_the_app_uses(
        bundle_policy: ModuleType, dest: str, kept: bool) -> None:
    assert bundle_policy.keep_qt_plugin(dest) is kept


@pytest.mark.parametrize(("src", "system"), [
    ("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", True),
    ("/lib/x86_64-linux-gnu/libdbus-1.so.3", True),
    ("/usr/lib/x86_64-linux-gnu/libfontconfig.so.1.12.0", True),
    ("/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so", False),
    ("/usr/lib/python3/dist-packages/foo/libbar.so", False),
    ("/work/main/.venv/lib/python3.11/site-packages/PySide6/Qt/lib/libQt6Core.so.6", False),
    ("/work/main/.venv/lib/python3.11/site-packages/numpy.libs/libgfortran-0403.so.5.0.0",
     False),
    ("/usr/share/alsa/alsa.conf", False),
])
def test_system_libraries_are_told_apart_from_wheel_libraries(
        bundle_policy: ModuleType, src: str, system: bool) -> None:
    assert bundle_policy.is_system_library(src) is system


def test_system_libraries_leave_the_linux_bundle_except_python_and_portaudio(
        bundle_policy: ModuleType) -> None:
    toc = [
        ("libxcb-cursor.so.0", "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY"),
        ("libportaudio.so.2", "/usr/lib/x86_64-linux-gnu/libportaudio.so.2.0.0", "BINARY"),
        ("libQt6Core.so.6", "/venv/site-packages/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("libQt6Network.so.6", "/venv/site-packages/PySide6/Qt/lib/libQt6Network.so.6",
         "BINARY"),
        ("libQt6WaylandClient.so.6", "/venv/site-packages/PySide6/Qt/lib/"
         "libQt6WaylandClient.so.6", "BINARY"),
        (PLUGINS + "platforms/libqeglfs.so", "/venv/site-packages/" + PLUGINS +
         "platforms/libqeglfs.so", "BINARY"),
    ]
    kept = [dest for dest, _src, _kind in bundle_policy.filter_toc(toc, "linux")]
    assert kept == ["libpython3.11.so.1.0", "libportaudio.so.2", "libQt6Core.so.6"]


def test_other_platforms_keep_their_system_libraries(bundle_policy: ModuleType) -> None:
    # Only the .deb can declare Depends; elsewhere what the analysis found stays bundled.
    toc = [("libfoo.so.1", "/usr/lib/libfoo.so.1", "BINARY")]
    assert bundle_policy.filter_toc(toc, "darwin") == toc


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\plugins\\imageformats\\qsvg.dll", True),
    ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.dylib", True),
])
def test_windows_and_macos_keep_their_native_platform_plugin(
        bundle_policy: ModuleType, dest: str, kept: bool) -> None:
    assert bundle_policy.keep_qt_plugin(dest) is kept


def test_windows_keeps_libraries_the_linux_rules_would_drop(bundle_policy: ModuleType) -> None:
    toc = [("Qt6Network.dll", "C:/py/site-packages/PySide6/Qt6Network.dll", "BINARY")]
    assert bundle_policy.filter_toc(toc, "win32") == toc


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/translations/qtbase_de.qm", "PySide6\\translations\\qt_fr.qm"])
def test_qt_translations_stay_out_while_the_ui_loads_none(
        bundle_policy: ModuleType, dest: str) -> None:
    assert bundle_policy.filter_toc([(dest, "/venv/" + dest, "DATA")], "linux") == []
    assert bundle_policy.filter_toc([(dest, "C:/venv/" + dest, "DATA")], "win32") == []


def test_qt_libraries_nothing_kept_links_to_are_dropped_with_their_links(
        bundle_policy: ModuleType) -> None:
    lib = "PySide6/Qt/lib/"
    toc = [
        (PLUGINS + "platforms/libqxcb.so", "/v/qxcb.so", "BINARY"),
        (lib + "libQt6XcbQpa.so.6", "/v/XcbQpa.so", "BINARY"),
        (lib + "libQt6Core.so.6", "/v/Core.so", "BINARY"),
        (lib + "libQt6Pdf.so.6", "/v/Pdf.so", "BINARY"),  # only the dropped PDF plugin used it
        (lib + "libQt6Qml.so.6", "/v/Qml.so", "BINARY"),  # only Pdf used it
        ("libQt6Pdf.so.6", lib + "libQt6Pdf.so.6", "SYMLINK"),
        ("libQt6Core.so.6", lib + "libQt6Core.so.6", "SYMLINK"),
    ]
    links = {"/v/qxcb.so": ["libQt6XcbQpa.so.6"], "/v/XcbQpa.so": ["libQt6Core.so.6"],
             "/v/Pdf.so": ["libQt6Qml.so.6", "libQt6Core.so.6"]}
    dropped = bundle_policy.unreachable_qt_libs(toc, lambda src: links.get(src, []))
    assert dropped == {lib + "libQt6Pdf.so.6", lib + "libQt6Qml.so.6"}
    assert [dest for dest, _src, _kind in bundle_policy.without(toc, dropped)] == [
        PLUGINS + "platforms/libqxcb.so", lib + "libQt6XcbQpa.so.6", lib + "libQt6Core.so.6",
        "libQt6Core.so.6"]


def test_the_qt_quick_virtual_keyboard_stays_out(bundle_policy: ModuleType) -> None:
    assert not bundle_policy.keep_qt_plugin(
        PLUGINS + "platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert bundle_policy.keep_qt_plugin(
        PLUGINS + "platforminputcontexts/libcomposeplatforminputcontextplugin.so")


@pytest.mark.parametrize(("platform", "kept"), [("linux", False), ("win32", True),
                                                ("darwin", True)])
def test_soundfiles_own_libsndfile_is_left_out_on_linux_only(
        bundle_policy: ModuleType, platform: str, kept: bool) -> None:
    """On Linux the codecs (libsndfile with mpg123, Vorbis, Opus, FLAC) come from Debian's
    libsndfile1; Windows and macOS have no system copy to depend on."""
    src = "/venv/lib/python3.11/site-packages/_soundfile_data/libsndfile_x86_64.so"
    for dest in ("_soundfile_data/libsndfile_x86_64.so", "_soundfile_data/COPYING"):
        assert bundle_policy.keep_binary(dest, src, platform) is kept
    assert bundle_policy.keep_binary("soundfile.py", "/venv/soundfile.py", "linux")
