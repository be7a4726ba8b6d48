"""benchmarks/confidence_probe.py: signs per source, what a fit leaves out, what it refuses (made-up tables)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks import confidence_probe as cp

FIVE = {"date_precision": 1.0, "date_confidence": 1.0, "near": 1.0, "verb": 1.0, "crowd": 0.5}


def _row(source: str, label: float, typed: bool, *, kind: str = "yearless", distance: int = 2,
         verb: float = 1.0) -> dict[str, Any]:
    return {"source": source, "case": "0", "event": 0, "label": label, "features": {**FIVE, "verb": verb},
            "kind": kind, "typed": typed, "path": "verb", "same_day": False, "rows": 3, "distance": distance}


def _source(name: str, right_typed: int, wrong_typed: int, right_other: int, wrong_other: int,
            **extra: Any) -> list[dict[str, Any]]:
    return ([_row(name, 1.0, True, **extra)] * right_typed + [_row(name, 0.0, True, **extra)] * wrong_typed
            + [_row(name, 1.0, False, **extra)] * right_other + [_row(name, 0.0, False, **extra)] * wrong_other)


def test_a_sign_held_in_every_source_is_kept() -> None:
    rows = _source("rn-a", 9, 1, 5, 5) + _source("wb", 8, 0, 3, 3) + _source("fc", 6, 2, 2, 4)
    table = cp.signs(rows)
    assert all(gap is not None and gap > 0 for _, _, gap in table["typed"].values())
    assert "typed" in cp.holding(table)


def test_one_source_the_other_way_drops_it() -> None:
    rows = _source("rn-a", 9, 1, 5, 5) + _source("wb", 8, 0, 3, 3) + _source("fc", 2, 4, 6, 0)
    assert "typed" not in cp.holding(cp.signs(rows))


def test_a_source_with_too_few_events_on_a_side_says_no_sign() -> None:
    rows = _source("rn-a", 9, 1, 5, 5) + _source("wb", 8, 0, 3, 3) + _source("fc", 6, 2, 1, 1)
    table = cp.signs(rows)
    assert table["typed"]["fc"][2] is None
    # two sources saying a sign are not enough
    assert "typed" not in cp.holding(table)


def test_the_date_kind_candidates_read_the_kind_and_the_distance() -> None:
    assert cp.CANDIDATES["weekday_or_relative"](_row("wa", 1.0, True, kind="weekday"))
    assert not cp.CANDIDATES["weekday_or_relative"](_row("wa", 1.0, True, kind="clock"))
    assert cp.CANDIDATES["far_from_dateline"](_row("wa", 1.0, True, distance=400))
    assert not cp.CANDIDATES["near_dateline"](_row("wa", 1.0, True, distance=-1))  # no dateline: not near


def test_a_batch_first_reading_and_main_reading_are_left_out_together() -> None:
    assert cp.group("fk") == cp.group("wk") == "k"
    assert cp.group("rn-a") != cp.group("rn-b")


def test_each_source_is_scored_by_a_fit_that_never_read_its_batch() -> None:
    pytest.importorskip("sklearn")
    base = _source("rn-a", 12, 2, 6, 4, verb=1.0) + _source("wb", 10, 1, 5, 4, verb=0.0)
    mine = _source("fc", 6, 2, 5, 3)
    twin = _source("wc", 6, 2, 5, 3)
    flipped = [{**r, "label": 1.0 - r["label"]} for r in twin]
    one = cp.loso(base + mine + twin, ("typed",))["fc"]["features"]
    two = cp.loso(base + mine + flipped, ("typed",))["fc"]["features"]
    assert one == two  # wc (the same batch as fc) is in no fit that scores fc
    other = cp.loso(base + mine + twin, ("typed",))["rn-a"]["features"]
    changed = cp.loso(base + mine + flipped, ("typed",))["rn-a"]["features"]
    assert other != changed  # a source of another batch is fitted on wc


def test_held_and_blind_batches_are_refused(tmp_path: Path) -> None:
    for batch in ("q", "r"):
        with pytest.raises(ValueError):
            cp._run(batch, f"w{batch}", tmp_path)
    with pytest.raises(ValueError):
        cp._run("r", "wr", tmp_path, held=True)  # blind, even for figures
    with pytest.raises(ValueError):
        cp.collect(["q"])


def test_the_stored_table_holds_numbers_and_kinds_only() -> None:
    rows = cp.read_table()
    allowed = {"source", "case", "event", "label", "features", "kind", "typed", "path", "same_day", "rows",
               "distance"}
    assert rows and all(set(r) == allowed for r in rows)
    assert not {r["source"] for r in rows} & {"wq", "fq", "wr", "fr"}
    assert all(set(r["features"]) == set(cp.SHIPPED) for r in rows)


def test_the_case_share_of_other_rows_counts_within_one_case_of_one_source() -> None:
    rows = [_row("wa", 1.0, False), _row("wa", 1.0, False), _row("wa", 0.0, True),
            {**_row("wb", 1.0, True), "case": "0"}]
    shared = cp.with_case_shares(rows)
    assert [r["other_share"] for r in shared][:3] == [round(2 / 3, 6)] * 3
    assert shared[3]["other_share"] == 0.0  # another source's case 0 is another case
    assert cp.CANDIDATES["mostly_other"](shared[0]) and not cp.CANDIDATES["mostly_other"](shared[3])
