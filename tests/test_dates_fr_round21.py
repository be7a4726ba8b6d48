"""French dates of round twenty-one (issue 12, room dfr21), each a table of sentences of our own.

- a weekday of a rule ("le deuxième jeudi après le premier dimanche d'octobre") or one a habit leaves out ("ouvert tous
  les jours sauf le lundi") recurs: a TimeML SET, no calendar day (counted on the fresh WiNER gold and written j dev);
- a year-less dateline does not take the year of a full date its text recalls when the text's own year-less weekday
  dates ("lundi 30 novembre") all refuse that year (written m dev).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.fr_dates_support import read_fr, row_ids
from timeline.extraction.ingest import load_articles
from timeline.settings import Options

REF = dt.date(2026, 11, 25)  # a Wednesday

RECURRING = [
    # a weekday of a rule, with an ordinal: no day
    ("Dans ce pays, le vote a lieu le deuxième jeudi après le premier dimanche de mars.", []),
    ("Le comité se réunit le dernier vendredi du mois à la mairie.", []),
    ("La collecte a lieu le deuxième jeudi de chaque mois.", []),
    # a weekday a habit excepts, whatever the tense
    ("Après les travaux, la piscine sera ouverte tous les jours sauf le lundi.", []),
    ("Le musée accueillait le public chaque jour, excepté le dimanche.", []),
    # still days: a number after the weekday, a weekday of the story, an ordinal that is no weekday's
    ("La piscine sera fermée sauf le lundi 30 novembre.", [("lundi 30 novembre", "2026-11-30", None)]),
    ("Le coureur est arrivé le premier, mardi, devant son coéquipier.", [("mardi", "2026-11-24", None)]),
    ("Le premier ministre a parlé mardi devant les députés.", [("mardi", "2026-11-24", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RECURRING, ids=row_ids(RECURRING))
def test_recurring_weekdays_fr(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_fr(text, REF) == expected


def _reference(folder: Path, text: str) -> tuple[dt.date | None, str]:
    path = folder / "a.txt"
    path.write_text(text, encoding="utf-8")
    articles, _ = load_articles([path], Options(today=dt.date(2026, 12, 4)))
    return articles[0].reference_date, articles[0].reference_source


DATELINES = [
    # the recalled 2010 would make the dateline 2 December 2010, when 30 November was a Tuesday: refused
    pytest.param("RENNES, 2 déc (AFP) - Une crue a touché mardi soir plusieurs villages, a indiqué mercredi la "
                 "préfecture. L'alerte avait été lancée lundi 30 novembre à 18 h. La dernière crue de ce niveau "
                 "remonte au 4 mai 2010.", (dt.date(2026, 12, 2), "dateline"), id="fr-recalled-year-refused"),
    pytest.param("BREST, Dec 2 (AFP) - A storm hit several towns on Tuesday night. A warning was issued on Monday "
                 "30 November. The last storm of this force dates back to 4 May 2010.",
                 (dt.date(2026, 12, 2), "dateline"), id="en-recalled-year-refused"),
    # the weekday agrees with the text's year: that year stays
    pytest.param("RENNES, 2 déc (AFP) - Une crue a touché mardi soir plusieurs villages. L'alerte avait été lancée "
                 "lundi 30 novembre à 18 h. Le plan du 12 octobre 2015 prévoyait ce cas.",
                 (dt.date(2015, 12, 2), "dateline"), id="fr-agreeing-year-kept"),
    # no weekday date in the text: the text's year, as before
    pytest.param("RENNES, 2 déc (AFP) - Une crue a touché plusieurs villages. La dernière crue de ce niveau "
                 "remonte au 4 mai 2010.", (dt.date(2010, 12, 2), "dateline"), id="fr-no-weekday-date"),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_a_dateline_year_the_weekdays_refuse(tmp_path: Path, text: str, expected: tuple[dt.date, str]) -> None:
    assert _reference(tmp_path, text) == expected
