"""The OS keyring as the workspace's SecretStore: the only module that imports `keyring`.

Only backends that keep secrets in a real credential store are accepted. The fail and null
backends, keyrings.alt's file backends and anything unknown are refused with a message that
says how to fix it, so a missing keyring never silently degrades to a plain file or to
"no key yet" (which would orphan an existing workspace).
"""

from __future__ import annotations

import sys

import keyring
import keyring.backend
import keyring.errors

from reviewer.core.workspace_errors import KeyringLocked, KeyringRefused, KeyringUnavailable

# (module, class) of backends that store secrets in an OS credential store.
REAL_BACKENDS = frozenset({
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.macOS", "Keyring"),
    ("keyring.backends.Windows", "WinVaultKeyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
})
_CHAINER = ("keyring.backends.chainer", "ChainerBackend")

PASSPHRASE_HINT = ("create the workspace in passphrase mode with "  # noqa: S105 (advice)
                   "`reviewer init --passphrase-file FILE`")
FIX_HINT = ("use an OS keyring (GNOME Keyring/Secret Service, KWallet, macOS Keychain, Windows "
            f"Credential Locker), or {PASSPHRASE_HINT}")


def _name(backend: object) -> tuple[str, str]:
    cls = type(backend)
    return cls.__module__, cls.__qualname__


def resolve_backend(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    """The backend to use: a real one, or KeyringRefused saying how to fix it.

    keyring's chainer is resolved to its highest-priority backend, which is then used alone:
    a chained lower-priority file backend must never answer (or plant) a workspace key.
    """
    if _name(backend) == _CHAINER:
        parts = list(getattr(backend, "backends", []))
        if not parts:
            raise KeyringRefused(f"no usable keyring backend is available: {FIX_HINT}")
        backend = parts[0]  # keyring sorts them by priority, highest first
    check_backend(backend)
    return backend


def check_backend(backend: keyring.backend.KeyringBackend) -> None:
    """Raises KeyringRefused unless `backend` stores secrets in an OS credential store."""
    name = _name(backend)
    if name in REAL_BACKENDS:
        return
    label = f"{name[0]}.{name[1]}"
    if name[0].startswith("keyrings.alt"):
        why = "stores secrets in a file on disk"
    elif name[0] == "keyring.backends.fail":
        linux = _secret_service_problem()
        raise KeyringRefused(f"no keyring is available: {linux}, or {PASSPHRASE_HINT}" if linux
                             else f"no keyring is available; {FIX_HINT}")
    elif name[0] == "keyring.backends.null":
        why = "stores nothing"
    else:
        why = "is not an OS credential store"
    raise KeyringRefused(f"keyring backend {label} refused: it {why}; {FIX_HINT}")


def _secret_service_problem(platform: str = sys.platform) -> str:
    """On Linux, why the Secret Service (GNOME Keyring, KWallet) did not answer and what to
    install; asked only after keyring found no backend, so a working start never pays."""
    if not platform.startswith("linux"):
        return ""
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018 (raises with the reason when unusable)
    except Exception as exc:  # keyring and secretstorage raise several kinds
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return (f"the Secret Service cannot be reached ({reason}); on Debian and Ubuntu: "
                "sudo apt install gnome-keyring and start Reviewer in a desktop session")
    return ""


class KeyringSecretStore:
    """SecretStore over the process's configured keyring backend, checked on every use."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._fixed = backend

    def _backend(self) -> keyring.backend.KeyringBackend:
        return resolve_backend(self._fixed or keyring.get_keyring())

    def describe(self) -> str:
        module, cls = _name(self._backend())
        return f"{module}.{cls}"

    def get(self, service: str, name: str) -> str | None:
        backend = self._backend()
        try:
            return backend.get_password(service, name)
        except Exception as exc:
            raise _translate(exc) from None

    def set(self, service: str, name: str, value: str) -> None:
        backend = self._backend()
        try:
            backend.set_password(service, name, value)
        except Exception as exc:
            raise _translate(exc) from None

    def delete(self, service: str, name: str) -> None:
        backend = self._backend()
        try:
            backend.delete_password(service, name)
        except keyring.errors.PasswordDeleteError:
            return
        except Exception as exc:
            raise _translate(exc) from None


def _translate(exc: Exception) -> Exception:
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringLocked("the keyring is locked: unlock it (for example by logging in to "
                             "the desktop session) and try again")
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringRefused(f"no keyring is available: {FIX_HINT}")
    if isinstance(exc, keyring.errors.InitError) and "dismissed" in str(exc).lower():
        return KeyringLocked("the keyring is locked and the unlock prompt was dismissed: "
                             "unlock it and try again")
    return KeyringUnavailable(f"the keyring could not be reached ({type(exc).__name__}); "
                              "check that it is running and unlocked")
