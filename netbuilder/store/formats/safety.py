"""Limits and one-line errors for files that come from outside the app.

Every fault in a file becomes a ``FileFormatError`` whose text is one line,
``"<file name>: <field>: <fault>"``: no traceback, no path to the folder, and
never more than a short, truncated quote of what the file contained.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from pydantic import ValidationError

from netbuilder.model.errors import field_path

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_NODES = 5000
MAX_QUOTE = 40
MAX_FAULT = 300

_PATH_PREFIX = re.compile(
    r"^([A-Za-z_]\w*(?:\[\d+\])*(?:\.[A-Za-z_]\w*(?:\[\d+\])*)*): (.+)$", re.DOTALL
)


class FileFormatError(ValueError):
    """A file NetBuilder cannot read, said in one line that names the file and field."""

    def __init__(self, file: str | os.PathLike[str], field: str, fault: str) -> None:
        self.file = Path(file).name
        self.field = field
        self.fault = one_line(fault)
        super().__init__(self.file, self.field, self.fault)

    def __str__(self) -> str:
        return ": ".join(part for part in (self.file, self.field, self.fault) if part)


def one_line(text: str, limit: int = MAX_FAULT) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def quote(value: object, limit: int = MAX_QUOTE) -> str:
    """A short quoted form of a value from the file, safe to show in a message."""
    text = value if isinstance(value, str) else str(value)
    return repr(text if len(text) <= limit else text[:limit] + "…")


def too_big(file: str | os.PathLike[str], size: int) -> FileFormatError:
    return FileFormatError(
        file, "", f"larger than the {MAX_FILE_BYTES // 2**20} MB limit ({size:,} bytes)"
    )


def check_size(data: bytes, file: str | os.PathLike[str]) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise too_big(file, len(data))
    if not data.strip():
        raise FileFormatError(file, "", "the file is empty")


def read_capped(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file, refusing one larger than ``MAX_FILE_BYTES`` before reading it."""
    target = Path(path)
    try:
        with target.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise too_big(target, size)
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        raise FileFormatError(target, "", f"cannot be read ({reason})") from None
    if len(data) > MAX_FILE_BYTES:
        raise too_big(target, len(data))
    return data


def model_fault(error: ValidationError) -> tuple[str, str]:
    """The first fault of a model validation error as (field path, fault)."""
    errors = error.errors(include_url=False, include_input=False, include_context=False)
    first = errors[0]
    path = field_path(tuple(first["loc"]))
    fault = str(first["msg"]).removeprefix("Value error, ")
    inner = _PATH_PREFIX.match(fault)
    if inner:
        path = f"{path}.{inner[1]}" if path else inner[1]
        fault = inner[2]
    more = sum(1 for e in errors[1:] if not _holds(e["loc"], first["loc"]))
    if more > 0:
        fault += f" (and {more} more)"
    return path, fault


def _holds(outer: tuple[int | str, ...], inner: tuple[int | str, ...]) -> bool:
    """True for a container's error (e.g. 'too short') caused by a bad item inside it."""
    return len(outer) < len(inner) and inner[: len(outer)] == outer


def from_validation(file: str | os.PathLike[str], error: ValidationError) -> FileFormatError:
    return FileFormatError(file, *model_fault(error))
