"""`reviewer sync`: the one process that talks to the exchange (docs/deployment.md, "Exchange").

It runs on its own (`reviewer sync ...` must be the first words: cli.py hands it over before
the window's no-network guard is installed, and nothing else ever gets that exemption), moves
sealed files between the store and the local spool, and holds only the store's credentials
(from the OS keyring). It never opens the vault: import-linter keeps the vault's modules out
of this one, and a guard refuses, in this process, any file under the workspace other than
the spool (offline.install_sync_guard).

    reviewer sync [--spool DIR] [--once]       (the settings the app wrote: exchange.json)
    reviewer sync ... --role lead              (pull escalations, push decision records)
    reviewer sync --endpoint URL --bucket NAME --workstation WS [--spool DIR] [--once]
    reviewer sync --store-credentials [--workstation WS]  (access key, secret: two stdin lines)

One sync serves a spool: it holds `spool/sync.lock`, and a second one (the window's, while
a standalone or systemd sync runs) says so in one line and exits 0. Each round's outcome goes
to `spool/sync-state.json`, and so does a refusal that ends the process (no credentials, no
settings, a refused key, an untrusted certificate): its English line with its codes and
values, which the window words in the reviewer's language (ui/sync_wording.py).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from reviewer import offline
from reviewer.commands.parsing import OneLineErrors
from reviewer.core.errors import RefusedInput, ReviewerError
from reviewer.core.exchange import ExchangeError, Layout, check_workstation
from reviewer.core.exchange_settings import S3Exchange, SettingsRefused, parse_s3_exchange
from reviewer.core.ports import SecretStore
from reviewer.core.reasons import reason_of
from reviewer.fileio import exclusive_lock
from reviewer.locations import workspace_path
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync import RoundReport, Syncer
from reviewer.workflows.sync_settings import read_sync_settings
from reviewer.workflows.transfer import MIB, S3_MIN_PART, PieceSizes

CREDENTIALS_SERVICE = "reviewer-exchange"


def build_parser() -> argparse.ArgumentParser:
    p = OneLineErrors(
        prog="reviewer sync",
        description="Move sealed packages, results and escalations between the exchange and "
                    "this workstation's spool folder. Never opens the workspace's vault.")
    p.add_argument("--workstation",
                   help="this workstation's exchange name (default: from the spool's "
                        "exchange.json, which the app writes from the signed profile)")
    p.add_argument("--endpoint", help="the S3 store, e.g. https://s3.example.org")
    p.add_argument("--bucket", help="the exchange bucket")
    p.add_argument("--region", default="us-east-1")
    p.add_argument("--ca-bundle", metavar="FILE",
                   help="the organisation's CA certificates (PEM), trusted on top of the "
                        "system's, if its store's certificate comes from its own CA")
    p.add_argument("--spool", metavar="DIR",
                   help="the spool folder (default: the workspace's `spool` folder)")
    p.add_argument("--workspace", metavar="DIR", help="the workspace folder (for the spool)")
    p.add_argument("--role", choices=["reviewer", "lead"],
                   help="a lead pulls escalations and pushes decision records (default: the "
                        "role in exchange.json, or reviewer)")
    p.add_argument("--once", action="store_true", help="one round, then exit")
    p.add_argument("--interval", type=float,
                   help="seconds between rounds (default: the profile's poll_seconds, or 60)")
    p.add_argument("--multipart-threshold", type=float, default=16.0, metavar="MIB",
                   help="files larger than this (MiB) upload in resumable parts (default 16)")
    p.add_argument("--part-size", type=float, default=8.0, metavar="MIB",
                   help="one upload part, one ranged read: larger downloads resume by "
                        "these pieces (MiB, at least 5: S3's smallest part; default 8)")
    p.add_argument("--store-credentials", action="store_true",
                   help="read the access key and secret key (two lines on standard input) "
                        "into the OS keyring, then exit")
    return p


def main(argv: Sequence[str], secrets: SecretStore | None = None) -> int:
    args = build_parser().parse_args(argv)
    spool: Spool | None = None
    try:
        workspace = workspace_path(args.workspace)
        spool = Spool(Path(args.spool).expanduser().resolve() if args.spool
                      else workspace / "spool")
        settings = _settings(args, spool)
        layout = Layout(settings.workstation)
        keyring = secrets or KeyringSecretStore()
        if args.store_credentials:
            return _store_credentials(keyring, layout)
        return _run_alone(args, settings, layout, workspace, spool, keyring)
    except ReviewerError as exc:
        if spool is not None and not args.store_credentials:
            _record_refusal(spool, exc)
        if os.environ.get("REVIEWER_DEBUG") == "1":
            raise
        print(f"reviewer: sync: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def _settings(args: argparse.Namespace, spool: Spool) -> S3Exchange:
    """From the options when they name the store, else from what the app wrote."""
    if args.endpoint or args.bucket:
        if not (args.endpoint and args.bucket and args.workstation):
            raise RefusedInput("--endpoint, --bucket and --workstation go together")
        try:
            return parse_s3_exchange({"endpoint": args.endpoint, "bucket": args.bucket,
                                      "region": args.region, "workstation": args.workstation})
        except SettingsRefused as exc:
            raise RefusedInput(str(exc).replace("s3.", "--", 1)) from None
    if args.store_credentials and args.workstation:
        check_workstation(args.workstation)
        return S3Exchange(endpoint="", bucket="", workstation=args.workstation)
    written = read_sync_settings(spool.root).s3
    if args.workstation and args.workstation != written.workstation:
        raise RefusedInput(f"--workstation {args.workstation} is not the profile's "
                           f"({written.workstation})")
    return written


def _store_credentials(keyring: SecretStore, layout: Layout) -> int:
    lines = sys.stdin.read().split()
    if len(lines) != 2:
        raise RefusedInput("give the access key and the secret key, one a line, on standard "
                           "input")
    keyring.set(CREDENTIALS_SERVICE, layout.workstation,
                json.dumps({"access_key": lines[0], "secret_key": lines[1]}))
    print(f"credentials for {layout.workstation} stored in the keyring")
    return 0


def credentials(keyring: SecretStore, layout: Layout) -> tuple[str, str]:
    stored = keyring.get(CREDENTIALS_SERVICE, layout.workstation)
    if stored is None:
        raise RefusedInput(f"no exchange credentials for {layout.workstation} in the keyring: "
                           f"run `reviewer sync --store-credentials --workstation "
                           f"{layout.workstation}`", code="sync_no_credentials",
                           workstation=layout.workstation)
    try:
        doc = json.loads(stored)
        return str(doc["access_key"]), str(doc["secret_key"])
    except (ValueError, KeyError, TypeError):
        raise RefusedInput(f"the exchange credentials for {layout.workstation} in the keyring "
                           f"are damaged: run `reviewer sync --store-credentials "
                           f"--workstation {layout.workstation}`",
                           code="sync_credentials_damaged",
                           workstation=layout.workstation) from None


def _run_alone(args: argparse.Namespace, settings: S3Exchange, layout: Layout,
               workspace: Path, spool: Spool, keyring: SecretStore) -> int:
    """Runs only while no other sync serves this spool (the lock ends with the process)."""
    spool.root.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(exclusive_lock(spool.lock_path, timeout=0))
        except TimeoutError:
            print(f"reviewer: sync: another `reviewer sync` already serves {spool.root}; "
                  "this one exits", file=sys.stderr, flush=True)
            return 0
        return _run(args, settings, layout, workspace, spool, keyring)
    raise AssertionError("unreachable")


def _record_refusal(spool: Spool, exc: ReviewerError) -> None:
    """A refusal that ends this sync, for the window to word (main prints the English line).
    Written only while no other sync serves the spool: that one's rounds are what the window
    must show, and it holds the lock."""
    if not spool.root.is_dir():
        return
    with contextlib.suppress(TimeoutError, OSError), exclusive_lock(spool.lock_path,
                                                                    timeout=0):
        _record(spool, exc)


def _run(args: argparse.Namespace, settings: S3Exchange, layout: Layout, workspace: Path,
         spool: Spool, keyring: SecretStore) -> int:
    from reviewer.exchange.s3 import S3Settings, S3Store

    sizes = PieceSizes(threshold=int(args.multipart_threshold * MIB),
                       part=int(args.part_size * MIB))
    if sizes.part < S3_MIN_PART or sizes.threshold < sizes.part:
        raise RefusedInput("--part-size is at least 5 (MiB) and --multipart-threshold at "
                           "least --part-size")
    # The organisation's CA certificates (CA certificates only, or a one-line refusal), from
    # --ca-bundle, else from the signed profile; imported only then: X.509 parsing costs the
    # resident budget.
    organisation_ca = ""
    if args.ca_bundle or settings.ca_certificates:
        from reviewer.core.trust import TrustRefused
        from reviewer.trust import tls_ca

        try:
            organisation_ca = (tls_ca.read_organisation_ca(args.ca_bundle) if args.ca_bundle
                               else tls_ca.organisation_ca(settings.ca_certificates,
                                                           "the signed profile"))
        except TrustRefused as exc:  # the same line; a code the window words
            raise TrustRefused(str(exc), code="sync_ca_invalid") from None
    access, secret = credentials(keyring, layout)
    # From here on this process moves files and nothing else (only once the options are
    # sound: a refusal above leaves a caller's process as it was).
    offline.install_sync_guard(workspace, spool.root)
    store = S3Store(S3Settings(endpoint=settings.endpoint, bucket=settings.bucket,
                               region=settings.region, root=settings.prefix,
                               organisation_ca=organisation_ca), access, secret)
    syncer = _syncer(args, spool)(store, layout, spool, sizes=sizes)
    interval = args.interval if args.interval is not None else float(settings.poll_seconds)

    def on_round(outcome: RoundReport | Exception) -> None:
        _say(outcome)
        _record(spool, outcome)

    if args.once:
        on_round(syncer.run_round())
        return 0
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        raise KeyboardInterrupt  # wakes the sleep; every step is safe to interrupt

    signal.signal(signal.SIGTERM, stop)
    with contextlib.suppress(KeyboardInterrupt):
        syncer.run_forever(interval, lambda: stopping, on_round)
    return 0


def _syncer(args: argparse.Namespace, spool: Spool) -> type[Syncer]:
    """A lead's syncer when --role lead, or when the app wrote role lead (and no option
    names the store); a reviewer's otherwise."""
    from reviewer.workflows.lead_sync import LeadSyncer

    role = args.role
    if role is None and not (args.endpoint or args.bucket):
        role = read_sync_settings(spool.root).role.value
    return LeadSyncer if role == "lead" else Syncer


def _record(spool: Spool, outcome: RoundReport | Exception) -> None:
    """The round's outcome for the window (one line of error at most)."""
    now = dt.datetime.now(dt.UTC)
    if isinstance(outcome, RoundReport):
        spool.record_state(True, now, "; ".join(outcome.errors))
    else:
        why = reason_of(outcome)
        spool.record_state(False, now, str(outcome).splitlines()[0] if str(outcome) else
                           type(outcome).__name__, why.codes, why.params)


def _say(outcome: RoundReport | Exception) -> None:
    when = dt.datetime.now(dt.UTC).strftime("%H:%M:%S")
    if isinstance(outcome, ExchangeError):
        print(f"{when} store unavailable, will retry: {outcome}", file=sys.stderr, flush=True)
    elif isinstance(outcome, RoundReport):
        resumed = ""
        if outcome.parts_kept or outcome.bytes_resumed:
            resumed = (f" (resumed: {outcome.parts_kept} parts kept, {outcome.parts_sent} "
                       f"sent; {outcome.bytes_resumed} bytes already downloaded)")
        print(f"{when} uploaded {outcome.uploaded}, downloaded {outcome.downloaded}, "
              f"acknowledged {outcome.acknowledged}, {outcome.waiting_to_upload} waiting "
              f"to upload{resumed}", flush=True)
