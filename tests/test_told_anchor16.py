"""A relative date anchored on the day the sentence has just written, round sixteen (issue 12 classes 4-5; wk16).

Counted in two dev sources (docs/BENCHMARKS.md, "A relative date's anchor, round sixteen"): the article's date was
taken where the sentence had just written the story's day, in written batch e (a weekday after a stretch of days:
"les 13 et 14 juin ; le feu d'artifice est fixé au samedi soir") and written batch f (a year-less day after a day
written with its year ahead: "le samedi 10 avril 2027 au lieu du 17 avril").
- ``steps_relative._in_told_week``: a weekday after "le", "au", "du", "the" with no number reads a stretch of days
  told before it (the weekday in it), not only a single day;
- ``focus._held``: a future cue no longer holds the reference's year against a day written right before in the same
  sentence with a year ahead; a month ahead told in the sentence before still does not move the day.

Every sentence is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

APRIL = dt.date(2026, 4, 7)  # a Tuesday, two months before the told days
FEB = dt.date(2026, 2, 12)


def values(text: str, lang: str, ref: dt.date, news: bool) -> dict[str, str]:
    options = Options(reference_date=ref, bare_weekday="past") if news else Options()
    return {m.text: m.value.isoformat() for m in find_dates(text, ref, lang, options)}


CASES = [
    # a weekday with its article after a stretch of days told: that day of the stretch
    ("fr", APRIL, "La kermesse aura lieu les 20 et 21 juin ; le bal est fixé au samedi soir.",
     {"samedi soir": "2026-06-20"}),
    ("fr", APRIL, "Le tournoi se jouera du 15 au 19 juin, et la finale se disputera le vendredi.",
     {"vendredi": "2026-06-19"}),
    ("en", APRIL, "The fair runs from June 19 to 21, with fireworks on the Saturday night.",
     {"Saturday night": "2026-06-20"}),
    ("en", APRIL, "The congress meets from 15 to 19 June; the vote is due on the Thursday.",
     {"Thursday": "2026-06-18"}),
    # "the" after a single day told: the first such weekday after it, as "le" already read
    ("en", APRIL, "The suspect was arrested on March 12. On the Sunday he was released.", {"Sunday": "2026-03-15"}),
    # guards: no article (the weekday near the article's date), a weekday outside the stretch (no move)
    ("fr", APRIL, "La kermesse aura lieu les 20 et 21 juin ; la mairie votera jeudi le budget.",
     {"jeudi": "2026-04-09"}),
    # a year-less day right after a day written with its year ahead, under a future: that year
    ("fr", FEB, "Les examens commenceront le lundi 7 juin 2027 au lieu du 14 juin.", {"14 juin": "2027-06-14"}),
    ("en", FEB, "The exams will start on Monday 7 June 2027 instead of 14 June.", {"14 June": "2027-06-14"}),
    # guard: a month ahead told in the sentence before leaves this year's day under a future
    ("en", dt.date(2025, 11, 5),
     "The airline will launch the route in November 2026. The jet will land on November 12.",
     {"November 12": "2025-11-12"}),
    ("fr", dt.date(2025, 11, 5), "La ligne ouvrira en novembre 2026. L'avion se posera le 12 novembre.",
     {"12 novembre": "2025-11-12"}),
]


@pytest.mark.parametrize(("lang", "ref", "text", "expected"), CASES)
@pytest.mark.parametrize("news", [False, True])
def test_told_anchor(lang: str, ref: dt.date, text: str, expected: dict[str, str], news: bool) -> None:
    got = values(text, lang, ref, news)
    for words, value in expected.items():
        assert got.get(words) == value, (text, got)
