"""timeline.dashboard.state: the page's widget state <-> View <-> the URL, driven with a plain dict."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import ClassVar

import pytest

from timeline.dashboard import state
from timeline.dashboard.state import K
from timeline.dashboard.views import View, decode_view, encode_view
from timeline.store.query import Filters

FULL = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
VIEWS = [
    View(),
    View(lang="fr"),
    View(filters=Filters(start=dt.date(2025, 3, 1), types=("meeting", "visit"), actors=("Tô Lâm",), text="hội nghị")),
    View(filters=Filters(end=dt.date(2025, 6, 30), sources=("a.txt",), locations=("Hanoi",), statuses=("planned",),
                         include_coarse=False), event="e1", lanes="actor", top_n=30, tab="actors"),
    View(lang="fr", tab="export"),
    View(shown=(dt.date(2025, 12, 10), dt.date(2025, 12, 31))),
]
IDS = ["default", "french", "filters", "everything", "tab", "period shown"]


@pytest.mark.parametrize("view", VIEWS, ids=IDS)
def test_a_view_goes_through_the_widgets_unchanged(view: View) -> None:
    ss: dict = {}
    state.seed_widgets(ss, view, FULL)
    start, end = state.picked_range(ss[K.DATES], FULL)
    assert state.view_from_state(ss, view.lang, start, end) == view


@pytest.mark.parametrize("view", VIEWS, ids=IDS)
def test_a_view_goes_through_the_url_unchanged(view: View) -> None:
    assert decode_view(encode_view(view)) == view


def test_the_first_run_reads_the_address_and_later_runs_only_when_it_changes() -> None:
    ss: dict = {}
    params = {"type": ["meeting"], "lanes": ["actor"]}
    first = state.url_view(ss, params)
    assert first is not None and first.filters.types == ("meeting",) and first.lanes == "actor"
    assert state.url_view(ss, params) is None  # the same address: the widgets rule
    assert state.url_view(ss, {"type": ["visit"]}) is not None  # back/forward in the browser: the address rules


def test_writing_the_url_only_when_it_differs() -> None:
    ss: dict = {}
    assert state.url_view(ss, {}) == View()  # the session's first run
    view = View(filters=Filters(types=("visit",)))
    assert state.params_to_write(ss, view, {}) == {"type": ["visit"]}
    assert state.params_to_write(ss, view, {"type": ["visit"]}) is None
    assert state.url_view(ss, {"type": ["visit"]}) is None  # what we wrote is not read back as new


def test_reset_clears_the_filters_and_keeps_language_and_chart_options() -> None:
    ss: dict = {K.LANG: "fr", state.FULL_RANGE: FULL}
    state.seed_widgets(ss, VIEWS[3], FULL)
    ss[K.LANG] = "fr"
    state.reset(ss)
    view = state.view_from_state(ss, "fr", *state.picked_range(ss[K.DATES], FULL))
    assert view.filters == Filters()
    assert (view.lanes, view.top_n) == ("actor", 30)


def test_new_data_widens_a_range_that_covered_everything() -> None:
    ss: dict = {}
    state.sync_from_url(ss, View(), FULL)
    wider = (dt.date(2024, 6, 1), FULL[1])
    state.sync_from_url(ss, None, wider)
    assert ss[K.DATES] == wider


def test_a_narrowed_range_stays_when_new_data_comes() -> None:
    ss: dict = {}
    state.sync_from_url(ss, View(filters=Filters(start=dt.date(2025, 5, 1))), FULL)
    state.sync_from_url(ss, None, (dt.date(2024, 6, 1), FULL[1]))
    assert ss[K.DATES] == (dt.date(2025, 5, 1), FULL[1])


@pytest.mark.parametrize(("picked", "expected"), [
    ((FULL[0], FULL[1]), (None, None)),
    ((dt.date(2025, 2, 1), FULL[1]), (dt.date(2025, 2, 1), None)),
    ((dt.date(2025, 2, 1),), (dt.date(2025, 2, 1), None)),  # the second day not picked yet
    (dt.date(2025, 2, 1), (dt.date(2025, 2, 1), None)),
    ((), (None, None)),
], ids=["full", "start", "half-picked", "single", "empty"])
def test_picked_range(picked: object, expected: tuple) -> None:
    assert state.picked_range(picked, FULL) == expected


def test_a_language_switch_writes_the_labelled_widgets_again() -> None:
    class Recording(dict):
        writes: ClassVar[list[str]] = []

        def __setitem__(self, key: str, value: object) -> None:
            self.writes.append(key)
            super().__setitem__(key, value)

    ss = Recording({K.TYPES: ["visit"], K.LANES: "actor", "_drawn_lang": "en"})
    state.relabel_after_switch(ss, "fr")
    assert {K.TYPES, K.LANES} <= set(ss.writes)
    ss.writes.clear()
    state.relabel_after_switch(ss, "fr")
    assert ss.writes == ["_drawn_lang"]


def test_callbacks_select_and_close() -> None:
    ss: dict = {"timeline_chart": SimpleNamespace(selection={"points": [{"customdata": ["e7"]}]})}
    state.on_timeline_select(ss)
    assert ss[K.EVENT] == "e7"
    ss.update(events_table=SimpleNamespace(selection=SimpleNamespace(rows=[1])), _table_ids=["a", "b"])
    state.on_table_select(ss)
    assert ss[K.EVENT] == "b"
    state.close_details(ss)
    assert ss[K.EVENT] == ""
    ss["bars"] = SimpleNamespace(selection={"points": [{"customdata": ["Tô Lâm"]}]})
    state.on_actor_select(ss, "bars")
    state.on_actor_select(ss, "bars")
    assert ss[K.ACTORS] == ["Tô Lâm"]


def test_chart_options_survive_a_run_that_does_not_draw_their_widget() -> None:
    """Streamlit drops the state of a widget not drawn in a run (the lanes radio on the Actors tab)."""
    ss: dict = {}
    state.seed_widgets(ss, View(lanes="actor", top_n=30), FULL)
    del ss[K.LANES], ss[K.TOP]  # a visit to another tab
    view = state.view_from_state(ss, "en")
    assert (view.lanes, view.top_n) == ("actor", 30)
    state.restore_kept(ss)
    assert (ss[K.LANES], ss[K.TOP]) == ("actor", 30)


def test_a_language_switch_keeps_the_open_tab() -> None:
    ss: dict = {"_drawn_lang": "en"}
    state.seed_widgets(ss, View(tab="actors"), FULL)
    state.relabel_after_switch(ss, "fr")
    assert state.view_from_state(ss, "fr").tab == "actors"
    assert ss[K.TAB] == state.tab_label("actors", "fr") != state.tab_label("actors", "en")


def test_reset_keeps_the_tab() -> None:
    ss: dict = {K.LANG: "en"}
    state.seed_widgets(ss, View(filters=Filters(types=("visit",)), tab="table"), FULL)
    state.reset(ss)
    assert state.view_from_state(ss, "en").tab == "table"


def test_the_table_starts_unticked_when_its_rows_change() -> None:
    assert state.table_key(["a", "b"]) == state.table_key(["a", "b"])
    assert state.table_key(["a", "b"]) != state.table_key(["a"])  # a filter dropped a row
    assert state.table_key(["a", "b"]) != state.table_key(["b", "a"])


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-12-10..2025-12-31", (dt.date(2025, 12, 10), dt.date(2025, 12, 31))),
    ("2025-12-31..2025-12-10", (dt.date(2025, 12, 10), dt.date(2025, 12, 31))),  # put in order
    ("2025-12-10..2025-12-10", None), ("2025-12-10", None), ("x..2025-12-10", None), ("0001-01-01..2025-01-01", None),
])
def test_the_period_shown_in_the_url(text: str, expected: object) -> None:
    assert decode_view({"shown": text}).shown == expected


def test_the_period_slider_starts_on_the_opening_span_and_keeps_a_chosen_period_inside_the_data() -> None:
    opening, bounds = (dt.date(2025, 12, 10), dt.date(2025, 12, 20)), (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    ss: dict = {}
    state.show_period(ss, opening, bounds)
    assert ss[K.SHOWN] == opening
    ss[K.SHOWN] = (dt.date(2025, 11, 1), dt.date(2025, 12, 20))  # the visitor moves it
    state.on_period(ss, opening)
    assert state.view_from_state({**ss, **_widgets()}, "en").shown == (dt.date(2025, 11, 1), dt.date(2025, 12, 20))
    ss[state.SHOWN] = (dt.date(2024, 6, 1), dt.date(2026, 6, 1))  # a link wider than the data: kept within it
    state.show_period(ss, opening, bounds)
    assert ss[K.SHOWN] == bounds
    ss[K.SHOWN] = opening  # back on the opening span: nothing to write in the URL
    state.on_period(ss, opening)
    assert ss[state.SHOWN] is None


def _widgets() -> dict:
    ss: dict = {}
    state.seed_widgets(ss, View(), None)
    return {k: v for k, v in ss.items() if k != state.SHOWN}


def test_the_story_page_follows_the_selected_event_until_the_visitor_turns_it() -> None:
    ss: dict = {K.STORY: 2}
    state.turn_story(ss)
    assert ss[state.STORY_PAGE] == 2
    state.select(ss, "e9")
    assert state.STORY_PAGE not in ss and ss[K.EVENT] == "e9"
