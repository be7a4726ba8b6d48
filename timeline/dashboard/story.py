"""The story: the view's events in date order, one page of buttons at a time, and previous / next.

    chronological(events)        the view's event ids in story order
    neighbours(order, event_id)  the events before and after one
    story_page(events, ...)      one page of the story list (every event is on some page: keyboard reach)
    steps(events, event_id)      the details panel's previous / next / close buttons
    LIST_JS, LIST_CSS            the story list's page element (app.py mounts it with st.components.v2)

The story list is ONE page element, not a button and a caption per event (each of those a React element with
its own markdown, ~80 of them on a page of 40): story_list.js draws one native button per event from the rows,
with textContent, so labels are plain text here (article text never becomes markup); a click sends the
event's id back ("open"). Articles are named by their title and outlet (``citations.article_names``), never by
their file name.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from timeline.dashboard.views import date_words

#: Events per page of the story list (each one is a button); the pager walks the rest.
STORY_ROWS = 40
#: The story list's script and style (the page's theme colours, as Streamlit gives them to components).
LIST_JS = (Path(__file__).resolve().parent / "story_list.js").read_text(encoding="utf-8")
LIST_CSS = """
.story-list { list-style: none; margin: 0; padding: 0; }
.story-list li { margin: 0 0 0.6rem; }
.story-list button { font: inherit; color: inherit; background: none; border: 0; padding: 0; margin: 0;
  text-align: left; cursor: pointer; line-height: 1.5; }
.story-list button:hover { color: var(--st-primary-color, #ff4b4b); }
.story-list button:focus-visible { outline: 2px solid var(--st-primary-color, #ff4b4b); outline-offset: 2px; }
.story-more { font-size: 0.875rem; opacity: 0.6; line-height: 1.4; }
"""


def chronological(events: pd.DataFrame) -> list[str]:
    """The view's event ids in the order of the story: by date, then end, then title."""
    if events.empty:
        return []
    order = events.assign(_end=events["end_date"].fillna(events["date"]) if "end_date" in events else events["date"])
    return [str(i) for i in order.sort_values(["date", "_end", "title", "event_id"], kind="stable")["event_id"]]


def neighbours(order: list[str], event_id: str) -> tuple[str, str]:
    """The events before and after ``event_id`` in the story ('' at either end; with none selected, the first)."""
    if event_id not in order:
        return "", order[0] if order else ""
    at = order.index(event_id)
    return (order[at - 1] if at > 0 else ""), (order[at + 1] if at + 1 < len(order) else "")


@dataclass(frozen=True)
class StoryPage:
    """One page of the story list: rows of (event id, 'date — title', 'actors · articles') in plain text, which
    page of how many, of ``size`` rows each, among ``total`` events.

    The page is chosen with a slider (keyboard: arrows), not with earlier / later buttons: a button disabled
    at the last page would drop the keyboard's focus."""

    rows: list[tuple[str, str, str]]
    page: int
    pages: int
    size: int
    total: int

    def label(self, page: int) -> str:
        """A page as the slider names it: '41–52'."""
        return f"{page * self.size + 1}–{min((page + 1) * self.size, self.total)}"


def story_page(events: pd.DataFrame, lang: str, page: int | None = None, selected: str = "",
               names: Mapping[str, str] | None = None, size: int = STORY_ROWS) -> StoryPage:
    """Page ``page`` (0-based) of the story list; with None, the page holding the selected event (else the
    first). ``names`` maps article ids to what people read (titles); unknown ids are left out."""
    order = chronological(events)
    pages = max(1, math.ceil(len(order) / size))
    if page is None:
        page = order.index(selected) // size if selected in order else 0
    page = min(max(int(page), 0), pages - 1)
    ids = order[page * size:(page + 1) * size]
    by_id = events.set_index(events["event_id"].astype(str)) if len(events) else events
    rows = []
    for event_id in ids:
        row = by_id.loc[event_id]
        row = row.iloc[0] if isinstance(row, pd.DataFrame) else row
        actors = ", ".join(str(a) for a in list(row.get("actors") or [])[:4])
        named = ((names or {}).get(str(a), "") for a in list(row.get("sources") or [])[:3])
        articles = ", ".join(n for n in named if n)
        rows.append((event_id, f"{date_words(row, lang)} — {row['title']}",
                     " · ".join(x for x in (actors, articles) if x)))
    return StoryPage(rows, page, pages, size, len(order))


@dataclass(frozen=True)
class Step:
    """A button of the details panel's first row: label key, the event it opens ('' closes), its widget key."""

    label: str
    target: str
    key: str
    disabled: bool = False


def steps(events: pd.DataFrame, event_id: str) -> list[Step]:
    """Previous / next in the story and close (with an event open); "start the story" (with none)."""
    before, after = neighbours(chronological(events), event_id)
    if not event_id:
        return [Step("story_start", after, "story_next", not after)]
    return [Step("story_previous", before, "story_previous", not before),
            Step("story_next", after, "story_next", not after), Step("close_details", "", "close_details")]
