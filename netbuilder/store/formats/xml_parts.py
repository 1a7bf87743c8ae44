"""Small helpers for reading GraphML elements, whatever their namespace."""

from __future__ import annotations

import xml.etree.ElementTree as ET

Element = ET.Element
KeyTable = dict[str, tuple[str, str, str | None]]


def local_name(tag: object) -> str:
    """'{http://graphml.graphdrawing.org/xmlns}node' -> 'node'."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def keyed_data(element: Element, keys: KeyTable, domain: str) -> dict[str, str]:
    """An element's <data> values by attribute name, with the keys' defaults filled in.

    Data under an undeclared key and data holding markup (yFiles graphics) are
    skipped: they are another tool's business.
    """
    values = {
        name: default
        for scope, name, default in keys.values()
        if default is not None and scope in (domain, "all")
    }
    for data in element:
        if local_name(data.tag) != "data" or len(data):
            continue
        key = keys.get(data.get("key", ""))
        if key is not None and key[0] in (domain, "all"):
            values[key[1]] = data.text or ""
    return values
