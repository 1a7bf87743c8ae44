"""Export a client's map versions as two CSV tables for researchers.

``write_csv("x.csv", record)`` writes ``x-nodes.csv`` (one row per node per
version) and ``x-links.csv`` (one row per link per version), UTF-8 with a byte
order mark so that Excel reads accents correctly. A text cell that a
spreadsheet would run as a formula (starting with = + - @, tab or carriage
return) is written with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from netbuilder.model.entities import ClientRecord, Link, NetworkMap, Node

from .atomic import atomic_write_files
from .json_file import Versions

NODE_COLUMNS = (
    "client_id", "map_id", "map_label", "map_date",
    "node_id", "kind", "label", "category", "ring", "ring_label", "angle", "effect",
    "frequency", "share_of_week", "wants", "notes", "profession", "roles",
)  # fmt: skip
LINK_COLUMNS = (
    "client_id", "map_id", "map_label", "map_date",
    "link_id", "source", "source_label", "target", "target_label", "kind", "note",
)  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_paths(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """``x.csv`` -> (``x-nodes.csv``, ``x-links.csv``) in the same folder."""
    target = Path(path)
    stem = target.stem if target.suffix.lower() == ".csv" else target.name
    return target.with_name(f"{stem}-nodes.csv"), target.with_name(f"{stem}-links.csv")


def write_csv(
    path: str | os.PathLike[str], record: ClientRecord, versions: Versions = "all"
) -> list[Path]:
    """Write the nodes and links tables atomically, both or neither; returns both paths."""
    maps = record.maps if versions == "all" else (record.current_map,)
    node_rows = [row for m in maps for row in _node_rows(record, m)]
    link_rows = [row for m in maps for row in _link_rows(record, m)]
    nodes_path, links_path = csv_paths(path)
    return atomic_write_files([(nodes_path, csv_bytes(NODE_COLUMNS, node_rows)),
                               (links_path, csv_bytes(LINK_COLUMNS, link_rows))])


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A table as CSV text, UTF-8 with BOM, every text cell made formula-safe."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect="excel")
    writer.writerow(columns)
    writer.writerows([cell(value) for value in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def cell(value: Any) -> str:
    """One CSV cell: numbers as digits, None as empty, text guarded against formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value + 0.0)
    return safe_text(str(value))


def safe_text(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _version_cells(record: ClientRecord, m: NetworkMap) -> list[Any]:
    return [str(record.client.id), str(m.id), m.label, m.date.isoformat()]


def _node_rows(record: ClientRecord, m: NetworkMap) -> list[list[Any]]:
    head = _version_cells(record, m)
    return [head + _node_cells(m, node) for node in m.nodes]


def _node_cells(m: NetworkMap, node: Node) -> list[Any]:
    return [
        node.id, node.kind.value, node.label, node.category, node.ring,
        m.ring_labels[node.ring - 1], node.angle, node.effect.value,
        _value(node.frequency), node.share_of_week, _value(node.wants), node.notes,
        _value(node.profession), ";".join(role.value for role in node.roles),
    ]  # fmt: skip


def _link_rows(record: ClientRecord, m: NetworkMap) -> list[list[Any]]:
    head = _version_cells(record, m)
    labels = {node.id: node.label for node in m.nodes}
    return [head + _link_cells(link, labels) for link in m.links]


def _link_cells(link: Link, labels: dict[str, str]) -> list[Any]:
    return [
        link.id, link.source, labels.get(link.source, ""), link.target,
        labels.get(link.target, ""), link.kind.value, link.note,
    ]  # fmt: skip


def _value(item: Any) -> str | None:
    return None if item is None else str(item.value)
