"""The timeline figure: events in lanes (by type or actor), stacked into rows so no two marks overlap, titled.

    opening_range   the span the chart opens on: where most events are, not the whole corpus
    period          the "Period shown" control's default and bounds
    plot_rows       one row per mark: lane, stacked row, start/stop, label, hover, id
    timeline_figure the plotly figure (dots for day events, bars for spans; planned ones hollow)

How items are stacked (the way vis-timeline does it): within a lane, items are taken in date order and
each goes on the first row where it does not touch the previous item, its title included, at the opening
zoom of a plot ``PLOT_WIDTH_PX`` wide. So at the opening zoom every mark and its title has its own place.
Every piece of article text goes through ``charts.esc``.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections import Counter
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.dashboard import i18n
from timeline.dashboard.charts import MAX_ACTOR_LANES, esc, hover_texts, short, type_color
from timeline.models import EVENT_TYPES
from timeline.store.query import as_date, as_list, span_end

#: The plot width the stacking assumes (the main column of a 1440 px wide window, measured).
PLOT_WIDTH_PX = 560
#: Share of the events the opening view shows (the shortest span holding that many), and its padding.
OPENING_SHARE = 0.6
OPENING_PAD = 0.12
#: Share of the opening span added on the right so the titles of the last marks are not cut.
TITLE_ROOM = 0.45
#: Titles are drawn up to this many events in view (beyond, hover, click and the table tell them).
MAX_TITLED = 150
TITLE_CHARS = 34
CHAR_PX = 6.6
#: Clear space kept between two marks of one row, and the height of a row, in px.
GAP_PX = 14
ROW_PX = 26
MAX_ROWS_PER_LANE = 12
DAY_MS = 86_400_000
#: Tick labels by zoom level: never a time of day (events are known to the day at best).
TICK_FORMATS = [
    {"dtickrange": [None, "M1"], "value": "%d %b\n%Y"},
    {"dtickrange": ["M1", "M12"], "value": "%b %Y"},
    {"dtickrange": ["M12", None], "value": "%Y"},
]

#: The legend sits under the range slider (its ``y`` is set by ``fixed_margin``): on a phone the toolbar, drawn
#: at the top right, would cover a legend above the plot once it wraps onto several lines.
BOTTOM_LEGEND: dict[str, Any] = {"orientation": "h", "yref": "paper", "yanchor": "top", "x": 0}

#: Fixed margins (plotly's automatic ones redraw the figure each time the legend, the range slider or the lane
#: labels push them out: 370-600 ms for the seeds' first draw against ~210 ms fixed). Sizes in px of plotly's
#: default 12 px font: the legend is laid out for the narrowest figure (a phone's, ``NARROW_FIGURE_PX``) so it fits
#: at any width; a wider plot leaves some room above it.
NARROW_FIGURE_PX = 350
#: Lane labels measure ~5.0-5.4 px a character in the page's font; kept wider so none is cut at the left.
LABEL_CHAR_PX = 6.0
FONT_CHAR_PX = 7.0
LEGEND_ITEM_PX = 40
LEGEND_ROW_PX = 29
#: From the plot's foot to the range slider's top: the axis's two-line labels and plotly's gap (measured).
AXIS_LABELS_PX = 56
SLIDER_THICKNESS = 0.06

PLOT_COLUMNS = ["lane", "row", "y", "start", "stop", "is_point", "coarse", "planned", "label", "hover", "event_id",
                "size", "event_type"]


def opening_range(starts: list[dt.date], stops: list[dt.date],
                  share: float = OPENING_SHARE) -> tuple[dt.date, dt.date] | None:
    """The span the chart opens on: the shortest one holding OPENING_SHARE of the events, padded.

    When that span is half the whole or more, the whole is shown. 5 events on 17-20 December and 2 others a year
    earlier open on mid to late December.
    """
    pairs = sorted((a, b) for a, b in zip(starts, stops, strict=True) if a is not None)
    if not pairs:
        return None
    first, last = pairs[0][0], max(b for _, b in pairs)
    k = max(1, math.ceil(share * len(pairs)))
    best = min(range(len(pairs) - k + 1), key=lambda i: (pairs[i + k - 1][0] - pairs[i][0], i))
    lo, hi = pairs[best][0], max(b for _, b in pairs[best:best + k])
    if (hi - lo).days * 2 >= (last - first).days:
        lo, hi = first, last
    pad = dt.timedelta(days=max(1, round((hi - lo).days * OPENING_PAD)))
    room = dt.timedelta(days=math.ceil((hi - lo).days * TITLE_ROOM))  # the last titles stay inside
    return lo - pad, hi + max(pad, room)


def day_spans(events: pd.DataFrame) -> tuple[list[Any], list[Any], list[bool], list[str]]:
    """Each event's first day, the day after its last (exclusive), whether it is one known day, its precision."""
    starts = [as_date(v) for v in events["date"].tolist()]
    ends = [as_date(v) for v in events["end_date"].tolist()] if "end_date" in events else [None] * len(events)
    precisions = [str(p or "day") for p in events["precision"].tolist()] if "precision" in events else (
        ["day"] * len(events))
    is_point = [p == "day" and (e is None or e <= d) for d, e, p in zip(starts, ends, precisions, strict=True)]
    one_day = dt.timedelta(days=1)
    stops = [d + one_day if point or d is None else span_end(d, e, p) + one_day
             for d, e, p, point in zip(starts, ends, precisions, is_point, strict=True)]
    return starts, stops, is_point, precisions


def _pack(starts_ms: np.ndarray, ends_px: np.ndarray, px_per_ms: float, lanes: np.ndarray) -> np.ndarray:
    """Row of each item within its lane: the first row whose last item ends (in px) before this one starts."""
    rows = np.zeros(len(starts_ms), dtype=int)
    order = np.lexsort((starts_ms, lanes))
    free: dict[int, list[float]] = {}
    for i in order:
        at = starts_ms[i] * px_per_ms
        ends = free.setdefault(int(lanes[i]), [])
        row = next((r for r, end in enumerate(ends) if end + GAP_PX <= at), None)
        if row is None:
            row = len(ends) if len(ends) < MAX_ROWS_PER_LANE else int(np.argmin(ends))
            if row == len(ends):
                ends.append(0.0)
        ends[row] = at + ends_px[i]
        rows[i] = row
    return rows


def _labels(titles: list[str], titled: bool) -> list[str]:
    return [esc(short(t, TITLE_CHARS)) if titled else "" for t in titles]


def _lanes(events: pd.DataFrame, frame: pd.DataFrame, lanes: str, lang: str,
           max_lanes: int) -> tuple[pd.DataFrame, list[str]]:
    """The frame with a lane number per mark (exploded by actor for lanes by actor), and the lane labels."""
    types = frame["event_type"].tolist()
    if lanes == "actor":
        cells = [list(dict.fromkeys(as_list(c))) for c in events["actors"].tolist()]
        counts = Counter(a for cell in cells for a in cell)
        names = [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:max_lanes]]
        labels = [esc(short(a)) for a in names]
        frame["key"] = cells
        frame = frame.explode("key")
    else:
        present = set(types)
        names = [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))
        labels = [esc(i18n.type_label(t, lang)) for t in names]
        frame["key"] = types
    position = {name: i for i, name in enumerate(names)}
    frame["lane"] = frame["key"].map(position)
    frame = frame[frame["lane"].notna() & frame["start"].notna()].reset_index(drop=True)
    frame["lane"] = frame["lane"].astype(int)
    return frame, labels


def plot_rows(events: pd.DataFrame, lanes: str = "type", lang: str = "en", max_lanes: int = MAX_ACTOR_LANES,
              window: tuple[dt.date, dt.date] | None = None,
              names: Mapping[str, str] | None = None) -> tuple[pd.DataFrame, list[str], list[float]]:
    """One row per mark (see PLOT_COLUMNS), the lane labels and the y of each lane's label.

    ``y`` counts rows from the top: lane 0's rows, then lane 1's... ``window`` is the opening span (by
    default ``opening_range``); items are stacked so that at that zoom none touches another.
    """
    if events.empty:
        return pd.DataFrame(columns=PLOT_COLUMNS), [], []
    starts, stops, is_point, precisions = day_spans(events)
    n_sources = pd.to_numeric(events.get("n_sources", 1), errors="coerce")
    sizes = np.minimum(9 + 4 * (np.sqrt(np.maximum(np.asarray(n_sources, dtype=float), 1)) - 1), 18)
    statuses = events["status"].tolist() if "status" in events else ["held"] * len(events)
    frame = pd.DataFrame({
        "start": starts, "stop": stops, "is_point": is_point, "coarse": [p != "day" for p in precisions],
        "planned": [s == "planned" for s in statuses],
        "label": _labels([str(t or "") for t in events["title"].tolist()], len(events) <= MAX_TITLED),
        "hover": hover_texts(events, lang, names), "event_id": [str(v) for v in events["event_id"].tolist()],
        "size": np.nan_to_num(sizes, nan=9.0), "event_type": [str(t) for t in events["event_type"].tolist()],
    })
    frame, labels = _lanes(events, frame, lanes, lang, max_lanes)
    window = window or opening_range(starts, stops)
    if window is None or frame.empty:
        return pd.DataFrame(columns=PLOT_COLUMNS), labels, []
    px_per_ms = PLOT_WIDTH_PX / max((window[1] - window[0]).days * DAY_MS, DAY_MS)
    epoch = dt.date(1970, 1, 1)
    start_ms = np.array([(d - epoch).days * DAY_MS for d in frame["start"]], dtype=float)
    span_px = np.array([0.0 if p else (b - a).days * DAY_MS * px_per_ms
                        for a, b, p in zip(frame["start"], frame["stop"], frame["is_point"], strict=True)])
    ends_px = span_px + frame["size"].to_numpy() / 2 + 4 + frame["label"].str.len().to_numpy() * CHAR_PX
    frame["row"] = _pack(start_ms, ends_px, px_per_ms, frame["lane"].to_numpy())
    heights = frame.groupby("lane")["row"].max().reindex(range(len(labels)), fill_value=0) + 1
    tops = np.concatenate([[0], np.cumsum(heights.to_numpy())[:-1]])
    frame["y"] = tops[frame["lane"].to_numpy()] + frame["row"].to_numpy()
    centres = [float(t + (h - 1) / 2) for t, h in zip(tops, heights, strict=True)]
    return frame[PLOT_COLUMNS], labels, centres


def _ids(values: Any) -> np.ndarray:
    return np.array(list(values), dtype=object).reshape(-1, 1)


def _iso(days: Any) -> np.ndarray:
    return np.array([d.isoformat() for d in days], dtype=object)


def _bars(spans: pd.DataFrame, color: str, name: str, event_type: str, legend: bool) -> dict[str, Any]:
    """Spans as horizontal bars (planned ones hollow, coarse ones hatched)."""
    starts, stops = spans["start"].tolist(), spans["stop"].tolist()
    planned = spans["planned"].to_numpy()
    bar = {
        "type": "bar", "orientation": "h", "base": _iso(starts),
        "x": np.array([(b - a).days * DAY_MS for a, b in zip(starts, stops, strict=True)]),
        "y": spans["y"].to_numpy(), "width": 0.55,
        "marker": {"color": np.where(planned, "rgba(255,255,255,0.9)", color).astype(object),
                   "line": {"color": color, "width": 2},
                   "pattern": {"shape": np.array(["/" if c else "" for c in spans["coarse"]], dtype=object),
                               "fgcolor": color, "fillmode": "overlay"}},
        "customdata": _ids(spans["event_id"]), "hovertext": np.array(spans["hover"].tolist(), dtype=object),
        "hovertemplate": "%{hovertext}<extra></extra>", "name": name, "legendgroup": event_type,
        "showlegend": legend,
    }
    return bar


def _noon(days: Any) -> np.ndarray:
    return np.array([f"{d.isoformat()} 12:00" for d in days], dtype=object)


def _titles(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """Each mark's title just right of it (layout annotations: not copied into the range slider)."""
    out = []
    for start, stop, point, y, size, label in zip(rows["start"], rows["stop"], rows["is_point"], rows["y"],
                                                  rows["size"], rows["label"], strict=True):
        if label:
            out.append({"x": f"{start.isoformat()} 12:00" if point else stop.isoformat(), "y": float(y),
                        "text": label, "showarrow": False, "xanchor": "left", "yanchor": "middle",
                        "xshift": float(size) / 2 + 3 if point else 3, "font": {"size": 11, "color": "#333"}})
    return out


def _dots(points: pd.DataFrame, color: str, name: str, event_type: str) -> dict[str, Any]:
    """Day events as dots in the middle of their day (planned ones hollow)."""
    planned = points["planned"].to_numpy()
    return {
        "type": "scatter", "mode": "markers", "x": _noon(points["start"]), "y": points["y"].to_numpy(),
        "marker": {"size": points["size"].to_numpy(), "color": np.where(planned, "white", color).astype(object),
                   "symbol": np.where(planned, "circle-open-dot", "circle").astype(object),
                   "line": {"color": np.where(planned, color, "white").astype(object), "width": 2}},
        "customdata": _ids(points["event_id"]), "hovertext": np.array(points["hover"].tolist(), dtype=object),
        "hovertemplate": "%{hovertext}<extra></extra>", "name": name, "legendgroup": event_type,
    }


def period(events: pd.DataFrame) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]] | None:
    """The "Period shown" control's default (the opening span) and bounds (every event, padded alike)."""
    starts, stops = day_spans(events)[:2]
    default, whole = opening_range(starts, stops), opening_range(starts, stops, share=1.0)
    if default is None or whole is None:
        return None
    return default, (min(default[0], whole[0]), max(default[1], whole[1]))


def timeline_figure(events: pd.DataFrame, *, lang: str = "en", lanes: str = "type", max_lanes: int = MAX_ACTOR_LANES,
                    names: Mapping[str, str] | None = None, window: tuple[dt.date, dt.date] | None = None) -> go.Figure:
    """The timeline: time on x, lanes by event type (or actor) stacked into rows; click a mark to select it.

    ``window`` is the period shown (default: ``opening_range``); marks are stacked for that zoom. Built from
    plain dicts without plotly's per-value validation (10,000 marks in ~0.1 s).
    """
    window = window or (opening_range(*day_spans(events)[:2]) if len(events) else None)
    rows, labels, centres = plot_rows(events, lanes, lang, max_lanes, window, names)
    traces: list[dict[str, Any]] = []
    for event_type in [t for t in EVENT_TYPES if t in set(rows["event_type"])] + sorted(
            set(rows["event_type"]) - set(EVENT_TYPES)):
        part = rows[rows["event_type"] == event_type]
        name, color = esc(i18n.type_label(event_type, lang)), type_color(event_type)
        points, spans = part[part["is_point"]], part[~part["is_point"]]
        if len(spans):
            traces.append(_bars(spans, color, name, event_type, legend=not len(points)))
        if len(points):
            traces.append(_dots(points, color, name, event_type))
    n_rows = int(rows["y"].max()) + 1 if len(rows) else 1
    margin, legend, height = fixed_margin(labels, [str(t["name"]) for t in traces if t.get("showlegend", True)],
                                  min(150 + ROW_PX * n_rows, 900))
    xaxis: dict[str, Any] = {"type": "date", "rangeslider": {"visible": True, "thickness": SLIDER_THICKNESS},
                             "automargin": False,
                             "showgrid": True, "tickformatstops": TICK_FORMATS, "hoverformat": "%d %b %Y"}
    if window is not None:
        xaxis.update(range=[window[0].isoformat(), window[1].isoformat()], autorange=False)
    layout = {
        "barmode": "overlay", "clickmode": "event+select", "dragmode": "pan", "hovermode": "closest",
        "height": height, "margin": margin,
        "legend": legend, "uirevision": f"{lanes} {window}", "hoverlabel": {"align": "left", "namelength": -1},
        "yaxis": {"tickmode": "array", "tickvals": centres, "ticktext": labels, "range": [n_rows - 0.4, -0.6],
                  "autorange": False, "fixedrange": True, "showgrid": False, "zeroline": False, "automargin": False},
        "shapes": [{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": y, "y1": y,
                    "line": {"color": "#e3e6ec", "width": 1}} for y in _separators(rows)],
        "xaxis": xaxis, "annotations": _titles(rows),
    }
    return go.Figure(data=traces, layout=layout, _validate=False)


def fixed_margin(labels: list[str], legend_names: list[str],
                 height: int) -> tuple[dict[str, Any], dict[str, Any], int]:
    """Margins that hold the lane labels (left) and the axis labels, range slider and legend (bottom), the legend
    (just under the slider) and the figure's height: ``height`` plus the legend's rows beyond the first, so the
    plot keeps its size."""
    left = 10 + math.ceil(max((len(html.unescape(label)) for label in labels), default=0) * LABEL_CHAR_PX)
    rows, used, room = 1, 0.0, NARROW_FIGURE_PX - left - 10  # plotly wraps the legend at the plot's width
    for name in legend_names:  # plotly's horizontal legend wraps onto a new row when the next item does not fit
        width = LEGEND_ITEM_PX + len(html.unescape(name)) * FONT_CHAR_PX
        if used and used + width > room:
            rows, used = rows + 1, 0.0
        used += width
    legend = rows * LEGEND_ROW_PX + 8 if legend_names else 0
    height += (rows - 1) * LEGEND_ROW_PX
    top, base = 36, AXIS_LABELS_PX + 8 + legend
    plot = (height - top - base) / (1 + SLIDER_THICKNESS)  # the slider's thickness is a share of the plot's height
    slider = math.ceil(plot * SLIDER_THICKNESS)
    margin = {"l": left, "r": 10, "t": top, "b": base + slider, "autoexpand": False}
    return margin, {**BOTTOM_LEGEND, "y": -(AXIS_LABELS_PX + slider + 8) / plot}, height


def _separators(rows: pd.DataFrame) -> list[float]:
    """A thin line between two lanes."""
    if rows.empty:
        return []
    last = rows.groupby("lane")["y"].max().sort_index().to_numpy()
    return [float(y) + 0.5 for y in last[:-1]]
