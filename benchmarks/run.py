"""`make bench`: every benchmark beside its floor, measured in the same run.

Each ``bench_*.py`` module in this folder offers functions named ``bench_*``
that return a dict (or a list of dicts) with at least ``name``, ``median_ms``,
``floor_ms`` and ``ratio``, plus optional ``target``. The table is printed and
written to ``benchmarks/results.json``.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def collect() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(f"benchmarks.{path.stem}")
        for name in sorted(dir(module)):
            if name.startswith("bench_") and callable(getattr(module, name)):
                result = getattr(module, name)()
                rows.extend(result if isinstance(result, list) else [result])
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    head = f"{'benchmark':58} {'median':>10} {'floor':>10} {'ratio':>7}  target"
    lines = [head, "-" * len(head)]
    for r in rows:
        floor = f"{r['floor_ms']:.2f} ms" if r.get("floor_ms") is not None else "-"
        ratio = f"{r['ratio']:.2f}x" if r.get("ratio") is not None else "-"
        lines.append(
            f"{r['name']:58} {r['median_ms']:8.2f} ms {floor:>10} {ratio:>7}  {r.get('target', '')}"
        )
    return "\n".join(lines)


def main() -> int:
    rows = collect()
    print(table(rows))
    out = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "results": rows,
    }
    (HERE / "results.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
