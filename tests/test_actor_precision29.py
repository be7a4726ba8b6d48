"""The scorer's actor precision (round twenty-nine): of the actors shown on a matched row whose gold names actors,
the share that is one of them. Rows whose gold names nobody are not counted (a popular vote, a disaster)."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks import evaluate as ev

DAY = dt.date(2026, 3, 2)


def _metrics(gold_actors: tuple[str, ...], shown: tuple[str, ...]) -> dict[str, object]:
    gold = ev.GoldEvent(date=DAY, end_date=None, precision="day", type="meeting", lang="en", actors=gold_actors)
    case = ev.Case(name="c", inputs=(), reference_dates={}, events=(gold,), not_actors=(), lang="en")
    pred = ev.Predicted(date=DAY, end_date=None, precision="day", type="meeting", lang="en", actors=shown)
    return ev.score_case(case, [pred], {}).tallies["en"].metrics()


@pytest.mark.parametrize(("gold_actors", "shown", "precision"), [
    (("Ana Lima", "Port Authority"), ("Ana Lima", "Port Authority"), 1.0),
    (("Ana Lima", "Port Authority"), ("Ana Lima", "Morning", "Tuesday Review"), 1 / 3),
    (("Ana Lima|Lima",), ("Minister Ana Lima",), 1.0),
    (("Ana Lima",), (), None),
])
def test_shown_actors_that_are_gold_actors(gold_actors: tuple[str, ...], shown: tuple[str, ...],
                                           precision: float | None) -> None:
    metrics = _metrics(gold_actors, shown)
    if precision is None:
        assert metrics["actor_precision"] is None
    else:
        assert metrics["actor_precision"] == pytest.approx(precision)


def test_a_row_whose_gold_names_nobody_is_not_counted() -> None:
    assert _metrics((), ("Ana Lima",))["actor_precision"] is None
