"""A row citing a JSON record ('name.json#id') is a row of the file a gold row names ('name.json'), round 21.

The scorer's merged share and over-merge count, and ``benchmarks.told_twice``, compared the gold row's sources with
the row's record ids, so a happening told by a French wire and an English record could never count as merged, and
told_twice said "no telling" of a record that has its row. The headlines and names below are my own.
"""

from __future__ import annotations

import datetime as dt

from benchmarks import evaluate as ev
from benchmarks.told_twice import why_apart

DAY = dt.date(2031, 3, 4)
GOLD = ev.GoldEvent(DAY, None, "day", "incident", status="held", title_hint="a landslide cuts the valley road",
                    sources=("fr_eboulement_depeche.txt", "en_landslide_record.json"))


def _row(*sources: str, day: dt.date = DAY) -> ev.Predicted:
    return ev.Predicted(day, None, "day", "incident", "held", sources=sources, title="Landslide")


def test_a_row_citing_the_wire_and_the_record_merged_them() -> None:
    row = _row("/x/fr_eboulement_depeche.txt", "/x/en_landslide_record.json#ccn-2031-03-05-0101")
    assert ev.merged_sources(GOLD, row)


def test_a_row_of_one_side_did_not_merge() -> None:
    assert not ev.merged_sources(GOLD, _row("/x/en_landslide_record.json#ccn-2031-03-05-0101"))
    assert not ev.merged_sources(GOLD, _row("/x/fr_eboulement_depeche.txt"))


def test_another_file_of_a_like_name_is_not_the_record() -> None:
    row = _row("/x/fr_eboulement_depeche.txt", "/x/en_landslide_record_2.json#7")
    assert not ev.merged_sources(GOLD, row)


def test_a_numbered_record_still_answers_to_its_number() -> None:
    gold = ev.GoldEvent(DAY, None, "day", "incident", sources=("fr_eboulement_depeche.txt", "feed.json#2"))
    assert ev.merged_sources(gold, _row("/x/fr_eboulement_depeche.txt", "/x/feed.json#2"))
    assert not ev.merged_sources(gold, _row("/x/fr_eboulement_depeche.txt", "/x/feed.json#3"))


def test_told_twice_finds_the_record_telling() -> None:
    """Each article has a row of the day, apart: the reason is the merge, not a missing telling."""
    rows = [_row("/x/fr_eboulement_depeche.txt"), _row("/x/en_landslide_record.json#ccn-2031-03-05-0101")]
    references = {"fr_eboulement_depeche.txt": DAY, "en_landslide_record.json": DAY}
    assert why_apart(GOLD, rows, references) == "merge"
    assert why_apart(GOLD, rows[:1], references) == "no telling"


def test_two_happenings_told_by_the_wire_and_the_record_are_an_over_merge() -> None:
    """One row citing both articles, each telling another happening of the day: one over-merge."""
    other = ev.GoldEvent(DAY, None, "day", "incident", status="held", title_hint="a lorry overturns",
                         sources=("en_landslide_record.json",))
    first = ev.GoldEvent(DAY, None, "day", "incident", status="held", title_hint="a landslide cuts the road",
                         sources=("fr_eboulement_depeche.txt",))
    row = _row("/x/fr_eboulement_depeche.txt", "/x/en_landslide_record.json#ccn-2031-03-05-0101")
    assert len(ev._told_together([first, other], row, 0)) == 1
    assert ev._told_together([GOLD], row, 0) == []
