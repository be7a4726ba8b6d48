"""The confidence fit across dev sources (benchmarks/confidence_sources.py, ``train_confidence.fit`` with the map on
named sources): made-up tables of one feature, no real news needed; the written collector refuses blind batches."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import confidence_sources, train_confidence, written_confidence
from benchmarks.written_set import BLIND
from tests.fixtures.confidence_tables import one_feature_table

pytest.importorskip("sklearn", reason="scikit-learn is a development dependency (requirements-dev.txt)")

_table = one_feature_table


SOURCES = {"calm": (10, 3), "mixed": (9, 2), "hard": (6, 1)}


def _mean(model: dict, rows: list[dict]) -> float:
    pairs = train_confidence.event_probabilities(model, rows)
    return sum(p for p, _ in pairs) / len(pairs)


def test_a_map_on_named_sources_follows_their_precision() -> None:
    rows = _table(SOURCES)
    hard = train_confidence.fit(rows, ["x"], calibrate_on=train_confidence.SOURCES_PREFIX + "hard")
    calm = train_confidence.fit(rows, ["x"], calibrate_on=train_confidence.SOURCES_PREFIX + "calm,mixed")
    assert hard["fit"]["platt"]["on"] == "events of sources hard, out of fold"
    assert calm["fit"]["platt"]["on"] == "events of sources calm, mixed, out of fold"
    assert hard["fit"]["logistic"] == calm["fit"]["logistic"]  # the ranking is learned from every row alike
    assert _mean(hard, rows) < _mean(calm, rows) - 0.1  # the hard source's map is less confident everywhere


def test_too_few_events_of_the_named_sources_fall_back_to_all() -> None:
    rows = _table(SOURCES) + _table({"tiny": (5, 1)}, articles=3)
    model = train_confidence.fit(rows, ["x"], calibrate_on=train_confidence.SOURCES_PREFIX + "tiny")
    assert model["fit"]["platt"]["on"] == "events, out of fold"


def test_event_sources_follow_the_event_order() -> None:
    rows = _table({"one": (8, 2)}, articles=2) + _table({"two": (8, 2)}, articles=1)
    assert train_confidence._event_sources(rows) == ["one"] * 6 + ["two"] * 3
    assert len(train_confidence._event_sources(rows)) == len(train_confidence._event_articles(rows))


def test_every_source_is_scored_by_a_fit_without_it() -> None:
    rows = _table(SOURCES)
    first = "shipped: real news only, map on half B"
    result = confidence_sources.compare(rows, ["x"], chosen=[first])
    assert set(result[first]["sources"]) == set(SOURCES)
    flipped = [dict(r, label=1.0 - r["label"]) if r["source"] == "hard" else r for r in rows]
    again = confidence_sources.compare(flipped, ["x"], chosen=[first])
    # the hard source's confidences do not read its own outcomes: its mean confidence is unchanged
    assert (result[first]["sources"]["hard"]["mean_confidence"]
            == again[first]["sources"]["hard"]["mean_confidence"])


def test_the_collector_refuses_a_blind_batch_and_unread_test_halves() -> None:
    for batch in BLIND:
        with pytest.raises(ValueError):
            written_confidence.collect([batch], split="dev")
    with pytest.raises(ValueError):
        written_confidence.collect(["m"], split="test")
