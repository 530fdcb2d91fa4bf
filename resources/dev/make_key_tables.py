"""Writes the README's key tables (the section between the key-table markers) from the
window's table of actions and keymaps (reviewer/ui/qt_shortcuts.py, reviewer/ui/keymaps.py),
the same table the F1 list is written from. Run after changing a key, an action or a preset:

    .venv/bin/python resources/dev/make_key_tables.py

tests/ui/test_key_tables.py fails when the README differs from what this writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reviewer.ui.key_tables import replace_readme_section  # noqa: E402

README = ROOT / "README.md"


def main() -> int:
    text = README.read_text(encoding="utf-8")
    try:
        new = replace_readme_section(text)
    except ValueError as exc:
        print(f"{README.name}: {exc}", file=sys.stderr)
        return 1
    if new != text:
        README.write_text(new, encoding="utf-8")
        print(f"wrote the key tables into {README.name}")
    else:
        print(f"{README.name}: the key tables are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
