"""The vocabulary's words as a person reads them, marked for translation.

The model's values (``netbuilder.model.vocab``) are en_GB and Qt-free, and stored as they
are; here each form the GUI shows is written out once as a literal, so that lupdate
extracts it into the "Vocabulary" context where ``word`` and ``fields.vocabulary`` look it
up. A test checks that every value of the vocabulary is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from netbuilder.model import Role

LABELS: tuple[str, ...] = (
    # NodeKind
    QT_TRANSLATE_NOOP("Vocabulary", "Person"),
    QT_TRANSLATE_NOOP("Vocabulary", "Place"),
    QT_TRANSLATE_NOOP("Vocabulary", "Activity"),
    # PersonCategory
    QT_TRANSLATE_NOOP("Vocabulary", "Family"),
    QT_TRANSLATE_NOOP("Vocabulary", "Partner"),
    QT_TRANSLATE_NOOP("Vocabulary", "Friend"),
    QT_TRANSLATE_NOOP("Vocabulary", "Neighbour"),
    QT_TRANSLATE_NOOP("Vocabulary", "Peer"),
    QT_TRANSLATE_NOOP("Vocabulary", "Practitioner"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pet"),
    QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    # PlaceCategory
    QT_TRANSLATE_NOOP("Vocabulary", "Home"),
    QT_TRANSLATE_NOOP("Vocabulary", "Health"),
    QT_TRANSLATE_NOOP("Vocabulary", "Leisure"),
    QT_TRANSLATE_NOOP("Vocabulary", "Faith"),
    QT_TRANSLATE_NOOP("Vocabulary", "Education or work"),
    QT_TRANSLATE_NOOP("Vocabulary", "Community"),
    QT_TRANSLATE_NOOP("Vocabulary", "Shop or café"),
    # Effect
    QT_TRANSLATE_NOOP("Vocabulary", "Positive"),
    QT_TRANSLATE_NOOP("Vocabulary", "Neutral"),
    QT_TRANSLATE_NOOP("Vocabulary", "Negative"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mixed"),
    # Frequency
    QT_TRANSLATE_NOOP("Vocabulary", "Daily"),
    QT_TRANSLATE_NOOP("Vocabulary", "Weekly"),
    QT_TRANSLATE_NOOP("Vocabulary", "Monthly"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rarely"),
    # Wants
    QT_TRANSLATE_NOOP("Vocabulary", "More"),
    QT_TRANSLATE_NOOP("Vocabulary", "Same"),
    QT_TRANSLATE_NOOP("Vocabulary", "Less"),
    # Role
    QT_TRANSLATE_NOOP("Vocabulary", "Bridge builder"),
    QT_TRANSLATE_NOOP("Vocabulary", "Skill builder"),
    QT_TRANSLATE_NOOP("Vocabulary", "Motivator"),
    QT_TRANSLATE_NOOP("Vocabulary", "Navigator"),
    QT_TRANSLATE_NOOP("Vocabulary", "Co-pilot"),
    QT_TRANSLATE_NOOP("Vocabulary", "Network member"),
    # Profession
    QT_TRANSLATE_NOOP("Vocabulary", "GP"),
    QT_TRANSLATE_NOOP("Vocabulary", "Psychiatrist"),
    QT_TRANSLATE_NOOP("Vocabulary", "Care coordinator / CPN"),
    QT_TRANSLATE_NOOP("Vocabulary", "Voluntary-sector worker"),
    QT_TRANSLATE_NOOP("Vocabulary", "Peer support worker"),
    QT_TRANSLATE_NOOP("Vocabulary", "Social worker"),
    QT_TRANSLATE_NOOP("Vocabulary", "Occupational therapist"),
    QT_TRANSLATE_NOOP("Vocabulary", "Support worker"),
    # LinkKind
    QT_TRANSLATE_NOOP("Vocabulary", "Knows"),
    QT_TRANSLATE_NOOP("Vocabulary", "Access supported by"),
    QT_TRANSLATE_NOOP("Vocabulary", "Access through"),
    QT_TRANSLATE_NOOP("Vocabulary", "Conflict"),
    # GoalTheme
    QT_TRANSLATE_NOOP("Vocabulary", "Employment and training"),
    QT_TRANSLATE_NOOP("Vocabulary", "Physical health and wellbeing"),
    QT_TRANSLATE_NOOP("Vocabulary", "Social isolation and loneliness"),
    QT_TRANSLATE_NOOP("Vocabulary", "Social support"),
    QT_TRANSLATE_NOOP("Vocabulary", "Activity-based programmes"),
    # GoalStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    QT_TRANSLATE_NOOP("Vocabulary", "Achieved"),
    QT_TRANSLATE_NOOP("Vocabulary", "Stopped"),
    # ReferralStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Suggested"),
    QT_TRANSLATE_NOOP("Vocabulary", "Made"),
    QT_TRANSLATE_NOOP("Vocabulary", "Taken up"),
    QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
    QT_TRANSLATE_NOOP("Vocabulary", "Not taken up"),
)
"""Each value on its own, capitalised ('Shop or café'): combo items, list columns."""

WORDS: tuple[str, ...] = (
    # PersonCategory
    QT_TRANSLATE_NOOP("Vocabulary", "family"),
    QT_TRANSLATE_NOOP("Vocabulary", "partner"),
    QT_TRANSLATE_NOOP("Vocabulary", "friend"),
    QT_TRANSLATE_NOOP("Vocabulary", "neighbour"),
    QT_TRANSLATE_NOOP("Vocabulary", "peer"),
    QT_TRANSLATE_NOOP("Vocabulary", "practitioner"),
    QT_TRANSLATE_NOOP("Vocabulary", "pet"),
    QT_TRANSLATE_NOOP("Vocabulary", "other"),
    # PlaceCategory
    QT_TRANSLATE_NOOP("Vocabulary", "home"),
    QT_TRANSLATE_NOOP("Vocabulary", "health"),
    QT_TRANSLATE_NOOP("Vocabulary", "leisure"),
    QT_TRANSLATE_NOOP("Vocabulary", "faith"),
    QT_TRANSLATE_NOOP("Vocabulary", "education or work"),
    QT_TRANSLATE_NOOP("Vocabulary", "community"),
    QT_TRANSLATE_NOOP("Vocabulary", "shop or café"),
    # Effect
    QT_TRANSLATE_NOOP("Vocabulary", "positive"),
    QT_TRANSLATE_NOOP("Vocabulary", "neutral"),
    QT_TRANSLATE_NOOP("Vocabulary", "negative"),
    QT_TRANSLATE_NOOP("Vocabulary", "mixed"),
    # Frequency
    QT_TRANSLATE_NOOP("Vocabulary", "daily"),
    QT_TRANSLATE_NOOP("Vocabulary", "weekly"),
    QT_TRANSLATE_NOOP("Vocabulary", "monthly"),
    QT_TRANSLATE_NOOP("Vocabulary", "rarely"),
    # Wants
    QT_TRANSLATE_NOOP("Vocabulary", "more"),
    QT_TRANSLATE_NOOP("Vocabulary", "same"),
    QT_TRANSLATE_NOOP("Vocabulary", "less"),
    # Role
    QT_TRANSLATE_NOOP("Vocabulary", "bridge builder"),
    QT_TRANSLATE_NOOP("Vocabulary", "skill builder"),
    QT_TRANSLATE_NOOP("Vocabulary", "motivator"),
    QT_TRANSLATE_NOOP("Vocabulary", "navigator"),
    QT_TRANSLATE_NOOP("Vocabulary", "co-pilot"),
    QT_TRANSLATE_NOOP("Vocabulary", "network member"),
    # Profession
    QT_TRANSLATE_NOOP("Vocabulary", "GP"),
    QT_TRANSLATE_NOOP("Vocabulary", "psychiatrist"),
    QT_TRANSLATE_NOOP("Vocabulary", "care coordinator / CPN"),
    QT_TRANSLATE_NOOP("Vocabulary", "voluntary-sector worker"),
    QT_TRANSLATE_NOOP("Vocabulary", "peer support worker"),
    QT_TRANSLATE_NOOP("Vocabulary", "social worker"),
    QT_TRANSLATE_NOOP("Vocabulary", "occupational therapist"),
    QT_TRANSLATE_NOOP("Vocabulary", "support worker"),
    # LinkKind
    QT_TRANSLATE_NOOP("Vocabulary", "knows"),
    QT_TRANSLATE_NOOP("Vocabulary", "access supported by"),
    QT_TRANSLATE_NOOP("Vocabulary", "access through"),
    QT_TRANSLATE_NOOP("Vocabulary", "conflict"),
)
"""Each value in the middle of a sentence ('shop or café'): tooltips, the legend."""

ROLE_MEANINGS: dict[Role, str] = {
    Role.BRIDGE_BUILDER: QT_TRANSLATE_NOOP(
        "Vocabulary",
        "connects the client to a place, group or service: refers, signposts, introduces"),
    Role.SKILL_BUILDER: QT_TRANSLATE_NOOP(
        "Vocabulary", "builds the client's skills and confidence to make and keep connections"),
    Role.MOTIVATOR: QT_TRANSLATE_NOOP(
        "Vocabulary", "encourages, keeps momentum, helps the client take the first step"),
    Role.NAVIGATOR: QT_TRANSLATE_NOOP(
        "Vocabulary", "helps find a way through services and systems"),
    Role.CO_PILOT: QT_TRANSLATE_NOOP(
        "Vocabulary", "goes alongside: attends with the client, does it together at first"),
    Role.NETWORK_MEMBER: QT_TRANSLATE_NOOP(
        "Vocabulary", "is part of the network in their own right, a source of friendship"),
}
"""The same meanings as ``netbuilder.model.ROLE_MEANINGS``, marked for translation."""


def word(value: str) -> str:
    """A vocabulary value as shown mid-sentence, translated (the stored value is not)."""
    return QCoreApplication.translate("Vocabulary", value)  # i18n: marked in WORDS


def role_meaning(role: Role) -> str:
    """What the role means, one line, translated."""
    return QCoreApplication.translate(
        "Vocabulary", ROLE_MEANINGS[role])  # i18n: marked in ROLE_MEANINGS
