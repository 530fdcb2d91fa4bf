"""What the exchange's HTTPS trusts: the system's trust store, plus the organisation's CA
certificates when it has its own CA (docs/deployment.md, "Exchange").

The system's store, not a copy shipped with a library (certifi, botocore's cacert.pem): it is
the one administrators manage (`update-ca-certificates`, configuration management, security
updates of Debian's ca-certificates), and an organisation that already put its CA there needs
nothing more. OpenSSL's own lookup says where it is (SSL_CERT_FILE, else its built-in path:
/usr/lib/ssl/cert.pem -> /etc/ssl/certs/ca-certificates.crt on Debian). Only where the system
has no CA file (Windows, macOS: their stores are not files) does the HTTP library's own
copy (certifi's, else botocore's) stand in: the caller passes it as `fallback`.

botocore takes a CA file, not an SSL context, and urllib3 reads that file again for each new
connection: the union of both lives in a private file (0600, in XDG_RUNTIME_DIR when there is
one) for as long as the process, removed at exit. Its contents are public certificates; the
private file keeps other users from changing them.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import ssl
import tempfile
from pathlib import Path

_bundles: dict[str, str] = {}  # organisation PEM -> the private bundle made for it


def system_ca_file() -> str | None:
    """The system's CA bundle file (see the module's docstring), None where it has none."""
    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile):
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


def verify_path(organisation_pem: str, fallback: str) -> str:
    """The CA file the exchange's client checks the store with: the system's store (else
    `fallback`) alone, or a private bundle of it and `organisation_pem` (already checked:
    reviewer/trust/tls_ca.py)."""
    system = system_ca_file() or fallback
    if not organisation_pem:
        return system
    if organisation_pem not in _bundles:
        _bundles[organisation_pem] = _write_bundle(Path(system).read_bytes(),
                                                   organisation_pem.encode("ascii"))
    return _bundles[organisation_pem]


def _write_bundle(system: bytes, organisation: bytes) -> str:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = runtime if runtime and os.path.isdir(runtime) else None
    fd, path = tempfile.mkstemp(prefix="reviewer-ca-", suffix=".pem", dir=folder)  # 0600
    atexit.register(_remove, path)
    with os.fdopen(fd, "wb") as f:
        f.write(system)
        if not system.endswith(b"\n"):
            f.write(b"\n")
        f.write(b"# The organisation's CA certificates (reviewer sync)\n")
        f.write(organisation)
    return path


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
