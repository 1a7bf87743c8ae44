"""What the map looks like: fonts are there, and the demo map renders to a real picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFontDatabase, QImage

from netbuilder.gui.canvas import style
from netbuilder.gui.canvas.view import MapView
from netbuilder.gui.fonts import ensure_fonts

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def test_the_shipped_font_is_available(qapp: object) -> None:
    assert ensure_fonts() == "DejaVu Sans"
    assert "DejaVu Sans" in QFontDatabase.families()
    assert style.font(11).family() == "DejaVu Sans"


def _colours(image: QImage, step: int = 3) -> tuple[set[int], float]:
    colours: set[int] = set()
    inked = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            total += 1
            inked += rgb != 0xFFFFFF
    return colours, inked / total


def _near(colours: set[int], colour: QColor, tolerance: int = 6) -> bool:
    r, g, b = colour.red(), colour.green(), colour.blue()
    return any(
        abs((c >> 16) - r) <= tolerance
        and abs((c >> 8 & 255) - g) <= tolerance
        and abs((c & 255) - b) <= tolerance
        for c in colours
    )


def test_the_demo_map_renders_to_a_png(view: MapView) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "canvas-demo.png"
    view.map_scene.set_client_name("Sam Taylor (example)")
    assert view.render_png(path, QSize(1600, 1100))
    image = QImage(str(path))
    assert image.size() == QSize(1600, 1100)
    colours, inked = _colours(image)
    assert len(colours) > 200, "antialiased shapes, text and rings give many colours"
    assert inked > 0.3, "the rings and nodes cover much of the picture"
    for kind_colour in style.KIND_FILL.values():
        assert _near(colours, kind_colour), f"no {kind_colour.name()} shape drawn"


def test_a_selected_node_and_the_view_paint_without_warnings(view: MapView) -> None:
    view.select_ids(["cpn", "l-gp-gym"])
    image = view.grab().toImage()
    assert len(_colours(image, 5)[0]) > 50
