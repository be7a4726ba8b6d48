"""The learned confidence (timeline/extraction/events/scorer.py) and its shipped model file.

The model file is plain data applied in pure Python; these tests read the real file, run the real
pipeline over the test articles, and refit the model from the stored dev table with scikit-learn
(a development dependency) to check the shipped coefficients are what the training command gives.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import IN_CI, ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import calibration, first_readings, train_confidence
from benchmarks.realnews import realnews_dir
from timeline.extraction.events import scorer
from timeline.extraction.pipeline import extract
from timeline.settings import Options

ARTICLES = ROOT / "tests" / "articles"


def _scored(paths: list[Path]) -> tuple[list[scorer.Scored], list]:
    with scorer.recording() as sink:
        result = extract(paths, Options())
    return sink, result.mentions


@pytest.fixture(scope="module")
def articles() -> list[Path]:
    return sorted(p for p in ARTICLES.iterdir() if p.is_file())[:12]


def test_shipped_model_loads_and_names_the_codes_features() -> None:
    data = json.loads(scorer.MODEL_FILE.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == scorer.FEATURES
    assert set(data["coefficients"]) == set(scorer.FEATURES)
    model = scorer.load_model()
    assert len(model.weights) == len(scorer.FEATURES)
    assert all(math.isfinite(w) for w in (*model.weights, model.intercept))
    assert data["command"] == "python -m benchmarks.train_confidence" and data["trained"]


def test_a_model_file_that_disagrees_is_refused_naming_file_and_fix(tmp_path: Path) -> None:
    data = json.loads(scorer.MODEL_FILE.read_text(encoding="utf-8"))
    data["features"] = [*data["features"][1:], data["features"][0]]
    wrong = tmp_path / "model.json"
    wrong.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(scorer.ModelError, match=r"model\.json.*differ.*train_confidence"):
        scorer.read_model(wrong)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(scorer.ModelError, match=r"broken\.json.*train_confidence"):
        scorer.read_model(broken)


@pytest.mark.parametrize("value", [0.0, 0.5, 1.0])
def test_probabilities_stay_within_bounds_at_the_corners(value: float) -> None:
    model = scorer.load_model()
    p = model.probability(dict.fromkeys(scorer.FEATURES, value))
    assert scorer.FLOOR <= p <= scorer.CEILING
    huge = scorer.Model(tuple(1e6 for _ in scorer.FEATURES), 1e6)
    tiny = scorer.Model(tuple(-1e6 for _ in scorer.FEATURES), -1e6)
    assert huge.probability(dict.fromkeys(scorer.FEATURES, 1.0)) == scorer.CEILING
    assert tiny.probability(dict.fromkeys(scorer.FEATURES, 1.0)) == scorer.FLOOR


def test_every_mention_gets_the_models_probability_of_its_features(articles: list[Path]) -> None:
    sink, mentions = _scored(articles)
    assert mentions and len(sink) >= len(mentions)
    model = scorer.load_model()
    probabilities = set()
    for scored in sink:
        assert set(scored.features) == set(scorer.FEATURES)
        assert all(0.0 <= v <= 1.0 for v in scored.features.values()), scored.features
        assert scored.probability == model.probability(scored.features)
        probabilities.add(scored.probability)
    assert all(scorer.FLOOR <= m.confidence <= scorer.CEILING for m in mentions)
    assert {m.confidence for m in mentions} <= probabilities
    assert len(probabilities) > 1, "every mention got the same confidence: the features carry nothing"


def test_features_are_deterministic(articles: list[Path]) -> None:
    first, _ = _scored(articles)
    second, _ = _scored(articles)
    key = [(s.proto.date.start, s.proto.trigger.start, s.features) for s in first]
    assert key == [(s.proto.date.start, s.proto.trigger.start, s.features) for s in second]
    for scored in first:
        assert scorer.features(scored.rules, scored.proto, scored.mentions) == scored.features


def test_nothing_is_recorded_outside_recording(articles: list[Path]) -> None:
    with scorer.recording() as sink:
        pass
    extract(articles[:2], Options())
    assert sink == []


def test_the_runtime_does_not_import_scikit_learn() -> None:
    code = ("import sys, timeline; from timeline.extraction.pipeline import extract; "
            f"extract([{str(ARTICLES / 'en_01_asean_summit.txt')!r}]); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_the_training_table_holds_the_codes_features() -> None:
    rows = train_confidence.read_table()
    assert rows, "benchmarks/realnews/confidence_dev.jsonl is empty"
    for row in rows:
        assert set(row["features"]) == set(scorer.FEATURES)
        assert row["label"] in (0.0, 0.5, 1.0)


def test_refitting_the_stored_dev_table_gives_the_shipped_coefficients() -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is a development dependency (requirements-dev.txt)")
    # a level map of unseen text folded in after the dev fit (benchmarks/fresh_confidence.py) is taken out first
    shipped = first_readings.before(json.loads(scorer.MODEL_FILE.read_text(encoding="utf-8")))
    refit = train_confidence.fit(train_confidence.read_table(), scorer.FEATURES)
    assert refit["fit"]["logistic"]["C"] == shipped["fit"]["logistic"]["C"]
    for name in scorer.FEATURES:
        assert refit["coefficients"][name] == pytest.approx(shipped["coefficients"][name], abs=1e-3), name
    assert refit["intercept"] == pytest.approx(shipped["intercept"], abs=1e-3)


def test_reliability_of_a_calibrated_and_of_an_overconfident_scorer() -> None:
    calibrated = [(0.75, 1.0)] * 3 + [(0.75, 0.0)] + [(0.25, 1.0)] + [(0.25, 0.0)] * 3
    result = calibration.reliability(calibrated, bins=5)
    assert result["ece"] == pytest.approx(0.0)
    assert [b["n"] for b in result["bins"]] == [0, 4, 0, 4, 0]
    over = calibration.reliability([(0.95, 1.0), (0.95, 0.0)], bins=5)
    assert over["ece"] == pytest.approx(0.45)
    low, high = calibration.wilson(1.0, 2)
    assert low < 0.5 < high


def test_auc_ranks_right_events_over_wrong_ones() -> None:
    assert calibration.auc([(0.9, 1.0), (0.2, 0.0)]) == 1.0
    assert calibration.auc([(0.2, 1.0), (0.9, 0.0)]) == 0.0
    assert calibration.auc([(0.5, 1.0), (0.5, 0.0)]) == 0.5
    assert calibration.auc([(0.5, 1.0)]) is None


def test_each_real_news_event_is_scored_by_its_best_mention() -> None:
    """What benchmarks/calibration.py measures: an event's confidence is its best mention's probability
    (one article per record, so no source bonus), and every outcome is one the scorer counts."""
    if realnews_dir() is None:
        if IN_CI:
            pytest.fail("real news missing in CI ($TIMELINE_REALNEWS or ../shared/realnews)")
        pytest.skip("real news not found ($TIMELINE_REALNEWS or ../shared/realnews beside the repository)")
    rows = calibration.collect(("dev",))
    assert rows and all(r.mentions for r in rows)
    for row in rows:
        assert row.label in (None, 0.0, 0.5, 1.0)
        assert row.confidence == max(m["probability"] for m in row.mentions)
        assert all(set(m["features"]) == set(scorer.FEATURES) for m in row.mentions)
    assert any(r.label is None for r in rows) and any(r.label == 0.0 for r in rows)


def test_every_shipped_feature_is_seen_in_enough_dev_articles() -> None:
    rows = train_confidence.read_table()
    assert train_confidence.unsupported(rows, scorer.FEATURES) == []


def test_a_feature_carried_by_one_article_is_refused() -> None:
    def row(article: str, value: float) -> dict:
        return {"article": article, "event": 0, "label": 1.0, "features": {"x": value}}

    one_article = [row("a", 1.0)] * 8 + [row(f"b{i}", 0.0) for i in range(20)] + [row(f"c{i}", 1.0) for i in range(4)]
    assert train_confidence.support(one_article, "x") == (5, pytest.approx(8 / 12))
    assert train_confidence.unsupported(one_article, ["x"]) == ["x (5 articles, largest share 0.67)"]
    spread = [row(f"a{i}", 1.0) for i in range(9)] + [row(f"b{i}", 0.0) for i in range(20)]
    assert train_confidence.unsupported(spread, ["x"]) == []


def test_training_records_features_without_reading_the_model(articles: list[Path]) -> None:
    """Training must run when the model file no longer matches FEATURES (it is what re-creates the file)."""
    with scorer.recording(features_only=True) as sink:
        result = extract(articles[:3], Options())
    assert sink and {s.probability for s in sink} == {scorer.UNSCORED}
    assert {m.confidence for m in result.mentions} == {scorer.UNSCORED}


def test_event_scores_take_each_events_best_mention() -> None:
    rows = [{"article": "a", "event": 0, "label": 1.0, "features": {}},
            {"article": "a", "event": 0, "label": 1.0, "features": {}},
            {"article": "a", "event": 1, "label": 0.5, "features": {}}]
    # expanded rows: a#0 (pos), a#0 (pos), a#1 (pos 0.5), a#1 (neg 0.5)
    scores, labels = train_confidence._event_scores(rows, [0.2, 0.9, -1.0, -1.0])
    assert list(scores) == [0.9, -1.0] and list(labels) == [1.0, 0.5]


def test_crowd_is_one_over_the_articles_mentions_whatever_the_batch(articles: list[Path]) -> None:
    """``crowd`` counts the event mentions of the mention's own article: an article scores the same alone and in a
    batch, and every mention of one article shares one value, 1 / its mentions (capped)."""
    together, mentions = _scored(articles[:6])
    per_article: dict[str, int] = {}
    for m in mentions:
        per_article[m.article_id] = per_article.get(m.article_id, 0) + 1
    assert len(per_article) >= 2 and len(set(per_article.values())) >= 2, per_article
    for scored in together:
        assert scored.mentions in per_article.values()
        assert scored.features["crowd"] == pytest.approx(1 / min(scorer.CROWD_CAP, scored.mentions), abs=1e-6)
    alone = {}
    for path in articles[:6]:
        sink, _ = _scored([path])
        alone.update({(s.proto.date.start, s.proto.trigger.start, s.proto.sentence.text): s.features for s in sink})
    for scored in together:
        assert alone[(scored.proto.date.start, scored.proto.trigger.start, scored.proto.sentence.text)] == \
            scored.features


@pytest.mark.parametrize(("mentions", "crowd"), [(0, 1.0), (1, 1.0), (2, 0.5), (4, 0.25), (12, 1 / 12), (40, 1 / 12)])
def test_crowd_is_bounded_by_the_cap(articles: list[Path], mentions: int, crowd: float) -> None:
    sink, _ = _scored(articles[:1])
    values = scorer.features(sink[0].rules, sink[0].proto, mentions)
    assert values["crowd"] == pytest.approx(crowd, abs=1e-6)
    assert set(values) == set(scorer.FEATURES)


def test_the_shipped_model_trusts_a_crowded_article_less() -> None:
    """What dev taught (every source with crowded articles agrees): of two mentions alike in all else, the one of
    an article telling one event is likelier right than one of an article telling ten."""
    model = scorer.load_model()
    alike = dict.fromkeys(scorer.FEATURES, 1.0)
    assert model.probability(alike) > model.probability({**alike, "crowd": 0.1})


def test_source_of_names_the_leave_one_out_unit() -> None:
    assert calibration.source_of({"id": "winer-fr-2017_01_21-007", "published": "2017-01-21"}) == "winer-2017"
    assert calibration.source_of({"id": "meantime-en-1007169", "origin": {"subcorpus": "corpus_gm"}}) == "meantime-gm"
    assert calibration.source_of({"id": "frtb-2002-02-09-0883"}) == "frtb"


def _table(sources: dict[str, float], per_source: int = 30) -> list[dict]:
    """A made-up table: one feature x; in each source, x = 1 is right with its share, x = 0 always wrong."""
    rows = []
    for source, share in sources.items():
        for i in range(per_source):
            x = float(i % 2 == 0)
            label = 1.0 if x and (i // 2) < share * per_source / 2 else 0.0
            rows.append({"article": f"{source}-{i // 3}", "event": i % 3, "source": source, "label": label,
                         "features": {"x": x}})
    return rows


def test_leave_one_source_out_scores_each_source_with_a_fit_on_the_others() -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is a development dependency (requirements-dev.txt)")
    rows = _table({"a": 0.9, "b": 0.9, "c": 0.5})
    result = train_confidence.leave_one_source_out(rows, ["x"])
    assert set(result["sources"]) == {"a", "b", "c"}
    assert result["pooled"]["n"] == sum(r["events"] for r in result["sources"].values()) == len(rows)
    c = result["sources"]["c"]
    # fitted on a and b, where x = 1 is right 90% of the time, the model over-trusts c's x = 1 (half right)
    assert c["precision"] < c["mean_confidence"] - 0.1
    assert all(r["coefficients"]["x"] > 0 for r in result["sources"].values())
    assert "| c |" in train_confidence.format_sources(result, ["x"])


def test_event_probabilities_take_the_best_mention() -> None:
    model = {"features": ["x"], "coefficients": {"x": 2.0}, "intercept": -1.0}
    rows = [{"article": "a", "event": 0, "label": 1.0, "features": {"x": 0.0}},
            {"article": "a", "event": 0, "label": 1.0, "features": {"x": 1.0}},
            {"article": "a", "event": 1, "label": 0.0, "features": {"x": 0.0}}]
    pairs = train_confidence.event_probabilities(model, rows)
    assert pairs == [(pytest.approx(1 / (1 + math.exp(-1.0))), 1.0), (pytest.approx(1 / (1 + math.exp(1.0))), 0.0)]


def test_bootstrap_gaps_resample_articles_and_widen_with_few_of_them() -> None:
    many = [(f"a{i}", 0.7, 1.0 if i % 10 < 7 else 0.0) for i in range(200)]
    few = many[:10]
    wide, narrow = calibration.bootstrap_gaps(few)[3], calibration.bootstrap_gaps(many)[3]
    assert wide is not None and narrow is not None
    assert wide[0] <= 0.0 <= wide[1] and narrow[0] <= 0.0 <= narrow[1]
    assert wide[1] - wide[0] > narrow[1] - narrow[0] > 0
    assert calibration.bootstrap_gaps(many)[0] is None
    assert calibration.bootstrap_gaps(many) == calibration.bootstrap_gaps(many)  # seeded
    # one article of 20 events all wrong at 0.9: drawn whole, it swings the bin's gap from 0 to -0.9
    clustered = [("big", 0.9, 0.0)] * 20 + [(f"b{i}", 0.9, 1.0) for i in range(20)]
    low, high = calibration.bootstrap_gaps(clustered)[4]
    assert low < -0.6 and high > -0.2
