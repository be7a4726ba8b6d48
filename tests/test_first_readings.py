"""Confidence maps fitted on first readings (benchmarks/first_readings.py): made-up tables of numbers, no article;
the held-out batch is in no fit, the map keeps the ranking and the properties, and a map comes out again."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import first_readings as fr
from benchmarks.confidence_fit import properties
from benchmarks.written_set import HELD_OUT
from timeline.extraction.events.scorer import MODEL_FILE

pytest.importorskip("scipy", reason="scipy is a development dependency (requirements-dev.txt)")

DAY = {"date_precision": 1.0, "date_confidence": 1.0, "near": 1.0, "verb": 1.0, "crowd": 0.25}
YEAR = {**DAY, "date_precision": 0.0, "near": 0.0}


def _rows(batch: str, right: int, wrong: int) -> list[dict]:
    """One mention per event; most right ones day-dated and most wrong ones year-dated, not all (a table that
    separates them perfectly would drive a Platt slope without bound)."""
    return ([{"batch": batch, "case": 0, "event": i, "sources": 1, "label": 1.0,
              "features": YEAR if i % 4 == 3 else DAY} for i in range(right)] +
            [{"batch": batch, "case": 1, "event": i, "sources": 1, "label": 0.0,
              "features": DAY if i % 2 else YEAR} for i in range(wrong)])


def _shipped() -> dict:
    return fr.before(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def test_the_held_out_batch_is_in_no_fit() -> None:
    assert set(fr.HELD) == set(HELD_OUT) and not set(fr.HELD) & set(fr.FITTED)
    held = fr.HELD[0]
    rows = _rows("i", 8, 2) + _rows(held, 1, 9) + _rows("h", 5, 5)
    assert {r["batch"] for r in fr.fitted_on(rows)} == {"i"}
    assert {r["batch"] for r in fr.fitted_on(rows, ("i", held))} == {"i"}  # never the held batch, even when named
    # the held batch's outcomes do not move the map: flipping them gives the same file
    flipped = [dict(r, label=1.0 - r["label"]) if r["batch"] == held else r for r in rows]
    assert fr.apply_map(_shipped(), rows, "shift") == fr.apply_map(_shipped(), flipped, "shift")


def test_a_less_precise_first_reading_lowers_confidence_and_keeps_the_ranking() -> None:
    model = _shipped()
    calm = fr.apply_map(model, _rows("j", 19, 1) + _rows("k", 18, 2), "platt")
    hard = fr.apply_map(model, _rows("j", 12, 8) + _rows("k", 11, 9), "platt")
    assert hard["intercept"] < calm["intercept"]
    ratio = {n: hard["coefficients"][n] / model["coefficients"][n] for n in model["features"]}
    assert max(ratio.values()) - min(ratio.values()) < 1e-3  # every weight scaled alike: the ranking is the same
    assert all(properties(hard).values()) and all(properties(calm).values())


def test_a_map_folded_in_comes_out_again() -> None:
    model = _shipped()
    applied = fr.apply_map(model, _rows("l", 6, 4), "shift")
    assert applied["fit"]["first_reading_map"]["events"] == 10
    assert fr.before(applied)["coefficients"] == model["coefficients"]
    assert fr.before(applied)["intercept"] == model["intercept"]


def test_leave_one_batch_out_scores_each_fitted_batch_and_no_other() -> None:
    rows = _rows("i", 9, 1) + _rows("m", 6, 4) + _rows("p", 2, 8) + _rows("h", 7, 3)
    result = fr.lobo(rows, _shipped(), ("none", "shift"))
    assert set(result["shift"]["batches"]) == {"i", "m"}
    assert result["none"]["batches"]["i"]["slope"] == 1.0 and result["none"]["batches"]["i"]["shift"] == 0.0
    # i's events are scored by a map fitted on m alone, which is less precise: a lower confidence than the shipped
    assert result["shift"]["batches"]["i"]["confidence"] < result["none"]["batches"]["i"]["confidence"]
    assert set(fr.held_out(rows, _shipped(), ("none",))) == {"h", "p"}


def test_only_a_known_batch_is_collected() -> None:
    with pytest.raises(ValueError):
        fr.collect_batch("s")  # no batch s has been written: it has no first reading
    assert fr.SPLIT == "dev" and '"dev"' in fr._COLLECTOR and "test" not in fr._COLLECTOR


def test_the_stored_table_is_numbers_only() -> None:
    rows = fr.read_table()
    assert rows and {r["batch"] for r in rows} == set(fr.FIRST_READINGS)
    for row in rows:
        assert set(row) == {"batch", "case", "event", "sources", "label", "features"}
        assert all(isinstance(v, float | int) for v in row["features"].values())
