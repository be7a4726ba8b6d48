"""The year of a dateline without one, from the other articles of the run (round fourteen).

Two outlets telling one event are read together: a dispatch "NAIROBI, 14 avril (AFP) -" whose page gives no year, and
a wire story of the same week whose page does. Read alone, the dispatch is left undated (its relative dates are left
out: "mardi", "hier") or dated by a year its text recalls, so its tellings cannot meet the other article's at the
merge: on every dev half of the written batches, each row told twice that stayed apart had one telling in such an
article (docs/BENCHMARKS.md, "Told twice, round fourteen").

``date_by_corpus`` runs once the whole run is read (``pipeline.extract``). An article whose page date gives a day and
a month but no year, and whose year came from nothing of its own (no metadata, URL, full date of its text or user's
date: reference source ``none`` or ``text``, or a year from the clock or from the years its text names), takes the
year that puts its dateline nearest the date of an article of the run dated by its own page (metadata, URL, a
dateline), when that is at most CORPUS_NEAR_DAYS away; a dateline that names its weekday takes only a year where
that day is that weekday. ``Article.reference_year`` is then 'corpus'. Nothing else of the article changes, and an
article that its own evidence dates is never moved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from timeline.extraction.stories import page_stamp, split_page
from timeline.models import Article, Problem

__all__ = ["CORPUS_NEAR_DAYS", "anchors", "corpus_day", "date_by_corpus"]

#: A year-less dateline takes the run's year only when an article of the run is dated this close to it: two tellings
#: of one event are days apart (a strike's call and its report, ten days); a looser bound would let an unrelated
#: article of another year of the run move a dateline the clock dates right.
CORPUS_NEAR_DAYS = 14
#: Where an article's year came from when nothing of its own gave it (Article.reference_year): these may be replaced.
WEAK_YEARS = ("today", "years")
#: Reference sources that say the article's page dated it (Article.reference_source).
OWN_SOURCES = ("metadata", "url", "dateline")
#: The warning an undated dateline leaves (ingest.articles.reference_evidence), dropped once the run dates it.
_UNDATED = "its dateline gives a day and month without a year, and nothing else in the article dates it"


def _weak(article: Article) -> bool:
    """Its date came from nothing of its own page (the candidates for the run's year)."""
    return article.reference_source in ("none", "text") or article.reference_year in WEAK_YEARS


def anchors(articles: Sequence[Article]) -> list[dt.date]:
    """The dates of the run's articles that their own page dates (metadata, URL, a dateline; not the clock)."""
    return sorted({a.reference_date for a in articles if a.reference_date is not None
                   and a.reference_source in OWN_SOURCES and a.reference_year not in (*WEAK_YEARS, "corpus")})


def corpus_day(day: int, month: int, weekday: int | None, dates: Sequence[dt.date]) -> dt.date | None:
    """The day ``day``/``month`` (on ``weekday`` when given) nearest one of ``dates``, in its year, the year before
    or after; None when none is within CORPUS_NEAR_DAYS."""
    best: dt.date | None = None
    for anchor in dates:
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                found = dt.date(year, month, day)
            except ValueError:
                continue
            if weekday is not None and found.weekday() != weekday:
                continue
            if abs((found - anchor).days) <= CORPUS_NEAR_DAYS and (
                    best is None or abs((found - anchor).days) < min(abs((best - a).days) for a in dates)):
                best = found
    return best


def _same_file(problem: Problem, article: Article) -> bool:
    return bool(problem.file) and Path(problem.file).name == Path(article.source).name


def date_by_corpus(articles: list[Article], problems: list[Problem]) -> tuple[list[Article], list[Problem]]:
    """The run's articles, those with a year-less dateline and no year of their own dated by the others (module
    doc), and the problems, without the "left undated" warning of each article so dated."""
    if len(articles) < 2 or not any(_weak(a) for a in articles):
        return articles, problems
    dates = anchors(articles)
    if not dates:
        return articles, problems
    dated: list[Article] = []
    moved: list[Article] = []
    for article in articles:
        stamp = page_stamp(split_page(article.text, article.lang, article.title)) if _weak(article) else None
        found = None
        if stamp is not None and stamp.date.year is None:
            found = corpus_day(stamp.date.day, stamp.date.month, stamp.date.weekday, dates)
        if found is None:
            dated.append(article)
            continue
        article = dataclasses.replace(article, reference_date=found, reference_source="dateline",
                                      reference_year="corpus")
        dated.append(article)
        moved.append(article)
    kept = [p for p in problems if not (_UNDATED in p.reason and any(_same_file(p, a) for a in moved))]
    return dated, kept
