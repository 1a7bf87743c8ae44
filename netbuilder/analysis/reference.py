"""Reference figures from the study (Pinfold et al., shared/reference/study-poster.txt).

Shown beside a client's own figures as context, never as a target: a network is
not better for being bigger.
"""

from __future__ import annotations

from typing import Final

STUDY_PARTICIPANTS: Final = 150
"""People with severe mental illness whose networks were mapped."""

STUDY_MEAN_CONTACTS: Final = 19.9
"""Mean number of social contacts (people) across those networks."""

STUDY_PRACTITIONER_INNER_SHARE: Final = 0.23
"""Share of networks with a practitioner in the inner circle of emotional closeness."""

WORKED_EXAMPLE_CONTACTS: Final = 5
"""Social contacts in the study's worked example (figure 1): a small network."""

WORKED_EXAMPLE_HOME_SHARE: Final = 75
"""Percent of the week the worked example's client spent at home alone."""


def study_reference() -> dict[str, float | int]:
    """The study's figures as plain values, keyed as in ``NetworkSummary.to_dict()``."""
    return {
        "participants": STUDY_PARTICIPANTS,
        "mean_contacts": STUDY_MEAN_CONTACTS,
        "practitioner_inner_share": STUDY_PRACTITIONER_INNER_SHARE,
    }
