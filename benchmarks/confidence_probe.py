"""What the confidence could know about unseen text: candidate features that name no word, per dev source.

    python -m benchmarks.confidence_probe --collect [--sets rn,a,b,...]   # main's pipeline on dev (rn: real news)
    python -m benchmarks.confidence_probe --collect-first [--batches h,i] # each batch's blind commit, its dev half
    python -m benchmarks.confidence_probe --signs                         # precision by feature, per source
    python -m benchmarks.confidence_probe --loso                          # refit with the holding features

Why. The shipped model (timeline/extraction/events/scorer.py) is calibrated on dev (ECE 0.016) and over-confident
on real-news test (0.130): its five features do not see what makes unseen text harder (cal21, cal23 in
docs/BENCHMARKS.md). This module records, per scored event (its best mention, as the event's confidence is), the
shipped features and six candidates that name no word: the date's rule kind, whether the row is typed, the
trigger's path, whether another row of the same article shares its day, the article's row count, the distance
from the article's dateline. A candidate is kept only if its sign (precision with it minus without it) is the same
in every source where both sides hold events; the learned filters of rounds twelve-thirteen failed on a feature whose
meaning changed between corpora.

Sources: real-news dev halves ``rn-a`` / ``rn-b``, each read written batch's dev half (main's pipeline: ``w<x>``),
and the first readings h..p (``f<x>``: the batch's last blind commit, benchmarks/first_readings.FIRST_READINGS; p,
held out in round twenty-three, is read from round twenty-four on and fitted like the others). Batch q (held out:
``--held-out-q`` gives its figures only, never stored) and r (blind) are refused; no test half is read. The
table ``benchmarks/written/confidence_probe.jsonl`` holds numbers and kinds only.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev

TABLE = ev.ROOT / "benchmarks" / "written" / "confidence_probe.jsonl"
READ = tuple("abcdefghijklmnop")
"""The written batches whose dev half is read (q held out, r blind: refused)."""
REFUSED = ("q", "r")
SHIPPED = ("date_precision", "date_confidence", "near", "verb", "crowd")

_COLLECTOR = r'''
import json, sys
from benchmarks import evaluate as ev
from benchmarks.calibration import _outcomes
from timeline.extraction.events import scorer
from timeline.extraction.events.spans import _stable_id
from timeline.extraction.pipeline import extract
from timeline.settings import Options

WEEKDAY = ("weekday", "jour_semaine", "day_name")

def kind(date):
    rule = (getattr(date, "rule", "") or "").lower()
    if getattr(date, "time", None):
        return "clock"
    if any(w in rule for w in WEEKDAY):
        return "weekday"
    if date.precision != "day":
        return date.precision
    if "relative" in rule or rule in ("today", "yesterday", "tomorrow"):
        return "relative"
    return "yearless" if getattr(date, "relative", False) else "full"

def rows_of(result, outcomes, source):
    found = {}
    for s in sink_all:
        for article in {m.article_id for m in result.mentions}:
            found.setdefault(_stable_id(article, s.proto.date.start, s.proto.trigger.start), []).append(s)
    refs = {a.id: a.reference_date for a in result.articles}
    events = result.events
    for index, (event, label) in enumerate(zip(events, outcomes)):
        if label is None:
            continue
        mentions = [m for m in result.mentions if m.event_id == event.event_id]
        best = max(mentions, key=lambda m: m.confidence)
        cands = found.get(best.mention_id) or [None]
        s = next((c for c in cands if c is not None and abs(model.probability(c.features) - best.confidence) < 1e-9),
                 cands[0])
        if s is None:
            continue
        arts = set(event.sources)
        same = [e for e in events if e is not event and set(e.sources) & arts]
        ref = refs.get(best.article_id)
        distance = abs((event.date - ref).days) if ref is not None else -1
        print(json.dumps({"source": source, "case": case_name, "event": index, "label": label,
                          "features": s.features, "kind": kind(s.proto.date), "typed": event.event_type != "other",
                          "path": s.proto.trigger.kind, "same_day": any(e.date == event.date for e in same),
                          "rows": len(same) + 1, "distance": distance}, sort_keys=True))

model = scorer.load_model()
what = sys.argv[1]
source = sys.argv[2]
if what == "rn":
    from benchmarks import realnews_events as rn
    from benchmarks.realnews import dev_half
    from timeline.extraction import ingest
    for real in rn.load_real_cases(("dev",)):
        if dev_half(real.record["id"]) != source[-1]:
            continue
        articles, options = rn.read_record(real.record)
        with scorer.recording() as sink_all:
            result = extract(articles, options)
        case_name = real.case.name
        rows_of(result, _outcomes(real.case, [ev.from_event(e) for e in result.events]), source)
else:
    from benchmarks.written_set import load_split
    for number, case in enumerate(load_split("dev", what)):
        options = Options(reference_date=case.fallback_reference, today=case.run_date)
        with scorer.recording() as sink_all:
            result = extract(list(case.inputs), options)
        case_name = str(number)
        rows_of(result, _outcomes(case, [ev.from_event(e) for e in result.events]), source)
'''
"""One JSON line per scored event (its best mention). Runs in main's tree or in an old commit's (``git archive``);
reads only the dev half it is given."""


def _run(what: str, source: str, tree: Path, python: str = sys.executable, held: bool = False) -> list[dict[str, Any]]:
    if what in REFUSED and not (held and what == "q"):
        raise ValueError(f"batch {what!r} is held out or blind: never collected here")
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([python, "-c", _COLLECTOR, what, source], cwd=tree, env=env, check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def collect(sets: Sequence[str]) -> list[dict[str, Any]]:
    """Main's pipeline (this tree): ``rn-a``, ``rn-b`` or a read batch letter (source ``w<x>``)."""
    rows: list[dict[str, Any]] = []
    for name in sets:
        if name.startswith("rn-"):
            rows += _run("rn", name, ev.ROOT)
        elif name in READ:
            rows += _run(name, f"w{name}", ev.ROOT)
        else:
            raise ValueError(f"{name!r}: not a read dev source")
    return rows


def collect_first(batches: Sequence[str]) -> list[dict[str, Any]]:
    """Each batch's first reading: its last blind commit's pipeline on its dev half (source ``f<x>``)."""
    from benchmarks.first_readings import FIRST_READINGS

    rows: list[dict[str, Any]] = []
    for batch in batches:
        with tempfile.TemporaryDirectory(prefix=f"probe-{batch}-") as tree:
            archive = subprocess.run(["git", "-C", str(ev.ROOT), "archive", FIRST_READINGS[batch]], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
            rows += _run(batch, f"f{batch}", Path(tree))
    return rows


def read_table(path: Path = TABLE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def with_case_shares(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each row with ``other_share``: the share of its case's event rows (same source, same case) typed other
    (second rule, commit 9517d27: a text whose happenings the vocabulary does not name)."""
    cases: dict[tuple[str, str], list[bool]] = {}
    for r in rows:
        cases.setdefault((r["source"], str(r["case"])), []).append(bool(r["typed"]))
    out = []
    for r in rows:
        typed = cases[(r["source"], str(r["case"]))]
        out.append({**r, "other_share": round(1 - sum(typed) / len(typed), 6)})
    return out


def write_rows(rows: Sequence[Mapping[str, Any]], path: Path = TABLE) -> None:
    """Rows replace the stored rows of their sources; the others are kept."""
    mine = {r["source"] for r in rows}
    old = [r for r in read_table(path) if r["source"] not in mine] if path.exists() else []
    path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in [*old, *rows]), encoding="utf-8")


# --------------------------------------------------------------------------- candidate features (binary)

CANDIDATES: dict[str, Any] = {
    "weekday_or_relative": lambda r: r["kind"] in ("weekday", "relative"),
    "full_date": lambda r: r["kind"] == "full",
    "coarse_date": lambda r: r["kind"] in ("month", "year", "week"),
    "clock": lambda r: r["kind"] == "clock",
    "typed": lambda r: bool(r["typed"]),
    "noun_path": lambda r: r["path"] == "noun",
    "same_day": lambda r: bool(r["same_day"]),
    "many_rows": lambda r: r["rows"] >= 5,
    "near_dateline": lambda r: 0 <= r["distance"] <= 7,
    "far_from_dateline": lambda r: r["distance"] > 60,
    "mostly_other": lambda r: r.get("other_share", 0.0) >= 0.5,
}
"""Each candidate as a yes / no of one event row; none names a word."""
MIN_SIDE = 3
"""A source says a sign only when both sides hold at least this many events."""


def signs(rows: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, tuple[int, int, float | None]]]:
    """Per candidate, per source: (events with it, events without it, precision with minus without, or None)."""
    out: dict[str, dict[str, tuple[int, int, float | None]]] = {}
    for name, test in CANDIDATES.items():
        out[name] = {}
        for source in sorted({r["source"] for r in rows}):
            mine = [r for r in rows if r["source"] == source]
            yes = [r["label"] for r in mine if test(r)]
            no = [r["label"] for r in mine if not test(r)]
            gap = (sum(yes) / len(yes) - sum(no) / len(no)) if min(len(yes), len(no)) >= MIN_SIDE else None
            out[name][source] = (len(yes), len(no), gap)
    return out


def holding(table: Mapping[str, Mapping[str, tuple[int, int, float | None]]],
            excluded: Sequence[str] = ()) -> list[str]:
    """The candidates whose sign is the same (never zero) in every source that says one, at least three sources."""
    kept = []
    for name, per in table.items():
        gaps = [g for s, (_, _, g) in per.items() if g is not None and s not in excluded]
        if len(gaps) >= 3 and (all(g > 0 for g in gaps) or all(g < 0 for g in gaps)):
            kept.append(name)
    return kept


def format_signs(table: Mapping[str, Mapping[str, tuple[int, int, float | None]]]) -> str:
    sources = sorted({s for per in table.values() for s in per})
    lines = ["| candidate | " + " | ".join(sources) + " | + / - | holds |", "|---|" + "---|" * (len(sources) + 2)]
    keep = set(holding(table))
    for name, per in table.items():
        cells = []
        for s in sources:
            gap = per[s][2]
            cells.append("." if gap is None else f"{gap:+.2f}")
        gaps = [g for _, _, g in per.values() if g]
        count = f"{sum(g > 0 for g in gaps)} / {sum(g < 0 for g in gaps)}"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {count} | {'yes' if name in keep else 'no'} |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- refit, leave one source out


def _x(rows: Sequence[Mapping[str, Any]], names: Sequence[str]) -> list[list[float]]:
    return [[float(r["features"][n]) for n in SHIPPED] + [float(CANDIDATES[n](r)) for n in names] for r in rows]


def _fit(rows: Sequence[Mapping[str, Any]], names: Sequence[str], c: float = 1.0) -> tuple[list[float], float]:
    """A logistic fit on events (a half-right event counts half right and half wrong)."""
    from sklearn.linear_model import LogisticRegression

    x, y, w = [], [], []
    for row, values in zip(rows, _x(rows, names), strict=True):
        for outcome, weight in ((1, row["label"]), (0, 1.0 - row["label"])):
            if weight > 0:
                x.append(values)
                y.append(outcome)
                w.append(weight)
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y, sample_weight=w)
    return [float(v) for v in model.coef_[0]], float(model.intercept_[0])


def _shipped(rows: Sequence[Mapping[str, Any]]) -> list[float]:
    from timeline.extraction.events import scorer

    model = scorer.load_model()
    return [model.probability({n: float(r["features"][n]) for n in SHIPPED}) for r in rows]


def _scores(rows: Sequence[Mapping[str, Any]], names: Sequence[str], fit: tuple[list[float], float]) -> list[float]:
    from timeline.extraction.events.scorer import CEILING, FLOOR, logistic

    weights, intercept = fit
    return [min(CEILING, max(FLOOR, logistic(intercept + sum(a * b for a, b in zip(weights, v, strict=True)))))
            for v in _x(rows, names)]


def figures(labels: Sequence[float], p: Sequence[float]) -> dict[str, float | None]:
    from benchmarks.calibration import auc, reliability

    pairs = list(zip(p, labels, strict=True))
    loss = -sum(y * math.log(q) + (1 - y) * math.log(1 - q) for q, y in pairs) / len(pairs)
    table = reliability(pairs, 5)
    return {"events": len(pairs), "precision": table["precision"], "confidence": table["mean_confidence"],
            "ece": table["ece"], "log_loss": loss, "auc": auc(pairs)}


def group(source: str) -> str:
    """What a fit must leave out with a source: a batch's first reading and main's reading of it are the same
    articles (``f<x>``, ``w<x>``: the batch), a real-news half is itself."""
    return source if source.startswith("rn-") else source[1:]


def loso(rows: Sequence[Mapping[str, Any]], names: Sequence[str], held: Sequence[str] = ()) -> dict[str, Any]:
    """Per source: the shipped model; the shipped features refitted without the source; the shipped features plus
    ``names`` refitted without it. Held sources are scored by fits on every non-held source, in no fit."""
    fitted = [r for r in rows if r["source"] not in held]
    out: dict[str, Any] = {}
    pooled: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in ("shipped", "refit", "features")}
    scored: dict[str, tuple[list[Mapping[str, Any]], list[float]]] = {k: ([], []) for k in pooled}
    for source in sorted({r["source"] for r in rows}):
        mine = [r for r in rows if r["source"] == source]
        train = [r for r in fitted if group(r["source"]) != group(source)]
        labels = [r["label"] for r in mine]
        p = {"shipped": _shipped(mine), "refit": _scores(mine, (), _fit(train, ())),
             "features": _scores(mine, names, _fit(train, names))}
        out[source] = {k: figures(labels, v) for k, v in p.items()}
        for k, v in p.items():
            scored[k][0].extend(mine)
            scored[k][1].extend(v)
        if source not in held:
            for k, v in p.items():
                pooled[k][0].extend(labels)
                pooled[k][1].extend(v)
    out["pooled"] = {k: figures(ys, ps) for k, (ys, ps) in pooled.items()}
    for pool, prefix in (("first readings", "f"), ("written (main)", "w"), ("real news", "rn")):
        labels = [r["label"] for r in rows if r["source"].startswith(prefix)]
        if labels:
            out[pool] = {k: figures(labels, [p for r, p in zip(scored[k][0], scored[k][1], strict=True)
                                              if r["source"].startswith(prefix)]) for k in scored}
    return out


def each(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """After the rule, not a clause: each candidate alone added to the five, leave one source out; the pooled,
    first-reading and real-news figures (does any single candidate carry what the five miss?)."""
    out: dict[str, Any] = {}
    for name in CANDIDATES:
        result = loso(rows, (name,))
        out[name] = {pool: result[pool]["features"] for pool in ("pooled", "first readings", "real news")}
    base = loso(rows, ())
    out["(none: refit 5)"] = {pool: base[pool]["refit"] for pool in ("pooled", "first readings", "real news")}
    out["(shipped)"] = {pool: base[pool]["shipped"] for pool in ("pooled", "first readings", "real news")}
    return out


def format_each(result: Mapping[str, Any]) -> str:
    lines = ["| five + | pooled conf. / ECE / LL / AUC | first readings | real news |", "|---|---|---|---|"]
    for name, per in result.items():
        lines.append(f"| {name} | " + " | ".join(
            f"{f['confidence']:.3f} / {f['ece']:.3f} / {f['log_loss']:.3f} / {f['auc']:.2f}" for f in per.values())
            + " |")
    return "\n".join(lines)


def format_loso(result: Mapping[str, Any]) -> str:
    lines = ["| source | events / prec. | shipped conf. / ECE / LL / AUC | refit 5 | + features |",
             "|---|---|---|---|---|"]
    for source, per in result.items():
        s = per["shipped"]
        cells = [f"{per[k]['confidence']:.3f} / {per[k]['ece']:.3f} / {per[k]['log_loss']:.3f} / "
                 + ("." if per[k]["auc"] is None else f"{per[k]['auc']:.2f}") for k in ("shipped", "refit", "features")]
        lines.append(f"| {source} | {s['events']} / {s['precision']:.3f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def held_out_q(rows: Sequence[Mapping[str, Any]], names: Sequence[str] | None) -> dict[str, Any]:
    """Batch q's dev half (held out): figures only, never written, never listed. The shipped model and, when
    ``names`` is given, the candidate fitted on every stored source."""
    mine = _run("q", "wq", ev.ROOT, held=True)
    labels = [r["label"] for r in mine]
    out = {"shipped": figures(labels, _shipped(mine))}
    if names is not None:
        out["features"] = figures(labels, _scores(mine, names, _fit(rows, names)))
        out["refit"] = figures(labels, _scores(mine, (), _fit(rows, ())))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.confidence_probe", description=__doc__.splitlines()[0])
    parser.add_argument("--collect", action="store_true")
    parser.add_argument("--sets", default="rn-a,rn-b," + ",".join(READ))
    parser.add_argument("--collect-first", action="store_true")
    parser.add_argument("--batches", default="h,i,j,k,l,m,n,o,p")
    parser.add_argument("--signs", action="store_true")
    parser.add_argument("--loso", action="store_true")
    parser.add_argument("--each", action="store_true", help="each candidate alone added (after the rule)")
    parser.add_argument("--held-out-q", choices=("before", "after"), default=None,
                        help="q's dev half, figures only (before: the shipped model; after: and the candidate)")
    parser.add_argument("--names", default="", help="candidates to add (default: those that hold their sign)")
    args = parser.parse_args(argv)
    if args.collect or args.collect_first:
        rows = collect(args.sets.split(",")) if args.collect else collect_first(args.batches.split(","))
        write_rows(rows)
        sys.stdout.write(f"{len(rows)} events written to {TABLE.name}\n")
        return 0
    rows = with_case_shares(read_table())
    table = signs(rows)
    if args.signs:
        sys.stdout.write(format_signs(table) + "\n")
        return 0
    if args.held_out_q:
        names = (args.names.split(",") if args.names else holding(table)) if args.held_out_q == "after" else None
        for name, f in held_out_q(rows, names).items():
            sys.stdout.write(f"q dev {name}: {f['events']} events, precision {f['precision']:.3f}, mean confidence "
                             f"{f['confidence']:.3f}, ECE {f['ece']:.3f}, log loss {f['log_loss']:.3f}, AUC "
                             + ("." if f["auc"] is None else f"{f['auc']:.3f}") + "\n")
        return 0
    if args.each:
        sys.stdout.write(format_each(each(rows)) + "\n")
        return 0
    if args.loso:
        names = args.names.split(",") if args.names else holding(table)
        sys.stdout.write(f"added: {names}\n" + format_loso(loso(rows, names)) + "\n")
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
