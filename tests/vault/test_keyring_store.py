"""Only real OS keyrings are accepted; locked and missing keyrings say so clearly."""

from __future__ import annotations

import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from reviewer.core.workspace_errors import KeyringLocked, KeyringRefused, KeyringUnavailable
from reviewer.vault.keyring_store import (
    KeyringSecretStore,
    _secret_service_problem,
    check_backend,
)
from tests.support.memory_keyring import MemoryKeyring


def _claiming(cls: type, module: str, name: str) -> None:
    cls.__module__, cls.__name__, cls.__qualname__ = module, name, name


def _backend_named(module: str, name: str) -> MemoryKeyring:
    """An in-memory backend whose class claims another module, as keyrings.alt's would."""

    class Named(MemoryKeyring):
        pass

    _claiming(Named, module, name)
    return Named()


def test_fail_backend_refused_with_fix() -> None:
    with pytest.raises(KeyringRefused, match="passphrase-file"):
        KeyringSecretStore(fail.Keyring()).get("s", "n")


def test_only_linux_is_told_about_the_secret_service() -> None:
    # (Linux, with no Secret Service: tests/test_start_errors.py runs the command.)
    assert _secret_service_problem("darwin") == ""
    assert _secret_service_problem("win32") == ""


def test_null_backend_refused() -> None:
    with pytest.raises(KeyringRefused, match="stores nothing"):
        KeyringSecretStore(null.Keyring()).get("s", "n")


@pytest.mark.parametrize("name", ["PlaintextKeyring", "EncryptedKeyring"])
def test_keyrings_alt_file_backends_refused(name: str) -> None:
    backend = _backend_named("keyrings.alt.file", name)
    with pytest.raises(KeyringRefused, match="file on disk"):
        KeyringSecretStore(backend).set("s", "n", "v")
    assert backend.secrets == {}


def test_test_memory_keyring_refused_by_production_check() -> None:
    with pytest.raises(KeyringRefused, match="not an OS credential store"):
        check_backend(MemoryKeyring())


def test_process_default_is_checked(memory_keyring: MemoryKeyring) -> None:
    # conftest installs the MemoryKeyring process-wide: production code must still refuse it.
    with pytest.raises(KeyringRefused):
        KeyringSecretStore().get("s", "n")


def _chainer(*parts: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:

    class Chainer(chainer.ChainerBackend):
        backends = parts

    _claiming(Chainer, "keyring.backends.chainer", "ChainerBackend")
    return Chainer()  # type: ignore[no-untyped-call]  # keyring's __init__, unannotated


def test_chainer_refused_when_it_resolves_to_a_file_backend() -> None:
    plain = _backend_named("keyrings.alt.file", "PlaintextKeyring")
    real = _backend_named("keyring.backends.SecretService", "Keyring")
    with pytest.raises(KeyringRefused, match="file on disk"):
        KeyringSecretStore(_chainer(plain, real)).get("s", "n")
    with pytest.raises(KeyringRefused, match="no usable keyring"):
        KeyringSecretStore(_chainer()).get("s", "n")


def test_chainer_led_by_a_real_backend_uses_it_alone() -> None:
    real = _backend_named("keyring.backends.SecretService", "Keyring")
    plain = _backend_named("keyrings.alt.file", "PlaintextKeyring")
    plain.secrets[("s", "n")] = "planted"
    store = KeyringSecretStore(_chainer(real, plain))
    assert store.describe() == "keyring.backends.SecretService.Keyring"
    assert store.get("s", "n") is None  # the file backend is never consulted
    store.set("s", "n", "v")
    assert real.secrets == {("s", "n"): "v"}


def test_real_backend_names_accepted() -> None:
    check_backend(_backend_named("keyring.backends.SecretService", "Keyring"))
    check_backend(_backend_named("keyring.backends.Windows", "WinVaultKeyring"))
    check_backend(_backend_named("keyring.backends.macOS", "Keyring"))


class _Raising(MemoryKeyring):
    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service: str, username: str) -> str | None:
        raise self.exc


def _real_but_raising(exc: Exception) -> keyring.backend.KeyringBackend:

    class Raising(_Raising):
        pass

    _claiming(Raising, "keyring.backends.SecretService", "Keyring")
    return Raising(exc)


def test_locked_keyring_reported_as_locked() -> None:
    store = KeyringSecretStore(_real_but_raising(keyring.errors.KeyringLocked("locked")))
    with pytest.raises(KeyringLocked, match="locked"):
        store.get("s", "n")


def test_dismissed_prompt_reported_as_locked() -> None:
    store = KeyringSecretStore(_real_but_raising(keyring.errors.InitError("Prompt dismissed")))
    with pytest.raises(KeyringLocked):
        store.get("s", "n")


def test_unreachable_keyring_is_one_clear_error_without_secrets() -> None:
    store = KeyringSecretStore(_real_but_raising(RuntimeError("secret-value-123")))
    with pytest.raises(KeyringUnavailable) as info:
        store.get("s", "n")
    assert "secret-value-123" not in str(info.value)
