"""benchmarks/intervals.py: 95% intervals of the real-news figures by resampling articles, on made-up tallies."""

from __future__ import annotations

import pytest

from benchmarks import evaluate
from benchmarks.evaluate import Tally
from benchmarks.intervals import article_tallies, bootstrap, format_intervals


def _article(gold: int, pred: int, right: int, typed: int = 0, actors: tuple[int, int] = (0, 0)) -> Tally:
    return Tally(n_gold=gold, n_pred=pred, full=right, pred_full=right, typed=typed,
                 actors_found=actors[0], actors_total=actors[1])


def test_articles_alike_give_an_interval_of_one_point() -> None:
    bounds = bootstrap([_article(4, 5, 4, typed=3)] * 10, draws=200)
    assert bounds["precision"] == (0.8, 0.8)
    assert bounds["recall"] == (1.0, 1.0)
    assert bounds["type_accuracy"] == (0.75, 0.75)
    assert bounds["actor_recall"] is None  # no gold actors in any draw


def test_articles_that_differ_spread_the_interval_around_the_pooled_value() -> None:
    articles = [_article(2, 2, 2)] * 5 + [_article(2, 2, 0)] * 5  # pooled precision 0.5
    low, high = bootstrap(articles, draws=500)["precision"]  # type: ignore[misc]
    assert 0.1 < low < 0.5 < high < 0.9


def test_the_draws_are_seeded() -> None:
    articles = [_article(3, 4, i % 4) for i in range(12)]
    assert bootstrap(articles, draws=300, seed=3) == bootstrap(articles, draws=300, seed=3)


def test_article_tallies_keep_the_split_and_sum_languages_for_all() -> None:
    results = [("dev", {"fr": _article(1, 1, 1)}), ("test", {"fr": _article(2, 3, 1), "en": _article(1, 1, 1)}),
               ("test", {"en": _article(4, 4, 2)})]
    assert [t.n_gold for t in article_tallies(results, "test", "en")] == [1, 4]
    assert [t.n_gold for t in article_tallies(results, "test", "all")] == [3, 4]
    assert article_tallies(results, "dev", "en") == []


def test_the_table_shows_each_split_and_language_with_its_interval() -> None:
    results = [("test", {"fr": _article(2, 2, 2, typed=2)}), ("test", {"fr": _article(2, 2, 1, typed=1)})]
    table = format_intervals(results, ["test"])
    assert "| test fr | test en | test all |" in table
    precision = next(line for line in table.splitlines() if line.startswith("| precision"))
    assert "0.75 [" in precision and "n/a" in precision  # fr and all have articles, en has none


def test_intervals_need_the_real_news_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main(["--intervals"]) == 2
    assert "--intervals needs --realnews" in capsys.readouterr().err
