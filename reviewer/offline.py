"""The app never opens a network connection: an audit hook refuses every non-local socket.

Local IPC still works (D-Bus for the Secret Service, PulseAudio's socket): only AF_UNIX
connections are allowed. The hook is installed once, first thing, by the command line.

The one exception is `reviewer sync` (commands/sync.py), its own process, which cli.py hands
over to before installing this hook. That process gets the opposite guard instead: network
yes, but no file under the workspace other than the spool, and no database connection, so it
cannot open the vault even by mistake.
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
    and any SQLite connection (the vault is a SQLCipher database)."""
    root = os.path.abspath(workspace) + os.sep
    allowed = os.path.abspath(spool) + os.sep

    def guard(event: str, args: tuple[object, ...]) -> None:
        if event == "open" and isinstance(args[0], str | bytes | os.PathLike):
            path = os.path.abspath(os.fsdecode(args[0]))
            if (path + os.sep).startswith(root) and not (path + os.sep).startswith(allowed):
                raise VaultRefused("reviewer sync never opens the workspace")
        elif event == "sqlite3.connect":
            raise VaultRefused("reviewer sync never opens a database")

    sys.addaudithook(guard)


def install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
