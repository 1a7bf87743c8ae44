"""The wellbeing-network instrument as strict, immutable pydantic models.

Collections are tuples and every model is frozen, so a map value never changes
under a reader's feet: edit operations (``ops``) return a new map.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .nhs import looks_like_nhs_number, nhs_check_digit_ok
from .vocab import (
    DEFAULT_RING_LABELS,
    MAX_RINGS,
    Effect,
    Frequency,
    GoalStatus,
    GoalTheme,
    LinkKind,
    NodeKind,
    PersonCategory,
    PlaceCategory,
    Profession,
    ReferralStatus,
    Role,
    Wants,
)

CalendarDate = date  # field types inside models that also have a field named `date`


def _text(max_length: int, min_length: int = 0) -> object:
    return StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length)


Name = Annotated[str, _text(120, 1)]
Label = Annotated[str, _text(200, 1)]
ShortText = Annotated[str, _text(200)]
LongText = Annotated[str, _text(2000)]
GoalText = Annotated[str, _text(1000, 1)]
RingLabel = Annotated[str, _text(40, 1)]
ItemId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]
Angle = Annotated[float, Field(ge=0.0, lt=360.0, allow_inf_nan=False)]
Percent = Annotated[int, Field(ge=0, le=100)]

FORMAT_NAME = "netbuilder"
FORMAT_VERSION = 1


def new_id(prefix: str) -> str:
    """A short unique id for an item inside one map (node, link, goal, referral)."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Node(Strict):
    """A person, place or activity on the map, placed by ring and angle."""

    id: ItemId
    kind: NodeKind
    label: Label
    category: Annotated[str, _text(60)] = "other"
    ring: Annotated[int, Field(ge=1, le=MAX_RINGS)] = 1
    angle: Angle = 0.0
    effect: Effect = Effect.NEUTRAL
    frequency: Frequency | None = None
    share_of_week: Percent | None = None
    wants: Wants | None = None
    notes: LongText = ""
    profession: Profession | None = None
    roles: tuple[Role, ...] = ()

    @model_validator(mode="after")
    def _check_category_and_roles(self) -> Self:
        allowed = _CATEGORIES.get(self.kind)
        if allowed is not None and self.category not in allowed:
            raise ValueError(
                f"category {self.category!r} is not a {self.kind.value} category "
                f"(one of: {', '.join(sorted(allowed))})"
            )
        if not self.is_practitioner and (self.roles or self.profession is not None):
            raise ValueError(
                "only practitioners (person, category practitioner) have roles or a profession"
            )
        if len(set(self.roles)) != len(self.roles):
            raise ValueError("a role is listed twice")
        return self

    @property
    def is_practitioner(self) -> bool:
        return self.kind is NodeKind.PERSON and self.category == PersonCategory.PRACTITIONER.value


_CATEGORIES: dict[NodeKind, frozenset[str]] = {
    NodeKind.PERSON: frozenset(c.value for c in PersonCategory),
    NodeKind.PLACE: frozenset(c.value for c in PlaceCategory),
}


class Link(Strict):
    """A relation between two nodes; direction matters for access links."""

    id: ItemId
    source: ItemId
    target: ItemId
    kind: LinkKind = LinkKind.KNOWS
    note: ShortText = ""

    @model_validator(mode="after")
    def _no_self_link(self) -> Self:
        if self.source == self.target:
            raise ValueError("a link joins two different nodes")
        return self


class Supporter(Strict):
    """A practitioner node and the role they play for one goal."""

    node_id: ItemId
    role: Role


class NextStep(Strict):
    text: Label
    done: bool = False


class Goal(Strict):
    """A network goal in the client's own words."""

    id: ItemId
    text: GoalText
    theme: GoalTheme = GoalTheme.OTHER
    node_ids: tuple[ItemId, ...] = ()
    supporters: tuple[Supporter, ...] = ()
    next_steps: tuple[NextStep, ...] = Field(default=(), max_length=50)
    status: GoalStatus = GoalStatus.PLANNED
    review_date: date | None = None


class Referral(Strict):
    """A signposting or referral to a service, and what became of it."""

    id: ItemId
    service: Label
    by_whom: ShortText = ""
    date: CalendarDate
    reason: LongText = ""
    status: ReferralStatus = ReferralStatus.SUGGESTED
    follow_up: CalendarDate | None = None
    outcome: LongText = ""
    node_id: ItemId | None = None
    goal_id: ItemId | None = None


class NetworkMap(Strict):
    """One dated version of a client's map: rings, nodes, links, goals, referrals."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    client_id: uuid.UUID
    label: Annotated[str, _text(80, 1)] = "baseline"
    date: CalendarDate
    ring_labels: tuple[RingLabel, ...] = Field(
        default=DEFAULT_RING_LABELS, min_length=1, max_length=MAX_RINGS
    )
    nodes: tuple[Node, ...] = Field(default=(), max_length=5000)
    links: tuple[Link, ...] = Field(default=(), max_length=20000)
    goals: tuple[Goal, ...] = Field(default=(), max_length=500)
    referrals: tuple[Referral, ...] = Field(default=(), max_length=500)
    what_matters: Annotated[str, _text(4000)] = ""
    based_on: uuid.UUID | None = None
    updated_at: datetime = Field(default_factory=utc_now)

    @property
    def rings(self) -> int:
        return len(self.ring_labels)

    @model_validator(mode="after")
    def _check_integrity(self) -> Self:
        from .integrity import integrity_problems

        problems = integrity_problems(self)
        if problems:
            raise ValueError(problems[0])
        return self

    def node(self, node_id: str) -> Node:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)


class Client(Strict):
    """The person whose network it is."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    display_name: Name
    local_ref: Annotated[str, _text(40)] = ""
    date_of_birth: date | None = None
    archived: bool = False
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)

    @model_validator(mode="after")
    def _check_nhs_number(self) -> Self:
        if looks_like_nhs_number(self.local_ref) and not nhs_check_digit_ok(self.local_ref):
            # the number itself stays out of the message: it identifies the client
            raise ValueError("local_ref looks like an NHS number but its check digit is wrong")
        if self.date_of_birth is not None and self.date_of_birth > date.today():
            raise ValueError("date_of_birth is in the future")
        return self


class ClientRecord(Strict):
    """One client with map versions: the interchange file's content."""

    format: Annotated[str, StringConstraints(pattern=f"^{FORMAT_NAME}$")] = FORMAT_NAME
    version: Annotated[int, Field(ge=1, le=FORMAT_VERSION)] = FORMAT_VERSION
    client: Client
    maps: tuple[NetworkMap, ...] = Field(min_length=1, max_length=200)
    current_map_id: uuid.UUID

    @model_validator(mode="after")
    def _check_maps(self) -> Self:
        ids = [m.id for m in self.maps]
        if len(set(ids)) != len(ids):
            raise ValueError("maps: two versions share an id")
        if self.current_map_id not in ids:
            raise ValueError("current_map_id names no map in this file")
        for m in self.maps:
            if m.client_id != self.client.id:
                raise ValueError(f"maps: version {m.label!r} belongs to another client")
        return self

    @property
    def current_map(self) -> NetworkMap:
        return next(m for m in self.maps if m.id == self.current_map_id)
