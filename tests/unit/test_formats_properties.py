"""Properties of the interchange files over many generated maps and many broken files.

Valid records round-trip exactly (JSON: all versions; GraphML: one version);
any bytes at all either load as a valid record or raise ``FileFormatError``
(never another exception); CSV cells are always formula-safe.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netbuilder.model import ClientRecord
from netbuilder.model.demo import build_demo
from netbuilder.store.formats import (
    FileFormatError,
    dump_record,
    graphml_text,
    load_graphml_bytes,
    load_record_bytes,
    write_csv,
)
from netbuilder.store.formats.csv_export import FORMULA_STARTS
from tests.strategies import records

# Generating a whole record is a few dozen draws: slower than Hypothesis's default
# expectation for a single input, which is what too_slow would flag.
FEW = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MANY = settings(max_examples=100, deadline=None)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def loads_or_refuses(load: Any, data: bytes, name: str) -> None:
    """The only outcomes allowed: a valid record, or a one-line FileFormatError."""
    try:
        result = load(data, name)
    except FileFormatError as error:
        message = str(error)
        assert message.startswith(f"{name}: ") and "\n" not in message and len(message) < 400
    else:
        assert isinstance(result, ClientRecord)


# round trips ------------------------------------------------------------------------


@FEW
@given(records())
def test_any_record_round_trips_through_json_exactly(record: ClientRecord) -> None:
    text = dump_record(record)
    loaded = load_record_bytes(text.encode("utf-8"), "r.json")
    assert loaded == record
    assert dump_record(loaded) == text


@FEW
@given(records(max_versions=1))
def test_any_single_version_round_trips_through_graphml(record: ClientRecord) -> None:
    loaded = load_graphml_bytes(graphml_text(record).encode("utf-8"), "r.graphml")
    original, copy = record.current_map, loaded.current_map
    for field in type(original).model_fields:
        assert getattr(copy, field) == getattr(original, field), field
    for a, b in zip(original.nodes, copy.nodes, strict=True):
        assert repr(a.angle) == repr(b.angle)
    assert loaded.client == record.client
    assert loaded == record


@FEW
@given(records(max_versions=2))
def test_graphml_carries_the_current_version_of_many(record: ClientRecord) -> None:
    loaded = load_graphml_bytes(graphml_text(record).encode("utf-8"), "r.graphml")
    assert loaded.maps == (record.current_map,) and loaded.client == record.client


@FEW
@given(records(max_versions=2))
def test_csv_cells_are_formula_safe_and_complete(record: ClientRecord) -> None:
    with tempfile.TemporaryDirectory() as folder:
        nodes_path, links_path = write_csv(Path(folder) / "r.csv", record)
        node_rows = _rows(nodes_path)
        link_rows = _rows(links_path)
    assert len(node_rows) == 1 + sum(len(m.nodes) for m in record.maps)
    assert len(link_rows) == 1 + sum(len(m.links) for m in record.maps)
    for row in node_rows + link_rows:
        assert not any(value.startswith(FORMULA_STARTS) for value in row)


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


# anything else is refused cleanly ------------------------------------------------------


@MANY
@given(
    st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=200).map(lambda b: b'{"format": "netbuilder", "version": 1' + b),
        st.binary(max_size=200).map(lambda b: b"<graphml><graph>" + b),
    )
)
def test_random_bytes_load_or_are_refused(data: bytes) -> None:
    loads_or_refuses(load_record_bytes, data, "b.json")
    loads_or_refuses(load_graphml_bytes, data, "b.graphml")


@MANY
@given(json_values)
def test_random_json_is_refused(value: object) -> None:
    loads_or_refuses(load_record_bytes, json.dumps(value).encode(), "j.json")
    header = {"format": "netbuilder", "version": 1}
    if isinstance(value, dict):
        loads_or_refuses(load_record_bytes, json.dumps(header | value).encode(), "j.json")


DEMO = json.loads(dump_record(build_demo()))


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON document (dict keys and list indexes)."""
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    out: list[tuple[Any, ...]] = []
    for key, child in items:
        out.append((*path, key))
        out += _places(child, (*path, key))
    return out


PLACES = _places(DEMO)


@MANY
@given(
    place=st.sampled_from(PLACES),
    action=st.sampled_from(["delete", "replace"]),
    value=json_values,
)
def test_mutated_json_file_loads_or_is_refused(
    place: tuple[Any, ...], action: str, value: object
) -> None:
    document = json.loads(json.dumps(DEMO))
    parent = document
    for key in place[:-1]:
        parent = parent[key]
    if action == "delete":
        del parent[place[-1]]
    else:
        parent[place[-1]] = value
    loads_or_refuses(load_record_bytes, json.dumps(document).encode(), "m.json")


DEMO_GRAPHML = graphml_text(build_demo())
DATA_TEXT = list(re.finditer(r'(<data key="[^"]+">)([^<]*)(</data>)', DEMO_GRAPHML))
LINES = DEMO_GRAPHML.splitlines()


@MANY
@given(
    which=st.integers(0, len(DATA_TEXT) - 1),
    text=st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
    | json_values.map(json.dumps),
)
def test_graphml_with_a_changed_value_loads_or_is_refused(which: int, text: str) -> None:
    match = DATA_TEXT[which]
    changed = DEMO_GRAPHML[: match.start(2)] + text + DEMO_GRAPHML[match.end(2) :]
    loads_or_refuses(load_graphml_bytes, changed.encode("utf-8"), "m.graphml")


@MANY
@given(st.lists(st.integers(0, len(LINES) - 1), min_size=1, max_size=5, unique=True))
def test_graphml_with_lines_removed_loads_or_is_refused(removed: list[int]) -> None:
    kept = [line for i, line in enumerate(LINES) if i not in removed]
    loads_or_refuses(load_graphml_bytes, "\n".join(kept).encode(), "m.graphml")


@pytest.mark.parametrize("name", ["r.json", "r.graphml"])
def test_deeply_nested_input_is_refused(name: str) -> None:
    if name.endswith(".json"):
        data = (
            b'{"format": "netbuilder", "version": 1, "client": '
            + b"[" * 50_000
            + b"]" * 50_000
            + b"}"
        )
        loader: Any = load_record_bytes
    else:
        data = b"<graphml>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</graphml>"
        loader = load_graphml_bytes
    with pytest.raises(FileFormatError):
        loader(data, name)
