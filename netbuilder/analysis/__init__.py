"""Figures and plain-English readings of a wellbeing network (networkx; no Qt, no I/O).

``summarise`` one map version, ``compare`` two versions of one client's map, and
turn either into sentences a client understands (``plain_english``,
``describe_changes``). The study's reference figures live in ``reference``.

The names below load on first use: the store imports the light ``caseload`` module
(the caseload's facts, sealed beside each map), and that must not pull in networkx,
which takes a noticeable part of a second to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netbuilder.lazy import lazy_names

if TYPE_CHECKING:
    from .comparison import CountDelta, MapComparison, NodeMove, compare
    from .graph import GraphMetrics, to_graph
    from .records import NodeRef
    from .reference import (
        STUDY_MEAN_CONTACTS,
        STUDY_PARTICIPANTS,
        STUDY_PRACTITIONER_INNER_SHARE,
        WORKED_EXAMPLE_CONTACTS,
        WORKED_EXAMPLE_HOME_SHARE,
    )
    from .summary import NetworkSummary, summarise
    from .wording import describe_changes, plain_english

_FROM = {
    "STUDY_MEAN_CONTACTS": "reference",
    "STUDY_PARTICIPANTS": "reference",
    "STUDY_PRACTITIONER_INNER_SHARE": "reference",
    "WORKED_EXAMPLE_CONTACTS": "reference",
    "WORKED_EXAMPLE_HOME_SHARE": "reference",
    "CountDelta": "comparison",
    "GraphMetrics": "graph",
    "MapComparison": "comparison",
    "NetworkSummary": "summary",
    "NodeMove": "comparison",
    "NodeRef": "records",
    "compare": "comparison",
    "describe_changes": "wording",
    "plain_english": "wording",
    "summarise": "summary",
    "to_graph": "graph",
}


__getattr__, __dir__ = lazy_names(__name__, globals(), _FROM)


__all__ = [
    "STUDY_MEAN_CONTACTS",
    "STUDY_PARTICIPANTS",
    "STUDY_PRACTITIONER_INNER_SHARE",
    "WORKED_EXAMPLE_CONTACTS",
    "WORKED_EXAMPLE_HOME_SHARE",
    "CountDelta",
    "GraphMetrics",
    "MapComparison",
    "NetworkSummary",
    "NodeMove",
    "NodeRef",
    "compare",
    "describe_changes",
    "plain_english",
    "summarise",
    "to_graph",
]
