"""The canvas's edits, each one undoable command on the document (``doc.apply``).

Each function names the action in the user's words ("Move Mum to ring 1") and returns
whether the map changed. Model faults (``ModelError``) become "nothing changed": the
canvas never half-applies an edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from netbuilder.gui.document import MapDocument
from netbuilder.gui.presets import Preset
from netbuilder.model import Link, LinkKind, ModelError, NetworkMap, Node, new_id, ops

from . import geometry

Edit = Callable[[NetworkMap], NetworkMap]


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def _apply(doc: MapDocument, text: str, edit: Edit, merge_key: str | None = None) -> bool:
    try:
        return doc.apply(text, edit, merge_key)
    except ModelError:
        return False


def _names(doc: MapDocument, node_ids: Iterable[str]) -> str:
    ids = list(node_ids)
    if len(ids) == 1:
        return doc.network.node(ids[0]).label
    return tr("{count} nodes").format(count=len(ids))


def new_node(preset: Preset, ring: int, angle: float) -> Node:
    return Node(
        id=new_id("n"),
        kind=preset.kind,
        label=preset.shown_label(),
        category=preset.category,
        profession=preset.profession,
        ring=ring,
        angle=geometry.normalise(angle),
    )


def add_node(doc: MapDocument, node: Node, merge_key: str | None = None) -> bool:
    return _apply(doc, tr("Add {name}").format(name=node.label),
                  lambda m: ops.add_node(m, node), merge_key)


def rename_node(doc: MapDocument, node_id: str, label: str, merge_key: str | None = None) -> bool:
    label = " ".join(label.split())[:200]
    if not label or node_id not in _node_ids(doc):
        return False
    old = doc.network.node(node_id).label
    return _apply(
        doc, tr("Rename {name}").format(name=old),
        lambda m: ops.update_node(m, node_id, label=label), merge_key
    )


def move_nodes(doc: MapDocument, places: Mapping[str, tuple[int, float]]) -> bool:
    """Move nodes to (ring, angle) places; unchanged places are left out."""
    network = doc.network
    changed = {i: p for i, p in places.items() if _moves(network.node(i), p)}
    if not changed:
        return False
    return _apply(doc, tr("Move {names}").format(names=_names(doc, changed)),
                  lambda m: ops.move_nodes(m, changed))


def _moves(node: Node, place: tuple[int, float]) -> bool:
    ring, angle = place
    return ring != node.ring or geometry.angular_distance(angle, node.angle) > 1e-9


def change_ring(doc: MapDocument, node_ids: list[str], step: int) -> bool:
    """Move nodes ``step`` rings out (negative: in, closer), staying on the map."""
    network = doc.network
    places = {}
    for node_id in node_ids:
        node = network.node(node_id)
        places[node_id] = (max(1, min(network.rings, node.ring + step)), node.angle)
    rings = {r for r, _ in places.values()}
    changed = {i: p for i, p in places.items() if _moves(network.node(i), p)}
    if not changed:
        return False
    names = _names(doc, changed)
    text = (tr("Move {names} to ring {ring}").format(names=names, ring=rings.pop())
            if len(rings) == 1 else tr("Move {names}").format(names=names))
    return _apply(doc, text, lambda m: ops.move_nodes(m, changed))


def turn(doc: MapDocument, node_ids: list[str], degrees: float) -> bool:
    """Move nodes round their rings (clockwise when positive); repeated turns of the
    same nodes merge into one undo step."""
    network = doc.network
    places = {
        i: (network.node(i).ring, geometry.normalise(network.node(i).angle + degrees))
        for i in node_ids
    }
    if not places:
        return False
    key = "turn:" + ",".join(sorted(node_ids))
    return _apply(doc, tr("Move {names}").format(names=_names(doc, node_ids)),
                  lambda m: ops.move_nodes(m, places), key)


def delete(doc: MapDocument, node_ids: list[str], link_ids: Iterable[str] = ()) -> bool:
    """Delete nodes (with their links) and links, as one step."""
    node_ids = [i for i in node_ids if i in _node_ids(doc)]
    link_ids = [i for i in link_ids if i in {lk.id for lk in doc.network.links}]
    if not node_ids and not link_ids:
        return False
    text = (tr("Delete {names}").format(names=_names(doc, node_ids)) if node_ids
            else tr("Delete link"))

    def edit(m: NetworkMap) -> NetworkMap:
        for link_id in link_ids:
            if any(lk.id == link_id for lk in m.links):
                m = ops.remove_link(m, link_id)
        for node_id in node_ids:
            m = ops.remove_node(m, node_id)
        return m

    return _apply(doc, text, edit)


def add_link(doc: MapDocument, source: str, target: str, kind: LinkKind) -> str | None:
    """Link two nodes; returns the new link's id (None if it exists or cannot be made)."""
    if source == target or any(
        (lk.source, lk.target, lk.kind) == (source, target, kind) for lk in doc.network.links
    ):
        return None
    link = Link(id=new_id("l"), source=source, target=target, kind=kind)
    text = tr("Link {first} and {second}").format(first=_names(doc, [source]),
                                                   second=_names(doc, [target]))
    return link.id if _apply(doc, text, lambda m: ops.add_link(m, link)) else None


def arrange(doc: MapDocument) -> bool:
    places = geometry.auto_arrange(doc.network)
    if not places:
        return False
    return _apply(doc, tr("Auto-arrange"), lambda m: ops.move_nodes(m, places))


def _node_ids(doc: MapDocument) -> set[str]:
    return {n.id for n in doc.network.nodes}
