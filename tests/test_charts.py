"""Plotly figures (timeline/dashboard/charts.py) built from tests/fixtures, checked through the figure's own data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from timeline.dashboard import charts, timeline_chart
from timeline.store.query import Filters, MemorySource, read_events_file, read_mentions_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def source() -> MemorySource:
    return MemorySource(read_events_file(str(FIXTURES / "events.jsonl")),
                        read_mentions_file(str(FIXTURES / "mentions.jsonl")))


@pytest.fixture(scope="module")
def events(source: MemorySource) -> pd.DataFrame:
    return source.events(Filters())


def ids_in(fig: go.Figure) -> list[str]:
    return [c[0] for trace in fig.data if trace.customdata is not None for c in trace.customdata]


def traces(fig: go.Figure, kind: str) -> list[object]:
    """The clickable marks of one kind (the titles drawn after bars are text only)."""
    return [t for t in fig.data if t.type == kind and t.customdata is not None]


def test_one_mark_per_event_by_type(events: pd.DataFrame) -> None:
    fig = timeline_chart.timeline_figure(events, lang="en")
    assert sorted(ids_in(fig)) == sorted(events["event_id"])


def test_day_events_are_dots_and_spans_are_bars(events: pd.DataFrame) -> None:
    fig = timeline_chart.timeline_figure(events, lang="en")
    dots = {c[0] for t in traces(fig, "scatter") for c in t.customdata}
    bars = {c[0] for t in traces(fig, "bar") for c in t.customdata}
    by_id = events.set_index("event_id")
    assert all(by_id.loc[i, "precision"] == "day" and by_id.loc[i, "end_date"] is None for i in dots)
    assert {by_id.loc[i, "precision"] for i in bars} == {"day", "week", "month", "year"}
    assert all(by_id.loc[i, "precision"] != "day" or by_id.loc[i, "end_date"] is not None for i in bars)


def test_bars_cover_the_whole_span(events: pd.DataFrame) -> None:
    fig = timeline_chart.timeline_figure(events, lang="en")
    for trace in traces(fig, "bar"):
        for base, width, (event_id,) in zip(trace.base, trace.x, trace.customdata, strict=True):
            row = events.set_index("event_id").loc[event_id]
            if row["title"] == "Conférence nationale sur l'économie numérique":  # du 17 au 20 décembre
                assert (base, width) == ("2025-12-17", 4 * 86_400_000)
            if row["precision"] == "month":  # décembre 2024
                assert (base, width) == ("2024-12-01", 31 * 86_400_000)


def test_coarse_bars_are_hatched(events: pd.DataFrame) -> None:
    fig = timeline_chart.timeline_figure(events, lang="en")
    shapes = {c[0]: shape for t in traces(fig, "bar") for c, shape in zip(t.customdata, t.marker.pattern.shape,
                                                                          strict=True)}
    precision = events.set_index("event_id")["precision"]
    assert all((shape == "/") == (precision[i] != "day") for i, shape in shapes.items())


def test_dot_size_grows_with_sources() -> None:
    assert charts.marker_size(1) < charts.marker_size(3) < charts.marker_size(10) <= 30
    assert charts.marker_size("junk") == charts.marker_size(1)


def test_lanes_by_type_are_labelled_in_the_language(events: pd.DataFrame) -> None:
    fig = timeline_chart.timeline_figure(events, lang="fr")
    assert "Réunion" in fig.layout.yaxis.ticktext and "Meeting" not in fig.layout.yaxis.ticktext


def test_lanes_by_actor_repeat_shared_events(events: pd.DataFrame) -> None:
    fig = timeline_chart.timeline_figure(events, lang="en", lanes="actor", max_lanes=3)
    lanes = list(fig.layout.yaxis.ticktext)
    assert lanes[:2] == ["Pham Minh Chinh", "Tô Lâm"] and len(lanes) == 3
    summit = events[events["event_type"] == "summit"]["event_id"].iloc[0]
    assert ids_in(fig).count(summit) == 1  # Pham Minh Chinh is a top lane; ASEAN / Anwar Ibrahim are not


def _day_events(days: list[dt.date], kind: str = "meeting", title: str = "T") -> pd.DataFrame:
    return pd.DataFrame([{"event_id": f"e{i}", "date": d, "end_date": None, "precision": "day", "event_type": kind,
                          "title": f"{title}{i}", "actors": [], "sources": [], "n_sources": 1, "date_text": ""}
                         for i, d in enumerate(days)])


def test_marks_sharing_a_day_are_stacked_into_rows() -> None:
    rows, _, _ = timeline_chart.plot_rows(_day_events([dt.date(2025, 1, 1)] * 3))
    assert sorted(rows["y"]) == [0, 1, 2]


def test_marks_far_apart_share_a_row_and_titles_keep_their_room() -> None:
    days = [dt.date(2025, 1, 1), dt.date(2025, 6, 1), dt.date(2025, 12, 1)]
    rows, _, _ = timeline_chart.plot_rows(_day_events(days), window=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    assert set(rows["y"]) == {0}  # ~250 px apart at the opening zoom: room for a mark and its title
    close = [dt.date(2025, 1, 1), dt.date(2025, 1, 3)]
    rows, _, _ = timeline_chart.plot_rows(_day_events(close, title="A long title that needs its room "),
                                          window=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    assert sorted(rows["y"]) == [0, 1]  # 4 px apart: the second goes below the first's title


def test_the_chart_opens_where_the_events_are() -> None:
    days = [dt.date(2024, 12, 22), dt.date(2025, 3, 22)] + [dt.date(2025, 12, d) for d in (17, 18, 19, 19, 19)]
    fig = timeline_chart.timeline_figure(_day_events(days))
    lo, hi = (dt.date.fromisoformat(x) for x in fig.layout.xaxis.range)
    assert dt.date(2025, 12, 1) < lo <= dt.date(2025, 12, 17) and dt.date(2025, 12, 20) <= hi < dt.date(2026, 1, 1)
    spread = [dt.date(2025, m, 1) for m in range(1, 13)]
    lo, hi = (dt.date.fromisoformat(x) for x in timeline_chart.timeline_figure(_day_events(spread)).layout.xaxis.range)
    assert lo <= dt.date(2025, 1, 1) and hi >= dt.date(2025, 12, 2)  # evenly spread: all of it


def test_planned_events_are_hollow(events: pd.DataFrame) -> None:
    frame = _day_events([dt.date(2025, 1, 1), dt.date(2025, 1, 9)]).assign(status=["held", "planned"])
    dots = traces(timeline_chart.timeline_figure(frame), "scatter")[0]
    symbols = dict(zip([c[0] for c in dots.customdata], dots.marker.symbol, strict=True))
    assert symbols["e0"] == "circle" and "open" in symbols["e1"]


def test_day_axes_never_show_a_time_of_day(events: pd.DataFrame) -> None:
    stops = timeline_chart.timeline_figure(events).layout.xaxis.tickformatstops
    assert stops and all("%H" not in s.value and "%L" not in s.value and "%S" not in s.value for s in stops)
    assert stops[0].dtickrange[0] is None  # the finest zoom reads in days too


def test_titles_are_drawn_next_to_the_marks(events: pd.DataFrame) -> None:
    fig = timeline_chart.timeline_figure(events)
    texts = [a.text for a in fig.layout.annotations]
    assert len(texts) == len(events) and all("<" not in x for x in texts)


def test_hover_text_is_escaped(events: pd.DataFrame) -> None:
    fig = timeline_chart.timeline_figure(events, lang="en")
    hovers = [h for t in fig.data if t.hovertext is not None for h in t.hovertext]
    bad = next(h for h in hovers if "Inauguration" in h)
    assert "<script>" not in bad and "&lt;script&gt;" in bad
    assert "<a" not in bad  # plotly links only <a href>: the markdown link stays text
    assert all(h.count("<b>") == 1 for h in hovers)  # our own markup only


def test_hover_shows_the_words_of_the_article(events: pd.DataFrame) -> None:
    row = events[events["title"] == "Congrès du Parti communiste à Hanoï"].iloc[0].to_dict()
    hover = charts.hover_text(row, "en")
    assert "samedi 22 mars (22 March 2025)" in hover and "Tô Lâm" in hover and "vn_001.txt" in hover


def test_hover_names_the_articles_by_their_names(events: pd.DataFrame) -> None:
    """With names (article id -> title, citations.article_names) the hover shows them, not the ids."""
    row = events[events["title"] == "Congrès du Parti communiste à Hanoï"].iloc[0].to_dict()
    hover = charts.hover_texts(pd.DataFrame([row]), "en", {s: f"Title <{i}>" for i, s in enumerate(row["sources"])})[0]
    assert "Title &lt;0&gt;" in hover and "vn_001.txt" not in hover  # named, and escaped


def test_actor_names_in_lanes_are_escaped() -> None:
    frame = pd.DataFrame([{"event_id": "e1", "date": dt.date(2025, 1, 1), "end_date": None, "precision": "day",
                           "event_type": "other", "title": "x", "actors": ["<img src=x onerror=alert(1)>"],
                           "sources": [], "n_sources": 1, "date_text": ""}])
    fig = timeline_chart.timeline_figure(frame, lanes="actor")
    assert fig.layout.yaxis.ticktext[0].startswith("&lt;img")


def test_empty_timeline(events: pd.DataFrame) -> None:
    fig = timeline_chart.timeline_figure(events.iloc[0:0])
    assert len(fig.data) == 0


def test_timeline_has_a_range_slider(events: pd.DataFrame) -> None:
    assert timeline_chart.timeline_figure(events).layout.xaxis.rangeslider.visible is True


def test_histogram_stacks_types(source: MemorySource) -> None:
    hist = source.histogram(Filters(), "month")
    fig = charts.histogram_figure(hist, lang="en", freq="month")
    assert fig.layout.barmode == "stack"
    assert sum(sum(t.y) for t in fig.data) == 16


def test_actor_bars_carry_the_actor(source: MemorySource) -> None:
    top = source.top_actors(Filters(), 5)
    fig = charts.actor_bars(top, lang="fr")
    assert set(ids_in(fig)) == set(top["actor"])
    assert sum(sum(t.x) for t in fig.data) == top["n"].sum()
    assert list(fig.layout.yaxis.categoryarray)[-1] == "Pham Minh Chinh"  # the most frequent on top


def test_co_participation_counts_shared_events(events: pd.DataFrame) -> None:
    nodes, edges = charts.co_participation(events, top_n=30)
    shared = edges[(edges["a"] == "Parti communiste vietnamien") & (edges["b"] == "Tô Lâm")]
    assert shared["n"].tolist() == [2]
    assert set(nodes["actor"]) >= set(edges["a"]) | set(edges["b"])


def test_network_figure_nodes_are_clickable(events: pd.DataFrame) -> None:
    nodes, edges = charts.co_participation(events, top_n=10)
    fig = charts.network_figure(nodes, edges)
    assert set(ids_in(fig)) == set(edges["a"]) | set(edges["b"])  # actors sharing no event are left out
    again = charts.network_figure(nodes, edges)
    assert fig.data[-1].x == again.data[-1].x  # seeded layout: same picture every time


def test_actor_month_table(events: pd.DataFrame) -> None:
    table = charts.actor_month(events, top_n=3)
    assert list(table.index) == ["Pham Minh Chinh", "Tô Lâm", "Assemblée nationale"]
    assert table.loc["Tô Lâm", "2025-03"] == 1 and list(table.columns) == sorted(table.columns)
    assert table.columns[0] == "2024-12" and table.columns[-1] == "2026-01" and len(table.columns) == 14  # no gaps
    assert charts.heatmap_figure(table).data[0].type == "heatmap"


def test_actor_month_of_nothing(events: pd.DataFrame) -> None:
    assert charts.actor_month(events.iloc[0:0]).empty
    assert len(charts.heatmap_figure(pd.DataFrame()).data) == 0


@pytest.mark.parametrize(("selection", "expected"), [
    ({"points": [{"customdata": ["e1"]}, {"customdata": ["e2"]}, {"customdata": ["e1"]}]}, ["e1", "e2"]),
    ({"points": [{"x": 1}]}, []),
    ({"points": [{"customdata": "e3"}]}, ["e3"]),
    (None, []),
], ids=["list", "no-customdata", "bare-string", "none"])
def test_selected_ids(selection: object, expected: list[str]) -> None:
    assert charts.selected_ids(selection) == expected
