"""What each part of the page shows, as plain data: app.py turns it into st.* calls.

    metrics          the header's figures (label, value)
    histogram_freq   day / week / month for a view too big to draw event by event
    TABLE_COLUMNS    the events table's columns: kind, label key
    EXPORTS, export_file   the download buttons and the file each one gives
    details_blocks   the details panel of one event, as a list of Blocks (kind + plain text)
    filter_widgets   the sidebar's multiselects: key, label, options, how each option is named
    plot_config      plotly's config in the page's language
    empty_text       why a view is empty: the filters that emptied it
    actor_parts, export_buttons   the Actors and Export tabs' contents

Article text stays plain text here: a Block of kind "markdown" is escaped by ``escape_markdown``; every
other kind is shown with st.text, st.caption of our own words, st.code or st.link_button.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.dashboard import charts, citations, export, i18n, plot_element, story
from timeline.dashboard.state import K, with_extra
from timeline.dashboard.uploads import printable
from timeline.dashboard.views import (
    Upload,
    View,
    actor_lines,
    date_words,
    escape_markdown,
    evidence_items,
    resolutions,
    type_options,
    typeahead_label,
)
from timeline.store.countries import with_countries
from timeline.store.query import MAX_POINTS, EventSource, Facets, Filters, Summary

UPLOAD_TYPES = ["txt", "md", "html", "htm", "json", "jsonl", "mht", "mhtml", "eml"]
#: Uploads are parsed in the server's memory, per session: a few articles, not a corpus (use the store).
MAX_UPLOAD_FILES = 20
MAX_UPLOAD_MB = 20
#: Rows sent to the table (st.dataframe ships them all to the browser).
TABLE_ROWS = 1_000
#: Up to this many events, export files are made at once; above, when the button is clicked.
EAGER_EXPORT_ROWS = 5_000
#: The date filter's widest range.
DATE_LIMITS = {"min_value": dt.date(1900, 1, 1), "max_value": dt.date(2100, 12, 31)}
#: At most this many actors offered in the actor filter (most frequent first).
ACTOR_OPTIONS = 5_000
#: Above this many events in view, the network and heat map are not drawn.
NETWORK_MAX_EVENTS = MAX_POINTS


PLOT_CONFIG = {"displaylogo": False}
#: On a phone (Streamlit stacks the columns below 640 px) the story list is the first view, above the chart:
#: CSS ``order`` on the wrapper of app.py's container "story" within the tab's column of blocks; it scrolls
#: within 40% of the screen's height, so the chart still starts on the first screen.
PHONE_CSS = ("<style>@media (max-width: 640px) {"
             ' [data-testid="stLayoutWrapper"]:has(> .st-key-story) { order: -1; }'
             " .st-key-story { max-height: 40vh; overflow-y: auto; } }</style>")


#: The tabs whose first drawing needs plotly's code (the others draw no chart).
CHART_TABS = ("timeline", "actors")
#: Our own page elements (app.py registers them with st.components.v2): the story list and the timeline. Their
#: scripts show article text as text only (story.py, plot_element.py).
ELEMENTS = ({"name": "timeline_story_list", "js": story.LIST_JS, "css": story.LIST_CSS, "isolate_styles": False},
            {"name": "timeline_plot", "js": plot_element.PLOT_JS, "isolate_styles": False})


def own_plot(key: str, figure: Any, lang: str, own: bool | None = None, **config: Any) -> dict[str, Any] | None:
    """The timeline element's data when ``key`` is the timeline's and plotly.js's basic bundle is there (``own``:
    ``plot_element.available()`` by default), else None: the chart is then drawn by st.plotly_chart."""
    if key != "timeline_chart" or not (plot_element.available() if own is None else own):
        return None
    return plot_element.element_data(figure, plot_config(lang, **config), lang)


def chart_preload(static_js: Path, tab: str, own: bool | None = None) -> str:
    """A script that starts loading plotly's code at the top of the page: for the Timeline tab plotly.js's basic
    bundle when it is there (``own``, by default ``plot_element.available()``; the timeline is then our own
    element), else Streamlit's PlotlyChart chunk (~4.7 MB); "" when the open tab draws no chart or the chunk is
    not found in ``static_js`` (Streamlit's static/js).

    Streamlit fetches that chunk only when it draws the first chart, after the rest of the page: fetched, compiled
    and run from the first thing the script sends, it is ready by then (the same URL, so the same module, run
    once). The chunk's URL is taken beside Streamlit's own index script, so a page served under a path works too.
    Our own fixed text, never article text.
    """
    if tab not in CHART_TABS:
        return ""
    if tab == "timeline" and (plot_element.available() if own is None else own):
        return plot_element.preload()
    chunks = sorted(static_js.glob("PlotlyChart.*.js"))
    if len(chunks) != 1:
        return ""
    return ('<script type="module">const s = document.querySelector(\'script[src*="/static/js/index."]\');'
            f' if (s) import(new URL("{chunks[0].name}", s.src)).catch(() => {{}});</script>')


def plot_config(lang: str, **extra: Any) -> dict[str, Any]:
    """Plotly's config for the page's language: its toolbar, months and numbers in French too."""
    return {**PLOT_CONFIG, **i18n.plotly_locale(lang), **extra}


@dataclass(frozen=True)
class FilterWidget:
    """One multiselect of the sidebar: its state key, label, options and how an option is shown."""

    key: str
    label: str
    options: list[str]
    name: Callable[[Any], str] = str
    help: str | None = None
    select_all: bool = False


def filter_widgets(facets: Facets | None, state: Mapping[str, Any], lang: str,
                   names: Mapping[str, str] | None = None) -> list[FilterWidget]:
    """The sidebar's multiselects in order: types, actors, articles (by ``names``: their titles), places, countries,
    status. Options keep any chosen value the data no longer offers (a link may name an actor outside the
    top list)."""
    named = names or {}

    def options(key: str, values: Sequence[str]) -> list[str]:
        return with_extra(list(values), state.get(key, []))

    return [
        FilterWidget(K.TYPES, i18n.t("types", lang),
                     options(K.TYPES, type_options(list(facets.types) if facets else [])),
                     lambda t: i18n.type_label(t, lang), select_all=True),
        FilterWidget(K.ACTORS, i18n.t("actors", lang),
                     options(K.ACTORS, [a for a, _ in (facets.actors[:ACTOR_OPTIONS] if facets else ())]),
                     typeahead_label, i18n.t("actors_help", lang)),
        FilterWidget(K.SOURCES, i18n.t("sources", lang), options(K.SOURCES, facets.sources if facets else ()),
                     lambda a: typeahead_label(named.get(a, a))),
        FilterWidget(K.PLACES, i18n.t("locations", lang), options(K.PLACES, facets.locations if facets else ()),
                     typeahead_label),
        FilterWidget(K.COUNTRIES, i18n.t("countries", lang), options(K.COUNTRIES, facets.countries if facets else ()),
                     typeahead_label, i18n.t("countries_help", lang)),
        FilterWidget(K.STATUS, i18n.t("status", lang), ["held", "planned"], lambda s: i18n.status_label(s, lang),
                     select_all=True),
    ]


@dataclass(frozen=True)
class Part:
    """One chart of a tab with its heading and note: app.py draws the heading, the note (``note_kind``: caption
    or info), then the figure (none when ``figure`` is None); ``select`` says a click on it filters on an actor."""

    title: str = ""
    note: str = ""
    note_kind: str = "caption"
    figure: Any = None
    key: str = ""
    select: bool = False
    width: str = "stretch"


def actor_parts(source: EventSource, view: View, events: pd.DataFrame, n_events: int, top_n: int) -> list[Part]:
    """The Actors tab: top actors (click one to filter on it), then, for a view small enough, the
    co-participation network and the actor x month heat map (as wide as its months need)."""
    lang = view.lang
    parts = [Part(i18n.t("top_actors_title", lang), i18n.t("top_actors_help", lang),
                  figure=charts.actor_bars(source.top_actors(view.filters, top_n), lang=lang), key="actor_bars",
                  select=True)]
    if n_events > NETWORK_MAX_EVENTS:
        return [*parts, Part(note=i18n.t("big_view_charts", lang, max=NETWORK_MAX_EVENTS), note_kind="info")]
    nodes, edges = charts.co_participation(events, top_n)
    return [*parts, Part(i18n.t("network_title", lang), i18n.t("network_empty", lang) if edges.empty else "",
                         figure=charts.network_figure(nodes, edges, lang=lang), key="network", select=True),
            Part(i18n.t("heatmap_title", lang), figure=charts.heatmap_figure(charts.actor_month(events, top_n),
                                                                              lang=lang), key="heatmap",
                 width="content")]


def export_buttons(source: EventSource, filters: Filters, n_events: int,
                   lang: str) -> list[tuple[str, Any, str, str, str]]:
    """The download buttons: (label, data, file name, mime type, key). Up to EAGER_EXPORT_ROWS events the
    files are made now; above, ``data`` is a function that makes the file when the button is clicked."""
    frame = source.events(filters) if n_events <= EAGER_EXPORT_ROWS else None
    out = []
    for name, (mime, file_name, label) in EXPORTS.items():
        data: Any = (export_file(name, frame, lang=lang) if frame is not None
                     else (lambda name=name: export_file(name, source.events(filters), lang=lang)))
        out.append((i18n.t(label, lang), data, file_name, mime, f"dl_{name}"))
    return out


def empty_text(source: EventSource, filters: Filters, lang: str) -> str:
    """The empty view's notice, naming the filters that emptied it (escaped)."""
    culprits = ", ".join(f"« {c} »" if lang == "fr" else f"“{c}”" for c in emptying_filters(source, filters, lang))
    return escape_markdown(i18n.t("no_events_because", lang, filters=culprits))


def number(n: int | None, lang: str = "en") -> str:
    """A header figure: 10 500 (English, as the page always showed it) / 10\u202f500 (French)."""
    if n is None:
        return "—"
    return i18n.number(n, lang) if lang == "fr" else f"{n:,}".replace(",", " ")


def metrics(summary: Summary, lang: str) -> list[tuple[str, str]]:
    """The header's figures: events, articles, actors (short enough for one row on a phone)."""
    return [(i18n.t("metric_events", lang), number(summary.n_events, lang)),
            (i18n.t("metric_articles", lang), number(summary.n_articles, lang)),
            (i18n.t("metric_actors", lang), number(summary.n_actors, lang))]


def span_text(summary: Summary, lang: str) -> str:
    """'Dates: 2024-12-22 → 2025-12-20', the span of the view."""
    span = f"{summary.first.isoformat()} → {summary.last.isoformat()}" if summary.first and summary.last else "—"
    return i18n.label("metric_span", lang, span)


def header_caption(source_label: str, summary: Summary, lang: str) -> str:
    """'Data: the sample articles  ·  Dates: 2024-12-22 → 2025-12-20' (the label escaped)."""
    return f"{i18n.label('source_label', lang, escape_markdown(source_label))}  ·  {span_text(summary, lang)}"


def events_limit(summary: Summary) -> int:
    """How many events the page reads: all of a view it draws mark by mark, else the table's rows."""
    return MAX_POINTS if summary.n_events <= MAX_POINTS else TABLE_ROWS


def histogram_freq(summary: Summary) -> str:
    """Bins of the counts chart: days up to four months, weeks up to three years, else months."""
    if summary.first and summary.last:
        days = (summary.last - summary.first).days
        return "day" if days <= 120 else "week" if days <= 3 * 365 else "month"
    return "month"


def upload_messages(upload: Upload | None, lang: str, notices: Sequence[str] = (), error: str = "",
                    kept: bool = False) -> list[tuple[str, str]]:
    """What the uploader says under its files, as (kind, text), each fit for any widget: the notices of the
    collection (escaped), a reading error (already escaped), that the files are kept (``kept``), the upload's
    own notices (escaped), the files' problems (plain text, kind "problems"), then how many events were found
    or why none was."""
    out = [("warning", escape_markdown(notice)) for notice in notices]
    out += [("error", error)] if error else []
    if upload is None:
        return [(kind, printable(text)) for kind, text in out]
    out += [("caption", i18n.t("kept_notice", lang))] if kept else []
    out += [("warning", escape_markdown(notice)) for notice in upload.notices]
    if upload.problems:
        out.append(("problems", "\n".join(f"{p.severity}: {p.message()}" for p in upload.problems)))
    if upload.events.empty:
        out.append(("warning", f"{i18n.t('upload_no_events', lang)} {upload.why_empty}"))
    else:
        out.append(("success", i18n.t("upload_done", lang, files=upload.n_files, articles=upload.n_articles,
                                       events=len(upload.events))))
    return [(kind, printable(text)) for kind, text in out]


def histogram(source: EventSource, filters: Filters, summary: Summary, lang: str) -> tuple[str, Any]:
    """A view too big to draw event by event: the notice saying so, and the counts chart."""
    freq = histogram_freq(summary)
    note = i18n.t("too_many", lang, n=summary.n_events, freq=i18n.t(f"freq_{freq}", lang))
    return note, charts.histogram_figure(source.histogram(filters, freq), lang=lang, freq=freq)


#: The events table's columns, in order: (column, label key, st.column_config kind, its options).
TABLE_COLUMNS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("date", "col_date", "DateColumn", {"format": "YYYY-MM-DD"}), ("when", "col_when", "TextColumn", {}),
    ("type", "col_type", "TextColumn", {}), ("title", "col_title", "TextColumn", {"width": "large"}),
    ("actors", "col_actors", "TextColumn", {}), ("locations", "col_locations", "TextColumn", {}),
    ("sources", "col_sources", "TextColumn", {}), ("status", "col_status", "TextColumn", {}),
    ("n_sources", "col_n_sources", "NumberColumn", {}),
)

#: The download buttons: name -> (mime type, file name, label key).
EXPORTS: dict[str, tuple[str, str, str]] = {
    "csv": ("text/csv", "timeline.csv", "export_csv"),
    "json": ("application/json", "timeline.json", "export_json"),
    "ics": ("text/calendar", "timeline.ics", "export_ics"),
    "timelinejs": ("application/json", "timeline-timelinejs.json", "export_timelinejs"),
}


def export_file(name: str, frame: pd.DataFrame | None, stamp: dt.datetime | None = None,
                lang: str = "en") -> str | bytes:
    """One export file of the view's events (the page's download buttons); calendar and TimelineJS texts in
    ``lang``."""
    frame = frame if frame is not None else pd.DataFrame()
    if name == "csv":  # the spreadsheet and JSON files carry each event's derived countries
        return export.to_csv(with_countries(frame))
    if name == "json":
        return export.to_json(with_countries(frame))
    if name == "ics":
        return export.to_ics(frame, stamp=stamp or dt.datetime.now(dt.UTC).replace(microsecond=0), lang=lang)
    return export.to_timelinejs(frame, lang=lang)


@dataclass(frozen=True)
class Block:
    """One piece of the details panel: the st.* call that draws it, with ``text`` first.

    kind: "markdown" (already escaped), "text", "caption" (our own words), "code" (evidence), "link_button"
    (``text`` the label, ``url`` a checked http(s) link) or "steps" (previous / next / close buttons).
    """

    kind: str
    text: str = ""
    url: str = ""

    def call(self, at: int) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The arguments of the st.* call (``at``: the block's place, for a widget key)."""
        if self.kind == "link_button":
            return (self.text, self.url), {"key": f"src_link_{at}"}
        if self.kind == "code":
            return (self.text,), {"language": None, "wrap_lines": True}
        return (self.text,), {}


#: Each filter's field, with the label key naming it (the empty state says which one emptied the view).
FILTER_LABELS: tuple[tuple[str, str], ...] = (
    ("start", "dates"), ("end", "dates"), ("types", "types"), ("actors", "actors"), ("sources", "sources"),
    ("locations", "locations"), ("countries", "countries"), ("statuses", "status"), ("text", "search"),
    ("include_coarse", "include_coarse"),
)


def emptying_filters(source: EventSource, filters: Filters, lang: str) -> list[str]:
    """The labels of the filters that, each taken away alone, give events back (the culprits of an empty view);
    when no single one does, every active filter (they empty it together)."""
    blank = Filters()
    active = [(name, key) for name, key in FILTER_LABELS if getattr(filters, name) != getattr(blank, name)]
    culprits = [key for name, key in active if source.count(replace(filters, **{name: getattr(blank, name)}))]
    return list(dict.fromkeys(i18n.t(k, lang) for k in (culprits or [k for _, k in active])))


def _facts(row: Any, lang: str) -> str:
    precision = i18n.precision_label(str(row["precision"]), lang)
    time = row.get("time")
    when = i18n.date_with_time(date_words(row, lang), time if isinstance(time, str) else None, lang)
    return (f"{i18n.label('detail_date', lang, when)}  "
            f"({i18n.t('detail_precision', lang, precision=precision)})\n"
            f"{i18n.label('detail_type', lang, i18n.type_label(str(row['event_type']), lang))}  ·  "
            f"{i18n.label('detail_status', lang, i18n.status_label(str(row['status']), lang))}  ·  "
            f"{i18n.label('detail_confidence', lang, i18n.number(float(row.get('confidence') or 0), lang, 2))}")


def _source_blocks(row: Any, mentions: pd.DataFrame, lang: str, infos: Mapping[str, Mapping[str, Any]]) -> list[Block]:
    """One line per article (title — outlet, date), then its link when it is safe to click (citations)."""
    blocks = [Block("caption", i18n.t("detail_sources", lang))]
    for item in citations.sources_of(row, mentions, infos, lang):
        blocks.append(Block("text", item.line(lang)))
        if item.link:
            blocks.append(Block("link_button", escape_markdown(item.outlet or item.link[:60]), item.link))
        elif item.url:
            blocks.append(Block("text", f"{item.url} {i18n.t('detail_not_link', lang)}"))
    return blocks


def details_blocks(source: EventSource, view: View, events: pd.DataFrame,
                   infos: Mapping[str, Mapping[str, Any]] | None = None) -> list[Block]:
    """The details panel of the selected event: title, date and how it was resolved, actors, places,
    evidence with the date words marked, sources."""
    lang = view.lang
    if not view.event:
        return [Block("caption", i18n.t("details_none", lang)), Block("steps")]
    row = source.event(view.event)
    if row is None:
        return [Block("caption", i18n.t("details_gone", lang))]
    blocks = []
    in_view = bool(len(events)) and bool((events["event_id"] == view.event).any())
    if not in_view and view.filters != Filters():
        blocks.append(Block("caption", i18n.t("details_gone", lang)))
    mentions = source.mentions([view.event])
    blocks += [Block("steps"), Block("markdown", f"**{escape_markdown(row['title'])}**"),
               Block("text", _facts(row, lang)),
               Block("caption", i18n.t("detail_resolution", lang)),
               Block("text", "\n".join(resolutions(row, mentions, lang))),
               Block("caption", i18n.t("detail_actors", lang)),
               Block("text", "\n".join(actor_lines(row)) or i18n.t("detail_no_actors", lang))]
    places = ", ".join(str(p) for p in row.get("locations") or [])
    if places:
        blocks += [Block("caption", i18n.t("detail_locations", lang)), Block("text", places)]
    blocks.append(Block("caption", i18n.t("detail_evidence", lang)))
    items = evidence_items(row, mentions, lang)
    named = {a: citations.article_name(a, (infos or {}).get(a, {}), lang) for a in {i.article_id for i in items}}
    blocks += [Block("code", f"[{named[item.article_id]}]\n{item.text}" if item.article_id else item.text)
               for item in items]
    return blocks + _source_blocks(row, mentions, lang, infos or {})
