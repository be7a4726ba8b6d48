"""The news-event timeline, as a Streamlit page: widgets -> timeline.dashboard -> st.*

    streamlit run app.py [-- --store store/ | --events events.jsonl]    (default: the articles in seeds/)

or TIMELINE_STORE, TIMELINE_EVENTS [+ TIMELINE_MENTIONS], TIMELINE_SEEDS. The URL holds the whole view (state);
what each part shows is computed in timeline.dashboard, this file only draws it. Article text is untrusted: it
reaches the page only through st.text, st.code, st.dataframe, plotly (HTML-escaped by charts), escape_markdown.
"""

from __future__ import annotations

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
from timeline.dashboard import citations, i18n, memo, pages, share, sources, state, uploads, views
from timeline.dashboard.state import TABS, K
from timeline.store.query import MAX_POINTS, PAGE_COLUMNS, EventSource, summarize

log = logging.getLogger("timeline.app")

SEEDS = Path(__file__).resolve().parent / "seeds"
STATIC_JS = Path(st.__file__).resolve().parent / "static" / "static" / "js"  # Streamlit's (pages.chart_preload)
ss = st.session_state

cached, cached_one = (st.cache_resource(show_spinner=False, max_entries=n) for n in (4, 1))
#: Loaded once per server and shared read-only: the seeds' extraction and their titles and links (keyed by the
#: files' hash), an events file, a store snapshot (after a new build the next run opens the new one).
LOADERS = sources.Loaders(seeds=cached(sources.extract_folder), files=cached(sources.read_files), spinner=st.spinner,
                          infos=cached(citations.folder_infos), store_infos=cached(citations.store_infos),
                          file_infos=cached(sources.file_infos), store=cached_one(sources.open_store))
COLLECTIONS = share.Collections(share.collections_dir())
STORY_LIST, TIMELINE_PLOT = (st.components.v2.component(**spec) for spec in pages.ELEMENTS)  # text only (pages)


def _settings() -> dict[str, str]:
    """--store / --events / --mentions / --seeds after `--`, else the TIMELINE_* environment variables."""
    argv = sys.argv[1:] if Path(sys.argv[0]).name == "app.py" else []
    return app_sources(argv, os.environ)


def _params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def uploads_widget(lang: str, box: Any) -> views.Upload | None:
    """The uploader (in ``box``) and the articles of a shared link; the session's Upload. The files are kept on the
    server under a token the URL carries (uploads.session_files) and read in a worker within a time budget."""
    box.subheader(i18n.t("upload_header", lang))
    files = box.file_uploader(i18n.t("upload_label", lang), type=pages.UPLOAD_TYPES, accept_multiple_files=True,
                              key="uploader",
                              help=i18n.t("upload_help", lang, files=pages.MAX_UPLOAD_FILES, mb=pages.MAX_UPLOAD_MB))
    chosen, notices = uploads.session_files(ss, [(f.name, f.getvalue()) for f in files or []], COLLECTIONS,
                                            time.time(), lang, K.COLLECTION)
    if linked := ss.get(uploads.LINKED):
        box.caption(i18n.t("shared_loaded", lang, n=len(linked[1])))
        box.button(i18n.t("shared_remove", lang), on_click=uploads.forget_link, args=(ss, K.COLLECTION),
                   key="shared_remove")
    upload, error = uploads.session_upload(ss, chosen, lang, max_files=pages.MAX_UPLOAD_FILES,
                                           max_mb=pages.MAX_UPLOAD_MB, start_progress=lambda: box.progress(0.0))
    for kind, text in pages.upload_messages(upload, lang, notices, error, kept=bool(ss.get(K.COLLECTION))):
        if kind == "problems":
            box.expander(i18n.t("upload_problems", lang), expanded=True).text(text)
        else:
            getattr(box, kind)(text)
    return upload


def share_panel(view: views.View, box: Any) -> None:
    """The Share button (with uploaded articles): the link to this view with them, and who can see them."""
    if view.collection and (box.button(i18n.t("share_button", view.lang), help=i18n.t("share_help", view.lang),
                                       key="share") or ss.get("_share_open")):
        ss["_share_open"] = True
        box.warning(i18n.t("share_notice", view.lang, days=int(COLLECTIONS.limits.max_age_s // 86_400)))
        box.caption(i18n.t("share_link", view.lang))
        box.code(share.link(st.context.url, views.encode_view(view)), language=None, wrap_lines=True)


def sidebar_filters(source: EventSource | None, lang: str, sb: Any, names: dict[str, str]) -> views.View:
    """Draw the filter widgets (in ``sb``, a sidebar container); return the View they describe."""
    sb.header(i18n.t("filters", lang))
    full, start, end = ss.get(state.FULL_RANGE), None, None
    if full is not None:
        picked = sb.date_input(i18n.t("dates", lang), key=K.DATES, **pages.DATE_LIMITS, format="YYYY-MM-DD")
        start, end = state.picked_range(picked, full)
    for w in pages.filter_widgets(source.facets() if source is not None else None, ss, lang, names):
        sb.multiselect(w.label, w.options, key=w.key, format_func=w.name, help=w.help, select_all=w.select_all,
                       placeholder=i18n.t("choose", lang))
    sb.text_input(i18n.t("search", lang), key=K.TEXT, help=i18n.t("search_help", lang))
    sb.toggle(i18n.t("include_coarse", lang), key=K.COARSE)
    sb.button(i18n.t("reset", lang), on_click=state.reset, args=(ss,), key="reset_sidebar")
    return state.view_from_state(ss, lang, start, end)


def timeline_tab(source: EventSource, view: views.View, events: pd.DataFrame, summary: Any, names: dict) -> None:
    lang = view.lang
    with st.container(key="timeline_box"):
        if summary.n_events > MAX_POINTS:
            note, figure = pages.histogram(source, view.filters, summary, lang)
            st.info(note)
            chart(figure, "histogram_chart", lang)
        elif span := memo.period(source, events):  # (opening span, bounds) of the "Period shown" slider
            state.show_period(ss, *span)
            figure, own = memo.timeline_parts(source, events, lang, ss.get(K.LANES, "type"), ss[K.SHOWN], names)
            chart(figure, memo.TIMELINE_KEY, lang, state.on_timeline_select, own=own, **memo.TIMELINE_CONFIG)
            st.caption(i18n.t("timeline_help", lang))
            st.slider(i18n.t("period_shown", lang), *span[1], key=K.SHOWN, format="YYYY-MM-DD",
                      on_change=state.on_period, args=(ss, span[0]), help=i18n.t("period_help", lang))
        st.radio(i18n.t("lanes", lang), ["type", "actor"], key=K.LANES, horizontal=True,
                 format_func=lambda v: i18n.t(f"lanes_{v}", lang))
    with st.container(key="story"):  # on a phone, drawn first (PHONE_CSS)
        st.subheader(i18n.t("story_title", lang))
        page = memo.story_page(source, events, lang, ss.get(state.STORY_PAGE), view.event, names)
        if page.pages > 1:  # every event is on a page: the keyboard reaches them all
            ss[K.STORY] = page.page
            st.select_slider(i18n.t("story_pages", lang, n=page.total), range(page.pages), key=K.STORY,
                             format_func=page.label, on_change=state.turn_story, args=(ss,))
        STORY_LIST(key="story_list", data={"rows": page.rows}, on_open_change=partial(state.open_story_row, ss,
                                                                                        "story_list"))


def chart(figure: Any, key: str, lang: str, on_select: Any = None, width: str = "stretch", own: Any = None,
          **config: Any) -> None:
    """A plotly figure; with ``on_select`` (a state callback taking the chart's key), a click on a mark calls it."""
    if own := own or pages.own_plot(key, figure, lang, **config):  # the timeline, drawn by plotly.js's basic bundle
        return TIMELINE_PLOT(key=key, data=own, on_open_change=partial(state.open_story_row, ss, key))
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


def table_tab(view: views.View, events: pd.DataFrame, summary: Any, names: dict[str, str]) -> None:
    lang, cc = view.lang, st.column_config
    st.caption(i18n.t("table_help", lang))
    if summary.n_events > len(events):
        st.caption(i18n.t("table_cut", lang, shown=len(events), n=summary.n_events))
    events = events.head(pages.TABLE_ROWS)
    key = state.table_rows(ss, list(events["event_id"]))  # new rows, new key: no row stays ticked after a filter
    st.dataframe(views.table_frame(events, lang, names), key=key, on_select=partial(state.on_table_select, ss, key),
                 selection_mode="single-row", hide_index=True, width="stretch",
                 column_order=[column[0] for column in pages.TABLE_COLUMNS],
                 column_config={name: getattr(cc, kind)(i18n.t(label, lang), **options)
                                for name, label, kind, options in pages.TABLE_COLUMNS})


def export_tab(source: EventSource, view: views.View, summary: Any) -> None:
    st.caption(i18n.t("export_help", view.lang, n=summary.n_events))
    files = pages.export_buttons(source, view.filters, summary.n_events, view.lang)
    for col, (label, data, file_name, mime, key) in zip(st.columns(len(files)), files, strict=True):
        col.download_button(label, data=data, file_name=file_name, mime=mime, key=key, on_click="ignore",
                            width="stretch")


def details_panel(source: EventSource, view: views.View, events: pd.DataFrame, infos: dict[str, Any]) -> None:
    st.subheader(i18n.t("details", view.lang))
    for i, block in enumerate(pages.details_blocks(source, view, events, infos)):
        if block.kind == "steps":  # previous / next in the story, close
            row = st.container(horizontal=True)
            for step in memo.steps(source, events, view.event):
                row.button(i18n.t(step.label, view.lang), on_click=state.select, args=(ss, step.target),
                           disabled=step.disabled, key=step.key)
        else:  # markdown (escaped), text, caption, code (evidence), link_button (a checked link)
            args, options = block.call(i)
            getattr(st, block.kind)(*args, **options)


def main() -> None:
    st.set_page_config(page_title="News-event timeline", page_icon="🗓️", layout="wide")
    pending = state.begin(ss, _params())
    lang = state.language(ss, st.sidebar.selectbox("Language / Langue", list(i18n.languages()), key=K.LANG,
                                                   format_func=i18n.languages().get))
    filters_box, upload_box, foot = st.sidebar.container(), st.sidebar.container(), st.sidebar.container()
    if preload := pages.chart_preload(STATIC_JS, pending.tab if pending else state.tab_name(ss.get(K.TAB), lang)):
        foot.html(preload, unsafe_allow_javascript=True)  # our fixed text: plotly's code loads from the start
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
    infos = sources.article_infos(_settings(), SEEDS, upload, LOADERS, base)
    names = sources.article_names(source, infos, lang, ss)  # articles by title, never by file name
    view = sidebar_filters(source, lang, filters_box, names)
    if (wanted := state.params_to_write(ss, view, _params())) is not None:
        st.query_params.from_dict(wanted)
    share_panel(view, upload_box)
    foot.caption(i18n.t("app_caption", lang))
    if base.warnings:
        st.expander(i18n.t("upload_problems", lang)).text("\n".join(base.warnings))
    if source is None or facets is None or facets.n_events == 0:
        st.info(i18n.t("no_data", lang))
        return
    summary = summarize(source, view.filters)
    st.caption(pages.header_caption(sources.source_label(base, upload, lang), summary, lang))
    figures = st.container(horizontal=True, gap="large")
    for name, value in pages.metrics(summary, lang):
        figures.metric(name, value, width="content")
    if summary.n_events == 0:
        st.warning(pages.empty_text(source, view.filters, lang))
        st.button(i18n.t("reset", lang), on_click=state.reset, args=(ss,), key="reset_empty")
        return
    events = memo.view_events(source, view.filters, pages.events_limit(summary), PAGE_COLUMNS)  # parts shared
    st.html(pages.PHONE_CSS)
    main_col, side_col = st.columns([5, 2], gap="medium")
    with main_col:  # only the open tab is computed and drawn (on_change="rerun" makes .open True/False)
        tabs = st.tabs([i18n.t(k, lang) for k in TABS], key=K.TAB, on_change="rerun")
        parts = (lambda: timeline_tab(source, view, events, summary, names),
                 lambda: actors_tab(source, view, events, summary), lambda: table_tab(view, events, summary, names),
                 lambda: export_tab(source, view, summary))
        for tab, draw in zip(tabs, parts, strict=True):
            with tab:
                if tab.open is not False:
                    draw()
    with side_col, st.container(border=True):
        details_panel(source, view, events, infos)


def guarded() -> None:
    """The page, no traceback shown (Cloud forces showErrorDetails=false, read as "stacktrace": set it here)."""
    st.set_option("client.showErrorDetails", "none")
    try:
        main()
    except Exception:
        log.exception("the page failed")
        st.error(i18n.t("page_failed", i18n.lang_or_default(ss.get(K.LANG))))


guarded()
