"""Where the confidence's Platt map is fitted (benchmarks/train_confidence.py ``CALIBRATE_ON``): on the out-of-fold
scores of the dev half the rules were tuned on least. Made-up tables of one feature, no real news needed."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import train_confidence
from benchmarks.realnews import dev_half

pytest.importorskip("sklearn", reason="scikit-learn is a development dependency (requirements-dev.txt)")

ARTICLES = {half: [f"story{i}" for i in range(400) if dev_half(f"story{i}") == half][:48] for half in "ab"}
"""48 made-up article ids in each fixed dev half (``dev_half`` hashes the id)."""


def _table(right: dict[str, tuple[int, int]], articles: int = 24) -> list[dict]:
    """Three events an article, one mention each; the feature x is 1 for the first two events. ``right[half]`` =
    (right events among every 12 with x = 1, right among every 6 with x = 0): the half's base rate."""
    rows = []
    for half, (high, low) in right.items():
        for n, article in enumerate(ARTICLES[half][:articles]):
            for event in range(3):
                x = float(event < 2)
                rank = (2 * n + event) % 12 if x else n % 6
                label = 1.0 if rank < (high if x else low) else 0.0
                rows.append({"article": article, "event": event, "source": "made-up", "label": label,
                             "features": {"x": x}})
    return rows


def _mean_confidence(model: dict, rows: list[dict], half: str) -> tuple[float, float]:
    pairs = train_confidence.event_probabilities(model, [r for r in rows if dev_half(r["article"]) == half])
    return sum(p for p, _ in pairs) / len(pairs), sum(y for _, y in pairs) / len(pairs)


def test_the_made_up_ids_fill_both_halves() -> None:
    assert len(ARTICLES["a"]) == len(ARTICLES["b"]) == 48


def test_the_map_fitted_on_the_less_tuned_half_matches_its_precision() -> None:
    # half a: 11 of 12 events with x = 1 right, 5 of 6 with x = 0; half b: 8 of 12 and 2 of 6
    rows = _table({"a": (11, 5), "b": (8, 2)})
    on_b = train_confidence.fit(rows, ["x"], calibrate_on="b")
    on_all = train_confidence.fit(rows, ["x"], calibrate_on=None)
    confidence_b, precision_b = _mean_confidence(on_b, rows, "b")
    confidence_all, _ = _mean_confidence(on_all, rows, "b")
    assert on_b["fit"]["platt"]["on"] == "events of dev half b, out of fold"
    assert on_all["fit"]["platt"]["on"] == "events, out of fold"
    assert confidence_b == pytest.approx(precision_b, abs=0.03)
    # a map fitted on both halves is over-confident on the harder one; the half-b map is not
    assert confidence_all > precision_b + 0.08
    assert confidence_all > confidence_b + 0.08


def test_the_rank_is_learned_from_every_half_whatever_the_map() -> None:
    rows = _table({"a": (11, 5), "b": (8, 2)})
    on_b = train_confidence.fit(rows, ["x"], calibrate_on="b")
    on_all = train_confidence.fit(rows, ["x"], calibrate_on=None)
    assert on_b["fit"]["logistic"] == on_all["fit"]["logistic"]
    assert on_b["coefficients"]["x"] > 0 and on_all["coefficients"]["x"] > 0


def test_too_few_events_in_the_half_fall_back_to_every_event() -> None:
    rows = [r for r in _table({"a": (11, 5), "b": (8, 2)}) if dev_half(r["article"]) == "a"]
    model = train_confidence.fit(rows, ["x"], calibrate_on="b")
    assert model["fit"]["platt"]["on"] == "events, out of fold"
    confidence, precision = _mean_confidence(model, rows, "a")
    assert confidence == pytest.approx(precision, abs=0.03)


def test_the_out_of_fold_curve_is_given_for_dev_and_each_half() -> None:
    rows = _table({"a": (11, 5), "b": (8, 2)})
    curves = train_confidence.fit(rows, ["x"], calibrate_on="b")["fit"]["oof_reliability"]
    assert set(curves) == {"dev", "a", "b"}
    assert sum(n for _, n, _, _ in curves["dev"]["bins"]) == 2 * 24 * 3
    assert curves["a"]["precision"] > curves["b"]["precision"]
    # out of fold, the half-b map is close on b and under-confident on a
    assert abs(curves["b"]["mean_confidence"] - curves["b"]["precision"]) < 0.05
    assert curves["a"]["mean_confidence"] < curves["a"]["precision"] - 0.08
    text = train_confidence.format_curves(curves)
    assert text.count("\n") == 4 and "| b | 72 |" in text


def test_where_scores_each_left_out_source_per_half_with_both_maps() -> None:
    rows = _table({"a": (11, 5), "b": (8, 2)}, articles=48)
    for row in rows:  # two made-up sources, each holding articles of both halves
        row["source"] = "east" if int(row["article"].removeprefix("story")) % 2 else "west"
    result = train_confidence.where_to_calibrate(rows, ["x"], units=("source",))
    assert set(result) == {f"one source left out, map on {on}, scored half {h}" for on in ("all", "b") for h in "ab"}
    on_b = result["one source left out, map on b, scored half b"]
    on_all = result["one source left out, map on all, scored half b"]
    assert on_b["n"] == on_all["n"] == sum(dev_half(r["article"]) == "b" for r in rows)
    # scored on the harder half, the map fitted on that half's events is the closer one
    assert on_b["ece"] < on_all["ece"] and on_all["mean_confidence"] > on_all["precision"] + 0.08
    assert "| one source left out, map on b, scored half b |" in train_confidence.format_where(result)
