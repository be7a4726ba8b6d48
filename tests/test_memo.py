"""timeline.dashboard.memo: page parts computed once per (source, view), shared by sessions, never across sources."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pandas as pd

from timeline.dashboard import memo, pages, story, timeline_chart
from timeline.store.query import PAGE_COLUMNS, Filters, MemorySource, read_events_file, read_mentions_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _source() -> MemorySource:
    return MemorySource(read_events_file(str(FIXTURES / "events.jsonl")),
                        read_mentions_file(str(FIXTURES / "mentions.jsonl")))


def _view(source: MemorySource, filters: Filters) -> tuple[tuple, pd.DataFrame]:
    events = memo.view_events(source, filters, 500, PAGE_COLUMNS)
    return events.attrs[memo.KEY][0], events


def test_a_second_session_with_the_same_view_gets_the_computed_parts() -> None:
    source, memo_ = _source(), memo.ViewMemo()
    key, events = _view(source, Filters())
    calls: list[int] = []

    def compute() -> list[str]:
        calls.append(1)
        return story.chronological(events)

    first = memo_.get(source, ("order", key), compute)
    second = memo_.get(source, ("order", *_view(source, Filters())[:1]), compute)
    assert second is first and len(calls) == 1 and (memo_.hits, memo_.misses) == (1, 1)


def test_another_view_or_another_source_is_computed_anew() -> None:
    memo_ = memo.ViewMemo()
    one, other = _source(), _source()
    key, events = _view(one, Filters())
    narrow_key, narrow = _view(one, Filters(types=("visit",)))
    assert len(narrow) < len(events)  # the fixture has other types than visits
    order = memo_.get(one, key, lambda: story.chronological(events))
    assert memo_.get(one, narrow_key, lambda: story.chronological(narrow)) != order
    assert memo_.get(other, key, lambda: ["computed for the other source"]) == ["computed for the other source"]


def test_the_memo_keeps_a_bounded_number_of_views_and_forgets_a_dropped_source() -> None:
    memo_ = memo.ViewMemo(size=3)
    source = _source()
    for n in range(5):
        memo_.get(source, n, lambda n=n: n)
    assert memo_.get(source, 0, lambda: "recomputed") == "recomputed"  # the oldest were let go
    assert memo_.get(source, 4, lambda: "recomputed") == 4  # the newest kept
    dropped = _source()
    memo_.get(dropped, "k", lambda: 1)
    del dropped
    gc.collect()
    assert len(memo_._by_source) == 1  # a replaced store snapshot or a closed upload holds nothing


def test_shared_timeline_parts_equal_a_fresh_computation() -> None:
    source = _source()
    _, events = _view(source, Filters())
    assert events.equals(source.events(Filters(), 500, PAGE_COLUMNS))
    span = memo.period(source, events)
    assert span is not None and span == timeline_chart.period(events)
    window = span[0]
    figure, own = memo.timeline_parts(source, events, "fr", "type", window, {})
    fresh = timeline_chart.timeline_figure(events, lang="fr", lanes="type", names={}, window=window)
    assert own == pages.own_plot(memo.TIMELINE_KEY, fresh, "fr", **memo.TIMELINE_CONFIG)  # it styles the figure
    assert figure.to_json() == fresh.to_json()
    assert memo.timeline_parts(source, events, "fr", "type", window, {})[0] is figure  # a second session
    assert memo.timeline_parts(source, events, "en", "type", window, {})[0] is not figure  # another language
    page = memo.story_page(source, events, "en", None, "", {})
    assert page.rows == story.story_page(events, "en").rows
    assert memo.steps(source, events, "") == story.steps(events, "")


def test_a_frame_not_from_view_events_is_never_shared() -> None:
    source = _source()
    _, events = _view(source, Filters())
    plain = source.events(Filters(types=("visit",)), 500, PAGE_COLUMNS)
    assert memo.KEY not in plain.attrs
    assert memo.story_page(source, plain, "en", None, "", {}).rows == story.story_page(plain, "en").rows
    assert memo.story_page(source, events, "en", None, "", {}).rows != story.story_page(plain, "en").rows
    derived = events[events["event_type"] == "visit"]  # pandas hands the view's mark on to it
    assert memo.KEY in derived.attrs and 0 < len(derived) < len(events)
    assert memo.story_page(source, derived, "en", None, "", {}).rows == story.story_page(derived, "en").rows


def test_sessions_computing_at_once_all_get_one_value() -> None:
    memo_ = memo.ViewMemo()
    source = _source()
    seen: list[object] = []
    barrier = threading.Barrier(8)

    def session() -> None:
        barrier.wait()
        seen.append(memo_.get(source, "view", lambda: object()))

    threads = [threading.Thread(target=session) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    kept = memo_.get(source, "view", lambda: None)
    assert len(seen) == 8 and kept in seen  # concurrent misses may compute twice; the kept value is one of them
