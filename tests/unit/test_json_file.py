"""The NetBuilder JSON file: its layout, the round trip and every way a file is refused."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from netbuilder.model import ClientRecord, ops
from netbuilder.store.formats import (
    FileFormatError,
    dump_record,
    json_schema,
    load_json,
    load_record_bytes,
    write_json,
)


def demo_dict(record: ClientRecord) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dump_record(record))
    return data


def refused(data: dict[str, Any] | bytes, name: str = "d.json") -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(FileFormatError) as caught:
        load_record_bytes(raw, name)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(f"{name}: ")
    return message


def two_versions(record: ClientRecord) -> ClientRecord:
    review = ops.start_review(record.current_map, "review", record.current_map.date)
    return ClientRecord(client=record.client, maps=(*record.maps, review), current_map_id=review.id)


def test_round_trip_is_exact(demo_record: ClientRecord, tmp_path: Path) -> None:
    path = write_json(tmp_path / "d.json", demo_record)
    assert load_json(path) == demo_record


def test_file_layout(demo_record: ClientRecord) -> None:
    data = demo_dict(demo_record)
    assert data["format"] == "netbuilder" and data["version"] == 1
    assert data["current_map_id"] == str(demo_record.current_map_id)
    assert data["client"]["display_name"] == "Sam Taylor (example)"
    node = data["maps"][0]["nodes"][0]
    assert {"id", "kind", "label", "ring", "angle"} <= node.keys()
    assert all(goal["text"] for goal in data["maps"][0]["goals"])


def test_dump_is_pretty_sorted_utf8_and_stable(demo_record: ClientRecord) -> None:
    text = dump_record(demo_record)
    assert text == dump_record(demo_record) and text.endswith("}\n")
    assert text.startswith('{\n  "client": {')
    assert "café" in text and "\\u" not in text
    top = list(json.loads(text).keys())
    assert top == sorted(top)


def test_versions_all_or_current(demo_record: ClientRecord) -> None:
    record = two_versions(demo_record)
    assert len(json.loads(dump_record(record))["maps"]) == 2
    current = json.loads(dump_record(record, versions="current"))
    assert [m["id"] for m in current["maps"]] == [str(record.current_map_id)]
    loaded = load_record_bytes(dump_record(record, "current").encode(), "c.json")
    assert loaded.maps == (record.current_map,)
    with pytest.raises(ValueError, match="versions"):
        dump_record(record, versions="some")  # type: ignore[arg-type]


def test_write_is_atomic_and_private(demo_record: ClientRecord, tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text("old", encoding="utf-8")
    write_json(path, demo_record)
    assert path.read_text(encoding="utf-8") == dump_record(demo_record)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["d.json"]


def test_byte_order_mark_is_accepted(demo_record: ClientRecord) -> None:
    data = b"\xef\xbb\xbf" + dump_record(demo_record).encode()
    assert load_record_bytes(data, "d.json") == demo_record


def test_the_lead_example_message(demo_record: ClientRecord) -> None:
    data = demo_dict(demo_record)
    data["maps"][0]["nodes"][3]["ring"] = 4
    assert refused(data) == "d.json: maps[0].nodes[3].ring: 4 is outside the map's 3 rings"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "d.json: the file is empty"),
        (b"  \n", "d.json: the file is empty"),
        (b"\xff\xfe\x00garbage", "d.json: not UTF-8 text (byte 0xff at offset 0)"),
        (b"{not json", "d.json: not valid JSON (key must be a string at line 1 column 2)"),
        (b"[]", "d.json: not a NetBuilder file (the JSON is a list, not an object)"),
        (b"42", "d.json: not a NetBuilder file (the JSON is a single value, not an object)"),
        (b"{}", "d.json: format: missing, so this is not a NetBuilder file"),
        (b'{"format": "other"}', "d.json: format: 'other' is not 'netbuilder', so this is"),
        (b'{"format": "netbuilder"}', "d.json: version: missing"),
        (b'{"format": "netbuilder", "version": 2}', "d.json: version: made by a newer NetBuilder"),
        (b"[" * 100_000, "d.json: not valid JSON (recursion limit exceeded"),
    ],
)
def test_refusals_name_file_and_cause(content: bytes, expected: str) -> None:
    assert refused(content).startswith(expected)


def test_newer_version_says_update() -> None:
    message = refused({"format": "netbuilder", "version": 7, "client": {}})
    assert message == (
        "d.json: version: made by a newer NetBuilder (file version 7; this one reads up to 1): "
        "update NetBuilder to open it"
    )


def test_format_check_quotes_at_most_40_characters() -> None:
    message = refused({"format": "z" * 10_000})
    assert "z" * 41 not in message and len(message) < 200


@pytest.mark.parametrize(
    ("change", "field", "fault"),
    [
        (lambda d: d["maps"][0]["nodes"][2].__setitem__("ring", "2"), "maps[0].nodes[2].ring",
         "Input should be a valid integer"),
        (lambda d: d["maps"][0]["nodes"][2].__setitem__("angle", 360.0), "maps[0].nodes[2].angle",
         "Input should be less than 360"),
        (lambda d: d["maps"][0]["nodes"][2].pop("kind"), "maps[0].nodes[2].kind", "Field required"),
        (lambda d: d["maps"][0]["nodes"][2].__setitem__("kind", "pet"), "maps[0].nodes[2].kind",
         "Input should be 'person', 'place' or 'activity'"),
        (lambda d: d["maps"][0]["nodes"][0].__setitem__("shoe", 1), "maps[0].nodes[0].shoe",
         "Extra inputs are not permitted"),
        (lambda d: d["maps"][0]["links"][0].__setitem__("target", "ghost"),
         "maps[0].links[0].target", "no node with id 'ghost'"),
        (lambda d: d["maps"][0]["goals"][0].__setitem__("text", "  "), "maps[0].goals[0].text",
         "String should have at least 1 character"),
        (lambda d: d["maps"][0]["goals"][0]["supporters"][0].__setitem__("node_id", "mum"),
         "maps[0].goals[0].supporters", "'mum' is not a practitioner"),
        (lambda d: d.__setitem__("current_map_id", "not-a-uuid"), "current_map_id",
         "Input should be a valid UUID"),
        (lambda d: d["client"].__setitem__("archived", "false"), "client.archived",
         "Input should be a valid boolean"),
        (lambda d: d.__setitem__("maps", []), "maps", "Tuple should have at least 1 item"),
        (lambda d: d["maps"][0].__setitem__("client_id", "6f1f5b4e-6c8b-4a53-9d52-2b1f0e0c9a11"),
         "maps", "version 'baseline' belongs to another client"),
    ],
)  # fmt: skip
def test_model_faults_name_the_field(
    demo_record: ClientRecord, change: Any, field: str, fault: str
) -> None:
    data = demo_dict(demo_record)
    change(data)
    message = refused(data)
    assert message.startswith(f"d.json: {field}: {fault}"), message


def test_more_faults_are_counted(demo_record: ClientRecord) -> None:
    data = demo_dict(demo_record)
    for node in data["maps"][0]["nodes"][:3]:
        node["ring"] = "far"
    assert refused(data).endswith("(and 2 more)")


def test_long_input_is_never_echoed(demo_record: ClientRecord) -> None:
    data = demo_dict(demo_record)
    data["maps"][0]["nodes"][0]["label"] = "SECRET " * 100
    message = refused(data)
    assert "SECRET" not in message
    assert message == "d.json: maps[0].nodes[0].label: String should have at most 200 characters"


def test_load_json_from_path_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(b"{")
    with pytest.raises(FileFormatError, match=r"^mine\.json: not valid JSON"):
        load_json(path)


def test_lone_surrogate_is_refused_and_nothing_written(
    demo_record: ClientRecord, tmp_path: Path
) -> None:
    record = demo_record.model_copy(
        update={"client": demo_record.client.model_copy(update={"display_name": "a\ud800"})}
    )
    with pytest.raises(FileFormatError, match=r"^d\.json: some text is not valid Unicode"):
        write_json(tmp_path / "d.json", record)
    assert list(tmp_path.iterdir()) == []


def test_schema_is_generated_from_the_model() -> None:
    schema = json_schema()
    assert list(schema)[:4] == ["$schema", "$id", "title", "description"]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert {"format", "version", "client", "maps", "current_map_id"} <= set(schema["required"])
    assert {"client", "maps"} <= set(schema["properties"])
    node = schema["$defs"]["Node"]
    assert node["properties"]["ring"]["maximum"] == 9
    json.dumps(schema)


def test_demo_file_is_valid_against_the_schema(demo_record: ClientRecord) -> None:
    import jsonschema  # a test extra
    jsonschema.validate(demo_dict(demo_record), json_schema())
