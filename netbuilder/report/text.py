"""Measured text: wrap to a width, cut to a number of lines with an ellipsis.

Everything here works on text that went through ``fonts.clean`` and measures it with
the embedded font's own widths, so what is measured is what is drawn. Nothing is
ever parsed as markup: the report draws strings, it does not typeset XML.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .fonts import clean, one_line, width

ELLIPSIS = "\u2026"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Font:
    """A size and weight to measure and draw with."""

    size: float
    bold: bool = False

    @property
    def leading(self) -> float:
        return round(self.size * 1.25, 2)

    def width(self, text: str) -> float:
        return width(text, self.size, self.bold)


@dataclass(frozen=True, slots=True)
class Lines:
    """Wrapped text: the lines to draw and whether some of the text was left out."""

    lines: tuple[str, ...]
    cut: bool

    def height(self, font: Font) -> float:
        return len(self.lines) * font.leading


@lru_cache(maxsize=8192)
def wrap(text: str, font: Font, max_width: float, max_lines: int = 1_000) -> Lines:
    """Word-wrap ``text`` (user text, cleaned here) within ``max_width``.

    Paragraph breaks are kept; a word wider than the line is broken between letters.
    When more than ``max_lines`` lines would be needed, the last line shown ends with
    an ellipsis and ``cut`` is True.
    """
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        lines.extend(_wrap_paragraph(" ".join(paragraph.split()), font, max_width))
        if len(lines) > max_lines:
            break
    while lines and not lines[-1] and len(lines) > 1:
        lines.pop()
    if len(lines) <= max_lines:
        return Lines(tuple(lines), cut=False)
    kept = lines[: max(max_lines, 0)]
    if kept:
        kept[-1] = ellipsize(kept[-1], font, max_width, force=True)
    return Lines(tuple(kept), cut=True)


def fit(text: str, font: Font, max_width: float) -> str:
    """``text`` on one line, cut with an ellipsis when it is wider than ``max_width``."""
    return ellipsize(one_line(text), font, max_width)


def ellipsize(line: str, font: Font, max_width: float, force: bool = False) -> str:
    """Cut ``line`` to fit, ending it with an ellipsis (always when ``force``)."""
    if not force and font.width(line) <= max_width:
        return line
    body = line.rstrip()
    budget = max_width - font.width(ELLIPSIS)
    if budget <= 0:
        return ""
    if font.width(body) > budget:
        body = body[: _prefix_within(body, font, budget)].rstrip()
    return body + ELLIPSIS


def _wrap_paragraph(words_text: str, font: Font, max_width: float) -> list[str]:
    if not words_text:
        return [""]
    lines: list[str] = []
    current = ""
    space = font.width(" ")
    current_width = 0.0
    for word in words_text.split(" "):
        w = font.width(word)
        if current and current_width + space + w <= max_width:
            current, current_width = f"{current} {word}", current_width + space + w
            continue
        if current:
            lines.append(current)
        current, current_width = _break_long_word(word, w, font, max_width, lines)
    lines.append(current)
    return lines


def _break_long_word(
    word: str, w: float, font: Font, max_width: float, lines: list[str]
) -> tuple[str, float]:
    """Emit full-width pieces of a word too long for a line; return the remainder."""
    while w > max_width and len(word) > 1:
        cut = max(_prefix_within(word, font, max_width), 1)
        lines.append(word[:cut])
        word = word[cut:]
        w = font.width(word)
    return word, w


def _prefix_within(text: str, font: Font, budget: float) -> int:
    """The longest prefix length of ``text`` whose width is within ``budget``."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if font.width(text[:mid]) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return lo


def day(d: date) -> str:
    """'5 Mar 2025': short, unambiguous, whatever the locale."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def initials(name: str) -> str:
    """'Sam Taylor (example)' -> 'S. T.'; words in brackets are left out."""
    words = [w for w in name.replace("(", " (").split() if not w.startswith("(")]
    letters = [w[0].upper() for w in words if w[0].isalpha()]
    return " ".join(f"{c}." for c in letters[:4]) or "?"
