"""Right-to-left text (Arabic, Hebrew, Urdu...) for a PDF drawn glyph by glyph.

reportlab draws characters in the order it is given them and does not join Arabic
letters, so two small steps happen here, and only for text that has right-to-left
characters at all:

- ``shape`` (before measuring): Arabic letters become their joined presentation forms
  (arabic-reshaper);
- ``visual`` (per wrapped line, just before drawing): the Unicode bidirectional
  algorithm puts the line in visual order and mirrors brackets (python-bidi's
  pure-Python implementation, which mirrors; its newer default does not).

Without those two packages the text is drawn in logical order (``SUPPORTED`` is False).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

_reshape: Callable[[str], str] | None
_display: Callable[[str], str] | None
try:
    import arabic_reshaper  # type: ignore[import-untyped]
    from bidi.algorithm import get_display  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - the packages are dependencies of the project
    _reshape = _display = None
else:
    _reshape = arabic_reshaper.reshape
    _display = get_display

SUPPORTED = _reshape is not None and _display is not None
RTL_SUPPORTED = SUPPORTED  # as the package names it


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Arabic letters in their joined forms; other text unchanged."""
    if _reshape is None or not has_rtl(text):
        return text
    return str(_reshape(text))


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One line in the order its glyphs are drawn from left to right."""
    if _display is None or not has_rtl(line):
        return line
    return str(_display(line))
