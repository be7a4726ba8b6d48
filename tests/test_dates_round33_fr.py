"""French date classes of round thirty-three (issue 12, helper dfr33), with their English rows where the class exists.

Three mechanisms, each a table of our own sentences that can fail row by row:

* two following years written in full that end this year or next ("la saison 2025-2026", "l'exercice 2026-2027")
  are both dates, as French TimeBank and WiNER write a past span ("1982-1990": two TIMEX3) and the fresh and
  written gold write every span (dates/year_spans.py, ``running_pair``); a term ("mandat 2025-2030") and a
  two-digit end ("2026-27") stay no date;
* a stamp's seconds and zone offset belong to its clock ("16:07:51", "T08:50:00+01:00"): the clock is read, and
  "+01:00" is no clock of its own (dates/times.py); a race's time ("1:32:10") stays no clock;
* an anaphoric day in another sentence told in the past ("Nous l'avons appris la veille") counts from the story's
  latest day not after the reference date when the previous day is a plan after it (dates/anaphora.py,
  ``_told_before``); told in the future, it keeps the plan.

And the scorer's side: a hyphen between two years splits a gold span in its TimeML members, as an en dash does
(benchmarks/written_dates.py, ``RANGE_SEPARATORS``). Reference date: Thursday 3 December 2026 (news conventions).
Rows are (text, lang, [(words, first day, precision)]).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from tests.fixtures.date_rows import ids as _ids
from tests.fixtures.date_rows import read_past
from timeline.extraction.dates import find_dates
from timeline.settings import Options

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import written_dates as wd  # noqa: E402

REF = dt.date(2026, 12, 3)


def read(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str]]:
    return read_past(text, lang, ref)


YEAR_PAIRS = [
    ("L'attaquant avait été suspendu pendant la saison 2025-2026 pour des insultes.", "fr",
     [("2025", "2025-01-01", "year"), ("2026", "2026-01-01", "year")]),
    ("La coopérative publiera les comptes de son exercice 2026-2027 en septembre.", "fr",
     [("2026", "2026-01-01", "year"), ("2027", "2027-01-01", "year"), ("septembre", "2027-09-01", "month")]),
    ("Le rectorat a fixé les vacances de l'année scolaire 2026-2027.", "fr",
     [("2026", "2026-01-01", "year"), ("2027", "2027-01-01", "year")]),
    ("The winger was banned for most of the 2025-2026 season.", "en",
     [("2025", "2025-01-01", "year"), ("2026", "2026-01-01", "year")]),
    # a past span, as before
    ("Les inscrits de la période 2019-2021 doivent revoter.", "fr",
     [("2019", "2019-01-01", "year"), ("2021", "2021-01-01", "year")]),
]

YEAR_TERMS = [
    ("Elle a été élue pour le mandat 2025-2030 lors du congrès.", "fr", []),
    ("Le club vise le titre lors de la saison 2026-27.", "fr", []),
    ("The plan covers 2027-2028 and beyond.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), YEAR_PAIRS, ids=_ids(YEAR_PAIRS))
def test_two_following_years_that_run_now_are_both_dates(text: str, lang: str, expected: list) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), YEAR_TERMS, ids=_ids(YEAR_TERMS))
def test_a_term_or_a_short_end_stays_no_date(text: str, lang: str, expected: list) -> None:
    assert read(text, lang) == expected


STAMPS = [
    ("Mis en ligne le 2026-11-30 16:07:51", "fr", "2026-11-30", "16:07"),
    ("date: 2026-11-30T09:05:00+01:00", "fr", "2026-11-30", "09:05"),
    ("_Publié le 30 novembre 2026 à 9 h 05_", "fr", "2026-11-30", "09:05"),
    ("Posted on Monday, November 30, 2026 09:05:00", "en", "2026-11-30", "09:05"),
    ("Updated 2026-11-30 18:10:00 GMT", "en", "2026-11-30", "18:10"),
]


@pytest.mark.parametrize(("text", "lang", "day", "clock"), STAMPS, ids=[r[0][:48] for r in STAMPS])
def test_a_stamps_seconds_and_offset_belong_to_its_clock(text: str, lang: str, day: str, clock: str) -> None:
    found = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
    assert [(m.value.isoformat(), m.time) for m in found if m.time is not None] == [(day, clock)]
    assert all(m.time != "01:00" for m in found), "a zone offset is no clock"


@pytest.mark.parametrize(("text", "lang"), [("Le vainqueur a couru en 1:32:10 dimanche.", "fr"),
                                            ("She won the half marathon in 1:09:45.", "en")])
def test_a_race_time_stays_no_clock(text: str, lang: str) -> None:
    found = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
    assert all(m.time is None for m in found)


EVES = [
    # told in the past, after a plan: the eve of the story's latest past day
    ("La mairie a présenté le projet ce mercredi. Une grève est prévue vendredi 4 décembre. « Nous l'avons découvert "
     "la veille par la presse », dit un agent.", "fr", ("la veille", "2026-12-01")),
    ("Le conseil s'est réuni lundi soir ; le tarif entrera en vigueur le 4 janvier 2027. La veille, des "
     "riverains avaient manifesté devant la mairie.", "fr", ("La veille", "2026-11-29")),
    ("The council met on Monday. The new fee takes effect on January 4, 2027. The day before, parents had "
     "protested outside the town hall.", "en", ("The day before", "2026-11-29")),
    # told in the future: the plan stays the anchor
    ("La mairie a présenté le projet ce mercredi. Une grève est prévue vendredi 4 décembre. La veille, les "
     "syndicats rencontreront le préfet.", "fr", ("La veille", "2026-12-03")),
    # the previous day is past already: unchanged
    ("La mairie a présenté le projet lundi. La veille, les syndicats avaient rencontré le préfet.", "fr",
     ("La veille", "2026-11-29")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), EVES, ids=_ids(EVES))
def test_a_past_eve_counts_from_the_storys_past_day(text: str, lang: str, expected: tuple[str, str]) -> None:
    got = [(w, d) for w, d, _ in read(text, lang) if w.lower() == expected[0].lower()]
    assert got == [expected]


SCORED = [
    ("pendant la saison 2015-2016, elle", "2015-2016", "2015/2016", ["2015", "2016"]),
    ("les inscrits de 2016–2018 votent", "2016–2018", "2016/2018", ["2016", "2018"]),
    # a day written with dashes keeps its one span
    ("publié le 2014-11-12 à midi", "2014-11-12", "2014-11-12", ["2014-11-12"]),
    # a fiscal year of months is no two years: one span
    ("l'exercice 2026/27 a débuté", "2026/27", "2026-03/2027-02", ["2026/27", "2026/27"]),
]


@pytest.mark.parametrize(("text", "words", "value", "members"), SCORED, ids=[r[0][:40] for r in SCORED])
def test_the_scorer_splits_a_span_of_two_years_as_timeml_does(text: str, words: str, value: str,
                                                               members: list[str]) -> None:
    golds = wd.gold_timexes(text, [{"text": words, "value": value}], "t")
    assert [g.text for g in golds] == members
