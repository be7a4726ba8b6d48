"""Round fourteen: a dateline without a year takes the year of the run's other articles (timeline/extraction/
corpus_year.py), so that one event told by two outlets, one of them undated by its own page, becomes one row.

The articles are written for these tests (no NER needed: the actors are found by rules too).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction import corpus_year
from timeline.extraction.corpus_year import CORPUS_NEAR_DAYS, corpus_day, date_by_corpus
from timeline.extraction.pipeline import extract, read_inputs
from timeline.settings import Options

CLOCK = dt.date(2026, 12, 4)  # the run's clock, a year after the articles

FR_YEARLESS = """Le Kenya et la France signent un accord sur l'eau

NAIROBI, 15 avril (AFP) - Le ministre kényan des Finances, John Mbadi, et la ministre française Claire Dupré ont \
signé mardi à Nairobi un accord de financement de 120 millions d'euros pour des réseaux d'eau potable.
"""

EN_DATED = """Kenya and France sign water financing deal

NAIROBI, April 16, 2025 (Reuters) - Kenyan Finance Minister John Mbadi and French minister Claire Dupré signed a \
120 million euro financing agreement for drinking water networks in Nairobi on Tuesday.
"""

EN_YEARLESS = """Port workers walk out in Rotterdam

ROTTERDAM, March 12 (Reuters) - About 300 dockers at the Maasvlakte terminal began a 24-hour strike on Wednesday, \
the union FNV Havens said.
"""

FR_DATED = """Grève des dockers à Rotterdam

ROTTERDAM, 13 mars 2025 (AFP) - Quelque 300 dockers du terminal de Maasvlakte ont entamé mercredi une grève de \
24 heures à l'appel du syndicat FNV Havens.
"""

FR_OTHER_MONTH = """Les agriculteurs manifestent à Nantes

NANTES, 20 juin 2025 (AFP) - Plusieurs centaines d'agriculteurs ont manifesté jeudi devant la préfecture.
"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _reference(result_articles: list, name: str) -> tuple[dt.date | None, str]:
    article = next(a for a in result_articles if a.id == name)
    return article.reference_date, article.reference_year


@pytest.mark.parametrize("today", [CLOCK, None])
def test_french_dispatch_without_year_merges_with_dated_english_story(tmp_path: Path, today: dt.date | None) -> None:
    folder = _write(tmp_path / "pair", {"fr.txt": FR_YEARLESS, "en.txt": EN_DATED})
    result = extract([folder], Options(today=today))
    assert _reference(result.articles, "fr.txt") == (dt.date(2025, 4, 15), "corpus")
    signed = [e for e in result.events if e.event_type == "decision"]
    assert [(e.date, e.sources) for e in signed] == [(dt.date(2025, 4, 15), ("en.txt", "fr.txt"))]
    assert not any("without a year" in p.reason for p in result.problems)


def test_english_wire_without_year_merges_with_dated_french_story(tmp_path: Path) -> None:
    folder = _write(tmp_path / "strike", {"en.txt": EN_YEARLESS, "fr.txt": FR_DATED})
    result = extract([folder], Options(today=CLOCK))
    assert _reference(result.articles, "en.txt") == (dt.date(2025, 3, 12), "corpus")
    strikes = [e for e in result.events if e.event_type == "protest"]
    assert [(e.date, e.sources) for e in strikes] == [(dt.date(2025, 3, 12), ("en.txt", "fr.txt"))]


def test_alone_the_clock_dates_the_dispatch(tmp_path: Path) -> None:
    """The same dispatch read alone keeps the clock's year: the run has no other article."""
    folder = _write(tmp_path / "alone", {"fr.txt": FR_YEARLESS})
    result = extract([folder], Options(today=CLOCK))
    assert _reference(result.articles, "fr.txt") == (dt.date(2026, 4, 15), "today")


def test_an_article_of_another_month_does_not_date_the_dispatch(tmp_path: Path) -> None:
    """Two months from the only dated article of the run: no evidence that they are of one year."""
    folder = _write(tmp_path / "far", {"fr.txt": FR_YEARLESS, "nantes.txt": FR_OTHER_MONTH})
    result = extract([folder], Options(today=CLOCK))
    assert _reference(result.articles, "fr.txt") == (dt.date(2026, 4, 15), "today")
    assert _reference(result.articles, "nantes.txt") == (dt.date(2025, 6, 20), "")


def test_a_dated_article_is_never_moved(tmp_path: Path) -> None:
    folder = _write(tmp_path / "dated", {"a.txt": FR_DATED, "b.txt": EN_DATED})
    articles, problems = read_inputs([folder], Options(today=CLOCK))
    dated, kept = date_by_corpus(articles, problems)
    assert dated == articles and kept == problems


def test_undated_warning_kept_when_nothing_dates_the_article(tmp_path: Path) -> None:
    folder = _write(tmp_path / "undated", {"fr.txt": FR_YEARLESS, "nantes.txt": FR_OTHER_MONTH})
    result = extract([folder], Options())
    assert _reference(result.articles, "fr.txt") == (None, "")
    assert any("without a year" in p.reason for p in result.problems)


def test_corpus_day_takes_the_nearest_year() -> None:
    assert corpus_day(30, 12, None, [dt.date(2026, 1, 2)]) == dt.date(2025, 12, 30)
    assert corpus_day(2, 1, None, [dt.date(2025, 12, 30)]) == dt.date(2026, 1, 2)
    assert corpus_day(15, 4, None, [dt.date(2025, 4, 16), dt.date(2026, 4, 10)]) == dt.date(2025, 4, 15)


def test_corpus_day_bound_and_weekday() -> None:
    anchor = dt.date(2025, 4, 16)
    near = anchor - dt.timedelta(days=CORPUS_NEAR_DAYS)
    assert corpus_day(near.day, near.month, None, [anchor]) == near
    far = near - dt.timedelta(days=1)
    assert corpus_day(far.day, far.month, None, [anchor]) is None
    assert corpus_day(15, 4, 1, [anchor]) == dt.date(2025, 4, 15)  # a Tuesday in 2025
    assert corpus_day(15, 4, 2, [anchor]) is None  # a Wednesday: not that year
    assert corpus_day(29, 2, None, [dt.date(2025, 3, 1)]) is None  # no 29 February near


def test_anchors_leave_out_weak_years() -> None:
    from timeline.models import Article

    own = Article("a", "", "a", reference_date=dt.date(2025, 4, 16), reference_source="dateline")
    clock = Article("b", "", "b", reference_date=dt.date(2026, 4, 15), reference_source="dateline",
                    reference_year="today")
    guessed = Article("c", "", "c", reference_date=dt.date(2024, 1, 1), reference_source="text")
    assert corpus_year.anchors([own, clock, guessed]) == [dt.date(2025, 4, 16)]
