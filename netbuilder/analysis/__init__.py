"""Figures and plain-English readings of a wellbeing network (networkx; no Qt, no I/O).

``summarise`` one map version, ``compare`` two versions of one client's map, and
turn either into sentences a client understands (``plain_english``,
``describe_changes``). The study's reference figures live in ``reference``.
"""

from .compare import CountDelta, MapComparison, NodeMove, compare
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
