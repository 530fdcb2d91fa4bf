"""False refusals of random ids: 100,000 ids from each generator the format accepts (UUID4,
ULID, prefixed hex) run through the manifest check as clip ids and through the id shape as
package ids. Every figure must be 0. CI runs a 5,000-id sample of the same
(tests/intake/test_shapes.py)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from reviewer.intake.manifest import parse_clips
from reviewer.intake.shapes import is_opaque_id
from tests.intake.random_ids import GENERATORS

IDS = 100_000
CHUNK = 10_000


def refusals(make: Callable[[random.Random], str], seed: int) -> int:
    rng = random.Random(seed)
    refused = 0
    for _ in range(IDS // CHUNK):
        ids = [make(rng) for _ in range(CHUNK)]
        lines = [json.dumps({"clip_id": i, "audio_filepath": f"audio/{i}.wav", "duration": 1.0,
                             "pred_text": "ok"}) for i in ids]
        result = parse_clips(("\n".join(lines) + "\n").encode(), "US")
        refused += CHUNK - len(result.records)
        refused += sum(not is_opaque_id(i) for i in ids)
    return refused


def run() -> dict[str, float]:
    return {f"id_false_refusals_{name}": float(refusals(make, seed))
            for seed, (name, make) in enumerate(sorted(GENERATORS.items()))}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.0f}")
