"""The news-event timeline, as a Streamlit page: widgets -> timeline.store.query -> timeline.dashboard.charts -> st.*

    streamlit run app.py                              the sample articles in seeds/
    streamlit run app.py -- --store store/            a store built by `python -m timeline build`
    streamlit run app.py -- --events events.jsonl     an events file (`python -m timeline extract`)

(or the environment variables TIMELINE_STORE, TIMELINE_EVENTS [+ TIMELINE_MENTIONS], TIMELINE_SEEDS).
Every filter, the language and the selected event live in the URL: the address is a link to the view.
Article text is untrusted: it reaches the page only through st.text, st.code, st.dataframe,
plotly (HTML-escaped by timeline.dashboard.charts) or views.escape_markdown.
"""

from __future__ import annotations

import atexit
import datetime as dt
import gc
import hashlib
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from timeline.cli import app_sources
from timeline.dashboard import charts, export, i18n, views
from timeline.models import Mention
from timeline.store.query import MAX_POINTS, PAGE_COLUMNS, EventSource, Filters, MemorySource, Summary, summarize

log = logging.getLogger("timeline.app")

ROOT = Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"
UPLOAD_TYPES = ["txt", "md", "html", "htm", "json", "jsonl"]
#: Uploads are parsed in the server's memory, per session: a few articles, not a corpus (use the store).
MAX_UPLOAD_FILES = 20
MAX_UPLOAD_MB = 20
#: Rows sent to the table (st.dataframe ships them all to the browser).
TABLE_ROWS = 1_000
#: Up to this many events, export files are made at once; above, when the button is clicked.
EAGER_EXPORT_ROWS = 5_000
#: At most this many actors offered in the actor filter (most frequent first).
ACTOR_OPTIONS = 5_000
NETWORK_MAX_EVENTS = MAX_POINTS

# Widget keys (session state) -- one per View field.
K_LANG, K_DATES, K_TYPES, K_ACTORS, K_SOURCES, K_PLACES, K_STATUS, K_TEXT, K_COARSE, K_LANES, K_TOP = (
    "w_lang", "w_dates", "w_types", "w_actors", "w_sources", "w_places", "w_status", "w_text", "w_coarse",
    "w_lanes", "w_top",
)
K_EVENT = "selected_event"
K_TAB = "tab"
TABS = ("tab_timeline", "tab_actors", "tab_table", "tab_export")


# --- where the events come from -------------------------------------------------------------


def _settings() -> dict[str, str]:
    """--store / --events / --mentions / --seeds after `--`, else the TIMELINE_* environment variables."""
    argv = sys.argv[1:] if Path(sys.argv[0]).name == "app.py" else []
    return app_sources(argv, os.environ)


def _folder_key(folder: Path) -> str:
    """A small cache key for a folder of articles: the hash of its files' names and bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _freeze_shared() -> None:
    """Keep what was just loaded for every session (events, the spaCy model) out of the garbage collector.

    Streamlit runs a full ``gc.collect()`` after every script run (``runner.postScriptGC``); without this
    it scans the model's millions of objects each time, about 60% of the server's CPU under load
    (py-spy, docs/RELIABILITY.md). Reference counting still frees them; only cycles among them stay.
    """
    gc.collect()
    gc.freeze()
    atexit.unregister(gc.unfreeze)
    atexit.register(gc.unfreeze)  # at exit, let the interpreter's teardown see and free them as usual


@st.cache_resource(show_spinner=False, max_entries=4)
def seed_source(folder: str, key: str) -> tuple[MemorySource, tuple[Mention, ...], tuple[str, ...]]:
    """The sample articles' events and mentions, extracted once per server and shared (read-only) by
    every session."""
    from timeline.errors import ModelMissing
    from timeline.extraction import pipeline
    from timeline.settings import Options

    notes: list[str] = []
    try:
        extraction = pipeline.extract([folder], Options())
    except ModelMissing as exc:  # no spaCy model (e.g. a bare deploy): actors from the rule layer only
        log.warning("no spaCy model, extracting without NER: %s", exc)
        notes.append(f"{exc} (actors were found with rules only)")
        extraction = pipeline.extract([folder], Options(use_ner=False))
    source = MemorySource(extraction.events_frame(), extraction.mentions_frame())
    log.info("seeds %s: %d events from %d articles", folder, len(source), len(extraction.articles))
    _freeze_shared()
    return source, tuple(extraction.mentions), tuple(notes + [p.message() for p in extraction.problems])


@st.cache_resource(show_spinner=False, max_entries=4)
def file_source(events_path: str, mentions_path: str, key: str) -> MemorySource:
    from timeline.store.query import read_events_file, read_mentions_file

    mentions = read_mentions_file(mentions_path) if mentions_path else None
    source = MemorySource(read_events_file(events_path), mentions)
    _freeze_shared()
    return source


@st.cache_resource(show_spinner=False, max_entries=1)
def store_source(snapshot: str) -> EventSource:
    """A store snapshot, opened once per server. Keyed by the snapshot: after a new build, the next
    run of the page opens the new one."""
    from timeline import store

    source = store.StoreSource(Path(snapshot))
    _freeze_shared()
    return source


def _current_snapshot(path: str) -> str:
    from timeline import store

    return str(store.require_snapshot(path))


def _mtime_key(*paths: str) -> str:
    return "|".join(f"{p}:{os.stat(p).st_mtime_ns}" for p in paths if p)


@dataclass
class Base:
    """The shared events of this server (seeds, an events file or a store) and how to name them."""

    source: EventSource | None
    label: str
    errors: list[str] = field(default_factory=list)
    warnings: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    """The shared articles' mentions when they are at hand (the seeds): uploads are merged with them."""


def load_base(lang: str) -> Base:
    settings = _settings()
    if settings["store"]:
        path = settings["store"]
        try:
            with st.spinner(i18n.t("loading_store", lang)):
                label = i18n.t("source_store", lang, path=views.public_text(path))  # no server path shown
                return Base(store_source(_current_snapshot(path)), label)
        except ImportError as exc:
            return Base(None, "", [i18n.t("store_missing", lang, error=views.public_text(exc))])
        except Exception as exc:  # the store says what is wrong and the fix; the server log has the paths
            log.exception("cannot open store %s", path)
            shown = views.public_text(path)
            return Base(None, "", [i18n.t("store_failed", lang, path=shown, error=views.public_text(exc))])
    if settings["events"]:
        path = settings["events"]
        try:
            return Base(file_source(path, settings["mentions"], _mtime_key(path, settings["mentions"])),
                        i18n.t("source_file", lang, path=views.public_text(path)))
        except Exception as exc:
            log.exception("cannot read events file %s", path)
            return Base(None, "", [i18n.t("events_file_failed", lang, path=views.public_text(path),
                                          error=views.public_text(exc))])
    folder = Path(settings["seeds"] or SEEDS)
    try:
        with st.spinner(i18n.t("loading", lang)):
            source, mentions, problems = seed_source(str(folder), _folder_key(folder))
        return Base(source, i18n.t("source_seeds", lang), warnings=problems, mentions=mentions)
    except Exception as exc:  # extraction is being written by others: degrade, do not crash
        log.exception("extraction of %s failed", folder)
        return Base(None, "", [i18n.t("extract_failed", lang,
                                      error=views.public_text(f"{type(exc).__name__}: {exc}"))])


# --- uploads (kept in the uploader's own session) ---------------------------------------------


def uploads_widget(lang: str, box: Any) -> views.Upload | None:
    """The uploader (in ``box``, a sidebar container); the session's Upload, or None."""
    box.subheader(i18n.t("upload_header", lang))
    files = box.file_uploader(
        i18n.t("upload_label", lang), type=UPLOAD_TYPES, accept_multiple_files=True, key="uploader",
        help=i18n.t("upload_help", lang, files=MAX_UPLOAD_FILES, mb=MAX_UPLOAD_MB),
    )
    if not files:
        st.session_state.pop("upload", None)
        return None
    key = tuple((f.file_id, f.name, f.size) for f in files)
    upload: views.Upload | None = st.session_state.get("upload")
    if upload is None or upload.key != key:
        bar = box.progress(0.0)
        try:
            upload = views.read_uploads(
                [(f.name, f.getvalue()) for f in files], lang, max_files=MAX_UPLOAD_FILES, max_mb=MAX_UPLOAD_MB,
                progress=lambda share, text: bar.progress(share, text=text))
        except Exception as exc:
            log.exception("upload failed")
            box.error(i18n.t("upload_failed", lang, error=views.escape_markdown(exc)))
            return None
        finally:
            bar.empty()
        upload.key = key
        st.session_state["upload"] = upload
        st.session_state.pop("upload_source", None)
    for notice in upload.notices:
        box.warning(views.escape_markdown(notice))
    if upload.problems:
        with box.expander(i18n.t("upload_problems", lang), expanded=True):
            st.text("\n".join(f"{p.severity}: {p.message()}" for p in upload.problems))
    if upload.events.empty:
        box.warning(f"{i18n.t('upload_no_events', lang)} {upload.why_empty}")
    else:
        box.success(i18n.t("upload_done", lang, files=upload.n_files, articles=upload.n_articles,
                                  events=len(upload.events)))
    return upload


def view_source(base: Base, upload: views.Upload | None) -> EventSource | None:
    """The base events plus this session's uploads (a per-session MemorySource, never shared).

    With the seeds, uploads are merged with them as one corpus (the same event told in an upload and a seed
    is one row with both sources); with an events file, shown beside them; with a store, on their own."""
    if upload is None or upload.events.empty:
        return base.source
    cached = st.session_state.get("upload_source")
    if cached is not None and cached[0] == (upload.key, id(base.source)):
        return cached[1]
    if isinstance(base.source, MemorySource) and base.mentions:
        source = MemorySource(*views.merged_with(base.mentions, upload))
    elif isinstance(base.source, MemorySource):
        shared = base.source.events(Filters())
        events = pd.concat([shared, upload.events], ignore_index=True)
        mentions = pd.concat([base.source.mentions(list(shared["event_id"])), upload.mentions], ignore_index=True)
        source = MemorySource(events, mentions)
    else:  # a store: the session's uploads are shown on their own
        source = MemorySource(upload.events, upload.mentions)
    st.session_state["upload_source"] = ((upload.key, id(base.source)), source)
    return source


# --- the view <-> the URL and the widgets --------------------------------------------------


def _params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def _full_range(source: EventSource) -> tuple[dt.date, dt.date] | None:
    facets = source.facets()
    if facets.min_date is None or facets.max_date is None:
        return None
    return facets.min_date, facets.max_date


def seed_widgets(view: views.View, full: tuple[dt.date, dt.date] | None) -> None:
    """Put a View into the widgets' session state (before the widgets are drawn)."""
    f = view.filters
    ss = st.session_state
    if full is not None:
        ss[K_DATES] = (f.start or full[0], f.end or full[1])
    ss[K_TYPES] = list(f.types)
    ss[K_ACTORS] = list(f.actors)
    ss[K_SOURCES] = list(f.sources)
    ss[K_PLACES] = list(f.locations)
    ss[K_STATUS] = list(f.statuses)
    ss[K_TEXT] = f.text
    ss[K_COARSE] = f.include_coarse
    ss[K_LANES] = view.lanes
    ss[K_TOP] = view.top_n
    ss[K_EVENT] = view.event


def reset_filters() -> None:
    """The Reset button: every filter back to "no restriction" (the language stays)."""
    lang = st.session_state.get(K_LANG, i18n.DEFAULT_LANG)
    seed_widgets(views.View(lang=lang), st.session_state.get("_full_range"))


def _url_view() -> views.View | None:
    """The View the address asks for, on the first run of a session or when the address changed under us."""
    params = _params()
    if "_seeded" in st.session_state and views.same_params(params, st.session_state.get("_written", {})):
        return None
    st.session_state["_seeded"] = True
    st.session_state["_written"] = params
    return views.decode_view(params)


def _sync_from_url(pending: views.View | None, full: tuple[dt.date, dt.date] | None) -> None:
    """Widgets take the address's View (if it changed); a full date range follows new data."""
    if pending is not None:
        seed_widgets(pending, full)
    previous = st.session_state.get("_full_range")
    if full is not None and previous != full:
        # New data (an upload) widened the range: a range that covered everything keeps doing so.
        if st.session_state.get(K_DATES) in (None, previous, ()):
            st.session_state[K_DATES] = full
        st.session_state["_full_range"] = full


def _write_url(view: views.View) -> None:
    wanted = views.encode_view(view)
    if not views.same_params(wanted, _params()):
        st.query_params.from_dict(wanted)
    st.session_state["_written"] = wanted


def _with_extra(options: list[str], chosen: list[str]) -> list[str]:
    """Options plus any chosen value missing from them (a link may name an actor not in the top list)."""
    return options + [c for c in chosen if c not in options]


def sidebar_filters(source: EventSource | None, lang: str, sb: Any) -> views.View:
    """Draw the filter widgets (in ``sb``, a sidebar container); return the View they describe."""
    ss = st.session_state
    sb.header(i18n.t("filters", lang))
    facets = source.facets() if source is not None else None
    full = ss.get("_full_range")
    start = end = None
    if full is not None:
        picked = sb.date_input(i18n.t("dates", lang), key=K_DATES, min_value=dt.date(1900, 1, 1),
                               max_value=dt.date(2100, 12, 31), format="YYYY-MM-DD")
        picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
        if len(picked) >= 1 and picked[0] and picked[0] != full[0]:
            start = picked[0]
        if len(picked) >= 2 and picked[1] and picked[1] != full[1]:
            end = picked[1]
    choose = i18n.t("choose", lang)
    types = views.type_options(list(facets.types) if facets else [])
    sb.multiselect(i18n.t("types", lang), _with_extra(types, ss.get(K_TYPES, [])), key=K_TYPES,
                   format_func=lambda t: i18n.type_label(t, lang), placeholder=choose)
    actors = [a for a, _ in (facets.actors[:ACTOR_OPTIONS] if facets else ())]
    sb.multiselect(i18n.t("actors", lang), _with_extra(actors, ss.get(K_ACTORS, [])), key=K_ACTORS,
                   help=i18n.t("actors_help", lang), placeholder=choose)
    sb.multiselect(i18n.t("sources", lang), _with_extra(list(facets.sources if facets else ()), ss.get(K_SOURCES, [])),
                   key=K_SOURCES, placeholder=choose)
    sb.multiselect(i18n.t("locations", lang),
                   _with_extra(list(facets.locations if facets else ()), ss.get(K_PLACES, [])), key=K_PLACES,
                   placeholder=choose)
    sb.multiselect(i18n.t("status", lang), ["held", "planned"], key=K_STATUS,
                   format_func=lambda s: i18n.status_label(s, lang), placeholder=choose)
    sb.text_input(i18n.t("search", lang), key=K_TEXT, help=i18n.t("search_help", lang))
    sb.toggle(i18n.t("include_coarse", lang), key=K_COARSE)
    sb.button(i18n.t("reset", lang), on_click=reset_filters, key="reset_sidebar")
    filters = Filters(
        start=start, end=end, types=tuple(ss[K_TYPES]), actors=tuple(ss[K_ACTORS]), sources=tuple(ss[K_SOURCES]),
        locations=tuple(ss[K_PLACES]), statuses=tuple(ss[K_STATUS]), text=ss[K_TEXT],
        include_coarse=bool(ss[K_COARSE]),
    )
    return views.View(filters=filters, lang=lang, event=ss.get(K_EVENT, ""), lanes=ss.get(K_LANES, "type"),
                      top_n=int(ss.get(K_TOP, views.DEFAULT_TOP_N)))


# --- callbacks (run before the next script run, so they may change widget state) ---------------


def _on_timeline_select() -> None:
    ids = charts.selected_ids(st.session_state["timeline_chart"].selection)
    if ids:
        st.session_state[K_EVENT] = ids[0]


def _on_table_select() -> None:
    rows = st.session_state["events_table"].selection.rows
    ids = st.session_state.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state[K_EVENT] = ids[rows[0]]


def _on_actor_select(chart_key: str) -> None:
    for actor in charts.selected_ids(st.session_state[chart_key].selection):
        current = list(st.session_state.get(K_ACTORS, []))
        if actor not in current:
            st.session_state[K_ACTORS] = [*current, actor]


def _close_details() -> None:
    st.session_state[K_EVENT] = ""


# --- the page's parts ------------------------------------------------------------------------


def _number(n: int | None) -> str:
    return "—" if n is None else f"{n:,}".replace(",", " ")


def header(summary: Summary, lang: str) -> None:
    c1, c2, c3, c4 = st.columns([1, 1, 1, 2])
    c1.metric(i18n.t("metric_events", lang), _number(summary.n_events))
    c2.metric(i18n.t("metric_articles", lang), _number(summary.n_articles))
    c3.metric(i18n.t("metric_actors", lang), _number(summary.n_actors))
    span = "—"
    if summary.first and summary.last:
        span = f"{summary.first.isoformat()} → {summary.last.isoformat()}"
    c4.metric(i18n.t("metric_span", lang), span)


def _freq_for(summary: Summary) -> str:
    if summary.first and summary.last:
        days = (summary.last - summary.first).days
        return "day" if days <= 120 else "week" if days <= 3 * 365 else "month"
    return "month"


def timeline_tab(source: EventSource, view: views.View, events: pd.DataFrame, summary: Summary) -> None:
    lang = view.lang
    st.radio(i18n.t("lanes", lang), ["type", "actor"], key=K_LANES, horizontal=True,
             format_func=lambda v: i18n.t(f"lanes_{v}", lang))
    if summary.n_events > MAX_POINTS:
        freq = _freq_for(summary)
        st.info(i18n.t("too_many", lang, n=summary.n_events, freq=i18n.t(f"freq_{freq}", lang)))
        hist = source.histogram(view.filters, freq)
        st.plotly_chart(charts.histogram_figure(hist, lang=lang, freq=freq), key="histogram_chart")
        return
    st.caption(i18n.t("timeline_help", lang))
    fig = charts.timeline_figure(events, lang=lang, lanes=st.session_state.get(K_LANES, "type"))
    st.plotly_chart(fig, key="timeline_chart", on_select=_on_timeline_select, selection_mode="points",
                    config={"displaylogo": False, "scrollZoom": True})


def actors_tab(source: EventSource, view: views.View, events: pd.DataFrame, summary: Summary) -> None:
    lang = view.lang
    st.slider(i18n.t("top_n", lang), 3, 50, key=K_TOP)
    n = int(st.session_state.get(K_TOP, views.DEFAULT_TOP_N))
    st.subheader(i18n.t("top_actors_title", lang))
    st.caption(i18n.t("top_actors_help", lang))
    top = source.top_actors(view.filters, n)
    st.plotly_chart(charts.actor_bars(top, lang=lang), key="actor_bars", on_select=lambda: _on_actor_select(
        "actor_bars"), selection_mode="points", config={"displaylogo": False})
    if summary.n_events > NETWORK_MAX_EVENTS:
        st.info(i18n.t("big_view_charts", lang, max=NETWORK_MAX_EVENTS))
        return
    left, right = st.columns(2)
    with left:
        st.subheader(i18n.t("network_title", lang))
        nodes, edges = charts.co_participation(events, n)
        if edges.empty:
            st.caption(i18n.t("network_empty", lang))
        st.plotly_chart(charts.network_figure(nodes, edges, lang=lang), key="network",
                        on_select=lambda: _on_actor_select("network"), selection_mode="points",
                        config={"displaylogo": False})
    with right:
        st.subheader(i18n.t("heatmap_title", lang))
        st.plotly_chart(charts.heatmap_figure(charts.actor_month(events, n), lang=lang), key="heatmap",
                        config={"displaylogo": False})


def table_tab(view: views.View, events: pd.DataFrame, summary: Summary) -> None:
    lang = view.lang
    st.caption(i18n.t("table_help", lang))
    if summary.n_events > len(events):
        st.caption(i18n.t("table_cut", lang, shown=len(events), n=summary.n_events))
    events = events.head(TABLE_ROWS)
    st.session_state["_table_ids"] = list(events["event_id"])
    table = views.table_frame(events, lang)
    cc = st.column_config
    st.dataframe(
        table, key="events_table", on_select=_on_table_select, selection_mode="single-row", hide_index=True,
        width="stretch",
        column_order=["date", "when", "type", "title", "actors", "locations", "sources", "status", "n_sources"],
        column_config={
            "date": cc.DateColumn(i18n.t("col_date", lang), format="YYYY-MM-DD"),
            "when": cc.TextColumn(i18n.t("col_when", lang)),
            "type": cc.TextColumn(i18n.t("col_type", lang)),
            "title": cc.TextColumn(i18n.t("col_title", lang), width="large"),
            "actors": cc.TextColumn(i18n.t("col_actors", lang)),
            "locations": cc.TextColumn(i18n.t("col_locations", lang)),
            "sources": cc.TextColumn(i18n.t("col_sources", lang)),
            "status": cc.TextColumn(i18n.t("col_status", lang)),
            "n_sources": cc.NumberColumn(i18n.t("col_n_sources", lang)),
        },
    )


def export_tab(source: EventSource, view: views.View, summary: Summary) -> None:
    lang = view.lang
    st.caption(i18n.t("export_help", lang, n=summary.n_events))
    filters = view.filters

    files = {
        "csv": ("text/csv", "timeline.csv", "export_csv"),
        "json": ("application/json", "timeline.json", "export_json"),
        "ics": ("text/calendar", "timeline.ics", "export_ics"),
        "timelinejs": ("application/json", "timeline-timelinejs.json", "export_timelinejs"),
    }
    eager = summary.n_events <= EAGER_EXPORT_ROWS
    frame = source.events(filters) if eager else None
    for col, (name, (mime, file_name, label)) in zip(st.columns(len(files)), files.items(), strict=True):
        data: Any = _export_now(name, frame) if eager else (lambda name=name: _export_now(name, source.events(filters)))
        col.download_button(i18n.t(label, lang), data=data, file_name=file_name, mime=mime, key=f"dl_{name}",
                            on_click="ignore", width="stretch")


def _export_now(name: str, frame: pd.DataFrame | None) -> str | bytes:
    """One export file of the view's events (the page's download buttons)."""
    frame = frame if frame is not None else pd.DataFrame()
    if name == "csv":
        return export.to_csv(frame)
    if name == "json":
        return export.to_json(frame)
    if name == "ics":
        return export.to_ics(frame, stamp=dt.datetime.now(dt.UTC).replace(microsecond=0))
    return export.to_timelinejs(frame)


def details_panel(source: EventSource, view: views.View, events: pd.DataFrame) -> None:
    lang = view.lang
    st.subheader(i18n.t("details", lang))
    if not view.event:
        st.caption(i18n.t("details_none", lang))
        return
    row = source.event(view.event)
    if row is None:
        st.caption(i18n.t("details_gone", lang))
        return
    in_view = bool(len(events)) and bool((events["event_id"] == view.event).any())
    if not in_view and view.filters != Filters():
        st.caption(i18n.t("details_gone", lang))
    st.button(i18n.t("close_details", lang), on_click=_close_details, key="close_details")
    mentions = source.mentions([view.event])
    st.markdown(f"**{views.escape_markdown(row['title'])}**")
    st.text(f"{i18n.t('detail_date', lang)}: {views.date_words(row, lang)}  "
            f"({i18n.t('detail_precision', lang, precision=i18n.precision_label(str(row['precision']), lang))})\n"
            f"{i18n.t('detail_type', lang)}: {i18n.type_label(str(row['event_type']), lang)}  ·  "
            f"{i18n.t('detail_status', lang)}: {i18n.status_label(str(row['status']), lang)}  ·  "
            f"{i18n.t('detail_confidence', lang)}: {float(row.get('confidence') or 0):.2f}")
    st.caption(i18n.t("detail_resolution", lang))
    st.text("\n".join(views.resolutions(row, mentions, lang)))
    st.caption(i18n.t("detail_actors", lang))
    st.text("\n".join(views.actor_lines(row)) or i18n.t("detail_no_actors", lang))
    places = ", ".join(str(p) for p in row.get("locations") or [])
    if places:
        st.caption(i18n.t("detail_locations", lang))
        st.text(places)
    st.caption(i18n.t("detail_evidence", lang))
    for item in views.evidence_items(row, mentions, lang):
        st.code(f"[{item.article_id}]\n{item.text}" if item.article_id else item.text, language=None,
                wrap_lines=True)
    st.caption(i18n.t("detail_sources", lang))
    urls = list(row.get("urls") or [])
    if len(mentions):
        urls += [u for u in mentions["url"].dropna() if u and u not in urls]
    for source_id in row.get("sources") or []:
        st.text(str(source_id))
    for i, url in enumerate(dict.fromkeys(str(u) for u in urls)):
        link = views.safe_url(url)
        if link:
            st.link_button(views.escape_markdown(link[:80]), link, key=f"src_link_{i}")
        else:
            st.text(f"{url} {i18n.t('detail_not_link', lang)}")


# --- the page --------------------------------------------------------------------------------


def main() -> None:
    st.set_page_config(page_title="News-event timeline", page_icon="🗓️", layout="wide")
    ss = st.session_state
    pending = _url_view()
    if pending is not None:
        ss[K_LANG] = pending.lang
    languages = i18n.languages()
    lang = st.sidebar.selectbox("Language / Langue", list(languages), key=K_LANG, format_func=languages.get)
    lang = i18n.lang_or_default(lang)
    if ss.get("_drawn_lang", lang) != lang:
        # Widgets whose option labels depend on the language: write their values again so the browser
        # shows them with the new labels (it matches values by label).
        for key in (K_TYPES, K_STATUS, K_LANES):
            if key in ss:
                ss[key] = ss[key]
    ss["_drawn_lang"] = lang
    filters_box, upload_box = st.sidebar.container(), st.sidebar.container()
    st.title(i18n.t("app_title", lang))
    base = load_base(lang)
    for error in base.errors:
        st.error(views.escape_markdown(error))
    upload = uploads_widget(lang, upload_box)
    source = view_source(base, upload)
    full = _full_range(source) if source is not None else None
    _sync_from_url(pending, full)
    view = sidebar_filters(source, lang, filters_box)
    _write_url(view)
    label = base.label + (" " + i18n.t("source_uploads", lang, n=upload.n_articles) if upload and not
                          upload.events.empty else "")
    st.caption(f"{i18n.t('app_caption', lang)}  \n{i18n.t('source_label', lang)}: {views.escape_markdown(label)}")
    if base.warnings:
        with st.expander(i18n.t("upload_problems", lang)):
            st.text("\n".join(base.warnings))
    if source is None or source.facets().n_events == 0:
        st.info(i18n.t("no_data", lang))
        return
    summary = summarize(source, view.filters)
    header(summary, lang)
    if summary.n_events == 0:
        st.warning(i18n.t("no_events", lang))
        st.button(i18n.t("reset", lang), on_click=reset_filters, key="reset_empty")
        return
    events = source.events(view.filters, limit=MAX_POINTS if summary.n_events <= MAX_POINTS else TABLE_ROWS,
                           columns=PAGE_COLUMNS)
    main_col, side_col = st.columns([5, 2], gap="medium")
    with main_col:
        # Only the open tab is computed and drawn (on_change="rerun" makes .open True/False).
        tabs = st.tabs([i18n.t(k, lang) for k in TABS], key=K_TAB, on_change="rerun")
        with tabs[0]:
            if tabs[0].open is not False:
                timeline_tab(source, view, events, summary)
        with tabs[1]:
            if tabs[1].open is not False:
                actors_tab(source, view, events, summary)
        with tabs[2]:
            if tabs[2].open is not False:
                table_tab(view, events, summary)
        with tabs[3]:
            if tabs[3].open is not False:
                export_tab(source, view, summary)
    with side_col, st.container(border=True):
        details_panel(source, view, events)


main()
