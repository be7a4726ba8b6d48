"""Anaphoric and relative dates, and holidays, in both languages (issue 12, class 6): what a reader resolves
against the story's previous date, not the article's (``timeline/extraction/dates/anaphora.py``), and the
holidays of the word lists, the lunar new year computed (``dates/lunar.py``).

Every sentence is written for these tests (none is taken from an article). The story's previous date is in
another year than the reference date, so that a phrase counted from the article's date shows. News conventions
(``bare_weekday='past'``). Each row: (sentence, the phrase, its value (ISO; a month is its 1st, a year its 1
January, a week its Monday), its precision, its time of day or None).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.lunar import lunar_new_year
from timeline.models import Story
from timeline.settings import Options

REF = dt.date(2025, 3, 14)  # a Friday: the article's date


def found(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str, str | None]]:
    mentions = find_dates(text, ref, lang, Options(reference_date=ref, bare_weekday="past"))
    return [(m.text, m.value.isoformat(), m.precision, m.time) for m in mentions]


def _ids(rows: list) -> list[str]:
    return [f"{row[0][:10]}|{row[1]}" for row in rows]


# ---- the story's previous day, month or year, at the grain the phrase names ------------------------------------

EN_DAY = "On 3 March 2019 the plant closed. "
FR_DAY = "Le 3 mars 2019, l'usine a fermé. "

STORY = [
    ("en", EN_DAY + "The same day, workers marched.", "The same day", "2019-03-03", "day", None),
    ("en", EN_DAY + "That same day, workers marched.", "That same day", "2019-03-03", "day", None),
    ("en", EN_DAY + "Workers marched on the same day.", "the same day", "2019-03-03", "day", None),
    ("en", EN_DAY + "Workers marched that day.", "that day", "2019-03-03", "day", None),
    ("en", EN_DAY + "That same evening, workers marched.", "That same evening", "2019-03-03", "day", "evening"),
    ("en", EN_DAY + "It reopened the next day.", "the next day", "2019-03-04", "day", None),
    ("en", EN_DAY + "It had been sold the day before.", "the day before", "2019-03-02", "day", None),
    ("en", EN_DAY + "It reopened a week later.", "a week later", "2019-03-10", "day", None),
    ("en", EN_DAY + "It had been sold two days earlier.", "two days earlier", "2019-03-01", "day", None),
    ("en", EN_DAY + "It reopened the following month.", "the following month", "2019-04-01", "month", None),
    ("en", EN_DAY + "It had been sold the month before.", "the month before", "2019-02-01", "month", None),
    ("en", EN_DAY + "It had been sold the week before.", "the week before", "2019-02-18", "week", None),
    ("en", EN_DAY + "It had been sold the year before.", "the year before", "2018-01-01", "year", None),
    ("en", EN_DAY + "It reopened the year after.", "the year after", "2020-01-01", "year", None),
    # the modifier is in the words, as in "later this year" (TimeML's extent; round ten)
    ("en", EN_DAY + "Later that year it reopened.", "Later that year", "2019-01-01", "year", None),
    ("en", "In March 2019 the plant closed. The same month, sales fell.", "The same month", "2019-03-01", "month",
     None),
    ("fr", FR_DAY + "Le même jour, les ouvriers ont défilé.", "Le même jour", "2019-03-03", "day", None),
    ("fr", FR_DAY + "Ce jour-là, les ouvriers ont défilé.", "Ce jour-là", "2019-03-03", "day", None),
    ("fr", FR_DAY + "Les ouvriers ont défilé le soir même.", "le soir même", "2019-03-03", "day", "evening"),
    ("fr", FR_DAY + "Ce soir-là, les ouvriers ont défilé.", "Ce soir-là", "2019-03-03", "day", "evening"),
    ("fr", FR_DAY + "Cette nuit-là, les ouvriers ont défilé.", "Cette nuit-là", "2019-03-03", "day", "night"),
    ("fr", FR_DAY + "Ils ont défilé dans la même journée.", "la même journée", "2019-03-03", "day", None),
    ("fr", FR_DAY + "Le lendemain, les ouvriers ont défilé.", "Le lendemain", "2019-03-04", "day", None),
    ("fr", FR_DAY + "La veille au soir, ils avaient défilé.", "La veille au soir", "2019-03-02", "day", "evening"),
    ("fr", FR_DAY + "Elle a rouvert trois jours plus tard.", "trois jours plus tard", "2019-03-06", "day", None),
    ("fr", FR_DAY + "Elle a rouvert l'année suivante.", "l'année suivante", "2020-01-01", "year", None),
    ("fr", FR_DAY + "Elle a rouvert l'année d'après.", "l'année d'après", "2020-01-01", "year", None),
    ("fr", FR_DAY + "Elle a rouvert le mois d'après.", "le mois d'après", "2019-04-01", "month", None),
    ("fr", FR_DAY + "Cette année-là, les ventes ont chuté.", "Cette année-là", "2019-01-01", "year", None),
    ("fr", FR_DAY + "Ce mois-là, les ventes ont chuté.", "Ce mois-là", "2019-03-01", "month", None),
    ("fr", FR_DAY + "Cette semaine-là, les ventes ont chuté.", "Cette semaine-là", "2019-02-25", "week", None),
    ("fr", FR_DAY + "La même année, les ventes ont chuté.", "La même année", "2019-01-01", "year", None),
    ("fr", FR_DAY + "Le même mois, les ventes ont chuté.", "Le même mois", "2019-03-01", "month", None),
    ("fr", FR_DAY + "La même semaine, les ventes ont chuté.", "La même semaine", "2019-02-25", "week", None),
    # a weekday of the article's week is the previous date too
    ("en", "The plant closed on Tuesday. The same day, workers marched.", "The same day", "2025-03-11", "day", None),
    ("fr", "Mardi, l'usine a fermé. Le même jour, les ouvriers ont défilé.", "Le même jour", "2025-03-11", "day",
     None),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "value", "precision", "time"), STORY, ids=_ids(STORY))
def test_a_phrase_counts_from_the_story_s_previous_date(lang: str, text: str, phrase: str, value: str,
                                                         precision: str, time: str | None) -> None:
    assert (phrase, value, precision, time) in found(text, lang)


# ---- controls: what the mechanism must not reach ---------------------------------------------------------------

def test_this_year_without_la_is_the_article_s() -> None:
    assert ("Cette année", "2025-01-01", "year", None) in found(FR_DAY + "Cette année, les ventes ont chuté.", "fr")


# (sentence, words that must not start a date): a preposition with its object counts from it, not from a date;
# "la même année que" is another's year
CONTROLS = [
    ("en", EN_DAY + "It reopened the year after the flood.", "the year"),
    ("en", EN_DAY + "It had been sold the week before last.", "the week"),
    ("en", EN_DAY + "It happened the year before 2015.", "the year"),
    ("fr", FR_DAY + "Il est né la même année que son frère.", "la même"),
]


@pytest.mark.parametrize(("lang", "text", "words"), CONTROLS, ids=[r[1][33:60] for r in CONTROLS])
def test_controls(lang: str, text: str, words: str) -> None:
    got = found(text, lang)
    assert got and not [m for m in got if m[0].lower().startswith(words)]


# ---- an anchor followed by the happening it counts from ---------------------------------------------------------

EVENT_ANCHORS = [
    # after the story's date of that happening: counted from it
    ("fr", "Le scrutin a eu lieu le 3 mars 2019. La veille du scrutin, il a parlé.",
     [("3 mars 2019", "2019-03-03", "day", None), ("La veille", "2019-03-02", "day", None)]),
    ("en", "On 3 March 2019 the vote was held. The day after the vote, he resigned.",
     [("3 March 2019", "2019-03-03", "day", None), ("The day after", "2019-03-04", "day", None)]),
    # with no date before it in the story: no date (it is not the article's day before or after)
    ("fr", "Rassemblement à Toulouse, au lendemain de la fusillade.", []),
    ("fr", "La veille du scrutin, il a parlé.", []),
    ("en", "The day after the vote, he resigned.", []),
    ("en", "On the eve of the summit, he spoke.", []),
    # right after a day and a comma, it describes that day again: no second date
    ("fr", "Il a parlé samedi, au lendemain de l'investiture.", [("samedi", "2025-03-08", "day", None)]),
    ("en", "He resigned on Monday, the day after the vote.", [("Monday", "2025-03-10", "day", None)]),
    # controls: a date after the anchor, or no object
    ("fr", "Le lendemain du 13 février, il a parlé.", [("Le lendemain du 13 février", "2025-02-14", "day", None)]),
    ("en", "The day before, he resigned.", [("The day before", "2025-03-13", "day", None)]),
    ("en", "The day after Christmas, shops reopened.", [("The day after Christmas", "2024-12-26", "day", None)]),
    ("fr", "Le lendemain de Noël, les magasins ont rouvert.", [("Le lendemain de Noël", "2024-12-26", "day", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EVENT_ANCHORS, ids=[r[1][:40] for r in EVENT_ANCHORS])
def test_an_anchor_of_a_happening(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


NAMED = [
    ("en", "He was arrested on 3 March 2019 and charged the following Monday.",
     ("following Monday", "2019-03-04", "day", None)),
    ("en", "He was arrested on 3 March 2019. The previous Friday, police had searched his home.",
     ("previous Friday", "2019-03-01", "day", None)),
    ("fr", "Il a été arrêté le 3 mars 2019 et inculpé le lundi suivant.", ("lundi suivant", "2019-03-04", "day", None)),
    ("fr", "Il a été arrêté le 3 mars 2019. Le vendredi précédent, la police avait fouillé sa maison.",
     ("vendredi précédent", "2019-03-01", "day", None)),
    ("en", "In May 2019 the plant closed. The following March, it reopened.",
     ("The following March", "2020-03-01", "month", None)),
    ("fr", "En mai 2019, l'usine a fermé. En mars suivant, elle a rouvert.",
     ("mars suivant", "2020-03-01", "month", None)),
    # a month "of that year": the year of the date before the month
    ("en", "In 2019 the plant closed. In March of that year, it reopened.", ("March", "2019-03-01", "month", None)),
    ("fr", "En 2019, l'usine a fermé. En mars de cette année-là, elle a rouvert.",
     ("mars", "2019-03-01", "month", None)),
    # controls: "previous Friday" with no "the" is the last one before the article's date; with no date before it,
    # the reference date's week
    ("en", "He was arrested on 3 March 2019. I saw him on previous Friday.",
     ("previous Friday", "2025-03-07", "day", None)),
    ("fr", "Il sera jugé le lundi suivant.", ("lundi suivant", "2025-03-17", "day", None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED, ids=[r[1][:40] for r in NAMED])
def test_a_weekday_or_month_named_from_the_story(lang: str, text: str, expected: tuple) -> None:
    assert expected in found(text, lang)


STORY_DAY = [
    ("en", "On Tuesday shares rose. Later in the day, they fell.", ("the day", "2025-03-11", "day", None)),
    ("en", "On Tuesday shares rose. Earlier in the day, they fell.", ("the day", "2025-03-11", "day", None)),
    ("fr", "Mardi, les actions ont monté. Plus tard dans la journée, elles ont chuté.",
     ("dans la journée", "2025-03-11", "day", None)),
    # controls: with no day before it, the article's day; "dans la journée" alone is the article's day
    ("en", "Shares fell later in the day.", ("the day", "2025-03-14", "day", None)),
    ("fr", "Mardi, les actions ont monté. Il arrivera dans la journée.",
     ("dans la journée", "2025-03-14", "day", None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STORY_DAY, ids=[r[1][:40] for r in STORY_DAY])
def test_later_in_the_day_is_the_story_s_day(lang: str, text: str, expected: tuple) -> None:
    assert expected in found(text, lang)


def test_the_anchor_stays_in_its_story() -> None:
    """Two stories on one page: "the same day" of the second has no date of its own story before it, so it is
    the article's date, not the first story's 3 March 2019."""
    first = EN_DAY + "Workers marched."
    second = "Prices rose. The same day, the bank cut rates."
    text = first + "\n\n" + second
    stories = [Story(index=0, start=0, end=len(first)), Story(index=1, start=len(first) + 2, end=len(text))]
    mentions = find_dates(text, REF, "en", Options(reference_date=REF), stories=stories)
    assert [(m.text, m.value.isoformat()) for m in mentions] == [("3 March 2019", "2019-03-03"),
                                                                  ("The same day", REF.isoformat())]


def test_a_chain_counts_from_the_last_resolved_date() -> None:
    text = EN_DAY + "The next day it was sold. Two days later it reopened."
    assert ("Two days later", "2019-03-06", "day", None) in found(text, "en")


# ---- holidays ------------------------------------------------------------------------------------------------

HOLIDAYS = [
    ("en", "The festival drew crowds on Thanksgiving.", "Thanksgiving", "2024-11-28"),
    ("en", "The family met on Christmas Eve.", "Christmas Eve", "2024-12-24"),
    ("en", "The law took effect on New Year's Day.", "New Year's Day", "2025-01-01"),
    ("en", "Pilgrims gathered at Easter.", "Easter", "2024-03-31"),
    ("en", "Pilgrims will gather at Easter.", "Easter", "2025-04-20"),
    ("en", "The parade was held on Thanksgiving Day 2018.", "Thanksgiving Day 2018", "2018-11-22"),
    ("en", "Families gathered for Tet, the lunar new year.", "Tet", "2025-01-29"),
    ("en", "Families gathered for the Lunar New Year.", "the Lunar New Year", "2025-01-29"),
    ("en", "Shops closed for Chinese New Year 2007.", "Chinese New Year 2007", "2007-02-18"),
    ("fr", "Les familles se sont réunies à Noël.", "Noël", "2024-12-25"),
    ("fr", "Le réveillon de Noël a eu lieu chez eux.", "réveillon de Noël", "2024-12-24"),
    ("fr", "Le défilé a eu lieu le 14 Juillet.", "14 Juillet", "2024-07-14"),
    ("fr", "Les cimetières étaient pleins à la Toussaint.", "la Toussaint", "2024-11-01"),
    ("fr", "Les pèlerins se sont réunis à Pâques.", "Pâques", "2024-03-31"),
    ("fr", "Les syndicats ont défilé le 1er Mai.", "1er Mai", "2024-05-01"),
    ("fr", "Les familles se sont réunies pendant le Têt.", "Têt", "2025-01-29"),
    ("fr", "Les familles se sont réunies pendant le Tết.", "Tết", "2025-01-29"),
    ("fr", "Le Têt 2024 a été fêté en famille.", "Têt 2024", "2024-02-10"),
    ("fr", "Le Nouvel An lunaire approche.", "Nouvel An lunaire", "2025-01-29"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "value"), HOLIDAYS, ids=_ids(HOLIDAYS))
def test_holidays(lang: str, text: str, phrase: str, value: str) -> None:
    assert (phrase, value, "day", None) in found(text, lang)


NOT_HOLIDAYS = [
    ("en", "The Tet Offensive began in 1968."),
    ("en", "Sales of Christmas trees rose."),
    ("en", "Hospitals must prepare for the Lunar New Year (Tet) holiday."),
    ("fr", "L'offensive du Têt a commencé en 1968."),
    ("fr", "Le sapin de Noël a été installé."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HOLIDAYS, ids=[r[1][:30] for r in NOT_HOLIDAYS])
def test_a_thing_named_after_a_holiday_is_no_date(lang: str, text: str) -> None:
    assert [m for m in found(text, lang) if m[2] == "day"] == []


# The first day of the lunar year, as published: China's public holidays (UTC+8) and Vietnam's (UTC+7); the two
# differ in 1985 (Vietnam 21 January, China 20 February) and 2007 (17 and 18 February).
LUNAR = [
    (2000, 8, "2000-02-05"), (2004, 8, "2004-01-22"), (2006, 8, "2006-01-29"), (2007, 8, "2007-02-18"),
    (2007, 7, "2007-02-17"), (2012, 8, "2012-01-23"), (2015, 8, "2015-02-19"), (2017, 8, "2017-01-28"),
    (2020, 8, "2020-01-25"), (2020, 7, "2020-01-25"), (2023, 7, "2023-01-22"), (2024, 7, "2024-02-10"),
    (2025, 7, "2025-01-29"), (2026, 7, "2026-02-17"), (1985, 7, "1985-01-21"), (1985, 8, "1985-02-20"),
]


@pytest.mark.parametrize(("year", "zone", "value"), LUNAR, ids=[f"{y}+{z}" for y, z, _ in LUNAR])
def test_the_lunar_new_year(year: int, zone: int, value: str) -> None:
    assert lunar_new_year(year, zone).isoformat() == value
