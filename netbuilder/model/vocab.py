"""The product's vocabulary (DOMAIN.md) as closed sets of values."""

from __future__ import annotations

from enum import StrEnum


class NodeKind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    ACTIVITY = "activity"


class PersonCategory(StrEnum):
    FAMILY = "family"
    PARTNER = "partner"
    FRIEND = "friend"
    NEIGHBOUR = "neighbour"
    PEER = "peer"
    PRACTITIONER = "practitioner"
    PET = "pet"
    OTHER = "other"


class PlaceCategory(StrEnum):
    HOME = "home"
    HEALTH = "health"
    LEISURE = "leisure"
    FAITH = "faith"
    EDUCATION_OR_WORK = "education or work"
    COMMUNITY = "community"
    SHOP_OR_CAFE = "shop or café"
    OTHER = "other"


class Effect(StrEnum):
    """How a connection affects the client's wellbeing."""

    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    MIXED = "mixed"


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    RARELY = "rarely"


class Wants(StrEnum):
    MORE = "more"
    SAME = "same"
    LESS = "less"


class Role(StrEnum):
    """The six roles practitioners play in a wellbeing network (the study)."""

    BRIDGE_BUILDER = "bridge builder"
    SKILL_BUILDER = "skill builder"
    MOTIVATOR = "motivator"
    NAVIGATOR = "navigator"
    CO_PILOT = "co-pilot"
    NETWORK_MEMBER = "network member"


ROLE_MEANINGS: dict[Role, str] = {
    Role.BRIDGE_BUILDER: (
        "connects the client to a place, group or service: refers, signposts, introduces"
    ),
    Role.SKILL_BUILDER: "builds the client's skills and confidence to make and keep connections",
    Role.MOTIVATOR: "encourages, keeps momentum, helps the client take the first step",
    Role.NAVIGATOR: "helps find a way through services and systems",
    Role.CO_PILOT: "goes alongside: attends with the client, does it together at first",
    Role.NETWORK_MEMBER: "is part of the network in their own right, a source of friendship",
}


class Profession(StrEnum):
    GP = "GP"
    PSYCHIATRIST = "psychiatrist"
    CPN = "care coordinator / CPN"
    VOLUNTARY_SECTOR = "voluntary-sector worker"
    PEER_SUPPORT = "peer support worker"
    SOCIAL_WORKER = "social worker"
    OCCUPATIONAL_THERAPIST = "occupational therapist"
    SUPPORT_WORKER = "support worker"
    OTHER = "other"


class LinkKind(StrEnum):
    KNOWS = "knows"
    ACCESS_SUPPORTED_BY = "access supported by"
    ACCESS_THROUGH = "access through"
    CONFLICT = "conflict"
    OTHER = "other"


class GoalTheme(StrEnum):
    """The five themes the study names, and other."""

    EMPLOYMENT_TRAINING = "employment and training"
    PHYSICAL_HEALTH = "physical health and wellbeing"
    ISOLATION_LONELINESS = "social isolation and loneliness"
    SOCIAL_SUPPORT = "social support"
    ACTIVITY_PROGRAMMES = "activity-based programmes"
    OTHER = "other"


class GoalStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    STOPPED = "stopped"


class ReferralStatus(StrEnum):
    SUGGESTED = "suggested"
    MADE = "made"
    TAKEN_UP = "taken up"
    DECLINED = "declined"
    NOT_TAKEN_UP = "not taken up"


DEFAULT_RING_LABELS: tuple[str, ...] = ("Very close", "Close", "Less close")
MAX_RINGS = 9
