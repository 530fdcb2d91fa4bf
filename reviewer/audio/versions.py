"""The audio libraries' versions, for `reviewer diagnostics` (support bundles)."""

from __future__ import annotations


def portaudio_version() -> str:
    """PortAudio's version text, or why it could not be loaded."""
    try:
        import sounddevice
    except (ImportError, OSError) as exc:  # OSError: the shared library is missing
        return f"unavailable ({type(exc).__name__})"
    return str(sounddevice.get_portaudio_version()[1])


def libsndfile_version() -> str:
    """libsndfile's version text (the copy soundfile loaded), or why it could not be loaded."""
    try:
        import soundfile
    except (ImportError, OSError) as exc:
        return f"unavailable ({type(exc).__name__})"
    return str(soundfile.__libsndfile_version__)
