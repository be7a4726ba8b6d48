"""The actor charts: a heat map that fits its months with zero the lightest colour, network names that
do not collide (checked on the placement's own boxes here, and in the browser in test_browser_share)."""

from __future__ import annotations

import math
import random

import pandas as pd
import pytest

from timeline.dashboard import charts


def table(months: int, actors: int = 5) -> pd.DataFrame:
    columns = [str(p) for p in pd.period_range("2025-01", periods=months, freq="M")]
    rng = random.Random(months)
    return pd.DataFrame([[rng.choice([0, 0, 1, 3]) for _ in columns] for _ in range(actors)],
                        index=[f"Actor {i}" for i in range(actors)], columns=columns)


def test_zero_is_the_lightest_colour() -> None:
    trace = charts.heatmap_figure(table(13)).data[0]
    assert trace.zmin == 0
    stops = [c for _, c in trace.colorscale]
    assert stops[0].lower() == "#ffffff"
    luminance = [sum(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in stops]
    assert luminance == sorted(luminance, reverse=True)  # darker as counts grow


@pytest.mark.parametrize("months", [1, 13, 40, 120])
def test_the_width_follows_the_months(months: int) -> None:
    fig = charts.heatmap_figure(table(months))
    cell = (fig.layout.width - charts.HEAT_LABEL_PX - charts.HEAT_BAR_PX) / months
    assert cell >= charts.HEAT_MIN_CELL_PX
    assert fig.layout.width <= max(charts.HEAT_MAX_PX, charts.HEAT_LABEL_PX + charts.HEAT_BAR_PX
                                   + charts.HEAT_MIN_CELL_PX * months)


def test_thirteen_months_are_readable() -> None:
    """The issue's case: 13 months were squeezed into 64 px; now each month gets its full cell."""
    fig = charts.heatmap_figure(table(13))
    assert (fig.layout.width - charts.HEAT_LABEL_PX - charts.HEAT_BAR_PX) / 13 == charts.HEAT_CELL_PX


def test_counts_are_written_in_their_cells() -> None:
    t = table(6)
    trace = charts.heatmap_figure(t).data[0]
    assert [list(r) for r in trace.text] == [[str(v) if v else "" for v in row] for row in t.to_numpy()]


def _boxes(points: dict[str, tuple[float, float]], places: dict[str, str], sizes: dict[str, float]
           ) -> list[tuple[float, float, float, float]]:
    """The label boxes as place_labels computes them (same geometry), to check them independently."""
    xs, ys = [p[0] for p in points.values()], [p[1] for p in points.values()]
    w, h = charts.NETWORK_WIDTH_GUESS, charts.NETWORK_HEIGHT
    out = []
    for actor, place in places.items():
        cx = (points[actor][0] - min(xs)) / ((max(xs) - min(xs)) or 1) * w
        cy = (points[actor][1] - min(ys)) / ((max(ys) - min(ys)) or 1) * h
        bw, bh, r = len(charts.short(actor, 28)) * 7.0, 15.0, sizes[actor] / 2 + 2
        left = {"middle right": cx + r, "middle left": cx - r - bw}.get(place, cx - bw / 2)
        bottom = {"top center": cy + r, "bottom center": cy - r - bh}.get(place, cy - bh / 2)
        out.append((left, bottom, left + bw, bottom + bh))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_placed_names_never_overlap(seed: int) -> None:
    rng = random.Random(seed)
    actors = [f"Acteur numéro {i} du comité" for i in range(25)]
    points = {a: (rng.random(), rng.random()) for a in actors}
    sizes = {a: 10 + 4 * math.sqrt(rng.randint(1, 9)) for a in actors}
    places = charts.place_labels(points, sizes, actors)
    assert 1 <= len(places) <= charts.NETWORK_MAX_LABELS
    boxes = _boxes(points, places, sizes)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not charts._overlap(a, b)


def test_the_most_connected_are_named_first() -> None:
    points = {"A": (0.0, 0.0), "B": (0.001, 0.0), "C": (1.0, 1.0)}
    sizes = dict.fromkeys(points, 12.0)
    places = charts.place_labels(points, sizes, ["B", "A", "C"], width=300, height=300)
    assert "B" in places and "C" in places


def test_the_network_writes_only_placed_names() -> None:
    nodes = pd.DataFrame({"actor": [f"Actor {i}" for i in range(20)], "n": [20 - i for i in range(20)]})
    edges = pd.DataFrame([(f"Actor {i}", f"Actor {j}", 1) for i in range(20) for j in range(i + 1, 20)
                          if (i + j) % 3 == 0], columns=["a", "b", "n"])
    fig = charts.network_figure(nodes, edges)
    named = [t for t in fig.data[-1].text if t]
    assert 1 <= len(named) <= charts.NETWORK_MAX_LABELS
    assert len(fig.data[-1].hovertext) == len(fig.data[-1].text)  # every node still named on hover
