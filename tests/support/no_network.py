"""Runs a module with every IP socket blocked at creation:
`python no_network.py [--organisation FILE] -m MOD ARGS` (see managed.py for the option).

Stronger than the app's own audit hook: even creating an AF_INET/AF_INET6 socket fails, so a
command that still works under it provably opens no network connection.
"""

from __future__ import annotations

import socket
import sys

_real_socket_init = socket.socket.__init__


def _guarded_init(self: socket.socket, family: int = -1, *args: object, **kwargs: object) -> None:
    if family in (socket.AF_INET, socket.AF_INET6, -1):
        raise OSError("network blocked by the test harness")
    _real_socket_init(self, family, *args, **kwargs)  # type: ignore[arg-type]


def _blocked(*_args: object, **_kwargs: object) -> None:
    raise OSError("network blocked by the test harness")


socket.socket.__init__ = _guarded_init  # type: ignore[method-assign]
socket.create_connection = _blocked  # type: ignore[assignment]
socket.getaddrinfo = _blocked  # type: ignore[assignment]

if __name__ == "__main__":
    from managed import run  # type: ignore[import-not-found]  # beside this file

    run(sys.argv[1:])
