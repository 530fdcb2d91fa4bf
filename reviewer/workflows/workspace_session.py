"""What the composition root calls to open the reviewer's workspace for the window.

    handle = open_session(path, KeyringSecretStore(), gate=read_package)
    handle.session        # ReviewService for the window
    handle.notices        # expired packages purged at start-up (show them)
    handle.close()

`demo=True` makes a throwaway workspace keyed only in memory (no keyring needed), imports the
demo package through the gate, and sets `handle.demo` so the window says so on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core.lead import SealPort
from reviewer.core.ports import SecretStore
from reviewer.core.profile import Profile
from reviewer.vault.workspace import Workspace
from reviewer.workflows.import_package import Gate, import_package
from reviewer.workflows.retention import PurgeNotice, purge_expired
from reviewer.workflows.review_session import ReviewSession
from reviewer.workflows.trust import DemoOrganisation, Trust, trusted_profile

DEMO_NOTICE = ("Demo mode: a throwaway workspace with an ephemeral in-memory key and its own "
               "throwaway organisation (not yours: it signs only this demo); nothing is kept "
               "after the window closes.")


@dataclass
class SessionHandle:
    workspace: Workspace
    session: ReviewSession
    trust: Trust
    demo: DemoOrganisation | None = None  # the demo's throwaway organisation, in demo mode
    notices: list[PurgeNotice] = field(default_factory=list)

    @property
    def profile(self) -> Profile | None:
        """The enrolled profile, verified now against the organisation (raises TrustRefused
        when it no longer verifies: revoked key, expired, edited)."""
        return trusted_profile(self.workspace, self.trust)

    @property
    def banner(self) -> str:
        """Text the window shows permanently (empty when there is nothing to say)."""
        return DEMO_NOTICE if self.demo else ""

    def close(self) -> None:
        self.workspace.close()


def open_session(path: Path, secrets: SecretStore | None, *, trust: Trust | None = None,
                 crypto: SealPort | None = None, demo: bool = False,
                 gate: Gate | None = None, demo_package: Path | None = None,
                 passphrase: str | None = None, today: dt.date | None = None,
                 create: bool = True,
                 report: Callable[[PurgeNotice], None] | None = None) -> SessionHandle:
    """Opens (or creates) the workspace, purges expired packages, returns the session.

    `report` hears about each expired package (with its unexported work) before it is
    purged; the same notices are kept in `handle.notices` for the window to show.

    `trust` is the installation's organisation (real workspaces); the demo makes its own
    throwaway organisation with `crypto`, which admits the unsigned demo package.

    Raises the workspace errors of `Workspace.open` (KeyLost, KeyringLocked, ...), each fit
    to show as one line.
    """
    if demo:
        if crypto is None:
            raise ValueError("the demo needs the seal port to make its organisation")
        organisation = DemoOrganisation.create(crypto)
        ws = Workspace.create_demo()
        try:
            if gate is not None and demo_package is not None:
                import_package(ws, demo_package, gate, check_retention=False)
        except BaseException:
            ws.close()
            raise
        return SessionHandle(ws, ReviewSession(ws.clips), organisation.trust, organisation)
    if trust is None:
        raise ValueError("a real workspace needs the installation's trust anchor")
    ws = Workspace.open(path, secrets, create=create, passphrase=passphrase)
    try:
        notices = purge_expired(ws, today, report)
    except BaseException:
        ws.close()
        raise
    return SessionHandle(ws, ReviewSession(ws.clips), trust, notices=notices)
