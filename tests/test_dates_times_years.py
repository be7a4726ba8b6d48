"""Times of day and bare years (issue 12, classes 4, 5 and 7): tables of sentences written for these tests.

Reference date: Saturday 20 December 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates

REF = dt.date(2025, 12, 20)


def timed(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value.isoformat(), m.time) for m in find_dates(text, REF, lang)]


TIMES = [
    # French: a clock time takes the day of its sentence, else the reference date
    ("fr", "Le maire a été reçu jeudi vers 15 h 20 à la préfecture.",
     [("jeudi", "2025-12-18", None), ("15 h 20", "2025-12-18", "15:20")]),
    ("fr", "La séance ouvrira à 9 h au palais des sports.", [("9 h", "2025-12-20", "09:00")]),
    ("fr", "Le bal aura lieu le samedi 10 janvier à 20 h 30.",
     [("samedi 10 janvier", "2026-01-10", None), ("20 h 30", "2026-01-10", "20:30")]),  # TimeML: apart
    ("fr", "Les vols ont eu lieu entre 1 h 15 et 3 h lundi.",
     [("1 h 15 et 3 h lundi", "2025-12-15", "01:15")]),
    # French: parts of the day after a day, inside one, and "la nuit de ... à ..."
    ("fr", "Il est rentré hier soir.", [("hier soir", "2025-12-19", "evening")]),
    ("fr", "Le conseil se réunissait mercredi après-midi.", [("mercredi après-midi", "2025-12-17", "afternoon")]),
    ("fr", "Ce matin, la route était fermée.", [("Ce matin", "2025-12-20", "morning")]),
    ("fr", "Deux voitures ont brûlé dans la nuit de jeudi à vendredi.",
     [("la nuit de jeudi à vendredi", "2025-12-18", "night")]),
    ("fr", "Le 3 mars 2025, la veille au soir, il pleuvait.",
     [("3 mars 2025", "2025-03-03", None), ("la veille au soir", "2025-03-02", "evening")]),
    # English
    ("en", "The plant closed at 14:30 UTC on Wednesday.", [("14:30 UTC on Wednesday", "2025-12-17", "14:30")]),
    ("en", "The council will vote at 7 p.m.", [("7 p.m.", "2025-12-20", "19:00")]),
    ("en", "Police arrived Tuesday evening.", [("Tuesday evening", "2025-12-16", "evening")]),
    ("en", "The firm said on Monday morning that sales fell.", [("Monday morning", "2025-12-15", "morning")]),
    ("en", "Two shops were hit on the night of Friday to Saturday.",
     [("the night of Friday to Saturday", "2025-12-19", "night")]),
    ("en", "Fans queued from 6:00 to 9:00 tomorrow.", [("6:00 to 9:00 tomorrow", "2025-12-21", "06:00")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TIMES, ids=[f"{r[0]}:{r[1][:40]}" for r in TIMES])
def test_times_of_day(lang: str, text: str, expected: list) -> None:
    assert timed(text, lang) == expected


NOT_TIMES = [
    # hours of a schedule, with no day in their sentence, or every day of a range: no one datetime
    ("fr", "Les guichets restent ouverts de 9 h à 18 h."),
    ("en", "The museum opens from 10 a.m. to 5 p.m."),
    ("fr", "Elle est ouverte de 10 h à 19 h."),
    ("fr", "La grève a duré 3 heures."),
    ("fr", "Il a roulé 2 h sans pause."),
    ("en", "The match lasted 3 hours."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_TIMES, ids=[f"{r[0]}:{r[1][:40]}" for r in NOT_TIMES])
def test_durations_in_hours_are_no_time(lang: str, text: str) -> None:
    assert timed(text, lang) == []


YEARS = [
    # French: a list of years after "entre", a year closing its phrase after "de"
    ("fr", "Les prix ont doublé entre 1995 et 2005.", ["1995", "2005"]),
    ("fr", "Les chiffres du recensement de 2006.", ["2006"]),
    ("fr", "Le budget de 2019, voté en mars, a été revu.", ["2019"]),
    ("fr", "Plus de 2000 personnes ont manifesté.", []),
    ("fr", "Le rapport compte 1998 pages.", []),
    # English: a year naming a thing after "the", "its"; a list after "between"
    ("en", "The 1987 treaty was signed in Washington.", ["1987"]),
    ("en", "Its 2013 model sold well.", ["2013"]),
    ("en", "Output grew between 2001 and 2004.", ["2001", "2004"]),
    ("en", "The 2000 workers went on strike.", []),
    # a deadline is its year, as TimeML reads it
    ("en", "The plant will close by 2031.", ["2031"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEARS, ids=[f"{r[0]}:{r[1][:40]}" for r in YEARS])
def test_bare_years(lang: str, text: str, expected: list) -> None:
    assert [m.value.strftime("%Y") for m in find_dates(text, REF, lang) if m.precision == "year"] == expected


DATELINES = [
    # a unit word must be a whole word on the same line: "2024\n\nEurope..." is no amount in euros
    ("en", "Title of the story\n\nMarch 4, 2024\n\nEuropean leaders met.", [("March 4, 2024", "2024-03-04")]),
    ("fr", "Titre\n\n4 mars 2024\n\nEuropéens et Américains se sont réunis.", [("4 mars 2024", "2024-03-04")]),
    ("fr", "Le projet coûte 12 euros par habitant.", []),
    ("en", "A ticket costs 40 EUR.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATELINES, ids=[f"{r[0]}:{r[1][:30]}" for r in DATELINES])
def test_dateline_before_a_word_like_a_unit(lang: str, text: str, expected: list) -> None:
    assert [(m.text, m.value.isoformat()) for m in find_dates(text, REF, lang)] == expected


THIS_YEAR = [
    ("en", "Sales should rise this year.", [("this year", "2025-01-01", "year")]),
    ("fr", "Les ventes devraient croître cette année.", [("cette année", "2025-01-01", "year")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), THIS_YEAR, ids=[r[0] for r in THIS_YEAR])
def test_this_year(lang: str, text: str, expected: list) -> None:
    assert [(m.text, m.value.isoformat(), m.precision) for m in find_dates(text, REF, lang)] == expected


SPANS_AND_TRAPS = [
    # the word that placed a year-less date belongs to its span
    ("fr", "Le chantier a commencé le 4 avril dernier.", [("4 avril dernier", "2025-04-04")]),
    ("fr", "Les soldes reprendront en janvier prochain.", [("janvier prochain", "2026-01-01")]),
    # an offset counted from an event, not from a date: no date
    ("fr", "Il est revenu trois mois après son élection.", []),
    ("en", "Prices rose two weeks after the vote.", []),
    ("fr", "Deux jours après, le pont a rouvert.", [("Deux jours après", "2025-12-22")]),
    # a holiday word used as a first name
    ("fr", "Le maire Noël Dupuis a parlé.", []),
    ("en", "Director Christmas Okafor resigned.", []),
    ("fr", "Ils se retrouveront à Noël.", [("Noël", "2025-12-25")]),
    # other decimal digits read as ASCII ones, the words kept as written
    ("fr", "Signé le ０３/０４/２０２４.", [("０３/０４/２０２４", "2024-04-03")]),
    ("en", "Signed on ٢٠٢٤-٠٤-٠٣.", [("٢٠٢٤-٠٤-٠٣", "2024-04-03")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPANS_AND_TRAPS,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in SPANS_AND_TRAPS])
def test_spans_and_traps(lang: str, text: str, expected: list) -> None:
    assert [(m.text, m.value.isoformat()) for m in find_dates(text, REF, lang)] == expected


LISTS_AND_ANCHORS = [
    # a plural article before two days linked by "et": two dates; "entre ... et": a range
    ("fr", "Les deux tours se tiendront les 8 et 22 mars 2026.", [("les 8", "2026-03-08", None),
                                                                  ("22 mars 2026", "2026-03-22", None)]),
    ("fr", "Le salon a lieu entre le 3 et le 5 juin 2026.", [("entre le 3 et le 5 juin 2026", "2026-06-03",
                                                           "2026-06-05")]),
    # the very day of the previous date
    ("fr", "Le 4 février 2025, le pont a cédé. Le même jour, la ligne a fermé.",
     [("4 février 2025", "2025-02-04", None), ("Le même jour", "2025-02-04", None)]),
    ("fr", "Le 4 février 2025, le pont a cédé. Ce jour-là, il neigeait.",
     [("4 février 2025", "2025-02-04", None), ("Ce jour-là", "2025-02-04", None)]),
    ("en", "The bridge failed on February 4, 2025. That day, the line closed.",
     [("February 4, 2025", "2025-02-04", None), ("That day", "2025-02-04", None)]),
    # a relative day and the weekday that names it: one date
    ("fr", "Aujourd'hui samedi, le marché est ouvert.", [("Aujourd'hui samedi", "2025-12-20", None)]),
    ("en", "The market opens tomorrow, Sunday.", [("tomorrow, Sunday", "2025-12-21", None)]),
    # a number after a weekday that is no day of the month
    ("en", "On Tuesday, 3,214,000 shares were traded.", [("Tuesday", "2025-12-16", None)]),
    ("fr", "Mardi, 4,5 millions de voyageurs ont pris le train.", [("Mardi", "2025-12-16", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTS_AND_ANCHORS,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in LISTS_AND_ANCHORS])
def test_lists_and_same_day(lang: str, text: str, expected: list) -> None:
    assert [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None)
            for m in find_dates(text, REF, lang)] == expected
