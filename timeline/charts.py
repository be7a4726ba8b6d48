"""Plotly figures for the dashboard: DataFrames in, go.Figure out (no streamlit import).

    timeline_figure      one mark per event: dots for day-precise events, bars for ranges and coarse dates
    histogram_figure     counts per day/week/month, stacked by type (for views too big to draw event by event)
    actor_bars           top actors, stacked by event type
    co_participation     actor pairs sharing events -> network_figure
    actor_month          actor x month counts -> heatmap_figure

Every figure that can be clicked carries the event id (or actor name) in ``customdata[0]``.
Plotly renders a subset of HTML in hover labels, tick labels and texts, so every piece of
article text that reaches a figure goes through ``esc``.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import Any

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from timeline import i18n
from timeline.models import EVENT_TYPES
from timeline.query import as_date, as_list, span_end
from timeline.views import date_words

#: One colour per event type, stable across views (colour-blind-safe order first).
PALETTE: tuple[str, ...] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939",
)
TYPE_COLORS: dict[str, str] = dict(zip(EVENT_TYPES, PALETTE, strict=True))
OTHER_COLOR = "#7f7f7f"
MAX_ACTOR_LANES = 20
MAX_HOVER_ITEMS = 6
MAX_LABEL_CHARS = 40


def esc(text: Any) -> str:
    """Article text made safe for plotly labels: HTML-escaped, line breaks flattened."""
    return html.escape(" ".join(str(text if text is not None else "").split()), quote=True)


def short(text: Any, limit: int = MAX_LABEL_CHARS) -> str:
    text = " ".join(str(text if text is not None else "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def type_color(event_type: str) -> str:
    return TYPE_COLORS.get(event_type, OTHER_COLOR)


def _listing(values: Sequence[Any]) -> str:
    items = [str(v) for v in values]
    more = len(items) - MAX_HOVER_ITEMS
    text = ", ".join(items[:MAX_HOVER_ITEMS]) + (f" (+{more})" if more > 0 else "")
    return esc(text) if text else "—"


def hover_text(row: dict[str, Any], lang: str) -> str:
    """The hover label of one event: title, the date as written and in words, actors, sources (escaped)."""
    title = esc(short(row.get("title"), 90))
    written = esc(row.get("date_text") or "")
    words = esc(date_words(row, lang))
    when = f"{written} ({words})" if written and written != words else words
    kind = esc(i18n.type_label(str(row.get("event_type")), lang))
    return (
        f"<b>{title}</b><br>{when}<br>{kind}"
        f"<br>{esc(i18n.t('hover_actors', lang))}: {_listing(as_list(row.get('actors')))}"
        f"<br>{esc(i18n.t('hover_sources', lang))}: {_listing(as_list(row.get('sources')))}"
    )


def marker_size(n_sources: Any) -> float:
    """Dot diameter in px: 9 for one source, growing with the square root of the count."""
    try:
        n = max(1, int(n_sources))
    except (TypeError, ValueError):
        n = 1
    return min(9 + 5 * (math.sqrt(n) - 1), 30)


def plot_rows(events: pd.DataFrame, lanes: str = "type", lang: str = "en",
              max_lanes: int = MAX_ACTOR_LANES) -> tuple[pd.DataFrame, list[str]]:
    """One row per mark: lane, y, start, stop (exclusive), is_point, hover, event_id, size, event_type.

    Lanes by type: one lane per event type present. Lanes by actor: one lane per actor among the
    ``max_lanes`` most frequent in view; an event with several of them shows in each lane.
    Marks that share a lane and a start day are fanned out a little so they stay clickable.
    """
    columns = ["lane", "y", "start", "stop", "is_point", "coarse", "hover", "event_id", "size", "event_type"]
    if events.empty:
        return pd.DataFrame(columns=columns), []
    records = events.to_dict("records")
    if lanes == "actor":
        counts = Counter(a for r in records for a in as_list(r["actors"]))
        lane_names = [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:max_lanes]]
        labels = [esc(short(a)) for a in lane_names]
    else:
        present = {str(r["event_type"]) for r in records}
        lane_names = [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))
        labels = [esc(i18n.type_label(t, lang)) for t in lane_names]
    position = {name: i for i, name in enumerate(lane_names)}
    rows: list[dict[str, Any]] = []
    fan: Counter[tuple[int, dt.date]] = Counter()
    for r in records:
        keys = as_list(r["actors"]) if lanes == "actor" else [str(r["event_type"])]
        start = as_date(r["date"])
        if start is None:
            continue
        end = as_date(r.get("end_date"))
        precision = str(r.get("precision") or "day")
        stop = span_end(start, end, precision) + dt.timedelta(days=1)
        is_point = precision == "day" and (end is None or end <= start)
        hover = hover_text(r, lang)
        for key in keys:
            if key not in position:
                continue
            lane = position[key]
            k = fan[(lane, start)]
            fan[(lane, start)] += 1
            offset = ((k + 1) // 2) * 0.14 * (1 if k % 2 else -1)
            rows.append({
                "lane": lane, "y": lane + max(-0.42, min(0.42, offset)), "start": start, "stop": stop,
                "is_point": is_point, "coarse": precision in ("month", "year", "week"), "hover": hover,
                "event_id": str(r["event_id"]), "size": marker_size(r.get("n_sources")),
                "event_type": str(r["event_type"]),
            })
    return pd.DataFrame(rows, columns=columns), labels


def timeline_figure(events: pd.DataFrame, *, lang: str = "en", lanes: str = "type",
                    max_lanes: int = MAX_ACTOR_LANES) -> go.Figure:
    """The timeline: time on x, one lane per event type (or actor); click a mark to select its event."""
    rows, labels = plot_rows(events, lanes, lang, max_lanes)
    fig = go.Figure()
    for event_type in [t for t in EVENT_TYPES if t in set(rows["event_type"])] + sorted(
        set(rows["event_type"]) - set(EVENT_TYPES)
    ):
        part = rows[rows["event_type"] == event_type]
        name = esc(i18n.type_label(event_type, lang))
        color = type_color(event_type)
        points = part[part["is_point"]]
        spans = part[~part["is_point"]]
        if len(spans):
            fig.add_trace(go.Bar(
                orientation="h",
                base=[d.isoformat() for d in spans["start"]],
                x=[(b - a).days * 86_400_000 for a, b in zip(spans["start"], spans["stop"], strict=True)],
                y=spans["y"], width=0.26,
                marker={"color": color, "opacity": 0.55, "line": {"color": color, "width": 1.5},
                        "pattern": {"shape": ["/" if c else "" for c in spans["coarse"]], "fgcolor": color}},
                customdata=[[e] for e in spans["event_id"]],
                hovertext=list(spans["hover"]), hovertemplate="%{hovertext}<extra></extra>",
                name=name, legendgroup=event_type, showlegend=not len(points),
            ))
        if len(points):
            fig.add_trace(go.Scatter(
                x=[d.isoformat() for d in points["start"]], y=points["y"], mode="markers",
                marker={"size": list(points["size"]), "color": color, "line": {"color": "white", "width": 1}},
                customdata=[[e] for e in points["event_id"]],
                hovertext=list(points["hover"]), hovertemplate="%{hovertext}<extra></extra>",
                name=name, legendgroup=event_type,
            ))
    n_lanes = max(len(labels), 1)
    fig.update_layout(
        barmode="overlay", clickmode="event+select", dragmode="pan", hovermode="closest",
        height=min(180 + 46 * n_lanes, 900), margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
    )
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(labels))), ticktext=labels,
                     range=[-0.6, n_lanes - 0.4], autorange=False, fixedrange=True, showgrid=True, zeroline=False)
    fig.update_xaxes(type="date", rangeslider={"visible": True, "thickness": 0.08}, showgrid=True)
    return fig


def histogram_figure(hist: pd.DataFrame, *, lang: str = "en", freq: str = "month") -> go.Figure:
    """Counts per period, stacked by event type (columns period, event_type, n)."""
    fig = go.Figure()
    present = list(dict.fromkeys(hist["event_type"])) if len(hist) else []
    for event_type in [t for t in EVENT_TYPES if t in present] + sorted(set(present) - set(EVENT_TYPES)):
        part = hist[hist["event_type"] == event_type]
        fig.add_trace(go.Bar(
            x=[as_date(p).isoformat() for p in part["period"]], y=list(part["n"]),
            name=esc(i18n.type_label(event_type, lang)), marker_color=type_color(event_type),
            hovertemplate=f"%{{x}}<br>{esc(i18n.type_label(event_type, lang))}: %{{y}}<extra></extra>",
        ))
    fig.update_layout(barmode="stack", height=420, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      yaxis_title=esc(i18n.t("count", lang)), legend={"orientation": "h", "y": 1.02, "x": 0})
    fig.update_xaxes(type="date", rangeslider={"visible": True, "thickness": 0.08},
                     title=esc(i18n.t(f"freq_{freq}", lang)))
    return fig


def actor_bars(top: pd.DataFrame, *, lang: str = "en") -> go.Figure:
    """Top actors (columns actor, event_type, n), one bar per actor stacked by type; customdata = actor."""
    fig = go.Figure()
    order = list(dict.fromkeys(top["actor"])) if len(top) else []
    labels = {a: esc(short(a)) for a in order}
    present = set(top["event_type"]) if len(top) else set()
    for event_type in [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES)):
        part = top[top["event_type"] == event_type]
        fig.add_trace(go.Bar(
            orientation="h", x=list(part["n"]), y=[labels[a] for a in part["actor"]],
            customdata=[[a] for a in part["actor"]], name=esc(i18n.type_label(event_type, lang)),
            marker_color=type_color(event_type),
            hovertemplate=f"%{{y}}<br>{esc(i18n.type_label(event_type, lang))}: %{{x}}<extra></extra>",
        ))
    fig.update_layout(barmode="stack", clickmode="event+select", height=max(260, 34 * len(order) + 120),
                      margin={"l": 10, "r": 10, "t": 30, "b": 10}, legend={"orientation": "h", "y": 1.02, "x": 0})
    fig.update_yaxes(categoryorder="array", categoryarray=[labels[a] for a in reversed(order)], fixedrange=True)
    fig.update_xaxes(title=esc(i18n.t("count", lang)), fixedrange=True)
    return fig


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


def network_figure(nodes: pd.DataFrame, edges: pd.DataFrame, *, lang: str = "en", seed: int = 7) -> go.Figure:
    """Actors as nodes (size = events), shared events as edges (width = count); customdata = actor."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes["actor"])
    graph.add_weighted_edges_from(edges[["a", "b", "n"]].itertuples(index=False, name=None))
    pos = nx.spring_layout(graph, seed=seed, weight="weight") if len(graph) else {}
    fig = go.Figure()
    top = max(edges["n"].max(), 1) if len(edges) else 1
    for a, b, n in edges.itertuples(index=False, name=None):
        (x0, y0), (x1, y1) = pos[a], pos[b]
        fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"width": 1 + 6 * n / top, "color": "rgba(100,110,140,0.45)"}))
    if len(nodes):
        fig.add_trace(go.Scatter(
            x=[pos[a][0] for a in nodes["actor"]], y=[pos[a][1] for a in nodes["actor"]],
            mode="markers+text", text=[esc(short(a, 28)) for a in nodes["actor"]], textposition="top center",
            customdata=[[a] for a in nodes["actor"]],
            hovertext=[f"{esc(a)}: {n}" for a, n in zip(nodes["actor"], nodes["n"], strict=True)],
            hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
            marker={"size": [10 + 4 * math.sqrt(n) for n in nodes["n"]], "color": "#1f77b4",
                    "line": {"color": "white", "width": 1}},
        ))
    fig.update_layout(height=460, margin={"l": 10, "r": 10, "t": 30, "b": 10}, clickmode="event+select")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def actor_month(events: pd.DataFrame, top_n: int = 15) -> pd.DataFrame:
    """Events per actor (rows, most frequent first) and month (columns 'YYYY-MM', in order)."""
    rows = [(a, as_date(d).strftime("%Y-%m")) for d, cell in zip(events["date"], events["actors"], strict=True)
            for a in dict.fromkeys(as_list(cell))] if len(events) else []
    if not rows:
        return pd.DataFrame()
    table = pd.DataFrame(rows, columns=["actor", "month"]).value_counts().unstack(fill_value=0)
    totals = table.sum(axis=1)
    order = sorted(table.index, key=lambda a: (-totals[a], a))[:top_n]
    return table.loc[order, sorted(table.columns)]


def heatmap_figure(table: pd.DataFrame, *, lang: str = "en") -> go.Figure:
    """Actor x month heat map of the ``actor_month`` table."""
    fig = go.Figure()
    if not table.empty:
        fig.add_trace(go.Heatmap(
            z=table.to_numpy(), x=list(table.columns), y=[esc(short(a)) for a in table.index],
            colorscale="Blues", hovertemplate="%{y}<br>%{x}: %{z}<extra></extra>",
            colorbar={"title": {"text": esc(i18n.t("count", lang))}},
        ))
    fig.update_layout(height=max(260, 28 * len(table) + 120), margin={"l": 10, "r": 10, "t": 30, "b": 10})
    fig.update_yaxes(autorange="reversed", fixedrange=True)
    fig.update_xaxes(type="category", fixedrange=True)
    return fig


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
