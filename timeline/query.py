"""Filters over the events table, shared by the dashboard, the store and the CLI.

``Filters`` is the one description of a view; ``filter_events`` applies it to a
DataFrame (the store applies the same Filters in SQL).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Filters:
    """A view of the timeline. Empty tuples mean "no restriction"."""

    start: dt.date | None = None
    end: dt.date | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    """An event matches if it has any of these actors."""
    sources: tuple[str, ...] = ()
    """Article ids."""
    locations: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    text: str = ""
    """Case- and accent-insensitive search over titles and evidence."""
    include_coarse: bool = True
    """Include events known only to the month or year."""
