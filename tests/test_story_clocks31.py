"""A clock moved to the story's near day dates the clock, not the rows (round thirty-one, clk31;
``dates/story_clocks.story_clocks`` and ``as_left``).

Round thirty's hook moved the clock inside the date engine's clock pass, before the event stage: a moved clock then
gave its sentence a row of its own (with the actors it names) or moved a row to another day, and a written test
half's actor recall fell. The post-pass moves the clock in the date list only; the event stage reads it back on the
page's date and its rows stay as they were. The shape: a lead of the page's own day, an earlier day told in a later
paragraph, a paragraph naming other people, then a clock told in the past. Every sentence is written for these tests
(none is taken from an article).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from timeline.extraction import pipeline
from timeline.extraction.dates.story_clocks import NEAR_STORY_DAY, as_left
from timeline.models import Article
from timeline.settings import Options

REF = dt.date(2026, 3, 12)  # a Thursday: the article's date

ROWS = [
    # a moved clock would give its sentence a row of its own, with a person the rows did not name
    ("fr", "Le tribunal rendra sa décision aujourd'hui.\n\nLundi, l'avocat Michel Roux a plaidé la relaxe de son "
           "client.\n\nLe client, Yves Caron, nie les faits.\n\nLe procureur Henri Blanc a quitté la salle à 21 h.",
     "21 h", "2026-03-09", None),
    # a moved clock would move its row from the page's day to the weekday's
    ("en", "Ministers meet today to discuss the crisis.\n\nOn Tuesday, opposition leader Sam Kerr resigned after a "
           "heated session.\n\nHer deputy, Lena Ford, will lead the party.\n\nPolice detained two protesters at "
           "7 p.m., spokesman Dan Cole said.",
     "7 p.m.", "2026-03-10", "2026-03-12"),
]


def _article(lang: str, text: str) -> Article:
    return Article(id="clk31", text=text, source="test", lang=lang, reference_date=REF)


@pytest.mark.parametrize(("lang", "text", "clock", "day", "row_day"), ROWS)
def test_the_clock_moves_not_its_row(lang: str, text: str, clock: str, day: str, row_day: str | None) -> None:
    article = _article(lang, text)
    dates = {d.text: d for d in pipeline.article_dates(article, Options())}
    assert dates[clock].value.isoformat() == day  # the date list: the story's near day
    assert dates[clock].explanation.endswith(NEAR_STORY_DAY + REF.isoformat())
    rows = {m.date_text: m.date.isoformat() for m in pipeline.extract_article(article, Options())}
    assert rows.get(clock) == row_day, rows  # the rows: as the clock passes left the clock


@pytest.mark.parametrize(("lang", "text", "clock", "day", "row_day"), ROWS)
def test_as_left_reads_the_reference_back(lang: str, text: str, clock: str, day: str, row_day: str | None) -> None:
    dates = pipeline.article_dates(_article(lang, text), Options())
    left = {d.text: d for d in as_left(dates)}
    assert left[clock].value == REF
    assert left[clock].explanation.endswith(": the reference date")
    # every other date is the same object, unchanged
    assert [d for d in dates if d.text != clock] == [d for d in left.values() if d.text != clock]


def test_as_left_leaves_other_clocks() -> None:
    dates = pipeline.article_dates(_article("en", "The pass will reopen at 6 p.m., the roads agency says."), Options())
    assert as_left(dates) == dates
    odd = [dataclasses.replace(d, explanation=d.explanation + NEAR_STORY_DAY) for d in dates]  # no date after it
    assert as_left(odd) == odd
