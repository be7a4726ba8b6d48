"""The article's and the story's date (round thirteen, issues 12 and 13).

1. A page dated by its outlet's header without a year ("L'Écho du Val – édition du samedi 3 janvier") is dated:
   the weekday gives the year (the year nearest the run's clock, not after it, where that day is that weekday;
   without a clock, the years the text names), and a warning says the year was inferred.

Sentences, outlets and places below are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.ingest import load_articles
from timeline.extraction.pipeline import extract
from timeline.extraction.stories import page_stamp, split_page
from timeline.models import Article, Problem
from timeline.settings import Options

D = dt.date
TODAY = D(2026, 12, 4)


def load(folder: Path, content: str, **options: object) -> tuple[Article, list[Problem]]:
    path = folder / "page.txt"
    path.write_text(content, encoding="utf-8")
    articles, problems = load_articles([path], Options(**options))  # type: ignore[arg-type]
    assert len(articles) == 1, (articles, problems)
    return articles[0], problems


# ---------------------------------------------------------------- 1. a header date without its year

FR_WEEK = ("La Gazette du Val – édition du samedi 3 janvier\nLes nouvelles de la semaine\n\n"
           "Mardi. Le syndicat des eaux a voté une hausse du prix du mètre cube.\n\n"
           "Jeudi. Un incendie a détruit un hangar agricole à Saint-Aubin.\n")
EN_WEEK = ("The Valley Courier | Weekend edition, Saturday, January 3\nThe week in brief\n\n"
           "Tuesday. The water board voted to raise the price of water.\n\n"
           "Thursday. A fire destroyed a barn near Milford.\n")


@pytest.mark.parametrize("line", [
    "La Gazette du Val – édition du samedi 3 janvier",
    "Le Petit Courrier - samedi 3 janvier",
    "The Valley Courier | Weekend edition, Saturday, January 3",
    "The Hill Times — Saturday, January 3",
])
def test_a_header_without_its_year_but_with_its_weekday_is_the_pages_stamp(line: str) -> None:
    stamp = page_stamp(split_page(line + "\n\nUn texte de la page, assez long pour un paragraphe.\n"))
    assert stamp is not None
    assert (stamp.date.day, stamp.date.month, stamp.date.year, stamp.date.weekday) == (3, 1, None, 5)


@pytest.mark.parametrize("line", [
    "Élections du 22 mars",  # a heading
    "Le Journal du Lac - 3 janvier",  # neither weekday, nor hour, nor edition: a headline
    "Le conseil a voté samedi 3 janvier",  # a sentence, not an outlet's header
])
def test_other_year_less_lines_are_no_stamp(line: str) -> None:
    assert page_stamp(split_page(line + "\n\nUn texte de la page, assez long pour un paragraphe.\n")) is None


@pytest.mark.parametrize(("header", "expected"), [
    ("La Gazette du Val – édition du 3 janvier", D(2026, 1, 3)),
    ("The Valley Courier | Edition of December 20", D(2025, 12, 20)),  # not after the clock
])
def test_an_edition_header_without_weekday_takes_the_clocks_year(tmp_path: Path, header: str, expected: D) -> None:
    article, _ = load(tmp_path, header + "\n\nLe syndicat des eaux a voté mardi une hausse du prix de l'eau.\n",
                      today=TODAY)
    assert (article.reference_date, article.reference_source, article.reference_year) == (expected, "dateline",
                                                                                          "today")


@pytest.mark.parametrize("page", [FR_WEEK, EN_WEEK])
def test_the_weekday_gives_the_year_nearest_the_clock(tmp_path: Path, page: str) -> None:
    article, problems = load(tmp_path, page, today=TODAY)
    assert (article.reference_date, article.reference_source, article.reference_year) == (D(2026, 1, 3), "dateline",
                                                                                          "today")
    (warning,) = problems  # said: the year was inferred
    assert "2026-01-03" in warning.reason and "weekday" in warning.reason


@pytest.mark.parametrize(("header", "expected"), [
    ("La Gazette du Val – édition du jeudi 3 janvier", D(2019, 1, 3)),  # 2024-2026: no Thursday 3 January
    ("The Valley Courier | Friday, January 3", D(2025, 1, 3)),
    ("The Valley Courier | Saturday, March 14", D(2026, 3, 14)),
])
def test_the_year_where_that_day_is_that_weekday(tmp_path: Path, header: str, expected: D) -> None:
    article, _ = load(tmp_path, header + "\n\nThe water board voted on Tuesday to raise the price of water.\n",
                      today=TODAY)
    assert article.reference_date == expected


@pytest.mark.parametrize("page", [
    FR_WEEK + "\nVendredi. Le premier bébé de 2026 de la maternité est un garçon.\n",
    EN_WEEK + "\nFriday. The first baby born in 2026 at the county hospital is a boy.\n",
])
def test_without_a_clock_the_years_of_the_text_give_it(tmp_path: Path, page: str) -> None:
    article, problems = load(tmp_path, page)
    assert (article.reference_date, article.reference_year) == (D(2026, 1, 3), "years")
    assert any("2026-01-03" in p.reason for p in problems)


@pytest.mark.parametrize("page", [FR_WEEK, EN_WEEK])
def test_without_any_evidence_the_page_stays_undated_and_said_so(tmp_path: Path, page: str) -> None:
    article, problems = load(tmp_path, page)
    assert article.reference_date is None
    assert any("without a year" in p.reason for p in problems)


@pytest.mark.parametrize(("page", "expected"), [
    (FR_WEEK, {D(2025, 12, 30), D(2026, 1, 1)}),
    (EN_WEEK, {D(2025, 12, 30), D(2026, 1, 1)}),
])
def test_the_weeks_paragraphs_are_dated(tmp_path: Path, page: str, expected: set[D]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    events = extract([path], Options(use_ner=False, today=TODAY)).events
    assert expected <= {e.date for e in events}


# ---------------------------------------------------------------- a paragraph headed by its date alone


@pytest.mark.parametrize(("page", "title_start"), [
    ("Le Journal du Lac – 12 mars 2026\n\nMardi. Le conseil municipal a adopté le budget de la piscine.\n",
     "Le conseil municipal a adopté"),
    ("The Lake Journal | March 12, 2026\n\nTuesday: the town council adopted the pool's budget.\n",
     "The town council adopted"),
])
def test_a_date_head_dates_its_paragraph(tmp_path: Path, page: str, title_start: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    (event,) = extract([path], Options(use_ner=False)).events
    assert event.date == D(2026, 3, 10)
    assert event.title.startswith(title_start)


@pytest.mark.parametrize("page", [
    "Le Journal du Lac – 12 mars 2026\n\nMardi.\nLe conseil municipal a adopté le budget de la piscine.\n",
    "The Lake Journal | March 12, 2026\n\nTuesday.\nThe town council adopted the pool's budget.\n",
])
def test_a_date_on_a_line_of_its_own_is_not_a_head(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    assert D(2026, 3, 10) not in {e.date for e in extract([path], Options(use_ner=False)).events}


# ---------------------------------------------------------------- types the round-up's rows needed (data)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les vœux de la présidente du département auront lieu le jeudi 8 janvier à 18 h.", "ceremony"),
    ("La préfecture a déclenché mardi en fin de journée le plan grand froid.", "decision"),
    ("La mairie a activé lundi soir le plan canicule.", "decision"),
])
def test_round_up_types(tmp_path: Path, sentence: str, expected: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Le Journal du Lac – samedi 3 janvier 2026\n\n" + sentence + "\n", encoding="utf-8")
    (event,) = extract([path], Options(use_ner=False)).events
    assert event.event_type == expected


def test_wishes_alone_are_no_ceremony(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Le Journal du Lac – samedi 3 janvier 2026\n\nLe club a formé jeudi des vœux de réussite "
                    "pour la saison.\n", encoding="utf-8")
    assert "ceremony" not in {e.event_type for e in extract([path], Options(use_ner=False)).events}


# ---------------------------------------------------------------- 2. a clock takes the day its story's lead tells


@pytest.mark.parametrize("page", [
    ("Le Courrier des Cimes\nPublié le lundi 2 février 2026 à 7 h 15\nDeux skieurs tués par une avalanche\n\n"
     "Deux skieurs de Sion sont morts dimanche dans une avalanche au-dessus d'Évolène, a indiqué la police.\n\n"
     "Le groupe de six était parti tôt de la cabane de Moiry. "
     "La coulée s'est déclenchée vers 11 h 40 sur la face nord et a enseveli quatre membres du groupe.\n"),
    ("The Alpine Herald\nPublished: Monday 2 February 2026, 07:15\nTwo skiers killed in avalanche\n\n"
     "Two skiers from Sion died on Sunday when an avalanche swept them into a gully, police said.\n\n"
     "The group of six had left the Moiry hut early. "
     "The slide broke loose at about 11:40 on the north face and buried four members of the group.\n"),
])
def test_an_outlet_line_above_the_story_is_not_its_lead(tmp_path: Path, page: str) -> None:
    """The story's lead is its first sentence after the headline, not the outlet's name above the stamp: the clock
    of the second paragraph is on the lead's Sunday, not on the page's Monday."""
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    dates = {e.date for e in extract([path], Options(use_ner=False)).events}
    assert D(2026, 2, 1) in dates and D(2026, 2, 2) not in dates
