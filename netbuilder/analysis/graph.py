"""The map's nodes and links as a networkx graph, and the metrics computed over it.

The client (the centre of the map) is **not** a node of the graph. The client is
implicitly connected to every node, so including them would make every map one
connected component with no isolates. The metrics here therefore describe how the
client's connections relate *to each other*, through the drawn links only.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from netbuilder.model import LinkKind, NetworkMap, Node, NodeKind

from .records import NodeRef

ACCESS_KINDS = frozenset({LinkKind.ACCESS_SUPPORTED_BY, LinkKind.ACCESS_THROUGH})
"""Link kinds that mean "the target is reached through the source"."""


def to_graph(m: NetworkMap) -> nx.MultiDiGraph:
    """A directed multigraph: one graph node per map node, one edge per link.

    Node attributes: kind, label, category, ring, angle, effect, frequency,
    share_of_week, wants, profession, roles (tuple), is_practitioner; enum values
    are plain strings and unknown values are None. Free-text notes are left out.
    Edges run source -> target (the enabler -> the thing accessed), keyed by link
    id, with attributes kind and id. The client is not in the graph.
    """
    g = nx.MultiDiGraph()
    for node in m.nodes:
        g.add_node(node.id, **_node_attrs(node))
    for link in m.links:
        g.add_edge(link.source, link.target, key=link.id, kind=link.kind.value, id=link.id)
    return g


def _node_attrs(node: Node) -> dict[str, object]:
    def value(x: object) -> object:
        return getattr(x, "value", x)

    return {
        "kind": node.kind.value,
        "label": node.label,
        "category": node.category,
        "ring": node.ring,
        "angle": node.angle,
        "effect": node.effect.value,
        "frequency": value(node.frequency),
        "share_of_week": node.share_of_week,
        "wants": value(node.wants),
        "profession": value(node.profession),
        "roles": tuple(r.value for r in node.roles),
        "is_practitioner": node.is_practitioner,
    }


@dataclass(frozen=True, slots=True)
class GraphMetrics:
    """Shape of the links between connections (the client excluded, see module doc).

    ``density`` treats links as undirected and counts two nodes joined by several
    links once, so it lies in [0, 1]; it is 0 with fewer than two nodes.
    ``components`` counts connected groups, an isolated node being a group of one
    (0 for an empty map). ``isolates`` are nodes with no link at all, in map order.
    """

    density: float
    components: int
    isolates: tuple[NodeRef, ...]


def graph_metrics(m: NetworkMap) -> GraphMetrics:
    g = nx.Graph()
    g.add_nodes_from(n.id for n in m.nodes)
    g.add_edges_from((lk.source, lk.target) for lk in m.links)
    linked = {lk.source for lk in m.links} | {lk.target for lk in m.links}
    return GraphMetrics(
        density=float(nx.density(g)) if len(m.nodes) > 1 else 0.0,
        components=int(nx.number_connected_components(g)),
        isolates=tuple(NodeRef.of(n) for n in m.nodes if n.id not in linked),
    )


def reached_only_through_practitioners(m: NetworkMap) -> tuple[NodeRef, ...]:
    """Places and activities whose every access link comes from a practitioner.

    An access link ("access supported by" / "access through") runs from the
    enabler (source) to the thing accessed (target). A node qualifies when it has
    at least one incoming access link and all of them start at a practitioner.
    """
    practitioners = {n.id for n in m.nodes if n.is_practitioner}
    enablers: dict[str, set[str]] = {}
    for link in m.links:
        if link.kind in ACCESS_KINDS:
            enablers.setdefault(link.target, set()).add(link.source)
    return tuple(
        NodeRef.of(n)
        for n in m.nodes
        if n.kind is not NodeKind.PERSON
        and n.id in enablers
        and enablers[n.id] <= practitioners
    )
