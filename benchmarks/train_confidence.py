"""Fit the event confidence model on the real-news dev split and write its coefficients.

    python -m benchmarks.train_confidence              # collect dev features, write the table, fit, write the model
    python -m benchmarks.train_confidence --from-table # fit from the stored table only (no real news needed)
    python -m benchmarks.train_confidence --check      # is the stored table what the pipeline gives on dev today?
    python -m benchmarks.train_confidence --sources    # each dev source scored by a fit on the others (report only)
    python -m benchmarks.train_confidence --halves     # dev half B scored by a fit on half A, and back (report only)
    python -m benchmarks.train_confidence --where      # Platt map on all dev or on CALIBRATE_ON, by group left out
    python -m benchmarks.train_confidence --from-table --calibrate-on sources --without near --out x.json  # a candidate

1. ``collect``: every annotated dev article goes through the pipeline (benchmarks/calibration.py); each
   mention of a scored event becomes a row of ``benchmarks/realnews/confidence_dev.jsonl``: its article id,
   its event's number in the article, language, source (``calibration.source_of``), the model's features
   (numbers only, no text) and its event's outcome (1 right, 0.5 a partial date match, 0 spurious; events
   matched to an optional gold row are left out, as precision leaves them).
2. ``fit`` (scikit-learn and scipy, only here): an L2 logistic regression over the mentions, the weights of the
   date features bounded below (benchmarks/confidence_fit.py ``SIGNS``), whose strength C is
   chosen among ``C_GRID`` by the cross-validated log loss of the *events* (5 folds grouped by article,
   stratified, averaged over ``SEEDS``; an event's score is its best mention's, as the pipeline gives it),
   fitted on every row; then Platt scaling, a one-feature logistic regression fitted on the out-of-fold scores
   of the events of the dev half held out of rule development (``CALIBRATE_ON``; all seeds pooled), corrects
   the over- or under-confidence that the penalty, the small set, the best-of-mentions step and the tuning of
   the rules on the other half leave. Both are linear and the best mention keeps its rank under a rising map, so
   the shipped model is one set of coefficients: a * (w . x + b) + c. The map's top (``ceiling``) is fitted with
   it (``FIT_CEILING``), so no probability sits on the scorer's 0.99 clip; and of the C values, the best whose model
   keeps the properties (a coarser or less sure date scores lower, confidence in (0, 1):
   ``confidence_fit.properties``) is taken; if none keeps them, nothing is written (round nineteen).
3. ``keep``: the threshold under which an event would be dropped, chosen on the events' calibrated out-of-fold
   confidence (each seed) to maximise F1 on dev half A and kept only if F1 on half B rises
   (benchmarks/keep_threshold.py); 0 keeps every event.
4. The coefficients, the feature names, C, the counts and the command go to
   ``timeline/extraction/events/confidence_model.json``, which events/scorer.py applies in pure Python.

The test split is never read here (benchmarks/calibration.py measures it). A partial outcome is given as
two rows weighted 0.5, one positive, one negative. Everything is seeded: the same table gives the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks.calibration import reliability
from benchmarks.confidence_fit import SIGNS, bounds_of, ceiling_map, logistic, properties
from benchmarks.realnews import dev_half, realnews_dir
from timeline.extraction.events.scorer import FEATURES
from timeline.extraction.events.scorer import logistic as sigmoid

TABLE = Path(__file__).resolve().parent / "realnews" / "confidence_dev.jsonl"
C_GRID: tuple[float, ...] = (0.1, 0.3, 1.0, 3.0, 10.0)
SEEDS: tuple[int, ...] = (0, 1, 2, 3, 4)
FOLDS = 5
PLATT_C = 1e4
FIT_CEILING = True
"""The map's top is fitted on its events (benchmarks/confidence_fit.py ``ceiling_map``), so no event reaches the
scorer's 0.99 plateau, where a coarser date scored as much as a day (round eighteen's refit)."""
"""Platt's own fit is all but unpenalised: one slope and one intercept."""
CALIBRATE_ON: str | None = "b"
"""The dev half (``benchmarks.realnews.dev_half``) whose events' out-of-fold scores fit the Platt map; None: all of dev.
Cross-fitting keeps a calibration map off the rows its model was fitted on; here the extraction rules are part of the
model, and they were written on dev half A for rounds (half B was the confirmation half from round eight to ten): A's
events are 95% right, B's 83% at round ten, so a map fitted on A is 0.11 over-confident on B, and one fitted on all of
dev 0.06. Confidence is for articles nobody tuned on, so the map is fitted on the half the rules saw least. The weights
(the ranking) still learn from all of dev: each half's fit ranks the other alike (AUC 0.78-0.79, docs/BENCHMARKS.md,
"Confidence across unseen articles, round eleven"). When the rooms have developed on B as long as on A, set it to
None."""
BY_SOURCE = "sources"
"""``CALIBRATE_ON`` value: the map is fitted on every event scored by a fit without its source (``out_of_source``)."""
SOURCES_PREFIX = "sources:"
"""``CALIBRATE_ON`` value ``sources:S1,S2``: the map is fitted on the out-of-fold scores of these sources' events."""
MIN_CALIBRATION_EVENTS = 50
"""Fewer events than this in ``CALIBRATE_ON`` (a fit on half A only, in ``--halves``) and the map takes all events."""
MIN_ARTICLES = 8
"""A feature is learned only when its less common value occurs in at least this many dev articles ..."""
MAX_ARTICLE_SHARE = 1 / 3
"""... and no one article holds more than this share of those mentions. Round four's first fit took a
time-of-day feature whose dev evidence was one article (8 of 12 mentions, all wrong); on test it put right
events under 0.2. Both bounds are met by the six inputs of round three and by ``verb``."""


def dev_rows() -> list[dict[str, Any]]:
    """Run the pipeline on the dev split: one row per mention of a scored event."""
    from benchmarks.calibration import collect

    rows = []
    number: dict[str, int] = {}
    for event in collect(("dev",), features_only=True):
        if event.label is None:
            continue
        number[event.article] = number.get(event.article, -1) + 1
        for mention in event.mentions:
            rows.append({"article": event.article, "event": number[event.article], "lang": event.lang,
                         "source": event.source, "label": event.label, "features": mention["features"]})
    return rows


def _lines(rows: Sequence[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, sort_keys=True) + "\n" for r in rows)


def collect_table(path: Path = TABLE) -> list[dict[str, Any]]:
    """``dev_rows`` written to the table."""
    rows = dev_rows()
    path.write_text(_lines(rows), encoding="utf-8")
    return rows


def check_table(path: Path = TABLE) -> str:
    """'' when the stored table is what the pipeline gives on dev today, else what differs."""
    stored, now = path.read_text(encoding="utf-8").splitlines(), _lines(dev_rows()).splitlines()
    if stored == now:
        return ""
    changed = len(set(stored) ^ set(now))
    return (f"{path.name} is stale: {len(stored)} rows stored, {len(now)} now, {changed} rows differ; "
            "refit with `python -m benchmarks.train_confidence`, then re-take the snapshots")


def support(rows: Sequence[dict[str, Any]], name: str) -> tuple[int, float]:
    """(dev articles where the feature takes its less common value, the largest share one of them holds)."""
    from collections import Counter

    values = Counter(row["features"][name] for row in rows)
    usual = values.most_common(1)[0][0] if values else None
    articles = Counter(row["article"] for row in rows if row["features"][name] != usual)
    return len(articles), (max(articles.values()) / sum(articles.values()) if articles else 1.0)


def unsupported(rows: Sequence[dict[str, Any]], names: Sequence[str]) -> list[str]:
    """The features that the dev table cannot teach (see ``MIN_ARTICLES``), each with its support."""
    out = []
    for name in names:
        articles, share = support(rows, name)
        if articles < MIN_ARTICLES or share > MAX_ARTICLE_SHARE:
            out.append(f"{name} ({articles} articles, largest share {share:.2f})")
    return out


def read_table(path: Path = TABLE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _arrays(rows: Sequence[dict[str, Any]], names: Sequence[str]) -> tuple[Any, Any, Any, Any]:
    """X, y, weights, groups: a partial outcome becomes a positive and a negative row of weight 0.5 each."""
    import numpy as np

    x, y, w, groups = [], [], [], []
    for row in rows:
        for label, weight in ((1, row["label"]), (0, 1.0 - row["label"])):
            if weight > 0:
                x.append([float(row["features"][name]) for name in names])
                y.append(label)
                w.append(weight)
                groups.append(row["article"])
    return np.array(x), np.array(y), np.array(w), np.array(groups)


def _sources(rows: Sequence[dict[str, Any]]) -> list[int]:
    """The table row of each expanded row of ``_arrays`` (same order)."""
    return [i for i, row in enumerate(rows) for weight in (row["label"], 1.0 - row["label"]) if weight > 0]


def _log_loss(y: Any, p: Any, w: Any) -> float:
    import numpy as np

    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.sum(w * (y * np.log(p) + (1 - y) * np.log(1 - p))) / np.sum(w))


def _out_of_fold(x: Any, y: Any, w: Any, groups: Any, c: float, seed: int, lower: Any = None) -> Any:
    """Decision scores of each row from a model fitted without its article (5 folds grouped by article)."""
    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold

    scores = np.zeros(len(y))
    for train, held in StratifiedGroupKFold(FOLDS, shuffle=True, random_state=seed).split(x, y, groups):
        model = logistic(x[train], y[train], w[train], c, lower)
        scores[held] = model.decision_function(x[held])
    return scores


def _event_scores(rows: Sequence[dict[str, Any]], scores: Any) -> tuple[Any, Any]:
    """(score, outcome) per event: its best mention's score (what the pipeline gives an event), in table order."""
    import numpy as np

    best: dict[tuple[str, int], float] = {}
    label: dict[tuple[str, int], float] = {}
    for expanded, row in enumerate(_sources(rows)):
        key = (rows[row]["article"], rows[row].get("event", row))
        best[key] = max(best.get(key, -math.inf), float(scores[expanded]))
        label[key] = rows[row]["label"]
    return np.array(list(best.values())), np.array(list(label.values()))


def _event_log_loss(p: Any, labels: Any) -> float:
    scores, y, w = _weighted(p, labels)
    return _log_loss(y, scores, w)


def _weighted(scores: Any, labels: Any) -> tuple[Any, Any, Any]:
    """Scores, 0/1 outcomes and weights: an event of outcome l is a positive of weight l and a negative of 1 - l."""
    import numpy as np

    keep = np.concatenate([labels > 0, labels < 1])
    y = np.concatenate([np.ones(len(labels)), np.zeros(len(labels))])
    w = np.concatenate([labels, 1.0 - labels])
    return np.concatenate([scores, scores])[keep], y[keep], w[keep]


def _cross_validate(rows: Sequence[dict[str, Any]], x: Any, y: Any, w: Any, groups: Any,
                    c_grid: Sequence[float] = C_GRID, lower: Any = None
                    ) -> tuple[dict[float, float], dict[float, list[Any]]]:
    """Per C: the events' out-of-fold log loss (mean over seeds) and their out-of-fold scores, one array a seed."""
    import numpy as np

    losses, scores = {}, {}
    for c in c_grid:
        per_seed = [_event_scores(rows, _out_of_fold(x, y, w, groups, c, seed, lower)) for seed in SEEDS]
        scores[c] = [z for z, _ in per_seed]
        losses[c] = sum(_event_log_loss(1 / (1 + np.exp(-z)), labels) for z, labels in per_seed) / len(SEEDS)
    return losses, scores


def out_of_source(rows: Sequence[dict[str, Any]], x: Any, y: Any, w: Any, c: float, lower: Any = None) -> Any:
    """Each event's score from a logistic fit (strength ``c``) on the rows of every other source: the shift from
    one source to an unseen one, which a Platt map fitted on these scores learns (``CALIBRATE_ON = BY_SOURCE``)."""
    import numpy as np

    sources = np.array([rows[i].get("source", "?") for i in _sources(rows)])
    scores = np.zeros(len(y))
    for source in sorted(set(sources)):
        held = sources == source
        model = logistic(x[~held], y[~held], w[~held], c, lower)
        scores[held] = model.decision_function(x[held])
    return _event_scores(rows, scores)[0]


def _event_sources(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The source of each event of ``_event_scores``, in its order."""
    keys = {(rows[row]["article"], rows[row].get("event", row)): str(rows[row].get("source", "?"))
            for row in _sources(rows)}
    return list(keys.values())


def _event_articles(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The article of each event of ``_event_scores``, in its order."""
    keys = dict.fromkeys((rows[row]["article"], rows[row].get("event", row)) for row in _sources(rows))
    return [article for article, _ in keys]


def _keep(rows: Sequence[dict[str, Any]], calibrated: Sequence[Any], labels: Any,
          gold: Mapping[str, int]) -> dict[str, Any]:
    """The keep/drop threshold of benchmarks/keep_threshold.py from each seed's calibrated out-of-fold scores."""
    from benchmarks.keep_threshold import Scored, choose

    articles = _event_articles(rows)
    runs = [[Scored(a, float(p), float(y)) for a, p, y in zip(articles, run, labels, strict=True)]
            for run in calibrated]
    return choose(runs, gold)


def fit(rows: Sequence[dict[str, Any]], names: Sequence[str], gold: Mapping[str, int] | None = None,
        calibrate_on: str | None = CALIBRATE_ON, signs: Mapping[str, float] | None = SIGNS,
        ceiling: bool = FIT_CEILING, c_grid: Sequence[float] = C_GRID, guard: bool = True) -> dict[str, Any]:
    """The model as plain data (see the module docstring); with ``gold`` (core gold rows per dev article), also
    the keep/drop threshold (``keep``, benchmarks/keep_threshold.py). ``calibrate_on``: see ``CALIBRATE_ON``;
    ``signs``: lower bounds of weights (benchmarks/confidence_fit.py ``SIGNS``); ``ceiling``: the map's top is
    fitted (``FIT_CEILING``); ``guard``: of the C values, the best by cross-validation whose model keeps the
    properties (confidence_fit.py ``properties``; only for the scorer's own features); when none does, the best C's
    model with ``properties`` naming what it breaks (``main`` then refuses to write it)."""
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression

    from timeline.extraction.events.scorer import CEILING

    lower = bounds_of(names, signs)
    x, y, w, groups = _arrays(rows, names)
    cv, oof = _cross_validate(rows, x, y, w, groups, c_grid, lower)
    _, labels = _event_scores(rows, np.zeros(len(y)))
    halves = np.array([dev_half(article) for article in _event_articles(rows)])
    on = halves == calibrate_on
    calibrated_on = f"events of dev half {calibrate_on}, out of fold"
    if calibrate_on and calibrate_on.startswith(SOURCES_PREFIX):  # the map on named sources' events, out of fold
        named = set(calibrate_on.removeprefix(SOURCES_PREFIX).split(","))
        on = np.array([source in named for source in _event_sources(rows)])
        calibrated_on = f"events of sources {', '.join(sorted(named))}, out of fold"
    if calibrate_on is None or on.sum() < MIN_CALIBRATION_EVENTS:
        on, calibrated_on = np.ones(len(labels), dtype=bool), "events, out of fold"
    checked = guard and tuple(names) == FEATURES
    for best in sorted(c_grid, key=lambda c: (round(cv[c], 6), c)):  # the best C whose model keeps the properties
        base = logistic(x, y, w, best, lower)
        map_scores = oof[best]
        if calibrate_on == BY_SOURCE and len({r.get("source", "?") for r in rows}) > 1:
            map_scores = [out_of_source(rows, x, y, w, best, lower)]
            calibrated_on = "events, each scored by a fit without its source"
        pooled, py, pw = _weighted(np.concatenate([z[on] for z in map_scores]),
                                   np.concatenate([labels[on]] * len(map_scores)))
        top = None
        if ceiling:
            slope, shift, top = ceiling_map(pooled, py, pw, CEILING)
        else:
            platt = LogisticRegression(C=PLATT_C, max_iter=5000).fit(pooled.reshape(-1, 1), py, sample_weight=pw)
            slope, shift = float(platt.coef_[0][0]), float(platt.intercept_[0])
        weights = [slope * float(v) for v in base.coef_[0]]
        intercept = slope * float(base.intercept_[0]) + shift
        kept = properties({"features": list(names), "coefficients": dict(zip(names, weights, strict=True)),
                           "intercept": intercept, "ceiling": top}) if checked else {}
        if all(kept.values()):
            break
    else:
        best = min(c_grid, key=lambda c: (round(cv[c], 6), c))
        return fit(rows, names, gold, calibrate_on, signs, ceiling, (best,), guard=False) | {"properties": kept}
    prior = float(np.mean(labels))  # the share of right events: a constant's log loss is the bar to beat
    per_seed = [(top or 1.0) / (1 + np.exp(-(slope * z + shift))) for z in oof[best]]
    calibrated = per_seed[0]
    out_of_fold = reliability(list(zip(calibrated.tolist(), labels.tolist(), strict=True)))
    curves = {part: _curve(calibrated[mask], labels[mask]) for part, mask in
              (("dev", np.ones(len(labels), dtype=bool)), ("a", halves == "a"), ("b", halves == "b")) if mask.any()}
    model = {
        "about": "Event confidence: p = ceiling / (1 + exp(-(intercept + sum(coefficient * feature)))) (ceiling 1 "
                 "when absent), bounded to [0.01, 0.99] and rounded; "
                 "features as defined in timeline/extraction/events/scorer.py. Do not edit by hand.",
        "features": list(names),
        "coefficients": {name: round(v, 6) for name, v in zip(names, weights, strict=True)},
        "intercept": round(intercept, 6),
        **({"ceiling": round(top, 6)} if top is not None else {}),
        "fit": {
            "logistic": {"C": best, "coefficients": [round(float(v), 6) for v in base.coef_[0]],
                         "intercept": round(float(base.intercept_[0]), 6)},
            "platt": {"slope": round(slope, 6), "intercept": round(shift, 6), "on": calibrated_on,
                      **({"ceiling": round(top, 6)} if top is not None else {})},
            "signs": {n: b for n, b in zip(names, lower or [], strict=False) if b is not None},
            "cv_log_loss_events": {str(c): round(v, 4) for c, v in cv.items()},
            "prior_log_loss": round(-(prior * math.log(prior) + (1 - prior) * math.log(1 - prior)), 4),
            "oof_log_loss_events_calibrated": round(_event_log_loss(calibrated, labels), 4),
            "oof_ece_events": round(out_of_fold["ece"], 4),
            "oof_auc_events": round(out_of_fold["auc"], 4),
            "oof_reliability": curves,
            "properties": kept or "not checked (not the scorer's features)",
        },
        "trained_on": {"split": "dev", "table": f"benchmarks/realnews/{TABLE.name}", "mentions": len(rows),
                       "events": len(labels), "articles": len(set(groups)), "positive_share": round(prior, 4)},
        "command": "python -m benchmarks.train_confidence",
        "trained": dt.date.today().isoformat(),
        "scikit_learn": sklearn.__version__,
    }
    if gold is not None:
        model["keep"] = _keep(rows, per_seed, labels, gold)
    return model


def _curve(p: Any, labels: Any) -> dict[str, Any]:
    """The reliability curve of out-of-fold confidences (first seed): ECE, and per bin [bin, events, mean
    confidence, observed precision]."""
    table = reliability(list(zip(p.tolist(), labels.tolist(), strict=True)))
    return {"ece": round(table["ece"], 4), "precision": round(table["precision"], 4),
            "mean_confidence": round(table["mean_confidence"], 4),
            "bins": [[b["bin"], b["n"], round(b["confidence"], 4), round(b["precision"], 4)]
                     for b in table["bins"] if b["n"]]}


def format_curves(curves: Mapping[str, Any]) -> str:
    """Markdown: the out-of-fold reliability curve of whole dev and of each half (``fit``'s ``oof_reliability``)."""
    lines = ["| dev part | events | precision | mean confidence | ECE | bins (events, confidence, precision) |",
             "|---|---|---|---|---|---|"]
    for part, c in curves.items():
        bins = "; ".join(f"{b} {n}, {conf:.2f}, {prec:.2f}" for b, n, conf, prec in c["bins"])
        n = sum(b[1] for b in c["bins"])
        lines.append(f"| {part} | {n} | {c['precision']:.2f} | {c['mean_confidence']:.2f} | {c['ece']:.3f} | {bins} |")
    return "\n".join(lines)


def event_probabilities(model: dict[str, Any], rows: Sequence[dict[str, Any]]) -> list[tuple[float, float]]:
    """(confidence, outcome) per event of the table rows under a model of ``fit``: its best mention's probability,
    as events/scorer.py gives it."""
    from timeline.extraction.events.scorer import model_of

    scorer_model = model_of(model)
    best: dict[tuple[str, int], tuple[float, float]] = {}
    for row in rows:
        values = dict(zip(model["features"], (row["features"][n] for n in model["features"]), strict=True))
        p = _probability(scorer_model, values)
        key = (row["article"], row["event"])
        if key not in best or p > best[key][0]:
            best[key] = (p, row["label"])
    return list(best.values())


def _probability(model: Any, values: dict[str, float]) -> float:
    z = model.intercept + sum(w * values[name] for w, name in zip(model.weights, values, strict=True))
    return sigmoid(z) * (model.ceiling or 1.0)


def leave_one_source_out(rows: Sequence[dict[str, Any]], names: Sequence[str],
                         calibrate_on: str | None = CALIBRATE_ON) -> dict[str, Any]:
    """How the training command carries to a source it never saw: for each dev source, ``fit`` on the others
    (C, Platt and all) scores that source's events. Per source: events, precision, mean confidence, log loss,
    and the coefficients fitted without it (a feature whose weight swings is carried by that source); pooled:
    the reliability table of every event scored so (``--sources``; about six times a fit)."""
    out: dict[str, Any] = {"sources": {}}
    pooled: list[tuple[float, float]] = []
    for source in sorted({row.get("source", "?") for row in rows}):
        model = fit([r for r in rows if r.get("source", "?") != source], names, calibrate_on=calibrate_on)
        pairs = event_probabilities(model, [r for r in rows if r.get("source", "?") == source])
        pooled += pairs
        out["sources"][source] = {
            "events": len(pairs), "precision": sum(y for _, y in pairs) / len(pairs),
            "mean_confidence": sum(p for p, _ in pairs) / len(pairs),
            "log_loss": _event_log_loss(*_pair_arrays(pairs)), "C": model["fit"]["logistic"]["C"],
            "coefficients": model["coefficients"], "intercept": model["intercept"]}
    out["pooled"] = reliability(pooled)
    out["pooled"]["log_loss"] = _event_log_loss(*_pair_arrays(pooled))
    return out


def across_halves(rows: Sequence[dict[str, Any]], names: Sequence[str]) -> dict[str, Any]:
    """The transfer between the two fixed halves of dev (``benchmarks.realnews.dev_half``): ``fit`` on one half
    (C, Platt and all) scores the other's events. Per direction: events, precision, mean confidence, log loss, and
    the reliability table (``--halves``)."""

    out: dict[str, Any] = {}
    for train, held in (("a", "b"), ("b", "a")):
        model = fit([r for r in rows if dev_half(r["article"]) == train], names)
        pairs = event_probabilities(model, [r for r in rows if dev_half(r["article"]) == held])
        out[f"{train}->{held}"] = _scored(pairs)
    return out


def format_halves(result: dict[str, Any]) -> str:
    return _format_transfers(result, "fit on -> scored", auc=True)


def _format_transfers(result: dict[str, Any], first: str, *, auc: bool) -> str:
    """Markdown: one row per transfer (events, precision, mean confidence, log loss, ECE, [AUC,] bins)."""
    columns = [first, "events", "precision", "mean confidence", "log loss", "ECE"] + ["AUC"] * auc + ["bins (n, gap)"]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for name, t in result.items():
        bins = ", ".join(f"{b['bin']} {b['n']} {b['gap']:+.2f}" for b in t["bins"] if b["n"])
        cells = [name, str(t["n"]), f"{t['precision']:.2f}", f"{t['mean_confidence']:.2f}", f"{t['log_loss']:.3f}",
                 f"{t['ece']:.3f}"] + [f"{t['auc']:.2f}"] * auc + [bins]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _scored(pairs: Sequence[tuple[float, float]]) -> dict[str, Any]:
    """The reliability table of (probability, right) pairs, with their log loss, mean confidence and precision."""
    table = reliability(pairs)
    table["log_loss"] = _event_log_loss(*_pair_arrays(pairs))
    table["mean_confidence"] = sum(p for p, _ in pairs) / len(pairs)
    table["precision"] = sum(y for _, y in pairs) / len(pairs)
    return table


def _pair_arrays(pairs: Sequence[tuple[float, float]]) -> tuple[Any, Any]:
    import numpy as np

    return np.array([p for p, _ in pairs]), np.array([y for _, y in pairs])


def where_to_calibrate(rows: Sequence[dict[str, Any]], names: Sequence[str],
                       units: Sequence[str] = ("source", "family")) -> dict[str, Any]:
    """The choice of ``CALIBRATE_ON``, by transfer: each group of a unit (a dev source; a family: frtb, meantime,
    winer) is scored by ``fit`` on the other groups, with the Platt map fitted on all their events or on their
    ``CALIBRATE_ON`` half's; the held-out group's events are pooled per half (``--where``). The target is the half
    the rules were tuned on least: a map for articles nobody tuned on should be right there."""
    out: dict[str, Any] = {}
    for unit in units:
        def group(row: dict[str, Any], unit: str = unit) -> str:
            source = str(row.get("source", "?"))
            return source.split("-")[0] if unit == "family" else source
        for on in (None, CALIBRATE_ON):
            pooled: dict[str, list[tuple[float, float]]] = {"a": [], "b": []}
            for held in sorted({group(r) for r in rows}):
                model = fit([r for r in rows if group(r) != held], names, calibrate_on=on)
                for half in pooled:
                    pooled[half] += event_probabilities(model, [r for r in rows if group(r) == held
                                                                and dev_half(r["article"]) == half])
            for half, pairs in pooled.items():
                if pairs:
                    out[f"one {unit} left out, map on {on or 'all'}, scored half {half}"] = _scored(pairs)
    return out


def format_where(result: dict[str, Any]) -> str:
    return _format_transfers(result, "transfer", auc=False)


def format_sources(result: dict[str, Any], names: Sequence[str]) -> str:
    """Markdown: one row per left-out source, then the pooled reliability bins."""
    head = "| left out | events | precision | mean confidence | gap | log loss | C | " + " | ".join(names) + " |"
    lines = [head, "|" + "---|" * (7 + len(names))]
    for source, row in result["sources"].items():
        lines.append(f"| {source} | {row['events']} | {row['precision']:.2f} | {row['mean_confidence']:.2f} | "
                     f"{row['precision'] - row['mean_confidence']:+.2f} | {row['log_loss']:.3f} | {row['C']:g} | "
                     + " | ".join(f"{row['coefficients'][n]:+.2f}" for n in names) + " |")
    pooled = result["pooled"]
    bins = ", ".join(f"{b['bin']} {b['n']} {b['gap']:+.2f}" for b in pooled["bins"] if b["n"])
    lines.append(f"\npooled: {pooled['n']} events, log loss {pooled['log_loss']:.3f}, ECE {pooled['ece']:.3f}, "
                 f"AUC {pooled['auc']:.2f}; bins (n, precision - confidence): {bins}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from timeline.extraction.events import scorer

    parser = argparse.ArgumentParser(prog="python -m benchmarks.train_confidence", description=__doc__.splitlines()[0])
    parser.add_argument("--from-table", action="store_true", help=f"fit from {TABLE.name} without re-running dev")
    parser.add_argument("--check", action="store_true",
                        help=f"only say whether {TABLE.name} matches what the pipeline gives on dev today")
    parser.add_argument("--sources", action="store_true",
                        help="only report leave-one-source-out on the stored table (each dev source scored by a fit "
                             "on the others); writes nothing")
    parser.add_argument("--halves", action="store_true",
                        help="only report the transfer between dev halves A and B (a fit on one scores the other) on "
                             "the stored table; writes nothing")
    parser.add_argument("--where", action="store_true",
                        help="only report where the Platt map transfers better (all dev or half "
                             f"{CALIBRATE_ON}), each source / family scored by a fit on the others; writes nothing")
    parser.add_argument("--out", type=Path, default=scorer.MODEL_FILE)
    parser.add_argument("--calibrate-on", choices=("a", "b", "all", BY_SOURCE), default=CALIBRATE_ON or "all",
                        help="where the Platt map is fitted (a candidate: write it with --out elsewhere)")
    parser.add_argument("--with-written", action="store_true",
                        help="fit on the written dev halves' table too (benchmarks/confidence_sources.py --collect)")
    parser.add_argument("--without", nargs="*", default=[], choices=scorer.FEATURES,
                        help="fit without these features (written with weight 0, so the scorer still reads the file)")
    args = parser.parse_args(argv)
    if not (args.from_table or args.sources or args.halves or args.where) and realnews_dir() is None:
        sys.stderr.write("real news not found: set TIMELINE_REALNEWS or place shared/realnews beside the repo "
                         "(or use --from-table to refit from the stored table)\n")
        return 2
    if args.check:
        stale = check_table()
        sys.stdout.write((stale or f"{TABLE.name} is current") + "\n")
        return 1 if stale else 0
    if args.sources:
        sys.stdout.write(format_sources(leave_one_source_out(read_table(), scorer.FEATURES), scorer.FEATURES) + "\n")
        return 0
    if args.where:
        sys.stdout.write(format_where(where_to_calibrate(read_table(), scorer.FEATURES)) + "\n")
        return 0
    if args.halves:
        sys.stdout.write(format_halves(across_halves(read_table(), scorer.FEATURES)) + "\n")
        return 0
    rows = read_table() if args.from_table else collect_table()
    if args.with_written:  # the written dev halves as more sources (benchmarks/confidence_sources.py)
        from benchmarks.confidence_sources import WRITTEN_TABLE
        rows += read_table(WRITTEN_TABLE)
    thin = unsupported(rows, scorer.FEATURES)
    if thin:
        sys.stderr.write(f"too few dev articles to learn: {', '.join(thin)}; drop them from scorer.FEATURES\n")
        return 1
    from benchmarks.keep_threshold import format_choice, gold_counts

    names = [name for name in scorer.FEATURES if name not in args.without]
    model = fit(rows, names, gold_counts("dev"), calibrate_on=None if args.calibrate_on == "all" else args.calibrate_on)
    if args.without:
        model["coefficients"] = {name: model["coefficients"].get(name, 0.0) for name in scorer.FEATURES}
        model["features"], model["without"] = list(scorer.FEATURES), list(args.without)
    broken = [k for k, v in (model["fit"]["properties"] or {}).items() if v is False] if isinstance(
        model["fit"]["properties"], dict) else []
    if broken:
        sys.stderr.write(f"no C of {C_GRID} gives a model that keeps {', '.join(broken)} "
                         "(benchmarks/confidence_fit.py properties); nothing written\n")
        return 1
    args.out.write_text(json.dumps(model, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {args.out} from {len(rows)} dev mentions: C={model['fit']['logistic']['C']}, "
                     f"coefficients {model['coefficients']}, intercept {model['intercept']}\n"
                     f"Platt map fitted on {model['fit']['platt']['on']}; out-of-fold reliability (first seed):\n"
                     f"{format_curves(model['fit']['oof_reliability'])}\n"
                     f"keep/drop threshold (benchmarks/keep_threshold.py):\n{format_choice(model['keep'])}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
