"""The printed network plan and the full record, drawn with reportlab (no Qt).

``render_plan`` returns the one-page plan as PDF bytes and ``write_plan`` saves it
atomically; ``build_plan`` also reports what the page had to leave out.
``render_full_record`` and ``write_full_record`` do the same for the full record: every
connection, link, goal and referral, on as many pages as it takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netbuilder.lazy import lazy_names

if TYPE_CHECKING:
    from .plan import RenderedPlan, build_plan, previous_version, render_plan, write_plan
    from .record import render_full_record, write_full_record
    from .rtl import RTL_SUPPORTED
    from .style import Paper

# loaded on first use: importing a light part (``style``'s Paper) must not load reportlab
_FROM = {
    "RTL_SUPPORTED": "rtl",
    "Paper": "style",
    "RenderedPlan": "plan",
    "build_plan": "plan",
    "previous_version": "plan",
    "render_full_record": "record",
    "render_plan": "plan",
    "write_full_record": "record",
    "write_plan": "plan",
}

__getattr__, __dir__ = lazy_names(__name__, globals(), _FROM)


__all__ = [
    "RTL_SUPPORTED",
    "Paper",
    "RenderedPlan",
    "build_plan",
    "previous_version",
    "render_full_record",
    "render_plan",
    "write_full_record",
    "write_plan",
]
