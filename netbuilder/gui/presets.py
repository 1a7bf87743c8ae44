"""The palette's presets and the drag-and-drop payload that carries one."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
        return QCoreApplication.translate("Presets", self.label)  # i18n: marked in PRESETS

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
    NodeKind.PERSON: _person(QT_TRANSLATE_NOOP("Presets", "New person"), "other"),
    NodeKind.PLACE: _place(QT_TRANSLATE_NOOP("Presets", "New place"), "other"),
    NodeKind.ACTIVITY: _activity(QT_TRANSLATE_NOOP("Presets", "New activity")),
}

PRESETS: tuple[Preset, ...] = (
    _person(QT_TRANSLATE_NOOP("Presets", "Mum"), "family"),
    _person(QT_TRANSLATE_NOOP("Presets", "Dad"), "family"),
    _person(QT_TRANSLATE_NOOP("Presets", "Partner"), "partner"),
    _person(QT_TRANSLATE_NOOP("Presets", "Friend"), "friend"),
    _person(QT_TRANSLATE_NOOP("Presets", "Neighbour"), "neighbour"),
    _person(QT_TRANSLATE_NOOP("Presets", "Peer"), "peer"),
    _person(QT_TRANSLATE_NOOP("Presets", "GP"), "practitioner", Profession.GP),
    _person(QT_TRANSLATE_NOOP("Presets", "CPN"), "practitioner", Profession.CPN),
    _person(QT_TRANSLATE_NOOP("Presets", "Support worker"),
            "practitioner", Profession.SUPPORT_WORKER),
    _person(QT_TRANSLATE_NOOP("Presets", "Peer support worker"),
            "practitioner", Profession.PEER_SUPPORT),
    _person(QT_TRANSLATE_NOOP("Presets", "Pet"), "pet"),
    _place(QT_TRANSLATE_NOOP("Presets", "Home"), "home"),
    _place(QT_TRANSLATE_NOOP("Presets", "GP practice"), "health"),
    _place(QT_TRANSLATE_NOOP("Presets", "Gym"), "leisure"),
    _place(QT_TRANSLATE_NOOP("Presets", "Church"), "faith"),
    _place(QT_TRANSLATE_NOOP("Presets", "Mosque"), "faith"),
    _place(QT_TRANSLATE_NOOP("Presets", "Café"), "shop or café"),
    _place(QT_TRANSLATE_NOOP("Presets", "Library"), "community"),
    _place(QT_TRANSLATE_NOOP("Presets", "Park"), "leisure"),
    _place(QT_TRANSLATE_NOOP("Presets", "College"), "education or work"),
    _place(QT_TRANSLATE_NOOP("Presets", "Work"), "education or work"),
    _activity(QT_TRANSLATE_NOOP("Presets", "Gardening"), "hobby"),
    _activity(QT_TRANSLATE_NOOP("Presets", "Volunteering"), "community"),
    _activity(QT_TRANSLATE_NOOP("Presets", "Football"), "sport"),
    _activity(QT_TRANSLATE_NOOP("Presets", "Walking group"), "exercise"),
    _activity(QT_TRANSLATE_NOOP("Presets", "Art group"), "creative"),
    _activity(QT_TRANSLATE_NOOP("Presets", "Choir"), "creative"),
)
