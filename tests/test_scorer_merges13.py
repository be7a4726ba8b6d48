"""The scorer's over-merges (benchmarks/evaluate.py, round thirteen): a row whose articles tell two gold rows.

Tiny synthetic gold and predicted rows, no pipeline. Before round thirteen an over-merge was counted only when the
second gold row was missed (``swallowed``); a row citing two articles that tell two happenings went unseen when
another row of the second article matched the second happening.
"""

from __future__ import annotations

import datetime as dt
import sys

from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import evaluate as ev

SUNDAY = dt.date(2026, 3, 1)


def _gold(source: str, type_: str = "incident", actors: tuple[str, ...] = (), *sources: str) -> ev.GoldEvent:
    return ev.GoldEvent(date=SUNDAY, end_date=None, precision="day", type=type_, actors=actors,
                        sources=(source, *sources), lang="en")


def _pred(*sources: str, type_: str = "incident", actors: tuple[str, ...] = (),
          day: dt.date = SUNDAY) -> ev.Predicted:
    return ev.Predicted(date=day, end_date=None, precision="day", type=type_, actors=actors,
                        sources=tuple(f"folder/{s}" for s in sources), lang="en")


def _score(gold: tuple[ev.GoldEvent, ...], preds: list[ev.Predicted]) -> ev.Tally:
    case = ev.Case(name="t", inputs=(), reference_dates={}, events=gold, not_actors=(), lang="en")
    return ev.score_case(case, preds, {}).tallies["en"]


def test_a_row_citing_two_pages_of_two_happenings_counts_even_when_both_are_matched() -> None:
    gold = (_gold("alps.txt"), _gold("rockies.txt"))
    stray = _pred("rockies.txt", type_="other")  # the second page's other row takes the second happening
    tally = _score(gold, [_pred("alps.txt", "rockies.txt"), stray])
    assert tally.over_merges == 1 and tally.swallowed == 0


def test_the_old_count_still_sees_a_missed_row_inside_a_matched_one_once() -> None:
    gold = (_gold("alps.txt"), _gold("rockies.txt"))
    tally = _score(gold, [_pred("alps.txt", "rockies.txt")])
    assert tally.over_merges == 1 and tally.swallowed == 1


def test_one_happening_told_by_both_pages_is_no_over_merge() -> None:
    gold = (_gold("alps.txt", "incident", (), "wire.txt"),)
    assert _score(gold, [_pred("alps.txt", "wire.txt")]).over_merges == 0


def test_a_page_telling_both_happenings_does_not_make_a_right_merge_wrong() -> None:
    gold = (_gold("alps.txt", "incident", (), "wire.txt"), _gold("wire.txt"))
    tally = _score(gold, [_pred("alps.txt", "wire.txt"), _pred("wire.txt")])
    assert tally.over_merges == 0


def test_gold_rows_of_another_type_or_day_are_not_told_by_the_row() -> None:
    gold = (_gold("alps.txt"), _gold("rockies.txt", "meeting"))
    assert _score(gold, [_pred("alps.txt", "rockies.txt"), _pred("rockies.txt", type_="meeting")]).over_merges == 0
    other_day = ev.GoldEvent(date=SUNDAY + dt.timedelta(days=1), end_date=None, precision="day", type="incident",
                             sources=("rockies.txt",), lang="en")
    tally = _score((_gold("alps.txt"), other_day), [_pred("alps.txt", "rockies.txt"),
                                                     _pred("rockies.txt", day=other_day.date)])
    assert tally.over_merges == 0


def test_gold_rows_with_actors_need_one_of_them_in_the_row() -> None:
    gold = (_gold("geneva.txt", "meeting", ("Ana Costa",)), _gold("talks.txt", "meeting", ("Ivo Berg",)))
    named_one = _pred("geneva.txt", "talks.txt", type_="meeting", actors=("Ana Costa",))
    other = _pred("talks.txt", type_="meeting", actors=("Ivo Berg",))
    assert _score(gold, [named_one, other]).over_merges == 0
    named_both = _pred("geneva.txt", "talks.txt", type_="meeting", actors=("Ana Costa", "Ivo Berg"))
    assert _score(gold, [named_both, other]).over_merges == 1


def test_three_pages_of_three_happenings_are_two_over_merges() -> None:
    gold = (_gold("a.txt"), _gold("b.txt"), _gold("c.txt"))
    assert _score(gold, [_pred("a.txt", "b.txt", "c.txt")]).over_merges == 2


def test_swallowed_is_reported_beside_over_merges() -> None:
    assert "swallowed" in ev.METRICS and ev.METRICS.index("swallowed") == ev.METRICS.index("over_merges") + 1
