"""Reading GraphML safely: a capped parse, and element helpers whatever the namespace.

``parse_capped`` parses with defusedxml (no DTD, no entities) into a builder
that refuses, while the parser is still reading, what no GraphML file needs:
elements nested very deep, too many elements, attributes or namespaces, and
any name, attribute or text longer than ``MAX_FIELD_CHARS``. Graph attributes
that carry JSON (goals, referrals, ring names) may be longer: the strings inside
them are capped one by one once they are decoded.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import ElementTree as SafeET

from .safety import MAX_FIELD_CHARS, MAX_FILE_BYTES, FileFormatError, quote, too_long

Element = ET.Element
KeyTable = dict[str, tuple[str, str, str | None]]

# yFiles nests its graphics about ten deep; groups nest graphs inside nodes.
MAX_XML_DEPTH = 100
# 5,000 nodes and 20,000 edges with all their data come to about 125,000.
MAX_XML_ELEMENTS = 200_000
MAX_XML_ATTRIBUTES = 100
MAX_XML_NAMESPACES = 100
JSON_TEXT_KEYS = frozenset({"goals", "referrals", "ring_labels"})


def local_name(tag: object) -> str:
    """'{http://graphml.graphdrawing.org/xmlns}node' -> 'node'."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_capped(data: bytes, file: str) -> Element:
    """The document's root element; a cap broken raises ``FileFormatError`` at once.

    defusedxml's and ElementTree's own exceptions pass through for the caller.
    """
    parser = SafeET.XMLParser(target=CappedTreeBuilder(file), forbid_dtd=True)
    parser.feed(data)
    root: Element = parser.close()
    return root


class CappedTreeBuilder:
    """An ElementTree builder (a parser's target) that enforces the caps as it goes.

    It runs once per element, up to 200,000 of them in one file, so it keeps
    only (name, attributes) per open element and words a message only on refusal.
    """

    def __init__(self, file: str) -> None:
        self._file = file
        self._tree = ET.TreeBuilder()
        self._open: list[tuple[str, dict[str, str]]] = []
        self._elements = 0
        self._namespaces: set[tuple[str, str]] = set()
        self._text = 0
        self._text_limit = MAX_FIELD_CHARS
        self._key_names: dict[str, str] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        self._elements += 1
        if (
            self._elements > MAX_XML_ELEMENTS
            or len(self._open) >= MAX_XML_DEPTH
            or len(attrs) > MAX_XML_ATTRIBUTES
            or len(tag) > MAX_FIELD_CHARS
        ):
            raise self._refusal(tag, attrs)
        for attribute, value in attrs.items():
            if len(value) > MAX_FIELD_CHARS or len(attribute) > MAX_FIELD_CHARS:
                raise self._long_attribute(tag, attrs, attribute)
        name = tag.rpartition("}")[2]
        self._open.append((name, attrs))
        self._text = 0
        self._text_limit = MAX_FIELD_CHARS
        if name == "key" and "id" in attrs:
            self._key_names[attrs["id"]] = attrs.get("attr.name", attrs["id"])
        elif name == "data" and self._key_names.get(attrs.get("key", "")) in JSON_TEXT_KEYS:
            self._text_limit = MAX_FILE_BYTES
        return self._tree.start(tag, attrs)

    def data(self, text: str) -> None:
        self._text += len(text)
        if self._text > self._text_limit:
            raise too_long(self._file, self._where() or "text", None)
        self._tree.data(text)

    def end(self, tag: str) -> Element:
        self._open.pop()
        self._text = 0
        self._text_limit = MAX_FIELD_CHARS
        return self._tree.end(tag)

    def start_ns(self, prefix: str, uri: str) -> None:
        """Count distinct declarations: some tools repeat theirs on every element."""
        if len(uri) > MAX_FIELD_CHARS or len(prefix) > MAX_FIELD_CHARS:
            raise too_long(self._file, "namespace", max(len(uri), len(prefix)))
        self._namespaces.add((prefix, uri))
        if len(self._namespaces) > MAX_XML_NAMESPACES:
            raise self._fault("", f"more than {MAX_XML_NAMESPACES} namespace declarations")

    def close(self) -> Element:
        return self._tree.close()

    def _refusal(self, tag: str, attrs: dict[str, str]) -> FileFormatError:
        where = self._where()
        if self._elements > MAX_XML_ELEMENTS:
            return self._fault(where, f"more than {MAX_XML_ELEMENTS:,} XML elements")
        if len(self._open) >= MAX_XML_DEPTH:
            return self._fault(where, f"elements nested more than {MAX_XML_DEPTH} deep")
        if len(attrs) > MAX_XML_ATTRIBUTES:
            return self._fault(where, f"an element with more than {MAX_XML_ATTRIBUTES} attributes")
        return too_long(self._file, where or "element name", len(tag))

    def _long_attribute(self, tag: str, attrs: dict[str, str], attribute: str) -> FileFormatError:
        self._open.append((local_name(tag), attrs))
        where = f"{self._where()}.{quote(local_name(attribute))}"
        return too_long(self._file, where, max(len(attribute), len(attrs[attribute])))

    def _where(self) -> str:
        """How a message names the open element: "node 'mum'", "node 'mum'.notes"..."""
        where = ""
        for name, attrs in self._open:
            if name in ("node", "edge") and attrs.get("id"):
                where = f"{name} {quote(attrs['id'])}"
            elif name in ("graph", "node", "edge"):
                where = name
            else:
                if name == "data":
                    key = attrs.get("key", "")
                    shown = self._key_names.get(key) or f"data {quote(key)}"
                else:
                    shown = name if len(name) <= 40 else quote(name)
                where = f"{where}.{shown}" if where else shown
        return where

    def _fault(self, where: str, fault: str) -> FileFormatError:
        return FileFormatError(self._file, where, f"refused: {fault}")


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
