"""The confidence fit that keeps its properties (benchmarks/confidence_fit.py, round nineteen): bounded weights whose
direction the guide fixes, a calibration map with a fitted ceiling instead of the 0.99 plateau. Made-up tables, no
real news."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import confidence_fit as cf
from benchmarks import train_confidence as tc
from timeline.extraction.events import scorer

pytest.importorskip("sklearn", reason="scikit-learn is a development dependency (requirements-dev.txt)")

import numpy as np


def _xy() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature 0 helps, feature 1 hurts: the right rows have x1 = 0 more often."""
    x, y = [], []
    for i in range(120):
        right = i % 3 != 0
        x.append([float(i % 2 == 0 or right), float(not right and i % 4 != 1)])
        y.append(int(right))
    return np.array(x), np.array(y), np.ones(len(y))


def test_unbounded_fit_is_scikit_learns_and_a_bound_holds_a_weight_at_its_sign() -> None:
    from sklearn.linear_model import LogisticRegression

    x, y, w = _xy()
    free = cf.logistic(x, y, w, 1.0)
    reference = LogisticRegression(C=1.0, max_iter=5000, tol=1e-8).fit(x, y, sample_weight=w)
    assert free.coef_[0] == pytest.approx(reference.coef_[0], abs=1e-3)
    assert free.coef_[0][1] < 0
    bounded = cf.logistic(x, y, w, 1.0, [None, 0.0])
    assert bounded.coef_[0][1] == pytest.approx(0.0, abs=1e-9)
    assert bounded.coef_[0][0] > 0


def test_the_ceiling_is_what_the_best_scored_events_earn() -> None:
    # twenty events per score from -4 to 9; of each twenty, 0.8 * sigmoid(score - 1) are right: the best-scored
    # events are right 8 times in 10, however high their score
    scores = np.repeat(np.arange(-4.0, 10.0), 20)
    right = {s: round(20 * 0.8 / (1 + np.exp(-(s - 1)))) for s in np.arange(-4.0, 10.0)}
    y = np.array([float(i % 20 < right[s]) for i, s in enumerate(scores)])
    slope, shift, top = cf.ceiling_map(scores, y, np.ones(len(y)), scorer.CEILING)
    assert top == pytest.approx(0.8, abs=0.03)
    assert slope == pytest.approx(1.0, abs=0.25) and shift == pytest.approx(-1.0, abs=0.4)


def test_a_model_with_a_ceiling_has_no_plateau() -> None:
    model = scorer.Model(tuple(1.0 for _ in scorer.FEATURES), 0.0, ceiling=0.9)
    low, high = (model.probability(dict.fromkeys(scorer.FEATURES, v)) for v in (0.4, 0.8))
    assert 0 < low < high < 0.9
    clipped = scorer.Model(tuple(1.0 for _ in scorer.FEATURES), 3.0)
    assert clipped.probability(dict.fromkeys(scorer.FEATURES, 0.8)) == clipped.probability(
        dict.fromkeys(scorer.FEATURES, 1.0)) == scorer.CEILING


def test_a_model_file_with_a_ceiling_over_the_scorers_is_refused(tmp_path: Path) -> None:
    data = json.loads(scorer.MODEL_FILE.read_text(encoding="utf-8"))
    data["ceiling"] = 1.2
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(scorer.ModelError, match=r"ceiling.*train_confidence"):
        scorer.read_model(path)


def _saturating_table() -> list[dict]:
    """Round eighteen's shape: one-event articles nearly all right (crowd 1), crowded articles often wrong, and year
    dates right as often as day dates, so the table itself teaches no difference between them."""
    rows = []
    for n in range(80):
        crowded = n % 2 == 0
        for event in range(6 if crowded else 1):
            year = (n // 2 + event) % 4 == 0
            right = n % 13 != 1 if not crowded else event % 3 != 0
            features = {"date_precision": 0.3 if year else 1.0, "date_confidence": 1.0,
                        "near": 1.0 if event % 2 == 0 else 0.0, "verb": float(n % 3 == 0),
                        "crowd": 1 / 6 if crowded else 1.0}
            rows.append({"article": f"story{n}", "event": event, "source": f"s{n % 3}", "label": float(right),
                         "features": features})
    return rows


def test_the_fit_keeps_a_year_under_a_day_where_the_plain_fit_ties_them() -> None:
    rows = _saturating_table()
    plain = tc.fit(rows, scorer.FEATURES, calibrate_on=None, signs=None, ceiling=False)
    assert not cf.properties(plain)["year_under_day_shipped"]
    chosen = tc.fit(rows, scorer.FEATURES, calibrate_on=None)
    assert all(cf.properties(chosen).values())
    assert chosen["coefficients"]["date_precision"] >= 0 and chosen["coefficients"]["date_confidence"] >= 0
    assert chosen["ceiling"] <= scorer.CEILING


def test_the_shipped_model_keeps_its_properties() -> None:
    data = json.loads(scorer.MODEL_FILE.read_text(encoding="utf-8"))
    assert all(cf.properties(data).values()), cf.properties(data)
    assert "ceiling" in data and data["ceiling"] <= scorer.CEILING
