"""pytest plugin: run the tests with Debian's libsndfile instead of the wheel's.

    python -m pytest -p tests.support.system_codecs tests/intake tests/audio

The .deb leaves soundfile's own libsndfile (`_soundfile_data`, with its built-in mpg123,
Vorbis, Opus and FLAC) out and decodes with Debian's libsndfile1 and the codec libraries it
links. Those may decode differently from the wheel's. check-deb.sh runs the intake and audio
tests once more through this plugin, so every expectation about accepted, refused and decoded
audio is checked against the library the installed app really uses. Loaded with `-p`, it runs
before any test module imports soundfile; it refuses to go on unless the library loaded is
the system's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# soundfile tries `import _soundfile_data` first; a None entry makes that import fail, so it
# falls back to the system library, as the frozen app does (rthooks/pyi_rth_system_libsndfile.py).
sys.modules["_soundfile_data"] = None  # type: ignore[assignment]


def loaded_libsndfile() -> str | None:
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split()
        if len(fields) >= 6 and Path(fields[-1]).name.startswith("libsndfile"):
            return fields[-1]
    return None


def pytest_configure(config: pytest.Config) -> None:
    import soundfile

    path = loaded_libsndfile()
    if path is None or "_soundfile_data" in path or not path.startswith(("/usr/lib/", "/lib/")):
        raise pytest.UsageError(f"system_codecs: soundfile loaded {path}, not Debian's "
                                "libsndfile (apt-get install libsndfile1)")
    config.stash[LIBRARY] = f"libsndfile {soundfile.__libsndfile_version__} from {path}"


LIBRARY = pytest.StashKey[str]()


def pytest_report_header(config: pytest.Config) -> str:
    return f"system codecs: {config.stash[LIBRARY]}"
