"""Why playback is off, in the interface's language: the window's words for the codes the
audio device reports (core.playback.DeviceStatus.code). The English message stays for logs
and the command line (`reviewer --smoke-test`)."""

from __future__ import annotations

from reviewer.core.playback import DeviceStatus
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate

# {device}: the device's name as the system gives it.
DEVICE_TEXTS = {
    "starting": QT_TRANSLATE_NOOP("Device", "Audio is starting."),
    "no_portaudio": QT_TRANSLATE_NOOP(
        "Device", "Audio is unavailable: the PortAudio library (libportaudio.so.2) is not "
                  "installed (on Debian and Ubuntu: sudo apt install libportaudio2)."),
    "no_device": QT_TRANSLATE_NOOP("Device", "No audio output device found."),
    "device_lost": QT_TRANSLATE_NOOP(
        "Device", "The audio device stopped responding (disconnected?)."),
    "reinit_failed": QT_TRANSLATE_NOOP("Device", "Audio could not be re-initialised."),
    "device_missing": QT_TRANSLATE_NOOP("Device", "The audio device “{device}” is not "
                                                  "available."),
    "device_busy": QT_TRANSLATE_NOOP(
        "Device", "The audio device “{device}” is busy (used by another program)."),
    "device_gone": QT_TRANSLATE_NOOP("Device",
                                     "The audio device “{device}” is not available any more."),
    "rate_unsupported": QT_TRANSLATE_NOOP(
        "Device", "The audio device “{device}” does not support this clip's sample rate."),
    "device_error": QT_TRANSLATE_NOOP("Device", "The audio device “{device}” could not be "
                                                "opened."),
}
# The same for the system's default device (no name to give).
DEFAULT_DEVICE_TEXTS = {
    "device_busy": QT_TRANSLATE_NOOP(
        "Device", "The default audio device is busy (used by another program)."),
    "device_gone": QT_TRANSLATE_NOOP("Device",
                                     "The default audio device is not available any more."),
    "rate_unsupported": QT_TRANSLATE_NOOP(
        "Device", "The default audio device does not support this clip's sample rate."),
    "device_error": QT_TRANSLATE_NOOP("Device", "The default audio device could not be "
                                                "opened."),
}
UNKNOWN = QT_TRANSLATE_NOOP("Device", "The audio device could not be used.")


def device_text(status: DeviceStatus) -> str:
    """Why playback is off ("" when it is not)."""
    if status.available:
        return ""
    texts = DEVICE_TEXTS if status.device else {**DEVICE_TEXTS, **DEFAULT_DEVICE_TEXTS}
    template = texts.get(status.code)
    if template is None or ("{device}" in template and not status.device):
        return translate("Device", UNKNOWN)
    return translate("Device", template).replace("{device}", status.device)
