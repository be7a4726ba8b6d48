"""An article's reference date (issue 12, classes 1 and 8): what we are told beats what we read.

Real files through the real loader: .txt files and .jsonl records; sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.ingest import load_articles
from timeline.models import Article, Problem
from timeline.settings import Options

D = dt.date


def load(folder: Path, name: str, content: str, user: D | None = None) -> tuple[Article, list[Problem]]:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    articles, problems = load_articles([path], Options(reference_date=user))
    assert len(articles) == 1, (articles, problems)
    return articles[0], problems


def record(text: str, **fields: str) -> str:
    return json.dumps({"text": text, **fields}, ensure_ascii=False) + "\n"


OBIT_EN = ("Pianist Ruth Calder dies at 96\n\nRuth Calder, who married the violinist Paul Ode on June 3, 1933, "
           "died at her home on Tuesday. Her last recital was on March 12, 1981.")
OBIT_FR = ("Décès de la pianiste Ruth Calder\n\nRuth Calder, qui avait épousé le violoniste Paul Ode le 3 juin 1933, "
           "est morte mardi chez elle. Son dernier récital remonte au 12 mars 1981.")
BOND_EN = ("Utility sells bonds\n\nThe utility sold $200 million of bonds due Nov. 15, 2011, the company said "
           "Wednesday. The issue was priced on Tuesday.")
BOND_FR = ("Émission obligataire\n\nLe groupe a placé 200 millions d'euros d'obligations à échéance du "
           "15 novembre 2011, a-t-il indiqué mercredi.")
XINHUA_EN = ("China opens port\n\nBEIJING, Dec. 5 (Xinhua) -- China opened a new container port on Thursday, "
             "officials said.")
XINHUA_FR = ("Ouverture d'un port\n\nPÉKIN, 5 décembre (Xinhua) -- La Chine a ouvert jeudi un nouveau port, "
             "ont indiqué les autorités.")

USER_WINS = [
    pytest.param(OBIT_EN, D(1998, 4, 2), id="en-obituary-old-wedding"),
    pytest.param(OBIT_FR, D(1998, 4, 2), id="fr-obituary-old-wedding"),
    pytest.param(BOND_EN, D(1989, 10, 26), id="en-bond-due-later"),
    pytest.param(BOND_FR, D(1989, 10, 26), id="fr-bond-due-later"),
    pytest.param(XINHUA_EN, D(1996, 12, 6), id="en-xinhua-day-before"),
    pytest.param(XINHUA_FR, D(1996, 12, 6), id="fr-xinhua-day-before"),
]


@pytest.mark.parametrize(("text", "user"), USER_WINS)
def test_the_users_date_wins_over_the_body(tmp_path: Path, text: str, user: D) -> None:
    article, _ = load(tmp_path, "a.txt", text, user)
    assert (article.reference_date, article.reference_source) == (user, "user")


@pytest.mark.parametrize("text", [XINHUA_EN, XINHUA_FR, OBIT_EN])
def test_metadata_wins_over_the_user_and_the_body(tmp_path: Path, text: str) -> None:
    article, _ = load(tmp_path, "a.jsonl", record(text, published="1996-12-06"), D(2001, 1, 1))
    assert (article.reference_date, article.reference_source) == (D(1996, 12, 6), "metadata")


YEARLESS = [
    # the shape: every full date of the text in one year, the dateline late in that year
    pytest.param("Un titre\n\nHanoï, 16 septembre (VNA) – Le plan adopté le 2 février 2025 a été révisé le "
                 "10 février 2025, a indiqué le ministère.", None, (D(2025, 9, 16), "dateline"), id="fr-text-year"),
    pytest.param("A title\n\nHANOI, Sept. 16 (VNA) -- The plan adopted on Feb. 2, 2025 was revised on "
                 "Feb. 10, 2025, the ministry said.", None, (D(2025, 9, 16), "dateline"), id="en-text-year"),
    # a January dateline after a December date: the next year
    pytest.param("Un titre\n\nVientiane, 3 janvier (VNA) – Le sommet du 28 décembre 2024 a fixé le calendrier.",
                 None, (D(2025, 1, 3), "dateline"), id="fr-january-after-december"),
    pytest.param("A title\n\nVIENTIANE, Jan. 3 (VNA) -- The summit of Dec. 28, 2024 set the calendar.",
                 None, (D(2025, 1, 3), "dateline"), id="en-january-after-december"),
]


@pytest.mark.parametrize(("text", "user", "expected"), YEARLESS)
def test_a_yearless_dateline_takes_its_year_from_the_text(tmp_path: Path, text: str, user: D | None,
                                                          expected: tuple[D, str]) -> None:
    article, problems = load(tmp_path, "a.txt", text, user)
    assert (article.reference_date, article.reference_source) == expected
    assert problems == []


@pytest.mark.parametrize(("published", "expected"), [
    ("2025-01-02", D(2024, 12, 16)),  # not after the publication date: the December before
    ("2025-07-01", D(2024, 12, 16)),  # nearer the next December, but that is after it
    ("2025-12-17", D(2025, 12, 16)),
])
def test_a_yearless_dateline_is_not_after_the_publication(tmp_path: Path, published: str, expected: D) -> None:
    text = "Un titre\n\nHanoï, 16 décembre (VNA) – Le ministre a reçu l'ambassadeur, a-t-on appris."
    article, problems = load(tmp_path, "a.jsonl", record(text), None)
    # no metadata: the dateline alone, and it has no year -> a warning, not silence
    assert (article.reference_date, article.reference_source) == (None, "none")
    assert any("without a year" in p.reason and p.file.endswith("a.jsonl") for p in problems)
    # the URL gives the publication date: the dateline is read against it
    url = f"https://news.example.org/{published.replace('-', '/')}/port.html"
    article, problems = load(tmp_path, "b.jsonl", record(text, url=url), None)
    assert (article.reference_date, article.reference_source) == (expected, "dateline")
    assert problems == []


FAR = [
    pytest.param("a.txt", OBIT_EN.replace("1981", "2019"), D(2026, 3, 1), "every full date in its text",
                 id="en-user-vs-text"),
    pytest.param("a.txt", OBIT_FR.replace("1981", "2019"), D(2026, 3, 1), "every full date in its text",
                 id="fr-user-vs-text"),
    pytest.param("a.txt", "Publié le 24/01/2019\n\nUn titre\n\nLe ministre a reçu l'ambassadeur hier.", D(2026, 3, 1),
                 "its dateline", id="fr-user-vs-dateline"),
    pytest.param("a.jsonl", record("Summit opens\n\nThe minister met the ambassador on Monday.",
                                   published="2025-06-02", url="https://x.example.org/2019/06/02/summit"),
                 None, "its URL's date", id="en-metadata-vs-url"),
]


@pytest.mark.parametrize(("name", "content", "user", "what"), FAR)
def test_a_far_reference_date_is_warned_about(tmp_path: Path, name: str, content: str, user: D | None,
                                              what: str) -> None:
    _, problems = load(tmp_path, name, content, user)
    (warning,) = problems
    assert warning.severity == "warning" and warning.file.endswith(name)
    assert what in warning.reason and "reference date" in warning.reason and warning.fix


@pytest.mark.parametrize("text", [OBIT_EN, OBIT_FR, BOND_EN, BOND_FR])
def test_one_near_date_is_enough(tmp_path: Path, text: str) -> None:
    """An obituary's old wedding or a bond's far maturity does not make the stated date suspect when the
    text also dates something near it."""
    near = " The family spoke on March 30, 1998." if "The" in text else " La famille s'est exprimée le 30 mars 1998."
    _, problems = load(tmp_path, "a.txt", text + near, D(1998, 4, 2))
    assert problems == []


def test_the_far_limit_is_a_setting(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Publié le 24/01/2025\n\nUn titre\n\nLe ministre a reçu l'ambassadeur hier.", encoding="utf-8")
    near = load_articles([path], Options(reference_date=D(2025, 3, 1)))[1]
    tight = load_articles([path], Options(reference_date=D(2025, 3, 1), far_reference_days=30))[1]
    assert near == [] and len(tight) == 1


@pytest.mark.parametrize(("text", "expected"), [
    (OBIT_EN, D(1981, 3, 12)),
    (OBIT_FR, D(1981, 3, 12)),
])
def test_the_latest_text_date_is_the_last_resort(tmp_path: Path, text: str, expected: D) -> None:
    article, _ = load(tmp_path, "a.txt", text)
    assert (article.reference_date, article.reference_source) == (expected, "text")
