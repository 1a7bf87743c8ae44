"""The layout maths the canvas and the printed plan share (``netbuilder.model.layout``)."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netbuilder.gui.canvas import geometry as canvas_geometry
from netbuilder.model import NodeKind, layout
from netbuilder.report import geometry as report_geometry
from netbuilder.report import mapplace


def test_layout_imports_neither_qt_nor_reportlab() -> None:
    code = (
        "import sys, netbuilder.model.layout; "
        "print(','.join(m for m in sys.modules "
        "if m.startswith(('PySide6', 'shiboken6', 'reportlab'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_screen_and_page_use_the_same_conventions() -> None:
    # screen: y down, so north is up the screen (negative y)
    assert layout.to_xy(100, 0) == pytest.approx((0, -100))
    assert layout.to_xy(100, 90) == pytest.approx((100, 0))
    # page: y up, so north is up the page too (positive y); east is right on both
    assert layout.page_xy(300, 400, 100, 0) == pytest.approx((300, 500))
    assert layout.page_xy(300, 400, 100, 90) == pytest.approx((400, 400))
    assert layout.page_xy(300, 400, 100, 180) == pytest.approx((300, 300))


@given(st.floats(1, 2000), st.floats(0, 359.999))
def test_polar_and_cartesian_round_trip(radius: float, angle: float) -> None:
    r, a = layout.to_polar(*layout.to_xy(radius, angle))
    assert r == pytest.approx(radius)
    assert layout.angular_distance(a, angle) < 1e-6
    x, y = layout.page_xy(0.0, 0.0, radius, angle)
    sx, sy = layout.to_xy(radius, angle)
    assert (x, y) == pytest.approx((sx, -sy))


def test_ring_bands() -> None:
    bands = layout.RingBands(client_r=20.0, ring_w=10.0)
    assert (bands.inner(1), bands.middle(1), bands.outer(1)) == (20.0, 25.0, 30.0)
    assert bands.outer(3) == 50.0 and bands.inner(3) == 40.0
    radii = (0, 19, 21, 31, 45, 500, math.nan)
    assert [bands.ring_at(r, 3) for r in radii] == [1, 1, 1, 2, 3, 3, 1]


def test_the_canvas_and_the_report_share_one_implementation() -> None:
    assert canvas_geometry.spread is layout.spread
    assert canvas_geometry.to_xy is layout.to_xy
    assert canvas_geometry.to_polar is layout.to_polar
    assert canvas_geometry.normalise is layout.normalise
    assert canvas_geometry.ring_radius(2) == canvas_geometry.SCREEN_RINGS.middle(2)
    assert mapplace.spread is layout.spread
    assert issubclass(mapplace.Rings, layout.RingBands)
    for gone in ("polar", "spread", "_spread_line", "_after_largest_gap"):
        assert not hasattr(report_geometry, gone), gone


def test_spread_keeps_the_input_order_for_unsorted_angles() -> None:
    angles = [350.0, 10.0, 5.0, 200.0, 0.0]
    out = layout.spread(angles, 20.0)
    ring = sorted(out)
    gaps = [(ring[(i + 1) % len(ring)] - ring[i]) % 360 for i in range(len(ring))]
    assert min(gaps) >= 20.0 - 1e-6
    # the clockwise order round the ring is kept: 350, 0, 5, 10 then 200
    order = sorted(range(len(out)), key=lambda i: (out[i] - out[0]) % 360.0)
    assert order == [0, 4, 2, 1, 3]
    assert out[3] == pytest.approx(200.0)


@given(st.lists(st.floats(0, 359.999), min_size=1, max_size=40), st.floats(0.5, 30))
def test_spread_never_moves_angles_already_apart_in_any_order(
    angles: list[float], gap: float
) -> None:
    ring = sorted(angles)
    gaps = [(b - a) % 360 for a, b in zip(ring, ring[1:] + ring[:1], strict=True)]
    out = layout.spread(angles, gap)
    assert len(out) == len(angles) and all(0.0 <= a < 360.0 for a in out)
    if len(angles) > 1 and min(gaps) >= gap:
        assert out == pytest.approx(angles)


def test_node_outlines_are_the_canvas_shapes() -> None:
    """The house and the diamond the paper draws are the ones on the screen."""
    from netbuilder.gui.canvas import style

    for kind, points in ((NodeKind.PLACE, layout.PLACE_OUTLINE),
                         (NodeKind.ACTIVITY, layout.ACTIVITY_OUTLINE)):
        path = style.node_path(kind, 10.0)
        drawn = [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
        expected = layout.outline(points, 10.0)
        assert [c for xy in drawn[:-1] for c in xy] == pytest.approx(
            [c for xy in expected for c in xy])
        assert drawn[-1] == pytest.approx(drawn[0])  # closed
    # mirrored for the page: the roof points up
    roof = layout.outline(layout.PLACE_OUTLINE, 10.0, y_up=True)[0]
    assert roof == pytest.approx((0.0, 10.2))
