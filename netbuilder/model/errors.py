"""One clear message per fault: which field, what is wrong."""

from __future__ import annotations

from pydantic import ValidationError


class ModelError(ValueError):
    """An edit or a document breaks a rule of the model."""


def field_path(loc: tuple[int | str, ...]) -> str:
    """('nodes', 3, 'ring') -> 'nodes[3].ring'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part and not str(part).startswith(("function-", "tagged-union")):
            out += f".{part}" if out else str(part)
    return out


def describe(error: ValidationError) -> str:
    """The first fault of a validation error as 'field: message'."""
    first = error.errors(include_url=False, include_input=False)[0]
    path = field_path(tuple(first["loc"]))
    message = str(first["msg"]).removeprefix("Value error, ")
    more = error.error_count() - 1
    suffix = f" (and {more} more)" if more > 0 else ""
    return f"{path}: {message}{suffix}" if path else f"{message}{suffix}"
