"""Exact shapes for every structured field of a work package (the allowlist, first line).

A value of a fixed-purpose field either has its shape or is refused; nothing is guessed. The
shapes are written down in docs/formats.md ("Work package").
"""

from __future__ import annotations

from reviewer.core.package import AUDIO_EXTENSIONS, OPAQUE_ID_PATTERN, QUESTION_ID_PATTERN
from reviewer.intake import iso_codes
from reviewer.intake.detect.common import compile_re2

# One grammar for clip and package ids (core/package.py): a canonical lowercase UUID, a ULID,
# or a short lowercase prefix, `_` and 32 lowercase hex digits.
OPAQUE_ID = compile_re2(OPAQUE_ID_PATTERN)
OPAQUE_ID_RULE = "must be a lowercase UUID, a ULID, or a-z prefix, '_' and 32 hex digits"
MAX_ID = 64

QUESTION_ID = compile_re2(QUESTION_ID_PATTERN)
DATE = compile_re2(r"\d{4}-\d{2}-\d{2}")
# The keys of reviewer-package/1; any other key, at any depth, refuses the package.
HEADER_KEYS = frozenset({"format", "package_id", "task", "locale", "created", "retention_days",
                         "policy", "questions"})
POLICY_KEYS = frozenset({"critical_export", "voice_disguise", "max_clip_seconds",
                         "redacted_audio"})
QUESTION_KEYS = frozenset({"id", "prompt", "kind", "options", "required"})
CLIP_KEYS = frozenset({"clip_id", "audio_filepath", "duration", "pred_text",
                       "assistant_response", "prior_text", "content_warning"})
FORMAT_KEYS = HEADER_KEYS | POLICY_KEYS | QUESTION_KEYS | CLIP_KEYS

HEADER_FILE = "package.json"
MANIFEST_FILE = "clips.jsonl"
AUDIO_FOLDER = "audio"

# UN M.49 area codes that BCP 47 admits as regions (continents and sub-regions).
_M49_AREAS = frozenset({
    "001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021",
    "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150",
    "151", "154", "155", "202", "419",
})


_REGIONS = iso_codes.REGIONS | _M49_AREAS


def is_opaque_id(value: str) -> bool:
    return len(value) <= MAX_ID and OPAQUE_ID.fullmatch(value) is not None


def audio_path_for(clip_id: str, extension: str) -> str:
    return f"{AUDIO_FOLDER}/{clip_id}.{extension}"


def audio_path_problem(path: str, clip_id: str | None) -> str | None:
    """Why `path` is not exactly `audio/<clip_id>.<ext>`, or None."""
    folder, _, name = path.partition("/")
    stem, dot, extension = name.rpartition(".")
    if folder != AUDIO_FOLDER or not dot or extension not in AUDIO_EXTENSIONS:
        return "must be audio/<clip_id>.<ext> with ext one of " + ", ".join(AUDIO_EXTENSIONS)
    if clip_id is not None and stem != clip_id:
        return "must be named after the clip: audio/<clip_id>.<ext>"
    return None


def is_package_path(path: str) -> bool:
    """A name that may exist in a package (the audio names are checked against the manifest)."""
    if path in (HEADER_FILE, MANIFEST_FILE):
        return True
    folder, _, name = path.partition("/")
    stem, dot, extension = name.rpartition(".")
    return (folder == AUDIO_FOLDER and bool(dot) and extension in AUDIO_EXTENSIONS
            and is_opaque_id(stem))


def locale_problem(tag: str) -> str | None:
    """Why `tag` is not language[-Script][-REGION] with registered codes, or None."""
    parts = tag.split("-")
    if not 1 <= len(parts) <= 3 or len(tag) > 16:
        return "must be language[-Script][-REGION], such as en-US or zh-Hant-TW"
    language, rest = parts[0], parts[1:]
    if language not in iso_codes.LANGUAGES:
        return "language is not a registered ISO 639 code in its shortest lowercase form"
    if rest and len(rest[0]) == 4:
        if rest[0] not in iso_codes.SCRIPTS:
            return "script is not a registered ISO 15924 code (Titlecase, such as Hant)"
        rest = rest[1:]
    if rest and (len(rest) > 1 or rest[0] not in _REGIONS):
        return ("region is not a registered ISO 3166 code (upper case, such as US) or a "
                "UN M.49 area; variants, extensions and private use are not allowed")
    return None


def locale_region(tag: str) -> str | None:
    """The ISO 3166 region of a valid tag, for phone numbers written nationally."""
    last = tag.split("-")[-1]
    return last if len(last) == 2 and last.isupper() else None
