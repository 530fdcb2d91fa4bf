"""A tiny forward proxy for the proxy tests, on 127.0.0.1 in a thread of the test process:
it logs each request's target and tunnels CONNECT (what HTTPS through a proxy uses). A plain
http:// request through it (absolute-form, "GET http://host/...") is logged and answered 502:
the tests only need to see that it came this way. With a server SSL context it is an HTTPS
proxy (the client speaks TLS to the proxy, and TLS to the store inside the tunnel)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Iterator


class ConnectProxy:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._tls = tls
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.1)  # closing does not wake accept(): it polls a flag
        self._stopping = threading.Event()
        self.port: int = self._server.getsockname()[1]
        self.url = f"https://localhost:{self.port}" if tls else f"http://127.0.0.1:{self.port}"
        self.log: list[str] = []  # "CONNECT localhost:1234", "GET http://127.0.0.1:80/..."
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        self._server.close()
        with self._lock:
            for s in self._open:
                with contextlib.suppress(OSError):
                    s.close()

    def _track(self, s: socket.socket) -> socket.socket:
        with self._lock:
            self._open.append(s)
        return s

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            client.settimeout(None)
            threading.Thread(target=self._handle, args=(self._track(client),),
                             daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            if self._tls:
                client = self._track(self._tls.wrap_socket(client, server_side=True))
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    client.close()
                    return
                head += chunk
            request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
            method, target = request_line.split(" ")[:2]
            with self._lock:
                self.log.append(f"{method} {target}")
            if method != "CONNECT":
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                               b"Connection: close\r\n\r\n")
                client.close()
                return
            host, port = target.rsplit(":", 1)
            upstream = self._track(socket.create_connection((host, int(port)), timeout=10))
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            rest = head.split(b"\r\n\r\n", 1)[1]
            if rest:
                upstream.sendall(rest)
            threading.Thread(target=_pump, args=(upstream, client), daemon=True).start()
            _pump(client, upstream)

    def connects(self) -> list[str]:
        with self._lock:
            return list(self.log)


def _pump(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        source.settimeout(None)
        while data := source.recv(65536):
            sink.sendall(data)
    for s in (source, sink):
        with contextlib.suppress(OSError):
            s.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def running_proxy(tls: ssl.SSLContext | None = None) -> Iterator[ConnectProxy]:
    proxy = ConnectProxy(tls)
    try:
        yield proxy
    finally:
        proxy.close()
