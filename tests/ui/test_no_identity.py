"""No identity, tested: import packages through the real gate and vault, use the window, and
find none of the packages' upstream ids, file paths or masked values in any widget or log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from tests.support.package_builder import PackageBuilder
from tests.ui.conftest import settle
from tests.ui.real_backend import real_backend
from tests.ui.widget_walk import all_texts

PHONE = "+1 415 555 0199"
EMAIL = "anna.smith@example.com"


def identity_package(root: Path, package_id: str, prefix: str) -> tuple[Path, list[str]]:
    b = PackageBuilder()
    b.header["package_id"] = package_id
    b.header["questions"] = [{"id": "noise", "prompt": "Background noise?", "kind": "bool",
                              "required": False}]
    secrets = [package_id]
    for i in range(3):
        line = b.add_clip(f"{prefix}_{i:04d}{'c1' * 14}", seconds=0.5,
                          assistant_response=f"Calling {PHONE}, or mail {EMAIL}")
        secrets += [line["clip_id"], line["audio_filepath"]]
    return b.write_dir(root / package_id), [*secrets, PHONE, EMAIL]


@pytest.mark.gui
def test_window_and_logs_show_no_identity(qtbot: QtBot, tmp_path: Path,
                                          caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    first, secrets_a = identity_package(tmp_path, "alpha_" + "a7" * 16, "upalpha")
    second, secrets_b = identity_package(tmp_path, "bravo_" + "b8" * 16, "upbravo")
    backend = real_backend(first)
    window = MainWindow(backend, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    with qtbot.waitSignal(window.import_finished, timeout=15000) as blocker:
        window.import_from(second)
    assert blocker.args == [True]
    settle(qtbot, window)
    assert window.model.counts().total == 6
    # Use the window a little: open clips of both packages, type, mark, submit one.
    qtbot.keyClicks(window.editor.editor, "call anna")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    window.model.open(window.model.queue_rows(5, 1)[0].local_id)
    settle(qtbot, window)
    assert "[PHONE]" in window.editor.response_label.text()  # masked, as the gate promises
    texts = all_texts()
    assert any("Package 2" in t for t in texts)  # the queue names packages by number
    logs = caplog.text
    for secret in secrets_a + secrets_b:
        found = [t for t in texts if secret.lower() in t.lower()]
        assert not found, f"an upstream value is shown: {secret!r}"
        assert secret.lower() not in logs.lower()
    assert str(tmp_path) not in "\n".join(texts)  # nor where the packages came from
    window.close()
    backend.close()
