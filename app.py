"""The news-event timeline, as a Streamlit page: widgets -> timeline.dashboard -> st.*

    streamlit run app.py [-- --store store/ | --events events.jsonl]    (default: the articles in seeds/)

or TIMELINE_STORE, TIMELINE_EVENTS [+ TIMELINE_MENTIONS], TIMELINE_SEEDS. The URL holds the whole view
(timeline.dashboard.state); what each part shows is computed in timeline.dashboard (pages, sources, views,
charts), this file only draws it. Article text is untrusted: it reaches the page only through st.text, st.code,
st.dataframe, plotly (HTML-escaped by charts) or views.escape_markdown.
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
ss = st.session_state


cached = st.cache_resource(show_spinner=False, max_entries=4)
#: Loaded once per server and shared read-only: the seeds' extraction and their titles and links (keyed by the
#: files' hash), an events file, a store snapshot (after a new build the next run opens the new one).
LOADERS = sources.Loaders(seeds=cached(sources.extract_folder), files=cached(sources.read_files), spinner=st.spinner,
                          infos=cached(citations.folder_infos),
                          store=st.cache_resource(show_spinner=False, max_entries=1)(sources.open_store))
COLLECTIONS = share.Collections(share.collections_dir())


def _settings() -> dict[str, str]:
    """--store / --events / --mentions / --seeds after `--`, else the TIMELINE_* environment variables."""
    argv = sys.argv[1:] if Path(sys.argv[0]).name == "app.py" else []
    return app_sources(argv, os.environ)


def _params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


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
    if linked := ss.get(uploads.LINKED):
        box.caption(i18n.t("shared_loaded", lang, n=len(linked[1])))
        box.button(i18n.t("shared_remove", lang), on_click=uploads.forget_link, args=(ss, K.COLLECTION),
                   key="shared_remove")
    upload, error = uploads.session_upload(ss, chosen, lang, max_files=pages.MAX_UPLOAD_FILES,
                                           max_mb=pages.MAX_UPLOAD_MB, start_progress=lambda: box.progress(0.0))
    if error:
        box.error(error)
    if upload is None:
        return None
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
    full, start, end = ss.get(state.FULL_RANGE), None, None
    if full is not None:
        picked = sb.date_input(i18n.t("dates", lang), key=K.DATES, format="YYYY-MM-DD",
                               min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
        start, end = state.picked_range(picked, full)
    for w in pages.filter_widgets(source.facets() if source is not None else None, ss, lang):
        sb.multiselect(w.label, w.options, key=w.key, format_func=w.name, help=w.help, select_all=w.select_all,
                       placeholder=i18n.t("choose", lang))
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
        chart(charts.histogram_figure(hist, lang=lang, freq=freq), "histogram_chart", lang)
    else:
        fig = timeline_chart.timeline_figure(events, lang=lang, lanes=ss.get(K.LANES, "type"))
        chart(fig, "timeline_chart", lang, state.on_timeline_select, scrollZoom=True)
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


def chart(figure: Any, key: str, lang: str, on_select: Any = None, width: str = "stretch", **config: Any) -> None:
    """A plotly figure; with ``on_select`` (a state callback taking the chart's key), a click on a mark calls it."""
    st.plotly_chart(figure, key=key, config=pages.plot_config(lang, **config), width=width,
                    on_select=partial(on_select, ss, key) if on_select else "ignore", selection_mode="points")


def actors_tab(source: EventSource, view: views.View, events: pd.DataFrame, summary: Any) -> None:
    st.slider(i18n.t("top_n", view.lang), 3, 50, key=K.TOP)
    for part in pages.actor_parts(source, view, events, summary.n_events, int(ss.get(K.TOP, views.DEFAULT_TOP_N))):
        if part.title:
            st.subheader(part.title)
        if part.note:
            getattr(st, part.note_kind)(part.note)
        if part.figure is not None:
            chart(part.figure, part.key, view.lang, state.on_actor_select if part.select else None, part.width)


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
    st.caption(i18n.t("export_help", view.lang, n=summary.n_events))
    buttons = pages.export_buttons(source, view.filters, summary.n_events, view.lang)
    for col, (label, data, file_name, mime, key) in zip(st.columns(len(buttons)), buttons, strict=True):
        col.download_button(label, data=data, file_name=file_name, mime=mime, key=key, on_click="ignore",
                            width="stretch")


def details_panel(source: EventSource, view: views.View, events: pd.DataFrame, infos: dict[str, Any]) -> None:
    st.subheader(i18n.t("details", view.lang))
    for i, block in enumerate(pages.details_blocks(source, view, events, infos)):
        if block.kind == "steps":  # previous / next in the story, close
            row = st.container(horizontal=True)
            for step in pages.steps(events, view.event):
                row.button(i18n.t(step.label, view.lang), on_click=state.select, args=(ss, step.target),
                           disabled=step.disabled, key=step.key)
        elif block.kind == "link":
            st.link_button(block.text, block.url, key=f"src_link_{i}")
        elif block.kind == "code":
            st.code(block.text, language=None, wrap_lines=True)
        else:
            getattr(st, block.kind)(block.text)  # markdown (escaped), text, caption


def main() -> None:
    st.set_page_config(page_title="News-event timeline", page_icon="🗓️", layout="wide")
    pending = state.begin(ss, _params())
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
    if note := sources.merged_note(base, upload, source, lang):
        upload_box.caption(note)
    facets = source.facets() if source is not None else None
    state.sync_from_url(ss, pending, (facets.min_date, facets.max_date) if facets and facets.max_date else None)
    view = sidebar_filters(source, lang, filters_box)
    if (wanted := state.params_to_write(ss, view, _params())) is not None:
        st.query_params.from_dict(wanted)
    share_panel(view, upload_box)
    label = views.escape_markdown(sources.source_label(base, upload, lang))
    st.sidebar.caption(i18n.t("app_caption", lang))
    if base.warnings:
        st.expander(i18n.t("upload_problems", lang)).text("\n".join(base.warnings))
    if source is None or facets is None or facets.n_events == 0:
        st.info(i18n.t("no_data", lang))
        return
    summary = summarize(source, view.filters)
    st.caption(f"{i18n.label('source_label', lang, label)}  ·  {pages.span_text(summary, lang)}")
    figures = st.container(horizontal=True, gap="large")
    for name, value in pages.metrics(summary, lang):
        figures.metric(name, value, width="content")
    if summary.n_events == 0:
        st.warning(pages.empty_text(source, view.filters, lang))
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
        details_panel(source, view, events, sources.article_infos(_settings(), SEEDS, upload, LOADERS))


def guarded() -> None:
    """The page, with nothing escaping to the visitor but a plain message (the server log keeps the traceback).

    Community Cloud forces ``client.showErrorDetails=false``, which Streamlit reads as "stacktrace": set it
    here, where the host cannot override it. st.rerun / st.stop derive from BaseException and pass through."""
    st.set_option("client.showErrorDetails", "none")
    try:
        main()
    except Exception:
        log.exception("the page failed")
        lang = i18n.lang_or_default(ss.get(K.LANG))
        st.error(i18n.t("page_failed", lang))


guarded()
