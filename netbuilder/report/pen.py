"""The only thing that puts ink on the page: a thin wrapper round a reportlab canvas.

Every string goes through ``Pen.text``, which refuses any size below ``MIN_FONT_PT``
and keeps the smallest size it drew (``smallest``), so "nothing below 7 pt" is
enforced while drawing and checked by the tests. Text is drawn with ``drawString``:
it is never parsed as markup, so a label such as ``<b>`` or ``A & B`` prints as typed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from . import rtl
from .fonts import font_name
from .text import Font

MIN_FONT_PT = 7.0

Anchor = Literal["start", "middle", "end"]

# Okabe-Ito (safe for the common colour-blindnesses), as the canvas uses them
ORANGE, SKY_BLUE, GREEN = HexColor("#E69F00"), HexColor("#56B4E9"), HexColor("#009E73")
YELLOW, BLUE, VERMILLION = HexColor("#F0E442"), HexColor("#0072B2"), HexColor("#D55E00")
PURPLE = HexColor("#AA4499")
INK, SOFT_INK, MUTED = HexColor("#1E1E1E"), HexColor("#4A5560"), HexColor("#6B7680")
RULE, PANEL, PAPER = HexColor("#B8C2CC"), HexColor("#F2F5F8"), HexColor("#FFFFFF")
RING_FILLS = (HexColor("#E4EAF0"), HexColor("#EDF1F5"), HexColor("#F5F7FA"))
CLIENT_FILL, CLIENT_EDGE = HexColor("#FFF2CC"), HexColor("#9C7A1E")


class Pen:
    """Draws on one canvas and remembers the smallest text it drew."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.smallest = math.inf
        self.strings = 0
        self._font: tuple[str, float] | None = None
        self._fill: Color | None = None
        self._stroke: tuple[Color, float] | None = None
        self._forms: set[str] = set()

    def _forget(self) -> None:
        self._font = self._fill = self._stroke = None

    def stamp(
        self, name: str, x: float, y: float, reach: float, draw: Callable[[Pen], None]
    ) -> None:
        """Draw a small figure centred on (x, y): drawn once per document as a PDF form
        (``draw`` paints it round the origin within ``reach``), then only placed."""
        c = self.canvas
        if name not in self._forms:
            c.beginForm(name, -reach, -reach, reach, reach)
            self._forget()
            draw(self)
            c.endForm()
            self._forget()
            self._forms.add(name)
        c.saveState()
        c.translate(x, y)
        c.doForm(name)
        c.restoreState()

    # state ---------------------------------------------------------------

    def fill(self, colour: Color) -> None:
        if colour is not self._fill:
            self.canvas.setFillColor(colour)
            self._fill = colour

    def stroke(self, colour: Color, line_width: float = 0.5) -> None:
        if self._stroke != (colour, line_width):
            self.canvas.setStrokeColor(colour)
            self.canvas.setLineWidth(line_width)
            self._stroke = (colour, line_width)

    def dash(self, pattern: tuple[float, ...] = ()) -> None:
        self.canvas.setDash(list(pattern) if pattern else [], 0)

    def alpha(self, value: float) -> None:
        self.canvas.setFillAlpha(value)

    # text ----------------------------------------------------------------

    def text(
        self,
        x: float,
        y: float,
        line: str,
        font: Font,
        colour: Color = INK,
        anchor: Anchor = "start",
    ) -> None:
        """One line of already-fitted text with its baseline at ``y``."""
        if font.size < MIN_FONT_PT:
            raise ValueError(f"text below {MIN_FONT_PT} pt: {font.size} pt")
        if not line:
            return
        self.smallest = min(self.smallest, font.size)
        self.strings += 1
        key = (font_name(font.bold), font.size)
        if key != self._font:
            self.canvas.setFont(*key)
            self._font = key
        self.fill(colour)
        shown = rtl.visual(line)
        if anchor == "start":
            self.canvas.drawString(x, y, shown)
        elif anchor == "middle":
            self.canvas.drawCentredString(x, y, shown)
        else:
            self.canvas.drawRightString(x, y, shown)

    def lines(
        self, x: float, top: float, lines: tuple[str, ...], font: Font, colour: Color = INK
    ) -> float:
        """Lines from ``top`` downwards; returns the height used."""
        baseline = top - font.size * 0.93
        for line in lines:
            self.text(x, baseline, line, font, colour)
            baseline -= font.leading
        return len(lines) * font.leading

    # shapes --------------------------------------------------------------

    def rule(self, x0: float, y: float, x1: float, colour: Color = RULE, w: float = 0.5) -> None:
        self.stroke(colour, w)
        self.canvas.line(x0, y, x1, y)

    def circle(self, x: float, y: float, r: float, fill: bool = True, stroke: bool = True) -> None:
        self.canvas.circle(x, y, r, stroke=int(stroke), fill=int(fill))

    def rect(
        self, x: float, y: float, w: float, h: float, radius: float = 0.0,
        fill: bool = True, stroke: bool = False,
    ) -> None:
        if radius > 0:
            self.canvas.roundRect(x, y, w, h, radius, stroke=int(stroke), fill=int(fill))
        else:
            self.canvas.rect(x, y, w, h, stroke=int(stroke), fill=int(fill))

    def polygon(
        self, points: list[tuple[float, float]], fill: bool = True, stroke: bool = True
    ) -> None:
        path = self.canvas.beginPath()
        path.moveTo(*points[0])
        for p in points[1:]:
            path.lineTo(*p)
        path.close()
        self.canvas.drawPath(path, stroke=int(stroke), fill=int(fill))

    def segment(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.canvas.line(x0, y0, x1, y1)
