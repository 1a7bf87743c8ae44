"""The practitioner's own data beside the client maps: local services and their profile.

A ``Service`` is one entry of the local services directory (a gym on
prescription, a walking group, a debt advice service): what a referral names
and what "Add to map" turns into a place or activity node. A
``PractitionerProfile`` is the user's name, profession and team, set once and
used as the default "by whom" of a referral. Both are strict, frozen and
capped like the map's models, and both live only in the encrypted store.
"""

from __future__ import annotations

import re
import uuid
from typing import Annotated

from pydantic import Field, StringConstraints

from .entities import Strict
from .vocab import NodeKind, PlaceCategory, Profession


def _text(max_length: int, min_length: int = 0) -> object:
    return StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length)


SERVICE_NAME_MAX = 200  # a referral's service is a Label (200 characters)
SERVICE_TYPE_MAX = 80
SERVICE_CONTACT_MAX = 200
SERVICE_ADDRESS_MAX = 400
SERVICE_NOTES_MAX = 2000
PROFILE_TEXT_MAX = 120
MAX_SERVICES = 5000


class Service(Strict):
    """One local service, group or organisation that clients can be referred to."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    name: Annotated[str, _text(SERVICE_NAME_MAX, 1)]
    type: Annotated[str, _text(SERVICE_TYPE_MAX)] = ""
    contact: Annotated[str, _text(SERVICE_CONTACT_MAX)] = ""
    address: Annotated[str, _text(SERVICE_ADDRESS_MAX)] = ""
    notes: Annotated[str, _text(SERVICE_NOTES_MAX)] = ""

    @property
    def key(self) -> str:
        """The name as compared when matching (case and spacing ignored)."""
        return name_key(self.name)


class PractitionerProfile(Strict):
    """The user of this store: the default "by whom" of their referrals."""

    name: Annotated[str, _text(PROFILE_TEXT_MAX)] = ""
    profession: Profession | None = None
    team: Annotated[str, _text(PROFILE_TEXT_MAX)] = ""


def name_key(name: str) -> str:
    """A service name folded for matching: 'Gym  on Prescription ' == 'gym on prescription'."""
    return " ".join(name.split()).casefold()


def find_service(services: list[Service] | tuple[Service, ...], name: str) -> Service | None:
    """The service called ``name`` (case and spacing ignored), if the directory has one."""
    key = name_key(name)
    if not key:
        return None
    return next((s for s in services if s.key == key), None)


# What a service becomes on the map ------------------------------------------------

_ACTIVITY_WORDS = re.compile(
    r"\b(group|club|class|classes|course|walk|walking|choir|volunteer\w*|activity|"
    r"activities|sport|football|gardening|allotment|art|craft|programme)\b",
    re.IGNORECASE,
)

_PLACE_CATEGORY_WORDS: tuple[tuple[PlaceCategory, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern, re.IGNORECASE))
    for category, pattern in (
        (PlaceCategory.HEALTH, r"\b(gp|surgery|clinic|health|nhs|hospital|pharmacy|dental)\b"),
        (PlaceCategory.LEISURE, r"\b(gym|leisure|pool|swim\w*|sport\w*|fitness|park)\b"),
        (PlaceCategory.FAITH, r"\b(church|mosque|temple|synagogue|gurdwara|faith|chapel)\b"),
        (PlaceCategory.EDUCATION_OR_WORK,
         r"\b(college|school|employment|job\w*|work|training|education|university)\b"),
        (PlaceCategory.SHOP_OR_CAFE, r"\b(caf[eé]|shop|market)\b"),
        (PlaceCategory.COMMUNITY,
         r"\b(community|library|advice|centre|center|hub|charity|housing|citizens)\b"),
    )
)


def suggested_kind(service: Service) -> NodeKind:
    """Place or activity for a service added to the map, guessed from its type and name."""
    text = f"{service.type} {service.name}"
    return NodeKind.ACTIVITY if _ACTIVITY_WORDS.search(text) else NodeKind.PLACE


def suggested_place_category(service: Service) -> str:
    """The place category a service's type and name suggest ("other" when nothing fits)."""
    for text in (service.type, service.name):
        for category, pattern in _PLACE_CATEGORY_WORDS:
            if pattern.search(text):
                return category.value
    return PlaceCategory.OTHER.value


__all__ = [
    "MAX_SERVICES",
    "PractitionerProfile",
    "Service",
    "find_service",
    "name_key",
    "suggested_kind",
    "suggested_place_category",
]
