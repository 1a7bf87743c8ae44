"""The importers under attack: mutated files, every cap, hostile XML and JSON.

Any bytes given to the JSON, GraphML or services CSV reader either load or are
refused with one line ``<file>: <field>: <fault>``, never another exception.
The mutations and the fixed attacks are those of ``reliability/fuzz_imports.py``,
which runs them for longer.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import tracemalloc
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netbuilder.model import ClientRecord
from netbuilder.model.directory import Service, name_key
from netbuilder.store.formats import (
    MAX_NODES,
    FileFormatError,
    load_graphml_bytes,
    load_record_bytes,
    xml_parts,
)
from netbuilder.store.formats.json_file import MAP_CAPS
from netbuilder.store.formats.services_csv import COLUMNS, parse_services_csv
from reliability.fuzz_imports import (
    EXTREMES,
    FORMATS,
    KINDS,
    Mutation,
    Worker,
    attacks,
    entity_attacks,
    judge,
    mutate,
    run,
    seeds,
)
from tests.strategies import texts

SEEDS = seeds()
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LIMIT = "longer than the 10,000-character limit for one field"

mutations = st.builds(
    Mutation,
    kind=st.sampled_from(KINDS),
    at=st.integers(0, 2**20),
    size=st.integers(0, 2048),
    payload=st.sampled_from(EXTREMES) | st.binary(min_size=1, max_size=24),
)


def refused(load: Callable[[bytes, str], Any], data: bytes, name: str) -> str:
    with pytest.raises(FileFormatError) as caught:
        load(data, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and "\n" not in message and len(message) <= 400
    return message


def demo_graphml() -> ClientRecord:
    """The record the GraphML seed holds."""
    return load_graphml_bytes(SEEDS["graphml"], "g.graphml")


def demo_dict() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SEEDS["json"])
    return loaded


def as_json(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


# mutated files -------------------------------------------------------------------------


@FUZZ
@given(
    fmt=st.sampled_from(FORMATS),
    changes=st.lists(st.tuples(mutations, st.sampled_from(FORMATS)), min_size=1, max_size=4),
)
def test_a_mutated_file_loads_or_is_refused_in_one_line(
    fmt: str, changes: list[tuple[Mutation, str]]
) -> None:
    data = SEEDS[fmt]
    for mutation, other in changes:
        data = mutate(data, mutation, SEEDS[other])
    outcome = judge(fmt, data)
    assert outcome.kind in ("accepted", "refused"), outcome.detail


@FUZZ
@given(fmt=st.sampled_from(FORMATS), which=st.integers(0, 10_000), value=st.sampled_from(EXTREMES))
def test_any_value_replaced_by_an_extreme_one_loads_or_is_refused(
    fmt: str, which: int, value: bytes
) -> None:
    outcome = judge(fmt, mutate(SEEDS[fmt], Mutation("extreme", which, 0, value)))
    assert outcome.kind in ("accepted", "refused"), outcome.detail


def test_the_mutations_do_what_they_say() -> None:
    data = b"0123456789"
    assert mutate(data, Mutation("flip", 3, 0)) == b"012" + bytes([ord("3") ^ 1]) + b"456789"
    assert mutate(data, Mutation("truncate", 4, 0)) == b"0123"
    assert mutate(data, Mutation("insert", 2, 0, b"ab")) == b"01ab23456789"
    assert mutate(data, Mutation("delete", 2, 3)) == b"0156789"
    assert mutate(data, Mutation("duplicate", 2, 3)) == b"0123423456789"
    assert mutate(data, Mutation("splice", 2, 1), b"xyz") == b"01yz"
    assert mutate(b'{"a": "b"}', Mutation("extreme", 1, 0, b"null")) == b'{"a": null}'


# every fixed attack --------------------------------------------------------------------

READ_FINE = {
    "graphml UTF-16 with BOM", "graphml UTF-16 without BOM", "graphml unknown keys with defaults",
    "csv wide row", "csv wide header", "csv blank lines",
}  # fmt: skip


@cache
def all_attacks() -> dict[str, tuple[str, bytes]]:
    return attacks()


HOSTILE = {
    "graphml deep nesting": "refused: elements nested more than 100 deep",
    "graphml many attributes": "refused: an element with more than 100 attributes",
    "graphml many namespaces": "refused: more than 100 namespace declarations",
    "graphml UTF-32 declared": "written in a text encoding NetBuilder cannot read",
    "graphml unknown encoding": "written in a text encoding NetBuilder cannot read",
    "graphml invalid UTF-8": "not well-formed XML (not well-formed (invalid token)",
    "graphml NUL byte": "not well-formed XML (not well-formed (invalid token)",
    "graphml over the size cap": "larger than the 20 MB limit (20,971,521 bytes)",
    "json deep arrays": "not valid JSON (recursion limit exceeded",
    "json deep objects": "not valid JSON (recursion limit exceeded",
    "json 100,000-digit number": "not valid JSON (number out of range",
    "json huge exponent": "client: Input should be an object",
    "json over the size cap": "larger than the 20 MB limit (20,971,521 bytes)",
    "csv cell over csv's own limit": f"row 7: {LIMIT}",
    "csv over the size cap": "larger than the 2 MB limit",
}


# Only the script feeds these: parsing 200,000 elements takes a second or two.
SCRIPT_ONLY = {"graphml many elements"}


@pytest.mark.parametrize(
    "name", [name for name in all_attacks() if name not in HOSTILE and name not in SCRIPT_ONLY]
)
def test_each_attack_is_read_or_refused_in_one_line(name: str) -> None:
    fmt, data = all_attacks()[name]
    outcome = judge(fmt, data)
    assert outcome.kind == ("accepted" if name in READ_FINE else "refused"), outcome.detail


@pytest.mark.parametrize("name", list(entity_attacks()))
def test_entity_attacks_are_refused_as_dtds(name: str) -> None:
    message = refused(load_graphml_bytes, entity_attacks()[name], "g.graphml")
    assert message == (
        "g.graphml: refused: it declares a DTD or entities, which NetBuilder never reads"
    )


# the 10,000-character cap, for any string, in every importer ----------------------------


def test_json_any_string_over_the_cap_is_refused_naming_its_field() -> None:
    document = demo_dict()
    document["maps"][0]["nodes"][1]["notes"] = "n" * 10_001
    assert refused(load_record_bytes, as_json(document), "c.json") == (
        f"c.json: maps[0].nodes[1].notes: {LIMIT} (10,001 characters)"
    )


def test_json_extra_keys_and_their_values_are_capped_too() -> None:
    document = demo_dict()
    document["maps"][0]["shoe"] = {"size": "s" * 20_000}
    message = refused(load_record_bytes, as_json(document), "c.json")
    assert message == f"c.json: maps[0].shoe.size: {LIMIT} (20,000 characters)"
    document = demo_dict()
    document["client"]["k" * 10_001] = 1
    message = refused(load_record_bytes, as_json(document), "c.json")
    assert message == f"c.json: client: a key is {LIMIT} (10,001 characters)"
    document = demo_dict()
    document["extra"] = "e" * 10_000  # within the cap: the model refuses the key itself
    message = refused(load_record_bytes, as_json(document), "c.json")
    assert message == "c.json: extra: Extra inputs are not permitted"


def test_graphml_unknown_data_is_read_up_to_the_cap_and_refused_over_it() -> None:
    def with_data(size: int) -> bytes:
        text = SEEDS["graphml"].decode()
        extra = f'<data key="other_tool">{"z" * size}</data>'
        return text.replace('<node id="mum">', '<node id="mum">' + extra, 1).encode()

    assert load_graphml_bytes(with_data(10_000), "g.graphml") == demo_graphml()
    message = refused(load_graphml_bytes, with_data(10_001), "g.graphml")
    assert message == f"g.graphml: node 'mum'.data 'other_tool': {LIMIT}"


def test_graphml_attributes_names_and_json_text_are_capped() -> None:
    text = SEEDS["graphml"].decode()
    long_attribute = text.replace('<node id="mum"', f'<node id="mum" y="{"a" * 10_001}"', 1)
    assert refused(load_graphml_bytes, long_attribute.encode(), "g.graphml") == (
        f"g.graphml: node 'mum'.'y': {LIMIT} (10,001 characters)"
    )
    goals = json.loads(html.unescape(_goals_text(text)))
    goals[0]["text"] = "g" * 10_001
    assert refused(load_graphml_bytes, _with_goals(text, goals), "g.graphml") == (
        f"g.graphml: goals[0].text: {LIMIT} (10,001 characters)"
    )


def _goals_text(graphml: str) -> str:
    found = re.search(r'<data key="g_goals">([^<]*)</data>', graphml)
    assert found is not None
    return found[1]


def _with_goals(graphml: str, goals: list[Any]) -> bytes:
    escaped = json.dumps(goals).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return graphml.replace(_goals_text(graphml), escaped, 1).encode()


def test_csv_cells_are_capped_naming_row_and_column() -> None:
    data = SEEDS["csv"] + b"Library,,,," + b"n" * 10_001 + b"\r\n"
    assert refused(parse_services_csv, data, "services.csv") == (
        f"services.csv: row 7: notes: {LIMIT} (10,001 characters)"
    )
    header = b"name," + b"h" * 10_001 + b"\r\nx,y\r\n"
    assert refused(parse_services_csv, header, "services.csv") == (
        f"services.csv: header: cell 2: {LIMIT} (10,001 characters)"
    )


# counts: nodes, links, goals, referrals, versions ---------------------------------------


def _activity(i: int) -> dict[str, Any]:
    return {"id": f"a{i}", "kind": "activity", "label": "x", "ring": 1, "angle": 0.0}


@pytest.mark.parametrize(
    ("field", "count", "expected"),
    [
        ("nodes", 5001, "maps[0].nodes: 5001 nodes; a map holds at most 5000"),
        ("links", 20_001, "maps[0].links: 20001 links; a map holds at most 20000"),
        ("goals", 501, "maps[0].goals: 501 goals; a map holds at most 500"),
        ("referrals", 501, "maps[0].referrals: 501 referrals; a map holds at most 500"),
    ],
)
def test_json_item_caps_are_checked_before_validating(
    field: str, count: int, expected: str
) -> None:
    document = demo_dict()
    document["maps"][0][field] = [{}] * count
    assert refused(load_record_bytes, as_json(document), "c.json") == f"c.json: {expected}"


def test_json_versions_and_nodes_across_versions_are_capped() -> None:
    document = demo_dict()
    document["maps"] = document["maps"] * 201
    assert refused(load_record_bytes, as_json(document), "c.json") == (
        "c.json: maps: 201 versions; a file holds at most 200"
    )
    document = demo_dict()
    version = document["maps"][0] | {"nodes": [_activity(i) for i in range(5000)]}
    document["maps"] = [version] * 11
    assert refused(load_record_bytes, as_json(document), "c.json") == (
        "c.json: maps: 55000 nodes; a file (all versions together) holds at most 50000"
    )
    document["maps"] = [document["maps"][0] | {"nodes": [], "links": [{}] * 20_000}] * 3
    assert refused(load_record_bytes, as_json(document), "c.json") == (
        "c.json: maps: 60000 links; a file (all versions together) holds at most 50000"
    )


def test_the_item_caps_are_the_models() -> None:
    assert MAP_CAPS["nodes"] == MAX_NODES == 5000
    assert MAP_CAPS["links"] == 20_000 and MAP_CAPS["goals"] == MAP_CAPS["referrals"] == 500


def test_graphml_edges_and_goals_are_capped() -> None:
    text = SEEDS["graphml"].decode()
    edges = '<edge source="mum" target="jo"/>' * (20_001 - text.count("<edge "))
    assert refused(load_graphml_bytes, text.replace("</graph>", edges + "</graph>").encode(),
                   "g.graphml") == "g.graphml: graph: 20001 edges; a map holds at most 20000"
    assert refused(load_graphml_bytes, _with_goals(text, [{}] * 501), "g.graphml") == (
        "g.graphml: goals: 501 goals; a map holds at most 500"
    )


# hostile XML and JSON: one line each -----------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), HOSTILE.items())
def test_hostile_input_is_refused_saying_why(name: str, expected: str) -> None:
    fmt, data = all_attacks()[name]
    loaders = {"json": load_record_bytes, "graphml": load_graphml_bytes, "csv": parse_services_csv}
    message = refused(loaders[fmt], data, f"h.{fmt}")
    assert expected in message, message


def test_the_element_count_is_capped_while_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xml_parts, "MAX_XML_ELEMENTS", 1000)
    data = b'<graphml><graph><node id="a">' + b"<x/>" * 998 + b"</node></graph></graphml>"
    assert refused(load_graphml_bytes, data, "g.graphml") == (
        "g.graphml: node 'a': refused: more than 1,000 XML elements"
    )
    assert xml_parts.parse_capped(data.replace(b"<x/>", b"", 1), "g.graphml").tag == "graphml"


@pytest.mark.parametrize("name", ["graphml UTF-16 with BOM", "graphml UTF-16 without BOM"])
def test_utf16_graphml_reads_as_the_same_record(name: str) -> None:
    assert load_graphml_bytes(all_attacks()[name][1], "g.graphml") == demo_graphml()


def test_unknown_graphml_keys_with_defaults_cost_no_memory_per_node() -> None:
    """Another tool's keys with defaults: each node once got a copy of every default
    (1,000 keys x 2,000 nodes was 2 million values; 200,000 keys took all memory)."""
    keys = "".join(
        f'<key id="u{i}" for="node" attr.name="u{i}"><default>d</default></key>'
        for i in range(1000)
    )
    nodes = "".join(f'<node id="n{i}"><data key="k">person</data></node>' for i in range(2000))
    data = (
        f'<graphml><key id="k" for="node" attr.name="kind"/>{keys}<graph>{nodes}</graph>'
        "</graphml>"
    ).encode()
    tracemalloc.start()
    try:
        record = load_graphml_bytes(data, "g.graphml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(record.current_map.nodes) == 2000
    assert peak < 25 * 2**20


def test_a_file_name_with_control_characters_stays_on_one_line() -> None:
    with pytest.raises(FileFormatError) as caught:
        load_record_bytes(b"[]", "/home/nurse/evil\nname\r.json")
    assert str(caught.value) == (
        "evil?name?.json: not a NetBuilder file (the JSON is a list, not an object)"
    )


# services CSV round trip ---------------------------------------------------------------

services = st.builds(
    Service,
    name=texts(200, 1),
    type=texts(80),
    contact=texts(200),
    address=texts(400),
    notes=texts(2000),
)


@settings(max_examples=30, deadline=None)
@given(st.lists(services, min_size=1, max_size=6, unique_by=lambda s: name_key(s.name)))
def test_any_services_written_as_csv_read_back_the_same(listed: list[Service]) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows([getattr(s, column) for column in COLUMNS] for s in listed)
    rows = parse_services_csv(out.getvalue().encode("utf-8-sig"))
    fields = [s.model_dump(exclude={"id"}) for s in listed]
    assert [r.service.model_dump(exclude={"id"}) for r in rows] == fields


# the longer script ---------------------------------------------------------------------


def test_the_fuzz_script_runs_and_counts_every_input(tmp_path: Path) -> None:
    counts = run(1.0, seed=7, save_crashes=tmp_path / "crashes", with_attacks=False)
    assert counts["inputs"] > 0 and counts["crashes"] == 0 and counts["hangs"] == 0
    assert counts["inputs"] == counts["accepted"] + counts["refused"]
    assert not (tmp_path / "crashes").exists()


def test_the_hang_guard_gives_up_on_a_slow_input_and_carries_on() -> None:
    worker = Worker(timeout=0.05)
    try:
        fmt, slow = all_attacks()["graphml many elements"]
        assert worker.ask(fmt, slow).kind == "hang"
        assert worker.ask("json", SEEDS["json"]).kind == "accepted"
    finally:
        worker.close()

