"""timeline.dashboard.story: the story list in pages, so every event is one keyboard step away."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from timeline.dashboard import story


def _events(n: int) -> pd.DataFrame:
    """n events on n days, given out of order; each told by one article with a hashed file name."""
    days = [dt.date(2025, 1, 1) + dt.timedelta(days=i) for i in range(n)]
    rows = [{"event_id": f"e{i:03d}", "date": d, "end_date": None, "precision": "day", "title": f"Event {i}",
             "actors": ["Tô Lâm"], "sources": [f"{i:03d}_643f7d95a38cd594.txt"]} for i, d in enumerate(days)]
    return pd.DataFrame(rows[::-1])


@pytest.mark.parametrize("n", [1, 39, 40, 41, 85])
def test_every_event_is_on_exactly_one_page(n: int) -> None:
    events = _events(n)
    first = story.story_page(events, "en")
    seen = [row[0] for page in range(first.pages) for row in story.story_page(events, "en", page).rows]
    assert seen == story.chronological(events) and len(seen) == n
    assert first.pages == -(-n // story.STORY_ROWS)
    assert all(len(story.story_page(events, "en", p).rows) <= story.STORY_ROWS for p in range(first.pages))


def test_the_page_holds_the_selected_event_and_names_its_range() -> None:
    events = _events(85)
    order = story.chronological(events)
    page = story.story_page(events, "en", selected=order[50])
    assert page.page == 1 and order[50] in [r[0] for r in page.rows]
    assert [page.label(p) for p in range(page.pages)] == ["1–40", "41–80", "81–85"]
    assert story.story_page(events, "en", page=99).page == 2  # a page past the end shows the last


def test_story_rows_name_articles_by_their_names_only() -> None:
    events = _events(3)
    rows = story.story_page(events, "en", names={"000_643f7d95a38cd594.txt": "A title — example.com"}).rows
    assert "A title — example.com" in rows[0][2]  # plain text: the list shows it with textContent
    assert all("643f7d95" not in more for _, _, more in rows)  # an article without a name is left out


def test_steps_walk_the_story() -> None:
    events = _events(3)
    order = story.chronological(events)
    assert [(s.label, s.target, s.disabled) for s in story.steps(events, "")] == [("story_start", order[0], False)]
    last = story.steps(events, order[-1])
    assert [(s.label, s.target, s.disabled) for s in last] == [
        ("story_previous", order[-2], False), ("story_next", "", True), ("close_details", "", False)]
