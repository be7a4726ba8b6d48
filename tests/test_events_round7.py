"""Events, round seven (issue 13): a date whose reading is too weak to date a happening builds no event.

``timeline.extraction.events.date_readings.weak_reading``: a season, a day counted from a happening the text names
instead of a date ("au lendemain de la fusillade"), a year the date engine guessed that lands in an earlier
calendar year more than half a year back. The dates stay in the dates table; only no event is built on them.

Every sentence is written for the test (none comes from the real-news files). The dates come from the real
date engine (``extract_article``), so each case reads the date engine and the event rules together; each
"dropped" case made an event before the rule (checked when it was written).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import article_dates, extract_article
from timeline.models import Article, Story
from timeline.settings import Options

WINTER = dt.date(2025, 12, 1)
FEBRUARY = dt.date(2026, 2, 10)
SEPTEMBER = dt.date(2026, 9, 7)
NO_NER = Options(use_ner=False)


def _article(text: str, lang: str, reference: dt.date) -> Article:
    return Article(id="r7", text=text, source="r7.txt", lang=lang, reference_date=reference,
                   stories=(Story(0, 0, len(text)),))


def events(text: str, lang: str, reference: dt.date) -> list[tuple[dt.date, str]]:
    return [(m.date, m.event_type) for m in extract_article(_article(text, lang, reference), NO_NER)]


# A season dates no happening: three months with no edge, as vague as a year.
SEASONS = [
    ("fr", "Les grèves ont commencé au printemps dans les raffineries."),
    ("fr", "La campagne a débuté à l'été 2024 par les primaires des deux partis."),
    ("fr", "Les Nations unies craignent que les affrontements ne chassent les habitants à quelques semaines "
           "de l'hiver."),
    ("en", "The strikes began in the spring at the refineries."),
    ("en", "The campaign began in the summer of 2024 with the primaries of both parties."),
]

WITHOUT_YEAR = frozenset(text for _, text in SEASONS if not any(ch.isdigit() for ch in text))

# A day counted from a happening the text names, not from a date: the date engine counts it from the story's
# previous date (with none, it reads no date), which need not be that happening's; the summit before keeps its event.
SUMMIT = {"fr": "Le sommet s'est ouvert le 20 novembre. ", "en": "The summit opened on November 20. "}
ANCHORED_ON_A_HAPPENING = [
    ("fr", "Des milliers de personnes se sont rassemblées au lendemain de la fusillade."),
    ("fr", "Rassemblement à Lyon, au lendemain de la fusillade."),
    ("fr", "Les autorités ont ordonné la coupure d'Internet à la veille du scrutin."),
    ("en", "The two companies signed a deal the day after the vote."),
    ("en", "Protesters gathered in the capital the day after the election."),
]

# A year guessed from the tense that lands in an earlier calendar year more than half a year back: the coming
# date is nearer, and news gives the year of a date of last year that far back.
GUESSED_YEAR_FAR_BACK = [
    ("fr", "L'ancien ministre avait décidé de ne pas se présenter aux législatives de juin.", FEBRUARY),
    # a past of "be" is a past ("is officially reported in March" is a passive present since round thirty-four:
    # the coming March, den34, schedule.after_passive)
    ("en", "The loss was reported to regulators in March.", FEBRUARY),
]

NONE: list[tuple[dt.date, str]] = []
DROPPED = ([(lang, text, WINTER, NONE) for lang, text in SEASONS]
           + [(lang, SUMMIT[lang] + text, WINTER, [(dt.date(2025, 11, 20), "summit")])
              for lang, text in ANCHORED_ON_A_HAPPENING]
           + [(lang, text, reference, NONE) for lang, text, reference in GUESSED_YEAR_FAR_BACK])


@pytest.mark.parametrize(("lang", "text", "reference", "expected"), DROPPED,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DROPPED)])
def test_a_weak_date_reading_dates_no_event(lang: str, text: str, reference: dt.date,
                                            expected: list[tuple[dt.date, str]]) -> None:
    assert events(text, lang, reference) == expected
    dates = article_dates(_article(text, lang, reference), NO_NER)
    if text in WITHOUT_YEAR:  # round eighteen: a season without its year is no calendar date (dates/season_years.py)
        assert len(dates) == len(expected), f"a season without its year is in the dates table: {dates}"
        return
    assert len(dates) == len(expected) + 1, f"the weak date itself stays in the dates table: {dates}"


# The same happenings with a reading that holds: a day or month, a day counted from a date (or a holiday), a year
# of this calendar year (left out by the writer), a date of last year under half a year back, an explicit "last".
KEPT = [
    ("fr", "Les grèves ont commencé le 12 novembre dans les raffineries.", WINTER, (dt.date(2025, 11, 12), "protest")),
    ("en", "The strikes began in March at the refineries.", WINTER, (dt.date(2025, 3, 1), "protest")),
    ("fr", "Le sommet s'est ouvert le 15 novembre. Une manifestation a eu lieu le lendemain.", WINTER,
     (dt.date(2025, 11, 16), "protest")),
    ("fr", "Une manifestation a eu lieu au lendemain du 15 novembre.", WINTER, (dt.date(2025, 11, 16), "protest")),
    ("en", "The summit opened on November 15. The agreement was signed the day after.", WINTER,
     (dt.date(2025, 11, 16), "decision")),
    ("fr", "Des manifestants se sont rassemblés au lendemain de Noël.", dt.date(2026, 1, 10),
     (dt.date(2025, 12, 26), "protest")),
    ("en", "The iPod shuffle was introduced in January.", SEPTEMBER, (dt.date(2026, 1, 1), "other")),
    ("en", "The band's tour was cancelled on November 16.", FEBRUARY, (dt.date(2025, 11, 16), "decision")),
    ("fr", "Le congrès du parti s'est tenu en juin dernier à Lyon.", FEBRUARY, (dt.date(2025, 6, 1), "congress")),
]


@pytest.mark.parametrize(("lang", "text", "reference", "expected"), KEPT,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_a_date_whose_reading_holds_still_dates_its_event(lang: str, text: str, reference: dt.date,
                                                          expected: tuple[dt.date, str]) -> None:
    assert expected in events(text, lang, reference)
