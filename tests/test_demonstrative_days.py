"""A demonstrative before a weekday that opens a written date is in the date's span (dates/demonstrative_days.py).

TimeML spans the noun phrase ("ce dimanche"); a weekday followed by its written date was read from the weekday on.
French only (``weekday_date_demonstratives``; English lists none, round twenty-five). Sentences of our own; the value
never moves, only the span's start.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import Options, find_dates

REF = dt.date(2021, 6, 11)  # a Friday


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.isoformat())
            for m in find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))]


@pytest.mark.parametrize("lang, text, expected", [
    # the demonstrative joins a weekday and its written date
    ("fr", "Le marché aux fleurs ouvrira ce dimanche 13 juin sur la place.", ("ce dimanche 13 juin", "2021-06-13")),
    ("fr", "Ce mercredi 9 juin, la mairie a fermé la piscine.", ("Ce mercredi 9 juin", "2021-06-09")),
    ("fr", "Le conseil s'est réuni ce jeudi 10 juin 2021 à huis clos.", ("ce jeudi 10 juin 2021", "2021-06-10")),
    ("fr", "Le concert aura lieu ce samedi 12 juin à 20 h au kiosque.", ("ce samedi 12 juin", "2021-06-12")),
    # English lists no demonstrative (lang/en/words.yaml): its spans open at the weekday, as before
    ("en", "The ferry will sail again this Sunday, June 13, the operator said.", ("Sunday, June 13", "2021-06-13")),
    ("en", "This Wednesday 9 June the pool was closed by the council.", ("Wednesday 9 June", "2021-06-09")),
    # a bare weekday after its demonstrative was one expression already; an article or nothing before: as it was
    ("fr", "Le marché aux fleurs ouvrira ce dimanche sur la place.", ("ce dimanche", "2021-06-13")),
    ("fr", "Le marché aux fleurs ouvrira le dimanche 13 juin sur la place.", ("dimanche 13 juin", "2021-06-13")),
    ("fr", "Le marché ouvrira dimanche 13 juin sur la place.", ("dimanche 13 juin", "2021-06-13")),
    ("en", "The ferry will sail again this Sunday, the operator said.", ("this Sunday", "2021-06-13")),
    ("en", "The ferry will sail again on Sunday, June 13, the operator said.", ("Sunday, June 13", "2021-06-13")),
    # a demonstrative before another word is no demonstrative of the date
    ("fr", "Ce jour-là, rien. Le marché ouvrira dimanche 13 juin.", ("dimanche 13 juin", "2021-06-13")),
    ("en", "All this changed on Sunday, June 13.", ("Sunday, June 13", "2021-06-13")),
])
def test_a_demonstrative_before_a_weekday_and_its_date_is_in_the_span(lang: str, text: str,
                                                                       expected: tuple[str, str]) -> None:
    assert expected in _found(text, lang)


def test_the_demonstrative_is_not_taken_across_a_line() -> None:
    found = _found("Il viendra ce\nsamedi 12 juin.", "fr")
    assert ("samedi 12 juin", "2021-06-12") in found


# round thirty-four: the demonstrative before a day written by its number and month (the fresh pages' and the written
# batches' gold, "ce 31 mai"); English writes no "this 31 May" and lists no demonstrative
@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Les guichets de la gare resteront fermés ce 14 juin, a prévenu la direction.", "ce 14 juin"),
    ("fr", "La décision a été mise en délibéré à ce 9 juin.", "ce 9 juin"),
    ("fr", "Ce 1er juin 2021, la fanfare a défilé sans public.", "Ce 1er juin 2021"),
    ("fr", "Le chantier reprendra ce 21 au 25 juin, selon la mairie.", "ce 21 au 25 juin"),
    # no demonstrative before the day: the span opens at its number, as before
    ("fr", "Les guichets de la gare resteront fermés le 14 juin, a prévenu la direction.", "14 juin"),
    # "ce" ends another phrase before the date: "ce que", not a demonstrative of the day
    ("fr", "C'est ce que la mairie a voté, 14 juin compris.", "14 juin"),
    ("en", "The ticket offices will stay shut this 14 June, the station said.", "14 June"),
])
def test_a_demonstrative_before_a_numbered_day_is_in_the_span(lang: str, text: str, expected: str) -> None:
    assert expected in [t for t, _ in _found(text, lang)]
