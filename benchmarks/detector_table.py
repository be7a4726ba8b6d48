"""The candidate table of the learned detector (benchmarks/train_detector.py): what the rules keep and what they drop.

For each article of a case the pipeline runs inside ``events.trace.tracing()``; the candidates are

- every event the rules emit (``kept``): its features are those of its first mention's pairing;
- every date the rules drop (``gate`` names why: ``gate_of``, from events/trace.py's record), once per distinct
  (value, precision, end) of the case and only when no kept event has that date: what the detector could add. Its
  predicted row has the date, the type of the nearest trigger of its sentence ('other' when none) and no actor.

Labels are the real-news scorer's (benchmarks/evaluate.py ``match``): the kept events are matched to the gold as
the scorer matches them (1 full date match to a core row, 0.5 partial, 0 spurious, None an optional row); the
dropped candidates are then matched to the core rows no kept event took (an added candidate can only win a row
that is still missed). The features are numbers only; the table holds no text and stays out of the repository.
The rules' own ``confidence`` (events/scorer.py) is no feature: its model was fitted on these dev labels, so out of
fold it would leak them; it is kept aside (``extra``) for comparison.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks import evaluate as ev

GATES: tuple[str, ...] = ("noise", "background", "open_end", "outside", "day_part", "role", "settled", "weak",
                          "unpaired")
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
#: Cue words of the sentence, by language (a bag of a few words for the models, not a rule of the pipeline).
CUES: dict[str, dict[str, re.Pattern[str]]] = {
    "fr": {
        "negation": re.compile(r"\b(?:ne|n'|pas|jamais|aucun|aucune|sans)\b"),
        "modal": re.compile(r"\b(?:pourrai\w*|devrai\w*|devr\w*|pourr\w*|envisag\w*|prevo\w*|compte|souhait\w*)\b"),
        "statement": re.compile(r"\b(?:a (?:dit|declare|indique|affirme|precise|annonce|estime|explique)|selon)\b"),
        "past_aux": re.compile(r"\b(?:a|ont|avait|avaient|est|sont|ete)\b"),
    },
    "en": {
        "negation": re.compile(r"\b(?:not|no|never|without)\b|n't\b"),
        "modal": re.compile(r"\b(?:will|would|could|may|might|should|plans?|expected|intends?)\b"),
        "statement": re.compile(r"\b(?:said|says|told|stated|according to|announced|reported)\b"),
        "past_aux": re.compile(r"\b(?:was|were|had|has|have|did)\b|\w+ed\b"),
    },
}


#: The trace's names of step 3's first gates (events/__init__.py ``_event_dates``) -> the table's; 'role:<name>'
#: (a gate of events/date_roles.py) is 'role'.
_STEP3 = {"noise": "noise", "background_year": "background", "open_end": "open_end", "outside_sentence": "outside",
          "day_part": "day_part"}


@dataclass
class PageTrace:
    """One article as the table reads events/trace.py's record of it."""

    article: Any
    page: Any
    dates: list[Any]
    gates: dict[int, str]
    """Date start -> the gate that dropped it (``GATES``); a date absent here dates some pairing of the rules."""
    triggers_by_sentence: dict[int, list[Any]]
    protos: list[Any]
    final: dict[str, tuple[Any, ...]]


def gate_of(record: dict[str, Any], start: int, dating: set[int]) -> str:
    """Why the date at ``start`` dates no pairing ('' when it dates one): a gate of step 3 as the trace names it,
    else 'settled' (given way within its sentence: a statement's day beside the date of what it announces, a list
    joined into a range), 'weak' (too weak a reading) or 'unpaired' (no trigger or predicate took it)."""
    step3 = record["gates"].get(start)
    if step3 is not None:
        return _STEP3.get(step3, "role" if step3.startswith("role") else step3)
    if start in dating:
        return ""
    return "settled" if start not in record["eligible"] else "weak" if start in record["weak"] else "unpaired"


def page_trace(record: dict[str, Any]) -> PageTrace:
    """The table's view of one article's trace record (events/trace.py)."""
    dating = {p.date.start for p in record["protos"]}
    gates = {d.start: gate for d in record["dates"] if (gate := gate_of(record, d.start, dating))}
    page = record["page"]
    return PageTrace(page.article, page, record["dates"], gates, record["triggers"], record["protos"],
                     record["final"])


@dataclass
class Candidate:
    """One row of the table: a kept event or a dropped date, its predicted row, features and outcome."""

    case: str
    lang: str
    kept: bool
    gate: str
    """'' for a kept event, else the gate that dropped the date."""
    predicted: ev.Predicted
    features: dict[str, float]
    label: float | None = None
    group: str = ""
    """The unit of cross-validation (the case)."""
    extra: dict[str, Any] = field(default_factory=dict)


def _words(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def _nearest(page: Any, sentence_index: int, start: int, end: int, triggers: Sequence[Any]) -> tuple[Any, int]:
    """The trigger of the sentence nearest to a span, and the words between them (99 when none)."""
    best, gap = None, 99
    sentence = page.sentences[sentence_index]
    for t in triggers:
        lo, hi = (t.end, start) if t.end <= start else (end, t.start)
        words = _words(page.text[max(lo, sentence.start) : max(hi, sentence.start)]) if hi > lo else 0
        if words < gap:
            best, gap = t, words
    return best, gap


def features(page: Any, date: Any, sentence_index: int, trace: Any, kept: bool, gate: str,
             event: Any = None) -> dict[str, float]:
    """The numbers a model sees of one candidate (see the module docstring)."""
    from timeline.lang import fold

    lang = page.article.lang if page.article.lang in CUES else "en"
    sentence = page.sentences[sentence_index] if sentence_index >= 0 else None
    folded = fold(sentence.text) if sentence is not None else ""
    triggers = trace.triggers_by_sentence.get(sentence_index, []) if sentence is not None else []
    near, gap = _nearest(page, sentence_index, date.start, date.end, triggers) if triggers else (None, 99)
    in_sentence = [d for d in trace.dates if sentence is not None and sentence.start <= d.start < sentence.end]
    reference = page.reference
    days = (date.value - reference).days if isinstance(reference, dt.date) else 0
    story = page.sentence_story[sentence_index] if sentence_index >= 0 else 0
    out = {
        "kept": float(kept),
        **{f"gate_{g}": float(gate == g) for g in GATES},
        **{f"precision_{p}": float(date.precision == p) for p in PRECISIONS},
        "range": float(date.end_value is not None and date.end_value > date.value),
        "date_confidence": max(0.0, min(1.0, date.confidence)),
        "relative": float(bool(date.relative)),
        "has_time": float(bool(date.time)),
        "open_since_until": float(date.open_end in ("since", "until")),
        "future": float(days > 0),
        "days_log": math.copysign(math.log1p(abs(days)), days) / 8.0,
        "story_day": float(abs(days) <= 1),
        "same_week": float(abs(days) <= 7),
        "headline": float(sentence_index in page.headlines.values()),
        "lead": float(sentence_index in page.lead_set),
        "position": sentence_index / max(1, len(page.sentences)),
        "first_three": float(0 <= sentence_index < 3),
        "dates_in_sentence": min(5, len(in_sentence)) / 5.0,
        "dates_in_article": math.log1p(len(trace.dates)) / 4.0,
        "other_story": float(story > 0),
        "triggers": min(5, len(triggers)) / 5.0,
        "near": 1.0 / (1.0 + gap / 4.0) if near is not None else 0.0,
        "trigger_verb": float(near is not None and near.kind == "verb"),
        "trigger_typed": float(near is not None and near.event_type != "other"),
        "trigger_excluded": float(near is not None and near.excluded),
        "trigger_generic": float(near is not None and near.generic),
        "trigger_subordinate": float(near is not None and near.subordinate),
        "trigger_framed": float(near is not None and near.framed),
        "sentence_words": min(60, _words(sentence.text)) / 60.0 if sentence is not None else 0.0,
        "lang_en": float(page.article.lang == "en"),
        **{f"cue_{name}": float(bool(pattern.search(folded))) for name, pattern in CUES[lang].items()},
        "events_in_article": math.log1p(len(trace.protos)) / 3.0,
    }
    out["mentions"] = min(4, len(event.evidence)) / 4.0 if event is not None else 0.0
    out["actors"] = float(bool(event.actors)) if event is not None else 0.0
    out["type_other"] = float(event.event_type == "other") if event is not None else float(
        near is None or near.event_type == "other")
    out["status_planned"] = float(event is not None and event.status != "held")
    return out


def _sentence_of(page: Any, start: int) -> int:
    import bisect

    return bisect.bisect_right([s.start for s in page.sentences], start) - 1


def case_candidates(name: str, gold: Sequence[ev.GoldEvent], run: Any) -> list[Candidate]:
    """The candidates of one case: ``run()`` runs the pipeline (inside tracing) and returns its result."""
    from timeline.extraction.events import trace as detect_trace

    with detect_trace.tracing() as records:
        result = run()
    by_article = {article_id: page_trace(r) for article_id, r in records.items() if r["page"] is not None}
    protos = {}  # mention id -> (its article's trace, its pairing)
    for t in by_article.values():
        pairing = {(p.date.start, p.trigger.start): p for p in t.protos}
        protos |= {mention_id: (t, pairing[told[:2]]) for mention_id, told in t.final.items()}
    rows: list[Candidate] = []
    for event in result.events:
        first = next((protos[m.mention_id] for m in result.mentions
                      if m.event_id == event.event_id and m.mention_id in protos), None)
        if first is None:
            continue  # an event of the article's own date (no pairing): not traced
        t, proto = first
        f = features(t.page, proto.date, proto.sentence_index, t, True, "", event)
        rows.append(Candidate(name, event.lang, True, "", ev.from_event(event), f, group=name,
                              extra={"confidence": event.confidence}))
    kept_dates = {(e.date, e.precision) for e in result.events}
    rows += _dropped(name, by_article, kept_dates)
    _label(gold, rows)
    return rows


def _dropped(name: str, by_article: dict[str, Any], kept_dates: set[tuple[dt.date, str]]) -> list[Candidate]:
    rows: list[Candidate] = []
    seen = set(kept_dates)
    for t in by_article.values():
        page = t.page
        for date in t.dates:
            gate = t.gates.get(date.start)
            key = (date.value, date.precision)
            if not gate or key in seen:
                continue
            seen.add(key)
            i = _sentence_of(page, date.start)
            triggers = t.triggers_by_sentence.get(i, []) if i >= 0 else []
            near = _nearest(page, i, date.start, date.end, triggers)[0] if triggers else None
            end = date.end_value if date.end_value is not None and date.end_value > date.value else None
            predicted = ev.Predicted(date=date.value, end_date=end, precision=date.precision,
                                     type=near.event_type if near is not None else "other", status="held",
                                     actors=(), sources=(t.article.id,), title="", lang=t.article.lang)
            rows.append(Candidate(name, t.article.lang, False, gate, predicted,
                                  features(page, date, i, t, False, gate), group=name))
    return rows


def _label(gold: Sequence[ev.GoldEvent], rows: list[Candidate]) -> None:
    kept = [r for r in rows if r.kept]
    dropped = [r for r in rows if not r.kept]
    for r in rows:
        r.label = 0.0
    taken = set()
    for gi, pi, kind in ev.match(gold, [r.predicted for r in kept]):
        kept[pi].label = None if gold[gi].optional else (1.0 if kind == "full" else 0.5)
        taken.add(gi)
    left = [g for gi, g in enumerate(gold) if gi not in taken]
    for gi, pi, kind in ev.match(left, [r.predicted for r in dropped]):
        dropped[pi].label = None if left[gi].optional else (1.0 if kind == "full" else 0.5)
