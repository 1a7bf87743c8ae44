"""Pick the reader or writer from a file's suffix."""

from __future__ import annotations

import os
from pathlib import Path

from netbuilder.model.entities import ClientRecord

from .csv_export import write_csv
from .graphml import write_graphml
from .graphml_read import load_graphml
from .json_file import load_json, write_json
from .safety import FileFormatError

READABLE = (".json", ".graphml")
WRITABLE = (".json", ".graphml", ".csv")


def load_any(path: str | os.PathLike[str]) -> ClientRecord:
    """Read a .json or .graphml file as a client record."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".json":
        return load_json(target)
    if suffix == ".graphml":
        return load_graphml(target)
    if suffix == ".csv":
        fault = "CSV is an export for analysis and cannot be imported: open the .json file"
        raise FileFormatError(target, "", fault)
    raise FileFormatError(target, "", f"unknown file type: NetBuilder reads {_names(READABLE)}")


def export_any(path: str | os.PathLike[str], record: ClientRecord) -> list[Path]:
    """Write .json (all versions), .graphml (current version) or .csv (two tables).

    Returns the paths written: one, or two for CSV.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".json":
        return [write_json(target, record)]
    if suffix == ".graphml":
        return [write_graphml(target, record)]
    if suffix == ".csv":
        return write_csv(target, record)
    raise FileFormatError(target, "", f"unknown file type: NetBuilder writes {_names(WRITABLE)}")


def _names(suffixes: tuple[str, ...]) -> str:
    return ", ".join(suffixes[:-1]) + " or " + suffixes[-1]
