"""Every article anchored (round eleven, issues 12 and 13): dateline forms, and the order of evidence that gives a
dateline without a year its year (timeline.extraction.ingest's package doc).

Sentences, places and agencies below are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.extraction.ingest import load_articles
from timeline.extraction.pipeline import extract
from timeline.extraction.stories import page_stamp, split_page
from timeline.models import Article, Problem
from timeline.settings import Options

D = dt.date

# ---------------------------------------------------------------- dateline forms

FR_BODY = "Le ministre a signé mardi un accord de coopération avec son homologue."
EN_BODY = "The minister signed a cooperation agreement with his counterpart on Tuesday."

FORMS = [
    # CITY, day month (AGENCY) -
    pytest.param("NAIROBI, 14 avril (AFP) - " + FR_BODY, (14, 4, None), id="fr-day-month-agency"),
    pytest.param("Vientiane, 3 janvier (KPL) – " + FR_BODY, (3, 1, None), id="fr-mixed-case-place"),
    pytest.param("LONDRES, 5 déc. (Reuters) - " + FR_BODY, (5, 12, None), id="fr-abbreviated-month"),
    pytest.param("Tunis, le 12 mars 2026 (TAP) - " + FR_BODY, (12, 3, 2026), id="fr-le-with-year"),
    pytest.param("ACCRA, 9 October (AFP) - " + EN_BODY, (9, 10, None), id="en-day-month-agency"),
    # CITY, Month day (Agency) -
    pytest.param("HANOI, March 3 (Reuters) - " + EN_BODY, (3, 3, None), id="en-month-day-agency"),
    pytest.param("WASHINGTON, Sept. 16 (AP) — " + EN_BODY, (16, 9, None), id="en-abbreviated-month"),
    pytest.param("SEOUL, Jan. 2, 2026 (Yonhap) -- " + EN_BODY, (2, 1, 2026), id="en-with-year"),
    pytest.param("BRUXELLES, 30 juin (Belga) - " + FR_BODY, (30, 6, None), id="fr-agency-from-data"),
    # CITY, Country - Month day, year - (a press release), with or without the year
    pytest.param("OSLO, Norway - October 2, 2026 - " + EN_BODY, (2, 10, 2026), id="en-press-release"),
    pytest.param("AUSTIN, Texas - May 7 - " + EN_BODY, (7, 5, None), id="en-press-release-no-year"),
    pytest.param("GENÈVE, Suisse – 14 septembre 2026 – " + FR_BODY, (14, 9, 2026), id="fr-press-release"),
    pytest.param("LILLE - 8 février - " + FR_BODY, (8, 2, None), id="fr-place-dash-date-dash"),
    # a press release's wire (the wires are data: timeline/lang/ingest.yaml "agencies")
    pytest.param("DENVER, Colo., Oct. 6, 2026 /PRNewswire/ -- " + EN_BODY, (6, 10, 2026), id="en-prnewswire"),
    pytest.param("DUBLIN, April 2, 2026 (GLOBE NEWSWIRE) -- " + EN_BODY, (2, 4, 2026), id="en-globe-newswire"),
    pytest.param("NANTES, 2 juin 2026 /PRNewswire/ -- " + FR_BODY, (2, 6, 2026), id="fr-prnewswire"),
    pytest.param("Rennes, le 12/03/2026 (AFP) - " + FR_BODY, (12, 3, 2026), id="fr-numeric-date-agency"),
]


@pytest.mark.parametrize(("line", "expected"), FORMS)
def test_dateline_forms(line: str, expected: tuple[int, int, int | None]) -> None:
    stamp = page_stamp(split_page("Un titre\n\n" + line))
    assert stamp is not None
    assert (stamp.date.day, stamp.date.month, stamp.date.year) == expected


@pytest.mark.parametrize("line", [
    "OTTAWA (CP) - " + EN_BODY,  # CITY (Agency) -: a dateline without a date (the metadata dates the page)
    "DAKAR (APS) - " + FR_BODY,
    "BOSTON--(BUSINESS WIRE)--" + EN_BODY,
])
def test_a_dateline_without_a_date_is_noise_but_no_stamp(line: str) -> None:
    layout = split_page("A title\n\n" + line)
    assert page_stamp(layout) is None
    assert [n.kind for n in layout.noise] == ["dateline"]


@pytest.mark.parametrize("line", [
    "Marseille, Bouches-du-Rhône - la ville - " + FR_BODY,  # no date between the dashes
    "Chicago, Illinois - home to 2 million people since May 3 - " + EN_BODY,  # more than a date
    "Lyon - le 3 mars, la ville a voté - " + FR_BODY,
    "The board said (Reuters) on March 3 that it would appeal. " + EN_BODY,
])
def test_not_datelines(line: str) -> None:
    assert page_stamp(split_page("A title\n\n" + line)) is None


# ---------------------------------------------------------------- the order of evidence


def load(folder: Path, name: str, content: str, **options: object) -> tuple[Article, list[Problem]]:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    articles, problems = load_articles([path], Options(**options))  # type: ignore[arg-type]
    assert len(articles) == 1, (articles, problems)
    return articles[0], problems


def record(text: str, **fields: str) -> str:
    return json.dumps({"text": text, **fields}, ensure_ascii=False) + "\n"


FR_SEPT = "Un titre\n\nHanoï, 16 septembre (VNA) – " + FR_BODY
EN_SEPT = "A title\n\nHANOI, Sept. 16 (VNA) - " + EN_BODY


@pytest.mark.parametrize("page", [FR_SEPT, EN_SEPT])
def test_metadata_gives_the_year_and_wins(tmp_path: Path, page: str) -> None:
    article, _ = load(tmp_path, "a.jsonl", record(page, published="2024-09-17"), reference_date=D(2026, 1, 1))
    assert (article.reference_date, article.reference_source) == (D(2024, 9, 17), "metadata")


@pytest.mark.parametrize("page", [FR_SEPT, EN_SEPT])
def test_the_url_gives_the_year(tmp_path: Path, page: str) -> None:
    url = "https://news.example.org/2023/09/16/port.html"
    article, problems = load(tmp_path, "a.jsonl", record(page, url=url), today=D(2026, 12, 4))
    assert (article.reference_date, article.reference_source, article.reference_year) == (D(2023, 9, 16), "dateline",
                                                                                          "url")
    assert problems == []


TEXT_YEAR = [
    pytest.param(FR_SEPT + " Le plan voté le 2 février 2025 a été révisé le 10 mars 2025.", id="fr"),
    pytest.param(EN_SEPT + " The plan adopted on Feb. 2, 2025 was revised on March 10, 2025.", id="en"),
]


@pytest.mark.parametrize("page", TEXT_YEAR)
def test_the_texts_full_dates_beat_the_clock(tmp_path: Path, page: str) -> None:
    article, problems = load(tmp_path, "a.txt", page, today=D(2026, 12, 4))
    assert (article.reference_date, article.reference_year) == (D(2025, 9, 16), "text")
    assert problems == []


@pytest.mark.parametrize(("page", "expected"), [
    (FR_SEPT + " Le plan voté le 2 février 2026 doit entrer en vigueur le 1er mars 2027.", D(2026, 9, 16)),
    (EN_SEPT + " The plan adopted on Feb. 2, 2026 takes effect on March 1, 2027.", D(2026, 9, 16)),
])
def test_a_full_date_after_the_clock_is_not_reported_in_the_past(tmp_path: Path, page: str, expected: D) -> None:
    article, _ = load(tmp_path, "a.txt", page, today=D(2026, 12, 4))
    assert (article.reference_date, article.reference_year) == (expected, "text")
    article, _ = load(tmp_path, "b.txt", page)  # no clock: the latest full date is all there is
    assert article.reference_date == D(2027, 9, 16)


@pytest.mark.parametrize("page", TEXT_YEAR)
def test_a_run_wide_date_does_not_move_the_year_the_text_gives(tmp_path: Path, page: str) -> None:
    """Issue 13: "Hanoï, 16 septembre (VNA)" must not take 2024 when every date of the text is 2025."""
    article, problems = load(tmp_path, "a.txt", page, reference_date=D(2025, 1, 10))
    assert (article.reference_date, article.reference_source, article.reference_year) == (D(2025, 9, 16), "dateline",
                                                                                          "text")
    (warning,) = problems  # the user's date would have made it 2024-09-16: said
    assert "2024-09-16" in warning.reason and warning.severity == "warning"


@pytest.mark.parametrize("page", [FR_SEPT, EN_SEPT])
def test_a_far_run_wide_date_keeps_the_pages_day_and_gives_its_year(tmp_path: Path, page: str) -> None:
    article, problems = load(tmp_path, "a.txt", page, reference_date=D(2025, 11, 20), today=D(2026, 12, 4))
    assert (article.reference_date, article.reference_source, article.reference_year) == (D(2025, 9, 16), "dateline",
                                                                                          "user")
    assert problems == []


@pytest.mark.parametrize(("user", "expected"), [
    (D(2025, 9, 17), D(2025, 9, 17)),  # a day after (a dateline of the day before): the user's date
    (D(2026, 1, 2), D(2025, 9, 16)),  # months away: a run-wide date, the page's day wins
])
def test_a_near_user_date_wins_over_the_dateline(tmp_path: Path, user: D, expected: D) -> None:
    article, _ = load(tmp_path, "a.txt", FR_SEPT, reference_date=user)
    assert article.reference_date == expected


def test_a_far_run_wide_date_is_warned_about(tmp_path: Path) -> None:
    page = "Un titre\n\nPublié le 24/01/2019\n\n" + FR_BODY
    article, problems = load(tmp_path, "a.txt", page, reference_date=D(2026, 3, 1))
    assert (article.reference_date, article.reference_source) == (D(2019, 1, 24), "dateline")
    (warning,) = problems
    assert "2019-01-24" in warning.reason and "2026-03-01" in warning.reason


@pytest.mark.parametrize(("page", "today", "expected"), [
    ("Un titre\n\nNAIROBI, 14 avril (AFP) - " + FR_BODY, D(2026, 12, 4), D(2026, 4, 14)),
    ("A title\n\nHANOI, March 3 (Reuters) - " + EN_BODY, D(2026, 12, 4), D(2026, 3, 3)),
    ("A title\n\nHANOI, Dec. 20 (Reuters) - " + EN_BODY, D(2026, 12, 4), D(2025, 12, 20)),  # not after the clock
    ("A title\n\nHANOI, Dec. 5 (Reuters) - " + EN_BODY, D(2026, 12, 4), D(2026, 12, 5)),  # a time zone ahead
])
def test_the_clock_is_the_last_evidence(tmp_path: Path, page: str, today: D, expected: D) -> None:
    article, problems = load(tmp_path, "a.txt", page, today=today)
    assert (article.reference_date, article.reference_source, article.reference_year) == (expected, "dateline",
                                                                                          "today")
    assert problems == []


def test_without_any_evidence_the_page_is_unanchored_and_said_so(tmp_path: Path) -> None:
    article, problems = load(tmp_path, "a.txt", EN_SEPT)
    assert (article.reference_date, article.reference_source, article.reference_year) == (None, "none", "")
    assert any("without a year" in p.reason for p in problems)


def test_the_clock_never_dates_a_page_without_a_dateline(tmp_path: Path) -> None:
    article, _ = load(tmp_path, "a.txt", "A title\n\n" + EN_BODY, today=D(2026, 12, 4))
    assert (article.reference_date, article.reference_source) == (None, "none")


def test_a_dateline_with_its_year_needs_no_evidence(tmp_path: Path) -> None:
    article, _ = load(tmp_path, "a.txt", "A title\n\nOSLO, Norway - October 2, 2026 - " + EN_BODY + " The deal "
                      "is expected to close on March 31, 2027.", today=D(2026, 12, 4))
    assert (article.reference_date, article.reference_source, article.reference_year) == (D(2026, 10, 2), "dateline",
                                                                                          "")


# ---------------------------------------------------------------- end to end


@pytest.mark.parametrize(("name", "page", "expected"), [
    ("fr.txt", "Accord sur le port\n\nNAIROBI, 14 avril (AFP) - Le Kenya et la Tanzanie ont signé mardi à Mombasa un "
     "accord sur la gestion du port, ont annoncé les deux gouvernements.", D(2026, 4, 14)),
    ("en.txt", "Port deal signed\n\nHANOI, March 3 (Reuters) - Vietnam and Laos signed an agreement on the port "
     "of Vung Ang on Tuesday, the two governments said.", D(2026, 3, 3)),
])
def test_a_yearless_wire_dispatch_gets_its_events(tmp_path: Path, name: str, page: str, expected: D) -> None:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    assert extract([path], Options(use_ner=False)).events == []  # no clock, no year: nothing dated
    events = extract([path], Options(use_ner=False, today=D(2026, 12, 4))).events
    assert [e.date for e in events] == [expected]


def test_the_cli_reads_the_clock_and_says_which_evidence_dated_the_year(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Port deal\n\nHANOI, March 3 (Reuters) - The ministers met on Tuesday in Hanoi.", encoding="utf-8")
    result = CliRunner().invoke(main, ["dates", str(path), "--format", "jsonl", "--today", "2027-01-15"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {(r["reference_date"], r["reference_source"], r["reference_year"]) for r in rows} == {
        ("2026-03-03", "dateline", "today")}
    assert [r["value"] for r in rows if r["text"] == "Tuesday"] == ["2026-03-03"]


def test_the_clock_does_not_change_a_stores_options_key() -> None:
    from timeline.store.batch import options_key

    assert options_key(Options(today=D(2026, 12, 4))) == options_key(Options(today=D(2027, 1, 5))) == options_key(
        Options())
    assert options_key(Options(reference_date=D(2026, 12, 4))) != options_key(Options())
