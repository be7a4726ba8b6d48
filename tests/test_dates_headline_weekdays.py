"""Weekdays in a headline, round eighteen (issues 12 and 13): a bare weekday in a headline has no tense, so it fell
to the convention (the past week in news); when the body writes that weekday with its number, and only one such day
lies within a week of the page's date, the headline's weekday is that day (``dates/headline_weekdays.py``).

Every text is written for these tests (none is taken from an article), in both languages. News conventions
(``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 12, 2)  # a Wednesday: the page's date


def headline_value(text: str, lang: str, word: str) -> str:
    """The value of the first mention whose text is ``word`` (the headline's weekday)."""
    mentions = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
    hits = [m.value.isoformat() for m in mentions if m.text == word]
    assert hits, (text, [(m.text, m.value) for m in mentions])
    return hits[0]


# (lang, text, the headline's weekday, its day): the body writes the day -> the headline takes it
BODY_DAYS = [
    ("fr", "Bus et métro : trafic très réduit vendredi\n\nLes agents de la régie cesseront le travail vendredi 4 "
           "décembre à l'appel de deux syndicats.", "vendredi", "2026-12-04"),
    ("fr", "La patinoire municipale rouvre samedi\n\nAprès huit mois de travaux, la patinoire accueillera de nouveau "
           "le public le samedi 5 décembre à 14 h.", "samedi", "2026-12-05"),
    ("fr", "Collège Jean-Moulin : les parents d'élèves mobilisés lundi\n\nUne cinquantaine de parents se sont "
           "rassemblés lundi 30 novembre devant l'établissement.", "lundi", "2026-11-30"),
    ("en", "Harbour ferry fares rise from Monday\n\nThe operator said the new fares apply from Monday, December 7, "
           "on every crossing.", "Monday", "2026-12-07"),
    ("en", "Council budget vote Thursday\n\nCouncillors will vote on the 2027 budget at the meeting on Thursday "
           "3 December.", "Thursday", "2026-12-03"),
    ("en", "Storm cuts power to thousands on Sunday\n\nGusts of 120 km/h brought down lines across the county on "
           "Sunday, November 29, the network operator said.", "Sunday", "2026-11-29"),
]

# (lang, text, the weekday, its day): the convention or the cue stays
KEPT = [
    # a cue in the headline already places it: behind
    ("fr", "Inondations : la vallée privée de courant depuis lundi\n\nLes techniciens interviendront lundi 7 "
           "décembre pour remplacer le transformateur.", "lundi", "2026-11-30"),
    # a weekday of the body: a sentence with its own reading, the later written day another happening's
    ("fr", "Les agents ont repris le travail mardi.\n\nUne nouvelle réunion est fixée au mardi 8 décembre.", "mardi",
     "2026-12-01"),
    # a headline alone: no body to read
    ("en", "Parliament votes on budget Thursday", "Thursday", "2026-11-26"),
    # two days of that weekday written in the body: no one day to take
    ("en", "Rail works close the line Saturday\n\nThe line closed on Saturday, November 28, and will close again on "
           "Saturday, December 5.", "Saturday", "2026-11-28"),
    # the body's day lies more than a week away: another week's
    ("fr", "Le marché de Noël s'installe samedi\n\nL'an passé, il avait ouvert le samedi 13 décembre 2025.",
     "samedi", "2026-11-28"),
    # a day heading closed by its stop is no headline
    ("fr", "Vendredi. Le marché couvert a fermé plus tôt.\n\nIl rouvrira le vendredi 4 décembre.", "Vendredi",
     "2026-11-27"),
]


@pytest.mark.parametrize(("lang", "text", "word", "want"), BODY_DAYS)
def test_headline_weekday_takes_the_body_day(lang: str, text: str, word: str, want: str) -> None:
    assert headline_value(text, lang, word) == want


@pytest.mark.parametrize(("lang", "text", "word", "want"), KEPT)
def test_other_weekdays_keep_their_reading(lang: str, text: str, word: str, want: str) -> None:
    assert headline_value(text, lang, word) == want
