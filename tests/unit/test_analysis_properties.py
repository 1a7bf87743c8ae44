"""Property tests: invariants of summarise() and compare() on random maps."""

from __future__ import annotations

import json
from datetime import date
from uuid import uuid4

from hypothesis import given, settings
from hypothesis import strategies as st

from netbuilder.analysis import compare, describe_changes, plain_english, summarise
from netbuilder.model import Effect, Link, LinkKind, NetworkMap, Node, NodeKind

DAY = date(2025, 3, 5)


@st.composite
def maps(draw: st.DrawFn) -> NetworkMap:
    n = draw(st.integers(0, 12))
    nodes = tuple(
        Node(
            id=f"n{i}",
            kind=draw(st.sampled_from(list(NodeKind))),
            label=f"Node {i}",
            ring=draw(st.integers(1, 3)),
            effect=draw(st.sampled_from(list(Effect))),
        )
        for i in range(n)
    )
    ends = st.integers(0, max(n - 1, 0))
    pairs = draw(st.sets(st.tuples(ends, ends, st.sampled_from(list(LinkKind))), max_size=20))
    links = tuple(
        Link(id=f"l{j}", source=f"n{a}", target=f"n{b}", kind=k)
        for j, (a, b, k) in enumerate(sorted(pairs))
        if a != b and n
    )
    return NetworkMap(client_id=uuid4(), date=DAY, nodes=nodes, links=links)


@settings(max_examples=60, deadline=None)
@given(maps())
def test_summary_invariants(m: NetworkMap) -> None:
    s = summarise(m, DAY)
    assert sum(sum(kinds.values()) for kinds in s.by_ring.values()) == s.nodes
    assert s.people + s.places + s.activities == s.nodes
    assert 0.0 <= s.graph.density <= 1.0
    assert len(s.graph.isolates) <= s.graph.components <= s.nodes
    assert (s.graph.components == 0) == (s.nodes == 0)
    json.dumps(s.to_dict())
    assert plain_english(s)


@settings(max_examples=60, deadline=None)
@given(maps(), maps())
def test_compare_with_itself_is_empty_and_swapping_mirrors(a: NetworkMap, b: NetworkMap) -> None:
    assert not compare(a, a).has_changes
    forward, backward = compare(a, b), compare(b, a)
    assert forward.added == backward.removed and forward.removed == backward.added
    assert {m.id for m in forward.moved} == {m.id for m in backward.moved}
    assert forward.people.change == -backward.people.change
    json.dumps(forward.to_dict())
    assert bool(describe_changes(forward)) == forward.has_changes
