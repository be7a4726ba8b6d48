"""The confidence of an event mention: a small logistic model over what the pipeline knows of it.

``confidence`` is the probability that the mention tells a real, rightly dated event (the precision
of benchmarks/realnews_events.py: a match to a core gold row; a partial date match counts half).
The model was fitted on the real-news dev split by ``python -m benchmarks.train_confidence``
(regularised logistic regression with the date weights bounded below, then a Platt rescaling with a fitted
ceiling, fitted on the out-of-fold scores of the events of the dev half the rules were tuned on least, an event
scored by its best mention: see ``CALIBRATE_ON`` there and benchmarks/confidence_fit.py); only its coefficients
and ceiling ship, in
``confidence_model.json`` beside this module, and they are applied here in pure Python: nothing
imports scikit-learn at run time.

``features`` is the one place that turns a pairing (``_Proto``) into the model's inputs; the file's
``features`` list must name exactly ``FEATURES`` (tests/test_scorer.py checks it, and ``load_model``
refuses a file that disagrees).

``recording()`` lets the training and calibration benchmarks see every mention scored inside it
(its pairing, features and probability); outside it nothing is kept.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.vocabulary import Rules

MODEL_FILE = Path(__file__).with_name("confidence_model.json")

#: The model's inputs, in the file's order, each a number in [0, 1] (see ``features``). Kept by the log loss of
#: the events' confidence on the dev split, each dev source (French TimeBank, WiNER 2016, WiNER 2017, MEANTIME's
#: three dev subcorpora) scored by a model fitted on the other five, and each fixed dev half scored by a model
#: fitted on the other (docs/BENCHMARKS.md, "Confidence, round seven" and "round ten"), among those seen in enough
#: dev articles (benchmarks/train_confidence.py ``support``).
FEATURES: tuple[str, ...] = (
    "date_precision",   # day 1.0, week 0.8, month 0.6, year 0.3
    "date_confidence",  # the date engine's own confidence (a guessed year or a weekday mismatch lower it)
    "near",             # trigger and date in one sentence, few words apart: 1 / (1 + words between / 4), else 0
    "verb",             # the trigger is a verb ("signed on Monday"), not a noun ("the summit of 3 May")
    "crowd",            # 1 / the article's event mentions (capped at CROWD_CAP): one news item tells few events
)
#: Left out: ``has_actors`` (some actor was found; the hand-set baseline still reads it): since an event with no
#: actor in its sentence takes its story's headline's (round six), events with no actor occur in too few dev
#: articles to learn from (7 of 204; ``benchmarks/train_confidence.py`` ``MIN_ARTICLES``). ``typed`` (the trigger
#: names a type, not 'other'; rounds three to six): its effect changes sign from one dev source to the next, and a
#: source scored by a model fitted on the others is scored better without it (round seven). ``early`` (in the first
#: three sentences, the lead; rounds three to nine): without it the transfer is better every way it was measured in
#: round ten (fit on dev half A scoring half B and the reverse, article folds, each dev source scored by a fit on the
#: others: log loss 0.306 against 0.310, ECE 0.015 against 0.031; docs/BENCHMARKS.md, "Confidence, round ten").

#: ``crowd`` counts at most this many mentions (the most in one dev article is 11): an article with more is read
#: as the most crowded dev article, not beyond what the model was fitted on.
CROWD_CAP = 12

#: Bounds of a shipped probability: the model is fitted on a few hundred mentions, never certain.
FLOOR, CEILING = 0.01, 0.99

PRECISION_VALUE = {"day": 1.0, "week": 0.8, "month": 0.6, "year": 0.3}



@dataclass(frozen=True)
class Scored:
    """One mention as the model saw it (kept only inside ``recording()``, for the benchmarks)."""

    rules: Rules
    proto: _Proto
    has_actors: bool
    mentions: int
    """The event mentions of its article (``crowd``)."""
    features: dict[str, float]
    probability: float


_RECORDER: contextvars.ContextVar[tuple[list[Scored], bool] | None] = contextvars.ContextVar(
    "timeline_confidence_recorder", default=None)
"""The sink of ``recording()`` and whether it wants the features only (no model read)."""

#: The probability given inside ``recording(features_only=True)``, where no model is read.
UNSCORED = 0.5


class ModelError(ValueError):
    """The shipped model file is missing, malformed, or does not match ``FEATURES``."""


def logistic(z: float) -> float:
    """1 / (1 + exp(-z)), computed without overflow for a large negative ``z``."""
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


@dataclass(frozen=True)
class Model:
    """A logistic model: p = ceiling / (1 + exp(-(intercept + sum(weight * feature)))), bounded by FLOOR and
    CEILING and rounded. A model file with a fitted ``ceiling`` (under CEILING) has no plateau: a lower score gives
    a lower probability everywhere; without one (older files) the probability is clipped at CEILING."""

    weights: tuple[float, ...]
    intercept: float
    ceiling: float | None = None

    def probability(self, values: Mapping[str, float]) -> float:
        z = self.intercept + sum(w * values[name] for w, name in zip(self.weights, FEATURES, strict=True))
        p = logistic(z)
        if self.ceiling is not None:
            p *= self.ceiling
        return round(min(CEILING, max(FLOOR, p)), 3)


def model_of(data: Mapping[str, Any]) -> Model:
    """The scorer of a model as plain data (the file's ``coefficients`` in its ``features`` order, ``intercept``
    and, if fitted, ``ceiling``); the names are not checked here (``read_model`` does)."""
    weights = tuple(float(data["coefficients"][name]) for name in data["features"])
    ceiling = data.get("ceiling")
    return Model(weights, float(data["intercept"]), None if ceiling is None else float(ceiling))


def read_model(path: Path = MODEL_FILE) -> Model:
    """The model of a file written by benchmarks/train_confidence.py; ModelError names the file and the fix."""
    fix = "re-create it with `python -m benchmarks.train_confidence`"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = list(data["features"])
        model = model_of(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: not a confidence model ({exc}); {fix}") from exc
    if tuple(names) != FEATURES:
        raise ModelError(f"{path}: features {names} differ from the code's {list(FEATURES)}; {fix}")
    if not all(math.isfinite(w) for w in (*model.weights, model.intercept)):
        raise ModelError(f"{path}: a coefficient is not a finite number; {fix}")
    if model.ceiling is not None and not FLOOR < model.ceiling <= CEILING:
        raise ModelError(f"{path}: ceiling {model.ceiling} is outside ({FLOOR}, {CEILING}]; {fix}")
    return model


@functools.lru_cache(maxsize=1)
def load_model() -> Model:
    """The shipped model, read once per process."""
    return read_model(MODEL_FILE)


def _words(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def features(rules: Rules, proto: _Proto, mentions: int = 1) -> dict[str, float]:
    """The model's inputs for one pairing, one of ``mentions`` event mentions of its article (deterministic: the
    same pairing in the same article gives the same values; other articles of a batch do not count)."""
    trigger, date, sentence = proto.trigger, proto.date, proto.sentence
    same_sentence = sentence.start <= date.start < sentence.end and not proto.inherited
    near = 0.0
    if same_sentence and sentence.start <= trigger.start < sentence.end:
        lo, hi = (trigger.end, date.start) if trigger.end <= date.start else (date.end, trigger.start)
        gap = _words(sentence.text[max(0, lo - sentence.start) : max(0, hi - sentence.start)])
        near = 1.0 / (1.0 + gap / 4.0)
    return {
        "date_precision": PRECISION_VALUE.get(date.precision, 0.3),
        "date_confidence": max(0.0, min(1.0, date.confidence)),
        "near": round(near, 6),
        "verb": float(trigger.kind == "verb"),
        "crowd": round(1.0 / min(CROWD_CAP, max(1, mentions)), 6),
    }


def confidence(rules: Rules, proto: _Proto, has_actors: bool, mentions: int = 1) -> float:
    """The probability that this pairing, one of its article's ``mentions`` event mentions, is a real, rightly
    dated event (recorded when ``recording()``)."""
    values = features(rules, proto, mentions)
    recorder = _RECORDER.get()
    probability = UNSCORED if recorder is not None and recorder[1] else load_model().probability(values)
    if recorder is not None:
        recorder[0].append(Scored(rules, proto, has_actors, mentions, values, probability))
    return probability


@contextlib.contextmanager
def recording(features_only: bool = False) -> Iterator[list[Scored]]:
    """Collect every mention scored inside the block (what benchmarks/calibration.py trains and measures on).

    ``features_only``: the model file is not read and every probability is ``UNSCORED``; training uses it, so a
    model file that no longer matches ``FEATURES`` can be re-created."""
    sink: list[Scored] = []
    token = _RECORDER.set((sink, features_only))
    try:
        yield sink
    finally:
        _RECORDER.reset(token)
