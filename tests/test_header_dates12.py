"""An outlet's header line dates the page, and a page is not dated after the run's clock (round twelve, issue 12,
class 1: the article's own date).

Copied pages often open with the outlet's name, a separator and the day ("Le Courrier du Sud - jeudi 3 décembre
2026"); before this, such a line was read as a heading, and the article fell back on the latest full date of its
body, sometimes one years ahead. Outlets, places and sentences below are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.ingest import load_articles
from timeline.extraction.stories import page_stamp, split_page
from timeline.settings import Options

D = dt.date
FR_BODY = "Le conseil municipal se réunira lundi pour voter le budget, avant les travaux prévus le 30 juin 2031."
EN_BODY = "The council will meet on Monday to vote the budget, before the works planned for June 30, 2031."

HEADERS = [
    pytest.param("Le Courrier du Sud - jeudi 3 décembre 2026", D(2026, 12, 3), id="fr-name-dash-weekday"),
    pytest.param("La Voix de l'Estuaire | mercredi 2 décembre 2026", D(2026, 12, 2), id="fr-name-bar-weekday"),
    pytest.param("Ouest Matin – 12 mars 2026 à 08h15", D(2026, 3, 12), id="fr-name-date-hour"),
    pytest.param("The Northern Echo - Thursday, December 3, 2026", D(2026, 12, 3), id="en-name-dash-weekday"),
    pytest.param("Harbour Times | Tuesday 1 December 2026", D(2026, 12, 1), id="en-day-first"),
    pytest.param("Valley Post — March 12, 2026, 8:15 a.m.", D(2026, 3, 12), id="en-name-date-hour"),
]


@pytest.mark.parametrize(("line", "expected"), HEADERS)
def test_an_outlet_header_line_is_the_page_stamp(line: str, expected: dt.date) -> None:
    stamp = page_stamp(split_page(f"{line}\n\n{FR_BODY}"))
    assert stamp is not None
    assert stamp.date.value() == expected


NOT_HEADERS = [
    pytest.param("Sommet de Paris - 3 décembre 2026", id="fr-headline-no-weekday"),
    pytest.param("Trade talks | December 3, 2026", id="en-headline-no-weekday"),
    pytest.param("Le sommet s'ouvre à Paris - jeudi 3 décembre 2026", id="fr-sentence-lowercase-words"),
    pytest.param("Le Courrier du Sud - jeudi 3 décembre 2026, avec la mairie", id="fr-words-after-the-date"),
    pytest.param("The Northern Echo - Thursday, December 3, 2026.", id="en-ends-as-a-sentence"),
    pytest.param("Un Journal Au Nom Bien Trop Long Ici - jeudi 3 décembre 2026", id="fr-name-too-long"),
]


@pytest.mark.parametrize("line", NOT_HEADERS)
def test_a_headline_or_a_sentence_with_a_date_is_no_header(line: str) -> None:
    assert page_stamp(split_page(f"{line}\n\n{FR_BODY}")) is None


def _reference(tmp_path: Path, text: str, name: str, today: dt.date | None) -> tuple[dt.date | None, str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    articles, problems = load_articles([tmp_path / name], Options(today=today))
    assert problems == []
    return articles[0].reference_date, articles[0].reference_source


@pytest.mark.parametrize(("header", "body", "name"), [
    ("Le Courrier du Sud - jeudi 3 décembre 2026", FR_BODY, "fr.txt"),
    ("The Northern Echo - Thursday, December 3, 2026", EN_BODY, "en.txt"),
])
def test_the_header_dates_the_article_over_the_body(tmp_path: Path, header: str, body: str, name: str) -> None:
    assert _reference(tmp_path, f"{header}\n\n{body}\n", name, D(2026, 12, 4)) == (D(2026, 12, 3), "dateline")


@pytest.mark.parametrize(("text", "name"), [
    ("La médiathèque a ouvert le 12 mars 2026. " + FR_BODY, "fr.txt"),
    ("The library opened on March 12, 2026. " + EN_BODY, "en.txt"),
])
def test_the_body_fallback_skips_dates_after_the_clock(tmp_path: Path, text: str, name: str) -> None:
    """With no stamp, URL or user's date, the latest full date of the body that is not after the run's clock."""
    assert _reference(tmp_path, text + "\n", name, D(2026, 12, 4)) == (D(2026, 3, 12), "text")
    assert _reference(tmp_path, text + "\n", name, D(2031, 12, 31)) == (D(2031, 6, 30), "text")
    assert _reference(tmp_path, text + "\n", name, None) == (D(2031, 6, 30), "text")  # no clock: as before


def test_a_body_with_only_dates_ahead_keeps_its_latest(tmp_path: Path) -> None:
    """Nothing written before the clock: the latest full date stays the last resort (no date at all is worse)."""
    text = "Les travaux commenceront le 2 février 2031 et finiront le 30 juin 2031.\n"
    assert _reference(tmp_path, text, "fr.txt", D(2026, 12, 4)) == (D(2031, 6, 30), "text")


# ---------------------------------------------------------------- a guessed reference is not the day of writing

GUESSED = [
    pytest.param("La foire aux vins se tiendra du 2 au 5 juillet 2026 à Beaune. Une soirée d'ouverture sera "
                 "organisée le 1er juillet sur la place du marché.", "1er juillet", "fr.txt", id="fr"),
    pytest.param("The wine fair will be held from July 2 to 5, 2026 in Beaune. An opening night will be "
                 "organised on July 1 on the market square.", "July 1", "en.txt", id="en"),
]


def _value_of(tmp_path: Path, text: str, name: str, words: str) -> dt.date:
    from timeline.extraction.pipeline import article_dates

    (tmp_path / name).write_text(text, encoding="utf-8")
    options = Options(today=D(2026, 12, 4))
    articles, _ = load_articles([tmp_path / name], options)
    found = [m for m in article_dates(articles[0], options) if m.text == words]
    assert len(found) == 1, [m.text for m in article_dates(articles[0], options)]
    return found[0].value


@pytest.mark.parametrize(("text", "words", "name"), GUESSED)
def test_a_yearless_day_of_an_undated_page_takes_the_nearest_year(
        tmp_path: Path, text: str, words: str, name: str) -> None:
    """The page has no date of its own: its reference is its latest full date (5 July 2026), a guess, so the future
    tense does not push "1 July" a year past it."""
    assert _value_of(tmp_path, text, name, words) == D(2026, 7, 1)


@pytest.mark.parametrize(("text", "words", "name"), GUESSED)
def test_a_dated_page_still_reads_its_tense(tmp_path: Path, text: str, words: str, name: str) -> None:
    """The same words on a page stamped 3 July 2026: written after the opening night's 1 July, the future tense
    means next year's."""
    header = ("Le Courrier du Sud - vendredi 3 juillet 2026" if name == "fr.txt"
              else "Valley Post - Friday, July 3, 2026")
    assert _value_of(tmp_path, f"{header}\n\n{text}", name, words) == D(2027, 7, 1)


# ---------------------------------------------------------------- a region in brackets, a page's address line

@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("KORÇË (Albanie), 12 février (AFP) - Un séisme a frappé mardi la région.", (12, 2), id="fr"),
    pytest.param("SPRINGFIELD (Illinois), March 3 (Reuters) - The governor signed the bill on Tuesday.", (3, 3),
                 id="en"),
])
def test_a_dateline_with_a_region_in_brackets(line: str, expected: tuple[int, int]) -> None:
    stamp = page_stamp(split_page(f"Un titre\n\n{line}"))
    assert stamp is not None and (stamp.date.day, stamp.date.month) == expected


def test_an_agency_in_brackets_is_no_region() -> None:
    stamp = page_stamp(split_page("Un titre\n\nHanoi (VNA) - Le ministre a signé mardi un accord.\n"))
    assert stamp is None or stamp.date is None


@pytest.mark.parametrize("address", ["www.valleypost.co.uk/news/2026/05/14/new-timetable",
                                     "https://www.valleypost.co.uk/news/2026/05/14/new-timetable"])
def test_a_page_opened_by_its_address_is_dated_by_it(tmp_path: Path, address: str) -> None:
    text = f"{address}\nNew timetable from Sunday\n\nThe new timetable comes into force on Sunday.\n"
    assert _reference(tmp_path, text, "en.txt", D(2026, 12, 4)) == (D(2026, 5, 14), "url")


def test_an_address_further_down_does_not_date_the_page(tmp_path: Path) -> None:
    text = ("New timetable from Sunday\n\nThe new timetable comes into force on Sunday, May 17, 2026.\n\n"
            "www.valleypost.co.uk/news/2025/01/02/older-story\n")
    assert _reference(tmp_path, text, "en.txt", D(2026, 12, 4)) == (D(2026, 5, 17), "text")


# ---------------------------------------------------------------- a date recalled under the pluperfect is background

RECALLED = ("KORÇË (Albanie), 12 février (AFP) - Un séisme a frappé mardi la région, faisant au moins six morts.\n\n"
            "La région avait déjà été frappée par un séisme meurtrier le 26 novembre 2019.\n")
TOLD = ("KORÇË (Albanie), 12 février (AFP) - Un séisme a frappé mardi la région, faisant au moins six morts.\n\n"
        "Les secours ont ouvert un centre d'accueil le 3 février 2020 dans la ville voisine.\n")


def test_a_recalled_date_gives_no_year_to_a_dateline(tmp_path: Path) -> None:
    """The pluperfect recalls an earlier quake: the dateline's year comes from the run's clock, not from 2019."""
    (tmp_path / "fr.txt").write_text(RECALLED, encoding="utf-8")
    articles, _ = load_articles([tmp_path / "fr.txt"], Options(today=D(2026, 12, 4)))
    assert (articles[0].reference_date, articles[0].reference_year) == (D(2026, 2, 12), "today")


def test_a_told_date_still_gives_the_dateline_its_year(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(TOLD, encoding="utf-8")
    articles, _ = load_articles([tmp_path / "fr.txt"], Options(today=D(2026, 12, 4)))
    assert (articles[0].reference_date, articles[0].reference_year) == (D(2020, 2, 12), "text")


def test_only_recalled_dates_remain_the_last_resort(tmp_path: Path) -> None:
    text = "La région avait déjà été frappée par un séisme meurtrier le 26 novembre 2019.\n"
    assert _reference(tmp_path, text, "fr.txt", D(2026, 12, 4)) == (D(2019, 11, 26), "text")


def test_a_date_recalled_under_the_past_perfect_gives_no_year_either(tmp_path: Path) -> None:
    text = ("KORCE, Albania, Feb. 12 (AP) - An earthquake struck the region on Tuesday, killing six people.\n\n"
            "The region had already been struck by a deadly quake on Nov. 26, 2019.\n")
    (tmp_path / "en.txt").write_text(text, encoding="utf-8")
    articles, _ = load_articles([tmp_path / "en.txt"], Options(today=D(2026, 12, 4)))
    assert (articles[0].reference_date, articles[0].reference_year) == (D(2026, 2, 12), "today")
