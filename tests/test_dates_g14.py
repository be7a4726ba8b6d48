"""Round fourteen, batch g's date classes (issue 12): quarters of a fiscal or calendar year, the article's day told by
"yesterday, Monday 14 September 2026", and a stamp line that also carries its update's date.

Sentences written for these tests, in both languages; real files through the real loader where the article's date
is at stake.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.ingest import load_articles
from timeline.extraction.stories import classify, iter_lines
from timeline.settings import Options

D = dt.date
REF = D(2026, 2, 11)


def quarters(text: str, lang: str) -> list[tuple[str, D, D | None]]:
    return [(text[m.start : m.end], m.value, m.end_value) for m in find_dates(text, REF, lang)
            if m.rule == "quarter"]


FISCAL = [
    pytest.param("Brova Foods reported results for the second quarter of fiscal 2027, ended March 31, 2026. "
                 "Brova Foods Reports Second Quarter Fiscal 2027 Results", "en",
                 [("the second quarter of fiscal 2027", D(2026, 1, 1), D(2026, 3, 31)),
                  ("Second Quarter Fiscal 2027", D(2026, 1, 1), D(2026, 3, 31))], id="en-fiscal-ended"),
    pytest.param("Le groupe publie les comptes du premier trimestre de l'exercice 2026, clos le 30 septembre 2025. "
                 "Le quatrième trimestre de l'exercice 2026 sera présenté plus tard.", "fr",
                 [("premier trimestre de l'exercice 2026", D(2025, 7, 1), D(2025, 9, 30)),
                  ("Le quatrième trimestre de l'exercice 2026", D(2026, 4, 1), D(2026, 6, 30))], id="fr-exercice-clos"),
    pytest.param("The mill will restart in the third quarter of calendar 2026.", "en",
                 [("the third quarter of calendar 2026", D(2026, 7, 1), D(2026, 9, 30))], id="en-calendar"),
    pytest.param("L'usine rouvrira au deuxième trimestre de l'année civile 2026.", "fr",
                 [("deuxième trimestre de l'année civile 2026", D(2026, 4, 1), D(2026, 6, 30))], id="fr-civile"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FISCAL)
def test_a_quarter_of_a_fiscal_or_calendar_year(text: str, lang: str, expected: list) -> None:
    assert quarters(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Sales grew in the third quarter of fiscal 2026, the chain said.", "en"),
    ("Les ventes ont progressé au troisième trimestre de l'exercice 2026, selon la chaîne.", "fr"),
])
def test_a_fiscal_quarter_nothing_places_is_no_calendar_quarter(text: str, lang: str) -> None:
    found = find_dates(text, REF, lang)
    assert not [m for m in found if m.rule == "quarter"]
    assert [(m.value, m.precision) for m in found] == [(D(2026, 1, 1), "year")]


def load(folder: Path, name: str, content: str, user: D | None = None) -> tuple[D | None, str]:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    articles, problems = load_articles([path], Options(reference_date=user, today=D(2026, 12, 5)))
    assert len(articles) == 1, problems
    return articles[0].reference_date, articles[0].reference_source


TOLD = [
    pytest.param("Harbour pilot dies\n\nTom Reilly, a harbour pilot for forty years, died yesterday, Monday "
                 "14 September 2026, at his home. He had retired on 2 May 2019.", D(2026, 9, 15), id="en-yesterday"),
    pytest.param("Fair opens\n\nThe county fair opens tomorrow, Saturday, August 8, 2026, with a parade. It first "
                 "opened on July 4, 1921.", D(2026, 8, 7), id="en-tomorrow-month-first"),
    pytest.param("Décès d'un pilote\n\nJean Morvan, pilote du port, est mort hier, dimanche 13 septembre 2026, "
                 "chez lui. Il avait pris sa retraite le 2 mai 2019.", D(2026, 9, 14), id="fr-hier"),
    pytest.param("Marché\n\nLe marché ouvre aujourd'hui, vendredi 4 décembre 2026, place du Marché. Il "
                 "fermera le 3 janvier 2027.", D(2026, 12, 4), id="fr-aujourdhui-later-date"),
    pytest.param("Vide-grenier\n\nLe vide-grenier aura lieu demain samedi 5 décembre 2026 sur le parking. Le "
                 "précédent datait du 6 juin 2026.", D(2026, 12, 4), id="fr-demain-no-comma"),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_a_relative_word_on_a_full_date_tells_the_articles_day(tmp_path: Path, text: str, expected: D) -> None:
    assert load(tmp_path, "a.txt", text) == (expected, "text")


def test_a_weekday_that_does_not_fit_tells_nothing(tmp_path: Path) -> None:
    text = ("Pilot dies\n\nTom Reilly died yesterday, Tuesday 14 September 2026, at his home (14 September 2026 "
            "was a Monday).")
    assert load(tmp_path, "a.txt", text) == (D(2026, 9, 14), "text")  # the latest full date, as before


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl"])
def test_the_users_or_metadatas_date_still_wins(tmp_path: Path, name: str) -> None:
    text = "Pilot dies\n\nTom Reilly died yesterday, Monday 14 September 2026, at his home."
    if name.endswith(".jsonl"):
        assert load(tmp_path, name, json.dumps({"text": text, "published": "2026-09-20"}) + "\n") == (
            D(2026, 9, 20), "metadata")
    else:
        assert load(tmp_path, name, text, D(2026, 9, 20)) == (D(2026, 9, 20), "user")


@pytest.mark.parametrize("line", [
    "Publié le mardi 3 mars 2026 à 9 h 10 · Mis à jour le 3 mars 2026 à 18 h 02",
    "Published Tuesday 3 March 2026, 09:10 · Updated 3 March 2026, 18:02",
])
def test_a_stamp_line_with_its_updates_date_is_a_stamp(line: str) -> None:
    verdict = classify(next(iter(iter_lines(line))))
    assert verdict.stamp is not None and verdict.stamp.date.value() == D(2026, 3, 3)


def test_a_heading_with_two_dates_is_still_content() -> None:
    line = "Élections du 3 mars 2026 et du 10 mars 2026 : les listes déposées dans les communes du canton"
    assert classify(next(iter(iter_lines(line)))).stamp is None


EFFECTIVE = [
    pytest.param("Le maire a annoncé la nomination de Léa Morin au poste de directrice, à compter du 1er août. "
                 "L'opposition a quitté la salle vers 21 h 30.", "fr",
                 [D(2026, 8, 1), D(2026, 6, 25)], id="fr-a-compter-du-ahead-then-clock-of-the-day"),
    pytest.param("Le conseil a validé la hausse des tarifs, à compter du 1er mai.", "fr", [D(2026, 5, 1)],
                 id="fr-a-compter-du-just-behind"),
    pytest.param("The board said it had named Ann Lee chief executive, effective Aug. 1.", "en", [D(2026, 8, 1)],
                 id="en-effective-ahead"),
    pytest.param("The council approved the new fares, effective May 1.", "en", [D(2026, 5, 1)],
                 id="en-effective-just-behind"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), EFFECTIVE)
def test_the_start_of_an_effect_under_a_past_is_the_nearer_date(text: str, lang: str, expected: list[D]) -> None:
    assert [m.value for m in find_dates(text, D(2026, 6, 25), lang)] == expected


LONG_LEAD = [
    pytest.param("Marc Olier (divers gauche) a été élu dimanche maire de la commune de Saint-Brice, au second tour "
                 "d'une élection municipale anticipée, avec 53,4 % des suffrages face à Paul Vidal.\n\nLe résultat a "
                 "été proclamé à 20 h 40 à la salle des fêtes, devant une foule nombreuse.", "fr", id="fr-long-lead"),
    pytest.param("Ruth Abara, an independent, was elected on Sunday as mayor of the town of Elmsworth in a special "
                 "election called after the resignation of her predecessor, with 53.4 percent of the vote.\n\nThe "
                 "result was announced at 8:40 p.m. at the town hall, before a large crowd.", "en", id="en-long-lead"),
]


@pytest.mark.parametrize(("text", "lang"), LONG_LEAD)
def test_a_clock_takes_the_day_of_a_long_sentence_before(text: str, lang: str) -> None:
    found = [(m.value, m.time) for m in find_dates(text, D(2026, 11, 9), lang)]
    assert found[-1][0] == D(2026, 11, 8) and found[-1][1] is not None and found[-1][1].startswith("20:40")


HEADLINES = [
    pytest.param("Les classements 2027 des lycées publiés\n\nLe ministère a publié le classement.", "fr",
                 [D(2027, 1, 1)], id="fr-headline-year"),
    pytest.param("School admissions 2027: what parents need to know\n\nThe council met on 3 March 2026.", "en",
                 [D(2027, 1, 1)], id="en-headline-year-before-a-colon"),
    pytest.param("Une cagnotte de 2026 € pour la fête\n\nLes dons ont afflué.", "fr", [], id="fr-amount-not-year"),
    pytest.param("Les 1998 souvenirs du club\n\nUn livre paraît.", "fr", [], id="fr-far-year-not-read"),
    pytest.param("The plan runs to 2027. The mayor said so, and the council agreed.", "en", [],
                 id="en-a-sentence-is-no-headline"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HEADLINES)
def test_a_bare_year_in_the_headline(text: str, lang: str, expected: list[D]) -> None:
    found = [m.value for m in find_dates(text, D(2026, 3, 4), lang) if m.rule == "headline_year"]
    assert found == expected


def test_a_line_alone_is_no_headline() -> None:
    assert not [m for m in find_dates("School admissions 2027", D(2026, 3, 4), "en") if m.rule == "headline_year"]
