"""What the crash harness checks after each SIGKILL (no Qt): see ``reliability.crash``."""

from __future__ import annotations

import csv
import hashlib
import io
import time
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from netbuilder.model.demo import build_demo
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError, WrongPassphrase
from netbuilder.store.formats import load_graphml, load_json
from netbuilder.store.formats.csv_export import LINK_COLUMNS, NODE_COLUMNS
from netbuilder.store.paths import DB_NAME
from reliability.crash import (
    EXPORT_KINDS,
    HARNESS_KDF,
    MAX_TEMPS_PER_WRITE,
    PASSPHRASES,
    Expected,
    Figures,
    export_paths,
    integrity,
    map_digest,
    stray_temps,
)


def set_up(work: Path) -> tuple[UUID, Expected]:
    """A new store holding the study's worked example; what is expected of it."""
    for folder in ("exports", "backups", "logs"):
        (work / folder).mkdir(parents=True, exist_ok=True)
    record = build_demo()
    with Store.create(work / "data", PASSPHRASES[0], kdf=HARNESS_KDF) as store:
        store.add_record(record)
        digest = map_digest(store.current_map(record.client.id))
    return record.client.id, Expected(digest)


@dataclass
class Acks:
    """What one child said before it was killed."""

    opened: str | None = None
    committed: str | None = None
    committed_count: int = 0
    in_flight: str | None = None
    passphrase_changes: int = 0
    passphrase_in_flight: int | None = None
    exports: dict[str, str] = field(default_factory=dict)  # file name -> sha256
    export_in_flight: str | None = None
    exported: bool = False
    backed_up: bool = False

    @classmethod
    def read(cls, lines: list[str], expected: Expected) -> Acks:
        acks = cls()
        for line in lines:
            acks._take(line.split(), expected)
        return acks

    def _take(self, words: list[str], expected: Expected) -> None:
        match words:
            case ["opened", digest]:
                self.opened = digest
            case ["begin", _, digest]:
                self.in_flight = digest
            case ["committed", _, digest]:
                self.committed, self.in_flight = digest, None
                self.committed_count += 1
            case ["pass-begin", new]:
                self.passphrase_in_flight = int(new)
            case ["pass", new]:
                expected.passphrase, self.passphrase_in_flight = int(new), None
                self.passphrase_changes += 1
            case ["export-begin", kind]:
                self.export_in_flight = kind
            case ["export", kind, *shas]:
                for path, sha in zip(export_paths(kind, Path()), shas, strict=True):
                    self.exports[path.name] = sha
                self.export_in_flight, self.exported = None, True
            case ["backup", _]:
                self.backed_up = True


def check_after_kill(work: Path, client_id: UUID, expected: Expected, lines: list[str],
                     temps_before: set[Path], figures: Figures) -> None:
    acks = Acks.read(lines, expected)
    figures.acked_edits += acks.committed_count
    figures.passphrase_changes += acks.passphrase_changes
    figures.killed_mid_save += acks.in_flight is not None
    figures.killed_mid_export += acks.export_in_flight is not None
    _check_opened(acks, expected, figures)
    if acks.committed is not None:
        expected.digest = acks.committed
    status = integrity(work / "data" / DB_NAME)
    if status != "ok":
        figures.integrity_failures += 1
        figures.problems.append(f"kill {figures.kills}: integrity_check said {status[:80]}")
    _check_store(work, client_id, expected, acks, figures)
    expected.exports.update(acks.exports)
    _check_exports(work / "exports", expected, acks, figures)
    _check_backups(work / "backups", figures)
    _check_temps(work, temps_before, acks, figures)


def _check_opened(acks: Acks, expected: Expected, figures: Figures) -> None:
    if acks.opened is None:
        return  # killed while the window opened the store
    if acks.opened == expected.digest:
        figures.app_opens += 1
    else:
        figures.app_open_failures += 1
        figures.problems.append(f"kill {figures.kills}: the window showed another map")


def _check_store(work: Path, client_id: UUID, expected: Expected, acks: Acks,
                 figures: Figures) -> None:
    store = _open_with_expected_passphrase(work / "data", expected, acks, figures)
    if store is None:
        return
    try:
        stored = map_digest(store.current_map(client_id))
    finally:
        store.close()
    if stored == expected.digest:
        return
    if stored == acks.in_flight:
        figures.in_flight_found += 1
        expected.digest = stored
        return
    figures.lost += 1
    figures.problems.append(f"kill {figures.kills}: the stored map is not the last saved one")
    expected.digest = stored


def _open_with_expected_passphrase(folder: Path, expected: Expected, acks: Acks,
                                   figures: Figures) -> Store | None:
    """Exactly one passphrase opens the store: the acknowledged one, or (killed while
    changing it) either of the two."""
    candidates = [expected.passphrase]
    if acks.passphrase_in_flight is not None:
        figures.killed_mid_change += 1
        candidates.append(acks.passphrase_in_flight)
    opened: list[tuple[int, Store]] = []
    for index in (0, 1):
        started = time.perf_counter()
        try:
            store = Store.open(folder, PASSPHRASES[index])
        except WrongPassphrase:
            continue
        except StoreError as e:
            figures.problems.append(f"kill {figures.kills}: reopen failed: {e}")
            continue
        figures.reopen_s.append(time.perf_counter() - started)
        opened.append((index, store))
    good = len(opened) == 1 and opened[0][0] in candidates
    if not good:
        figures.passphrase_failures += 1
        figures.problems.append(f"kill {figures.kills}: passphrases that open: "
                                f"{[i for i, _ in opened]}, expected one of {candidates}")
        for _, store in opened:
            store.close()
        return None
    expected.passphrase = opened[0][0]
    return opened[0][1]


def _check_exports(folder: Path, expected: Expected, acks: Acks, figures: Figures) -> None:
    for kind in EXPORT_KINDS:
        for path in export_paths(kind, folder):
            fault = _export_fault(path, kind, expected, acks, figures)
            if fault:
                figures.export_failures += 1
                figures.problems.append(f"kill {figures.kills}: {path.name}: {fault}")


def _export_fault(path: Path, kind: str, expected: Expected, acks: Acks,
                  figures: Figures) -> str:
    previous = expected.exports.get(path.name)
    if not path.exists():
        return "" if previous is None else "the previous complete file is gone"
    figures.export_targets_checked += 1
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    if sha == previous:
        return ""
    if acks.export_in_flight != kind:
        return "changed although no export of it was under way"
    try:
        parse_export(path, kind)
    except Exception as e:  # any parse failure is a torn file
        return f"neither the old nor a complete new file ({type(e).__name__})"
    figures.exports_new += 1
    expected.exports[path.name] = sha
    return ""


def parse_export(path: Path, kind: str) -> None:
    """Read an export completely, as a user's tool would; raises if it is torn."""
    if kind == "json":
        load_json(path)
    elif kind == "graphml":
        load_graphml(path)
    elif kind == "csv":
        data = path.read_bytes()
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        columns = NODE_COLUMNS if path.name.endswith("-nodes.csv") else LINK_COLUMNS
        if not data.endswith(b"\n") or tuple(rows[0]) != columns:
            raise ValueError("a CSV table that does not end with a whole row")
        if any(len(row) != len(columns) for row in rows):
            raise ValueError("a CSV row with missing cells")
    else:
        from pypdf import PdfReader

        reader = PdfReader(path, strict=True)
        if not reader.pages or not reader.pages[-1].extract_text():
            raise ValueError("a PDF without its pages")


def _check_backups(folder: Path, figures: Figures) -> None:
    try:
        from netbuilder.store.backup import list_backups
    except ImportError:
        return
    for backup in list_backups(folder):
        figures.backups_checked += 1
        if backup.damaged:
            figures.backup_failures += 1
            figures.problems.append(f"kill {figures.kills}: {backup.path.name} is damaged")


def _check_temps(work: Path, before: set[Path], acks: Acks, figures: Figures) -> None:
    """Only the killed write's temporary files are new; a later write into the same folder
    removed the ones left before."""
    after = stray_temps(work)
    new = after - before
    figures.stray_temps_seen += len(new)
    if len(new) > MAX_TEMPS_PER_WRITE:
        figures.stray_temp_failures += 1
        figures.problems.append(f"kill {figures.kills}: {len(new)} new temporary files")
    cleaned_folders = {"exports"} if acks.exported else set()
    if acks.backed_up:
        cleaned_folders.add("backups")
    left = {p for p in before & after if p.parent.name in cleaned_folders}
    if left:
        figures.stray_temp_failures += 1
        figures.problems.append(f"kill {figures.kills}: {len(left)} old temporary files stayed")
