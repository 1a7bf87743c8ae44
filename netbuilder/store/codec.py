"""Models to sealed payloads and back, each bound to its table, column and row id."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict, ValidationError

from netbuilder.analysis.caseload import CaseloadFacts, caseload_facts
from netbuilder.model import Client, NetworkMap

from .crypto import Cipher
from .errors import StoreCorrupt

M = TypeVar("M", bound=BaseModel)


class StoredFacts(BaseModel):
    """``analysis.caseload.CaseloadFacts`` as sealed in a map's summary."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    updated_at: dt.datetime
    open_goals: int
    review_dates: tuple[dt.date, ...] = ()
    follow_up_dates: tuple[dt.date, ...] = ()

    def to_facts(self) -> CaseloadFacts:
        return CaseloadFacts(self.updated_at, self.open_goals, self.review_dates,
                             self.follow_up_dates)


class MapSummary(BaseModel):
    """What a version list and the caseload show, sealed apart from the (larger) map.

    ``facts`` is None in summaries written before the caseload showed them: the
    caseload then works them out from the map itself (``queries.client_summaries``).
    """

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    label: str
    date: dt.date
    facts: StoredFacts | None = None


def context(table: str, column: str, row_id: UUID | str) -> str:
    return f"{table}.{column}:{row_id}"


def seal_client(cipher: Cipher, client: Client) -> bytes:
    return _seal(cipher, client, context("clients", "payload", client.id))


def open_client(cipher: Cipher, row_id: str, blob: bytes) -> Client:
    client = _open(cipher, Client, blob, context("clients", "payload", row_id))
    if str(client.id) != row_id:
        raise StoreCorrupt("A stored client does not match its row: the data file was altered.")
    return client


def seal_map(cipher: Cipher, network: NetworkMap) -> bytes:
    return _seal(cipher, network, context("maps", "payload", network.id))


def open_map(cipher: Cipher, row_id: str, client_id: str, blob: bytes) -> NetworkMap:
    network = _open(cipher, NetworkMap, blob, context("maps", "payload", row_id))
    if str(network.id) != row_id or str(network.client_id) != client_id:
        raise StoreCorrupt("A stored map does not match its row: the data file was altered.")
    return network


def seal_summary(cipher: Cipher, network: NetworkMap) -> bytes:
    facts = caseload_facts(network)
    stored = StoredFacts(updated_at=facts.updated_at, open_goals=facts.open_goals,
                         review_dates=facts.review_dates, follow_up_dates=facts.follow_up_dates)
    summary = MapSummary(label=network.label, date=network.date, facts=stored)
    return _seal(cipher, summary, context("maps", "summary", network.id))


def open_summary(cipher: Cipher, row_id: str, blob: bytes) -> MapSummary:
    return _open(cipher, MapSummary, blob, context("maps", "summary", row_id))


def _seal(cipher: Cipher, model: BaseModel, where: str) -> bytes:
    return cipher.seal(model.model_dump_json().encode("utf-8"), where)


def _open(cipher: Cipher, model: type[M], blob: object, where: str) -> M:
    if not isinstance(blob, bytes):
        raise StoreCorrupt(f"A stored record is damaged ({where.split(':')[0]}).")
    plain = cipher.open(blob, where)
    try:
        return model.model_validate_json(plain)
    except ValidationError:
        # from None: the validation error quotes the decrypted (client) text
        raise StoreCorrupt(
            f"A stored record could not be read ({where.split(':')[0]}): "
            "it may come from an incompatible version."
        ) from None
