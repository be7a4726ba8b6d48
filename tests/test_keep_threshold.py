"""The keep/drop threshold of the event confidence (benchmarks/keep_threshold.py) and the transfer between dev halves
(benchmarks/train_confidence.py ``--halves``): made-up scored events, no real news needed, except where said."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import keep_threshold as kt
from benchmarks import train_confidence
from benchmarks.realnews import dev_half
from timeline.extraction.events import scorer

#: Article ids of each fixed dev half (``dev_half`` hashes the id).
HALF_A = [f"art{i}" for i in range(40) if dev_half(f"art{i}") == "a"][:6]
HALF_B = [f"art{i}" for i in range(40) if dev_half(f"art{i}") == "b"][:6]


def test_the_made_up_ids_fall_in_both_halves() -> None:
    assert len(HALF_A) == len(HALF_B) == 6


def test_recall_counts_the_gold_of_articles_where_nothing_was_found() -> None:
    events = [kt.Scored("x", 0.9, 1.0), kt.Scored("x", 0.3, 0.0)]
    alone = kt.scores(events, {"x": 2}, 0.0)
    with_empty = kt.scores(events, {"x": 2, "y": 2}, 0.0)
    assert alone["recall"] == 0.5 and with_empty["recall"] == 0.25
    assert alone["precision"] == with_empty["precision"] == 0.5


def test_dropping_a_wrong_event_under_the_threshold_raises_precision_and_f1() -> None:
    events = [kt.Scored("x", 0.9, 1.0), kt.Scored("x", 0.8, 0.5), kt.Scored("x", 0.3, 0.0)]
    keep_all, dropped = kt.scores(events, {"x": 2}, 0.0), kt.scores(events, {"x": 2}, 0.5)
    assert dropped["kept"] == 2 and keep_all["kept"] == 3
    assert dropped["precision"] == 0.75 > keep_all["precision"]
    assert dropped["recall"] == keep_all["recall"] == 0.75
    assert dropped["f1"] > keep_all["f1"]


def _run(low_right_in_a: bool, low_right_in_b: bool) -> list[kt.Scored]:
    """Per article: one right event at 0.9 and one low event at 0.3, right or wrong by half."""
    run = []
    for half, right in ((HALF_A, low_right_in_a), (HALF_B, low_right_in_b)):
        for article in half:
            run += [kt.Scored(article, 0.9, 1.0), kt.Scored(article, 0.3, float(right))]
    return run


def _gold() -> dict[str, int]:
    return dict.fromkeys(HALF_A + HALF_B, 2)


def test_a_threshold_that_helps_both_halves_is_chosen() -> None:
    keep = kt.choose([_run(False, False)], _gold())
    assert 0.3 < keep["threshold"] <= 0.9
    assert keep["best_on_a"] == keep["threshold"] and keep["f1_gain_on_b"] > 0


def test_a_threshold_that_helps_half_a_but_not_half_b_is_refused() -> None:
    keep = kt.choose([_run(False, True)], _gold())
    assert keep["best_on_a"] > 0.3
    assert keep["f1_gain_on_b"] < 0
    assert keep["threshold"] == 0.0


def test_nothing_is_dropped_when_the_low_events_are_right() -> None:
    keep = kt.choose([_run(True, True)], _gold())
    assert keep["threshold"] == keep["best_on_a"] == 0.0
    assert "chosen threshold 0" in kt.format_choice(keep)


def _table(share: dict[str, float], per_half: int = 36) -> list[dict]:
    """Rows of one feature x, 12 articles a half: x = 1 right with the half's share, x = 0 always wrong."""
    rows = []
    ids = {"a": [f"art{i}" for i in range(200) if dev_half(f"art{i}") == "a"][:12],
           "b": [f"art{i}" for i in range(200) if dev_half(f"art{i}") == "b"][:12]}
    for half, right in share.items():
        for i in range(per_half):
            x = float(i % 2 == 0)
            label = 1.0 if x and (i // 2) < right * per_half / 2 else 0.0
            rows.append({"article": ids[half][i // 3], "event": i % 3, "source": half, "label": label,
                         "features": {"x": x}})
    return rows


def test_across_halves_shows_a_fit_on_one_half_overtrusting_a_worse_one() -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is a development dependency (requirements-dev.txt)")
    result = train_confidence.across_halves(_table({"a": 0.9, "b": 0.5}), ["x"])
    assert set(result) == {"a->b", "b->a"}
    assert result["a->b"]["mean_confidence"] > result["a->b"]["precision"] + 0.1
    assert result["b->a"]["mean_confidence"] < result["b->a"]["precision"] - 0.1
    assert "| a->b | 36 |" in train_confidence.format_halves(result)


def test_the_shipped_threshold_is_what_the_training_command_chooses() -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is a development dependency (requirements-dev.txt)")
    shipped = json.loads(scorer.MODEL_FILE.read_text(encoding="utf-8"))
    refit = train_confidence.fit(train_confidence.read_table(), scorer.FEATURES, kt.gold_counts("dev"))
    assert refit["keep"]["threshold"] == shipped["keep"]["threshold"]
    assert refit["keep"]["f1"] == shipped["keep"]["f1"]
    # the out-of-fold F1 when every event is kept is the real-news scorer's dev F1 (0.84 at round ten)
    assert 0.7 < shipped["keep"]["f1"]["dev"]["0.00"] < 0.95
