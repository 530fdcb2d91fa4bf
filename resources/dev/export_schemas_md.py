"""Writes the results export's JSON Schemas (reviewer/core/export_schemas.py) and the command
line's --json schemas (reviewer/core/cli_schemas.py) into docs/formats.md: each ```json block
whose `$id` is one of theirs is replaced by the current schema, laid out compactly.
Run after changing a schema:

    .venv/bin/python resources/dev/export_schemas_md.py

tests/workflows/test_export_verify.py and test_cli_json.py fail when they disagree.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reviewer.core.cli_schemas import SCHEMAS as CLI_SCHEMAS  # noqa: E402
from reviewer.core.export_schemas import SCHEMAS  # noqa: E402

DOC = ROOT / "docs" / "formats.md"
WIDTH = 96
BLOCK = re.compile(r"```json\n(.*?)\n```", re.DOTALL)


def render(value: object, indent: int = 0, lead: int = 0) -> str:
    """JSON with a container on one line when it fits in WIDTH (after `lead` characters
    already on its first line), else one item a line, indented by two spaces a level."""
    flat = json.dumps(value, ensure_ascii=False)
    if indent + lead + len(flat) <= WIDTH or not isinstance(value, dict | list) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(k)}: {render(v, indent + 2, len(json.dumps(k)) + 2)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + render(v, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def main() -> int:
    by_id = {s["$id"]: s for s in (*SCHEMAS.values(), *CLI_SCHEMAS.values())}
    found: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        try:
            schema_id = json.loads(match.group(1)).get("$id")
        except ValueError:
            return match.group(0)
        if schema_id not in by_id:
            return match.group(0)
        found.add(schema_id)
        return "```json\n" + render(by_id[schema_id]) + "\n```"

    text = BLOCK.sub(replace, DOC.read_text(encoding="utf-8"))
    missing = sorted(set(by_id) - found)
    if missing:
        print("docs/formats.md has no block for: " + ", ".join(missing)
              + "; add a ```json block holding {\"$id\": ...} where it belongs, then rerun",
              file=sys.stderr)
        for schema_id in missing:
            print(f"\n```json\n{render(by_id[schema_id])}\n```", file=sys.stderr)
        return 1
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {len(found)} schema(s) into {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
