"""The NetBuilder JSON file: one client with one or all versions of their map.

The file is the ``ClientRecord`` model written as JSON (UTF-8, keys sorted,
indented), read back with pydantic's strict JSON mode, so a file that loads is
a record that satisfies every rule of the model.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal

import pydantic_core
from pydantic import BaseModel, ValidationError

from netbuilder.model.entities import FORMAT_NAME, FORMAT_VERSION, ClientRecord, NetworkMap

from .atomic import atomic_write_bytes
from .safety import (
    FileFormatError,
    check_size,
    check_strings,
    from_validation,
    quote,
    read_capped,
    too_many,
)

Versions = Literal["all", "current"]

SCHEMA_ID = "urn:netbuilder:schema:client-record:1"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _max_items(model: type[BaseModel], field: str) -> int:
    """The model's cap on the number of items in a list field."""
    caps = [getattr(m, "max_length", None) for m in model.model_fields[field].metadata]
    return next(cap for cap in caps if isinstance(cap, int))


# The model's caps per map, checked before validation so that a file over them is
# refused at once with a count rather than after validating every item.
MAP_CAPS = {f: _max_items(NetworkMap, f) for f in ("nodes", "links", "goals", "referrals")}
MAX_MAPS = _max_items(ClientRecord, "maps")
# Across all the versions in one file: validating a node or a link runs Python code
# in the model, so these keep the worst 20 MB file to a couple of seconds.
FILE_CAPS = {"nodes": 50_000, "links": 50_000}


def record_dict(record: ClientRecord, versions: Versions = "all") -> dict[str, Any]:
    """The record as JSON-compatible values, with all versions or only the current one."""
    data = record.model_dump(mode="json")
    if versions == "current":
        current = str(record.current_map_id)
        data["maps"] = [m for m in data["maps"] if m["id"] == current]
    elif versions != "all":
        raise ValueError(f"versions must be 'all' or 'current', not {versions!r}")
    return data


def dump_record(record: ClientRecord, versions: Versions = "all") -> str:
    """The JSON file's text: sorted keys, two-space indent, non-ASCII kept as is."""
    data = record_dict(record, versions)
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"


def write_json(
    path: str | os.PathLike[str], record: ClientRecord, versions: Versions = "all"
) -> Path:
    """Write the record as a NetBuilder JSON file, atomically; returns the path."""
    text = dump_record(record, versions)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        fault = "some text is not valid Unicode; nothing was written"
        raise FileFormatError(path, "", fault) from None
    return atomic_write_bytes(path, data)


def load_json(path: str | os.PathLike[str]) -> ClientRecord:
    """Read a NetBuilder JSON file; any fault raises ``FileFormatError``."""
    return load_record_bytes(read_capped(path), Path(path).name)


def load_record_bytes(data: bytes, name: str) -> ClientRecord:
    """Parse and validate the bytes of a NetBuilder JSON file called ``name``."""
    check_size(data, name)
    text = _decode(data, name)
    document = _check_header(_parse(text, name), name)
    check_strings(document, name)
    _check_counts(document, name)
    try:
        return ClientRecord.model_validate_json(text, strict=True)
    except ValidationError as error:
        raise from_validation(name, error) from None


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise FileFormatError(
            name, "", f"not UTF-8 text (byte 0x{bad:02x} at offset {error.start})"
        ) from None


def _parse(text: str, name: str) -> object:
    try:
        return pydantic_core.from_json(text)
    except ValueError as error:
        raise FileFormatError(name, "", f"not valid JSON ({error})") from None


def _check_header(top: object, name: str) -> dict[str, Any]:
    """The file says it is a NetBuilder file of a version this program reads."""
    if not isinstance(top, dict):
        kind = "a list" if isinstance(top, list) else "a single value"
        fault = f"not a NetBuilder file (the JSON is {kind}, not an object)"
        raise FileFormatError(name, "", fault)
    if "format" not in top:
        raise FileFormatError(name, "format", "missing, so this is not a NetBuilder file")
    if top["format"] != FORMAT_NAME:
        fault = f"{quote(top['format'])} is not {FORMAT_NAME!r}, so this is not a NetBuilder file"
        raise FileFormatError(name, "format", fault)
    version = top.get("version")
    if "version" not in top:
        raise FileFormatError(name, "version", "missing")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise FileFormatError(name, "version", newer_version_fault(version))
    return top


def _check_counts(document: dict[str, Any], name: str) -> None:
    """Versions and items per map within the model's caps, and items in the whole file."""
    maps = document.get("maps")
    if not isinstance(maps, list):
        return
    if len(maps) > MAX_MAPS:
        raise too_many(name, "maps", len(maps), "versions", MAX_MAPS, "a file")
    totals = dict.fromkeys(FILE_CAPS, 0)
    for i, network in enumerate(maps):
        if not isinstance(network, dict):
            continue
        for field, limit in MAP_CAPS.items():
            items = network.get(field)
            count = len(items) if isinstance(items, list) else 0
            if count > limit:
                raise too_many(name, f"maps[{i}].{field}", count, field, limit)
            if field in totals:
                totals[field] += count
    for field, limit in FILE_CAPS.items():
        if totals[field] > limit:
            where = "a file (all versions together)"
            raise too_many(name, "maps", totals[field], field, limit, where)


def newer_version_fault(version: int) -> str:
    return (
        f"made by a newer NetBuilder (file version {version}; this one reads up to "
        f"{FORMAT_VERSION}): update NetBuilder to open it"
    )


def json_schema() -> dict[str, Any]:
    """A JSON Schema (2020-12) of the file, generated from the model.

    The schema describes each field; the rules that span a map (links join
    existing nodes, a node's ring is one of the map's rings, supporters are
    practitioners...) are checked by NetBuilder when it reads a file.
    """
    generated = ClientRecord.model_json_schema(mode="validation")
    required = [f for f in ("format", "version") if f not in generated.get("required", [])]
    generated["required"] = required + list(generated.get("required", []))
    head = {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "NetBuilder client file",
        "description": (
            "One client and one or more dated versions of their wellbeing network map "
            f"(format {FORMAT_NAME!r}, version {FORMAT_VERSION}). Cross-references inside a "
            "map (links, goals, referrals, rings) must also resolve; NetBuilder checks them "
            "on import."
        ),
    }
    return head | {k: v for k, v in generated.items() if k not in ("title", "description")}
