"""`reviewer org ...`: the organisation's own commands, for the data team and IT (no GUI).

    org init --name NAME --out DIR          the organisation's keys: organisation.json (IT
                                            installs it) and organisation-key.json (kept
                                            offline, passphrase-locked)
    org rotate --organisation FILE --out DIR [--revoke KEY_ID]
                                            a new signing key next to the old ones
    org sign-profile REQUEST --roster FILE --reviewer NAME --out PROFILE
    org pack MANIFEST --audio-dir DIR --to REQUEST --out PKG.rpkg --map MAP.jsonl
                 [--upload --workstation WS --endpoint URL --bucket B]
    org collect EXPORT... --organisation FILE --out DIR [--map MAP.jsonl]
    org collect --from-s3 --endpoint URL --bucket B --organisation FILE --out DIR
    org store-credentials [--account org]  the organisation's S3 keys into the OS keyring
    org s3-policy --bucket B --workstation NAME=PRINCIPAL... [--lead PRINCIPAL...]
                                            the exchange bucket's policy (docs/deployment.md)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.commands import json_output
from reviewer.core.errors import RefusedInput
from reviewer.core.profile import Role
from reviewer.core.trust import (
    Organisation,
    OrganisationKey,
    organisation_to_bytes,
    parse_organisation,
    parse_request,
)
from reviewer.fileio import atomic_write
from reviewer.seal.kit import SealKit
from reviewer.trust.organisation_file import builtin_path

if TYPE_CHECKING:
    from reviewer.core.exchange import ExchangeStore
    from reviewer.workflows.org import OrgSecrets
    from reviewer.workflows.org_collect import Collected

KEY_FILE = "organisation-key.json"
ORG_FILE = "organisation.json"


def _passphrase(args: argparse.Namespace) -> str:
    try:
        lines = Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise RefusedInput(f"cannot read the passphrase file {args.passphrase_file}") from None
    if not lines or not lines[0]:
        raise RefusedInput(f"the passphrase file {args.passphrase_file} is empty")
    return lines[0]


def _read(path: str, what: str, limit: int = 256 * 1024) -> bytes:
    from reviewer.workflows.trust import read_limited

    return read_limited(Path(path), what, limit)


def _secrets(args: argparse.Namespace) -> OrgSecrets:
    from reviewer.workflows.org import unlock_organisation

    return unlock_organisation(SealKit(), _read(args.key, "organisation key file"),
                               _passphrase(args))


def _init(args: argparse.Namespace) -> int:
    from reviewer.workflows.org import init_organisation

    out = Path(args.out)
    if (out / KEY_FILE).exists():
        raise RefusedInput(f"{out / KEY_FILE} exists already; nothing was changed")
    org, locked, export_recipient = init_organisation(SealKit(), args.name, _passphrase(args))
    if args.allow_unsigned_packages:
        org = Organisation(org.name, org.keys, allow_unsigned_packages=True)
    out.mkdir(parents=True, exist_ok=True)
    atomic_write(out / KEY_FILE, locked)
    atomic_write(out / ORG_FILE, organisation_to_bytes(org))
    if json_output.wanted(args):
        json_output.emit(args, organisation=org.name, organisation_file=str(out / ORG_FILE),
                         key_file=str(out / KEY_FILE), install_as=str(builtin_path()),
                         allow_unsigned_packages=org.allow_unsigned_packages,
                         export_recipient=export_recipient)
        return 0
    print(f"organisation '{org.name}' created in {out}:\n"
          f"  {ORG_FILE}: install on every workstation as {builtin_path()} "
          "(owned by root, mode 0644, in root-owned folders)\n"
          f"  {KEY_FILE}: the signing key, locked by the passphrase; keep it offline\n"
          f"  export recipient (put it in the rosters' export_recipients): {export_recipient}")
    return 0


def _rotate(args: argparse.Namespace) -> int:
    from reviewer.workflows.org import init_organisation

    current = parse_organisation(_read(args.organisation, "organisation file"))
    out = Path(args.out)
    if (out / KEY_FILE).exists():
        raise RefusedInput(f"{out / KEY_FILE} exists already; nothing was changed")
    if args.revoke and current.key(args.revoke) is None:
        raise RefusedInput(f"the organisation file lists no key {args.revoke}")
    new, locked, export_recipient = init_organisation(SealKit(), current.name,
                                                      _passphrase(args))
    rotated = Organisation(current.name, tuple(
        OrganisationKey(k.key_id, k.public) for k in (*current.keys, *new.keys)
        if k.key_id != args.revoke), current.allow_unsigned_packages, current.settings)
    data = organisation_to_bytes(rotated)
    parse_organisation(data)  # what workstations will read must parse (at most 16 keys)
    out.mkdir(parents=True, exist_ok=True)
    atomic_write(out / KEY_FILE, locked)
    atomic_write(out / ORG_FILE, data)
    if json_output.wanted(args):
        json_output.emit(args, key_id=new.keys[0].key_id, organisation_file=str(out / ORG_FILE),
                         key_file=str(out / KEY_FILE), revoked=args.revoke or None,
                         export_recipient=export_recipient)
        return 0
    print(f"new signing key {new.keys[0].key_id} in {out / KEY_FILE}; install the new "
          f"{ORG_FILE} on every workstation"
          + (f" (key {args.revoke} is revoked: what it signed is refused)" if args.revoke
             else "") + f"\n  new export recipient: {export_recipient}")
    return 0


def _sign_profile(args: argparse.Namespace) -> int:
    from reviewer.workflows.org import sign_profile

    org = _secrets(args)
    signed = sign_profile(SealKit(), org, _read(args.request, "enrollment request"),
                          _read(args.roster, "roster"), reviewer=args.reviewer,
                          role=Role(args.role), days=args.days, today=dt.date.today(),
                          workstation=args.workstation)
    atomic_write(Path(args.out), signed)
    if json_output.wanted(args):
        json_output.emit(args, reviewer=args.reviewer, role=args.role, key_id=org.key_id,
                         days=args.days, profile=str(args.out))
        return 0
    print(f"profile for {args.reviewer} signed by key {org.key_id} into {args.out}, valid "
          f"{args.days} days: give it to the workstation (reviewer enroll {args.out})")
    return 0


def _pack(args: argparse.Namespace) -> int:
    from reviewer.core.gate_report import PackageRefused
    from reviewer.intake.gate import read_package_bytes
    from reviewer.workflows.org_pack import PackOptions, build_package, seal_package
    from reviewer.workflows.trust import check_request

    policy = {k: v for k, v in (("critical_export", args.critical_export),
                                ("voice_disguise", args.voice_disguise),
                                ("max_clip_seconds", args.max_clip_seconds),
                                ("redacted_audio", args.redacted_audio)) if v is not None}
    options = PackOptions(task=args.task, locale=args.locale,
                          retention_days=args.retention_days, policy=policy,
                          questions=_questions(args.questions))
    packed = build_package(Path(args.manifest), Path(args.audio_dir), options,
                           _progress("reading audio"))
    try:
        accepted = read_package_bytes(packed.package_zip, _progress("checking"))
    except PackageRefused as refused:
        if json_output.wanted(args):
            raise  # cli prints the one-line error (stderr) and the JSON refusal (stdout)
        print(refused.report(), file=sys.stderr)
        return refused.exit_code
    if args.dry_run and json_output.wanted(args):
        json_output.emit(args, package_id=packed.package_id, clips=len(accepted.clips),
                         dropped_fields=packed.dropped_fields, sealed=False, package=None,
                         map=None)
        return 0
    if not json_output.wanted(args):  # the document carries the same counts
        print(f"gate: accepted {len(accepted.clips)} clip(s); {packed.dropped_fields} "
              "manifest field(s) left behind (not allowed in a work package)")
    if args.dry_run:
        return 0
    if not ((args.out or args.upload) and args.to and args.map and args.key
            and args.passphrase_file):
        raise RefusedInput("to seal, give --to REQUEST, --out FILE (or --upload), --map FILE, "
                           "--key FILE and --passphrase-file FILE (or use --dry-run)")
    store = _org_store(args) if args.upload else None  # refused before any work is done
    request = parse_request(_read(args.to, "enrollment request"))
    check_request(SealKit(), request)
    sealed = seal_package(SealKit(), _secrets(args), packed, request.workstation.age)
    atomic_write(Path(args.map), "".join(json.dumps(m) + "\n"
                                         for m in packed.join_map).encode())
    if args.out:
        atomic_write(Path(args.out), sealed)
    uploaded = None
    if store is not None and args.out:  # from the file: a large one resumes (`org upload`)
        from reviewer.workflows.org_exchange import upload_package_file

        uploaded, _outcome = upload_package_file(store, args.workstation, Path(args.out))
    elif store is not None:
        from reviewer.workflows.org_exchange import upload_package

        uploaded, _created = upload_package(store, args.workstation, sealed)
    if json_output.wanted(args):
        json_output.emit(args, package_id=packed.package_id, clips=packed.clips,
                         dropped_fields=packed.dropped_fields, sealed=True,
                         package=str(args.out) if args.out else None, map=str(args.map),
                         **({"uploaded": uploaded} if uploaded else {}))
        return 0
    where = " and ".join(w for w in (args.out and f"into {args.out}",
                                     uploaded and f"uploaded as {uploaded}") if w)
    print(f"package {packed.package_id}: {packed.clips} clip(s) sealed to the workstation of "
          f"{args.to} {where}; join map in {args.map}")
    return 0


def _upload(args: argparse.Namespace) -> int:
    """`org upload PKG.rpkg --workstation WS ...`: a package `org pack --out` sealed, into the
    workstation's inbox; run again after a kill or an outage, it continues a large upload."""
    from reviewer import offline
    from reviewer.locations import workspace_path
    from reviewer.workflows.org_exchange import upload_package_file, upload_state_path

    package = Path(args.package)
    if not package.is_file() or package.suffix != ".rpkg":
        raise RefusedInput(f"{package} is not a sealed package (.rpkg file)")
    store = _org_store(args)
    # Checked and ready: from here on this process talks to the store and, like sync, may
    # open nothing under a workspace (a refusal above leaves a caller's process as it was).
    workspace = workspace_path(None)
    offline.install_sync_guard(workspace, workspace / ".organisation-opens-nothing-here")
    key, outcome = upload_package_file(store, args.workstation, package)
    if json_output.wanted(args):
        json_output.emit(args, uploaded=key, created=outcome.created,
                         parts_sent=outcome.parts_sent, parts_kept=outcome.parts_kept)
        return 0
    resumed = (f" ({outcome.parts_kept} part(s) already there from an interrupted upload)"
               if outcome.parts_kept else "")
    print(f"{package} uploaded as {key}{resumed}" if outcome.created
          else f"{package} was already in the store as {key}")
    assert not upload_state_path(package).exists()
    return 0


def _collect(args: argparse.Namespace) -> int:
    from reviewer.workflows.org_collect import merge, open_export

    org = parse_organisation(_read(args.organisation, "organisation file"))
    if bool(args.exports) == bool(args.from_s3):
        raise RefusedInput("give EXPORT files, or --from-s3 (with --endpoint and --bucket)")
    store = _org_store(args) if args.from_s3 else None
    secrets = _secrets(args)
    join = _join_maps(args)
    if store is not None:
        return _collect_from_store(args, store, org, secrets, join)
    opened = [open_export(SealKit(), org, secrets, _read(e, "export", 4 << 30))
              for e in args.exports]
    collected = merge(opened, join)
    return _collect_written(args, len(opened), collected)


def _join_maps(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    join: dict[str, dict[str, Any]] = {}
    for path in args.map or []:
        try:
            for raw in _read(path, "join map", 256 << 20).decode("utf-8").splitlines():
                entry = json.loads(raw)
                join[str(entry["clip_id"])] = {"source_audio_filepath":
                                               str(entry["source_audio_filepath"])}
        except (UnicodeDecodeError, ValueError, KeyError, TypeError):
            raise RefusedInput(f"the join map {path} is not one written by `org pack`") \
                from None
    return join


def _collect_written(args: argparse.Namespace, opened: int, collected: Collected) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for rel, data in collected.audio.items():  # audio first: the manifest names it
        (out / rel).parent.mkdir(exist_ok=True)
        atomic_write(out / rel, data)
    for name, rows in (("manifest.jsonl", collected.training),
                       ("status.jsonl", collected.statuses),
                       ("headers.jsonl", collected.headers)):
        atomic_write(out / name, "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                         for r in rows).encode())
    if json_output.wanted(args):
        json_output.emit(args, exports=opened, training_lines=len(collected.training),
                         audio_files=len(collected.audio), status_lines=len(collected.statuses),
                         out=str(out))
        return 0
    print(f"collected {opened} export(s): {len(collected.training)} training line(s), "
          f"{len(collected.audio)} audio file(s), {len(collected.statuses)} in the status "
          f"file, into {out}")
    return 0


def _collect_from_store(args: argparse.Namespace, store: ExchangeStore, org: Organisation,
                        secrets: OrgSecrets, join: dict[str, dict[str, Any]]) -> int:
    from reviewer.workflows.org_exchange import collect_from_store

    report = collect_from_store(store, SealKit(), org, secrets, Path(args.out), join)
    for refusal in report.refused:  # left upstream for someone to look at
        print(f"reviewer: org collect: left in the store: {refusal}", file=sys.stderr)
    collected = report.collected
    counts = {"training_lines": len(collected.training) if collected else 0,
              "audio_files": len(collected.audio) if collected else 0,
              "status_lines": len(collected.statuses) if collected else 0}
    code = 2 if report.refused else 0
    if json_output.wanted(args):
        if code:
            raise RefusedInput(f"{len(report.refused)} object(s) in the store were refused "
                               "and left there")
        json_output.emit(args, exports=report.exports, decisions=report.decisions,
                         deleted=report.deleted, refused=len(report.refused),
                         batch=str(report.batch) if report.batch else None,
                         out=str(args.out), **counts)
        return 0
    print(f"collected {report.exports} export(s) and {report.decisions} decision record(s) "
          f"from the store: {counts['training_lines']} training line(s), "
          f"{counts['audio_files']} audio file(s)"
          + (f", into {report.batch}" if report.batch else "")
          + f"; {report.deleted} object(s) removed from the store, "
          f"{len(report.refused)} refused and left there")
    return code


def _org_store(args: argparse.Namespace) -> ExchangeStore:
    """The exchange with the organisation's own credentials (OS keyring, service
    reviewer-exchange, account --account): the same port and S3 transport as `reviewer
    sync`. The organisation's commands do not run in a window, so no guard is involved."""
    from reviewer.commands.sync import CREDENTIALS_SERVICE
    from reviewer.commands.workspace import secret_store
    from reviewer.core.exchange import check_workstation
    from reviewer.core.exchange_settings import SettingsRefused, parse_s3_exchange
    from reviewer.exchange.s3 import S3Settings, S3Store

    if not (args.endpoint and args.bucket):
        raise RefusedInput("give --endpoint and --bucket for the exchange")
    if getattr(args, "upload", False):
        if not args.workstation:
            raise RefusedInput("--upload needs --workstation NAME (the name the profile was "
                               "signed with: org sign-profile --workstation)")
        check_workstation(args.workstation)
    try:
        s3 = parse_s3_exchange({"endpoint": args.endpoint, "bucket": args.bucket,
                                "region": args.region, "prefix": args.prefix,
                                "workstation": "org"})
    except SettingsRefused as exc:
        raise RefusedInput(str(exc).replace("s3.", "--", 1)) from None
    stored = secret_store().get(CREDENTIALS_SERVICE, args.account)
    if stored is None:
        raise RefusedInput(f"no exchange credentials for {args.account} in the keyring: run "
                           f"`reviewer org store-credentials --account {args.account}`")
    doc = json.loads(stored)
    organisation_ca = ""
    if args.ca_bundle:  # CA certificates only (one-line refusal), on top of the system's
        from reviewer.trust.tls_ca import read_organisation_ca

        organisation_ca = read_organisation_ca(args.ca_bundle)
    return S3Store(S3Settings(endpoint=s3.endpoint, bucket=s3.bucket, region=s3.region,
                              root=s3.prefix, organisation_ca=organisation_ca),
                   str(doc["access_key"]), str(doc["secret_key"]))


def _store_credentials(args: argparse.Namespace) -> int:
    from reviewer.commands.sync import CREDENTIALS_SERVICE
    from reviewer.commands.workspace import secret_store

    lines = sys.stdin.read().split()
    if len(lines) != 2:
        raise RefusedInput("give the access key and the secret key, one a line, on standard "
                           "input")
    secret_store().set(CREDENTIALS_SERVICE, args.account,
                       json.dumps({"access_key": lines[0], "secret_key": lines[1]}))
    print(f"exchange credentials for {args.account} stored in the keyring")
    return 0


def _store_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--endpoint", help="the exchange's S3 store, e.g. https://s3.example.org")
    p.add_argument("--bucket", help="the exchange bucket")
    p.add_argument("--region", default="us-east-1")
    p.add_argument("--prefix", default="", help="a folder inside the bucket (as in profiles)")
    p.add_argument("--ca-bundle", metavar="FILE", help="CA certificates (PEM) for the store")
    p.add_argument("--account", default="org",
                   help="the keyring entry holding the organisation's S3 keys (default org)")


def _questions(path: str | None) -> list[Any]:
    if not path:
        return []
    try:
        questions = json.loads(_read(path, "questions file"))
    except (UnicodeDecodeError, ValueError):
        raise RefusedInput(f"the questions file {path} is not valid JSON") from None
    if not isinstance(questions, list):
        raise RefusedInput(f"the questions file {path} must hold a JSON list")
    return questions


def _progress(phase: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\rorg pack: {phase} {done}/{total}  ")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    org = sub.add_parser("org", help="the organisation's commands (keys, profiles, packages)")
    org_sub = org.add_subparsers(dest="org_command", metavar="ACTION", required=True)
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--passphrase-file", metavar="FILE", required=True,
                        help="the organisation key's passphrase (first line of FILE)")

    p = org_sub.add_parser("init", parents=[secret], help="create the organisation's keys")
    p.add_argument("--name", required=True, help="the organisation's name")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--allow-unsigned-packages", action="store_true",
                   help="let workstations import plain packages too (not recommended)")
    json_output.add_option(p)
    p.set_defaults(func=_init)

    p = org_sub.add_parser("rotate", parents=[secret], help="add a new signing key")
    p.add_argument("--organisation", required=True, metavar="FILE")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--revoke", metavar="KEY_ID", help="drop this key from the file")
    json_output.add_option(p)
    p.set_defaults(func=_rotate)

    keyed = argparse.ArgumentParser(add_help=False, parents=[secret])
    keyed.add_argument("--key", required=True, metavar="FILE",
                       help=f"the organisation key file ({KEY_FILE})")

    p = org_sub.add_parser("sign-profile", parents=[keyed],
                           help="sign a workstation profile from an enrollment request")
    p.add_argument("request", metavar="REQUEST")
    p.add_argument("--roster", required=True, metavar="FILE",
                   help="JSON: leads, export_recipients, exchange, support_text")
    p.add_argument("--reviewer", required=True, help="the reviewer's pseudonym")
    p.add_argument("--role", choices=[r.value for r in Role], default="reviewer")
    p.add_argument("--days", type=int, default=180, help="valid for DAYS days (1-730)")
    p.add_argument("--workstation", metavar="NAME",
                   help="this workstation's name in the roster's S3 exchange (exchange.s3)")
    p.add_argument("--out", required=True, metavar="PROFILE")
    json_output.add_option(p)
    p.set_defaults(func=_sign_profile)

    p = org_sub.add_parser("pack", help="pack a NeMo manifest into a sealed package")
    p.add_argument("manifest", metavar="MANIFEST")
    p.add_argument("--audio-dir", required=True, metavar="DIR")
    p.add_argument("--to", metavar="REQUEST", help="the workstation's enrollment request")
    p.add_argument("--out", metavar="PKG.rpkg")
    p.add_argument("--map", metavar="FILE", help="where to keep the join map (JSONL)")
    p.add_argument("--key", metavar="FILE")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--task", choices=["transcribe", "verify"], default="transcribe")
    p.add_argument("--locale", default="en-US")
    p.add_argument("--retention-days", type=int, default=30)
    p.add_argument("--questions", metavar="FILE", help="JSON list of questions")
    p.add_argument("--critical-export", choices=["redacted", "full"])
    p.add_argument("--voice-disguise", choices=["off", "available", "default_on"])
    p.add_argument("--redacted-audio", choices=["silence", "tone"],
                   help="what replaces critical ranges in exported audio (default silence)")
    p.add_argument("--max-clip-seconds", type=float, metavar="SECONDS",
                   help="the longest clip allowed (1-3600; default 120)")
    p.add_argument("--dry-run", action="store_true", help="run the gate only")
    p.add_argument("--upload", action="store_true",
                   help="put the sealed package into the workstation's exchange inbox "
                        "(create-only, content-hash name)")
    p.add_argument("--workstation", metavar="NAME",
                   help="with --upload: the workstation's exchange name")
    _store_options(p)
    json_output.add_option(p)
    p.set_defaults(func=_pack)

    p = org_sub.add_parser("upload",
                           help="put a sealed package (org pack --out) into a workstation's "
                                "exchange inbox; run again, it resumes a large upload")
    p.add_argument("package", metavar="PKG.rpkg")
    p.add_argument("--workstation", metavar="NAME", required=True,
                   help="the workstation's exchange name (org sign-profile --workstation)")
    _store_options(p)
    json_output.add_option(p)
    p.set_defaults(func=_upload, upload=True)

    p = org_sub.add_parser("collect", parents=[keyed],
                           help="open sealed exports and merge their training manifests")
    p.add_argument("exports", metavar="EXPORT", nargs="*", help="<package>.export.age files")
    p.add_argument("--from-s3", action="store_true",
                   help="collect every result and decision record in the exchange, into a "
                        "new batch folder under --out; removed upstream once written")
    _store_options(p)
    p.add_argument("--organisation", required=True, metavar="FILE",
                   help="the organisation file (its keys must have signed the profiles)")
    p.add_argument("--map", metavar="FILE", action="append",
                   help="join map from `org pack` (repeatable): adds source audio paths")
    p.add_argument("--out", required=True, metavar="DIR")
    json_output.add_option(p)
    p.set_defaults(func=_collect)

    p = org_sub.add_parser("s3-policy",
                           help="print the exchange bucket's policy (each workstation confined "
                                "to its own prefixes)")
    p.add_argument("--bucket", required=True)
    p.add_argument("--workstation", action="append", default=[], metavar="NAME=PRINCIPAL",
                   help="a workstation and its user's ARN (repeatable), e.g. "
                        "ws-017=arn:aws:iam:::user/ws-017")
    p.add_argument("--lead", action="append", default=[], metavar="PRINCIPAL",
                   help="a lead's user ARN (repeatable)")
    p.set_defaults(func=_s3_policy)

    p = org_sub.add_parser("store-credentials",
                           help="keep the organisation's S3 keys in the OS keyring (access key "
                                "and secret key, one a line, on standard input)")
    p.add_argument("--account", default="org", help="the keyring entry (default org)")
    p.set_defaults(func=_store_credentials)



def _s3_policy(args: argparse.Namespace) -> int:
    from reviewer.core.exchange_policy import bucket_policy

    workstations: dict[str, str] = {}
    for item in args.workstation:
        name, sep, principal = item.partition("=")
        if not sep or not principal:
            raise RefusedInput(f"--workstation wants NAME=PRINCIPAL, not {item!r}")
        workstations[name] = principal
    print(bucket_policy(args.bucket, workstations, args.lead))
    return 0
