"""Calibrate ``confidence`` on text the rules were not tuned on: the written batches' test halves (issue 13).

    python -m benchmarks.written_confidence --collect   # run the pipeline on the test halves of a-i, write the table
    python -m benchmarks.written_confidence --check     # is the stored table what the pipeline gives today?
    python -m benchmarks.written_confidence --lobo      # each map's form, each batch scored by a fit on the others
    python -m benchmarks.written_confidence --apply [--form shift|platt] [--model FILE]  # the map into the model file

Why. The ranking model (benchmarks/train_confidence.py) learns from real-news dev, where every rule was tuned: dev
events are about 0.91 right, unseen text about 0.70, so a map fitted on dev is over-confident on unseen text by
construction, and no split of dev shows the shift (docs/BENCHMARKS.md, "Confidence across sources, round fifteen").
The test halves of the written batches (benchmarks/written*/test) were written by other helpers and never read by
anyone developing rules: their events' outcomes are labels of that shift. **They are used here for the calibration
map only** (they stay test halves for events and dates: no row, sentence or text of theirs is printed or stored;
the table holds numbers: batch, case number, event number, sources, outcome, the model's features). Batch j, and
any batch written after the map was fitted, stays out (``BATCHES``).

What. Each scored event's best mention has the shipped model's logit s (``intercept + coefficients . features``);
the map turns it into ``a * s + c`` (``FORMS``: ``shift`` fits c with a = 1, ``platt`` fits both), and the event's
confidence is then what the pipeline gives: its best mention's probability (bounded and rounded as
events/scorer.py does) plus ``merge_events.SOURCE_BONUS`` per extra article. The weights' ratios (the ranking) do
not move: the shipped file's coefficients are multiplied by a and c is added to its intercept. Outcomes as
benchmarks/calibration.py counts them: 1 full match of a core row, 0.5 partial, 0 spurious, optional rows left out.
The form is chosen by leave-one-batch-out (each batch scored by a map fitted on the other batches), never on
real-news test.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev

TABLE = ev.ROOT / "benchmarks" / "written_confidence_test.jsonl"
BATCHES: tuple[str, ...] = ("a", "b", "c", "d", "e", "f", "g", "h", "i")
"""The batches whose test halves fit the map (j, written in round sixteen, stays out entirely)."""
SPLIT = "test"
FORMS: tuple[str, ...] = ("none", "shift", "platt")
"""``none``: the shipped map; ``shift``: a = 1, c fitted (one number); ``platt``: a and c fitted."""
FORM = "shift"
"""The form ``--apply`` writes by default (the one number). Round sixteen's ``--lobo`` shipped no map: on the written
test halves the dev map is already within 0.02 (precision 0.84, mean confidence 0.82), and a fitted map raised the
leave-one-batch-out log loss (docs/BENCHMARKS.md, "Confidence on unseen written text, round sixteen")."""
BINS = 5


# --------------------------------------------------------------------------- collect


def collect(batches: Sequence[str] = BATCHES, split: str = SPLIT) -> list[dict[str, Any]]:
    """Run the pipeline on each case of the batches' split as the written scorer does; one row per mention of a
    scored event: batch, case number, event number, the event's sources, its outcome and the mention's features."""
    from benchmarks.calibration import _outcomes
    from benchmarks.written_set import BLIND, load_split
    from timeline.extraction.events import scorer
    from timeline.extraction.events.spans import _stable_id
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    model = scorer.load_model()
    rows: list[dict[str, Any]] = []
    for batch in batches:
        if (split == SPLIT and batch not in BATCHES) or batch in BLIND:  # a dev half of a read batch is dev
            raise ValueError(f"batch {batch!r} is not one the map may be fitted on: {BATCHES}")
        for number, case in enumerate(load_split(split, batch)):
            options = Options(reference_date=case.fallback_reference, today=case.run_date)
            with scorer.recording() as sink:
                result = extract(list(case.inputs), options)
            ids = {m.article_id for m in result.mentions}
            found: dict[str, list[dict[str, float]]] = {}
            for s in sink:
                for article in ids:
                    found.setdefault(_stable_id(article, s.proto.date.start, s.proto.trigger.start), []).append(
                        s.features)
            outcomes = _outcomes(case, [ev.from_event(e) for e in result.events])
            for index, (event, label) in enumerate(zip(result.events, outcomes, strict=True)):
                if label is None:
                    continue
                for mention in (m for m in result.mentions if m.event_id == event.event_id):
                    # the same offsets in two articles of a case: the features that give the mention's confidence
                    candidates = found[mention.mention_id]
                    features = next((f for f in candidates if model.probability(f) == mention.confidence),
                                    candidates[0])
                    rows.append({"batch": batch, "case": number, "event": index, "sources": len(event.sources),
                                 "label": label, "confidence": event.confidence, "features": features})
    return rows


def _lines(rows: Sequence[Mapping[str, Any]]) -> str:
    return "".join(json.dumps(r, sort_keys=True) + "\n" for r in rows)


def read_table(path: Path = TABLE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --------------------------------------------------------------------------- events and maps


def events(rows: Sequence[Mapping[str, Any]], model: Mapping[str, Any]) -> list[tuple[str, float, int, float]]:
    """(batch, best mention's logit under the model file's coefficients, sources, outcome) per scored event."""
    best: dict[tuple[str, int, int], list[Any]] = {}
    for row in rows:
        z = model["intercept"] + sum(model["coefficients"][n] * float(row["features"][n]) for n in model["features"])
        key = (row["batch"], row["case"], row["event"])
        if key not in best:
            best[key] = [row["batch"], z, int(row["sources"]), float(row["label"])]
        best[key][1] = max(best[key][1], z)
    return [tuple(v) for v in best.values()]  # type: ignore[misc]


def probability(z: float, slope: float, shift: float, sources: int, ceiling: float | None = None) -> float:
    """The event's confidence as the pipeline gives it under the map: the best mention's probability times the
    model's fitted ``ceiling`` if it has one, bounded and rounded (``scorer.Model.probability``), plus the bonus per
    extra article (merge_events.py)."""
    from timeline.extraction.events.scorer import CEILING, FLOOR, logistic
    from timeline.extraction.merge_events import SOURCE_BONUS

    p = logistic(slope * z + shift) * (1.0 if ceiling is None else ceiling)
    p = round(min(CEILING, max(FLOOR, p)), 3)
    return round(min(0.99, p + SOURCE_BONUS * (sources - 1)), 3)


def _log_loss(scored: Sequence[tuple[str, float, int, float]], slope: float, shift: float,
              ceiling: float | None = None) -> float:
    total = 0.0
    for _, z, sources, y in scored:
        p = min(1 - 1e-6, max(1e-6, probability(z, slope, shift, sources, ceiling)))
        total -= y * math.log(p) + (1 - y) * math.log(1 - p)
    return total / len(scored)


def fit_map(scored: Sequence[tuple[str, float, int, float]], form: str = FORM,
            ceiling: float | None = None) -> tuple[float, float]:
    """(slope, shift) of the form minimising the events' log loss (a partial outcome counts half each way)."""
    from scipy.optimize import minimize, minimize_scalar

    if form == "none":
        return 1.0, 0.0
    if form == "shift":
        best = minimize_scalar(lambda c: _log_loss(scored, 1.0, c, ceiling), bounds=(-5.0, 5.0), method="bounded",
                               options={"xatol": 1e-5})
        return 1.0, float(best.x)
    if form == "platt":
        start = fit_map(scored, "shift", ceiling)
        best = minimize(lambda v: _log_loss(scored, v[0], v[1], ceiling), list(start), method="Nelder-Mead",
                        options={"xatol": 1e-5, "fatol": 1e-7, "maxiter": 2000})
        return float(best.x[0]), float(best.x[1])
    raise ValueError(f"unknown form {form!r}: one of {FORMS}")


def pairs(scored: Sequence[tuple[str, float, int, float]], slope: float, shift: float,
          ceiling: float | None = None) -> list[tuple[float, float]]:
    return [(probability(z, slope, shift, sources, ceiling), y) for _, z, sources, y in scored]


def leave_one_batch_out(rows: Sequence[Mapping[str, Any]], model: Mapping[str, Any],
                        forms: Sequence[str] = FORMS) -> dict[str, Any]:
    """Per form: every batch's events scored by the map fitted on the other batches' events; the pooled
    reliability (``BINS`` bins), log loss, and per batch (events, precision, mean confidence, the map)."""
    from benchmarks.calibration import reliability

    scored = events(rows, model)
    ceiling = model.get("ceiling")
    batches = sorted({b for b, *_ in scored})
    out: dict[str, Any] = {}
    for form in forms:
        pooled: list[tuple[float, float]] = []
        per: dict[str, Any] = {}
        loss = 0.0
        for held in batches:
            slope, shift = fit_map([e for e in scored if e[0] != held], form, ceiling)
            mine = [e for e in scored if e[0] == held]
            got = pairs(mine, slope, shift, ceiling)
            pooled += got
            loss += _log_loss(mine, slope, shift, ceiling) * len(mine)
            per[held] = {"events": len(got), "precision": sum(y for _, y in got) / len(got),
                         "confidence": sum(p for p, _ in got) / len(got), "slope": slope, "shift": shift}
        table = reliability(pooled, BINS)
        table["log_loss"] = loss / len(scored)
        table["batches"] = per
        table["all_batches"] = fit_map(scored, form, ceiling)
        out[form] = table
    return out


def format_lobo(result: Mapping[str, Any]) -> str:
    lines = ["| map | log loss | ECE | AUC | bins (n, confidence/precision, gap) | map on all batches (a, c) |",
             "|---|---|---|---|---|---|"]
    for form, t in result.items():
        bins = "; ".join(f"{b['bin']} {b['n']} {b['confidence']:.2f}/{b['precision']:.2f} {b['gap']:+.2f}"
                         for b in t["bins"] if b["n"])
        slope, shift = t["all_batches"]
        lines.append(f"| {form} | {t['log_loss']:.3f} | {t['ece']:.3f} | {t['auc']:.2f} | {bins} | "
                     f"{slope:.3f}, {shift:+.3f} |")
    lines += ["", "| held-out batch | " + " | ".join(result) + " |", "|---|" + "---|" * len(result)]
    for batch in next(iter(result.values()))["batches"]:
        cells = []
        for t in result.values():
            b = t["batches"][batch]
            cells.append(f"{b['events']} ev, P {b['precision']:.2f}, conf {b['confidence']:.2f}")
        lines.append(f"| {batch} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def apply_map(model: dict[str, Any], rows: Sequence[Mapping[str, Any]], form: str = FORM) -> dict[str, Any]:
    """The model file with the map of ``form`` fitted on all the rows' events folded into its coefficients
    (a * coefficients, a * intercept + c) and recorded under ``fit.written_map``."""
    scored = events(rows, model)
    slope, shift = fit_map(scored, form, model.get("ceiling"))
    on = (f"the events of the written batches' {SPLIT} halves {', '.join(BATCHES)} (benchmarks/{TABLE.name}), their "
          "best mention scored by the map before this one")
    return fold_map(model, "written_map", form, slope, shift, scored, on,
                    command=f"python -m benchmarks.written_confidence --apply --form {form}")


def write_map(model: Mapping[str, Any], target: Path, key: str) -> None:
    """Write a model file with a map folded in (``fold_map``) and say so on stdout."""
    target.write_text(json.dumps(model, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    m = model["fit"][key]
    sys.stdout.write(f"wrote {target}: map a={m['slope']}, c={m['shift']} on {m['events']} events\n")


def fold_map(model: Mapping[str, Any], key: str, form: str, slope: float, shift: float,
             scored: Sequence[tuple[Any, ...]], on: str, **extra: str) -> dict[str, Any]:
    """The model file with a map (slope a, shift c) folded into its coefficients (a * coefficients, a * intercept + c)
    and recorded under ``fit.<key>``: what it was fitted on, its events' precision, the model before it."""
    out = dict(model)
    out["coefficients"] = {n: round(slope * float(v), 6) for n, v in model["coefficients"].items()}
    out["intercept"] = round(slope * float(model["intercept"]) + shift, 6)
    out["fit"] = dict(model["fit"])
    out["fit"][key] = {
        "form": form, "slope": round(slope, 6), "shift": round(shift, 6), "on": on,
        "events": len(scored), "precision": round(sum(e[3] for e in scored) / len(scored), 4),
        "before": {"coefficients": dict(model["coefficients"]), "intercept": model["intercept"]}, **extra}
    return out


# --------------------------------------------------------------------------- same events


def _outputs(sets: Sequence[str]) -> dict[str, list[str]]:
    """Per set ('golden', 'rn-dev', 'written-dev'), every event the pipeline gives: JSON without ``confidence``, a
    tab, its confidence."""
    import dataclasses

    from benchmarks import realnews_events as rn
    from benchmarks.written_set import GROUPS, load_split
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    def dump(result: Any) -> list[str]:
        return [json.dumps({k: v for k, v in dataclasses.asdict(e).items() if k != "confidence"}, default=str,
                           sort_keys=True) + f"\t{e.confidence}" for e in result.events]

    out: dict[str, list[str]] = {}
    for name in sets:
        lines: list[str] = []
        if name == "rn-dev":
            for real in rn.load_real_cases(("dev",)):
                articles, options = rn.read_record(real.record)
                lines += dump(extract(articles, options))
        else:
            cases = (ev.load_cases() if name == "golden" else
                     [c for b in GROUPS["read"] for c in load_split("dev", b)])
            for case in cases:
                lines += dump(extract(list(case.inputs), Options(reference_date=case.fallback_reference,
                                                                 today=case.run_date)))
        out[name] = lines
    return out


def same_events(candidate: Path, sets: Sequence[str] = ("golden", "rn-dev", "written-dev")) -> dict[str, Any]:
    """Does the pipeline give the same events (all but ``confidence``) with the candidate model file shipped? Per
    set: events with the shipped file, events with the candidate, how many differ (a map moves confidence only,
    but a tie it makes or breaks could change which telling an event takes its date or title from)."""
    from timeline.extraction.events import scorer

    shipped = scorer.MODEL_FILE
    before = _outputs(sets)
    try:
        scorer.MODEL_FILE = candidate
        scorer.load_model.cache_clear()
        after = _outputs(sets)
    finally:
        scorer.MODEL_FILE = shipped
        scorer.load_model.cache_clear()
    def events_only(lines: list[str]) -> list[str]:
        return [line.rsplit("\t", 1)[0] for line in lines]

    return {name: {"before": len(before[name]), "after": len(after[name]),
                   "differ": sum(a != b for a, b in zip(events_only(before[name]), events_only(after[name]),
                                                        strict=False)) + abs(len(before[name]) - len(after[name])),
                   "confidence_moved": sum(a != b for a, b in zip(before[name], after[name], strict=False))}
            for name in sets}


def main(argv: Sequence[str] | None = None) -> int:
    from timeline.extraction.events import scorer

    parser = argparse.ArgumentParser(prog="python -m benchmarks.written_confidence",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--collect", action="store_true", help=f"run the pipeline, write {TABLE.name}")
    parser.add_argument("--check", action="store_true", help=f"is {TABLE.name} what the pipeline gives today?")
    parser.add_argument("--lobo", action="store_true", help="leave-one-batch-out reliability of each form")
    parser.add_argument("--apply", action="store_true", help="fold the map into the model file")
    parser.add_argument("--form", choices=FORMS, default=FORM)
    parser.add_argument("--model", type=Path, default=scorer.MODEL_FILE,
                        help="the model file read (and, with --apply, written unless --out)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--same-events", type=Path, default=None, metavar="CANDIDATE",
                        help="only say whether golden, real-news dev and written dev give the same events (all but "
                             "confidence) with CANDIDATE as the model file")
    args = parser.parse_args(argv)
    if args.same_events:
        same = same_events(args.same_events)
        sys.stdout.write("".join(f"{name}: {v['before']} events shipped, {v['after']} with the candidate, "
                                 f"{v['differ']} differ but for confidence, {v['confidence_moved']} confidences "
                                 "moved\n" for name, v in same.items()))
        return 0 if not any(v["differ"] for v in same.values()) else 1
    if args.collect:
        rows = collect()
        TABLE.write_text(_lines(rows), encoding="utf-8")
        sys.stdout.write(f"wrote {TABLE.name}: {len(rows)} mentions of "
                         f"{len({(r['batch'], r['case'], r['event']) for r in rows})} events\n")
        return 0
    if args.check:
        stored, now = TABLE.read_text(encoding="utf-8").splitlines(), _lines(collect()).splitlines()
        same = stored == now
        sys.stdout.write(f"{TABLE.name} is current\n" if same else
                         f"{TABLE.name} is stale: {len(stored)} rows stored, {len(now)} now\n")
        return 0 if same else 1
    model = json.loads(args.model.read_text(encoding="utf-8"))
    if args.lobo:
        sys.stdout.write(format_lobo(leave_one_batch_out(read_table(), _before(model))) + "\n")
        return 0
    if args.apply:
        write_map(apply_map(_before(model), read_table(), args.form), args.out or args.model, "written_map")
        return 0
    parser.print_help()
    return 2


def _before(model: dict[str, Any]) -> dict[str, Any]:
    """The model as train_confidence wrote it: a written map already folded in is taken out first, so that
    ``--apply`` twice gives the same file and ``--lobo`` starts from the dev map."""
    done = model.get("fit", {}).get("written_map")
    if not done:
        return model
    out = dict(model)
    out["coefficients"], out["intercept"] = dict(done["before"]["coefficients"]), done["before"]["intercept"]
    out["fit"] = {k: v for k, v in model["fit"].items() if k != "written_map"}
    return out


if __name__ == "__main__":
    raise SystemExit(main())
