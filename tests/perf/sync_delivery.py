"""Issue 18's delivery budget, measured with the processes users run (part of bench_sync):
a package of 200 five-second clips from `reviewer org pack --upload` to the reviewer's
queue in under 10 s.

    pack_upload   `reviewer org pack MANIFEST ... --upload` (gate, seal, create-only PUT)
    sync_pull     `reviewer sync --once` (LIST, GET, check against the name, spool)
    import        `reviewer import --from-spool` (open, verify, identity gate, vault)
    end to end    the three back to back (sync's poll interval not included: a workstation
                  polls every poll_seconds, so add up to that much in the field)

The organisation, the workstation and its signed profile are set up first, untimed. The
import runs in a child that trusts the bench's organisation (the command line trusts only
the root-owned organisation file; tests replace `anchor.load` the same way).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

from tests.support.package_builder import encode

ROOT = Path(__file__).resolve().parents[2]
CLIPS, SECONDS, RATE = 200, 5.0, 16000
_TRUSTING = """
import sys
from reviewer.commands import anchor
from reviewer.core.trust import parse_organisation
org = parse_organisation(open(sys.argv[1], "rb").read())
anchor.load = lambda: org
from reviewer import cli
sys.exit(cli.main(sys.argv[2:]))
"""


def _run(args: list[str], env: dict[str, str], stdin: str = "",
         trusting: Path | None = None, expect: str = "") -> float:
    argv = ([sys.executable, "-c", _TRUSTING, str(trusting)] if trusting
            else [sys.executable, "-m", "reviewer"]) + args
    started = time.perf_counter()
    result = subprocess.run(argv, input=stdin, capture_output=True, text=True, cwd=ROOT,
                            env=env, timeout=600, check=False)
    took = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{args[:2]} failed: {result.stderr.strip()[-400:]}")
    if expect not in result.stdout:
        raise RuntimeError(f"{args[:2]} said {result.stdout.strip()[-400:]!r}")
    return took


def _manifest(folder: Path) -> Path:
    rng = np.random.default_rng(11)
    audio = folder / "src"
    audio.mkdir()
    t = np.arange(int(SECONDS * RATE)) / RATE
    lines = []
    for n in range(CLIPS):
        x = 0.2 * np.sin(2 * np.pi * (180 + 20 * (n % 7)) * t * (1 + 0.05 * np.sin(t)))
        x = (x + 0.02 * rng.standard_normal(t.size)).astype(np.float32)
        (audio / f"utt{n}.wav").write_bytes(encode(x, RATE, "WAV", "PCM_16"))
        lines.append({"audio_filepath": f"utt{n}.wav", "duration": SECONDS,
                      "pred_text": f"clip {n}"})
    manifest = folder / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(x) + "\n" for x in lines))
    return manifest


def package_to_queue(endpoint: str, bucket: str, access: str, secret: str) -> dict[str, float]:
    from reviewer.commands.sync import CREDENTIALS_SERVICE
    from reviewer.vault.keyring_store import KeyringSecretStore

    keys = KeyringSecretStore()
    ws = f"bench-{uuid.uuid4().hex[:12]}"  # a workstation of its own: nothing else arrives
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = {**os.environ, "REVIEWER_WORKSPACE": str(root / "workspace")}
        store = ["--endpoint", endpoint, "--bucket", bucket]
        secret_file = root / "org.pass"
        secret_file.write_text("the bench organisation's passphrase\n")
        org = root / "org"
        _run(["org", "init", "--name", "Bench Org", "--out", str(org), "--passphrase-file",
              str(secret_file)], env)
        org_file = org / "organisation.json"
        key = ["--key", str(org / "organisation-key.json"), "--passphrase-file",
               str(secret_file)]
        request, roster, profile = (root / n for n in ("req.json", "roster.json",
                                                      "profile.json"))
        _run(["enroll", "--request", str(request)], env, trusting=org_file)
        roster.write_text(json.dumps({"exchange": {"s3": {"endpoint": endpoint,
                                                          "bucket": bucket}}}))
        _run(["org", "sign-profile", str(request), "--roster", str(roster), "--reviewer",
              "rev-bench", "--workstation", ws, "--out", str(profile), *key], env)
        _run(["enroll", str(profile)], env, trusting=org_file)
        credentials = f"{access}\n{secret}\n"
        _run(["org", "store-credentials", "--account", "bench-org"], env, stdin=credentials)
        _run(["sync", "--store-credentials", "--workstation", ws], env, stdin=credentials)
        manifest = _manifest(root)
        try:
            pack = _run(["org", "pack", str(manifest), "--audio-dir", str(root / "src"),
                         "--to", str(request), "--map", str(root / "join.jsonl"), *key,
                         "--upload", "--workstation", ws, "--account", "bench-org", *store],
                        env)
            pull = _run(["sync", "--endpoint", endpoint, "--bucket", bucket, "--workstation",
                         ws, "--once"], env, expect="downloaded 1")
            queue = _run(["import", "--from-spool"], env, trusting=org_file,
                         expect="imported 1 package(s)")
        finally:
            keys.delete(CREDENTIALS_SERVICE, "bench-org")
            keys.delete(CREDENTIALS_SERVICE, ws)
    return {"delivery_200x5s_pack_upload_s": pack, "delivery_200x5s_sync_pull_s": pull,
            "delivery_200x5s_import_s": queue,
            "delivery_200x5s_end_to_end_s": pack + pull + queue}
