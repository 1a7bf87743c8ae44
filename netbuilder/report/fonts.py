"""The fonts every report draws with: DejaVu Sans from ``resources/fonts``, embedded.

reportlab's built-in Helvetica is neither embedded nor able to print most names our
users have, so the report registers DejaVu Sans (regular and bold) as TrueType fonts
once per process and never names a base-14 font. ``clean`` makes any user text safe to
draw: control characters become spaces and characters the font has no glyph for become
U+FFFD, so nothing is silently dropped or drawn as an empty box.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from netbuilder.resources import resource_path

from . import rtl

REGULAR = "NetBuilderSans"
BOLD = "NetBuilderSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
REPLACEMENT = "\ufffd"

_lock = threading.Lock()
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_SPACES = re.compile(r"\s+")


def ensure_fonts() -> None:
    """Register the shipped fonts with reportlab (once; safe from several threads)."""
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, file_name in _FILES.items():
            if name not in registered:
                path = resource_path("fonts", file_name)
                pdfmetrics.registerFont(TTFont(name, str(path)))


def font_name(bold: bool) -> str:
    return BOLD if bold else REGULAR


@cache
def _glyphs() -> frozenset[int]:
    ensure_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(regular) & frozenset(bold)


def has_glyph(char: str) -> bool:
    return ord(char) in _glyphs()


@lru_cache(maxsize=8192)
def _cleaned(text: str) -> str:
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = rtl.shape(text)
    glyphs = _glyphs()
    if all(ord(c) in glyphs or c == "\n" for c in text):
        return text
    return "".join(c if ord(c) in glyphs or c == "\n" else REPLACEMENT for c in text)


def clean(text: str) -> str:
    """User text ready to measure and draw (paragraph breaks kept as newlines)."""
    return _cleaned(text)


def one_line(text: str) -> str:
    """``clean`` text with every run of white space (newlines too) made one space."""
    return _SPACES.sub(" ", clean(text)).strip()


@cache
def _advances(bold: bool) -> tuple[dict[int, float], float]:
    """Advance widths (per 1000 units of size) by code point, and the default."""
    ensure_fonts()
    face = pdfmetrics.getFont(font_name(bold)).face
    return dict(face.charWidths), float(face.defaultWidth)


@lru_cache(maxsize=32768)
def _units(text: str, bold: bool) -> float:
    advances, default = _advances(bold)
    return sum(advances.get(ord(c), default) for c in text)


def width(text: str, size: float, bold: bool = False) -> float:
    """The width of already-cleaned text in points (the embedded font's own metrics)."""
    return _units(text, bold) * size / 1000.0
