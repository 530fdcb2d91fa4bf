"""`reviewer --smoke-test`: prove an installation works, end to end, in a few seconds.

Meant for the frozen app (the packaging check runs it from /usr/bin/reviewer), and useful to
IT after deploying. Each check exercises a part that frozen apps are known to lose:

- window: Qt starts (platform plugin, image plugins and icon found), the reviewer window
  opens on the demo workspace (demo package gated and imported into an in-memory-keyed
  vault, audio engine started), loads the first clip into the player and paints;
- vault: a workspace is created in a temporary folder with its key in the OS keyring
  (keyring backends found), closed, reopened through a keyring read-back (SQLCipher works),
  then its keyring entry is deleted; a passphrase-mode workspace (Argon2id) likewise;
- demo: the bundled demo package passes the identity gate (every clip decoded and
  re-encoded), and one clip decodes for playback;
- audio: PortAudio loads, devices are listed and, when there is an output device, a quarter
  second of the demo clip is played through it;
- seal: an escalation-style age envelope (pyrage) is sealed to two fresh lead keys and opened
  with one of them, and an Ed25519 signature (cryptography) is made and verified;
- pedals: the bundled hidapi (foot pedals) loads and lists the supported pedals plugged in
  (none is needed; the check opens no device).

Success prints one line per check on stdout and exits 0. A failed check prints one line on
stderr and the test exits 1; nothing else is ever written to stderr, so the packaging check
can treat any stderr output as a failure. Nothing is left behind: the workspace is a
temporary folder and the keyring entry is removed.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from reviewer.audio.output import OutputBackend

PLAY_SECONDS = 0.25
CALLBACK_TIMEOUT = 5.0


@dataclass
class SmokeContext:
    """What the checks share: a private temporary folder, where warnings go (the stream
    failures are reported on), and the demo clip once decoded."""

    scratch: Path
    err: TextIO = field(default_factory=lambda: sys.stderr)
    demo_audio: tuple[bytes, int] | None = None  # (FLAC bytes, sample rate)


Check = Callable[[SmokeContext], str]


def run(args: argparse.Namespace) -> int:
    """Entry point from reviewer.cli (`reviewer --smoke-test`)."""
    # Offscreen unless the caller chose a platform (the packaging check also runs it on xcb).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="reviewer-smoke-") as scratch:
        return run_checks(default_checks(), SmokeContext(Path(scratch)), sys.stdout, sys.stderr)


def default_checks() -> list[tuple[str, Check]]:
    return [("window", check_window), ("vault", check_vault), ("demo", check_demo),
            ("audio", check_audio), ("seal", check_seal), ("pedals", check_pedals)]


def run_checks(checks: Sequence[tuple[str, Check]], context: SmokeContext, out: TextIO,
               err: TextIO) -> int:
    failed = 0
    context.err = err
    with _qt_shut_down_after():
        for name, check in checks:
            try:
                detail = check(context)
            except Exception as exc:  # every failure is reported, the other checks still run
                failed += 1
                err.write(f"smoke test: {name} FAILED: {_describe(exc)}\n")
                err.flush()
            else:
                out.write(f"{name}: ok ({detail})\n")
                out.flush()
    if failed:
        err.write(f"smoke test: {failed} of {len(checks)} checks failed\n")
        return 1
    out.write(f"smoke test passed ({len(checks)} checks)\n")
    return 0


def _describe(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@contextmanager
def _qt_shut_down_after() -> Iterator[None]:
    """Close Qt's windows and give its log back once the checks are done (if Qt was used)."""
    try:
        yield
    finally:
        if "PySide6" in sys.modules:
            from reviewer.ui import qt_smoke

            qt_smoke.shutdown()


# ---------------------------------------------------------------------------- window
def check_window(context: SmokeContext) -> str:
    from reviewer.app import open_backend
    from reviewer.ui import qt_smoke

    qt_smoke.route_messages(context.err)
    missing = {"svg", "png"} - qt_smoke.image_formats()
    if missing:
        raise RuntimeError(f"Qt image formats missing: {', '.join(sorted(missing))}")
    # The demo workspace: keyed in memory, in its own temporary folder, removed on close.
    backend = open_backend(context.scratch / "demo-workspace", demo=True)
    try:
        return qt_smoke.open_main_window(backend)
    finally:
        backend.close()


# ---------------------------------------------------------------------------- vault
def check_vault(context: SmokeContext) -> str:
    from reviewer.vault.keyring_store import KeyringSecretStore
    from reviewer.vault.workspace import KEY_NAME, Workspace, keyring_service

    store = KeyringSecretStore()
    folder = context.scratch / "workspace"
    workspace = Workspace.open(folder, store, create=True)
    service = keyring_service(workspace.id)
    try:
        workspace_id = workspace.id
        workspace.close()
        # Reopening reads the key back from the keyring and opens the SQLCipher database.
        with Workspace.open(folder, store, create=False) as reopened:
            if reopened.id != workspace_id:
                raise RuntimeError("the reopened workspace is not the one created")
            verdict = reopened.audit.verify()
            if not verdict.ok:
                raise RuntimeError("the new workspace's audit log does not verify")
    finally:
        store.delete(service, KEY_NAME)
    if store.get(service, KEY_NAME) is not None:
        raise RuntimeError("the smoke test's keyring entry could not be removed")
    # Passphrase mode (no keyring; Argon2id) is what a workstation without a keyring uses.
    locked = context.scratch / "passphrase-workspace"
    passphrase = secrets.token_urlsafe(16)  # protects a throwaway, empty workspace
    Workspace.open(locked, None, create=True, passphrase=passphrase).close()
    with Workspace.open(locked, None, create=False, passphrase=passphrase) as reopened:
        if reopened.mode != "passphrase":
            raise RuntimeError("the passphrase workspace did not reopen in passphrase mode")
    return (f"SQLCipher workspaces created and reopened: key round-trip via "
            f"{store.describe()}, and passphrase mode (Argon2id)")


# ---------------------------------------------------------------------------- demo
def check_demo(context: SmokeContext) -> str:
    from reviewer.audio.decode import decode
    from reviewer.intake.demo import demo_package_path
    from reviewer.intake.gate import read_package

    package = read_package(demo_package_path())
    if not package.clips:
        raise RuntimeError("the demo package has no clips")
    first = package.clips[0].audio
    decoded = decode(first.flac)
    if abs(decoded.seconds - first.seconds) > 0.01:
        raise RuntimeError("the demo clip decoded to a different length than the gate measured")
    context.demo_audio = (first.flac, decoded.sample_rate)
    return (f"gate accepted {len(package.clips)} clips ({package.total_seconds:.1f} s); "
            f"first clip decodes to {decoded.seconds:.2f} s at {decoded.sample_rate} Hz; "
            f"{_libsndfile_in_use()}")


def _libsndfile_in_use() -> str:
    """Which libsndfile decoded it: the .deb must use Debian's (check-deb.sh reads this)."""
    import soundfile

    library = _loaded_library("libsndfile")
    where = f" from {library}" if library else ""
    return f"libsndfile {soundfile.__libsndfile_version__} loaded{where}"


# ---------------------------------------------------------------------------- audio
def check_audio(context: SmokeContext) -> str:
    from reviewer.audio.output import SoundDeviceBackend

    backend = SoundDeviceBackend()
    problem = backend.problem()
    if problem is not None:
        raise RuntimeError(problem)
    devices = backend.output_devices()
    library = _loaded_library("libportaudio")
    where = f" from {library}" if library else ""
    listed = f"PortAudio loaded{where}; {len(devices)} output devices"
    if not devices:
        return f"{listed} (none to play through: playback not tried)"
    names = ", ".join(d.name for d in devices)
    played = _play_demo(backend, context)
    return f"{listed}: {names}; {played}"


def _play_demo(backend: OutputBackend, context: SmokeContext) -> str:
    """Play PLAY_SECONDS of the demo clip (silence if the demo check failed) to the default
    output and wait until PortAudio has pulled that much through the callback."""
    import numpy as np

    from reviewer.audio.decode import decode

    if context.demo_audio is not None:
        decoded = decode(context.demo_audio[0])
        rate = decoded.sample_rate
        samples = decoded.samples[: int(PLAY_SECONDS * rate)].astype(np.float32) / 32768.0
        what = "demo clip"
    else:
        rate = 48000
        samples = np.zeros(int(PLAY_SECONDS * rate), dtype=np.float32)
        what = "silence"
    position = 0
    done = threading.Event()

    def fill(out: npt.NDArray[np.float32]) -> None:
        nonlocal position
        channel = out[:, 0] if out.ndim == 2 else out
        frames = channel.shape[0]
        chunk = samples[position:position + frames]
        channel[: chunk.shape[0]] = chunk
        channel[chunk.shape[0]:] = 0.0
        position += frames
        if position >= samples.shape[0]:
            done.set()

    stream = backend.open(None, rate, 1024, fill, lambda: None)
    try:
        if not done.wait(CALLBACK_TIMEOUT):
            raise RuntimeError(f"the output stream stalled ({position} of "
                               f"{samples.shape[0]} frames in {CALLBACK_TIMEOUT:.0f} s)")
        latency_ms = stream.latency * 1000
    finally:
        stream.close()
    return f"played {PLAY_SECONDS} s of {what} at {rate} Hz (latency {latency_ms:.0f} ms)"


def _loaded_library(prefix: str) -> str | None:
    """Where a shared library was loaded from (Linux): shows the bundled copy is used."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return None
    for line in maps.read_text(errors="replace").splitlines():
        path = line.split()[-1] if line.split() else ""
        if Path(path).name.startswith(prefix):
            return path
    return None


# ---------------------------------------------------------------------------- seal
def check_seal(context: SmokeContext) -> str:
    from reviewer.seal import envelope, signing

    payload = context.demo_audio[0] if context.demo_audio else os.urandom(4096)
    leads = [envelope.new_identity() for _ in range(2)]
    sealed = envelope.seal(payload, [public for _secret, public in leads])
    if envelope.open_sealed(sealed, [leads[1][0]]) != payload:
        raise RuntimeError("the age envelope did not open to what was sealed")
    private, public = signing.new_signing_key()
    message = b"reviewer smoke test"
    if not signing.verify(public, message, signing.sign(private, message)):
        raise RuntimeError("an Ed25519 signature did not verify")
    if signing.verify(public, message + b"!", signing.sign(private, message)):
        raise RuntimeError("an Ed25519 signature verified for a different message")
    return (f"age envelope of {len(payload)} bytes sealed to 2 leads and opened; "
            "Ed25519 signature verified")


# ---------------------------------------------------------------------------- pedals
def check_pedals(context: SmokeContext) -> str:
    from reviewer.pedals.hid_source import HidPedalSource, load_hidapi

    api = load_hidapi()  # PedalsUnavailable when the library did not travel with the app
    where = _loaded_library("libudev") or _loaded_library("libusb")
    try:
        found = HidPedalSource(lambda: api).detect()
    except OSError as exc:  # no device enumeration here (a container without /sys)
        return f"hidapi loaded; pedals not listed ({_describe(exc)})"
    names = ", ".join(p.name for p in found) or "none plugged in"
    return f"hidapi loaded{f' from {where}' if where else ''}; supported pedals: {names}"
