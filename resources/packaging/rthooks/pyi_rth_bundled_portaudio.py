"""PyInstaller runtime hook: make sounddevice load the PortAudio that the bundle carries.

sounddevice finds PortAudio with `ctypes.util.find_library("portaudio")`, which on Linux asks
the system (ldconfig's cache). Where libportaudio2 is not installed it finds nothing, and the
copy in the bundle is never tried: the app says PortAudio is missing. Found on a minimal
Debian 12 with only the package's Depends installed. This hook runs before the app's code and
answers that one question with the bundled library; every other lookup is unchanged.
"""

import ctypes.util
import os
import sys


def _prefer_bundled_portaudio() -> None:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is None or not sys.platform.startswith("linux"):
        return
    bundled = os.path.join(bundle, "libportaudio.so.2")
    if not os.path.isfile(bundled):
        return
    system_find_library = ctypes.util.find_library

    def find_library(name: str) -> str | None:
        return bundled if name == "portaudio" else system_find_library(name)

    ctypes.util.find_library = find_library


_prefer_bundled_portaudio()
