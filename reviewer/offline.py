"""The app never opens a network connection: an audit hook refuses every non-local socket.

Local IPC still works (D-Bus for the Secret Service, PulseAudio's socket): only AF_UNIX
connections are allowed. The hook is installed once, first thing, by the command line.
"""

from __future__ import annotations

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


def install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
