"""Composition root helpers shared by the command line and the GUI."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.display_check import require_display
from reviewer.core.errors import ReviewerError
from reviewer.locations import APP_NAME, default_workspace, workspace_path

if TYPE_CHECKING:  # the GUI's parts load lazily: the command line must stay quick
    from collections.abc import Callable

    from reviewer.core.escalation import EscalationCategory
    from reviewer.core.pedals import PedalSource
    from reviewer.core.playback import Player
    from reviewer.core.review import ReviewService
    from reviewer.core.settings_policy import SettingsPolicy
    from reviewer.ui.backend import (
        Capabilities,
        ExportSummary,
        ImportProgress,
        ImportSummary,
        SpoolImportSummary,
    )
    from reviewer.workflows.escalate import EscalationReceipt, Escalator
    from reviewer.workflows.lead_demo import DemoLead
    from reviewer.workflows.lead_desk import LeadDesk
    from reviewer.workflows.spool import Spool, SpoolStatus
    from reviewer.workflows.workspace_session import SessionHandle

__all__ = ["APP_NAME", "default_workspace", "workspace_path"]


def run_gui(workspace: Path, demo: bool = False) -> int:
    """Builds the real services (vault, identity gate, audio engine) and opens the window."""
    require_display(os.environ, sys.platform, os.path.exists)  # one line, not Qt's abort
    from reviewer.ui.qt_app import quit_when_idle, run_window  # Qt loads only for the GUI

    # REVIEWER_GUI_CHECK=1: open the window, let it settle, close it, exit 0 (packaging checks).
    on_shown = quit_when_idle if os.environ.get("REVIEWER_GUI_CHECK") == "1" else None
    return run_window(lambda passphrase: open_backend(workspace, demo, passphrase), on_shown)


class RealBackend:
    """The window's WorkspaceBackend over the real workflows (see reviewer.ui.backend)."""

    def __init__(self, handle: SessionHandle, player: Player, demo_lead: DemoLead | None = None,
                 lead_player: Callable[[], Player] | None = None) -> None:
        self._handle = handle
        self._player = player
        self._escalator: Escalator | None = None
        self._resumed: list[str] = []  # escalations completed at start
        self._waiting = 0  # escalations still waiting (their clips locked)
        self._demo_lead = demo_lead
        self._make_lead_player = lead_player
        self._lead_player: Player | None = None
        self._lead_desk: LeadDesk | None = None
        self._pedals: PedalSource | None = None
        self._exchange: SpoolExchange | None = None

    @property
    def review(self) -> ReviewService:
        return self._handle.session

    @property
    def player(self) -> Player:
        return self._player

    @property
    def notice(self) -> str:
        """The demo banner, and what retention purged at start-up (by number, never by id)."""
        from reviewer.ui import standing_wording as say  # worded in the window's language

        lines = [say.demo_banner()] if self._handle.banner else []
        for n in self._handle.notices:
            if n.reason != "expired":
                continue
            lines.append(say.expired(n.package_number, n.expired_on.isoformat(),
                                     n.unexported_finished, n.unfinished))
        if self._resumed:
            lines.append(say.resumed(len(self._resumed)))
        if self._waiting:
            lines.append(say.waiting(self._waiting))
        return "\n".join(lines)

    def import_package(self, path: Path, progress: ImportProgress) -> ImportSummary:
        from reviewer.intake.gate import read_package, read_package_bytes
        from reviewer.ui.backend import ImportSummary
        from reviewer.workflows.import_package import import_package
        from reviewer.workflows.trust import trusted_gate

        def phased(phase: str, done: int, total: int) -> None:
            # Checking (gate and re-encoding) is the first half, storing the second.
            progress(done + (total if phase == "storing" else 0), 2 * max(total, 1))

        ws = self._handle.workspace
        gate = trusted_gate(ws, self._handle.trust, read_package, read_package_bytes)
        result = import_package(ws, path, gate, phased)
        return ImportSummary(result.clips)

    def demo_package(self) -> Path | None:
        """The bundled demo, for importing into this workspace: only a demo workspace takes
        it (a real workspace opens the demo in its own throwaway window: `launch_demo`)."""
        from reviewer.intake.demo import demo_package_path

        if not self._handle.demo:
            return None
        try:
            return demo_package_path()
        except ReviewerError:
            return None

    def launch_demo(self) -> None:
        """Start `reviewer --demo` as its own process; this workspace is not touched."""
        import subprocess

        program, args = own_command("--demo")
        subprocess.Popen([program, *args], stdin=subprocess.DEVNULL, start_new_session=True)

    def export(self, folder: Path, with_audio: bool) -> ExportSummary:
        from reviewer.ui.backend import ExportSummary
        from reviewer.workflows.export_results import export_results
        from reviewer.workflows.trust import export_sealer

        ws = self._handle.workspace
        written = export_results(ws, folder, self._handle.profile,
                                 export_sealer(ws, self._handle.trust.crypto),
                                 with_audio=with_audio)
        queued = 0
        if self._exchange is not None:  # sealed exports travel; a clear one never does
            for w in written:
                if w.results.name.endswith(".age"):
                    self._exchange.spool.stage("results", w.results.read_bytes())
                    queued += 1
        return ExportSummary(len(written), sum(w.exported for w in written), folder, queued)

    def prepare_exchange(self) -> None:
        """At start: the verified profile's S3 exchange written for `reviewer sync` (or a
        stale one removed); the window then starts sync and imports from the spool."""
        from reviewer.core.trust import TrustRefused
        from reviewer.workflows.spool import Spool, workspace_spool
        from reviewer.workflows.sync_settings import write_sync_settings

        if self._handle.demo:
            return
        try:
            profile = self._handle.profile
        except TrustRefused:
            profile = None  # an unusable profile moves nothing
        spool = Spool(workspace_spool(self._handle.workspace.path))
        if write_sync_settings(spool.root, profile) is not None:
            self._exchange = SpoolExchange(self, self._handle.workspace.path, spool)

    def escalate(self, local_id: int, category: EscalationCategory,
                 note: str) -> EscalationReceipt:
        return self._current_escalator().escalate(local_id, category, note, self._player)

    def resume_escalations(self) -> None:
        """At start: completes escalations a crash interrupted or a profile now allows.
        With none owed (the usual start) the sealing code is not even imported."""
        from reviewer.workflows.spool import HELD_ESCALATIONS, workspace_spool

        held = workspace_spool(self._handle.workspace.path) / HELD_ESCALATIONS
        if not self._handle.workspace.escalations.owed_escalations() and not held.is_dir():
            self._resumed, self._waiting = [], 0
            return
        escalator = self._current_escalator()
        self._resumed = escalator.resume()
        self._waiting = len(self._handle.workspace.escalations.owed_escalations())

    def _current_escalator(self) -> Escalator:
        from reviewer.core.trust import TrustRefused
        from reviewer.seal.kit import SealKit
        from reviewer.workflows.escalate import Escalator, escalation_route

        ws = self._handle.workspace
        try:
            profile = self._handle.profile
        except TrustRefused:
            profile = None  # an unusable profile (expired, revoked): escalations wait
        if self._escalator is None:
            self._escalator = Escalator.for_profile(ws.escalations, profile, SealKit(),
                                                    ws.path)
        else:  # a profile may have been enrolled meanwhile
            self._escalator.set_profile(profile, *escalation_route(profile, ws.path))
        return self._escalator

    @property
    def setup_hint(self) -> str:
        from reviewer.core.reasons import reason_of
        from reviewer.core.trust import TrustRefused
        from reviewer.ui import standing_wording as say  # worded in the window's language

        handle = self._handle
        if handle.demo:
            return ""
        if handle.trust.organisation is None:
            return say.unmanaged(str(handle.trust.anchor))
        try:
            profile = handle.profile
        except TrustRefused as why:
            return say.profile_unusable(reason_of(why))
        if profile is None:
            return say.not_enrolled()
        return ""

    @property
    def settings_policy(self) -> SettingsPolicy:
        from reviewer.core.settings_policy import SettingsPolicy

        org = self._handle.trust.organisation
        return org.settings if org is not None else SettingsPolicy()

    @property
    def capabilities(self) -> Capabilities:
        from reviewer.ui.backend import Capabilities

        return Capabilities(escalate=self.escalate, launch_demo=self.launch_demo,
                            demo_lead=self if self._demo_lead is not None else None,
                            pedals=self.pedal_source(), exchange=self._exchange)

    def pedal_source(self) -> PedalSource:
        """The USB foot pedal source (hidapi); it opens nothing until the window starts it."""
        if self._pedals is None:
            from reviewer.pedals.hid_source import HidPedalSource

            self._pedals = HidPedalSource()
        return self._pedals

    # ------------------------------------------------------------ the demo lead (demo only)
    @property
    def demo_lead(self) -> DemoLead | None:
        """The demo workspace's lead (the demo profile escalates to it); None otherwise."""
        return self._demo_lead

    def demo_lead_desk(self) -> LeadDesk:
        """The demo lead's desk, over this workspace's audit log and exchange folders."""
        from reviewer.workflows.lead_demo import demo_lead_desk

        profile = self._handle.profile
        if self._demo_lead is None or profile is None:
            raise ReviewerError("only the demo workspace has a demo lead")
        if self._lead_desk is None:
            self._lead_desk = demo_lead_desk(self._demo_lead, self._handle.workspace.audit,
                                             profile)
        return self._lead_desk

    def demo_lead_player(self) -> Player:
        """The lead window's own audio engine (started on first use, closed with the demo)."""
        if self._lead_player is None:
            from reviewer.audio.engine import AudioEngine

            make = self._make_lead_player or AudioEngine
            self._lead_player = make()
        return self._lead_player

    def close(self) -> None:
        try:
            if self._pedals is not None:
                self._pedals.stop()
            self._player.close()
            if self._lead_player is not None:
                self._lead_player.close()
        finally:
            self._handle.close()  # a demo workspace's folder (and its demo lead) goes too


def own_command(*args: str) -> tuple[str, list[str]]:
    """This app started again with `args`: the frozen executable, or this interpreter
    with `-m reviewer`."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(args)
    return sys.executable, ["-m", "reviewer", *args]


class SpoolProcess:
    """`reviewer sync` for a workspace's spool (reviewer.ui.backend.SpoolSync): its own
    process, with the settings the app wrote into the spool (the role among them)."""

    def __init__(self, workspace: Path, spool: Spool) -> None:
        self._workspace = workspace
        self.spool = spool

    def sync_command(self) -> tuple[str, list[str]]:
        return own_command("sync", "--workspace", str(self._workspace), "--spool",
                           str(self.spool.root))

    def status(self) -> SpoolStatus:
        return self.spool.status()


class LeadSpool(SpoolProcess):
    """The lead window's side of an S3 exchange (reviewer.ui.backend.LeadExchange): sync
    pulls escalations into the spool, the desk imports them (workflows/lead_sync.py)."""

    @property
    def escalations(self) -> Path:
        from reviewer.workflows.lead_sync import EscalationShelf

        return EscalationShelf(self.spool).folder


class SpoolExchange(SpoolProcess):
    """The window's side of an S3 exchange (reviewer.ui.backend.ExchangeSync): sync runs
    as its own process; the window imports from the spool and reads its state."""

    def __init__(self, backend: RealBackend, workspace: Path, spool: Spool) -> None:
        super().__init__(workspace, spool)
        self._backend = backend

    @property
    def incoming(self) -> Path:
        return self.spool.incoming

    def import_waiting(self) -> SpoolImportSummary:
        from reviewer.core.errors import RefusedInput
        from reviewer.ui.backend import SpoolImportSummary
        from reviewer.workflows.import_spool import import_from_spool

        clips = [0]
        refused: list[BaseException] = []

        def one(path: Path) -> None:
            clips[0] += self._backend.import_package(path, lambda done, total: None).clips

        def said_no(path: Path, exc: RefusedInput) -> None:
            refused.append(exc)

        outcome = import_from_spool(self.spool, one, said_no)
        return SpoolImportSummary(outcome.imported, clips[0], tuple(refused))


DEMO_REVIEWER = "demo-reviewer"


def open_backend(workspace: Path, demo: bool, passphrase: str | None = None, *,
                 demo_package: Path | None = None, player: Player | None = None,
                 lead_player: Callable[[], Player] | None = None) -> RealBackend:
    """Opens the workspace (or the throwaway demo one) and starts the audio engine.

    The demo workspace gets a demo lead in its own (throwaway) folder and a profile that
    escalates to it, so the lead side can be tried in the same window (Help menu).
    A missing sound device is not an error: the engine reports it and the window says so.
    `demo_package`, `player` and `lead_player` (makes the demo lead window's player) replace
    the bundled demo and the audio engines (tests, benches).
    """
    from reviewer.audio.engine import AudioEngine
    from reviewer.commands.anchor import current_trust
    from reviewer.seal.kit import SealKit
    from reviewer.vault.keyring_store import KeyringSecretStore
    from reviewer.workflows.workspace_session import open_session

    demo_lead: DemoLead | None = None
    if demo:  # the gate (its detectors take a tenth of a cold start) only when it is used
        from reviewer.intake.demo import demo_package_path
        from reviewer.intake.gate import read_package

        handle = open_session(workspace, None, demo=True, gate=read_package, crypto=SealKit(),
                              demo_package=demo_package or demo_package_path())
    else:
        handle = open_session(workspace, KeyringSecretStore(), trust=current_trust(),
                              passphrase=passphrase)
    try:
        if demo:
            demo_lead = _install_demo_lead(handle)
        backend = RealBackend(handle, player if player is not None else AudioEngine(),
                              demo_lead, lead_player)
        backend.prepare_exchange()
        backend.resume_escalations()
        return backend
    except BaseException:
        handle.close()
        raise


def _install_demo_lead(handle: SessionHandle) -> DemoLead:
    """Creates the demo lead inside the demo workspace's throwaway folder and enrolls the
    demo profile (pseudonym DEMO_REVIEWER, escalating to that lead, exchange folders there).
    The demo lead's keyring half lives in memory, so its desk must run in this process."""
    from reviewer.core.trust import KIND_PROFILE
    from reviewer.seal.kit import SealKit
    from reviewer.workflows.lead_demo import DEMO_KDF, demo_profile, make_demo_lead
    from reviewer.workflows.trust import ensure_workstation

    ws, organisation = handle.workspace, handle.demo
    assert organisation is not None  # only the demo has a demo lead
    lead = make_demo_lead(ws.path / "demo-lead", SealKit(), kdf=DEMO_KDF)
    keys = ensure_workstation(ws, SealKit()).keys
    profile = demo_profile(lead, DEMO_REVIEWER, ws.path / "exchange", keys)
    ws.set_signed_profile(organisation.sign(KIND_PROFILE, profile.to_bytes()),
                          profile.role.value)
    return lead
