"""How clip rows are read back: the columns a StoredClip needs and the mapping from a row."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.vault.audio_keys import TEXT_COLUMNS, AudioKeys
from reviewer.vault.records import StoredClip, header_from_json

CLIP_COLUMNS = ("c.local_id, c.package_number, c.ordinal, "
                "p.clip_count, "
                "p.header_json, c.clip_id, c.audio_filepath, c.duration, c.pred_text, "
                "c.assistant_response, c.prior_text, c.content_warning, c.status, c.locked, "
                "c.annotation_json, c.updated_at, p.wrapped_key, c.wrapped_key")
CLIP_FROM = "FROM clips c JOIN packages p ON p.number = c.package_number"


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def clip_from_row(row: tuple[Any, ...], keys: AudioKeys) -> StoredClip:
    """The clip, its texts opened with its data key (an erased clip has neither)."""
    (local_id, number, ordinal, total, header_json, clip_id, path, duration, pred, response,
     prior, warning, status, locked, annotation_json, updated_at, package_wrapped,
     clip_wrapped) = row
    if clip_wrapped is not None:
        key = keys.data_key_of(int(number), int(local_id), package_wrapped, clip_wrapped)
        pred, response, prior, annotation_json = (
            keys.open_text(key, int(number), int(local_id), column, blob)
            for column, blob in zip(TEXT_COLUMNS, (pred, response, prior, annotation_json),
                                    strict=True))
    return StoredClip(
        local_id=int(local_id), package_number=int(number), ordinal=int(ordinal),
        package_total=int(total), header=header_from_json(header_json), clip_id=str(clip_id),
        audio_filepath=str(path), duration=float(duration), pred_text=pred,
        assistant_response=response, prior_text=prior, content_warning=bool(warning),
        status=ClipStatus(status), locked=bool(locked),
        annotation=Annotation.from_json(json.loads(annotation_json)) if annotation_json
        else None, updated_at=updated_at)
