"""benchmarks/told_twice.why_apart: why a gold row told by two articles is not one row (synthetic rows)."""

from __future__ import annotations

import datetime as dt

from benchmarks import evaluate as ev
from benchmarks.told_twice import why_apart

DAY = dt.date(2026, 3, 12)
SOURCES = ("fr_greve.txt", "en_strike.txt")
DATED = {source: DAY for source in SOURCES}


def _gold(type_: str = "protest") -> ev.GoldEvent:
    return ev.GoldEvent(date=DAY, end_date=None, precision="day", type=type_, sources=SOURCES)


def _pred(source: str, type_: str = "protest", day: dt.date = DAY) -> ev.Predicted:
    return ev.Predicted(date=day, end_date=None, precision="day", type=type_, sources=(source,))


def test_undated_article_comes_first() -> None:
    assert why_apart(_gold(), [_pred(s) for s in SOURCES], {**DATED, "en_strike.txt": None}) == "undated"


def test_an_article_without_a_row_of_the_day() -> None:
    preds = [_pred("fr_greve.txt"), _pred("en_strike.txt", day=DAY + dt.timedelta(days=1))]
    assert why_apart(_gold(), preds, DATED) == "no telling"


def test_types_not_related() -> None:
    assert why_apart(_gold(), [_pred("fr_greve.txt"), _pred("en_strike.txt", "ceremony")], DATED) == "type"


def test_a_related_type_leaves_it_to_merge() -> None:
    """incident and protest are one family (lang/merge.yaml): the rows met the merge and stayed apart there."""
    assert why_apart(_gold(), [_pred("fr_greve.txt"), _pred("en_strike.txt", "incident")], DATED) == "merge"
