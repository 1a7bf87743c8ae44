"""The one-page plan for a 60-node map with 10 goals, beside a bare reportlab page.

The floor draws, on one reportlab canvas, as many circles as the map has nodes and
as many strings as the plan draws, in the same embedded TrueType font (embedding
is a requirement of the plan, not a cost of its design), and saves the PDF.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from netbuilder.model import Client
from netbuilder.report import build_plan, render_plan
from netbuilder.report.fonts import REGULAR, ensure_fonts
from netbuilder.report.samples import sample_map

TODAY = date(2025, 3, 5)


def paired_medians(
    action: Callable[[], object], floor: Callable[[], object], runs: int = 31
) -> tuple[float, float]:
    """Medians of both, run turn about so that a busy machine slows both alike."""
    action()
    floor()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for f, bucket in ((action, times[0]), (floor, times[1])):
            start = time.perf_counter()
            f()
            bucket.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def bare_page(circles: int, strings: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=REGULAR, initialFontSize=9, pageCompression=1)
    canvas.setFont(REGULAR, 8)
    for i in range(circles):
        canvas.circle(60 + (i % 12) * 40, 100 + (i // 12) * 40, 6, stroke=1, fill=1)
    for i in range(strings):
        canvas.drawString(40 + (i % 6) * 90, 780 - (i // 6) * 9, f"Connection {i} Ελένη")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bench_plan() -> dict[str, Any]:
    ensure_fonts()
    client = Client(display_name="Sam Taylor (example)")
    network = sample_map(client.id, 60, 10, 3)
    strings = build_plan(client, network, today=TODAY).strings_drawn
    plan, floor = paired_medians(
        lambda: render_plan(client, network, today=TODAY),
        lambda: bare_page(len(network.nodes), strings),
    )
    return {
        "name": f"plan PDF, 60 nodes, 10 goals ({strings} strings)",
        "median_ms": round(plan, 3),
        "floor_ms": round(floor, 3),
        "ratio": round(plan / floor, 2),
        "target": "<= 150 ms and <= 3x floor",
    }


if __name__ == "__main__":
    print(bench_plan())
