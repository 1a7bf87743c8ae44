"""One client's whole record for a subject access request (UK GDPR), in one action.

Three files go into a folder the user chose: the NetBuilder JSON file with every
version of the map (the complete record), the full-record PDF of the current version
(the readable copy, with what changed since the version before and a list of all the
versions) and a short README.txt that says what the two are. The names carry the
client's random id prefix and the date, never their name: file names end up in
recent-files lists, backups and logs.

Everything is rendered in memory first, then each file is written atomically; an
existing file is never replaced (``-2``, ``-3``... is added instead), and if one write
fails the files already written by this call are removed, so nothing half-made stays.
"""

from __future__ import annotations

import contextlib
import errno
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from netbuilder.model import ClientRecord
from netbuilder.store.errors import StoreError
from netbuilder.store.formats.atomic import atomic_write_bytes
from netbuilder.store.formats.json_file import dump_record
from netbuilder.store.formats.safety import FileFormatError

from .plan import previous_version
from .record import render_full_record
from .style import Paper

if TYPE_CHECKING:
    from netbuilder.store.db import Store

STEM = "netbuilder-record"
ID_DIGITS = 8  # of the client's random id: enough to tell records apart, nothing personal
MAX_COPIES = 999

README = """\
NetBuilder: a copy of the record held about one person
========================================================

Made on {day} in answer to a subject access request (UK GDPR): a copy of
everything NetBuilder holds about this person.

{json}
    The complete record, in NetBuilder's file format (JSON text, which any
    text editor opens): the person's details and every version of their
    wellbeing network map ({versions}), with all the people, places and
    activities, the links between them, goals, referrals and notes.

{pdf}
    The same record to read and print: the current version of the map in
    full, with what changed since the version before it (if there is one)
    and a list of all the versions. Earlier versions are given in full in the JSON file.

These files are NOT encrypted. Send them only by a secure route (for
example encrypted email or a secure file transfer), and delete them from
this computer once they have been sent.
"""


def export_subject_access(
    store: Store, client_id: UUID, folder: str | os.PathLike[str], *,
    paper: Paper = "a4", today: date | None = None,
) -> list[Path]:
    """Write the client's whole record into ``folder``: the JSON file, the PDF and a
    README.txt, in that order; returns their paths. Raises ``StoreError`` (the client
    cannot be read), ``FileFormatError`` (text that cannot be written) or ``OSError``."""
    target = Path(folder)
    if not target.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(target))
    record = store.get_record(client_id)
    when = today or date.today()
    paths = free_names(target, stem_for(client_id, when))
    contents = record_files(record, when, paths[0].name, paths[1].name, paper=paper,
                            practitioner=_practitioner(store))
    return _write_all(list(zip(paths, contents, strict=True)))


def stem_for(client_id: UUID, day: date) -> str:
    """``netbuilder-record-1a2b3c4d-2026-11-26``: the id's first digits and the date."""
    return f"{STEM}-{client_id.hex[:ID_DIGITS]}-{day.isoformat()}"


def names_for(stem: str) -> tuple[str, str, str]:
    return f"{stem}.json", f"{stem}.pdf", f"{stem}-README.txt"


def free_names(folder: Path, stem: str) -> list[Path]:
    """The three paths for ``stem``, or for ``stem-2``, ``stem-3``... if any of the three
    is taken: an earlier export is never overwritten."""
    for copy in range(1, MAX_COPIES + 1):
        candidate = stem if copy == 1 else f"{stem}-{copy}"
        paths = [folder / name for name in names_for(candidate)]
        if not any(os.path.lexists(p) for p in paths):
            return paths
    raise FileExistsError(errno.EEXIST, f"{MAX_COPIES} exports of this record are already there")


def record_files(
    record: ClientRecord, day: date, json_name: str, pdf_name: str, *, paper: Paper = "a4",
    practitioner: str | None = None,
) -> tuple[bytes, bytes, bytes]:
    """The bytes of the JSON file, the PDF and the README (which names the other two)."""
    network = record.current_map
    pdf = render_full_record(
        record.client, network, previous_version(record, network), versions=record.maps,
        paper=paper, practitioner=practitioner, today=day,
    )
    readme = README.format(day=day.isoformat(), json=json_name, pdf=pdf_name,
                           versions=_versions(len(record.maps)))
    return _json_bytes(record, json_name), pdf, readme.encode("utf-8")


def _json_bytes(record: ClientRecord, name: str) -> bytes:
    try:
        return dump_record(record, versions="all").encode("utf-8")
    except UnicodeEncodeError:
        raise FileFormatError(
            name, "", "some text is not valid Unicode; nothing was written") from None


def _versions(n: int) -> str:
    return "1 version" if n == 1 else f"{n} versions"


def _practitioner(store: Store) -> str | None:
    """The practitioner's own name from Preferences, for the PDF's header, if set."""
    try:
        return store.get_profile().name.strip() or None
    except StoreError:
        return None


def _write_all(files: list[tuple[Path, bytes]]) -> list[Path]:
    """Write each file atomically; on a failure remove the ones this call wrote."""
    written: list[Path] = []
    try:
        for path, data in files:
            written.append(atomic_write_bytes(path, data))
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return written
