"""`reviewer sync`: the one process that talks to the exchange (docs/deployment.md, "Exchange").

It runs on its own (`reviewer sync ...` must be the first words: cli.py hands it over before
the window's no-network guard is installed, and nothing else ever gets that exemption), moves
sealed files between the store and the local spool, and holds only the store's credentials
(from the OS keyring). It never opens the vault: import-linter keeps the vault's modules out
of this one, and a guard refuses, in this process, any file under the workspace other than
the spool (offline.install_sync_guard).

    reviewer sync --endpoint URL --bucket NAME --workstation WS [--spool DIR] [--once]
    reviewer sync --store-credentials --workstation WS     (access key, secret: two stdin lines)
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
from reviewer.core.exchange import ExchangeError, Layout
from reviewer.core.ports import SecretStore
from reviewer.locations import workspace_path
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync import RoundReport, Syncer

CREDENTIALS_SERVICE = "reviewer-exchange"


def build_parser() -> argparse.ArgumentParser:
    p = OneLineErrors(
        prog="reviewer sync",
        description="Move sealed packages, results and escalations between the exchange and "
                    "this workstation's spool folder. Never opens the workspace's vault.")
    p.add_argument("--workstation", required=True, help="this workstation's exchange name")
    p.add_argument("--endpoint", help="the S3 store, e.g. https://s3.example.org")
    p.add_argument("--bucket", help="the exchange bucket")
    p.add_argument("--region", default="us-east-1")
    p.add_argument("--ca-bundle", metavar="FILE",
                   help="the organisation's CA certificates (PEM), trusted on top of the "
                        "system's, if its store's certificate comes from its own CA")
    p.add_argument("--spool", metavar="DIR",
                   help="the spool folder (default: the workspace's `spool` folder)")
    p.add_argument("--workspace", metavar="DIR", help="the workspace folder (for the spool)")
    p.add_argument("--once", action="store_true", help="one round, then exit")
    p.add_argument("--interval", type=float, default=30.0,
                   help="seconds between rounds (default 30)")
    p.add_argument("--store-credentials", action="store_true",
                   help="read the access key and secret key (two lines on standard input) "
                        "into the OS keyring, then exit")
    return p


def main(argv: Sequence[str], secrets: SecretStore | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        layout = Layout(args.workstation)
        keyring = secrets or KeyringSecretStore()
        if args.store_credentials:
            return _store_credentials(keyring, layout)
        workspace = workspace_path(args.workspace)
        spool = Spool(Path(args.spool).expanduser().resolve() if args.spool
                      else workspace / "spool")
        return _run(args, layout, workspace, spool, keyring)
    except ReviewerError as exc:
        if os.environ.get("REVIEWER_DEBUG") == "1":
            raise
        print(f"reviewer: sync: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


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
                           f"{layout.workstation}`")
    doc = json.loads(stored)
    return str(doc["access_key"]), str(doc["secret_key"])


def _run(args: argparse.Namespace, layout: Layout, workspace: Path, spool: Spool,
         keyring: SecretStore) -> int:
    from reviewer.exchange.s3 import S3Settings, S3Store

    if not args.endpoint or not args.bucket:
        raise RefusedInput("--endpoint and --bucket are required")
    organisation_ca = ""
    if args.ca_bundle:  # imported only then: X.509 parsing costs the resident budget
        from reviewer.trust.tls_ca import read_organisation_ca

        organisation_ca = read_organisation_ca(args.ca_bundle)
    settings = S3Settings(endpoint=args.endpoint, bucket=args.bucket, region=args.region,
                          organisation_ca=organisation_ca)
    access, secret = credentials(keyring, layout)
    # From here on this process moves files and nothing else (only once the options are
    # sound: a refusal above leaves a caller's process as it was).
    offline.install_sync_guard(workspace, spool.root)
    store = S3Store(settings, access, secret)
    syncer = Syncer(store, layout, spool)
    if args.once:
        _say(syncer.run_round())
        return 0
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        raise KeyboardInterrupt  # wakes the sleep; every step is safe to interrupt

    signal.signal(signal.SIGTERM, stop)
    with contextlib.suppress(KeyboardInterrupt):
        syncer.run_forever(args.interval, lambda: stopping, _say)
    return 0


def _say(outcome: RoundReport | Exception) -> None:
    when = dt.datetime.now(dt.UTC).strftime("%H:%M:%S")
    if isinstance(outcome, ExchangeError):
        print(f"{when} store unavailable, will retry: {outcome}", file=sys.stderr, flush=True)
    elif isinstance(outcome, RoundReport):
        print(f"{when} uploaded {outcome.uploaded}, downloaded {outcome.downloaded}, "
              f"acknowledged {outcome.acknowledged}, {outcome.waiting_to_upload} waiting "
              "to upload", flush=True)
