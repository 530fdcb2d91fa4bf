"""What sync writes for the window when the store refuses or fails (codes and the action,
never a key or a secret), from each of the store's answers; and the whole path for a wrong
secret: the reviewer's window starts the real `reviewer sync` against the real gateway, sync
writes the refusal into the real spool, and the status line names the key problem."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import ssl
from collections.abc import Iterator
from pathlib import Path

import botocore.exceptions
import keyring.backend
import pytest
from pytestqt.qtbot import QtBot

from reviewer.core.exchange import ExchangeError
from reviewer.core.reasons import reason_of
from reviewer.exchange.s3 import _translated
from reviewer.workflows.spool import Spool
from tests.support.ceph_gateway import Gateway
from tests.support.trust import TestOrganisation
from tests.ui.conftest import HARMLESS_QT

SECRET = "not-the-secret-0123456789"


def client_error(code: str, status: int) -> botocore.exceptions.ClientError:
    return botocore.exceptions.ClientError(
        {"Error": {"Code": code, "Message": f"secret {SECRET}"},
         "ResponseMetadata": {"HTTPStatusCode": status}}, "ListObjectsV2")


def raised(exc: BaseException, action: str = "list") -> ExchangeError:
    with pytest.raises(ExchangeError) as caught, _translated(action):
        raise exc
    return caught.value


@pytest.mark.parametrize(("answer", "status", "code", "general"), [
    ("SignatureDoesNotMatch", 403, "store_key_refused", "exchange_denied"),
    ("InvalidAccessKeyId", 403, "store_key_refused", "exchange_denied"),
    ("AccessDenied", 403, "store_access_refused", "exchange_denied"),
    ("RequestTimeTooSkewed", 403, "store_clock_skew", "exchange_denied"),
    ("NoSuchBucket", 404, "store_bucket_missing", "exchange_denied"),
    ("NoSuchKey", 404, "object_missing", "object_missing"),
    ("SlowDown", 503, "store_answered", "exchange_unavailable"),
])
def test_each_answer_of_the_store_has_its_code(answer: str, status: int, code: str,
                                               general: str) -> None:
    exc = raised(client_error(answer, status), "upload")
    why = reason_of(exc)
    assert why.codes[0] == code
    assert general in why.codes
    assert why.params["action"] == "upload"
    assert SECRET not in json.dumps(why.params)


def test_transport_failures_have_their_codes() -> None:
    unreachable = raised(botocore.exceptions.EndpointConnectionError(
        endpoint_url="https://store.example"))
    assert reason_of(unreachable).codes[:2] == ("store_unreachable", "exchange_unavailable")
    untrusted = ssl.SSLCertVerificationError(1, "certificate verify failed")
    untrusted.verify_message = "unable to get local issuer certificate"
    certificate = botocore.exceptions.SSLError(endpoint_url="https://store.example",
                                               error=untrusted)
    assert reason_of(raised(certificate)).codes[:2] == ("store_certificate_untrusted",
                                                        "exchange_denied")
    other_host = ssl.SSLCertVerificationError(1, "certificate verify failed")
    other_host.verify_message = "Hostname mismatch, certificate is not valid for 'x'"
    proxied = botocore.exceptions.ProxyConnectionError(proxy_url="https://proxy.example",
                                                       error=other_host)
    assert reason_of(raised(proxied)).codes[0] == "proxy_certificate_wrong_host"


def test_the_state_file_keeps_codes_and_safe_values_only(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    exc = raised(client_error("SignatureDoesNotMatch", 403))
    why = reason_of(exc)
    spool.record_state(False, dt.datetime.now(dt.UTC), str(exc), why.codes, why.params)
    doc = json.loads((tmp_path / "sync-state.json").read_text())
    assert doc["codes"][0] == "store_key_refused"
    assert doc["params"] == {"action": "list", "answer": "SignatureDoesNotMatch"}
    assert doc["error"] == str(exc)
    assert SECRET not in json.dumps(doc)


def test_a_refusal_before_any_round_is_written_unless_another_sync_serves_the_spool(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reviewer.commands.sync import main
    from reviewer.fileio import exclusive_lock

    spool = Spool(tmp_path / "spool")
    spool.root.mkdir()
    assert main(["--spool", str(spool.root), "--once"]) == 2
    assert "no exchange settings in" in capsys.readouterr().err  # the same English line
    state = spool.sync_state()
    assert state is not None
    assert state.codes == ("sync_no_settings", "refused_input", "error")
    # Another sync holds the spool: its rounds are what the window shows, left untouched.
    spool.record_state(True, dt.datetime.now(dt.UTC))
    with exclusive_lock(spool.lock_path, timeout=0):
        assert main(["--spool", str(spool.root), "--once"]) == 2
    kept = spool.sync_state()
    assert kept is not None
    assert kept.ok


# ------------------------------------------------------------------ the whole path

@contextlib.contextmanager
def wrong_secret_for(gateway: Gateway) -> Iterator[None]:
    """ws-a's real access key with a wrong secret, in the real Secret Service; ws-a's right
    keys again afterwards (the `credentials` fixture's)."""
    from reviewer.commands.sync import CREDENTIALS_SERVICE
    from reviewer.vault.keyring_store import KeyringSecretStore

    access, secret = gateway.keys["ws-a"]
    keyring_store = KeyringSecretStore()
    keyring_store.set(CREDENTIALS_SERVICE, "ws-a",
                      json.dumps({"access_key": access, "secret_key": SECRET}))
    try:
        yield
    finally:
        keyring_store.set(CREDENTIALS_SERVICE, "ws-a",
                          json.dumps({"access_key": access, "secret_key": secret}))


@pytest.mark.slow
@pytest.mark.qt_log_ignore(HARMLESS_QT)
def test_a_wrong_secret_stops_sync_and_the_window_names_the_key_problem(
        qtbot: QtBot, gateway: Gateway, open_bucket: str,
        secret_service: keyring.backend.KeyringBackend, organisation: TestOrganisation,
        workspace_dir: Path, tmp_path: Path) -> None:
    from reviewer.ui.i18n import install_language
    from reviewer.ui.qt_app import application
    from reviewer.workflows.spool import workspace_spool
    from tests.exchange.test_window_sync import Opened, enroll, status
    from tests.support.translations import ensure_compiled

    ensure_compiled()
    install_language("en")
    application()
    enroll(workspace_dir, organisation, gateway.endpoint, open_bucket)
    with wrong_secret_for(gateway):
        window = Opened(qtbot, workspace_dir, tmp_path / "settings.ini")
        try:
            # The window's own sync (a real child process) is refused by the store, writes
            # why into the spool and ends; the window reads the spool and says so.
            qtbot.waitUntil(lambda: status(window.win).startswith(
                "The store refused this workstation's key: ask IT to check it"),
                timeout=60_000)
            state = Spool(workspace_spool(workspace_dir)).sync_state()
            assert state is not None
            assert state.codes[0] == "store_key_refused"
            assert SECRET not in (workspace_spool(workspace_dir) / "sync-state.json").read_text()
            sync = window.win.sync
            assert sync is not None
            assert "refused this workstation's key" in sync.last_error  # English, for IT
        finally:
            window.close()
