"""Random ids of the three shapes reviewer-package/1 accepts, for the false-refusal checks."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ulid(rng: random.Random) -> str:
    """48 bits of milliseconds since 1970 and 80 random bits, Crockford base32, 26 chars."""
    millis = rng.randrange(1_600_000_000_000, 2_100_000_000_000)
    value = (millis << 80) | rng.getrandbits(80)
    return "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(26)))


def prefixed(rng: random.Random) -> str:
    prefix = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 8)))
    return f"{prefix}_{rng.getrandbits(128):032x}"


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "uuid4": uuid4, "ulid": ulid, "prefixed": prefixed}
