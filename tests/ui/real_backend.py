"""The window's real backend (vault, identity gate, export) on a throwaway demo workspace."""

from __future__ import annotations

from pathlib import Path

from reviewer.app import RealBackend, open_backend
from reviewer.core.playback import Player
from tests.ui.fakes import FakePlayer


def real_backend(package: Path | None = None, player: Player | None = None) -> RealBackend:
    """A demo workspace (ephemeral key) holding `package`, else the bundled demo package."""
    return open_backend(Path("unused"), demo=True, demo_package=package,
                        player=player if player is not None else FakePlayer())


def empty_backend(player: Player | None = None) -> RealBackend:
    """A demo workspace with nothing imported yet (the welcome view shows)."""
    from reviewer.core.profile import Profile, Role
    from reviewer.core.trust import KIND_PROFILE
    from reviewer.seal.kit import SealKit
    from reviewer.workflows.trust import ensure_workstation
    from reviewer.workflows.workspace_session import open_session

    handle = open_session(Path("unused"), None, demo=True, crypto=SealKit())
    assert handle.demo is not None
    keys = ensure_workstation(handle.workspace, SealKit()).keys
    profile = Profile("demo-reviewer", Role.REVIEWER, workstation=keys)
    handle.workspace.set_signed_profile(handle.demo.sign(KIND_PROFILE, profile.to_bytes()),
                                        "reviewer")
    return RealBackend(handle, player if player is not None else FakePlayer())
