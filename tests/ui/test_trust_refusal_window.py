"""The reviewer window says why a package was refused, in the reviewer's language (issue 16):
the real trust gate refuses a real package into a real workspace, and the window's message
names the reason instead of pointing to `reviewer check`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reviewer.ui.backend import ImportProgress, ImportSummary
from reviewer.ui.i18n import install_language
from reviewer.ui.qt_main_window import MainWindow
from reviewer.vault.workspace import Workspace
from tests.support.trust import TestOrganisation
from tests.trust.conftest import gate_for
from tests.trust.test_refusal_reasons import (
    Refusal,
    other_organisations_package,
    package_sealed_to_another_workstation,
    unsigned_plain_package,
)
from tests.ui.fakes import FakeBackend
from tests.vault.fakes import DictSecretStore


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "ws", DictSecretStore(), create=True) as workspace:
        yield workspace


@pytest.fixture(params=["de", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(str(request.param))
    try:
        yield str(request.param)
    finally:
        install_language("en")


# the refusal, and what the window must say in German and Spanish
CASES: list[tuple[Refusal, dict[str, str]]] = [
    (other_organisations_package, {"de": "widerrufen", "es": "revocada"}),
    (package_sealed_to_another_workstation,
     {"de": "anderen Arbeitsplatz versiegelt", "es": "sellado para otro puesto"}),
    (unsigned_plain_package, {"de": "Signed Only Org nimmt nur signierte Pakete an",
                              "es": "Signed Only Org solo acepta paquetes firmados"}),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0].__name__)
def test_the_window_says_why_a_package_was_refused(
        qtbot: QtBot, window: MainWindow, backend: FakeBackend, ws: Workspace,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str,
        case: tuple[Refusal, dict[str, str]]) -> None:
    refusal, words = case
    org = TestOrganisation(allow_unsigned=False, name="Signed Only Org")

    def real_gate(path: Path, progress: ImportProgress) -> ImportSummary:
        refusal(ws, org, tmp_path)  # the real gate over a real package: raises
        raise AssertionError("not refused")

    monkeypatch.setattr(backend, "import_package", real_gate)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    with qtbot.waitSignal(window.import_finished, timeout=30000) as done:
        window.import_from(tmp_path / "work.rpkg")
    assert done.args == [False]
    assert len(shown) == 1
    assert words[language] in shown[0], shown[0]
    assert "reviewer check" not in shown[0]  # not the general sentence
    assert ws.packages.stored() == []


def test_the_gate_used_here_is_the_real_one(ws: Workspace, tmp_path: Path) -> None:
    """The same package from the organisation itself imports (the refusals above are real)."""
    from reviewer.workflows.org_pack import seal_package
    from reviewer.workflows.trust import ensure_workstation
    from tests.trust.conftest import packed

    org = TestOrganisation(allow_unsigned=False)
    recipient = ensure_workstation(ws, org.crypto).keys.age
    path = tmp_path / "work.rpkg"
    path.write_bytes(seal_package(org.crypto, org.secrets, packed(tmp_path), recipient))
    assert gate_for(ws, org.trust)(path, None).header.package_id
