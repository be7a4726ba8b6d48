"""The page's view state: widgets' session state <-> View <-> the URL, without streamlit.

The page keeps one value per widget in its session state (a mutable mapping, keys K_*); the address bar
holds a View (views.encode_view). These functions move a View between the two and tell when the address
changed under the page. They take the session state as a plain mapping, so tests drive them with a dict.

    seed_widgets(state, view, full)     a View into the widgets (before they are drawn)
    url_view(state, params)             the View the address asks for, when it is new
    begin(state, params)                url_view, at the start of a run
    sync_from_url(state, pending, full) widgets follow the address; a full date range follows new data
    view_from_state(state, lang, ...)   the View the widgets describe
    params_to_write(state, view, now)   the query string to write, or None when the address already says it
    on_* / close_details / reset        widget callbacks
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

from timeline.dashboard import charts, i18n
from timeline.dashboard.views import DEFAULT_TOP_N, TAB_NAMES, View, decode_view, encode_view, same_params
from timeline.store.query import Filters

State = MutableMapping[str, Any]
Range = tuple[dt.date, dt.date]



class K:
    """Widget keys (session state): one per View field."""

    LANG, DATES, TYPES, ACTORS, SOURCES, PLACES, STATUS, TEXT, COARSE, LANES, TOP = (
        "w_lang", "w_dates", "w_types", "w_actors", "w_sources", "w_places", "w_status", "w_text", "w_coarse",
        "w_lanes", "w_top",
    )
    COUNTRIES = "w_countries"
    SHOWN, STORY = "w_shown", "w_story_page"
    EVENT = "selected_event"
    TAB = "tab"
    COLLECTION = "collection"


TABS = tuple(f"tab_{name}" for name in TAB_NAMES)
#: View fields whose widgets are drawn in one tab only: Streamlit forgets a widget's state in a run that
#: does not draw it, so their values are also kept under these keys and put back before the next run.
KEPT = {K.LANES: "_kept_lanes", K.TOP: "_kept_top"}
#: Widgets whose option labels depend on the language: after a switch their values are written again so
#: the browser shows them with the new labels (it matches values by label).
LABELLED = (K.TYPES, K.STATUS, K.LANES)
FULL_RANGE = "_full_range"
#: The period the timeline shows when the visitor chose one (None: the chart's opening span), and the page
#: of the story list the visitor turned to (absent: the page of the selected event).
SHOWN, STORY_PAGE = "_shown", "_story_page"


def seed_widgets(state: State, view: View, full: Range | None) -> None:
    """Put a View into the widgets' session state (before the widgets are drawn)."""
    f = view.filters
    if full is not None:
        state[K.DATES] = (f.start or full[0], f.end or full[1])
    state[K.TYPES] = list(f.types)
    state[K.ACTORS] = list(f.actors)
    state[K.SOURCES] = list(f.sources)
    state[K.PLACES] = list(f.locations)
    state[K.COUNTRIES] = list(f.countries)
    state[K.STATUS] = list(f.statuses)
    state[K.TEXT] = f.text
    state[K.COARSE] = f.include_coarse
    state[K.LANES] = state[KEPT[K.LANES]] = view.lanes
    state[K.TOP] = state[KEPT[K.TOP]] = view.top_n
    state[K.EVENT] = view.event
    state[SHOWN] = view.shown
    state.pop(STORY_PAGE, None)
    state[K.COLLECTION] = view.collection
    state[K.TAB] = tab_label(view.tab, view.lang)


def tab_label(name: str, lang: str) -> str:
    """The label of a tab (st.tabs keeps the open tab's label in its state)."""
    return i18n.t(f"tab_{name if name in TAB_NAMES else TAB_NAMES[0]}", lang)


def tab_name(label: Any, lang: str) -> str:
    """The tab a label names (the first tab when it names none)."""
    return next((n for n in TAB_NAMES if tab_label(n, lang) == label), TAB_NAMES[0])


def restore_kept(state: State) -> None:
    """Put back the chart options a run that did not draw their widget forgot (see KEPT)."""
    for key, kept in KEPT.items():
        if key not in state and kept in state:
            state[key] = state[kept]


def reset(state: State) -> None:
    """The Reset button: every filter back to "no restriction" (the language, tab and chart options stay)."""
    lang = state.get(K.LANG, i18n.DEFAULT_LANG)
    kept = View(lang=lang, lanes=state.get(K.LANES, state.get(KEPT[K.LANES], "type")),
                top_n=int(state.get(K.TOP, state.get(KEPT[K.TOP], DEFAULT_TOP_N))),
                collection=state.get(K.COLLECTION, ""), tab=tab_name(state.get(K.TAB), lang))
    seed_widgets(state, kept, state.get(FULL_RANGE))


def url_view(state: State, params: Mapping[str, Any]) -> View | None:
    """The View the address asks for, on the first run of a session or when the address changed under us."""
    if "_seeded" in state and same_params(params, state.get("_written", {})):
        return None
    state["_seeded"] = True
    state["_written"] = dict(params)
    return decode_view(params)


def begin(state: State, params: Mapping[str, Any]) -> View | None:
    """A run's first step: the View the address asks for when it is new (``url_view``), whose language and
    collection are put in at once (the language selector and the uploader are drawn before the other widgets
    are seeded); then the chart options a run forgot are put back (``restore_kept``)."""
    pending = url_view(state, params)
    if pending is not None:
        state[K.LANG] = pending.lang
        state[K.COLLECTION] = pending.collection
    restore_kept(state)
    return pending


def sync_from_url(state: State, pending: View | None, full: Range | None) -> None:
    """Widgets take the address's View (if it changed); a full date range follows new data."""
    if pending is not None:
        seed_widgets(state, pending, full)
    previous = state.get(FULL_RANGE)
    if full is not None and previous != full:
        # New data (an upload) widened the range: a range that covered everything keeps doing so.
        if state.get(K.DATES) in (None, previous, ()):
            state[K.DATES] = full
        state[FULL_RANGE] = full


def language(state: State, chosen: Any) -> str:
    """The page's language from the selector (the default for anything else), relabelled after a switch."""
    lang = i18n.lang_or_default(chosen)
    relabel_after_switch(state, lang)
    return lang


def relabel_after_switch(state: State, lang: str) -> None:
    """After a language switch, write the labelled widgets' values again (see LABELLED), and name the open
    tab in the new language (else the page would fall back to the first tab)."""
    before = state.get("_drawn_lang", lang)
    if before != lang:
        for key in LABELLED:
            if key in state:
                state[key] = state[key]
        if K.TAB in state:
            state[K.TAB] = tab_label(tab_name(state[K.TAB], before), lang)
    state["_drawn_lang"] = lang


def picked_range(picked: Any, full: Range) -> tuple[dt.date | None, dt.date | None]:
    """The date filter a date_input's value means: an end that equals the data's own end is no filter."""
    values: Sequence[Any] = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
    start = values[0] if len(values) >= 1 and values[0] and values[0] != full[0] else None
    end = values[1] if len(values) >= 2 and values[1] and values[1] != full[1] else None
    return start, end


def view_from_state(state: State, lang: str, start: dt.date | None = None, end: dt.date | None = None) -> View:
    """The View the widgets describe."""
    filters = Filters(
        start=start, end=end, types=tuple(state[K.TYPES]), actors=tuple(state[K.ACTORS]),
        sources=tuple(state[K.SOURCES]), locations=tuple(state[K.PLACES]),
        countries=tuple(state.get(K.COUNTRIES, ())), statuses=tuple(state[K.STATUS]),
        text=state[K.TEXT], include_coarse=bool(state[K.COARSE]),
    )
    for key, kept in KEPT.items():
        if key in state:
            state[kept] = state[key]
    return View(filters=filters, lang=lang, event=state.get(K.EVENT, ""),
                lanes=state.get(K.LANES, state.get(KEPT[K.LANES], "type")),
                top_n=int(state.get(K.TOP, state.get(KEPT[K.TOP], DEFAULT_TOP_N))),
                collection=state.get(K.COLLECTION, ""), tab=tab_name(state.get(K.TAB), lang),
                shown=state.get(SHOWN))


def params_to_write(state: State, view: View, now: Mapping[str, Any]) -> dict[str, str | list[str]] | None:
    """The query string that says ``view``, or None when the address ``now`` already says it."""
    wanted = encode_view(view)
    state["_written"] = wanted
    return None if same_params(wanted, now) else wanted


def with_extra(options: list[str], chosen: Sequence[str]) -> list[str]:
    """Options plus any chosen value missing from them (a link may name an actor not in the top list)."""
    return options + [c for c in chosen if c not in options]


# --- callbacks (run before the next script run, so they may change widget state) ---------------


def on_timeline_select(state: State, chart_key: str = "timeline_chart") -> None:
    ids = charts.selected_ids(state[chart_key].selection)
    if ids:
        select(state, ids[0])


def table_key(ids: Sequence[str]) -> str:
    """The events table's widget key for these rows: a ticked row belongs to the rows it was ticked in, so
    when a filter changes the rows, the table starts unticked (a tick left on would open nothing)."""
    digest = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:12]
    return f"events_table_{digest}"


def table_rows(state: State, ids: Sequence[str]) -> str:
    """The table's rows are these events: kept for its callback; its widget key (``table_key``)."""
    state["_table_ids"] = list(ids)
    return table_key(ids)


def on_table_select(state: State, table_key: str = "events_table") -> None:
    rows = state[table_key].selection.rows
    ids = state.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        select(state, ids[rows[0]])


def on_actor_select(state: State, chart_key: str) -> None:
    for actor in charts.selected_ids(state[chart_key].selection):
        current = list(state.get(K.ACTORS, []))
        if actor not in current:
            state[K.ACTORS] = [*current, actor]


def close_details(state: State) -> None:
    state[K.EVENT] = ""


def select(state: State, event_id: str) -> None:
    """Open one event's details (the story list, previous / next); the story list turns to its page."""
    state[K.EVENT] = event_id
    state.pop(STORY_PAGE, None)


def open_story_row(state: State, list_key: str) -> None:
    """A click on the story list (the component under ``list_key``): open the event it sent."""
    event_id = (state.get(list_key) or {}).get("open")
    if event_id:
        select(state, str(event_id))


def turn_story(state: State) -> None:
    """The story list's page slider moved: show that page (0-based) until an event is selected."""
    state[STORY_PAGE] = int(state[K.STORY])


def show_period(state: State, default: Range, bounds: Range) -> None:
    """Before the "Period shown" slider is drawn: its value is the visitor's period (kept within ``bounds``,
    the data's span) or, when none was chosen, the chart's opening span ``default``."""
    lo, hi = state.get(SHOWN) or default
    lo, hi = min(max(lo, bounds[0]), bounds[1]), max(min(hi, bounds[1]), bounds[0])
    state[K.SHOWN] = (lo, hi) if lo < hi else bounds


def on_period(state: State, default: Range) -> None:
    """The slider moved: its period is the visitor's (None when back on the opening span)."""
    picked = tuple(state[K.SHOWN])
    state[SHOWN] = None if picked == tuple(default) else picked
