"""The canvas geometry, without Qt: rings, angles, drops and auto-arrange."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
import uuid
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netbuilder.gui.canvas import geometry as g
from netbuilder.model import NetworkMap, Node, NodeKind
from netbuilder.model.demo import build_demo


def make_map(places: list[tuple[int, float]], rings: int = 3) -> NetworkMap:
    nodes = tuple(
        Node(id=f"n{i}", kind=NodeKind.PERSON, label=f"N{i}", ring=r, angle=a)
        for i, (r, a) in enumerate(places)
    )
    labels = tuple(f"ring {i}" for i in range(1, rings + 1))
    return NetworkMap(
        client_id=uuid.uuid4(), date=date(2024, 1, 1), ring_labels=labels, nodes=nodes
    )


def test_geometry_module_does_not_import_qt() -> None:
    code = (
        "import sys, netbuilder.gui.canvas.geometry; "
        "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_rings_are_equal_bands_around_the_client_disc() -> None:
    radii = g.ring_radii(3)
    assert radii[0][0] == g.CLIENT_RADIUS
    widths = {round(outer - inner, 9) for inner, _, outer in radii}
    assert widths == {g.RING_WIDTH}
    for (_, _, outer), (inner, _, _) in itertools.pairwise(radii):
        assert outer == inner
    assert g.outer_radius(3) == radii[-1][2]


@pytest.mark.parametrize(
    ("radius", "ring"),
    [
        (0, 1),
        (g.CLIENT_RADIUS / 2, 1),
        (g.ring_radius(1), 1),
        (g.ring_radius(2), 2),
        (g.ring_radius(3), 3),
        (g.outer_radius(3) + 500, 3),
        (float("nan"), 1),
    ],
)
def test_ring_at_clamps_to_the_map(radius: float, ring: int) -> None:
    assert g.ring_at(radius, 3) == ring


def test_angles_run_clockwise_from_north_with_y_down() -> None:
    north, east = g.to_xy(100, 0), g.to_xy(100, 90)
    assert north == pytest.approx((0, -100))
    assert east == pytest.approx((100, 0))
    assert g.to_polar(0, 100) == pytest.approx((100, 180))
    assert g.to_polar(-100, 0) == pytest.approx((100, 270))


@given(st.integers(1, 9), st.floats(0, 359.9))
def test_a_node_dropped_on_its_own_place_stays_there(ring: int, angle: float) -> None:
    x, y = g.node_xy(ring, angle)
    got_ring, got_angle = g.drop_place(x, y, 9)
    assert got_ring == ring
    assert g.angular_distance(got_angle, angle) <= 0.05 + 1e-9


def test_a_drop_beyond_the_outer_ring_lands_in_the_outer_ring() -> None:
    assert g.drop_place(0, -2000, 3) == (3, 0.0)
    assert g.drop_place(0, 0, 3)[0] == 1


def test_sectors_cover_the_circle_once() -> None:
    for angle in range(360):
        assert sum(s.contains(angle + 0.5) for s in g.SECTORS) == 1
    assert g.sector_of(NodeKind.PERSON).contains(350)


def test_free_angle_prefers_the_kind_sector() -> None:
    angle = g.free_angle([0.0], 2, NodeKind.PLACE)
    assert g.sector_of(NodeKind.PLACE).contains(angle)
    assert g.free_angle([], 1, NodeKind.PERSON) == 0.0
    crowded = [float(a) for a in range(300, 420, 5)]
    assert g.angular_distance(g.free_angle(crowded, 1, NodeKind.PERSON), 180) <= 61


def test_auto_arrange_leaves_a_tidy_map_alone() -> None:
    assert g.auto_arrange(make_map([(1, 0.0), (1, 120.0), (2, 0.0)])) == {}


def test_auto_arrange_spreads_a_clump() -> None:
    m = make_map([(2, 100.0), (2, 100.0), (2, 101.0)])
    places = g.auto_arrange(m)
    assert set(places) == {"n0", "n1", "n2"}
    angles = sorted(a for _, a in places.values())
    assert angles[0] < 100 < angles[2]


def test_auto_arrange_demo_keeps_rings() -> None:
    m = build_demo().current_map
    for node_id, (ring, _) in g.auto_arrange(m).items():
        assert m.node(node_id).ring == ring


def _is_rotation(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and (not a or " ".join(b) in " ".join(a + a))


angles_st = st.one_of(st.floats(0, 359.999), st.sampled_from([0.0, 10.0, 10.5, 359.5]))


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda rings: st.tuples(
            st.just(rings),
            st.lists(st.tuples(st.integers(1, rings), angles_st), max_size=70),
        )
    )
)
def test_auto_arrange_properties(case: tuple[int, list[tuple[int, float]]]) -> None:
    rings, places = case
    m = make_map(places, rings)
    moved = g.auto_arrange(m)
    after = {n.id: moved.get(n.id, (n.ring, n.angle)) for n in m.nodes}
    for ring, nodes in g.nodes_by_ring(m.nodes).items():
        before_order = [n.id for n in nodes]
        after_order = sorted(before_order, key=lambda i: after[i][1])
        assert all(after[i][0] == ring for i in before_order), "a node changed ring"
        assert all(0 <= after[i][1] < 360 for i in before_order)
        assert _is_rotation(before_order, after_order), "the order round the ring changed"
        radius = g.ring_radius(ring)
        if len(nodes) < 2 or len(nodes) * g.NODE_DIAMETER > 2 * math.pi * radius:
            continue
        angles = [after[i][1] for i in after_order]
        gaps = [(b - a) % 360 for a, b in zip(angles, angles[1:] + angles[:1], strict=True)]
        arcs = [math.radians(gap) * radius for gap in gaps]
        assert min(arcs) >= g.NODE_DIAMETER - 1e-6, f"ring {ring}: neighbours overlap"


@given(st.lists(st.floats(0, 359.999), min_size=1, max_size=40), st.floats(0.1, 40))
def test_spread_never_moves_angles_that_are_already_apart(angles: list[float], gap: float) -> None:
    angles = sorted(angles)
    spread = g.spread(angles, gap)
    gaps = [(b - a) % 360 for a, b in zip(angles, angles[1:] + angles[:1], strict=True)]
    if len(angles) > 1 and min(gaps) >= gap:
        assert spread == pytest.approx(angles)


def test_slot_arc_is_the_label_width_at_the_top_and_the_height_at_the_sides() -> None:
    w, h = g.NODE_BOX
    assert g.slot_arc(0) == pytest.approx(w)
    assert g.slot_arc(180) == pytest.approx(w)
    assert g.slot_arc(90) == pytest.approx(h)
    assert h <= g.slot_arc(45) <= w * math.sqrt(2)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 4), st.lists(st.floats(0, 359.999), min_size=2, max_size=40))
def test_arranged_neighbours_clear_each_others_labels_when_the_ring_has_room(
    ring: int, angles: list[float]
) -> None:
    angles = sorted(angles)
    radius = g.ring_radius(ring)
    room = g._Warp.of(radius).slots
    arranged = g.arrange_ring(angles, ring)
    if len(angles) > room:
        return
    order = sorted(arranged)
    for a, b in zip(order, order[1:] + order[:1], strict=True):
        gap = (b - a) % 360
        need = min(g.slot_arc(a + gap * k / 20) for k in range(21))
        assert math.radians(gap) * radius >= need * 0.99
