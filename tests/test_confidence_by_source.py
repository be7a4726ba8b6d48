"""The Platt map fitted on scores from fits without each event's source (benchmarks/train_confidence.py
``out_of_source``, ``calibrate_on=BY_SOURCE``): the map learns how a fit carries to a source it never saw. Made-up
tables of one feature, no real news needed."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import train_confidence
from tests.fixtures.confidence_tables import one_feature_table

pytest.importorskip("sklearn", reason="scikit-learn is a development dependency (requirements-dev.txt)")

_table = one_feature_table


SHIFTED = {"calm": (10, 3), "mixed": (8, 2), "hard": (6, 1)}
"""Three made-up sources whose share of right events falls from 0.87 to 0.47."""


def _scores(rows: list[dict]) -> list[float]:
    x, y, w, _ = train_confidence._arrays(rows, ["x"])
    return train_confidence.out_of_source(rows, x, y, w, 1.0).tolist()


def test_a_sources_scores_do_not_read_its_own_outcomes() -> None:
    rows = _table(SHIFTED)
    flipped = [dict(r, label=1.0 - r["label"]) if r["source"] == "hard" else r for r in rows]
    before, after = _scores(rows), _scores(flipped)
    hard = [i for i, r in enumerate(rows) if r["source"] == "hard"]  # one mention an event: rows are events
    assert [before[i] for i in hard] == [after[i] for i in hard]
    assert before != after  # the other sources' fits did read the flipped outcomes


def test_the_map_by_source_is_named_and_flatter_when_sources_differ() -> None:
    rows = _table(SHIFTED)
    by_source = train_confidence.fit(rows, ["x"], calibrate_on=train_confidence.BY_SOURCE)
    by_folds = train_confidence.fit(rows, ["x"], calibrate_on=None)
    assert by_source["fit"]["platt"]["on"] == "events, each scored by a fit without its source"
    assert by_folds["fit"]["platt"]["on"] == "events, out of fold"
    assert by_source["fit"]["logistic"] == by_folds["fit"]["logistic"]  # the rank is learned alike
    # a fit on two sources misjudges the third's base rate, so x tells less there: a flatter map
    assert 0 < by_source["fit"]["platt"]["slope"] < by_folds["fit"]["platt"]["slope"] - 0.1


def test_the_map_by_source_keeps_the_folds_slope_when_sources_agree() -> None:
    rows = _table({"one": (8, 2), "two": (8, 2), "three": (8, 2)})
    by_source = train_confidence.fit(rows, ["x"], calibrate_on=train_confidence.BY_SOURCE)
    assert by_source["fit"]["platt"]["slope"] == pytest.approx(1.0, abs=0.15)


def test_one_source_falls_back_to_the_folds() -> None:
    rows = _table({"alone": (8, 2)})
    model = train_confidence.fit(rows, ["x"], calibrate_on=train_confidence.BY_SOURCE)
    assert model["fit"]["platt"]["on"] == "events, out of fold"


def test_a_candidate_written_without_a_feature_still_loads_with_its_weight_zero(tmp_path) -> None:
    from timeline.extraction.events import scorer

    out = tmp_path / "candidate.json"
    assert train_confidence.main(["--from-table", "--without", "near", "--calibrate-on", "b", "--out", str(out)]) == 0
    model = scorer.read_model(out)  # refuses a file whose features differ from the code's
    weights = dict(zip(scorer.FEATURES, model.weights, strict=True))
    assert weights["near"] == 0.0 and weights["crowd"] > 0
    shipped = scorer.read_model()
    assert dict(zip(scorer.FEATURES, shipped.weights, strict=True))["near"] != 0.0


def test_calibration_also_scores_another_model_file_on_the_same_events(tmp_path) -> None:
    import json

    from benchmarks import calibration
    from timeline.extraction.events import scorer

    data = {"features": list(scorer.FEATURES), "coefficients": dict.fromkeys(scorer.FEATURES, 0.0), "intercept": 0.0}
    data["coefficients"]["crowd"] = 2.0
    path = tmp_path / "crowd-only.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    def mention(crowd: float) -> dict:
        return {"features": dict(dict.fromkeys(scorer.FEATURES, 1.0), crowd=crowd), "probability": 0.9}

    rows = [calibration.EventRow("test", "one", "en", "made-up", 1.0, 0.9, [mention(0.0), mention(1.0)]),
            calibration.EventRow("test", "two", "fr", "made-up", 0.0, 0.9, [mention(0.0)]),
            calibration.EventRow("test", "three", "fr", "made-up", None, 0.9, [mention(1.0)])]
    pairs = calibration.candidate_pairs(rows, path)
    # the best mention's probability under the file (1 / (1 + e^-2) = 0.881), the optional match left out
    assert pairs == [(0.881, 1.0), (0.5, 0.0)]
