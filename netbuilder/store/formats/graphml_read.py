"""Import a GraphML file as a client record with one map version.

Files from NetBuilder come back exactly; files from other tools come in where
that makes sense: a node without a ring goes on the outer ring, one without an
angle is spread around the map, one without a label is labelled by its id, and
a file with no client becomes a new client. A node without a kind is refused.

The XML is parsed with defusedxml with DTDs forbidden (no entity expansion, no
external entities), after the size cap and under the caps of ``xml_parts``
(depth, element count, text length), and the result is validated by the model
in strict JSON mode, the same way as a JSON file.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any
from uuid import uuid4

import pydantic_core
from defusedxml import DefusedXmlException
from pydantic import ValidationError

from netbuilder.model.entities import FORMAT_NAME, FORMAT_VERSION, ClientRecord
from netbuilder.model.vocab import DEFAULT_RING_LABELS, MAX_RINGS

from .graphml import EDGE_KEYS, GRAPH_KEYS, ROLE_SEPARATOR
from .json_file import MAP_CAPS, newer_version_fault
from .safety import (
    MAX_NODES,
    FileFormatError,
    check_size,
    check_strings,
    model_fault,
    quote,
    read_capped,
    too_many,
)
from .xml_parts import Element, KeyTable, keyed_data, local_name, parse_capped

Values = dict[str, str]

# How each known node attribute's text becomes a JSON value; others stay text.
NODE_TYPES: dict[str, str] = {
    "kind": "token",
    "ring": "int",
    "angle": "float",
    "effect": "token",
    "frequency": "token",
    "share_of_week": "int",
    "wants": "token",
    "profession": "token",
    "roles": "list",
    "label": "text",
    "category": "text",
    "notes": "text",
}
CLIENT_FIELDS = ("local_ref", "date_of_birth", "archived", "created_at", "updated_at")
# The attributes this reader uses; other tools' keys (and their defaults) are dropped.
KNOWN_KEYS: dict[str, frozenset[str]] = {
    "graph": frozenset(GRAPH_KEYS),
    "node": frozenset(NODE_TYPES),
    "edge": frozenset(EDGE_KEYS),
}
KNOWN_KEYS["all"] = KNOWN_KEYS["graph"] | KNOWN_KEYS["node"] | KNOWN_KEYS["edge"]


def load_graphml(path: str | os.PathLike[str]) -> ClientRecord:
    """Read a GraphML file; any fault raises ``FileFormatError``."""
    return load_graphml_bytes(read_capped(path), Path(path).name)


def load_graphml_bytes(data: bytes, name: str) -> ClientRecord:
    """Parse and validate the bytes of a GraphML file called ``name``."""
    check_size(data, name)
    graph, keys = _graph(_parse(data, name), name)
    values = keyed_data(graph, keys, "graph")
    _check_version(values, name)
    nodes = _nodes(graph, keys, name)
    edges = [(e, keyed_data(e, keys, "edge")) for e in _edges(graph, name)]
    return _validate(_record(name, values, nodes, edges), name, nodes, edges)


def _validate(
    document: dict[str, Any],
    name: str,
    nodes: list[tuple[str, Values]],
    edges: list[tuple[Element, Values]],
) -> ClientRecord:
    """The model's verdict, in strict JSON mode, with faults named by node and edge."""
    try:
        return ClientRecord.model_validate_json(json.dumps(document), strict=True)
    except ValidationError as error:
        field, fault = model_fault(error)
        node_names = [quote(node_id) for node_id, _ in nodes]
        edge_names = [
            quote(e.get("id")) if e.get("id") else f"#{i + 1}" for i, (e, _) in enumerate(edges)
        ]
        raise FileFormatError(name, _graph_field(field, node_names, edge_names), fault) from None


def _parse(data: bytes, name: str) -> Element:
    try:
        root = parse_capped(data, name)
    except DefusedXmlException:
        fault = "refused: it declares a DTD or entities, which NetBuilder never reads"
        raise FileFormatError(name, "", fault) from None
    except ET.ParseError as error:
        raise FileFormatError(name, "", f"not well-formed XML ({error})") from None
    except FileFormatError:
        raise
    except (ValueError, LookupError):  # an encoding expat cannot read ("utf-32", "bogus")
        fault = "written in a text encoding NetBuilder cannot read: save it as UTF-8"
        raise FileFormatError(name, "", fault) from None
    if local_name(root.tag) != "graphml":
        fault = f"not GraphML (the document is {quote(local_name(root.tag))})"
        raise FileFormatError(name, "", fault)
    return root


def _graph(root: Element, name: str) -> tuple[Element, KeyTable]:
    graph = next(iter(_children(root, "graph")), None)
    if graph is None:
        raise FileFormatError(name, "graph", "the file holds no graph")
    keys: KeyTable = {}
    for key in _children(root, "key"):
        scope, attribute = key.get("for", "all"), key.get("attr.name", key.get("id", ""))
        if attribute not in KNOWN_KEYS.get(scope, ()):
            continue
        default = next(iter(_children(key, "default")), None)
        text = None if default is None else default.text or ""
        keys[key.get("id", "")] = (scope, attribute, text)
    return graph, keys


def _children(parent: Element, tag: str) -> list[Element]:
    return [child for child in parent if local_name(child.tag) == tag]


def _check_version(values: Values, name: str) -> None:
    if values.get("format") != FORMAT_NAME or "version" not in values:
        return
    version = as_json(values["version"], "int")
    if not isinstance(version, int):
        raise FileFormatError(name, "version", f"{quote(values['version'])} is not a whole number")
    if version > FORMAT_VERSION:
        raise FileFormatError(name, "version", newer_version_fault(version))


def _edges(graph: Element, name: str) -> list[Element]:
    elements = _children(graph, "edge")
    if len(elements) > MAP_CAPS["links"]:
        raise too_many(name, "graph", len(elements), "edges", MAP_CAPS["links"])
    return elements


def _nodes(graph: Element, keys: KeyTable, name: str) -> list[tuple[str, Values]]:
    elements = _children(graph, "node")
    if len(elements) > MAX_NODES:
        raise too_many(name, "graph", len(elements), "nodes", MAX_NODES)
    nodes: list[tuple[str, Values]] = []
    for i, element in enumerate(elements):
        node_id = element.get("id")
        if not node_id:
            raise FileFormatError(name, f"node #{i + 1}", "has no id")
        values = keyed_data(element, keys, "node")
        if not values.get("kind", "").strip():
            fault = "has no kind (person, place or activity)"
            raise FileFormatError(name, f"node {quote(node_id)}", fault)
        nodes.append((node_id, values))
    return nodes


def _record(
    name: str, values: Values, nodes: list[tuple[str, Values]], edges: list[tuple[Element, Values]]
) -> dict[str, Any]:
    client = _client(name, values)
    ring_labels = _json_text(values, "ring_labels", name, _ring_labels_for(nodes))
    rings = len(ring_labels) if isinstance(ring_labels, list) and ring_labels else 1
    network: dict[str, Any] = {
        "id": values.get("map_id") or str(uuid4()),
        "client_id": client["id"],
        "label": values.get("label") or "imported",
        "date": values.get("date") or date.today().isoformat(),
        "ring_labels": ring_labels,
        "nodes": _node_dicts(nodes, rings),
        "links": _link_dicts(edges, {node_id for node_id, _ in nodes}),
        "goals": _json_text(values, "goals", name, []),
        "referrals": _json_text(values, "referrals", name, []),
    }
    for field in ("what_matters", "based_on", "updated_at"):
        if field in values:
            network[field] = values[field]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "client": client,
        "maps": [network],
        "current_map_id": network["id"],
    }


def _client(name: str, values: Values) -> dict[str, Any]:
    fallback = Path(name).stem.strip()[:120] or "Imported network"
    client: dict[str, Any] = {
        "id": values.get("client_id") or str(uuid4()),
        "display_name": values.get("client_name") or fallback,
    }
    for field in CLIENT_FIELDS:
        if f"client_{field}" in values:
            kind = "bool" if field == "archived" else "text"
            client[field] = as_json(values[f"client_{field}"], kind)
    return client


def _json_text(values: Values, field: str, name: str, missing: Any) -> Any:
    if field not in values:
        return missing
    try:
        value = pydantic_core.from_json(values[field])
    except ValueError:  # also too deep, and a whole number of over 4,300 digits
        raise FileFormatError(name, field, "is not valid JSON text") from None
    check_strings(value, name, field)
    limit = MAP_CAPS.get(field)
    if limit is not None and isinstance(value, list) and len(value) > limit:
        raise too_many(name, field, len(value), field, limit)
    return value


def _ring_labels_for(nodes: list[tuple[str, Values]]) -> list[str]:
    """Default ring names, with more rings if the nodes use them (up to the maximum)."""
    used = [as_json(values["ring"], "int") for _, values in nodes if "ring" in values]
    deepest = max((r for r in used if isinstance(r, int)), default=1)
    extra = range(len(DEFAULT_RING_LABELS) + 1, min(deepest, MAX_RINGS) + 1)
    return [*DEFAULT_RING_LABELS, *(f"Ring {r}" for r in extra)]


def _node_dicts(nodes: list[tuple[str, Values]], rings: int) -> list[dict[str, Any]]:
    without_angle = [node_id for node_id, values in nodes if "angle" not in values]
    spread = {node_id: i * 360.0 / len(without_angle) for i, node_id in enumerate(without_angle)}
    out: list[dict[str, Any]] = []
    for node_id, values in nodes:
        node: dict[str, Any] = {"id": node_id, "label": node_id, "ring": rings}
        node["angle"] = spread.get(node_id, 0.0)
        for field, kind in NODE_TYPES.items():
            if field in values:
                node[field] = as_json(values[field], kind)
        out.append(node)
    return out


def _link_dicts(edges: list[tuple[Element, Values]], node_ids: set[str]) -> list[dict[str, Any]]:
    """Links from edges; an edge id missing or already taken (other tools number
    nodes and edges alike) is replaced, as nothing else refers to a link's id."""
    taken = set(node_ids)
    links: list[dict[str, Any]] = []
    for element, values in edges:
        link = _link_dict(element, values)
        if not link["id"] or link["id"] in taken:
            link["id"] = f"link-{uuid4().hex[:12]}"
        taken.add(link["id"])
        links.append(link)
    return links


def _link_dict(element: Element, values: Values) -> dict[str, Any]:
    link: dict[str, Any] = {
        "id": element.get("id", ""),
        "source": element.get("source", ""),
        "target": element.get("target", ""),
    }
    for field in ("kind", "note"):
        if field in values:
            link[field] = as_json(values[field], "token" if field == "kind" else "text")
    return link


def as_json(text: str, kind: str) -> Any:
    """GraphML text as the JSON value the model expects; unparseable text stays text."""
    if kind == "text":
        return text
    token = text.strip()
    if kind == "list":
        return [part.strip() for part in token.split(ROLE_SEPARATOR) if part.strip()]
    if kind == "bool":
        truth = {"true": True, "1": True, "false": False, "0": False}
        return truth.get(token.lower(), token)
    if kind in ("int", "float"):
        return _number(token, kind)
    return token


def _number(token: str, kind: str) -> Any:
    try:
        value = float(token)
    except ValueError:
        return token
    if value != value or value in (float("inf"), float("-inf")):
        return token
    if kind == "float":
        return value
    return int(value) if value.is_integer() and abs(value) < 2**53 else token


_INDEXED = re.compile(r"^maps\[0\]\.(nodes|links)\[(\d+)\](.*)$", re.DOTALL)


def _graph_field(field: str, node_names: Sequence[str], edge_names: Sequence[str]) -> str:
    """A model path ('maps[0].nodes[3].ring') in the file's terms ("node 'mum'.ring")."""
    indexed = _INDEXED.match(field)
    if indexed:
        names = node_names if indexed[1] == "nodes" else edge_names
        which = "node" if indexed[1] == "nodes" else "edge"
        i = int(indexed[2])
        return f"{which} {names[i] if i < len(names) else f'#{i + 1}'}{indexed[3]}"
    if field == "maps[0].id":
        return "map_id"
    if field.startswith("client."):
        return "client_" + field.removeprefix("client.")
    return field.removeprefix("maps[0].").removeprefix("maps[0]") or "graph"
