"""The classes round ten left open (issue 12, helper dopen11, round eleven), in both languages.

Each row is a sentence written for this file (none taken from an article) with what the TimeML guideline prescribes,
read the way ``benchmarks.realnews_dates`` scores it: (extent, value), the extent normalised as the scorer does
(leading articles and prepositions dropped), a range written as its two ends. References: Wednesday 12 March 2008
(English) and Thursday 20 May 1999 (French), the batteries' own (tests/test_dates_timeml_en.py, _fr.py).

Where the values come from:

- TimeML Annotation Guidelines 1.2.1 (Saurí et al. 2006), section 2.2 "TIMEX3", and the TIDES 2005 standard whose
  value rules TimeML takes over (Ferro et al., MITRE 2005): an underspecified date takes the parts it lacks from its
  anchor, which is the document's date or a time the discourse has set (TimeML's ``anchorTimeID`` may point to
  another TIMEX3 of the text); our reading of that for a year-less day is the period the story has just dated, when
  it holds the day ("In March 2005 ... On March 3" is 2005-03-03). A time of day with no
  date is on the reference day. "within a month", "d'ici un mois", "dans les quinze jours" are DURATIONs (P1M, P15D):
  no calendar date. Quarters ("2007-Q4"), decades ("199"), centuries ("19") are no calendar days: the scorer leaves
  them out, and a decade or century gets nothing from us; a quarter with no year would get its three months (our
  month precision) in the year the tense points to, as "the fourth quarter of 2007" already does: measured, dropped
  (``_QUARTER_OPEN``).
- French TimeBank (Bittar, Amsili, Denis, TALN 2011) applies ISO-TimeML to a French daily: "la nuit de lundi à
  mardi" is one TIME valued by its first day (TNI).
"""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.realnews_dates import ends, norm_span
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REFS = {"en": dt.date(2008, 3, 12), "fr": dt.date(1999, 5, 20)}  # a Wednesday, a Thursday


def read(text: str, lang: str) -> list[tuple[str, str]]:
    """(normalised extent, TimeML value) of every expression the engine marks, as the benchmark scores them."""
    ref = REFS[lang]
    out = []
    for m in find_dates(text, ref, lang, Options(reference_date=ref, bare_weekday="past")):
        for found in ends(text, m):
            start, end = norm_span(text, found.start, found.end)
            out.append((text[start:end], found.value))
    return out


def norm(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Expected extents cut as the scorer cuts them ("the end of the month" -> "end of the month")."""
    out = []
    for words, value in rows:
        start, end = norm_span(words, 0, len(words))
        out.append((words[start:end], value))
    return out


def _ids(rows: list) -> list[str]:
    return [(row.values[1] if hasattr(row, "values") else row[1])[:50] for row in rows]


def _open(lang: str, text: str, expected: list[tuple[str, str]], why: str) -> object:
    """A row the guideline prescribes that the engine does not meet (xfail strict: it fails the day it passes)."""
    return pytest.param(lang, text, expected, marks=pytest.mark.xfail(strict=True, reason=why))


# ---- a year-less date inside a period the story has just dated (its anchor is that period) ------------------------

STORY_YEAR = [
    ("fr", "À l'été 1997, la mairie a rénové l'école. Les travaux se sont achevés le 12 août.",
     [("l'été 1997", "1997"), ("12 août", "1997-08-12")]),
    ("fr", "En janvier 1997, les salariés ont fait grève. Le piquet s'était installé le 14 janvier devant l'usine.",
     [("janvier 1997", "1997-01"), ("14 janvier", "1997-01-14")]),
    ("en", "In March 2005, the plant closed. On March 3, workers marched to the gates.",
     [("March 2005", "2005-03"), ("March 3", "2005-03-03")]),
    ("en", "In the summer of 2005 the firm was sold; the deal closed on Aug. 21.",
     [("summer of 2005", "2005"), ("Aug. 21", "2005-08-21")]),
    # controls: the period does not hold the day, a word places it, the tense looks ahead: the reference decides
    ("fr", "En décembre 1997, la ville a voté. Le projet sera présenté le 22 octobre.",
     [("décembre 1997", "1997-12"), ("22 octobre", "1999-10-22")]),
    ("fr", "En novembre 1997, la ville a voté. Le projet a été présenté le 12 novembre dernier.",
     [("novembre 1997", "1997-11"), ("12 novembre dernier", "1998-11-12")]),
    ("en", "In March 2005, the plant closed. Workers will march on March 30.",
     [("March 2005", "2005-03"), ("March 30", "2008-03-30")]),
    ("en", "Sales fell in March 2005.\n\nOn March 3, the new chief said profit rose.",
     [("March 2005", "2005-03"), ("March 3", "2008-03-03")]),
    # a year-less date of another year between them: the focus has moved ("June 3" looks ahead, so "June 16" too)
    ("en", "The plant opened in June 2004. It will close on June 3. The staff marched on June 16.",
     [("June 2004", "2004-06"), ("June 3", "2008-06-03"), ("June 16", "2007-06-16")]),
    ("fr", "Le 3 avril 1998, il a été élu. Le 5 avril, il a démissionné.",
     [("3 avril 1998", "1998-04-03"), ("5 avril", "1998-04-05")]),
    # a birth or a founding is recalled, not the story's time (recalled_before)
    ("fr", "Né le 3 mars 1940 à Lyon, il a dirigé l'usine. Il est mort le 12 mars à l'hôpital.",
     [("3 mars 1940", "1940-03-03"), ("12 mars", "1999-03-12")]),
    ("en", "Born in March 1940, he ran the plant for years. He died on March 9 at home.",
     [("March 1940", "1940-03"), ("March 9", "2008-03-09")]),
    _open("fr", "En 1997, l'usine a fermé. Le 3 mars, les salariés ont manifesté.",
          [("1997", "1997"), ("3 mars", "1997-03-03")],
          "a bare year as the story's focus: tried in rounds eight and nine, it broke WiNER and French TimeBank "
          "dev dates (a birth year, a span of years, 'le 22 octobre' after 'décembre 2001' looking ahead)"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STORY_YEAR, ids=_ids(STORY_YEAR))
def test_a_year_less_day_inside_the_period_just_dated_takes_its_year(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == norm(expected)


# ---- horizons and deadlines: a DURATION, no calendar date; "the end of the month" is the month --------------------

HORIZONS = [
    ("fr", "Le gouvernement doit rendre sa décision d'ici un mois.", []),
    ("fr", "Le chantier sera terminé dans les quinze jours.", []),
    ("fr", "Les élus ont un mois pour répondre.", []),
    ("en", "The board must decide within a month.", []),
    ("en", "The firm will answer within two weeks.", []),
    ("fr", "Les travaux seront achevés d'ici la fin du mois.", [("la fin du mois", "1999-05")]),
    ("en", "The plant will close by the end of the month.", [("the end of the month", "2008-03")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HORIZONS, ids=_ids(HORIZONS))
def test_a_horizon_is_no_date_but_a_named_period_is(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == norm(expected)


# ---- a quarter without a year: its months, in the year the tense points to ------------------------------------------

_QUARTER_OPEN = ("measured and dropped (round eleven): the reading cost WiNER dev half B four spurious dates (0.906 -> "
                 "0.899 strict), its gold marking no quarter, and French 'pour le deuxième trimestre' of a past "
                 "figure looked ahead; French TimeBank and MEANTIME give quarters values the scorer leaves out")


def _quarter(lang: str, text: str, first: dt.date, last: dt.date) -> object:
    return pytest.param(lang, text, first, last, marks=pytest.mark.xfail(strict=True, reason=_QUARTER_OPEN))


QUARTERS = [
    # TimeML 2007-Q4: in March 2008 a fourth quarter told in the past is last year's
    _quarter("en", "Profit rose in the fourth quarter.", dt.date(2007, 10, 1), dt.date(2007, 12, 31)),
    _quarter("en", "Profit is expected to rise in the third quarter.", dt.date(2008, 7, 1), dt.date(2008, 9, 30)),
    _quarter("en", "Sales were flat in the first quarter.", dt.date(2008, 1, 1), dt.date(2008, 3, 31)),  # under way
    _quarter("fr", "Le chiffre d'affaires a progressé au troisième trimestre.", dt.date(1998, 7, 1),
             dt.date(1998, 9, 30)),
    _quarter("fr", "Les ventes devraient repartir au quatrième trimestre.", dt.date(1999, 10, 1),
             dt.date(1999, 12, 31)),
    _quarter("fr", "Les ventes ont reculé au premier trimestre.", dt.date(1999, 1, 1), dt.date(1999, 3, 31)),
    # controls, met: written with its year or counted from the reference ("Q3" alone was already read)
    ("en", "Profit rose in the third quarter of 2007.", dt.date(2007, 7, 1), dt.date(2007, 9, 30)),
    ("en", "Profit fell last quarter.", dt.date(2007, 10, 1), dt.date(2007, 12, 31)),
    ("fr", "Le chiffre d'affaires a progressé au troisième trimestre 1998.", dt.date(1998, 7, 1),
     dt.date(1998, 9, 30)),
]


@pytest.mark.parametrize(("lang", "text", "first", "last"), QUARTERS, ids=_ids(QUARTERS))
def test_a_year_less_quarter_is_its_months_in_the_tense_year(lang: str, text: str, first: dt.date,
                                                               last: dt.date) -> None:
    found = find_dates(text, REFS[lang], lang, Options(reference_date=REFS[lang], bare_weekday="past"))
    assert [(m.value, m.period_end(), m.precision) for m in found] == [(first, last, "month")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He spent three quarters of his life abroad."),
    ("en", "A quarter of the staff left."),
    ("fr", "Un trimestre de loyer reste dû."),
    ("fr", "Les trois quarts des salariés sont partis."),
])
def test_a_quarter_that_is_no_period_of_the_year_is_no_date(lang: str, text: str) -> None:
    assert read(text, lang) == []


# ---- a span of hours with no day: on the story's day, else the reference day (TIDES: the reference time) ----------

_HOURS_OPEN = ("measured, not kept (round eleven): reading a past span of hours with no day on the reference day moved "
               "no dev date (half B unchanged) and put new hours, and events paired with them, on the reference day "
               "where the story's day was an earlier one; a change that does not help half B is not kept")
CLOCK_RANGES = [
    _open("fr", "La séance a duré de 20 h à 23 h 30.", [("20 h", "1999-05-20T20:00"), ("23 h 30", "1999-05-20T23:30")],
          _HOURS_OPEN),
    ("fr", "Hier, la séance a duré de 20 h à 23 h 30.",
     [("Hier", "1999-05-19"), ("20 h", "1999-05-19T20:00"), ("23 h 30", "1999-05-19T23:30")]),
    _open("en", "The meeting ran from 9 a.m. to noon.", [("9 a.m.", "2008-03-12T09:00"), ("noon", "2008-03-12T12:00")],
          _HOURS_OPEN),
    ("en", "On Monday, the office was open from 9 a.m. to noon.",
     [("Monday", "2008-03-10"), ("9 a.m.", "2008-03-10T09:00"), ("noon", "2008-03-10T12:00")]),
    # controls, met: a schedule in the present, the hours of an order or a plan
    ("fr", "La mairie est ouverte de 9 h à 12 h.", []),
    ("fr", "Le maire a demandé aux agents de travailler de 6 h à 14 h.", []),
    ("en", "The shop opens from 9 a.m. to noon.", []),
    ("en", "The union agreed to work from 9 a.m. to 5 p.m.", []),
    ("en", "The mayor told farmers to run their pumps from 6 a.m. to noon.", []),
    ("fr", "Le préfet a demandé de pomper l'eau de 6 h à midi.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLOCK_RANGES, ids=_ids(CLOCK_RANGES))
def test_a_span_of_hours_is_on_its_day(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == norm(expected)


# ---- a clock with no day: the story's day, looking past a day the story only recalls (a birth date, a founding) ----

RECALLED = [
    ("fr", "Un cambriolage a eu lieu mardi 18 mai dans une bijouterie. Le suspect, Jean Dupont (né le 3 mai 1960), "
           "a été arrêté. Vers 21 h 30, il a forcé la porte.",
     [("mardi 18 mai", "1999-05-18"), ("3 mai 1960", "1960-05-03"), ("21 h 30", "1999-05-18T21:30")]),
    ("fr", "Le maire a inauguré mardi 18 mai le musée, fondé le 3 mai 1960 et fermé le 2 février 1990. À 18 h, il a "
           "coupé le ruban.",
     [("mardi 18 mai", "1999-05-18"), ("3 mai 1960", "1960-05-03"), ("2 février 1990", "1990-02-02"),
      ("18 h", "1999-05-18T18:00")]),
    ("en", "A fire broke out on Monday, March 10, at a warehouse of John Smith (born May 3, 1960). At about 9:30 p.m., "
           "the roof collapsed.",
     [("Monday, March 10", "2008-03-10"), ("May 3, 1960", "1960-05-03"), ("about 9:30 p.m.", "2008-03-10T21:30")]),
    # controls: no recalled day between; only a recalled day before (no story day: the reference day)
    ("en", "A fire broke out on Monday, March 10, at a warehouse. At about 9:30 p.m., the roof collapsed.",
     [("Monday, March 10", "2008-03-10"), ("about 9:30 p.m.", "2008-03-10T21:30")]),
    ("en", "The museum, founded on May 3, 1960, was reopened. At 6 p.m., the mayor opened the doors.",
     [("May 3, 1960", "1960-05-03"), ("6 p.m.", "2008-03-12T18:00")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RECALLED, ids=_ids(RECALLED))
def test_a_clock_looks_past_a_recalled_day(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == norm(expected)


# ---- nights, relative days, parts of periods, decades and centuries ----------------------------------------------

OTHERS = [
    ("fr", "Les cambrioleurs ont agi dans la nuit de samedi à dimanche.",
     [("la nuit de samedi à dimanche", "1999-05-15TNI")]),
    ("en", "The deal was signed the day before yesterday.", [("the day before yesterday", "2008-03-10")]),
    ("fr", "Le cambriolage a eu lieu avant-hier soir.", [("avant-hier soir", "1999-05-18TEV")]),
    ("fr", "Le vote aura lieu en début de semaine prochaine.", [("début de semaine prochaine", "1999-W21")]),
    ("en", "The vote is set for early next week.", [("early next week", "2008-W12")]),
    ("en", "Sales slowed in mid-March.", [("mid-March", "2008-03")]),
    ("fr", "Les travaux reprendront à la mi-mars.", [("la mi-mars", "2000-03")]),
    ("fr", "Les travaux ont repris fin mars.", [("fin mars", "1999-03")]),
    ("en", "The firm expects to list early next year.", [("early next year", "2009")]),
    # a decade (TimeML 199) and a century (19) are no calendar value
    ("fr", "La ville a été fondée au tournant du siècle.", []),
    ("en", "The mill was built at the turn of the century.", []),
    ("en", "The mill was built in the 1990s.", []),
    ("fr", "La ville a perdu des habitants dans les années 1990.", []),
    _open("en", "The storm hit overnight Saturday into Sunday.", [("overnight Saturday into Sunday", "2008-03-08TNI")],
          "one night across two days, as French TimeBank's 'la nuit de lundi à mardi'; WiNER's gold writes each day "
          "of 'la nuit du 16 au 17' (rounds nine and ten measured the loss on WiNER half A): left to the lead"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHERS, ids=_ids(OTHERS))
def test_relative_days_parts_and_long_periods(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == norm(expected)
