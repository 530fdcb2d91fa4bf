"""The real output backend's plain-words errors, and its behaviour without PortAudio."""

from __future__ import annotations

import sys

import pytest

from reviewer.audio.engine import AudioEngine
from reviewer.audio.output import NO_DEVICE, NO_PORTAUDIO, DeviceError, SoundDeviceBackend, _explain
from reviewer.core.playback import PlayerState
from tests.audio.conftest import wait_until
from tests.audio.signals import flac, tone


@pytest.mark.parametrize(("error", "expected", "code"), [
    ("Error querying device -1", NO_DEVICE, "no_device"),
    ("Device unavailable [PaErrorCode -9985]", "is busy", "device_busy"),
    ("Invalid device [PaErrorCode -9996]", "is not available any more", "device_gone"),
    ("Invalid sample rate [PaErrorCode -9997]", "does not support", "rate_unsupported"),
    ("Something odd\nsecond line", "could not be opened (Something odd)", "device_error"),
])
def test_portaudio_errors_become_plain_words(error: str, expected: str, code: str) -> None:
    """Plain English for the logs and the command line, and a code the window words."""
    message, found = _explain(RuntimeError(error), "USB Headset")
    assert expected in message
    assert found == code


def test_without_portaudio_the_engine_still_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import fails like a missing lib
    backend = SoundDeviceBackend()
    assert backend.problem() == NO_PORTAUDIO
    assert "sudo apt install libportaudio2" in NO_PORTAUDIO  # says what to install
    assert backend.output_devices() == []
    with pytest.raises(DeviceError, match="PortAudio"):
        backend.open(None, 48000, 480, lambda out: None, lambda: None)
    engine = AudioEngine(backend=backend)
    try:
        assert engine.device_status().message == NO_PORTAUDIO
        data = flac(tone(440, 0.3, 16000), 16000)
        engine.load("a", data)
        wait_until(lambda: engine.state() == PlayerState.STOPPED)
        engine.play()  # nothing to play through: it says so and stays put
        wait_until(lambda: engine.state() == PlayerState.PAUSED)
        assert not engine.retry_device().available
    finally:
        engine.close()


@pytest.mark.audio_server
def test_real_backend_lists_and_refuses_unknown_devices(audio_server: str) -> None:
    backend = SoundDeviceBackend()
    assert backend.problem() is None
    names = [d.name for d in backend.output_devices()]
    assert "pulse" in names or "default" in names
    with pytest.raises(DeviceError, match="not available"):
        backend.open("No Such Device", 48000, 480, lambda out: None, lambda: None)


@pytest.mark.audio_server
def test_real_retry_reinitialises_portaudio_and_plays_on(audio_server: str) -> None:
    engine = AudioEngine()
    try:
        wait_until(lambda: engine.device_status().available, timeout=10)
        assert engine.retry_device().available
        data = flac(tone(440, 0.5, 48000), 48000)
        engine.load("a", data)
        wait_until(lambda: engine.state() == PlayerState.STOPPED)
        engine.play()
        wait_until(lambda: engine.start_latency_ms() is not None)
        engine.set_device("No Such Device")
        wait_until(lambda: "not available" in engine.device_status().message)
        assert engine.state() != PlayerState.PLAYING
    finally:
        engine.close()
