"""The palette's presets and the drag-and-drop payload that carries one."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from PySide6.QtCore import QCoreApplication

from netbuilder.model import NodeKind, Profession

PRESET_MIME = "application/x-netbuilder-preset"


@dataclass(frozen=True)
class Preset:
    kind: NodeKind
    label: str
    category: str
    profession: Profession | None = None

    def shown_label(self) -> str:
        """The label as shown (and given to a new node) in the user's language; the preset's
        own ``label`` stays the en_GB source text."""
        return QCoreApplication.translate("Presets", self.label)

    def to_bytes(self) -> bytes:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["profession"] = self.profession.value if self.profession else None
        return json.dumps(data).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Preset:
        data = json.loads(raw.decode())
        profession = data.get("profession")
        return cls(
            NodeKind(data["kind"]),
            str(data["label"]),
            str(data["category"]),
            Profession(profession) if profession else None,
        )


def _person(label: str, category: str, profession: Profession | None = None) -> Preset:
    return Preset(NodeKind.PERSON, label, category, profession)


def _place(label: str, category: str) -> Preset:
    return Preset(NodeKind.PLACE, label, category)


def _activity(label: str, category: str = "other") -> Preset:
    return Preset(NodeKind.ACTIVITY, label, category)


BLANK: dict[NodeKind, Preset] = {
    NodeKind.PERSON: _person("New person", "other"),
    NodeKind.PLACE: _place("New place", "other"),
    NodeKind.ACTIVITY: _activity("New activity"),
}

PRESETS: tuple[Preset, ...] = (
    _person("Mum", "family"),
    _person("Dad", "family"),
    _person("Partner", "partner"),
    _person("Friend", "friend"),
    _person("Neighbour", "neighbour"),
    _person("Peer", "peer"),
    _person("GP", "practitioner", Profession.GP),
    _person("CPN", "practitioner", Profession.CPN),
    _person("Support worker", "practitioner", Profession.SUPPORT_WORKER),
    _person("Peer support worker", "practitioner", Profession.PEER_SUPPORT),
    _person("Pet", "pet"),
    _place("Home", "home"),
    _place("GP practice", "health"),
    _place("Gym", "leisure"),
    _place("Church", "faith"),
    _place("Mosque", "faith"),
    _place("Café", "shop or café"),
    _place("Library", "community"),
    _place("Park", "leisure"),
    _place("College", "education or work"),
    _place("Work", "education or work"),
    _activity("Gardening", "hobby"),
    _activity("Volunteering", "community"),
    _activity("Football", "sport"),
    _activity("Walking group", "exercise"),
    _activity("Art group", "creative"),
    _activity("Choir", "creative"),
)
