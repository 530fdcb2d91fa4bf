"""The organisation's side of the exchange: `org pack --upload` and `org collect --from-s3`.

Upload is one create-only write of the sealed package under its content-hash name in
`inbox/<workstation>/`: uploading the same package again changes nothing.

Collection takes every object under `results/` and `decisions/`, checks each against its name
and opens it (exports as `org collect` always has; decision records: sealed to the
organisation, carrying a lead profile the organisation signed, signed by the lead that profile
lists), then writes one batch folder and only then deletes what it collected upstream:

    OUT/batch-<UTC time>/   manifest.jsonl, status.jsonl, headers.jsonl, decisions.jsonl,
                            <package_id>/<clip_id>.flac, objects.txt (the keys it holds)

A batch is written as `.batch-*.part` and renamed when whole (then the folder is synced), so
it either exists with everything or not at all. The keys in the committed batches are the
ledger: a run that finds one of them upstream again (a crash before the deletes) deletes it
without collecting it twice. Objects that fail a check stay upstream, named in the report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import DecisionRecord, EnvelopeUnreadable
from reviewer.core.exchange import (
    DECISIONS,
    RESULTS,
    ExchangeError,
    ExchangeStore,
    ExchangeUnavailable,
    Layout,
    object_name,
    verify,
)
from reviewer.core.exchange_frames import FrameRefused, decision_message, unframe_decision
from reviewer.core.lead import SealPort
from reviewer.core.lead_cases import parse_record_name
from reviewer.core.profile import Role, parse_profile_body
from reviewer.core.trust import KIND_PROFILE, Organisation, TrustRefused, parse_signed
from reviewer.fileio import atomic_write, crash_point, fsync_dir
from reviewer.workflows.org import OrgSecrets
from reviewer.workflows.org_collect import Collected, OpenedExport, merge, open_export
from reviewer.workflows.sync import backoff_delays
from reviewer.workflows.transfer import PieceSizes, Retrying, UploadOutcome, upload_file
from reviewer.workflows.trust import verify_signed

T = TypeVar("T")

OBJECTS = "objects.txt"


def upload_package(store: ExchangeStore, workstation: str, sealed: bytes) -> tuple[str, bool]:
    """(key, created): False when the store already held this exact package."""
    key = Layout(workstation).inbox + object_name(sealed, "rpkg")
    return key, store.put_new(key, sealed)


def upload_state_path(package: Path) -> Path:
    """Where a large package's upload under way is recorded: beside the package."""
    return package.with_name(package.name + ".upload.json")


def upload_package_file(store: ExchangeStore, workstation: str, package: Path,
                        sizes: PieceSizes | None = None) -> tuple[str, UploadOutcome]:
    """Uploads the sealed package file `package` to the workstation's inbox under its
    content-hash name: at once when small, else in parts whose progress is kept beside it
    (upload_state_path), so that running it again after a kill or an outage sends only the
    parts the store does not hold yet. Transient failures are retried with back-off."""
    sizes = sizes or PieceSizes()
    digest = hashlib.sha256()
    with package.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    key = Layout(workstation).inbox + f"{digest.hexdigest()}.rpkg"
    retry = retrying()
    if package.stat().st_size <= sizes.threshold:
        created = retry(partial(store.put_new, key, package.read_bytes()))
        return key, UploadOutcome(created=created, parts_sent=0, parts_kept=0)
    return key, upload_file(store, key, package, upload_state_path(package), sizes.part, retry)


def retrying(attempts: int = 5, base: float = 0.5, cap: float = 30.0) -> Retrying:
    """A call retried while the store is unavailable, with full-jitter back-off (as sync)."""
    return _Retrying(attempts, backoff_delays(base, cap, random.Random()))  # noqa: S311


class _Retrying:
    def __init__(self, attempts: int, delay: Callable[[int], float]) -> None:
        self.attempts, self.delay = attempts, delay

    def __call__(self, call: Callable[[], T]) -> T:
        for attempt in range(self.attempts):
            try:
                return call()
            except ExchangeUnavailable:
                if attempt == self.attempts - 1:
                    raise
                time.sleep(self.delay(attempt))
        raise AssertionError("unreachable")


def open_decision(crypto: SealPort, org: Organisation, secrets: OrgSecrets,
                  data: bytes) -> dict[str, Any]:
    """The decision record as a `decisions.jsonl` line (the record's fields, its file name
    and the SHA-256 of its bytes); TrustRefused unless every check passes."""
    try:
        plain = crypto.open_sealed(data, [secrets.export_identity])
        profile_bytes, lead, signature, name, record = unframe_decision(plain)
    except EnvelopeUnreadable:
        raise TrustRefused("decision record cannot be opened: it is not sealed to this "
                           "organisation's export key, or it is damaged") from None
    except FrameRefused as exc:
        raise TrustRefused(str(exc)) from None
    doc = parse_signed(profile_bytes, KIND_PROFILE, "decision's profile")
    verify_signed(org, crypto, doc, "decision's profile")
    profile = parse_profile_body(doc.body)
    key = profile.lead_signing_keys.get(lead)
    if profile.role is not Role.LEAD or key is None or not crypto.verify(
            key, decision_message(record), signature):
        raise TrustRefused("decision record's signature does not match (altered, or not "
                           "made by a lead its profile lists)")
    try:
        parsed = DecisionRecord.from_json(json.loads(record.decode("utf-8")))
    except (UnicodeDecodeError, ValueError, RefusedInput):
        raise TrustRefused("decision record is malformed") from None
    named = parse_record_name(name)
    if parsed.lead != lead or named is None or named.case_id != parsed.case_id:
        raise TrustRefused("decision record does not match its name or its lead")
    return {**parsed.to_json(), "record": name,
            "sha256": hashlib.sha256(record).hexdigest()}


@dataclass
class StoreCollection:
    batch: Path | None = None
    exports: int = 0
    decisions: int = 0
    collected: Collected | None = None
    deleted: int = 0  # objects removed upstream (this run's and an earlier run's)
    refused: list[str] = field(default_factory=list)  # "<key>: why", left upstream


def committed_keys(out: Path) -> tuple[set[str], set[str]]:
    """(keys collected by committed batches, SHA-256 of the decision records they hold)."""
    keys: set[str] = set()
    records: set[str] = set()
    for batch in sorted(out.glob("batch-*")):
        try:
            keys.update(k for k in (batch / OBJECTS).read_text().split("\n") if k)
            for line in (batch / "decisions.jsonl").read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    records.add(str(json.loads(line).get("sha256")))
        except (OSError, ValueError):
            continue
    return keys, records


def collect_from_store(store: ExchangeStore, crypto: SealPort, org: Organisation,
                       secrets: OrgSecrets, out: Path, join_map: dict[str, dict[str, Any]],
                       now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
                       ) -> StoreCollection:
    report = StoreCollection()
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".batch-*.part"):  # a run that died before its commit
        shutil.rmtree(stale, ignore_errors=True)
    done, known_records = committed_keys(out)
    exports: list[tuple[str, OpenedExport]] = []
    decisions: list[tuple[str, dict[str, Any]]] = []
    for key in store.list(RESULTS) + store.list(DECISIONS):
        if key in done:  # collected by a batch; its delete did not happen
            store.delete(key)
            report.deleted += 1
            continue
        try:
            data = verify(key, store.get(key))
            if key.startswith(RESULTS):
                opened = open_export(crypto, org, secrets, data)
                merge([opened], join_map)  # refused here alone, not in the whole batch
                exports.append((key, opened))
            else:
                decisions.append((key, open_decision(crypto, org, secrets, data)))
        except (TrustRefused, ExchangeError) as exc:
            report.refused.append(f"{key}: {exc}")
    if not exports and not decisions:
        return report
    collected = merge([e for _, e in exports], join_map)
    rows, seen = [], set(known_records)
    for _, row in decisions:  # the same record sealed twice (a re-staged copy) counts once
        if row["sha256"] not in seen:
            seen.add(row["sha256"])
            rows.append(row)
    keys = [k for k, _ in exports] + [k for k, _ in decisions]
    report.batch = _write_batch(out, now(), collected, rows, keys)
    report.exports, report.decisions, report.collected = len(exports), len(rows), collected
    crash_point("org_exchange.committed")
    for key in keys:
        store.delete(key)
        report.deleted += 1
    return report


def _write_batch(out: Path, when: dt.datetime, collected: Collected,
                 decisions: list[dict[str, Any]], keys: list[str]) -> Path:
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    part, final = out / f".batch-{stamp}.part", out / f"batch-{stamp}"
    part.mkdir()
    for rel, data in collected.audio.items():  # audio first: the manifest names it
        atomic_write(part / rel, data)
    for name, rows in (("manifest.jsonl", collected.training),
                       ("status.jsonl", collected.statuses),
                       ("headers.jsonl", collected.headers), ("decisions.jsonl", decisions)):
        atomic_write(part / name, "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                          for r in rows).encode())
    atomic_write(part / OBJECTS, "".join(k + "\n" for k in keys).encode())
    for folder in {(part / rel).parent for rel in collected.audio}:
        fsync_dir(folder)
    part.rename(final)
    fsync_dir(out)
    return final
