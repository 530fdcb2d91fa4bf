"""The benchmark: `python tests/perf/run.py --json FILE` (not collected by pytest).

Each `bench_*.py` module beside this file exposes `run() -> dict[str, float]`; this script
runs them all (or those named with --only), prints a table against the budgets of DESIGN.md,
and writes every figure as one JSON object.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# key: (budget, "max" when the figure must stay at or below it, "min" at or above)
BUDGETS: dict[str, tuple[float, str]] = {
    "next_clip_ready_ms_median": (15.0, "max"),
    "next_clip_ready_ms_p95": (30.0, "max"),
    "long_clip_open_s": (1.0, "max"),
    "long_clip_peak_rss_mb": (300.0, "max"),
    "rss_growth_mb_1000_switches": (10.0, "max"),
    "stretch_x_realtime": (20.0, "min"),
    "import_clips_per_s": (100.0, "min"),
    "cold_start_s": (1.0, "max"),
    "gui_max_stall_ms": (50.0, "max"),
    "window_next_clip_ms_median": (10.0, "max"),
    "window_next_clip_ms_p95": (15.0, "max"),
    "cold_start_s_100k": (1.0, "max"),
    "submit_stall_ms_100k": (16.0, "max"),
    "rss_mb_100k": (300.0, "max"),
    "gate_worst_field_s": (0.5, "max"),
    "sync_peak_rss_mb": (100.0, "max"),  # issue 18: the sync process stays small
    "sync_large_peak_rss_mb": (100.0, "max"),  # ... also moving a 64 MB package each way
    # Issue 18's delivery budget (200 five-second clips, org pack --upload to the queue) is
    # delivery_200x5s_end_to_end_s. The fleet figures (sync_delivery_s_*, N simulated
    # workstations polling from one process) are a scale measurement with no budget.
    "delivery_200x5s_end_to_end_s": (10.0, "max"),  # issue 18: org pack --upload to queue
    "gate_worst_header_s": (0.5, "max"),
    "gate_worst_line_s": (0.5, "max"),
    "gate_oversized_s": (0.5, "max"),
    "id_false_refusals_prefixed": (0.0, "max"),
    "id_false_refusals_ulid": (0.0, "max"),
    "id_false_refusals_uuid4": (0.0, "max"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="write all figures to FILE")
    parser.add_argument("--only", nargs="*", help="bench module names, e.g. bench_audio")
    args = parser.parse_args()
    names = args.only or sorted(p.stem for p in HERE.glob("bench_*.py"))
    figures: dict[str, float] = {}
    for name in names:
        module = importlib.import_module(f"tests.perf.{name}")
        started = time.perf_counter()
        print(f"# {name} ...", file=sys.stderr, flush=True)
        figures.update(module.run())
        print(f"# {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(f"{'figure':40} {'value':>12} {'budget':>12}  ok")
    for key, value in figures.items():
        budget = BUDGETS.get(key)
        if budget is None:
            print(f"{key:40} {value:12.3f} {'':>12}")
            continue
        limit, kind = budget
        ok = value <= limit if kind == "max" else value >= limit
        sign = "<=" if kind == "max" else ">="
        print(f"{key:40} {value:12.3f} {sign + ' ' + str(limit):>12}  {'yes' if ok else 'NO'}")
    if args.json:
        meta = {"python": platform.python_version(), "machine": platform.machine(),
                "cpus": os.cpu_count()}
        Path(args.json).write_text(json.dumps({"figures": figures, "meta": meta}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
