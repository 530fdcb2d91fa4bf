"""PyInstaller runtime hook (Linux): make soundfile open Debian's libsndfile, by its soname.

The .deb does not bundle soundfile's own libsndfile (`_soundfile_data`, excluded by
bundle_policy.py): the codecs it embeds (mpg123, Vorbis, Opus, FLAC) parse untrusted audio and
must get Debian's security updates, so the package depends on libsndfile1. soundfile 0.13+
first imports `_soundfile_data` (absent here) and then asks `ctypes.util.find_library("sndfile")`,
which runs `ldconfig -p` and, failing that, gcc or ld: slow, and it may pick whatever
`libsndfile.so*` the cache lists first. This hook answers that one question with the ABI the
package depends on, `libsndfile.so.1`, which the dynamic loader resolves from the system's
library directories (nothing in the bundle carries that name). Other lookups are unchanged.
"""

import ctypes.util
import sys


def _use_system_libsndfile() -> None:
    if getattr(sys, "_MEIPASS", None) is None or not sys.platform.startswith("linux"):
        return
    system_find_library = ctypes.util.find_library

    def find_library(name: str) -> str | None:
        return "libsndfile.so.1" if name == "sndfile" else system_find_library(name)

    ctypes.util.find_library = find_library


_use_system_libsndfile()
