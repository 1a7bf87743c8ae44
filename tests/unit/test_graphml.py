"""GraphML: NetBuilder's own export round-trips; other tools' files import where sensible."""

from __future__ import annotations

import time
from pathlib import Path
from uuid import uuid4

import networkx as nx
import pytest

from netbuilder.model import ClientRecord, ops
from netbuilder.model.vocab import DEFAULT_RING_LABELS
from netbuilder.store.formats import (
    MAX_NODES,
    FileFormatError,
    graphml_text,
    load_graphml,
    load_graphml_bytes,
    write_graphml,
)
from netbuilder.store.formats.graphml import GRAPH_KEYS, graph_values

NS = 'xmlns="http://graphml.graphdrawing.org/xmlns"'


def refused(data: bytes | str, name: str = "g.graphml") -> str:
    raw = data.encode() if isinstance(data, str) else data
    with pytest.raises(FileFormatError) as caught:
        load_graphml_bytes(raw, name)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    return message


def foreign(nodes: str, edges: str = "", keys: str = "", graph_data: str = "") -> bytes:
    """A small GraphML file as another tool might write it."""
    return (
        f'<?xml version="1.0"?><graphml {NS}>'
        '<key id="k" for="node" attr.name="kind" attr.type="string"/>'
        '<key id="l" for="node" attr.name="label" attr.type="string"/>'
        f'{keys}<graph edgedefault="undirected">{graph_data}{nodes}{edges}</graph></graphml>'
    ).encode()


def test_round_trip_of_the_current_version(demo_record: ClientRecord, tmp_path: Path) -> None:
    path = write_graphml(tmp_path / "d.graphml", demo_record)
    assert load_graphml(path) == demo_record


def test_another_version_can_be_chosen(demo_record: ClientRecord, tmp_path: Path) -> None:
    review = ops.start_review(demo_record.current_map, "review", demo_record.current_map.date)
    review = ops.move_node(review, "mum", 3, 12.5)
    record = ClientRecord(
        client=demo_record.client, maps=(*demo_record.maps, review), current_map_id=review.id
    )
    path = write_graphml(tmp_path / "d.graphml", record, map_id=demo_record.current_map_id)
    assert load_graphml(path).current_map == demo_record.current_map
    assert load_graphml(write_graphml(path, record)).current_map == review
    with pytest.raises(FileFormatError, match=r"^d\.graphml: map_id: no version"):
        write_graphml(path, record, map_id=uuid4())


def test_every_client_field_has_a_graph_attribute(demo_record: ClientRecord) -> None:
    values = graph_values(demo_record, demo_record.current_map)
    assert set(values) <= set(GRAPH_KEYS)
    for field in type(demo_record.client).model_fields:
        assert field in ("id", "display_name") or f"client_{field}" in GRAPH_KEYS


def test_opens_in_networkx_with_typed_attributes(demo_record: ClientRecord, tmp_path: Path) -> None:
    graph = nx.read_graphml(write_graphml(tmp_path / "d.graphml", demo_record))
    assert graph.is_directed() and graph.number_of_nodes() == 12
    cpn = graph.nodes["cpn"]
    assert cpn["kind"] == "person" and cpn["ring"] == 1 and cpn["angle"] == 330.0
    assert cpn["roles"] == "network member;bridge builder"
    assert cpn["profession"] == "care coordinator / CPN"
    edge = graph.edges["gp", "gym"]
    assert edge == {"kind": "access supported by", "note": "Gym on prescription", "id": "l-gp-gym"}
    assert graph.graph["client_name"] == "Sam Taylor (example)"
    assert graph.graph["format"] == "netbuilder" and graph.graph["version"] == 1
    assert graph.graph["client_archived"] is False


def test_opens_in_igraph(demo_record: ClientRecord, tmp_path: Path) -> None:
    import igraph  # a test extra: the file must open in igraph as well as networkx
    graph = igraph.Graph.Read_GraphML(str(write_graphml(tmp_path / "d.graphml", demo_record)))
    assert graph.vcount() == 12 and graph.ecount() == 7
    assert sorted(graph.vs["kind"]) == sorted(n.kind.value for n in demo_record.current_map.nodes)
    assert graph["label"] == "baseline"


def test_text_survives_markup_carriage_returns_and_quotes(
    demo_record: ClientRecord, tmp_path: Path
) -> None:
    tricky = '<b>x</b> & "q" ]]> \'s\r\nŵ Ελένη مريم\ttab\rCR'
    network = ops.update_node(demo_record.current_map, "mum", notes=tricky, label="ŵ & <i>")
    network = ops.set_ring_labels(network, ("a|b", '"close"', "far, far"))
    record = ClientRecord(client=demo_record.client, maps=(network,), current_map_id=network.id)
    loaded = load_graphml(write_graphml(tmp_path / "d.graphml", record))
    assert loaded.current_map.node("mum").notes == tricky
    assert loaded == record


def test_characters_xml_cannot_hold_become_replacement_marks(demo_record: ClientRecord) -> None:
    network = ops.update_node(demo_record.current_map, "mum", notes="a\x0bb\x00c")
    record = ClientRecord(client=demo_record.client, maps=(network,), current_map_id=network.id)
    loaded = load_graphml_bytes(graphml_text(record).encode(), "g.graphml")
    assert loaded.current_map.node("mum").notes == "a\ufffdb\ufffdc"


def test_foreign_file_fills_in_what_is_missing() -> None:
    nodes = (
        '<node id="n0"><data key="k">person</data><data key="l">Ann</data></node>'
        '<node id="n1"><data key="k">place</data></node>'
        '<node id="n2"><data key="k"> activity </data><data key="r">5</data></node>'
    )
    ring_key = '<key id="r" for="node" attr.name="ring" attr.type="double"/>'
    edges = '<edge source="n0" target="n1"/><edge id="e9" source="n1" target="n2"/>'
    record = load_graphml_bytes(foreign(nodes, edges, ring_key), "Gephi export.graphml")
    network = record.current_map
    assert record.client.display_name == "Gephi export"
    assert network.client_id == record.client.id and network.ring_labels[:3] == DEFAULT_RING_LABELS
    assert network.rings == 5
    assert [n.ring for n in network.nodes] == [5, 5, 5]
    assert [n.angle for n in network.nodes] == [0.0, 120.0, 240.0]
    assert [n.label for n in network.nodes] == ["Ann", "n1", "n2"]
    assert [(lk.source, lk.target) for lk in network.links] == [("n0", "n1"), ("n1", "n2")]
    assert network.links[1].id == "e9" and network.links[0].id.startswith("link-")


def test_edge_ids_that_clash_with_node_ids_are_replaced() -> None:
    nodes = (
        '<node id="0"><data key="k">person</data></node>'
        '<node id="1"><data key="k">place</data></node>'
    )
    edges = '<edge id="0" source="0" target="1"/><edge id="0" source="1" target="0"/>'
    links = load_graphml_bytes(foreign(nodes, edges), "g.graphml").current_map.links
    assert len({lk.id for lk in links} | {"0", "1"}) == 4


def test_two_imports_of_a_foreign_file_are_two_new_clients() -> None:
    data = foreign('<node id="a"><data key="k">person</data></node>')
    first, second = load_graphml_bytes(data, "x.graphml"), load_graphml_bytes(data, "x.graphml")
    assert first.client.id != second.client.id


def test_networkx_written_graph_imports(tmp_path: Path) -> None:
    graph = nx.Graph()
    graph.add_node("a", kind="person", label="Ann", ring=2, angle=10.0)
    graph.add_node("b", kind="place", label="Library", category="community")
    graph.add_edge("a", "b")
    nx.write_graphml(graph, tmp_path / "nx.graphml")
    network = load_graphml(tmp_path / "nx.graphml").current_map
    assert network.node("a").ring == 2 and network.node("b").category == "community"


def test_namespace_less_file_and_key_defaults_are_understood() -> None:
    data = (
        '<graphml><key id="k" for="node" attr.name="kind"><default>place</default></key>'
        '<key id="e" for="all" attr.name="effect"/>'
        '<graph><node id="a"/><node id="b"><data key="e">negative</data></node></graph></graphml>'
    )
    nodes = load_graphml_bytes(data.encode(), "g.graphml").current_map.nodes
    assert [(n.kind.value, n.effect.value) for n in nodes] == [
        ("place", "neutral"),
        ("place", "negative"),
    ]


def test_unknown_attributes_and_yfiles_graphics_are_ignored() -> None:
    keys = (
        '<key id="x" for="node" attr.name="x" attr.type="double"/>'
        '<key id="y" for="node" yfiles.type="nodegraphics"/>'
    )
    nodes = (
        '<node id="a"><data key="k">person</data><data key="x">1.5</data>'
        '<data key="y"><ShapeNode/></data><data key="undeclared">?</data></node>'
    )
    assert len(load_graphml_bytes(foreign(nodes, keys=keys), "g.graphml").current_map.nodes) == 1


def test_missing_kind_names_the_node() -> None:
    data = foreign('<node id="a"><data key="k">person</data></node><node id="mum"/>')
    assert refused(data) == "g.graphml: node 'mum': has no kind (person, place or activity)"


@pytest.mark.parametrize(
    ("nodes", "edges", "expected"),
    [
        ('<node id="mum"><data key="k">cat</data></node>', "",
         "g.graphml: node 'mum'.kind: Input should be 'person', 'place' or 'activity'"),
        ('<node id="a b"><data key="k">person</data></node>', "",
         "g.graphml: node 'a b'.id: String should match pattern"),
        ('<node id="a"><data key="k">person</data></node>', '<edge source="a" target="z"/>',
         "g.graphml: edge #1.target: no node with id 'z'"),
        ('<node id="a"><data key="k">person</data></node>', '<edge id="e1" source="a" target="a"/>',
         "g.graphml: edge 'e1': a link joins two different nodes"),
        ('<node id="a"/>', "", "g.graphml: node 'a': has no kind"),
        ("<node/>", "", "g.graphml: node #1: has no id"),
    ],
)  # fmt: skip
def test_faults_in_foreign_files_name_node_or_edge(nodes: str, edges: str, expected: str) -> None:
    assert refused(foreign(nodes, edges)).startswith(expected)


def test_bad_ring_in_netbuilder_file_names_the_node(demo_record: ClientRecord) -> None:
    text = graphml_text(demo_record)
    text = text.replace('<data key="n_ring">2</data>', '<data key="n_ring">two</data>', 1)
    assert refused(text) == "g.graphml: node 'mum'.ring: Input should be a valid integer"
    text = graphml_text(demo_record).replace(
        '<data key="n_ring">2</data>', '<data key="n_ring">7</data>', 1
    )
    assert refused(text) == "g.graphml: node 'mum'.ring: 7 is outside the map's 3 rings"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('<data key="g_version">1</data>', '<data key="g_version">3</data>',
         "g.graphml: version: made by a newer NetBuilder (file version 3;"),
        ('<data key="g_version">1</data>', '<data key="g_version">one</data>',
         "g.graphml: version: 'one' is not a whole number"),
        ('<data key="g_goals">[', '<data key="g_goals">{[', "g.graphml: goals: is not valid JSON"),
        ('<data key="g_ring_labels">[', '<data key="g_ring_labels">[[', "g.graphml: ring_labels:"),
        ('<data key="g_client_id">', '<data key="g_client_id">x', "g.graphml: client_id: Input"),
        ('<data key="g_map_id">', '<data key="g_map_id">x', "g.graphml: map_id: Input should be"),
        ('<data key="g_date">', '<data key="g_date">x', "g.graphml: date: Input should be"),
        ("Try gym on prescription", " ", "g.graphml: goals[0].text: String should have at least"),
    ],
)  # fmt: skip
def test_faults_in_graph_attributes_name_the_attribute(
    demo_record: ClientRecord, old: str, new: str, expected: str
) -> None:
    text = graphml_text(demo_record)
    assert old in text
    assert refused(text.replace(old, new, 1)).startswith(expected)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "g.graphml: the file is empty"),
        (b"<graphml", "g.graphml: not well-formed XML (unclosed token: line 1, column 0)"),
        (b"\xff\xfe<", "g.graphml: not well-formed XML"),
        (b"<html/>", "g.graphml: not GraphML (the document is 'html')"),
        (f"<graphml {NS}/>".encode(), "g.graphml: graph: the file holds no graph"),
    ],
)
def test_files_that_are_not_graphml(data: bytes, expected: str) -> None:
    assert (
        refused(data) == expected if expected.endswith(")") else refused(data).startswith(expected)
    )


def test_too_many_nodes_are_refused_before_building_the_map() -> None:
    nodes = '<node id="n"/>' * (MAX_NODES + 1)
    assert refused(foreign(nodes)) == "g.graphml: graph: 5001 nodes; a map holds at most 5000"


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + f']><graphml {NS}><graph><node id="a"><data key="d">&lol9;</data></node></graph></graphml>'
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    f'<graphml {NS}><graph><node id="a"><data key="d">&xxe;</data></node></graph></graphml>'
)
EXTERNAL_DTD = (
    f'<?xml version="1.0"?><!DOCTYPE graphml SYSTEM "http://example.invalid/x.dtd"><graphml {NS}/>'
)


@pytest.mark.parametrize("attack", [BILLION_LAUGHS, XXE, EXTERNAL_DTD])
def test_entity_attacks_are_refused_quickly(attack: str) -> None:
    start = time.perf_counter()
    message = refused(attack)
    assert time.perf_counter() - start < 1.0
    assert (
        message == "g.graphml: refused: it declares a DTD or entities, which NetBuilder never reads"
    )


def test_load_graphml_caps_size_first(tmp_path: Path) -> None:
    path = tmp_path / "huge.graphml"
    with path.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    with pytest.raises(
        FileFormatError, match=r"^huge\.graphml: larger than the 20 MB limit \(2[0-9,]+ bytes\)$"
    ):
        load_graphml(path)
