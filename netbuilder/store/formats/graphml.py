"""Export one version of a client's map as GraphML (networkx, igraph, Gephi, yEd).

Each node keeps its ring and angle and all its attributes; each edge its kind
and note, with the link's id as the edge id. Graph attributes carry the client,
the version and the ring names; goals and referrals travel as JSON text in the
``goals`` and ``referrals`` graph attributes, so one version round-trips
without loss. Numbers are written with ``repr`` so a float reads back exactly.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from uuid import UUID

from netbuilder.model.entities import FORMAT_NAME, FORMAT_VERSION, ClientRecord, NetworkMap

from .atomic import atomic_write_bytes
from .safety import FileFormatError

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_XSD = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

GRAPH_KEYS: dict[str, str] = {
    "format": "string",
    "version": "int",
    "client_id": "string",
    "client_name": "string",
    "client_local_ref": "string",
    "client_date_of_birth": "string",
    "client_archived": "boolean",
    "client_created_at": "string",
    "client_updated_at": "string",
    "map_id": "string",
    "label": "string",
    "date": "string",
    "based_on": "string",
    "updated_at": "string",
    "ring_labels": "string",
    "what_matters": "string",
    "goals": "string",
    "referrals": "string",
}
NODE_KEYS: dict[str, str] = {
    "kind": "string",
    "label": "string",
    "category": "string",
    "ring": "int",
    "angle": "double",
    "effect": "string",
    "frequency": "string",
    "share_of_week": "int",
    "wants": "string",
    "notes": "string",
    "profession": "string",
    "roles": "string",
}
EDGE_KEYS: dict[str, str] = {"kind": "string", "note": "string"}
DOMAINS: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("graph", "g", GRAPH_KEYS),
    ("node", "n", NODE_KEYS),
    ("edge", "e", EDGE_KEYS),
)
ROLE_SEPARATOR = ";"

# XML 1.0 cannot hold these characters at all, not even as references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write_graphml(
    path: str | os.PathLike[str], record: ClientRecord, map_id: UUID | None = None
) -> Path:
    """Write one version (the current one unless ``map_id`` names another), atomically."""
    return atomic_write_bytes(path, graphml_text(record, map_id, Path(path).name).encode("utf-8"))


def graphml_text(record: ClientRecord, map_id: UUID | None = None, name: str = "") -> str:
    """The GraphML document for one version of the record's map."""
    network = _pick(record, map_id, name)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{_XSI}"',
        f'    xsi:schemaLocation="{GRAPHML_NS} {_XSD}">',
        *_key_lines(),
        f'  <graph id="{_escape(str(network.id), True)}" edgedefault="directed">',
        *_data_lines("g", graph_values(record, network), 4),
    ]
    for node in network.nodes:
        values = node.model_dump(mode="json", exclude={"id"})
        lines += _element("node", {"id": node.id}, "n", values)
    for link in network.links:
        ends = {"id": link.id, "source": link.source, "target": link.target}
        lines += _element("edge", ends, "e", link.model_dump(mode="json", include={"kind", "note"}))
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def _pick(record: ClientRecord, map_id: UUID | None, name: str) -> NetworkMap:
    wanted = record.current_map_id if map_id is None else map_id
    for network in record.maps:
        if network.id == wanted:
            return network
    raise FileFormatError(name or "GraphML", "map_id", f"no version {wanted} in this record")


def graph_values(record: ClientRecord, network: NetworkMap) -> dict[str, Any]:
    """The graph attributes: who, which version, ring names, goals and referrals."""
    client = record.client.model_dump(mode="json")
    version = network.model_dump(mode="json", exclude={"nodes", "links"})
    values: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    values |= {"client_id": client.pop("id"), "client_name": client.pop("display_name")}
    values |= {f"client_{field}": value for field, value in client.items()}
    values |= {
        "map_id": version["id"],
        "label": version["label"],
        "date": version["date"],
        "based_on": version["based_on"],
        "updated_at": version["updated_at"],
        "what_matters": version["what_matters"],
    }
    for field in ("ring_labels", "goals", "referrals"):
        values[field] = json.dumps(version[field], ensure_ascii=False, sort_keys=True)
    return values


def _key_lines() -> list[str]:
    return [
        f'  <key id="{prefix}_{name}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>'
        for domain, prefix, keys in DOMAINS
        for name, kind in keys.items()
    ]


def _element(tag: str, attrs: dict[str, str], prefix: str, values: dict[str, Any]) -> list[str]:
    head = " ".join(f'{k}="{_escape(v, True)}"' for k, v in attrs.items())
    return [f"    <{tag} {head}>", *_data_lines(prefix, values, 6), f"    </{tag}>"]


def _data_lines(prefix: str, values: dict[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    return [
        f'{pad}<data key="{prefix}_{name}">{_escape(text)}</data>'
        for name, value in values.items()
        if (text := cell_text(value)) is not None
    ]


def cell_text(value: Any) -> str | None:
    """A value as GraphML text: None is left out, floats keep every digit."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list | tuple):
        return ROLE_SEPARATOR.join(str(v) for v in value)
    return str(value)


def _escape(text: str, attribute: bool = False) -> str:
    """Escape for XML; a carriage return is kept as a reference so it survives parsing."""
    text = _NOT_XML.sub("\ufffd", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\r", "&#13;")
    if attribute:
        text = text.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    return text
