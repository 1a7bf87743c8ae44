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
    ``seq`` is the version's place in the order of adding (the clear ``maps.seq``),
    sealed so that a change to the clear column is detected; None only in summaries
    written before data version 3 (migration 3 seals it into every summary).
    """

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    label: str
    date: dt.date
    facts: StoredFacts | None = None
    seq: int | None = None


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


def seal_summary(cipher: Cipher, network: NetworkMap, seq: int) -> bytes:
    facts = caseload_facts(network)
    stored = StoredFacts(updated_at=facts.updated_at, open_goals=facts.open_goals,
                         review_dates=facts.review_dates, follow_up_dates=facts.follow_up_dates)
    summary = MapSummary(label=network.label, date=network.date, facts=stored, seq=seq)
    return _seal(cipher, summary, context("maps", "summary", network.id))


def reseal_summary(cipher: Cipher, row_id: str, summary: MapSummary, seq: int) -> bytes:
    """``summary`` sealed again with ``seq`` in it (migration 3)."""
    return _seal(cipher, summary.model_copy(update={"seq": seq}),
                 context("maps", "summary", row_id))


def open_summary(cipher: Cipher, row_id: str, blob: bytes, seq: object = None) -> MapSummary:
    """The summary of map ``row_id``, whose clear ``maps.seq`` is ``seq``: ``StoreCorrupt``
    if the sealed number differs (a summary written before it was sealed has None)."""
    summary = _open(cipher, MapSummary, blob, context("maps", "summary", row_id))
    if summary.seq is not None and (type(seq) is not int or summary.seq != seq):
        raise StoreCorrupt(
            "A stored map version is out of its place: the data file was altered."
        )
    return summary


def open_client_row(cipher: Cipher, row_id: object, archived: object, blob: object) -> Client:
    """A client from its row, checking the clear ``archived`` flag against the sealed one
    (a changed flag would silently move the client in or out of the caseload)."""
    if not isinstance(row_id, str) or not isinstance(blob, bytes):
        raise StoreCorrupt("A stored client row is damaged: the data file was altered.")
    client = open_client(cipher, row_id, blob)
    if type(archived) is not int or archived != int(client.archived):
        raise StoreCorrupt(
            "A stored client's archived flag does not match its record: "
            "the data file was altered."
        )
    return client


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
