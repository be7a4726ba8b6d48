"""Round thirty-three (wkd33): a bare weekday told in the past that is the day after the page's date, after the text
wrote the page's own day in full, is that next day, not six days back (``dates/next_days.py``), news convention.

Counted (docs/BENCHMARKS.md, wkd33): the weekday's-week errors of the fresh pages' dev half and of real-news dates dev
whose deciding cue is the story's own day written before (a Sunday page, "ce dimanche ..." then a Monday told in the
past): one fresh outlet (a night from Sunday to Monday), one real-news article (a Monday and its clock). Sentences of
our own; the reference date is a Sunday, so the Monday after it is 1 September and the Monday six days back the 25th.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids, read_past

REF = dt.date(2031, 8, 31)  # a Sunday

ROWS = [
    # English: the page's own day written in full, then the next day told in the past: that next day
    ("The recount ended on Sunday, August 31, with the result still open. On Monday evening, the tally stood at "
     "41,200 votes.", "en", [("Sunday, August 31", "2031-08-31", "day"), ("Monday evening", "2031-09-01", "day")]),
    ("Two courtrooms sat on Sunday 31 August in Ashford. The hearings went on from Sunday to Monday.", "en",
     [("Sunday 31 August", "2031-08-31", "day"), ("from Sunday to Monday", "2031-08-31", "day")]),
    # French: the same, a night from the page's day to the next, a fronted Monday in the imperfect
    ("Deux salles d'audience ont siégé ce dimanche 31 août à Vierzon. Les débats se sont prolongés dans la nuit de "
     "dimanche à lundi.", "fr",
     [("ce dimanche 31 août", "2031-08-31", "day"), ("la nuit de dimanche à lundi", "2031-08-31", "day")]),
    ("Deux salles ont siégé ce dimanche 31 août pour juger les pillages de la nuit du 28 au 29 août. Les débats se "
     "sont prolongés dans la nuit de dimanche à lundi.", "fr",
     [("ce dimanche 31 août", "2031-08-31", "day"), ("du 28 au 29 août", "2031-08-28", "day"),
      ("la nuit de dimanche à lundi", "2031-08-31", "day")]),
    ("La consultation s'est close ce dimanche 31 août. Lundi, le compteur affichait 12 480 signatures.", "fr",
     [("ce dimanche 31 août", "2031-08-31", "day"), ("Lundi", "2031-09-01", "day")]),
    # controls: a pluperfect in the weekday's sentence looks further back than the story
    ("Le cortège a défilé ce dimanche 31 août dans Vierzon. Lundi, un premier rassemblement avait réuni 300 "
     "personnes.", "fr", [("ce dimanche 31 août", "2031-08-31", "day"), ("Lundi", "2031-08-25", "day")]),
    ("The march crossed the town on Sunday, August 31. On Monday, a first rally had drawn 300 people.", "en",
     [("Sunday, August 31", "2031-08-31", "day"), ("Monday", "2031-08-25", "day")]),
    # ... another day told between: the story has moved on from the page's day
    ("The club celebrated its title on Sunday, August 31. It beat Hull on Saturday. On Monday, the coach signed a "
     "new contract.", "en",
     [("Sunday, August 31", "2031-08-31", "day"), ("Saturday", "2031-08-30", "day"), ("Monday", "2031-08-25", "day")]),
    # ... the page's day written without its weekday name (a dateline), or not written with its number at all
    ("RENNES, 31 août (AFP) - Les marins ont cessé le travail lundi à l'appel des syndicats.", "fr",
     [("31 août", "2031-08-31", "day"), ("lundi", "2031-08-25", "day")]),
    ("The count closed on Sunday. On Monday, the tally stood at 41,200 votes.", "en",
     [("Sunday", "2031-08-31", "day"), ("Monday", "2031-08-25", "day")]),
    # ... the weekday is not the day after the page, or the day written in full is not the page's
    ("Ce dimanche 31 août, la fête a réuni 2 000 personnes. Mardi, la mairie a dressé un bilan.", "fr",
     [("Ce dimanche 31 août", "2031-08-31", "day"), ("Mardi", "2031-08-26", "day")]),
    ("Le vote a eu lieu le dimanche 24 août. Lundi, les résultats ont été publiés.", "fr",
     [("dimanche 24 août", "2031-08-24", "day"), ("Lundi", "2031-08-25", "day")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS, ids=ids(ROWS))
def test_a_past_weekday_after_the_pages_day_written_in_full_is_the_next_day(
        text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert read_past(text, lang, REF) == expected
