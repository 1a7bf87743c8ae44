"""Limits and one-line errors for files that come from outside the app.

Every fault in a file becomes a ``FileFormatError`` whose text is one line,
``"<file name>: <field>: <fault>"``: no traceback, no path to the folder, and
never more than a short, truncated quote of what the file contained.

The caps hold for every importer: ``MAX_FILE_BYTES`` (checked before parsing),
``MAX_NODES`` and the other item counts, and ``MAX_FIELD_CHARS`` for any string
anywhere in a file, even one the model would not keep (an unknown key, a
GraphML attribute of another tool, a CSV cell). The model's own caps for the
fields it knows are lower.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from netbuilder.model.errors import field_path

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FIELD_CHARS = 10_000
MAX_NODES = 5000
MAX_QUOTE = 40
MAX_FAULT = 300
MAX_FIELD = 80
MAX_FILE_NAME = 120

_PATH_PREFIX = re.compile(
    r"^([A-Za-z_]\w*(?:\[\d+\])*(?:\.[A-Za-z_]\w*(?:\[\d+\])*)*): (.+)$", re.DOTALL
)


class FileFormatError(ValueError):
    """A file NetBuilder cannot read, said in one line that names the file and field."""

    def __init__(self, file: str | os.PathLike[str], field: str, fault: str) -> None:
        self.file = shown_name(file)
        self.field = one_line(field, MAX_FIELD)
        self.fault = one_line(fault)
        super().__init__(self.file, self.field, self.fault)

    def __str__(self) -> str:
        return ": ".join(part for part in (self.file, self.field, self.fault) if part)


def one_line(text: str, limit: int = MAX_FAULT) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def shown_name(file: str | os.PathLike[str]) -> str:
    """A file's name as a message shows it: no folder, no control characters, cut short."""
    name = "".join("?" if ord(c) < 32 or c == "\x7f" else c for c in Path(file).name)
    return name if len(name) <= MAX_FILE_NAME else name[: MAX_FILE_NAME - 1] + "…"


def too_long(file: str | os.PathLike[str], field: str, length: int | None) -> FileFormatError:
    """A string over ``MAX_FIELD_CHARS``: its length may be told, never its text."""
    fault = f"longer than the {MAX_FIELD_CHARS:,}-character limit for one field"
    if length is not None:
        fault += f" ({length:,} characters)"
    return FileFormatError(file, field, fault)


def too_many(file: str | os.PathLike[str], field: str, count: int, what: str,
             limit: int, where: str = "a map") -> FileFormatError:
    return FileFormatError(file, field, f"{count} {what}; {where} holds at most {limit}")


def check_strings(document: object, file: str | os.PathLike[str], root: str = "") -> None:
    """Refuse a parsed JSON document holding a key or string over ``MAX_FIELD_CHARS``.

    Walks without recursion, so any depth the parser allowed is fine here; the
    path to the string is worked out only when there is one to name.
    """
    if _has_long_string(document):
        path, length, is_key = _long_string_path(document)
        field = _joined(root, path)
        if is_key:
            raise FileFormatError(file, field, f"a key is {too_long(file, '', length).fault}")
        raise too_long(file, field, length)


def _has_long_string(document: object) -> bool:
    if isinstance(document, str):
        return len(document) > MAX_FIELD_CHARS
    stack = [document] if isinstance(document, dict | list) else []
    while stack:
        container = stack.pop()
        children: Iterable[object] = container
        if isinstance(container, dict):
            if any(len(key) > MAX_FIELD_CHARS for key in container):
                return True
            children = container.values()
        for child in children:
            if isinstance(child, str):
                if len(child) > MAX_FIELD_CHARS:
                    return True
            elif isinstance(child, dict | list):
                stack.append(child)
    return False


def _long_string_path(document: object) -> tuple[tuple[int | str, ...], int, bool]:
    """(path, length, whether it is a key) of the first string over the cap."""
    stack: list[tuple[tuple[int | str, ...], object]] = [((), document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            return path, len(value), False
        for key, child in _items(value):
            if isinstance(key, str) and len(key) > MAX_FIELD_CHARS:
                return path, len(key), True
            stack.append(((*path, key), child))
    return (), 0, False


def _items(value: object) -> Iterable[tuple[int | str, object]]:
    if isinstance(value, dict):
        return value.items()
    return enumerate(value) if isinstance(value, list) else ()


def _joined(root: str, path: tuple[int | str, ...]) -> str:
    inner = field_path(path)
    if not root or not inner:
        return root or inner
    return f"{root}{inner}" if inner.startswith("[") else f"{root}.{inner}"


def quote(value: object, limit: int = MAX_QUOTE) -> str:
    """A short quoted form of a value from the file, safe to show in a message."""
    if isinstance(value, dict | list | tuple):
        return "an object" if isinstance(value, dict) else "a list"
    try:
        text = value if isinstance(value, str) else str(value)
    except ValueError:  # an int with more digits than Python will print
        return "a very long number"
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
