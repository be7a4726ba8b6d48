"""A season in news is its year when the year is written, no calendar date when it is not (round eighteen, dat18).

``Options.season_grain``: 'year' (news, the default) or 'months' (the peer suites). Sentences of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import find_dates
from timeline.settings import Options

REF = dt.date(2027, 2, 10)
NEWS = Options(reference_date=REF)
MONTHS = Options(reference_date=REF, season_grain="months")


def read(text: str, lang: str, options: Options = NEWS) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision) for m in find_dates(text, REF, lang, options)]


WITH_YEAR = [
    ("fr", "Le festival reviendra à l'automne 2028 dans le parc.", "l'automne 2028", "2028"),
    ("fr", "La digue avait cédé pendant l'hiver 2019, après trois tempêtes.", "l'hiver 2019", "2019"),
    ("fr", "L'hiver 87 fut le plus froid du siècle.", "L'hiver 87", "1987"),
    ("en", "The museum will reopen in the winter of 2029.", "the winter of 2029", "2029"),
    ("en", "Harvests fell sharply in summer 2024.", "summer 2024", "2024"),
    ("en", "The bridge was closed through the autumn of 2021.", "the autumn of 2021", "2021"),
]


@pytest.mark.parametrize(("lang", "text", "words", "year"), WITH_YEAR, ids=[r[1][:40] for r in WITH_YEAR])
def test_a_season_with_its_year_is_that_year(lang: str, text: str, words: str, year: str) -> None:
    found = read(text, lang)
    assert [(w, v, p) for w, v, p in found if words in w] == [(next(w for w, _, _ in found if words in w),
                                                                f"{year}-01-01", "year")]
    months = [(w, p) for w, _, p in read(text, lang, MONTHS) if words in w]
    assert [p for _, p in months] == ["month"]  # the suites' reading: the season's months


WITHOUT_YEAR = [
    ("fr", "Les travaux reprendront au printemps, selon la mairie.", "printemps"),
    ("fr", "Cet été, la piscine ouvrira tous les jours.", "été"),
    ("fr", "La récolte de l'automne dernier a déçu les viticulteurs.", "automne"),
    ("fr", "Le chantier doit être fini d'ici à l'hiver.", "hiver"),
    ("en", "The company plans to list its shares next autumn.", "autumn"),
    ("en", "Last winter, the river froze for the first time in decades.", "winter"),
    ("en", "A decision is expected in the spring.", "spring"),
]


@pytest.mark.parametrize(("lang", "text", "season"), WITHOUT_YEAR, ids=[r[1][:40] for r in WITHOUT_YEAR])
def test_a_season_without_its_year_is_no_date(lang: str, text: str, season: str) -> None:
    assert not [w for w, _, _ in read(text, lang) if season in w.lower()]
    assert [p for w, _, p in read(text, lang, MONTHS) if season in w.lower()] == ["month"]


def test_the_other_dates_of_the_sentence_stay() -> None:
    text = "Le pont, fermé depuis le 3 mars, rouvrira au printemps et sera inauguré le 12 juin 2027."
    assert [w for w, _, _ in read(text, "fr")] == ["3 mars", "12 juin 2027"]


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("fr", "À l'automne 2003, la ville a voté le budget. Le conseil s'était réuni le 14 octobre.", "2003-10-14"),
    ("en", "In the spring of 2011 the mill shut. Workers marched on April 9.", "2011-04-09"),
])
def test_a_season_with_its_year_still_gives_a_year_less_day_its_year(lang: str, text: str, day: str) -> None:
    assert read(text, lang)[-1][1] == day


def test_the_option_takes_two_values() -> None:
    with pytest.raises(ValueError, match="season_grain"):
        Options(season_grain="season")
