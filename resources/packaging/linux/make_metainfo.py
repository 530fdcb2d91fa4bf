"""Writes the AppStream metainfo: metainfo.xml.in with the app id, version and release date.

    python make_metainfo.py OUT.metainfo.xml [--date YYYY-MM-DD]

The release date is the last commit's (reproducible: the same commit gives the same file), the
given --date, or today outside a git checkout. Run with the project's Python: it reads
reviewer.APP_ID and reviewer.__version__.
"""

from __future__ import annotations

import argparse
import datetime
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "metainfo.xml.in"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def release_date(root: Path) -> str:
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%cs"],
                             capture_output=True, text=True, check=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        out = ""
    out = out.strip()
    return out if DATE.match(out) else datetime.date.today().isoformat()


def render(app_id: str, version: str, date: str) -> str:
    if not DATE.match(date):
        raise ValueError(f"release date {date!r} is not YYYY-MM-DD")
    for name, value in (("app id", app_id), ("version", version)):
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._+~-]*", value):
            raise ValueError(f"{name} {value!r} has characters the metainfo cannot carry")
    text = TEMPLATE.read_text(encoding="utf-8")
    for key, value in (("APP_ID", app_id), ("VERSION", version), ("DATE", date)):
        text = text.replace(f"@{key}@", value)
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        raise ValueError(f"unfilled placeholders in {TEMPLATE.name}: {left}")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--date", help="release date (default: the last commit's)")
    args = parser.parse_args()
    import reviewer

    date = args.date or release_date(HERE)
    args.out.write_text(render(reviewer.APP_ID, reviewer.__version__, date), encoding="utf-8")


if __name__ == "__main__":
    main()
