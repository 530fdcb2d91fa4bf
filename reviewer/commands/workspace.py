"""`reviewer` workspace subcommands: init, enroll, import, export, status, purge, audit verify.

Keys: a new workspace keeps a random key in the OS keyring (GNOME Keyring/Secret Service,
KWallet, macOS Keychain, Windows Credential Locker). On machines without one, create it in
passphrase mode: `reviewer --workspace DIR init --passphrase-file FILE` (Argon2id); every later
command on it then needs `--passphrase-file FILE` (or REVIEWER_PASSPHRASE_FILE).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.commands import anchor, export_verify, json_output
from reviewer.core.errors import RefusedInput
from reviewer.core.ports import SecretStore
from reviewer.core.workspace_errors import WorkspaceMissing
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.vault.workspace import Workspace

if TYPE_CHECKING:
    from reviewer.workflows.trust import Trust

# The key store used by these commands. Tests replace this factory (it is not reachable from
# the command line); production always uses the checked OS keyring.
secret_store: Callable[[], SecretStore] = KeyringSecretStore

_KEY_HELP = ("read the workspace passphrase from FILE (first line). Given to `init`, `import` "
             "or `enroll` on a new workspace, it creates it in passphrase mode (Argon2id) "
             "instead of using the OS keyring; needed by every command on such a workspace. "
             "Default: $REVIEWER_PASSPHRASE_FILE")


def _passphrase(args: argparse.Namespace) -> str | None:
    name = args.passphrase_file or os.environ.get("REVIEWER_PASSPHRASE_FILE")
    if not name:
        return None
    try:
        text = Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise RefusedInput(f"cannot read the passphrase file {name}") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise RefusedInput(f"the passphrase file {name} is empty")
    return lines[0]


def open_workspace(args: argparse.Namespace, *, create: bool,
                   accept_older_copy: bool = False) -> Workspace:
    return Workspace.open(args.workspace_dir, secret_store(), create=create,
                          passphrase=_passphrase(args), accept_older_copy=accept_older_copy)


def _recover(args: argparse.Namespace) -> int:
    if not args.accept_older_copy:
        raise RefusedInput("recover needs --accept-older-copy: it goes on with a vault.db "
                           "older than its key anchor, and removes that copy's packages")
    with open_workspace(args, create=False, accept_older_copy=True) as ws:
        recovered = [e for e in ws.audit.entries() if e.event == "workspace.recovered"]
    if not recovered:
        print("nothing to recover: the workspace is not an older copy")
        return 0
    details = json.loads(recovered[-1].details)
    print(f"went on with an older copy of the workspace: {details['packages']} package(s) "
          f"and {details['clips']} clip(s) of that copy removed (their keys no longer "
          "exist); recorded in the audit log")
    return 0



def _init(args: argparse.Namespace) -> int:
    path: Path = args.workspace_dir
    if (path / "workspace.json").exists():
        raise RefusedInput(f"{path} already holds a workspace; nothing was changed")
    with open_workspace(args, create=True) as ws:
        mode = ws.mode
    if json_output.wanted(args):
        json_output.emit(args, folder=str(path), key_mode=mode)
    else:
        print(f"workspace created in {path} (key: {mode})")
    return 0


def _enroll(args: argparse.Namespace) -> int:
    from reviewer.fileio import atomic_write
    from reviewer.workflows.trust import enroll, make_request

    trust = anchor.current_trust()
    if args.request:
        if args.profile:
            raise RefusedInput("give either --request OUT or a PROFILE, not both")
        with open_workspace(args, create=True) as ws:
            request = make_request(ws, trust.crypto, trust.today())
        atomic_write(Path(args.request), request.to_bytes())
        if json_output.wanted(args):
            json_output.emit(args, action="request", request=str(args.request))
            return 0
        print(f"enrollment request written to {args.request}: send it to your organisation, "
              "then run `reviewer enroll PROFILE` with the signed profile it returns")
        return 0
    if not args.profile:
        raise RefusedInput("give a signed PROFILE, or --request OUT to ask for one")
    from reviewer.workflows.escalate import Escalator
    from reviewer.workflows.spool import workspace_spool
    from reviewer.workflows.sync_settings import write_sync_settings

    with open_workspace(args, create=False) as ws:
        profile = enroll(ws, trust, Path(args.profile))
        # `reviewer sync` never opens the vault: it learns the S3 exchange from the spool.
        write_sync_settings(workspace_spool(ws.path), profile)
        # Escalations waiting for a profile that allows them complete now, by themselves.
        completed = Escalator.for_profile(ws.escalations, profile, trust.crypto,
                                          ws.path).resume()
        waiting = len(ws.escalations.owed_escalations())
    if json_output.wanted(args):
        json_output.emit(args, action="profile", reviewer=profile.reviewer,
                         role=profile.role.value, leads=len(profile.leads),
                         expires=str(profile.expires) if profile.expires else None,
                         escalations_sent=len(completed), escalations_waiting=waiting)
        return 0
    expiry = f", valid until {profile.expires}" if profile.expires else ""
    print(f"profile enrolled: reviewer {profile.reviewer} ({profile.role.value}), "
          f"{len(profile.leads)} lead(s){expiry}")
    if completed:
        print(f"{len(completed)} waiting escalation(s) sealed to the leads; those clips are "
              "erased")
    if waiting:
        print(f"{waiting} clip(s) still locked, waiting to be escalated (this profile cannot "
              "send escalations)")
    return 0


class _TerminalProgress:
    def __init__(self, command: str = "import") -> None:
        self.command = command
        self.tty = sys.stderr.isatty()
        self.shown = False

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self.tty and total:
            sys.stderr.write(f"\r{self.command}: {phase} clip {done}/{total} "
                             f"({100 * done // total}%)  ")
            sys.stderr.flush()
            self.shown = True

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _import(args: argparse.Namespace) -> int:
    from reviewer.core.gate_report import PackageRefused
    from reviewer.intake.gate import read_package, read_package_bytes
    from reviewer.workflows.import_package import import_package
    from reviewer.workflows.trust import trusted_gate

    if (args.package is None) == (args.from_spool is None):
        raise RefusedInput("give a package, or --from-spool")
    trust = anchor.current_trust()
    trust.require()  # an unmanaged installation imports nothing (the demo has its own)
    progress = _TerminalProgress()
    if args.from_spool is not None:
        if json_output.wanted(args):
            raise RefusedInput("--json is not available with --from-spool yet")
        return _import_spool(args, trust)
    with open_workspace(args, create=True) as ws:
        gate = trusted_gate(ws, trust, read_package, read_package_bytes)
        try:
            result = import_package(ws, Path(args.package), gate, progress)
        except PackageRefused as exc:
            progress.end()
            if json_output.wanted(args):
                raise  # cli prints the one-line error (stderr) and the JSON refusal (stdout)
            print(exc.report(), file=sys.stderr)
            return exc.exit_code
        finally:
            progress.end()
    if json_output.wanted(args):
        json_output.emit(args, package_number=result.package_number, clips=result.clips,
                         seconds_of_audio=round(result.seconds_of_audio, 3))
        return 0
    print(f"imported package {result.package_number}: {result.clips} clip(s), "
          f"{result.seconds_of_audio:.1f} s of audio")
    return 0


def _import_spool(args: argparse.Namespace, trust: Trust) -> int:
    from reviewer.core.gate_report import PackageRefused
    from reviewer.intake.gate import read_package, read_package_bytes
    from reviewer.workflows.import_package import import_package
    from reviewer.workflows.import_spool import import_from_spool
    from reviewer.workflows.spool import Spool
    from reviewer.workflows.trust import trusted_gate

    spool = Spool(Path(args.from_spool).expanduser() if args.from_spool
                  else args.workspace_dir / "spool")

    def refused(path: Path, exc: RefusedInput) -> None:
        report = exc.report() if isinstance(exc, PackageRefused) else str(exc)
        print(f"{path.name[:16]}…: {report}", file=sys.stderr)

    with open_workspace(args, create=True) as ws:
        gate = trusted_gate(ws, trust, read_package, read_package_bytes)
        outcome = import_from_spool(spool, lambda path: import_package(ws, path, gate),
                                    refused)
    print(f"imported {outcome.imported} package(s) from the spool; {outcome.already} already "
          f"imported, {outcome.refused} refused")
    return 2 if outcome.refused else 0


def _export(args: argparse.Namespace) -> int:
    from reviewer.workflows.export_results import export_results
    from reviewer.workflows.trust import export_sealer, trusted_profile

    if not args.out:
        raise RefusedInput("give --out DIR, the folder for the results files (or `export "
                           "verify DIR` to check an export)")
    trust = anchor.current_trust()
    progress = _TerminalProgress("export")
    with open_workspace(args, create=False) as ws:
        try:
            exports = export_results(ws, Path(args.out), trusted_profile(ws, trust),
                                     export_sealer(ws, trust.crypto), args.with_audio,
                                     progress)
        finally:
            progress.end()
    # Queued before any output: `--json --to-spool` must queue as well (its line on stderr).
    staged = (_stage_exports(args, [Path(e.results) for e in exports])
              if args.to_spool is not None else 0)
    if json_output.wanted(args):
        json_output.emit(args, with_audio=bool(args.with_audio), exports=[
            {"package_number": e.package_number, "package_id": e.package_id,
             "results": str(e.results), "header": str(e.header), "exported": e.exported,
             "unfinished": e.unfinished, "purged": e.purged, "audio_files": e.audio_files,
             "audio_withheld": e.audio_withheld} for e in exports])
        return staged
    if not exports:
        print("nothing to export: no finished clips")
    for e in exports:
        tail = "; package finished and purged" if e.purged else f"; {e.unfinished} unfinished"
        if args.with_audio:
            tail += f"; {e.audio_files} audio file(s)"
            if e.audio_withheld:
                tail += (f", {e.audio_withheld} withheld (a critical span without a time "
                         "range)")
        print(f"exported {e.exported} clip(s) of {e.package_id} to {e.results}{tail}")
    return staged


def _stage_exports(args: argparse.Namespace, results: list[Path]) -> int:
    """Queues sealed exports for `reviewer sync` to upload; a clear export never travels."""
    from reviewer.workflows.spool import Spool

    spool = Spool(Path(args.to_spool).expanduser() if args.to_spool
                  else args.workspace_dir / "spool")
    clear = [r for r in results if not (r.is_file() and r.name.endswith(".age"))]
    for r in results:
        if r not in clear:
            spool.stage("results", r.read_bytes())
    if clear:
        print(f"{len(clear)} export(s) not queued for upload: only sealed exports travel "
              "(the profile names no export_recipients)", file=sys.stderr)
        return 2
    print(f"{len(results)} sealed export(s) queued for upload; "
          f"{spool.waiting_to_upload()} waiting in the spool",
          file=sys.stderr if json_output.wanted(args) else sys.stdout)
    return 0


def _wipe(args: argparse.Namespace) -> int:
    path: Path = args.workspace_dir
    if not (path / "workspace.json").exists() and not (path / "vault.db").exists():
        raise RefusedInput(f"{path} holds no workspace; nothing was deleted")
    if not args.yes:
        if not sys.stdin.isatty():
            raise RefusedInput("no terminal to confirm: use --yes")
        answer = ask(f"Delete the workspace in {path}, its keys and everything in it? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing was deleted")
            return 0
    from reviewer.seal.kit import SealKit
    from reviewer.workflows.lead_workspace import LeadWorkspace

    store = secret_store()
    with contextlib.suppress(RefusedInput):
        LeadWorkspace(path, store, SealKit()).forget()
    Workspace.wipe(path, store)
    print(f"workspace {path} and its keyring entries deleted")
    return 0


def ask(prompt: str) -> str:
    """A question to the person at the terminal: the prompt on stderr (never mixed into the
    results on stdout), the answer from stdin."""
    sys.stderr.write(prompt)
    sys.stderr.flush()
    return input()


def _status(args: argparse.Namespace) -> int:
    try:
        with open_workspace(args, create=False) as ws:
            _refuse_damaged(ws)
            c = ws.clips.queue.counts()
    except WorkspaceMissing:
        from reviewer.core.review import StatusCounts

        c = StatusCounts(0, 0, 0, 0, 0, 0)
    clips = {"pending": c.new, "draft": c.draft, "done": c.done, "skipped": c.skipped,
             "escalated": c.escalated}
    if json_output.wanted(args):
        json_output.emit(args, packages=c.packages, clips=clips)
    else:
        text = ", ".join(f"{n} {k}" for k, n in clips.items())
        print(f"{c.packages} package(s); clips: {text}")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from reviewer.workflows.retention import purge_expired, purge_exported

    with open_workspace(args, create=False) as ws:
        if args.expired:
            notices = purge_expired(ws, dt.date.today(),
                                    report=lambda n: print(n.message(), file=sys.stderr))
        else:
            notices = purge_exported(ws)
            for n in notices:
                print(n.message())
    if not notices:
        print("nothing to purge")
    elif args.expired:
        print(f"purged {len(notices)} expired package(s)")
    return 0


def _refuse_damaged(ws: Workspace) -> None:
    """`status` and `audit verify` agree on damage: both check every page first."""
    from reviewer.core.workspace_errors import WorkspaceCorrupt
    from reviewer.vault import db

    found = db.damage(ws.conn)
    if found is not None:
        raise WorkspaceCorrupt(f"the workspace is damaged: {found}; its audit log cannot be "
                               "trusted either. Restore the folder from a backup or contact "
                               "support")


def _audit_verify(args: argparse.Namespace) -> int:
    with open_workspace(args, create=False) as ws:
        _refuse_damaged(ws)
        verdict = ws.audit.verify()
    if json_output.wanted(args):
        if not verdict.ok:  # the failure document (stdout) and the one line (stderr)
            raise RefusedInput(f"audit log broken at entry {verdict.first_bad}: "
                               f"{verdict.reason}")
        json_output.emit(args, intact=True, entries=verdict.entries)
        return 0
    if verdict.ok:
        print(f"audit log intact: {verdict.entries} entries")
        return 0
    # The verdict is this command's result, broken or not: stdout (like `check`'s report).
    print(f"audit log broken at entry {verdict.first_bad}: {verdict.reason}")
    return 2


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds this module's subcommands to the parser."""
    key = argparse.ArgumentParser(add_help=False)
    key.add_argument("--passphrase-file", metavar="FILE", help=_KEY_HELP)

    p = sub.add_parser("init", parents=[key], help="create a workspace (keyring or passphrase)",
                       description="Create an empty workspace. Its key goes into the OS "
                                   "keyring, or, with --passphrase-file, is derived from a "
                                   "passphrase (for machines without a keyring).")
    json_output.add_option(p)
    p.set_defaults(func=_init)

    p = sub.add_parser("enroll", parents=[key],
                       help="ask for (--request) or install a signed workstation profile",
                       description="`enroll --request OUT` makes this workstation's keys and "
                                   "writes a request for the organisation; `enroll PROFILE` "
                                   "installs the profile the organisation signed from it.")
    p.add_argument("profile", metavar="PROFILE", nargs="?",
                   help="signed reviewer-profile/2 file from the organisation")
    p.add_argument("--request", metavar="OUT", help="write an enrollment request to OUT")
    json_output.add_option(p)
    p.set_defaults(func=_enroll)

    p = sub.add_parser("import", parents=[key], help="check and import a work package")
    p.add_argument("package", metavar="PKG", nargs="?",
                   help="sealed package (.rpkg), or a plain folder or .zip where the "
                        "organisation allows unsigned packages")
    p.add_argument("--from-spool", metavar="DIR", nargs="?", const="",
                   help="import every package `reviewer sync` pulled into the spool (default "
                        "folder: the workspace's `spool`), each exactly once")
    json_output.add_option(p)
    p.set_defaults(func=_import)

    p = sub.add_parser("wipe", parents=[key],
                       help="delete this workspace and its keyring entries (decommissioning)")
    p.add_argument("--yes", action="store_true", help="do it without asking")
    p.set_defaults(func=_wipe)

    p = sub.add_parser("export", parents=[key],
                       help="write results of finished clips (`export verify DIR` checks them)",
                       usage="%(prog)s [-h] [--passphrase-file FILE] --out DIR [--with-audio] "
                             "[--json] [--workspace DIR]"
                             "\n       %(prog)s verify DIR")
    p.add_argument("--out", metavar="DIR", help="folder for the results files (required)")
    p.add_argument("--to-spool", metavar="DIR", nargs="?", const="",
                   help="also queue the sealed exports for `reviewer sync` to upload (default "
                        "folder: the workspace's `spool`)")
    p.add_argument("--with-audio", action="store_true",
                   help="write each done clip's FLAC beside the manifest (critical ranges "
                        "silenced under the redacted policy)")
    json_output.add_option(p)
    p.set_defaults(func=_export)
    export_verify.register(p)

    p = sub.add_parser("recover", parents=[key],
                       help="go on with a vault.db older than its key anchor (audited)",
                       description="When an earlier copy of vault.db was put back, the "
                                   "workspace refuses to open it (clips erased since that "
                                   "copy must stay erased). This goes on with the copy: its "
                                   "packages are removed and the recovery is recorded.")
    p.add_argument("--accept-older-copy", action="store_true",
                   help="yes, go on with the older copy and remove its packages")
    p.set_defaults(func=_recover)

    p = sub.add_parser("status", parents=[key], help="count packages and clips")
    json_output.add_option(p)
    p.set_defaults(func=_status)

    p = sub.add_parser("purge", parents=[key],
                       help="delete exported packages (or, with --expired, expired ones)")
    p.add_argument("--expired", action="store_true",
                   help="delete packages past their retention period, exported or not "
                        "(unexported work is listed first)")
    p.set_defaults(func=_purge)

    p = sub.add_parser("audit", help="audit log tools")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = audit_sub.add_parser("verify", parents=[key], help="check the audit log's chain")
    json_output.add_option(v)
    v.set_defaults(func=_audit_verify)
