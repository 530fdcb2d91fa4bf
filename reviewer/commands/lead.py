"""`reviewer lead` (the lead window), `reviewer lead init`, `reviewer disclosure ...`.

The lead's workspace is an ordinary Reviewer workspace (its audit log and enrolled lead
profile live in the vault); the lead's age identity, Ed25519 key and TOTP secret are sealed in
`<workspace>/lead/keys.json` under the OS keyring AND the lead's passphrase.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.commands import json_output
from reviewer.commands.anchor import current_trust
from reviewer.core.disclosure import DisclosureRequest
from reviewer.core.display_check import require_display
from reviewer.core.errors import RefusedInput
from reviewer.core.ports import SecretStore
from reviewer.core.profile import Profile
from reviewer.core.workspace_errors import NotEnrolled
from reviewer.seal.kit import SealKit
from reviewer.vault.workspace import Workspace
from reviewer.workflows.trust import Trust

if TYPE_CHECKING:
    from reviewer.workflows.lead_travel import DecisionTravel


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lead = sub.add_parser("lead", help="open the lead window (escalated cases), or set up a "
                                       "lead with `lead init`")
    lead.set_defaults(func=_window)
    lead_sub = lead.add_subparsers(dest="lead_command", metavar="SUBCOMMAND")
    init = lead_sub.add_parser("init", help="create this lead's keys and enroll the TOTP code")
    init.add_argument("--name", required=True, help="the lead's pseudonym (as in profiles)")
    init.add_argument("--passphrase-file", metavar="FILE",
                      help="read the lead passphrase from FILE (first line) instead of asking")
    json_output.add_option(init)
    init.set_defaults(func=_init)

    disc = sub.add_parser("disclosure", help="verify or co-sign a disclosure request")
    disc_sub = disc.add_subparsers(dest="disclosure_command", metavar="SUBCOMMAND",
                                   required=True)
    verify = disc_sub.add_parser("verify", help="exit 0 when two different leads of the "
                                                "organisation-signed profile signed FILE, "
                                                "2 otherwise")
    verify.add_argument("file", metavar="FILE")
    verify.set_defaults(func=_verify)
    cosign = disc_sub.add_parser("cosign", help="add this lead's signature to FILE")
    cosign.add_argument("file", metavar="FILE")
    cosign.add_argument("--passphrase-file", metavar="FILE",
                        help="read the lead passphrase from FILE instead of asking")
    cosign.add_argument("--code", help="the current TOTP code (asked when missing)")
    cosign.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    cosign.set_defaults(func=_cosign)


def _secret_store() -> SecretStore:
    from reviewer.commands import workspace as ws_commands

    return ws_commands.secret_store()


def _open_workspace(path: Path, *, create: bool) -> Workspace:
    """The lead's vault workspace (keyring mode, or REVIEWER_PASSPHRASE_FILE)."""
    name = os.environ.get("REVIEWER_PASSPHRASE_FILE")
    passphrase = _read_first_line(Path(name)) if name else None
    return Workspace.open(path, _secret_store(), create=create, passphrase=passphrase)


def _read_first_line(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise RefusedInput(f"cannot read the passphrase file {path}") from None
    if not lines or not lines[0]:
        raise RefusedInput(f"the passphrase file {path} is empty")
    return lines[0]


def _lead_passphrase(args: argparse.Namespace, confirm: bool) -> str:
    if args.passphrase_file:
        return _read_first_line(Path(args.passphrase_file))
    if not sys.stdin.isatty():
        raise RefusedInput("no terminal to ask for the passphrase: use --passphrase-file FILE")
    first = getpass.getpass("Lead passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise RefusedInput("the two passphrases differ; nothing was created")
    return first


def _init(args: argparse.Namespace) -> int:
    import segno

    from reviewer.workflows.lead_workspace import LeadWorkspace

    lead_ws = LeadWorkspace(args.workspace_dir, _secret_store(), SealKit())
    if lead_ws.exists():
        raise RefusedInput("this workspace already holds lead keys; nothing was changed")
    passphrase = _lead_passphrase(args, confirm=True)
    with _open_workspace(args.workspace_dir, create=True) as ws:
        enrolled = lead_ws.init(args.name, passphrase)
        ws.audit.append("lead.init", {"lead": enrolled.name})
    qr = segno.make(enrolled.totp_uri, error="m")
    png = lead_ws.folder / "totp-enrollment.png"
    qr.save(str(png), scale=6, border=4)
    os.chmod(png, 0o600)
    roster_entry = {"pseudonym": enrolled.name, "age": enrolled.recipient,
                    "ed25519": enrolled.signing_key}
    if json_output.wanted(args):
        # No TOTP secret in the document (scripts log stdout): the code is in the PNG only.
        json_output.emit(args, lead=enrolled.name, folder=str(lead_ws.folder),
                         totp_enrollment_png=str(png), roster_entry=roster_entry)
        return 0
    print(f"Lead keys for '{enrolled.name}' created in {lead_ws.folder}.\n")
    print("Second factor: scan this code with an authenticator app (or enter the URI):")
    qr.terminal(out=sys.stdout, compact=True)
    print(f"  {enrolled.totp_uri}")
    print(f"  The same code is saved as {png}; delete it once enrolled.\n")
    print("Give this roster entry to the organisation (it goes into the signed profiles):")
    print("  " + json.dumps(roster_entry))
    return 0


def _profile_in(ws: Workspace, trust: Trust) -> Profile:
    """The enrolled profile, verified now against the organisation file: the only roster
    whose leads' signatures count (nothing given on the command line is a trust anchor)."""
    from reviewer.workflows.trust import trusted_profile

    profile = trusted_profile(ws, trust)
    if profile is None:
        raise NotEnrolled("no profile enrolled: run `reviewer enroll PROFILE` with the "
                          "profile the organisation signed")
    return profile


def _profile_from(args: argparse.Namespace) -> Profile:

    trust = current_trust()
    with _open_workspace(args.workspace_dir, create=False) as ws:
        return _profile_in(ws, trust)


def _signers(keys: Mapping[str, str], request: DisclosureRequest) -> str:
    return ", ".join(s.lead for s in request.signatures if s.lead in keys)


def _verify(args: argparse.Namespace) -> int:
    from reviewer.workflows.disclosure import verify_file

    keys = _profile_from(args).lead_signing_keys
    request = verify_file(SealKit(), Path(args.file), keys)
    print(f"valid: {request.case_id} signed by {_signers(keys, request)}")
    return 0


def _cosign(args: argparse.Namespace) -> int:
    from reviewer.commands.workspace import ask
    from reviewer.core.escalation import CASE_ID
    from reviewer.workflows.disclosure import cosign_through_gate, read_request
    from reviewer.workflows.lead_gate import LeadGate
    from reviewer.workflows.lead_workspace import LeadWorkspace

    path = Path(args.file)
    request = read_request(path)
    if not CASE_ID.match(request.case_id):
        raise RefusedInput("the request names no valid case id")
    # What is about to be signed: shown to the person confirming (stderr), not a result.
    print(f"Disclosure request for {request.case_id} by {request.requested_by} "
          f"({request.created})\n  clip {request.clip_id}, package {request.package_id}\n"
          f"  reason: {request.reason}", file=sys.stderr)
    if not args.yes:
        if not sys.stdin.isatty():
            raise RefusedInput("no terminal to confirm: use --yes")
        if ask("Co-sign this request? [y/N] ").strip().lower() not in ("y", "yes"):
            print("not signed")
            return 0
    passphrase = _lead_passphrase(args, confirm=False)
    code = args.code or (ask("Current code: ") if sys.stdin.isatty() else "")
    trust = current_trust()
    with _open_workspace(args.workspace_dir, create=False) as ws:
        profile = _profile_in(ws, trust)
        lead_ws = LeadWorkspace(args.workspace_dir, _secret_store(), SealKit())
        signed = cosign_through_gate(LeadGate(lead_ws, ws.audit), ws.audit, path, passphrase,
                                     code, profile.lead_signing_keys)
    print(f"co-signed: {len(signed.signatures)} signature(s) on {path}")
    return 0


def _window(args: argparse.Namespace) -> int:
    require_display(os.environ, sys.platform, os.path.exists)  # one line, not Qt's abort
    from reviewer.app import LeadSpool
    from reviewer.audio.engine import AudioEngine
    from reviewer.ui.qt_app import application
    from reviewer.ui.qt_lead_app import run_lead_window
    from reviewer.workflows.lead_desk import LeadDesk
    from reviewer.workflows.lead_gate import LeadGate
    from reviewer.workflows.lead_workspace import LeadWorkspace

    application()  # Qt first: a platform it cannot start is said before anything is opened
    lead_ws = LeadWorkspace(args.workspace_dir, _secret_store(), SealKit())
    if not lead_ws.exists():
        raise RefusedInput("no lead keys in this workspace; run `reviewer lead init --name "
                           "NAME` first")
    trust = current_trust()
    with _open_workspace(args.workspace_dir, create=False) as ws:
        profile = _profile_in(ws, trust)
        travel = lead_travel(args.workspace_dir, profile, ws.signed_profile())
        desk = LeadDesk(lead_ws, LeadGate(lead_ws, ws.audit), ws.audit, profile, travel)
        # An S3 exchange: the window runs `reviewer sync` (lead role) beside it.
        exchange = LeadSpool(args.workspace_dir, travel.spool) if travel else None
        player = AudioEngine()
        try:
            result: int = run_lead_window(desk, player, trust.organisation.settings
                                          if trust.organisation else None, exchange)
        finally:
            player.close()
    return result


def lead_travel(workspace: Path, profile: Profile,
                signed_profile: bytes | None) -> DecisionTravel | None:
    """With an S3 exchange in the profile: envelopes from the spool, decisions sealed to the
    organisation through it; `reviewer sync` finds its settings (role lead) in the spool."""
    from reviewer.workflows.lead_travel import DecisionTravel
    from reviewer.workflows.spool import Spool
    from reviewer.workflows.sync_settings import write_sync_settings

    if profile.exchange.s3 is None:
        return None
    spool = Spool(workspace / "spool")
    write_sync_settings(spool.root, profile)
    return DecisionTravel(workspace / "lead" / "decisions", spool, SealKit(),
                          signed_profile or b"", profile.export_recipients)
