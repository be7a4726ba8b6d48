"""The news-event timeline, as a Streamlit page: widgets -> timeline.dashboard -> st.*

    streamlit run app.py                              the sample articles in seeds/
    streamlit run app.py -- --store store/            a store built by `python -m timeline build`
    streamlit run app.py -- --events events.jsonl     an events file (`python -m timeline extract`)

(or the environment variables TIMELINE_STORE, TIMELINE_EVENTS [+ TIMELINE_MENTIONS], TIMELINE_SEEDS).
Every filter, the language and the selected event live in the URL: the address is a link to the view
(timeline.dashboard.state). What each part shows is computed in timeline.dashboard (sources, pages, views,
charts); this file only draws it. Article text is untrusted: it reaches the page only through st.text,
st.code, st.dataframe, plotly (HTML-escaped by timeline.dashboard.charts) or views.escape_markdown.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from timeline.cli import app_sources
from timeline.dashboard import charts, citations, i18n, pages, share, sources, state, timeline_chart, uploads, views
from timeline.dashboard.state import TABS, K
from timeline.store.query import MAX_POINTS, PAGE_COLUMNS, EventSource, summarize

log = logging.getLogger("timeline.app")

SEEDS = Path(__file__).resolve().parent / "seeds"
PLOT_CONFIG = {"displaylogo": False}


def plot_config(lang: str, **extra: Any) -> dict[str, Any]:
    """Plotly's config for the page's language: its toolbar, months and numbers in French too."""
    return {**PLOT_CONFIG, **i18n.plotly_locale(lang), **extra}
ss = st.session_state


@st.cache_resource(show_spinner=False, max_entries=4)
def seed_source(folder: str, key: str) -> Any:
    """The sample articles, extracted once per server (``key``: their files' hash) and shared read-only."""
    return sources.extract_folder(folder)


@st.cache_resource(show_spinner=False, max_entries=4)
def file_source(events_path: str, mentions_path: str, key: str) -> Any:
    return sources.read_files(events_path, mentions_path)


@st.cache_resource(show_spinner=False, max_entries=4)
def seed_infos(folder: str, key: str) -> Any:
    """Title, URL and date of each sample article, for the sources list (ingest only)."""
    return citations.folder_infos(folder)


def article_infos(upload: views.Upload | None) -> dict[str, Any]:
    """What the sources list knows of each article: the sample articles' and this session's uploads'."""
    settings, infos = _settings(), {}
    if not settings.get("store") and not settings.get("events"):
        folder = Path(settings.get("seeds") or SEEDS)
        infos.update(seed_infos(str(folder), sources.folder_key(folder)))
    if upload is not None:
        infos.update(citations.infos_by_id(upload.articles))
    return infos


#: A store snapshot is opened once per server; after a new build the next run opens the new one.
LOADERS = sources.Loaders(seeds=seed_source, files=file_source, spinner=st.spinner,
                          store=st.cache_resource(show_spinner=False, max_entries=1)(sources.open_store))


def _settings() -> dict[str, str]:
    """--store / --events / --mentions / --seeds after `--`, else the TIMELINE_* environment variables."""
    argv = sys.argv[1:] if Path(sys.argv[0]).name == "app.py" else []
    return app_sources(argv, os.environ)


COLLECTIONS = share.Collections(share.collections_dir())


def uploads_widget(lang: str, box: Any) -> views.Upload | None:
    """The uploader (in ``box``, a sidebar container) and the articles of a shared link; the session's Upload.

    Uploaded files are kept on the server under a token that goes into the URL (timeline.dashboard.uploads
    .session_files), so a reload keeps them and the link shares them. They are read in a worker process
    within a time budget."""
    box.subheader(i18n.t("upload_header", lang))
    files = box.file_uploader(i18n.t("upload_label", lang), type=pages.UPLOAD_TYPES, accept_multiple_files=True,
                              key="uploader",
                              help=i18n.t("upload_help", lang, files=pages.MAX_UPLOAD_FILES, mb=pages.MAX_UPLOAD_MB))
    chosen, notices = uploads.session_files(ss, [(f.name, f.getvalue()) for f in files or []], COLLECTIONS,
                                            time.time(), lang, K.COLLECTION)
    for notice in notices:
        box.warning(views.escape_markdown(notice))
    linked = ss.get(uploads.LINKED)
    if linked:
        box.caption(i18n.t("shared_loaded", lang, n=len(linked[1])))
        box.button(i18n.t("shared_remove", lang), on_click=uploads.forget_link, args=(ss, K.COLLECTION),
                   key="shared_remove")
    if not chosen:
        ss.pop("upload", None)
        return None
    key = uploads.files_key(chosen)
    upload: views.Upload | None = ss.get("upload")
    if upload is None or upload.key != key:
        bar = box.progress(0.0)
        try:
            upload = uploads.extract_uploads(chosen, lang, max_files=pages.MAX_UPLOAD_FILES, max_mb=pages.MAX_UPLOAD_MB,
                                             progress=lambda share, text: bar.progress(share, text=text))
        except Exception as exc:
            log.exception("upload failed")
            box.error(i18n.t("upload_failed", lang, error=views.escape_markdown(uploads.printable(exc))))
            return None
        finally:
            bar.empty()
        upload.key = key
        ss["upload"] = upload
        ss.pop("upload_source", None)
    if ss.get(K.COLLECTION):
        box.caption(i18n.t("kept_notice", lang))
    for kind, text in pages.upload_messages(upload, lang):
        if kind == "problems":
            box.expander(i18n.t("upload_problems", lang), expanded=True).text(uploads.printable(text))
        else:
            getattr(box, kind)(uploads.printable(text))
    return upload


def share_panel(view: views.View, box: Any) -> None:
    """The Share button: the link to this view with the session's articles, and who can see them."""
    if not view.collection:
        return
    if box.button(i18n.t("share_button", view.lang), help=i18n.t("share_help", view.lang), key="share"):
        ss["_share_open"] = True
    if ss.get("_share_open"):
        days = int(COLLECTIONS.limits.max_age_s // 86_400)
        box.warning(i18n.t("share_notice", view.lang, days=days))
        box.caption(i18n.t("share_link", view.lang))
        box.code(share.link(st.context.url, views.encode_view(view)), language=None, wrap_lines=True)


def sidebar_filters(source: EventSource | None, lang: str, sb: Any) -> views.View:
    """Draw the filter widgets (in ``sb``, a sidebar container); return the View they describe."""
    sb.header(i18n.t("filters", lang))
    facets = source.facets() if source is not None else None
    full, start, end = ss.get(state.FULL_RANGE), None, None
    if full is not None:
        picked = sb.date_input(i18n.t("dates", lang), key=K.DATES, format="YYYY-MM-DD",
                               min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
        start, end = state.picked_range(picked, full)
    choose = i18n.t("choose", lang)
    types = views.type_options(list(facets.types) if facets else [])
    sb.multiselect(i18n.t("types", lang), state.with_extra(types, ss.get(K.TYPES, [])), key=K.TYPES,
                   format_func=lambda t: i18n.type_label(t, lang), placeholder=choose)
    actors = [a for a, _ in (facets.actors[:pages.ACTOR_OPTIONS] if facets else ())]
    sb.multiselect(i18n.t("actors", lang), state.with_extra(actors, ss.get(K.ACTORS, [])), key=K.ACTORS,
                   help=i18n.t("actors_help", lang), placeholder=choose, format_func=views.typeahead_label,
                   select_all=False)
    for key, label, options in ((K.SOURCES, "sources", facets.sources if facets else ()),
                                (K.PLACES, "locations", facets.locations if facets else ())):
        sb.multiselect(i18n.t(label, lang), state.with_extra(list(options), ss.get(key, [])), key=key,
                       placeholder=choose, format_func=views.typeahead_label,
                       select_all=False)
    sb.multiselect(i18n.t("status", lang), ["held", "planned"], key=K.STATUS,
                   format_func=lambda s: i18n.status_label(s, lang), placeholder=choose)
    sb.text_input(i18n.t("search", lang), key=K.TEXT, help=i18n.t("search_help", lang))
    sb.toggle(i18n.t("include_coarse", lang), key=K.COARSE)
    sb.button(i18n.t("reset", lang), on_click=state.reset, args=(ss,), key="reset_sidebar")
    return state.view_from_state(ss, lang, start, end)


def timeline_tab(source: EventSource, view: views.View, events: pd.DataFrame, summary: Any) -> None:
    lang = view.lang
    if summary.n_events > MAX_POINTS:
        freq = pages.histogram_freq(summary)
        st.info(i18n.t("too_many", lang, n=summary.n_events, freq=i18n.t(f"freq_{freq}", lang)))
        hist = source.histogram(view.filters, freq)
        st.plotly_chart(charts.histogram_figure(hist, lang=lang, freq=freq), key="histogram_chart",
                        config=plot_config(lang))
    else:
        fig = timeline_chart.timeline_figure(events, lang=lang, lanes=ss.get(K.LANES, "type"))
        st.plotly_chart(fig, key="timeline_chart", on_select=partial(state.on_timeline_select, ss),
                        selection_mode="points", config=plot_config(lang, scrollZoom=True))
        st.caption(i18n.t("timeline_help", lang))
    st.radio(i18n.t("lanes", lang), ["type", "actor"], key=K.LANES, horizontal=True,
             format_func=lambda v: i18n.t(f"lanes_{v}", lang))
    st.subheader(i18n.t("story_title", lang))
    if summary.n_events > pages.STORY_ROWS:
        st.caption(i18n.t("story_cut", lang, shown=pages.STORY_ROWS, n=summary.n_events))
    for event_id, label, more in pages.story(events, lang):
        st.button(label, key=f"story_{event_id}", on_click=state.select, args=(ss, event_id), type="tertiary")
        if more:
            st.caption(more)


def actors_tab(source: EventSource, view: views.View, events: pd.DataFrame, summary: Any) -> None:
    lang = view.lang
    st.slider(i18n.t("top_n", lang), 3, 50, key=K.TOP)
    n = int(ss.get(K.TOP, views.DEFAULT_TOP_N))
    st.subheader(i18n.t("top_actors_title", lang))
    st.caption(i18n.t("top_actors_help", lang))
    st.plotly_chart(charts.actor_bars(source.top_actors(view.filters, n), lang=lang), key="actor_bars",
                    on_select=partial(state.on_actor_select, ss, "actor_bars"), selection_mode="points",
                    config=plot_config(lang))
    if summary.n_events > pages.NETWORK_MAX_EVENTS:
        st.info(i18n.t("big_view_charts", lang, max=pages.NETWORK_MAX_EVENTS))
        return
    st.subheader(i18n.t("network_title", lang))
    nodes, edges = charts.co_participation(events, n)
    if edges.empty:
        st.caption(i18n.t("network_empty", lang))
    st.plotly_chart(charts.network_figure(nodes, edges, lang=lang), key="network",
                    on_select=partial(state.on_actor_select, ss, "network"), selection_mode="points",
                    config=plot_config(lang))
    st.subheader(i18n.t("heatmap_title", lang))  # as wide as its months need (charts.heatmap_figure)
    st.plotly_chart(charts.heatmap_figure(charts.actor_month(events, n), lang=lang), key="heatmap",
                    config=plot_config(lang), width="content")


def table_tab(view: views.View, events: pd.DataFrame, summary: Any) -> None:
    lang, cc = view.lang, st.column_config
    st.caption(i18n.t("table_help", lang))
    if summary.n_events > len(events):
        st.caption(i18n.t("table_cut", lang, shown=len(events), n=summary.n_events))
    events = events.head(pages.TABLE_ROWS)
    ss["_table_ids"] = list(events["event_id"])
    key = state.table_key(ss["_table_ids"])  # new rows, new key: no row stays ticked after a filter change
    kinds = {"date": lambda label: cc.DateColumn(label, format="YYYY-MM-DD"), "text": cc.TextColumn,
             "large": lambda label: cc.TextColumn(label, width="large"), "number": cc.NumberColumn}
    st.dataframe(views.table_frame(events, lang), key=key, on_select=partial(state.on_table_select, ss, key),
                 selection_mode="single-row", hide_index=True, width="stretch",
                 column_order=[name for name, _, _ in pages.TABLE_COLUMNS],
                 column_config={name: kinds[kind](i18n.t(label, lang)) for name, kind, label in pages.TABLE_COLUMNS})


def export_tab(source: EventSource, view: views.View, summary: Any) -> None:
    lang, filters = view.lang, view.filters
    st.caption(i18n.t("export_help", lang, n=summary.n_events))
    eager = summary.n_events <= pages.EAGER_EXPORT_ROWS
    frame = source.events(filters) if eager else None
    buttons = zip(st.columns(len(pages.EXPORTS)), pages.EXPORTS.items(), strict=True)
    for col, (name, (mime, file_name, label)) in buttons:
        data: Any = (pages.export_file(name, frame, lang=lang) if eager
                     else (lambda name=name: pages.export_file(name, source.events(filters), lang=lang)))
        col.download_button(i18n.t(label, lang), data=data, file_name=file_name, mime=mime, key=f"dl_{name}",
                            on_click="ignore", width="stretch")


def details_panel(source: EventSource, view: views.View, events: pd.DataFrame, infos: dict[str, Any]) -> None:
    lang = view.lang
    st.subheader(i18n.t("details", lang))
    for i, block in enumerate(pages.details_blocks(source, view, events, infos)):
        if block.kind == "steps":  # previous / next in the story, close
            before, after = pages.neighbours(pages.chronological(events), view.event)
            row = st.container(horizontal=True)
            if view.event:
                row.button(i18n.t("story_previous", lang), on_click=state.select, args=(ss, before),
                           disabled=not before, key="story_previous")
            row.button(i18n.t("story_next" if view.event else "story_start", lang), on_click=state.select,
                       args=(ss, after), disabled=not after, key="story_next")
            if view.event:
                row.button(i18n.t("close_details", lang), on_click=state.close_details, args=(ss,), key="close_details")
        elif block.kind == "link":
            st.link_button(block.text, block.url, key=f"src_link_{i}")
        elif block.kind == "code":
            st.code(block.text, language=None, wrap_lines=True)
        else:
            getattr(st, block.kind)(block.text)  # markdown (escaped), text, caption


def main() -> None:
    st.set_page_config(page_title="News-event timeline", page_icon="🗓️", layout="wide")
    pending = state.url_view(ss, {k: st.query_params.get_all(k) for k in st.query_params})
    if pending is not None:
        ss[K.LANG] = pending.lang
        ss[K.COLLECTION] = pending.collection  # the uploader reads it before the widgets are seeded
    state.restore_kept(ss)
    languages = i18n.languages()
    lang = i18n.lang_or_default(st.sidebar.selectbox("Language / Langue", list(languages), key=K.LANG,
                                                     format_func=languages.get))
    state.relabel_after_switch(ss, lang)
    filters_box, upload_box = st.sidebar.container(), st.sidebar.container()
    st.title(i18n.t("app_title", lang))
    base = sources.load_base(_settings(), SEEDS, lang, LOADERS)
    for error in base.errors:
        st.error(views.escape_markdown(error))
    upload = uploads_widget(lang, upload_box)
    source = sources.view_source(base, upload, ss)
    counts = sources.upload_counts(base, upload, source)
    if counts and counts[1]:
        upload_box.caption(i18n.t("upload_merged", lang, new=counts[0], merged=counts[1]))
    facets = source.facets() if source is not None else None
    full = (facets.min_date, facets.max_date) if facets and facets.min_date and facets.max_date else None
    state.sync_from_url(ss, pending, full)
    view = sidebar_filters(source, lang, filters_box)
    wanted = state.params_to_write(ss, view, {k: st.query_params.get_all(k) for k in st.query_params})
    if wanted is not None:
        st.query_params.from_dict(wanted)
    share_panel(view, upload_box)
    label = views.escape_markdown(sources.source_label(base, upload, lang))
    st.sidebar.caption(i18n.t("app_caption", lang))
    if base.warnings:
        with st.expander(i18n.t("upload_problems", lang)):
            st.text("\n".join(base.warnings))
    if source is None or facets is None or facets.n_events == 0:
        st.info(i18n.t("no_data", lang))
        return
    summary = summarize(source, view.filters)
    st.caption(f"{i18n.label('source_label', lang, label)}  ·  {pages.span_text(summary, lang)}")
    figures = st.container(horizontal=True, gap="large")
    for name, value in pages.metrics(summary, lang):
        figures.metric(name, value, width="content")
    if summary.n_events == 0:
        culprits = ", ".join(f"« {c} »" if lang == "fr" else f"“{c}”" for c in
                             pages.emptying_filters(source, view.filters, lang))
        st.warning(views.escape_markdown(i18n.t("no_events_because", lang, filters=culprits)))
        st.button(i18n.t("reset", lang), on_click=state.reset, args=(ss,), key="reset_empty")
        return
    events = source.events(view.filters, limit=MAX_POINTS if summary.n_events <= MAX_POINTS else pages.TABLE_ROWS,
                           columns=PAGE_COLUMNS)
    main_col, side_col = st.columns([5, 2], gap="medium")
    with main_col:  # only the open tab is computed and drawn (on_change="rerun" makes .open True/False)
        tabs = st.tabs([i18n.t(k, lang) for k in TABS], key=K.TAB, on_change="rerun")
        parts = (lambda: timeline_tab(source, view, events, summary), lambda: actors_tab(source, view, events, summary),
                 lambda: table_tab(view, events, summary), lambda: export_tab(source, view, summary))
        for tab, draw in zip(tabs, parts, strict=True):
            with tab:
                if tab.open is not False:
                    draw()
    with side_col, st.container(border=True):
        details_panel(source, view, events, article_infos(upload))


def guarded() -> None:
    """The page, with nothing escaping to the visitor but a plain message.

    Streamlit Community Cloud forces ``client.showErrorDetails=false``, which Streamlit reads as
    "stacktrace" (type, server paths, source line): set it here, where the host's settings cannot
    override it, and catch what escapes. Streamlit's own control flow (st.rerun, st.stop) derives
    from BaseException and passes through. The server log keeps the traceback.
    """
    st.set_option("client.showErrorDetails", "none")
    try:
        main()
    except Exception:
        log.exception("the page failed")
        lang = i18n.lang_or_default(ss.get(K.LANG))
        st.error(i18n.t("page_failed", lang))


guarded()
