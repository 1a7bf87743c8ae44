"""Small immutable records shared by the summary and the comparison, and plain-value export."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from enum import Enum
from types import MappingProxyType
from typing import Any

from netbuilder.model import Node


@dataclasses.dataclass(frozen=True, slots=True)
class NodeRef:
    """Which node, as a reader sees it."""

    id: str
    label: str
    kind: str
    ring: int

    @classmethod
    def of(cls, node: Node) -> NodeRef:
        return cls(id=node.id, label=node.label, kind=node.kind.value, ring=node.ring)


def frozen_counts(keys: list[str], values: list[str]) -> Mapping[str, int]:
    """How often each key occurs in ``values``; every key present, 0 when absent."""
    counts = dict.fromkeys(keys, 0)
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return MappingProxyType(counts)


def to_plain(value: object) -> Any:
    """JSON-ready plain values: dataclasses and mappings become dicts (keys as strings),
    tuples become lists, dates ISO strings, enums their value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, Enum):
        return to_plain(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return value
