"""The app never opens a network connection: an audit hook refuses every non-local socket.

Local IPC still works (D-Bus for the Secret Service, PulseAudio's socket): only AF_UNIX
connections are allowed. The hook is installed once, first thing, by the command line.

The one exception is `reviewer sync` (commands/sync.py), its own process, which cli.py hands
over to before installing this hook. That process gets the opposite guard instead: network
yes, but no file or SQLite database under the workspace other than the spool, so it cannot
open the vault even by mistake.
"""

from __future__ import annotations

import os
import socket
import sys

_installed = False


class NetworkRefused(PermissionError):
    pass


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(sock, "family", None) != socket.AF_UNIX:
            raise NetworkRefused("Reviewer never uses the network")
    elif event == "socket.getaddrinfo":
        raise NetworkRefused("Reviewer never uses the network")


class VaultRefused(PermissionError):
    pass


def install_sync_guard(workspace: os.PathLike[str] | str, spool: os.PathLike[str] | str
                       ) -> None:
    """For `reviewer sync` only: refuses opening anything under `workspace` except `spool`,
    as a file or as an SQLite database (the vault is one)."""
    root = os.path.abspath(workspace) + os.sep
    allowed = os.path.abspath(spool) + os.sep

    def inside(target: object) -> bool:
        if not isinstance(target, str | bytes | os.PathLike):
            return False
        path = os.path.abspath(os.fsdecode(target)) + os.sep
        return path.startswith(root) and not path.startswith(allowed)

    def guard(event: str, args: tuple[object, ...]) -> None:
        if event in ("open", "sqlite3.connect") and args and inside(args[0]):
            raise VaultRefused("reviewer sync never opens the workspace")

    sys.addaudithook(guard)


def install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
