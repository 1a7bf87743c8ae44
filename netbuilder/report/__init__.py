"""The printed network plan and the full record, drawn with reportlab (no Qt).

``render_plan`` returns the one-page plan as PDF bytes and ``write_plan`` saves it
atomically; ``build_plan`` also reports what the page had to leave out.
"""

from .plan import RenderedPlan, build_plan, previous_version, render_plan, write_plan
from .rtl import SUPPORTED as RTL_SUPPORTED
from .style import Paper

__all__ = [
    "RTL_SUPPORTED",
    "Paper",
    "RenderedPlan",
    "build_plan",
    "previous_version",
    "render_plan",
    "write_plan",
]
