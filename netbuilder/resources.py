"""Find files in resources/ and forms/ from a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def _roots() -> list[Path]:
    here = Path(__file__).resolve().parent
    roots = [here / "_data", here.parent]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.insert(0, Path(bundle))
    return roots


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts>``; raises FileNotFoundError naming it."""
    return _find("resources", parts)


def form_path(name: str) -> Path:
    return _find("forms", (name,))


def form_names() -> list[str]:
    """The names of the Designer forms shipped (``forms/*.ui`` without the suffix)."""
    return sorted(path.stem for path in _find("forms", ()).glob("*.ui"))


def _find(top: str, parts: tuple[str, ...]) -> Path:
    for root in _roots():
        candidate = root.joinpath(top, *parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{top}/{'/'.join(parts)} is missing from this installation")
