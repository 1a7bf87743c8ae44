"""to_graph(): a networkx view of the map for analysis (the client is not a node)."""

from __future__ import annotations

import networkx as nx

from netbuilder.analysis import to_graph
from netbuilder.model import ClientRecord


def test_graph_has_one_node_per_map_node_and_one_edge_per_link(demo_record: ClientRecord) -> None:
    m = demo_record.current_map
    g = to_graph(m)
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g.nodes) == {n.id for n in m.nodes}
    assert g.number_of_edges() == len(m.links)


def test_node_attributes_are_plain_values(demo_record: ClientRecord) -> None:
    g = to_graph(demo_record.current_map)
    cpn = g.nodes["cpn"]
    assert cpn["kind"] == "person" and type(cpn["kind"]) is str
    assert (cpn["ring"], cpn["effect"], cpn["is_practitioner"]) == (1, "positive", True)
    assert cpn["profession"] == "care coordinator / CPN"
    assert cpn["roles"] == ("network member", "bridge builder")
    assert g.nodes["home"]["share_of_week"] == 75
    assert g.nodes["surgery"]["wants"] is None
    assert "notes" not in cpn


def test_edges_run_enabler_to_accessed_keyed_by_link_id(demo_record: ClientRecord) -> None:
    g = to_graph(demo_record.current_map)
    assert g.has_edge("gp", "gym", key="l-gp-gym")
    assert not g.has_edge("gym", "gp")
    assert g.edges["gp", "gym", "l-gp-gym"] == {"kind": "access supported by", "id": "l-gp-gym"}


def test_client_is_not_in_the_graph(demo_record: ClientRecord) -> None:
    m = demo_record.current_map
    assert str(m.client_id) not in to_graph(m)
