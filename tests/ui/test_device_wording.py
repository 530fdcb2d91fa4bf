"""Why playback is off, in the window's language: every code the audio device reports is
worded (ui/device_wording.py), the device's name takes its place, and German reads German."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.playback import DeviceStatus
from reviewer.ui.device_wording import DEVICE_TEXTS, device_text
from reviewer.ui.i18n import install_language
from tests.support.translations import ensure_compiled

AUDIO = Path(__file__).resolve().parents[2] / "reviewer" / "audio"


def reported_codes() -> set[str]:
    """Codes the audio sources give: DeviceError(message, code), _fail(message, code),
    DeviceStatus(available, message, code), and what _explain and problem_code return."""
    found: set[str] = set()
    for path in (AUDIO / "output.py", AUDIO / "devices.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = (node.func.attr if isinstance(node.func, ast.Attribute)
                        else node.func.id if isinstance(node.func, ast.Name) else "")
                where = {"DeviceError": 1, "_fail": 1, "DeviceStatus": 2}.get(name)
                arg = node.args[where] if where is not None and len(node.args) > where else None
                if isinstance(arg, ast.Constant):
                    found.add(str(arg.value))
            elif isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple | ast.Constant):
                last = node.value.elts[-1] if isinstance(node.value, ast.Tuple) else node.value
                if isinstance(last, ast.Constant) and isinstance(last.value, str) and (
                        "_" in last.value and " " not in last.value):
                    found.add(last.value)
    return found


def test_every_device_code_is_worded() -> None:
    codes = reported_codes()
    assert {"no_device", "device_busy", "device_lost", "starting", "no_portaudio"} <= codes
    assert codes - DEVICE_TEXTS.keys() == set()


def test_the_device_is_named_and_the_default_is_said_so() -> None:
    install_language("en")
    busy = DeviceStatus(False, "x", "device_busy", "USB Audio [hw:1]")
    assert device_text(busy) == "The audio device “USB Audio [hw:1]” is busy (used by another " \
                                "program)."
    assert device_text(DeviceStatus(False, "x", "device_busy")) == (
        "The default audio device is busy (used by another program).")
    assert device_text(DeviceStatus(False, "x", "odd")) == "The audio device could not be used."
    assert device_text(DeviceStatus(True)) == ""


@pytest.fixture
def german() -> Iterator[None]:
    ensure_compiled()
    install_language("de")
    try:
        yield
    finally:
        install_language("en")


@pytest.mark.parametrize("code", sorted(DEVICE_TEXTS))
def test_device_problems_read_in_german(german: None, code: str) -> None:
    status = DeviceStatus(False, "English", code, "Gerät 1")
    text = device_text(status)
    install_language("en")
    english = device_text(status)
    install_language("de")
    assert text != english
