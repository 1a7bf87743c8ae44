"""NetBuilder: draw, plan and review a client's wellbeing network."""

__version__ = "0.1.0"
