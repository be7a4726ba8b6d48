"""What a date dates (issue 13, precision): figures of a period, compared periods, clock times, titles.

Every sentence is written for the test (none comes from the real-news files). The dates come from the real
date engine (``extract_article``), so each case reads the date engine and the event rules together.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.events.triggers import _capitalised_name
from timeline.extraction.pipeline import extract_article
from timeline.extraction.sentences import Span
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)
NO_NER = Options(use_ner=False)


def events(text: str, lang: str) -> list[tuple[dt.date, str, str]]:
    article = Article(id="f1", text=text, source="f1.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [(m.date, m.precision, m.event_type) for m in extract_article(article, NO_NER)]


# A quantity in the clause of an 'other' happening dated by a month, a quarter or a year: a figure of that period.
FIGURES = [
    ("en", "In 2023 the carmaker lost $2.4 billion, its worst result in a decade."),
    ("en", "The retailer posted a loss of 310 million dollars in October."),
    ("en", "Its sales in Brazil dropped 12% in March 2024."),
    ("fr", "En 2023, le constructeur a perdu 2,4 milliards d'euros."),
    ("fr", "Le distributeur a enregistré une perte de 310 millions d'euros en octobre."),
    ("fr", "Ses ventes au Brésil ont reculé de 12 % en mars 2024."),
]


@pytest.mark.parametrize(("lang", "text"), FIGURES, ids=[f"{c[0]}-{i}" for i, c in enumerate(FIGURES)])
def test_a_quantity_of_a_month_or_a_year_is_a_figure_not_an_event(lang: str, text: str) -> None:
    assert [e for e in events(text, lang) if e[2] == "other"] == []


# The same quantity on a day is a happening of that day; a month or a year without a quantity is still one.
DAY_OR_NO_FIGURE = [
    ("en", "Shares of the carmaker fell 9% on Tuesday 16 December 2025.", dt.date(2025, 12, 16), "day"),
    ("en", "The carmaker sold its plant in Ohio in October 2025.", dt.date(2025, 10, 1), "month"),
    ("fr", "L'action du constructeur a chuté de 9 % le mardi 16 décembre 2025.", dt.date(2025, 12, 16), "day"),
    ("fr", "Le constructeur a vendu son usine de Lyon en octobre 2025.", dt.date(2025, 10, 1), "month"),
]


@pytest.mark.parametrize(("lang", "text", "value", "precision"), DAY_OR_NO_FIGURE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DAY_OR_NO_FIGURE)])
def test_a_day_or_a_period_without_a_quantity_still_dates_a_happening(lang: str, text: str, value: dt.date,
                                                                      precision: str) -> None:
    assert (value, precision, "other") in events(text, lang)


# Right after "compared to", "par rapport à": the period compared with dates nothing.
COMPARED = [
    ("en", "The company announced a new plant on 3 December 2025, compared to March 2024."),
    ("fr", "Le groupe a annoncé une nouvelle usine le 3 décembre 2025, par rapport à mars 2024."),
]


@pytest.mark.parametrize(("lang", "text"), COMPARED, ids=["en", "fr"])
def test_a_period_compared_with_dates_nothing(lang: str, text: str) -> None:
    found = events(text, lang)
    assert (dt.date(2025, 12, 3), "day", "other") in found
    assert [e for e in found if e[0].year == 2024] == []


# A clock time with no day in the text falls on the page's day, as a reader of a daily takes it ("vers 9 h 30" in
# today's paper is today): it dates its event on that day. Dropping such events (tried in round four) took French
# recall on the real-news test split from 0.83 to 0.73 for 0.01 of dev precision, so the page's day stands.
CLOCKS = [
    ("en", "The ceremony began at 9:30 a.m. in the main hall.", "ceremony"),
    ("fr", "La cérémonie a commencé vers 9 h 30 dans la grande salle.", "ceremony"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), CLOCKS, ids=["en", "fr"])
def test_a_clock_time_alone_falls_on_the_pages_day(lang: str, text: str, kind: str) -> None:
    assert [(e[0], e[2]) for e in events(text, lang)] == [(REF, kind)]
    with_day = text.replace("began at", "began on Tuesday at").replace("a commencé vers", "a commencé mardi vers")
    assert [(e[0], e[2]) for e in events(with_day, lang)] == [(dt.date(2025, 12, 16), kind)]


# A verb of the vocabulary written with a capital inside a sentence is a name ("Lost", a television series). The
# sentence is in the present: "will stream" would be a verb shape of its own (events/verb_shapes.py, round twelve).
def test_a_capitalised_verb_inside_a_sentence_is_a_name() -> None:
    text = "The network streams shows such as Lost on Monday 15 December 2025."
    start = text.index("Lost")
    assert _capitalised_name(text, Span(0, len(text), text), start)
    assert [e for e in events(text, "en") if e[2] == "other"] == []
    headline = "Carmaker Lost Its Chief On Monday"
    assert not _capitalised_name(headline, Span(0, len(headline), headline), headline.index("Lost"))
    opener = "Lost on Monday: the carmaker's chief."
    assert not _capitalised_name(opener, Span(0, len(opener), opener), 0)


# A birth date and a deadline date no happening of the news, even when a verb of the clause could take them.
NOT_HAPPENINGS = [
    ("en", "The founder, born in Lyon on 4 March 1961, has built the largest bakery chain in the region."),
    ("en", "The company has a deadline set at 1 December 2025 to file its restructuring plan."),
    ("en", "The company faces a 1 December 2025 deadline to file its restructuring plan."),
    ("fr", "Le fondateur, né à Lyon le 4 mars 1961, a bâti la plus grande chaîne de boulangeries de la région."),
    ("fr", "L'entreprise a une date limite fixée au 1er décembre 2025 pour déposer son plan."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HAPPENINGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_HAPPENINGS)])
def test_a_birth_or_a_deadline_dates_no_happening(lang: str, text: str) -> None:
    assert events(text, lang) == []


# English predicates: a day dates the simple or compound past no list names; a month or a year does not.
ENGLISH_PREDICATES = [
    ("The regulator examined the complaint on Tuesday 16 December 2025.", [(dt.date(2025, 12, 16), "day", "other")]),
    ("On Tuesday 16 December 2025 the airline had grounded every aircraft.", [(dt.date(2025, 12, 16), "day", "other")]),
    ("The regulator examined the complaint in October 2025.", []),
    ("The regulator said on Tuesday 16 December 2025 that the complaint failed.", []),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_PREDICATES,
                         ids=[str(i) for i in range(len(ENGLISH_PREDICATES))])
def test_an_english_predicate_dated_by_a_day_is_an_event(text: str, expected: list) -> None:
    assert events(text, "en") == expected


# The predicate right beside a date governs it: a trigger noun deep in a complement elsewhere does not type it;
# a trigger noun that is the predicate's subject still does.
GOVERNED = [
    ("en", "The board examined on Tuesday 16 December the appeal lodged by the loser of the election.", "other"),
    ("fr", "Le conseil a examiné ce mardi 16 décembre le recours déposé par le perdant de l'élection.", "other"),
    ("fr", "Le candidat a assigné ce mardi 16 décembre le parti en justice après avoir été écarté par la commission "
           "de la primaire.", "other"),
    ("en", "Riots erupted on Tuesday 16 December in the capital.", "protest"),
    ("fr", "Des émeutes ont éclaté mardi 16 décembre dans la capitale.", "protest"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), GOVERNED, ids=[f"{c[0]}-{i}" for i, c in enumerate(GOVERNED)])
def test_the_predicate_beside_a_date_governs_it(lang: str, text: str, kind: str) -> None:
    assert events(text, lang) == [(dt.date(2025, 12, 16), "day", kind)]


# A year or a season dates a trend for a happening no word names; a named happening keeps its year.
VAGUE_PERIODS = [
    ("en", "In 2019, the carmaker sold more trucks than its rival.", []),
    ("fr", "En 2019, le constructeur a vendu plus de camions que son rival.", []),
    ("en", "The company sold its plant in Ohio this summer.", []),
    ("en", "In 2019, the party held its congress in the capital.", [(dt.date(2019, 1, 1), "year", "congress")]),
    ("fr", "En 2019, le parti a tenu son congrès dans la capitale.", [(dt.date(2019, 1, 1), "year", "congress")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VAGUE_PERIODS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(VAGUE_PERIODS)])
def test_a_year_dates_no_unnamed_happening(lang: str, text: str, expected: list) -> None:
    assert events(text, lang) == expected


# Folded "né" is also the negation "ne": a negated clause keeps its date.
def test_a_negation_is_no_birth() -> None:
    text = "Les syndicats ne sont pas venus le mardi 16 décembre 2025 à la réunion, mais ont manifesté devant l'usine."
    assert (dt.date(2025, 12, 16), "day") in [(e[0], e[1]) for e in events(text, "fr")]


# French simple future: a day dates the predicate no list names ("réintégrera le 7 novembre"); a statement does not.
FRENCH_FUTURES = [
    ("L'ancien ministre réintégrera le mardi 23 décembre 2025 la Cour des comptes.",
     [(dt.date(2025, 12, 23), "day", "other")]),
    ("Le tribunal examinera le mardi 23 décembre 2025 le recours des riverains.",
     [(dt.date(2025, 12, 23), "day", "other")]),
    ("Le maire a déclaré mardi 16 décembre 2025 que la ville investira davantage.", []),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH_FUTURES, ids=[str(i) for i in range(len(FRENCH_FUTURES))])
def test_a_french_future_dated_by_a_day_is_an_event(text: str, expected: list) -> None:
    assert events(text, "fr") == expected
