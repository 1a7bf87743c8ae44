"""CSV for researchers: two tables, Excel-friendly, safe against formula injection."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from netbuilder.model import ClientRecord, ops
from netbuilder.store.formats import csv_paths, write_csv
from netbuilder.store.formats.csv_export import LINK_COLUMNS, NODE_COLUMNS, cell


def read_table(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def with_review(record: ClientRecord) -> ClientRecord:
    review = ops.start_review(record.current_map, "6-week review", record.current_map.date)
    return ClientRecord(client=record.client, maps=(*record.maps, review), current_map_id=review.id)


@pytest.mark.parametrize(
    ("given", "nodes", "links"),
    [
        ("x.csv", "x-nodes.csv", "x-links.csv"),
        ("x.CSV", "x-nodes.csv", "x-links.csv"),
        ("study.v2.csv", "study.v2-nodes.csv", "study.v2-links.csv"),
        ("x", "x-nodes.csv", "x-links.csv"),
    ],
)
def test_two_files_next_to_the_name_given(given: str, nodes: str, links: str) -> None:
    assert [p.name for p in csv_paths(Path("/d") / given)] == [nodes, links]


def test_tables_have_one_row_per_node_and_link(demo_record: ClientRecord, tmp_path: Path) -> None:
    nodes_path, links_path = write_csv(tmp_path / "x.csv", demo_record)
    nodes, links = read_table(nodes_path), read_table(links_path)
    network = demo_record.current_map
    assert list(nodes[0]) == list(NODE_COLUMNS) and list(links[0]) == list(LINK_COLUMNS)
    assert [r["node_id"] for r in nodes] == [n.id for n in network.nodes]
    assert [r["link_id"] for r in links] == [lk.id for lk in network.links]
    cpn = next(r for r in nodes if r["node_id"] == "cpn")
    assert cpn["roles"] == "network member;bridge builder"
    assert (cpn["ring"], cpn["ring_label"], cpn["angle"]) == ("1", "Very close", "330.0")
    home = next(r for r in nodes if r["node_id"] == "home")
    assert home["share_of_week"] == "75" and home["profession"] == ""
    assert links[0]["source_label"] == "Dr Shah (GP)" and links[0]["target_label"].startswith("Gym")
    assert {r["client_id"] for r in nodes} == {str(demo_record.client.id)}
    assert "Sam Taylor" not in (
        nodes_path.read_text("utf-8-sig") + links_path.read_text("utf-8-sig")
    )


def test_all_versions_or_the_current_one(demo_record: ClientRecord, tmp_path: Path) -> None:
    record = with_review(demo_record)
    nodes = read_table(write_csv(tmp_path / "all.csv", record)[0])
    assert {r["map_label"] for r in nodes} == {"baseline", "6-week review"}
    assert len(nodes) == 24
    current = read_table(write_csv(tmp_path / "now.csv", record, versions="current")[0])
    assert {r["map_id"] for r in current} == {str(record.current_map_id)}


def test_excel_line_endings_and_quoting(demo_record: ClientRecord, tmp_path: Path) -> None:
    network = ops.update_node(demo_record.current_map, "mum", notes='says "no",\nthen yes')
    record = ClientRecord(client=demo_record.client, maps=(network,), current_map_id=network.id)
    nodes_path, _ = write_csv(tmp_path / "x.csv", record)
    assert nodes_path.read_bytes().count(b"\r\n") == 13
    mum = next(r for r in read_table(nodes_path) if r["node_id"] == "mum")
    assert mum["notes"] == 'says "no",\nthen yes'


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 7700 900123", "'+44 7700 900123"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Mum = trouble", "Mum = trouble"),
        ("ŵ", "ŵ"),
        (3, "3"),
        (0.0, "0.0"),
        (-0.0, "0.0"),
        (12.25, "12.25"),
        (None, ""),
        (True, "true"),
    ],
)
def test_cells_are_formula_safe(value: object, written: str) -> None:
    assert cell(value) == written


def test_formula_text_from_the_map_is_neutralised(
    demo_record: ClientRecord, tmp_path: Path
) -> None:
    network = ops.update_node(demo_record.current_map, "mum", label="=cmd|'/c calc'!A1")
    network = ops.update_link(network, "l-gp-gym", note="+1 day")
    record = ClientRecord(client=demo_record.client, maps=(network,), current_map_id=network.id)
    nodes_path, links_path = write_csv(tmp_path / "x.csv", record)
    mum = next(r for r in read_table(nodes_path) if r["node_id"] == "mum")
    assert mum["label"] == "'=cmd|'/c calc'!A1"
    link = next(r for r in read_table(links_path) if r["link_id"] == "l-gp-gym")
    assert link["note"] == "'+1 day" and link["source_label"] == "Dr Shah (GP)"
    other = next(r for r in read_table(links_path) if r["link_id"] == "l-mum-home")
    assert other["source_label"] == "'=cmd|'/c calc'!A1"


def test_each_table_is_written_atomically(demo_record: ClientRecord, tmp_path: Path) -> None:
    (tmp_path / "x-nodes.csv").write_text("old", encoding="utf-8")
    write_csv(tmp_path / "x.csv", demo_record)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x-links.csv", "x-nodes.csv"]
    assert read_table(tmp_path / "x-nodes.csv")
