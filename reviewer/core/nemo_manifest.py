"""What NeMo's manifest reader needs of a training manifest's line, as rules (no NeMo here).

Read from NVIDIA/NeMo, `nemo/collections/common/parts/preprocessing/manifest.py` (`item_iter`,
`__parse_item`, `get_full_path`; main as of September 2025):
- the file is opened in text mode (universal newlines: a `\\r` ends a line too) and read line
  by line; each line is stripped, blank ones skipped, the rest parsed with `json.loads`, and
  one line that does not parse stops the whole read;
- the audio path is `audio_filename` when present, else `audio_filepath` (else `context`): a
  line carrying `audio_filename` would be read with that path instead of ours;
- a relative audio path shorter than 255 characters is looked up beside the manifest; an
  absolute or a longer one is taken as it is (with `~` expanded);
- `duration` is required (else `context_duration`), and the datasets built on the reader
  compare it with their minimum and maximum durations;
- `text` is taken as it is when present; only without it would `text_filepath` (a file NeMo
  opens) or `normalized_text` be read, or the clip train on an empty transcript;
- the parsed item also picks up `offset` (where reading starts in the audio), `speaker`,
  `orig_sample_rate`, `lang`, `token_labels` and the rttm, feature, video, context, question
  and answer keys: a training line must not carry them by accident.
Also noted there: the manifest is opened without an encoding, so NeMo decodes it with the
locale's (UTF-8 on usual Linux set-ups); our files are UTF-8.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

AUDIO_KEY, DURATION_KEY, TEXT_KEY = "audio_filepath", "duration", "text"
RELATIVE_PATH_LIMIT = 255  # get_full_path's audio_file_len_limit

# Keys the reader would read instead of ours, or give a meaning to.
NEMO_KEYS = frozenset({
    "audio_filename", "context", "context_type", "context_duration", "video_filename",
    "video_filepath", "text_filepath", "normalized_text", "rttm_file", "rttm_filename",
    "rttm_filepath", "feature_file", "feature_filename", "feature_filepath", "offset",
    "speaker", "orig_sample_rate", "token_labels", "lang", "answer", "answer_type",
    "answer_duration", "question", "question_type", "task",
})


def raw_line_problems(raw: str) -> list[str]:
    """Problems of a line's text before it is parsed (as NeMo splits and skips lines)."""
    if "\r" in raw:
        return ["holds a carriage return: NeMo's reader would split the line there"]
    if not raw.strip():
        return ["is blank"]
    return []


def line_problems(item: object) -> list[str]:
    """Why NeMo's reader would not read this parsed line as (audio, duration, transcript)."""
    if not isinstance(item, Mapping):
        return ["is not a JSON object"]
    out = [f"{key}: NeMo's reader gives this key a meaning (it must not be in a training line)"
           for key in sorted(NEMO_KEYS & set(item))]
    path = item.get(AUDIO_KEY)
    if AUDIO_KEY not in item:
        out.append(f"{AUDIO_KEY}: missing (NeMo's audio key)")
    elif not isinstance(path, str) or not path:
        out.append(f"{AUDIO_KEY}: must be a non-empty string")
    elif path.startswith(("/", "\\", "~")) or (len(path) > 1 and path[1] == ":"):
        out.append(f"{AUDIO_KEY}: not relative: NeMo would not look for it beside the manifest")
    elif len(path) >= RELATIVE_PATH_LIMIT:
        out.append(f"{AUDIO_KEY}: {RELATIVE_PATH_LIMIT} characters or more: NeMo would not "
                   "look for it beside the manifest")
    duration = item.get(DURATION_KEY)
    if DURATION_KEY not in item:
        out.append(f"{DURATION_KEY}: missing (NeMo's duration key)")
    elif (isinstance(duration, bool) or not isinstance(duration, int | float)
          or not math.isfinite(duration) or duration <= 0):
        out.append(f"{DURATION_KEY}: must be a positive number of seconds")
    if TEXT_KEY not in item:
        out.append(f"{TEXT_KEY}: missing (NeMo's transcript key)")
    elif not isinstance(item[TEXT_KEY], str):
        out.append(f"{TEXT_KEY}: must be a string")
    return out
