"""Read a local services directory from a CSV file (for example one kept in Excel).

The file has a header row naming its columns, in any order and any case:
``name`` (required), ``type``, ``contact``, ``address`` and ``notes``. It is
UTF-8 text, with or without a byte order mark ("CSV UTF-8" in Excel), at most
``MAX_CSV_BYTES`` long and ``MAX_CSV_ROWS`` services. Blank rows are skipped.

Rows are numbered as a spreadsheet numbers them: the header is row 1, so the
first service is row 2. A problem in a row becomes one line,
``"services.csv: row 7: name: is empty"`` (several faults in one row share its
line, separated by ``;``).

The import is all or nothing: when any row is bad, ``ServicesCsvError`` lists
every bad row and no service is taken, so a person fixes the file and imports
it again rather than finding out later which rows went missing.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from netbuilder.model.directory import Service

from .safety import (
    MAX_FIELD_CHARS,
    FileFormatError,
    check_size,
    read_capped,
    shown_name,
    too_long,
)

COLUMNS = ("name", "type", "contact", "address", "notes")
REQUIRED = ("name",)
MAX_CSV_BYTES = 2 * 1024 * 1024
MAX_CSV_ROWS = 5000
MAX_SHOWN_PROBLEMS = 50


class ServicesCsvError(FileFormatError):
    """A services file that cannot be imported; ``problems`` has one line per bad row."""

    def __init__(self, file: str | os.PathLike[str], problems: Sequence[str],
                 count: int | None = None) -> None:
        self.problems = list(problems)
        count = len(self.problems) if count is None else count
        fault = f"{count} row{'s' if count != 1 else ''} cannot be imported; nothing was imported"
        super().__init__(file, "", fault)


@dataclass(frozen=True)
class ServiceRow:
    """One good row: the service it describes and the row number it came from."""

    row: int
    service: Service


def load_services_csv(path: str | os.PathLike[str]) -> list[ServiceRow]:
    """Every service in the file, or ``FileFormatError`` (``ServicesCsvError`` for bad rows)."""
    target = Path(path)
    try:
        size = target.stat().st_size
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        raise FileFormatError(target, "", f"cannot be read ({reason})") from None
    if size > MAX_CSV_BYTES:
        raise _too_big(target, size)
    return parse_services_csv(read_capped(target), target.name)


def parse_services_csv(data: bytes, file: str = "services.csv") -> list[ServiceRow]:
    """The services in CSV bytes; ``file`` names the file in messages."""
    if len(data) > MAX_CSV_BYTES:
        raise _too_big(file, len(data))
    check_size(data, file)
    text = _decode(data, file)
    records = _records(text, file)
    header = next(records, None)
    if header is None:
        raise FileFormatError(file, "", "the file is empty")
    columns = _columns(header, file)
    good: list[ServiceRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for row_number, cells in records:
        if not cells or not any(cell.strip() for cell in cells):
            continue
        if len(good) + len(problems) >= MAX_CSV_ROWS:
            raise FileFormatError(file, "", f"more than {MAX_CSV_ROWS} services in one file")
        _check_cell_sizes(cells, columns, f"row {row_number}", file)
        faults, service = _row(cells, columns)
        if service is not None:
            first = seen.get(service.key)
            if first is not None:
                faults.append(f"name: {service.name[:40]!r} is already on row {first}")
            else:
                seen[service.key] = row_number
        if faults:
            problems.append(f"{shown_name(file)}: row {row_number}: {'; '.join(faults)}")
        elif service is not None:
            good.append(ServiceRow(row_number, service))
    if problems:
        shown = problems[:MAX_SHOWN_PROBLEMS]
        if len(problems) > MAX_SHOWN_PROBLEMS:
            shown.append(f"… and {len(problems) - MAX_SHOWN_PROBLEMS} more rows")
        raise ServicesCsvError(file, shown, len(problems))
    if not good:
        raise FileFormatError(file, "", "the header is there but no service follows it")
    return good


def _too_big(file: str | os.PathLike[str], size: int) -> FileFormatError:
    limit = MAX_CSV_BYTES // 2**20
    return FileFormatError(file, "", f"larger than the {limit} MB limit ({size:,} bytes)")


def _decode(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileFormatError(
            file, "", f"is not UTF-8 text (line {line}): save it as \"CSV UTF-8\" and try again"
        ) from None


def _records(text: str, file: str) -> Iterator[tuple[int, list[str]]]:
    """(spreadsheet row number, cells) for each record; a quoted cell may span lines."""
    if "\x00" in text:
        raise FileFormatError(file, "", "is not a CSV text file (it holds NUL characters)")
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel", strict=True)
    row = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise too_long(file, f"row {row + 1}", None) from None
            raise FileFormatError(file, f"row {row + 1}", f"is not valid CSV ({error})") from None
        row += 1
        yield row, cells


def _check_cell_sizes(cells: list[str], columns: list[str], row: str, file: str) -> None:
    """Refuse the file if any cell is over ``MAX_FIELD_CHARS``, naming row and column."""
    for i, cell in enumerate(cells):
        if len(cell) > MAX_FIELD_CHARS:
            column = columns[i] if i < len(columns) else f"cell {i + 1}"
            raise too_long(file, f"{row}: {column}", len(cell))


def _columns(header: tuple[int, list[str]], file: str) -> list[str]:
    _check_cell_sizes(header[1], [], "header", file)
    names = [" ".join(cell.split()).casefold() for cell in header[1]]
    while names and not names[-1]:
        names.pop()
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        raise FileFormatError(
            file, "header",
            f"unknown column {unknown[0][:40]!r}: the columns are {', '.join(COLUMNS)}",
        )
    for name in COLUMNS:
        if names.count(name) > 1:
            raise FileFormatError(file, "header", f"the column {name!r} is there twice")
    for name in REQUIRED:
        if name not in names:
            raise FileFormatError(
                file, "header",
                f"no {name!r} column: the first row must name the columns "
                f"({', '.join(COLUMNS)})",
            )
    return names


def _row(cells: list[str], columns: list[str]) -> tuple[list[str], Service | None]:
    end = len(cells)
    while end > len(columns) and not cells[end - 1].strip():
        end -= 1  # spreadsheets pad rows with empty cells
    cells = cells[:end]
    if len(cells) > len(columns):
        return [f"has {len(cells)} cells but the header names {len(columns)} columns"], None
    values: dict[str, Any] = {name: cell for name, cell in zip(columns, cells, strict=False)}
    values.setdefault("name", "")
    try:
        return [], Service.model_validate(values)
    except ValidationError as error:
        return _faults(error), None


def _faults(error: ValidationError) -> list[str]:
    faults = []
    for item in error.errors(include_url=False, include_input=False):
        field = str(item["loc"][0]) if item["loc"] else ""
        ctx = item.get("ctx") or {}
        kind = item["type"]
        if kind == "string_too_short":
            fault = "is empty"
        elif kind == "string_too_long":
            fault = f"is longer than {ctx.get('max_length')} characters"
        else:
            fault = str(item["msg"])
        faults.append(f"{field}: {fault}" if field else fault)
    return faults


__all__ = [
    "COLUMNS",
    "MAX_CSV_BYTES",
    "MAX_CSV_ROWS",
    "ServiceRow",
    "ServicesCsvError",
    "load_services_csv",
    "parse_services_csv",
]
