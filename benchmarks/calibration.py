"""How well ``confidence`` is calibrated on real news: the learned model against the old hand-set weights.

    python -m benchmarks.calibration [--split test|dev|both] [--bins 5] [--json] [--also candidate.json ...]

Each annotated real-news article (benchmarks/realnews_events.py) goes through the pipeline inside
``scorer.recording()``, which keeps the features of every mention. An event's outcome is the real-news
scorer's: matched to a core gold row with a full date match 1, a partial match 0.5 (as precision
counts it), unmatched 0; an event matched to an optional ("borderline") row counts for neither and is
left out, as precision leaves it out. Its confidence is that of the pipeline (the best of its
mentions'), and the hand-set score of the previous rounds is recomputed from the same features
(``handset``) for the side-by-side.

Reliability table per bin of confidence: events, mean confidence, observed precision, their gap, a 95%
Wilson interval of the precision and a 95% interval of the gap from resampling whole articles
(``bootstrap_gaps``, seeded); ECE = sum over bins of (events in bin / events) * |gap|.
``collect`` is also what benchmarks/train_confidence.py trains on (dev split only).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev
from benchmarks import realnews_events as rn
from benchmarks.realnews import SPLITS, realnews_dir

#: The hand-set weights gave ``confidence`` before the learned model (events/status.py until this round):
#: an inherited date kept this share of the score, and the date's precision counted this much.
HANDSET_INHERITED = 0.8
HANDSET_PRECISION = {"day": 1.0, "week": 0.8, "month": 0.6, "year": 0.3}
HANDSET_STRENGTH = {"noun": 1.0, "verb": 0.8, "other": 0.4}
"""Was ``strength`` in lang/*/triggers.yaml (the same in both languages), read only by the hand-set confidence."""
FEW = 10
"""A bin with fewer events than this is marked "few" in the tables: its precision's 95% interval spans 0.3 or more."""


@dataclass
class EventRow:
    """One predicted event of one article, with its outcome and its mentions' features."""

    split: str
    article: str
    lang: str
    source: str
    """Where the article comes from (``source_of``): French TimeBank, WiNER by year, MEANTIME by subcorpus."""
    label: float | None
    """1 (full match to a core row), 0.5 (partial), 0 (spurious), None (matched an optional row)."""
    confidence: float
    """What the pipeline gave the event."""
    mentions: list[dict[str, Any]] = field(default_factory=list)
    """Per mention: its model ``features``, ``probability`` and ``handset`` score."""


def handset(proto: Any, has_actors: bool) -> float:
    """The previous rounds' hand-set confidence of a mention (events/status.py ``_confidence`` until this round)."""
    strength = HANDSET_STRENGTH.get(proto.trigger.kind, 0.8)
    if proto.trigger.event_type == "other":
        strength = HANDSET_STRENGTH["other"]
    score = (0.3 + 0.25 * strength + 0.15 * has_actors
             + 0.15 * HANDSET_PRECISION.get(proto.date.precision, 0.3)
             + 0.1 * (proto.trigger.framed or proto.trigger.np_end - proto.trigger.np_start > 25)
             + 0.05 * (proto.story == 0))
    score *= max(0.0, min(1.0, proto.date.confidence)) * (HANDSET_INHERITED if proto.inherited else 1.0)
    return round(max(0.05, min(0.99, score)), 3)


def source_of(record: dict[str, Any]) -> str:
    """The article's source, the unit of leave-one-source-out: 'frtb', 'winer-<year>' or 'meantime-<subcorpus>'.
    Dev holds six (frtb, winer-2016, winer-2017, meantime-airbus, -apple, -gm); test three others' articles."""
    ident = str(record.get("id", ""))
    if ident.startswith("winer"):
        return "winer-" + str(record.get("published", ""))[:4]
    if ident.startswith("meantime"):
        return "meantime-" + str(record.get("origin", {}).get("subcorpus", "")).removeprefix("corpus_")
    return ident.split("-")[0]


def _outcomes(case: ev.Case, preds: Sequence[ev.Predicted]) -> list[float | None]:
    """Per predicted event: 1 / 0.5 / 0 / None (see the module docstring), by the scorer's own matching."""
    out: list[float | None] = [0.0] * len(preds)
    for gi, pi, kind in ev.match(case.events, preds):
        out[pi] = None if case.events[gi].optional else (1.0 if kind == "full" else 0.5)
    return out


def collect(splits: Sequence[str] = ("dev",), features_only: bool = False) -> list[EventRow]:
    """Run the pipeline over every annotated article of the splits; one EventRow per predicted event
    (``features_only``: without reading the model, as training does; every confidence is then the same)."""
    from timeline.extraction.events import scorer
    from timeline.extraction.events.spans import _stable_id
    from timeline.extraction.pipeline import extract

    rows: list[EventRow] = []
    for real in rn.load_real_cases(splits):
        articles, options = rn.read_record(real.record)
        with scorer.recording(features_only) as sink:
            result = extract(articles, options)
        ids = {m.article_id for m in result.mentions}
        by_id = {_stable_id(a, s.proto.date.start, s.proto.trigger.start):
                 {"features": s.features, "probability": s.probability,
                  "handset": handset(s.proto, s.has_actors)} for a in ids for s in sink}
        outcomes = _outcomes(real.case, [ev.from_event(e) for e in result.events])
        for event, label in zip(result.events, outcomes, strict=True):
            members = [by_id[m.mention_id] for m in result.mentions if m.event_id == event.event_id]
            rows.append(EventRow(real.split, real.case.name, event.lang, source_of(real.record), label,
                                 event.confidence, members))
    return rows


# --------------------------------------------------------------------------- reliability


def wilson(successes: float, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson interval of a proportion (successes may be fractional: partial matches count half)."""
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def reliability(pairs: Sequence[tuple[float, float]], bins: int = 5) -> dict[str, Any]:
    """(confidence, outcome) pairs -> per-bin table (equal widths over [0, 1]), ECE, Brier score, and totals."""
    table = []
    n = len(pairs)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, y) for c, y in pairs if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if not inside:
            table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": 0})
            continue
        mean_c = sum(c for c, _ in inside) / len(inside)
        observed = sum(y for _, y in inside) / len(inside)
        ece += len(inside) / n * abs(observed - mean_c)
        low, high = wilson(sum(y for _, y in inside), len(inside))
        table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(inside), "confidence": mean_c, "precision": observed,
                      "gap": observed - mean_c, "low": low, "high": high})
    brier = sum((c - y) ** 2 for c, y in pairs) / n if n else None
    return {"bins": table, "ece": ece if n else None, "brier": brier, "auc": auc(pairs), "n": n,
            "precision": sum(y for _, y in pairs) / n if n else None,
            "mean_confidence": sum(c for c, _ in pairs) / n if n else None}


def auc(pairs: Sequence[tuple[float, float]]) -> float | None:
    """How often a right event outranks a wrong one (ties count half; a partial outcome is half of each)."""
    right = [(c, y) for c, y in pairs if y > 0]
    wrong = [(c, 1 - y) for c, y in pairs if y < 1]
    total = sum(wr for _, wr in right) * sum(ww for _, ww in wrong)
    if not total:
        return None
    won = sum(wr * ww * (1.0 if cr > cw else 0.5 if cr == cw else 0.0) for cr, wr in right for cw, ww in wrong)
    return won / total


BOOTSTRAP_DRAWS = 2000
"""Resamples of ``bootstrap_gaps`` (seeded: the same events give the same intervals)."""


def bootstrap_gaps(triples: Sequence[tuple[str, float, float]], bins: int = 5, draws: int = BOOTSTRAP_DRAWS,
                   seed: int = 0) -> list[tuple[float, float] | None]:
    """Per bin, a 95% interval of its gap (precision - mean confidence) over resamples of whole articles
    (article, confidence, outcome): events of one article are right or wrong together more often than apart, so
    the article is what is drawn. None for a bin that holds no event. A bin whose interval spans more than
    -0.05..+0.05 cannot show "within 0.05" with this many events, whatever the model."""
    import random

    by_article: dict[str, list[tuple[float, float]]] = {}
    for article, c, y in triples:
        by_article.setdefault(article, []).append((c, y))
    articles = sorted(by_article)
    rng = random.Random(seed)
    samples: list[list[float]] = [[] for _ in range(bins)]
    for _ in range(draws):
        totals = [[0, 0.0, 0.0] for _ in range(bins)]
        for article in rng.choices(articles, k=len(articles)):
            for c, y in by_article[article]:
                b = _bin(c, bins)
                totals[b][0] += 1
                totals[b][1] += c
                totals[b][2] += y
        for b, (n, sum_c, sum_y) in enumerate(totals):
            if n:
                samples[b].append((sum_y - sum_c) / n)
    out: list[tuple[float, float] | None] = []
    for values in samples:
        if not values:
            out.append(None)
            continue
        values.sort()
        out.append((values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))]))
    return out


def _bin(c: float, bins: int) -> int:
    """The bin of a confidence, as ``reliability`` draws them (equal widths; 1.0 in the last)."""
    return next((b for b in range(bins) if b / bins <= c < (b + 1) / bins), bins - 1 if c >= 1.0 else 0)


def event_triples(rows: Sequence[EventRow], who: str) -> list[tuple[str, float, float]]:
    """(article, confidence, outcome) of the scored events (see ``event_pairs``)."""
    pairs = event_pairs(rows, who)
    return [(row.article, c, y) for row, (c, y) in zip([r for r in rows if r.label is not None], pairs, strict=True)]


def event_pairs(rows: Sequence[EventRow], who: str) -> list[tuple[float, float]]:
    """(event confidence, outcome) for the scored events: 'model' is the pipeline's, 'handset' the old weights'."""
    out = []
    for row in rows:
        if row.label is None:
            continue
        if who == "model":
            out.append((row.confidence, row.label))
        else:
            out.append((max(m["handset"] for m in row.mentions), row.label))
    return out


def candidate_pairs(rows: Sequence[EventRow], path: Path) -> list[tuple[float, float]]:
    """(event confidence, outcome) under another model file of train_confidence's format (``--also``): each event's
    best mention's probability from its recorded features, as the scorer would give it with that file shipped."""
    from timeline.extraction.events import scorer

    model = scorer.read_model(path)
    return [(max(model.probability(m["features"]) for m in row.mentions), row.label)
            for row in rows if row.label is not None]


def report(splits: Sequence[str], bins: int, also: Sequence[Path] = ()) -> dict[str, Any]:
    rows = collect(splits)
    result: dict[str, Any] = {"date": dt.date.today().isoformat(), "load": _load(), "bins": bins}
    for split in splits:
        mine = [r for r in rows if r.split == split]
        result[split] = {who: reliability(event_pairs(mine, who), bins) for who in ("model", "handset")}
        result[split]["also"] = {str(path): reliability(candidate_pairs(mine, path), bins) for path in also}
        for who in ("model", "handset"):
            gaps = bootstrap_gaps(event_triples(mine, who), bins)
            for row, interval in zip(result[split][who]["bins"], gaps, strict=True):
                if row["n"] and interval is not None:
                    row["gap_low"], row["gap_high"] = interval
        result[split]["left_out_optional"] = sum(r.label is None for r in mine)
    return result


def _load() -> str:
    try:
        with open("/proc/loadavg", encoding="ascii") as handle:
            return " ".join(handle.read().split()[:3])
    except OSError:
        return "unknown"


def _cell(value: Any, fmt: str = "{:.2f}") -> str:
    return "–" if value is None else fmt.format(value)


def format_table(result: dict[str, Any], split: str) -> str:
    """Markdown: one row per bin, the learned model and the hand-set weights side by side."""
    model, old = result[split]["model"], result[split]["handset"]
    lines = [f"**{split}** — learned model: {model['n']} events, precision {_cell(model['precision'])}, "
             f"mean confidence {_cell(model['mean_confidence'])}, ECE **{_cell(model['ece'], '{:.3f}')}**, "
             f"Brier {_cell(model['brier'], '{:.3f}')}, AUC {_cell(model['auc'])}; "
             f"hand-set: mean confidence {_cell(old['mean_confidence'])}, "
             f"ECE **{_cell(old['ece'], '{:.3f}')}**, Brier {_cell(old['brier'], '{:.3f}')}, AUC {_cell(old['auc'])}",
             "",
             "| bin | model n | model confidence | model precision (95% interval) | gap (95% by article) "
             "| hand-set n | hand-set confidence | hand-set precision (95% interval) | gap (95% by article) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for new, was in zip(model["bins"], old["bins"], strict=True):
        cells = [new["bin"]]
        for row in (new, was):
            if not row["n"]:
                cells += ["0", "–", "–", "–"]
                continue
            cells += [f"{row['n']} (few)" if row["n"] < FEW else str(row["n"]), _cell(row["confidence"]),
                      f"{row['precision']:.2f} ({row['low']:.2f}-{row['high']:.2f})", _gap_cell(row)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _gap_cell(row: dict[str, Any]) -> str:
    if "gap_low" not in row:
        return f"{row['gap']:+.2f}"
    return f"{row['gap']:+.2f} ({row['gap_low']:+.2f} to {row['gap_high']:+.2f})"


def marks(row: Mapping[str, Any], width: int = 50) -> str:
    """One bin of a reliability curve: '|' at its mean confidence, 'o' at its observed precision, '@' both."""
    cells = [" "] * (width + 1)
    cells[round(row["confidence"] * width)] = "|"
    at = round(row["precision"] * width)
    cells[at] = "@" if cells[at] == "|" else "o"
    return "".join(cells)


def curve(result: dict[str, Any], split: str, width: int = 50) -> str:
    """An ASCII reliability curve: one line per bin, '|' at the bin's mean confidence, 'o' at its observed
    precision ('@' when both fall on the same column: on the diagonal)."""
    lines = [f"{split}: 0 {'.' * (width - 3)} 1   (| mean confidence, o observed precision, @ both)"]
    for who, name in (("model", "model   "), ("handset", "hand-set")):
        for row in result[split][who]["bins"]:
            if not row["n"]:
                continue
            few = " few events" if row["n"] < FEW else ""
            lines.append(f"{name} {row['bin']} n={row['n']:>3} [{marks(row, width)}]{few}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.calibration", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "both"), default="both")
    parser.add_argument("--bins", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--also", type=Path, nargs="*", default=[],
                        help="other model files (train_confidence's format) scored on the same events, one line each")
    args = parser.parse_args(argv)
    if realnews_dir() is None:
        sys.stderr.write("real news not found: set TIMELINE_REALNEWS or place shared/realnews beside the repo\n")
        return 2
    splits = SPLITS if args.split == "both" else (args.split,)
    result = report(splits, args.bins, args.also)
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return 0
    sys.stdout.write(f"`python -m benchmarks.calibration --split {args.split} --bins {args.bins}`, "
                     f"{result['date']}, load {result['load']}, pid {os.getpid()}\n\n")
    for split in splits:
        sys.stdout.write(format_table(result, split) + "\n\n```\n" + curve(result, split) + "\n```\n\n")
        for path, table in result[split]["also"].items():
            bins = ", ".join(f"{b['bin']} {b['n']} {b['confidence']:.2f}/{b['precision']:.2f} {b['gap']:+.2f}"
                             for b in table["bins"] if b["n"])
            sys.stdout.write(f"{split}, also {path}: ECE {table['ece']:.3f}, AUC {_cell(table['auc'])}; "
                             f"bins (n, confidence/precision, gap): {bins}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
