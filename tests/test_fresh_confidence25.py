"""The level map of unseen text (benchmarks/fresh_confidence.py, round twenty-five): made-up tables of numbers, no
article; the held-out first reading is in no fit, the map keeps the ranking, comes out again, and the stored fresh
dev table holds numbers only."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import first_readings as fr
from benchmarks import fresh_confidence as fc
from benchmarks.confidence_fit import properties
from timeline.extraction.events.scorer import MODEL_FILE

pytest.importorskip("scipy", reason="scipy is a development dependency (requirements-dev.txt)")

DAY = {"date_precision": 1.0, "date_confidence": 1.0, "near": 1.0, "verb": 1.0, "crowd": 0.25}
YEAR = {**DAY, "date_precision": 0.0, "near": 0.0}


def _rows(batch: str, right: int, wrong: int) -> list[dict]:
    """One mention per event, most right ones day-dated and most wrong ones year-dated (not all)."""
    return ([{"batch": batch, "case": 0, "event": i, "sources": 1, "label": 1.0,
              "features": YEAR if i % 4 == 3 else DAY} for i in range(right)] +
            [{"batch": batch, "case": 1, "event": i, "sources": 1, "label": 0.0,
              "features": DAY if i % 2 else YEAR} for i in range(wrong)])


def _shipped() -> dict:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("fresh", "first", "expected"), [
    (_rows("fresh-frA", 6, 4), _rows("k", 9, 1) + _rows("r", 1, 9), {"fresh-frA", "k"}),
    (_rows("fresh-enB", 7, 3), _rows("q", 5, 5) + _rows("h", 8, 2), {"fresh-enB", "q", "h"}),
    ([], _rows("r", 5, 5) + _rows("s", 5, 5), set()),
])
def test_the_unseen_sources_never_hold_the_held_out_batch(fresh: list, first: list, expected: set) -> None:
    assert {r["batch"] for r in fc.unseen_rows(fresh, first)} == expected
    assert not set(fr.HELD) & set(fc.FIRST)


def test_the_held_out_outcomes_do_not_move_the_map() -> None:
    fresh, first = _rows("fresh-frB", 6, 4), _rows("l", 8, 2) + _rows(fr.HELD[0], 2, 8)
    flipped = [dict(r, label=1.0 - r["label"]) if r["batch"] in fr.HELD else r for r in first]
    assert fc.apply_map(_shipped(), fresh, first) == fc.apply_map(_shipped(), fresh, flipped)


@pytest.mark.parametrize(("calm", "hard"), [
    ((19, 1), (12, 8)),
    ((18, 2), (10, 10)),
])
def test_a_less_precise_unseen_source_lowers_the_level_and_keeps_the_ranking(calm: tuple, hard: tuple) -> None:
    first = _rows("m", 16, 4)
    low = fc.apply_map(_shipped(), _rows("fresh-enC", *hard), first)
    high = fc.apply_map(_shipped(), _rows("fresh-enC", *calm), first)
    assert low["intercept"] < high["intercept"]
    assert low["coefficients"] == high["coefficients"] == fc.before(_shipped())["coefficients"]  # a level only
    assert all(properties(low).values())


def test_a_map_folded_in_comes_out_again_and_twice_is_once() -> None:
    model = fc.before(_shipped())
    once = fc.apply_map(model, _rows("fresh-frC", 7, 3), _rows("n", 6, 4))
    assert once["fit"][fc.KEY]["events"] == 20
    assert fc.before(once)["intercept"] == model["intercept"]
    assert fc.apply_map(once, _rows("fresh-frC", 7, 3), _rows("n", 6, 4)) == once


def test_the_shipped_model_carries_the_level_map_of_unseen_text() -> None:
    shipped = _shipped()
    done = shipped["fit"][fc.KEY]
    assert done["form"] == "shift" and done["slope"] == 1.0
    assert -1.0 < done["shift"] < 0.0  # unseen text is less precise than dev: the level goes down, not by much
    assert shipped["intercept"] == pytest.approx(done["before"]["intercept"] + done["shift"], abs=1e-6)
    assert "held out: " + ", ".join(fr.HELD) in done["on"]


def test_the_fresh_dev_table_holds_numbers_only() -> None:
    rows = fc.read_table()
    assert rows
    for row in rows:
        assert set(row) == {"batch", "case", "event", "sources", "label", "confidence", "features"}
        assert row["batch"] in {f"fresh-{lang}{c}" for lang in ("fr", "en") for c in "ABC"}
        assert row["label"] in (0.0, 0.5, 1.0) and 0.0 < row["confidence"] <= 0.99
        assert all(isinstance(v, int | float) for v in row["features"].values())


def test_the_levels_forecast_fresh_dev_from_the_first_readings_alone() -> None:
    fresh = _rows("fresh-frA", 5, 5)
    first = _rows("i", 9, 1) + _rows("j", 8, 2)
    result = fc.levels(fresh, first, fc.before(_shipped()))
    assert set(result["sources"]) == {"fresh-frA", "i", "j"}
    # fitted on i and j alone (precise), the map lowers fresh dev's confidence less than one fitted with it
    assert result["forecast"]["c"] > result["shift"]
    assert result["forecast"]["none"]["events"] == 10
