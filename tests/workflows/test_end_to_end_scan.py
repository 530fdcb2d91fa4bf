"""Done-when: import, annotate, export and purge, then find nothing readable on disk.

Every byte under the workspace is scanned for the clip texts, for audio (RIFF, fLaC, OggS, ID3
magic, runs of the clips' raw samples) and for the SQLite header: none may be there, neither
while the work is in progress nor after the export purged the package.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from reviewer.cli import main
from reviewer.core.annotation import Annotation, CriticalCategory
from reviewer.vault.workspace import Workspace
from reviewer.workflows.review_session import ReviewSession
from tests.support.package_builder import PACKAGE_ID, PackageBuilder, encode, tone
from tests.vault.fakes import DictSecretStore

MAGIC = [b"RIFF", b"WAVE", b"fLaC", b"OggS", b"ID3\x02\x00", b"ID3\x03\x00", b"ID3\x04\x00",
         b"SQLite format 3"]
PRED = ["zanzibar quokka lemonade seventeen", "marmalade xylophone ninety two",
        "quixotic walrus pepperoni"]
TYPED = ["Zanzibar Quokka lemonade at seventeen", "marmalade xylophone, ninety-two",
         "quixotic walrus with pepperoni"]
RESPONSE = "okay, ordering pepperoni for quixotic walrus"


def _package(tmp_path: Path) -> tuple[Path, list[bytes]]:
    b = PackageBuilder()
    windows: list[bytes] = []
    for i, (fmt, subtype) in enumerate([("WAV", "PCM_16"), ("FLAC", None), ("OGG", "VORBIS")]):
        x = tone(2.0, 16000, freq=300.0 + 97 * i)
        pcm = (x * 32767).astype("<i2").tobytes()
        windows += [pcm[o:o + 64] for o in (8000, 20000, 50000)]
        windows.append(np.asarray(x, dtype="<f4").tobytes()[16000:16064])
        b.add_clip(seconds=2.0, fmt=fmt, subtype=subtype, audio=encode(x, 16000, fmt, subtype),
                   pred_text=PRED[i], assistant_response=RESPONSE)
    return b.write_zip(tmp_path / "pkg.zip"), windows


def _scan(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files, "nothing to scan"
    for p in files:
        data = p.read_bytes()
        for needle in needles:
            for variant in {needle, needle.lower(), needle.upper()}:
                if variant and variant in data:
                    found.append(f"{p.name}: {needle[:24]!r}")
    return found


def test_nothing_readable_on_disk(tmp_path: Path, workspace_dir: Path, profile_file: Path,
                                  cli_secrets: DictSecretStore,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    pkg, windows = _package(tmp_path)
    assert main(["enroll", str(profile_file)]) == 0
    assert main(["import", str(pkg)]) == 0
    texts = [t.encode() for t in (*PRED, *TYPED, RESPONSE)]
    texts += [w.encode() for t in TYPED for w in t.split() if len(w) > 6]
    needles = texts + MAGIC + windows

    with Workspace.open(workspace_dir, cli_secrets, create=False) as ws:
        session = ReviewSession(ws.clips)
        for summary in session.queue_rows(0, 1_000):
            session.clip_audio(summary.local_id)  # decoded in memory only
            session.save_draft(summary.local_id, Annotation(transcript=TYPED[summary.ordinal
                                                                             - 1][:10]))
        # Mid-session (drafts in the WAL, audio stored): still nothing readable.
        assert _scan(workspace_dir, needles) == []
        a = Annotation(transcript=TYPED[0]).mark_span(0, 8, CriticalCategory.NAME)
        session.submit(1, a)
        session.submit(2, Annotation(transcript=TYPED[1]))
        session.submit(3, Annotation(transcript=TYPED[2]))
    out = tmp_path / "results"
    assert main(["export", "--out", str(out)]) == 0
    assert "purged" in capsys.readouterr().out
    lines = (out / f"{PACKAGE_ID}.manifest.jsonl").read_text().splitlines()
    assert json.loads(lines[0])["text"].startswith("<NAME>")

    assert _scan(workspace_dir, needles) == []
    assert _scan(out, texts), "the scanner finds texts where they are (positive control)"
    # The purge removed the rows, not only their readability.
    with Workspace.open(workspace_dir, cli_secrets, create=False) as ws:
        tables = [t for (t,) in ws.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        dump = repr([ws.conn.execute(f"SELECT * FROM {t}").fetchall()  # noqa: S608
                     for t in tables]).encode()
        assert ws.clips.queue.counts().packages == 0
    for text in texts:
        assert text not in dump
    wal = workspace_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
