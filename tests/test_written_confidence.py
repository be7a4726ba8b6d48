"""The confidence map fitted on the written batches' test halves (benchmarks/written_confidence.py): made-up tables of
the model's features, no written text read, no pipeline run (but for the refusal of a batch outside the map's)."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import written_confidence as wc
from timeline.extraction.events import scorer

pytest.importorskip("scipy", reason="scipy comes with scikit-learn, a development dependency")

MODEL = {"features": list(scorer.FEATURES),
         "coefficients": {"date_precision": 2.0, "date_confidence": 1.0, "near": 0.2, "verb": 0.3, "crowd": 3.0},
         "intercept": -2.5, "fit": {"platt": {"slope": 0.8, "intercept": -0.2}}}


def _features(precision: float, crowd: float) -> dict[str, float]:
    return {"date_precision": precision, "date_confidence": 1.0, "near": 0.0, "verb": 0.0, "crowd": crowd}


def _rows(right_share: dict[str, float], events: int = 40) -> list[dict]:
    """Per batch, ``events`` one-mention events of two kinds (day-dated in a quiet article, year-dated in a crowded
    one); a share of each kind right, the day-dated kind more often."""
    rows = []
    for batch, share in right_share.items():
        for n in range(events):
            day = n % 2 == 0
            right = (n // 2) % 10 < round(10 * min(1.0, share + (0.1 if day else -0.1)))
            rows.append({"batch": batch, "case": n // 4, "event": n, "sources": 1, "label": float(right),
                         "confidence": 0.0, "features": _features(1.0 if day else 0.3, 1.0 if day else 0.2)})
    return rows


def _mean(pairs: list[tuple[float, float]], index: int) -> float:
    return sum(p[index] for p in pairs) / len(pairs)


def test_shift_brings_mean_confidence_to_observed_precision() -> None:
    rows = _rows({"x": 0.5, "y": 0.6})
    scored = wc.events(rows, MODEL)
    before = wc.pairs(scored, 1.0, 0.0)
    slope, shift = wc.fit_map(scored, "shift")
    after = wc.pairs(scored, slope, shift)
    assert slope == 1.0 and shift < 0  # the made-up model is over-confident on these events
    assert abs(_mean(before, 0) - _mean(before, 1)) > 0.1
    assert abs(_mean(after, 0) - _mean(after, 1)) < 0.01


def test_apply_keeps_the_ranking_and_can_be_undone() -> None:
    rows = _rows({"x": 0.5, "y": 0.7})
    applied = wc.apply_map(dict(MODEL), rows, "platt")
    done = applied["fit"]["written_map"]
    assert done["slope"] > 0 and done["events"] == 80
    for name, value in MODEL["coefficients"].items():
        assert applied["coefficients"][name] == pytest.approx(done["slope"] * value, abs=1e-5)
    assert applied["intercept"] == pytest.approx(done["slope"] * MODEL["intercept"] + done["shift"], abs=1e-5)
    assert wc._before(applied)["coefficients"] == MODEL["coefficients"]
    again = wc.apply_map(wc._before(applied), rows, "platt")
    assert json.dumps(again, sort_keys=True) == json.dumps(applied, sort_keys=True)


def test_leave_one_batch_out_never_reads_the_held_batch() -> None:
    rows = _rows({"x": 0.5, "y": 0.6, "z": 0.8})
    flipped = [dict(r, label=1.0 - r["label"]) if r["batch"] == "z" else r for r in rows]
    one = wc.leave_one_batch_out(rows, MODEL, ("shift",))["shift"]["batches"]
    two = wc.leave_one_batch_out(flipped, MODEL, ("shift",))["shift"]["batches"]
    assert one["z"]["shift"] == two["z"]["shift"] and one["z"]["confidence"] == two["z"]["confidence"]
    assert one["x"]["shift"] != two["x"]["shift"]  # z's outcomes do teach the maps of the others


def test_the_none_form_is_the_shipped_confidence_with_its_bonus_and_bounds() -> None:
    assert wc.fit_map([("x", 0.0, 1, 1.0)], "none") == (1.0, 0.0)
    assert wc.probability(0.0, 1.0, 0.0, 1) == 0.5
    assert wc.probability(0.0, 1.0, 0.0, 3) == 0.6  # two more articles tell it: + 2 * SOURCE_BONUS
    assert wc.probability(20.0, 1.0, 0.0, 2) == 0.99
    assert wc.probability(-20.0, 1.0, 0.0, 1) == scorer.FLOOR


def test_an_event_is_scored_by_its_best_mention() -> None:
    quiet, crowded = _features(1.0, 1.0), _features(0.3, 0.2)
    rows = [{"batch": "x", "case": 0, "event": 0, "sources": 1, "label": 1.0, "confidence": 0.0, "features": f}
            for f in (crowded, quiet)]
    ((_, z, _, _),) = wc.events(rows, MODEL)
    assert z == pytest.approx(-2.5 + 2.0 + 1.0 + 3.0)


def test_a_batch_outside_the_map_is_refused() -> None:
    with pytest.raises(ValueError, match="not one the map may be fitted on"):
        wc.collect(("j",))


def test_the_map_gives_what_the_pipeline_gives_under_a_fitted_ceiling() -> None:
    """A model file with a fitted ``ceiling`` scales every probability (scorer.Model): the map's probabilities
    must be the pipeline's, not the unscaled logistic's (which read up to a point too high)."""
    values = _features(1.0, 0.0)
    for ceiling in (None, 0.9, 0.75):
        model = scorer.model_of({**MODEL, "ceiling": ceiling})
        z = MODEL["intercept"] + sum(MODEL["coefficients"][n] * values[n] for n in scorer.FEATURES)
        assert wc.probability(z, 1.0, 0.0, 1, ceiling) == model.probability(values)
    assert wc.probability(z, 1.0, 0.0, 1, 0.75) < wc.probability(z, 1.0, 0.0, 1)
