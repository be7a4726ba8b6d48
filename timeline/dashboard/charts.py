"""Plotly figures for the dashboard: DataFrames in, go.Figure out (no streamlit import).

    hover_texts          the hover label of each event (the timeline is drawn by timeline_chart)
    histogram_figure     counts per day/week/month, stacked by type (for views too big to draw event by event)
    actor_bars           top actors, stacked by event type
    co_participation     actor pairs sharing events -> network_figure
    actor_month          actor x month counts -> heatmap_figure

Every figure that can be clicked carries the event id (or actor name) in ``customdata[0]``.
Plotly renders a subset of HTML in hover labels, tick labels and texts, so every piece of
article text that reaches a figure goes through ``esc``.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections import Counter
from collections.abc import Mapping
from itertools import combinations
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc

from timeline.dashboard import i18n
from timeline.dashboard.views import date_words
from timeline.models import EVENT_TYPES
from timeline.store.query import as_date, as_list

#: One colour per event type, stable across views and across additions to EVENT_TYPES (a new type gets its
#: own entry here; tests/test_charts.py checks every type has a distinct one).
TYPE_COLORS: dict[str, str] = {
    "congress": "#1f77b4", "conference": "#ff7f0e", "consultation": "#2ca02c", "meeting": "#d62728",
    "visit": "#9467bd", "summit": "#8c564b", "session": "#e377c2", "decision": "#17becf",
    "election": "#bcbd22", "ceremony": "#393b79", "forum": "#637939", "vote": "#8c6d31",
    "protest": "#d6616b", "incident": "#843c39", "other": "#7f7f7f",
}
PALETTE: tuple[str, ...] = tuple(TYPE_COLORS.values())
OTHER_COLOR = "#7f7f7f"
#: Legends sit above the plot, in its top margin, so they never cover a mark someone wants to click.
LEGEND: dict[str, Any] = {"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0}
MARGIN: dict[str, int] = {"l": 10, "r": 10, "t": 60, "b": 10}
MAX_ACTOR_LANES = 20
MAX_HOVER_ITEMS = 6
MAX_LABEL_CHARS = 40
#: Hover labels wrap their title at this width (a wide label is cut at the plot's edge).
HOVER_LINE_CHARS = 48
#: Up to this many months, the heat map shows every month of its span (empty ones too).
MAX_HEATMAP_MONTHS = 120


def esc(text: Any) -> str:
    """Article text made safe for plotly labels: HTML-escaped, line breaks flattened."""
    return html.escape(" ".join(str(text if text is not None else "").split()), quote=True)


def short(text: Any, limit: int = MAX_LABEL_CHARS) -> str:
    text = " ".join(str(text if text is not None else "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def type_color(event_type: str) -> str:
    return TYPE_COLORS.get(event_type, OTHER_COLOR)


_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def _esc_arrow(array: pa.Array) -> pa.Array:
    """``esc`` for a whole string column, in Arrow's C kernels."""
    array = pc.utf8_trim_whitespace(pc.replace_substring_regex(pc.fill_null(array, ""), r"\s+", " "))
    for old, new in _ESCAPES:
        array = pc.replace_substring(array, old, new)
    return array


def _listing_arrow(cells: list[Any]) -> pa.Array:
    """'a, b, c (+2)' for each list cell, escaped; '—' for an empty one."""
    lists = pa.array([[str(x) for x in as_list(c)] for c in cells], type=pa.list_(pa.string()))
    joined = pc.binary_join(pc.list_slice(lists, 0, MAX_HOVER_ITEMS), ", ")
    more = pc.subtract(pc.list_value_length(lists), MAX_HOVER_ITEMS)
    suffix = pc.if_else(pc.greater(more, 0),
                        pc.binary_join_element_wise(" (+", pc.cast(more, pa.string()), ")", ""), "")
    text = _esc_arrow(pc.binary_join_element_wise(joined, suffix, ""))
    return pc.if_else(pc.equal(text, ""), "—", text)


def _wrapped(title: Any, width: int = HOVER_LINE_CHARS) -> str:
    """A title escaped and cut into at most two lines of ``width`` characters, so its hover label fits the plot."""
    lines = textwrap.wrap(" ".join(str(title or "").split()), width, max_lines=2, placeholder="…")
    return "<br>".join(esc(line) for line in lines)


def hover_texts(events: pd.DataFrame, lang: str, names: Mapping[str, str] | None = None) -> list[str]:
    """The hover label of each event (escaped): title, the date as written and in words, type, actors, sources
    (named by ``names``, article id -> title: ``citations.article_names``)."""
    if events.empty:
        return []
    n = len(events)

    def column(name: str) -> list[Any]:
        return events[name].tolist() if name in events.columns else [None] * n

    words_cache: dict[tuple[Any, Any, Any, Any], str] = {}
    words = []
    for d, e, p, o in zip(column("date"), column("end_date"), column("precision"), column("open_end"), strict=True):
        key = (d, e, p, o)  # o: the open end, "since 2 March 2026"
        if key not in words_cache:
            words_cache[key] = date_words({"date": d, "end_date": e, "precision": p, "open_end": o}, lang)
        words.append(words_cache[key])
    types = {t: esc(i18n.type_label(str(t), lang)) for t in set(column("event_type"))}
    title = pa.array([_wrapped(t) for t in column("title")], pa.string())
    written = _esc_arrow(pa.array([str(t or "") for t in column("date_text")], pa.string()))
    words_arr = _esc_arrow(pa.array(words, pa.string()))
    when = pc.if_else(pc.and_(pc.not_equal(written, ""), pc.not_equal(written, words_arr)),
                      pc.binary_join_element_wise(written, " (", words_arr, ")", ""), words_arr)
    kind = pa.array([types[t] for t in column("event_type")], pa.string())
    actors_label = esc(i18n.t("hover_actors", lang))
    sources_label = esc(i18n.t("hover_sources", lang))
    colon = i18n.typography(":", lang)  # "Acteurs\u202f:" in French
    label = pc.binary_join_element_wise(
        "<b>", title, "</b><br>", when, "<br>", kind, f"<br>{actors_label}{colon} ", _listing_arrow(column("actors")),
        f"<br>{sources_label}{colon} ", _listing_arrow(_named(column("sources"), names)), "")
    return label.to_pylist()


def _named(cells: list[Any], names: Mapping[str, str] | None) -> list[Any]:
    if not names:
        return cells
    return [[names.get(str(a), str(a)) for a in as_list(c)] for c in cells]


def hover_text(row: dict[str, Any], lang: str) -> str:
    """The hover label of one event (see ``hover_texts``)."""
    return hover_texts(pd.DataFrame([row]), lang)[0]


def marker_size(n_sources: Any) -> float:
    """Dot diameter in px: 9 for one source, growing with the square root of the count."""
    try:
        n = max(1, int(n_sources))
    except (TypeError, ValueError):
        n = 1
    return min(9 + 5 * (math.sqrt(n) - 1), 30)


def _ids(values: Any) -> np.ndarray:
    """customdata: one row per mark, the id in column 0."""
    return np.array(list(values), dtype=object).reshape(-1, 1)


def _figure(traces: list[dict[str, Any]], layout: dict[str, Any]) -> go.Figure:
    """A figure from plain dicts, without plotly's per-value validation (the slow part of building one)."""
    return go.Figure(data=traces, layout=layout, _validate=False)


def _types_in(values: Any) -> list[str]:
    present = set(values)
    return [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))


def histogram_figure(hist: pd.DataFrame, *, lang: str = "en", freq: str = "month") -> go.Figure:
    """Counts per period, stacked by event type (columns period, event_type, n)."""
    traces = []
    for event_type in _types_in(hist["event_type"]) if len(hist) else []:
        part = hist[hist["event_type"] == event_type]
        label = esc(i18n.type_label(event_type, lang))
        traces.append({
            "type": "bar", "x": np.array([as_date(p).isoformat() for p in part["period"].tolist()], dtype=object),
            "y": part["n"].to_numpy(), "name": label, "marker": {"color": type_color(event_type)},
            "hovertemplate": f"%{{x}}<br>{label}: %{{y}}<extra></extra>",
        })
    return _figure(traces, {
        "barmode": "stack", "height": 420, "margin": MARGIN, "legend": LEGEND,
        "yaxis": {"title": {"text": esc(i18n.t("count", lang))}},
        "xaxis": {"type": "date", "rangeslider": {"visible": True, "thickness": 0.08},
                  "title": {"text": esc(i18n.t(f"freq_{freq}", lang))}},
    })


def actor_bars(top: pd.DataFrame, *, lang: str = "en") -> go.Figure:
    """Top actors (columns actor, event_type, n), one bar per actor stacked by type; customdata = actor."""
    order = list(dict.fromkeys(top["actor"])) if len(top) else []
    labels = {a: esc(short(a)) for a in order}
    traces = []
    for event_type in _types_in(top["event_type"]) if len(top) else []:
        part = top[top["event_type"] == event_type]
        label = esc(i18n.type_label(event_type, lang))
        actors = part["actor"].tolist()
        traces.append({
            "type": "bar", "orientation": "h", "x": part["n"].to_numpy(),
            "y": np.array([labels[a] for a in actors], dtype=object), "customdata": _ids(actors),
            "name": label, "marker": {"color": type_color(event_type)},
            "hovertemplate": f"%{{y}}<br>{label}: %{{x}}<extra></extra>",
        })
    return _figure(traces, {
        "barmode": "stack", "clickmode": "event+select", "height": max(260, 34 * len(order) + 120),
        "margin": MARGIN, "legend": LEGEND,
        "yaxis": {"categoryorder": "array", "categoryarray": [labels[a] for a in reversed(order)],
                  "fixedrange": True},
        "xaxis": {"title": {"text": esc(i18n.t("count", lang))}, "tickformat": ",d",
                  **({"dtick": 1} if len(top) and top.groupby("actor")["n"].sum().max() <= 10 else {})},
    })


def co_participation(events: pd.DataFrame, top_n: int = 15) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (actor, n events) for the top_n actors and edges (a, b, n shared events) among them."""
    cells = [sorted(set(as_list(c))) for c in events["actors"]] if len(events) else []
    counts = Counter(a for cell in cells for a in cell)
    keep = [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]]
    kept = set(keep)
    pairs: Counter[tuple[str, str]] = Counter()
    for cell in cells:
        for a, b in combinations([x for x in cell if x in kept], 2):
            pairs[(a, b)] += 1
    nodes = pd.DataFrame({"actor": keep, "n": [counts[a] for a in keep]})
    edges = pd.DataFrame([(a, b, n) for (a, b), n in sorted(pairs.items())], columns=["a", "b", "n"])
    return nodes, edges


#: The network: its height, the width its names are placed for, and at most how many
#: actors are named on it (the most connected; every node still has its name on hover).
NETWORK_HEIGHT = 460
#: The chart's width on a 375-390 px phone (measured 343-358 px): names placed for it collide nowhere wider.
NETWORK_WIDTH_GUESS = 340
#: Room around the nodes for their names, as a share of the nodes' spread (each side).
NETWORK_XPAD, NETWORK_YPAD = 0.35, 0.1
NETWORK_MAX_LABELS = 12
_LABEL_CHAR_PX, _LABEL_LINE_PX = 7.0, 18.0  # a 12 px font: its text box is ~17 px high (measured)
_PLACES = (("middle right", 1, 0), ("middle left", -1, 0), ("top center", 0, 1), ("bottom center", 0, -1))


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(points: dict[str, tuple[float, float]], sizes: dict[str, float], order: list[str],
                 width: float = NETWORK_WIDTH_GUESS, height: float = NETWORK_HEIGHT,
                 max_labels: int = NETWORK_MAX_LABELS) -> dict[str, str]:
    """Where to write each node's name (a plotly textposition), for at most ``max_labels`` nodes taken in
    ``order``: the first place (right, left, above, below) whose box, in pixels, overlaps no label and no
    other node placed so far and stays inside the plot; a name with no free place is not written."""
    if not points:
        return {}
    xs = [p[0] for p in points.values()]
    ys = [p[1] for p in points.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def px(x: float, y: float) -> tuple[float, float]:
        return ((x - x0) / ((x1 - x0) or 1) * width, (y - y0) / ((y1 - y0) or 1) * height)

    taken = []
    for actor, (x, y) in points.items():
        cx, cy = px(x, y)
        r = sizes.get(actor, 10) / 2
        taken.append((cx - r, cy - r, cx + r, cy + r))
    chosen: dict[str, str] = {}
    pad = 0.2 * width
    for actor in order[:max_labels]:
        cx, cy = px(*points[actor])
        w = len(short(actor, 28)) * _LABEL_CHAR_PX
        h = _LABEL_LINE_PX
        r = sizes.get(actor, 10) / 2 + 2
        for name, dx, dy in _PLACES:
            left = cx + r if dx > 0 else cx - r - w if dx < 0 else cx - w / 2
            bottom = cy + r if dy > 0 else cy - r - h if dy < 0 else cy - h / 2
            box = (left, bottom, left + w, bottom + h)
            inside = -pad <= box[0] and box[2] <= width + pad and -h <= box[1] and box[3] <= height + h
            own = (cx - r, cy - r, cx + r, cy + r)
            if inside and not any(_overlap(box, other) for other in taken if other != own):
                chosen[actor] = name
                taken.append(box)
                break
    return chosen


def network_figure(nodes: pd.DataFrame, edges: pd.DataFrame, *, lang: str = "en", seed: int = 7) -> go.Figure:
    """Actors as nodes (size = events), shared events as edges (width = count); customdata = actor.

    The most connected actors are named beside their node where the name collides with nothing
    (``place_labels``); the axes leave room for names at the edges."""
    if len(edges):  # actors who share no event with the others would only squeeze the picture
        linked = set(edges["a"]) | set(edges["b"])
        nodes = nodes[nodes["actor"].isin(linked)]
    graph = nx.Graph()
    graph.add_nodes_from(nodes["actor"])
    graph.add_weighted_edges_from(edges[["a", "b", "n"]].itertuples(index=False, name=None))
    pos = nx.spring_layout(graph, seed=seed, weight="weight", k=2.5 / math.sqrt(max(len(graph), 1))) if len(
        graph) else {}
    traces: list[dict[str, Any]] = []
    top = max(int(edges["n"].max()), 1) if len(edges) else 1
    buckets: dict[int, tuple[list[float | None], list[float | None]]] = {}
    for a, b, n in edges.itertuples(index=False, name=None):
        width = 1 + round(6 * n / top)  # edges grouped by drawn width: one trace per width, not per edge
        xs, ys = buckets.setdefault(width, ([], []))
        (x0, y0), (x1, y1) = pos[a], pos[b]
        xs += [float(x0), float(x1), None]
        ys += [float(y0), float(y1), None]
    for width, (xs, ys) in sorted(buckets.items()):
        traces.append({"type": "scatter", "x": xs, "y": ys, "mode": "lines", "hoverinfo": "skip",
                       "showlegend": False, "line": {"width": width, "color": "rgba(100,110,140,0.45)"}})
    if len(nodes):
        actors, counts = nodes["actor"].tolist(), nodes["n"].tolist()
        sizes = {a: 10 + 4 * math.sqrt(n) for a, n in zip(actors, counts, strict=True)}
        points = {a: (float(pos[a][0]), float(pos[a][1])) for a in actors}
        order = sorted(actors, key=lambda a: (-graph.degree(a, weight="weight"), -sizes[a], a))
        # the nodes' spread in pixels: the plot area (figure less margins) less the room kept around them
        spread_w = (NETWORK_WIDTH_GUESS - MARGIN["l"] - MARGIN["r"]) / (1 + 2 * NETWORK_XPAD)
        spread_h = (NETWORK_HEIGHT - MARGIN["t"] - MARGIN["b"]) / (1 + 2 * NETWORK_YPAD)
        places = place_labels(points, sizes, order, width=spread_w, height=spread_h)
        traces.append({
            "type": "scatter", "mode": "markers+text",
            "textposition": [places.get(a, "middle right") for a in actors],
            "x": [points[a][0] for a in actors], "y": [points[a][1] for a in actors],
            "text": [esc(short(a, 28)) if a in places else "" for a in actors], "customdata": _ids(actors),
            "hovertext": [f"{esc(a)}: {n}" for a, n in zip(actors, counts, strict=True)],
            "hovertemplate": "%{hovertext}<extra></extra>", "showlegend": False, "cliponaxis": False,
            "textfont": {"size": 12, "shadow": "0 0 3px #fff, 0 0 3px #fff"},  # names stay legible over edges
            "marker": {"size": [sizes[a] for a in actors], "color": "#1f77b4", "line": {"color": "white", "width": 1}},
        })
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    xpad, ypad = NETWORK_XPAD * ((max(xs) - min(xs)) or 1), NETWORK_YPAD * ((max(ys) - min(ys)) or 1)
    return _figure(traces, {"height": NETWORK_HEIGHT, "margin": MARGIN, "clickmode": "event+select",
                            "xaxis": {"visible": False, "range": [min(xs) - xpad, max(xs) + xpad]},
                            "yaxis": {"visible": False, "range": [min(ys) - ypad, max(ys) + ypad]}})


def actor_month(events: pd.DataFrame, top_n: int = 15) -> pd.DataFrame:
    """Events per actor (rows, most frequent first) and month (columns 'YYYY-MM', in order)."""
    months: dict[Any, str] = {}
    rows = []
    for d, cell in zip(events["date"].tolist(), events["actors"].tolist(), strict=True) if len(events) else ():
        if d not in months:
            value = as_date(d)
            months[d] = f"{value.year:04d}-{value.month:02d}"
        rows.extend((a, months[d]) for a in dict.fromkeys(as_list(cell)))
    if not rows:
        return pd.DataFrame()
    table = pd.DataFrame(rows, columns=["actor", "month"]).value_counts().unstack(fill_value=0)
    totals = table.sum(axis=1)
    order = sorted(table.index, key=lambda a: (-totals[a], a))[:top_n]
    first, last = min(table.columns), max(table.columns)
    span = pd.period_range(first, last, freq="M")
    months = [str(p) for p in span] if len(span) <= MAX_HEATMAP_MONTHS else sorted(table.columns)
    return table.reindex(index=order, columns=months, fill_value=0)


#: The heat map: pixels per month column and per actor row, and the room for actor names and the colour bar.
HEAT_CELL_PX, HEAT_ROW_PX, HEAT_LABEL_PX, HEAT_BAR_PX = 44, 28, 190, 20
#: Many months: cells shrink to keep the figure under HEAT_MAX_PX, but never below HEAT_MIN_CELL_PX (then it scrolls).
HEAT_MAX_PX, HEAT_MIN_CELL_PX = 1400, 14
#: White for zero, then darker blues for more events (zero is the lightest colour).
HEAT_COLORS: list[list[Any]] = [[0.0, "#ffffff"], [1e-9, "#deebf7"], [0.5, "#6baed6"], [1.0, "#08306b"]]


def month_label(month: str, lang: str) -> str:
    """'2025-12' -> 'Dec 2025' / 'déc. 2025' (short month names from the plotly locale of ui.yaml)."""
    year, number = month.split("-")
    names = ((i18n.plotly_locale(lang).get("locales") or {}).get(lang, {}).get("format", {}).get("shortMonths")
             or ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    return f"{names[int(number) - 1]} {year}"


def heatmap_figure(table: pd.DataFrame, *, lang: str = "en") -> go.Figure:
    """Actor x month heat map of the ``actor_month`` table: a fixed width per month (the figure is as wide as
    its months need), zero white, a thin gap between cells, each count written in its cell (so no colour
    bar). The hover names the actor, the month and the count."""
    traces = []
    n_months = max(len(table.columns), 1)
    cell = max(HEAT_MIN_CELL_PX, min(HEAT_CELL_PX, (HEAT_MAX_PX - HEAT_LABEL_PX - HEAT_BAR_PX) // n_months))
    width = HEAT_LABEL_PX + HEAT_BAR_PX + cell * n_months
    if not table.empty:
        z = table.to_numpy()
        traces.append({
            "type": "heatmap", "z": z, "x": [month_label(str(m), lang) for m in table.columns],
            "y": [esc(short(a, 26)) for a in table.index], "colorscale": HEAT_COLORS, "zmin": 0,
            "zmax": max(int(z.max()), 1), "xgap": 1, "ygap": 1,
            "text": np.where(z > 0, z.astype(str), ""), "texttemplate": "%{text}",
            "hovertemplate": "%{y}<br>%{x}: %{z}<extra></extra>",
            "showscale": False,  # each cell writes its count: no colour bar to take a phone's width
            "textfont": {"size": 11},
        })
    return _figure(traces, {"height": max(260, HEAT_ROW_PX * len(table) + 140), "width": width,
                            "margin": {**MARGIN, "b": 60}, "plot_bgcolor": "#ffffff",
                            "yaxis": {"autorange": "reversed", "fixedrange": True},
                            "xaxis": {"type": "category", "fixedrange": True, "tickangle": -45}})


def selected_ids(selection: Any) -> list[str]:
    """The customdata[0] values of a plotly selection (what st.plotly_chart(on_select=...) returns)."""
    if not selection:
        return []
    points = selection.get("points", []) if isinstance(selection, dict) else getattr(selection, "points", [])
    out: list[str] = []
    for point in points or []:
        data = point.get("customdata") if isinstance(point, dict) else None
        if isinstance(data, (list, tuple)) and data:
            value = str(data[0])
        elif isinstance(data, str):
            value = data
        else:
            continue
        if value not in out:
            out.append(value)
    return out
