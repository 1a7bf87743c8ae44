"""What lists show: small frozen values built from the store's rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from netbuilder.analysis.caseload import CaseloadFacts
from netbuilder.model import Client


@dataclass(frozen=True)
class ClientSummary:
    """A row of the client list: the client, their current map's label and date, and
    what the caseload shows of it (``facts``: last update, reviews, open goals)."""

    client: Client
    current_map_id: UUID
    current_label: str
    current_date: dt.date
    n_versions: int
    facts: CaseloadFacts | None = None


@dataclass(frozen=True)
class VersionInfo:
    """One dated version of a client's map, as a version list shows it."""

    id: UUID
    label: str
    date: dt.date
    is_current: bool
