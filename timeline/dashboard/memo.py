"""What every session showing the same view of the same source would compute alike, computed once.

A shared link is opened by many people at once, and every new session first shows the default view: each of
those first runs used to build the same timeline figure and story page again. The page's pure parts (they read
only the view's events, the language and the view's settings) are kept here, per source object and per key,
for every session of this server. The source is held weakly: a new store snapshot or an upload's source is a
new object, so nothing computed from an older one is ever shown for it.

The values are shared and must be treated as read-only by their callers (they are only serialized to the page).
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar

import pandas as pd

from timeline.dashboard import pages, story, timeline_chart

T = TypeVar("T")

#: Views kept per source: the default view plus the filters people are trying; small values (a figure's data
#: for at most MAX_POINTS events, a page of the story list).
VIEWS_PER_SOURCE = 64
TIMELINE_KEY = "timeline_chart"
TIMELINE_CONFIG = {"scrollZoom": True}
#: The key view_events leaves in a frame's ``attrs``.
KEY = "timeline.memo"


class ViewMemo:
    """A small thread-safe LRU of computed page parts, per source object (held weakly)."""

    def __init__(self, size: int = VIEWS_PER_SOURCE) -> None:
        self.size = size
        self._by_source: weakref.WeakKeyDictionary[Any, OrderedDict[Hashable, Any]] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, source: Any, key: Hashable, compute: Callable[[], T]) -> T:
        """The value kept for (``source``, ``key``), else ``compute()`` (outside the lock), kept."""
        with self._lock:
            table = self._by_source.get(source)
            if table is not None and key in table:
                table.move_to_end(key)
                self.hits += 1
                return table[key]  # type: ignore[no-any-return]
            self.misses += 1
        value = compute()
        with self._lock:
            table = self._by_source.setdefault(source, OrderedDict())
            table[key] = value
            while len(table) > self.size:
                table.popitem(last=False)
        return value


#: The server's one memo, shared by every session (module state outlives app.py's runs).
SHARED = ViewMemo()


def names_key(names: Mapping[str, str]) -> int:
    """A key for the articles' shown names (they label hovers and story rows)."""
    return hash(frozenset(names.items()))


def view_events(source: Any, filters: Hashable, limit: int, columns: tuple[str, ...]) -> pd.DataFrame:
    """``source.events(filters, limit, columns)``, marked with the key that names them for ``source``: the parts
    below computed from them are shared by every session showing that view."""
    events = source.events(filters, limit, columns)
    events.attrs[KEY] = ((filters, limit, columns), id(events))  # pandas copies attrs to derived frames: not them
    return events


def _shared(source: Any, events: pd.DataFrame, part: tuple[Hashable, ...], compute: Callable[[], T]) -> T:
    """A part computed from ``events`` (from view_events): shared; from any other frame: computed."""
    mark = events.attrs.get(KEY)
    if mark is None or mark[1] != id(events):  # a frame derived from the view's events carries its mark
        return compute()
    return SHARED.get(source, (*part, mark[0]), compute)


def timeline_parts(source: Any, events: pd.DataFrame, lang: str, lanes: str, window: tuple[dt.date, dt.date],
                   names: Mapping[str, str]) -> tuple[Any, dict[str, Any] | None]:
    """The timeline's figure and, when the page draws it with its own element, that element's data."""
    def compute() -> tuple[Any, dict[str, Any] | None]:
        figure = timeline_chart.timeline_figure(events, lang=lang, lanes=lanes, names=names, window=window)
        return figure, pages.own_plot(TIMELINE_KEY, figure, lang, **TIMELINE_CONFIG)

    return _shared(source, events, ("timeline", lang, lanes, window, names_key(names)), compute)


def period(source: Any, events: pd.DataFrame) -> Any:
    """``timeline_chart.period`` of the view's events."""
    return _shared(source, events, ("period",), lambda: timeline_chart.period(events))


def story_page(source: Any, events: pd.DataFrame, lang: str, page: int | None, selected: str,
               names: Mapping[str, str]) -> story.StoryPage:
    """``story.story_page`` of the view's events."""
    return _shared(source, events, ("story", lang, page, selected, names_key(names)),
                   lambda: story.story_page(events, lang, page, selected, names))


def steps(source: Any, events: pd.DataFrame, event_id: str) -> list[story.Step]:
    """``story.steps`` (previous / next / close) of the view's events."""
    return _shared(source, events, ("steps", event_id), lambda: story.steps(events, event_id))
