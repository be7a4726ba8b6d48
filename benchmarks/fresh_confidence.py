"""Confidence on fresh real news: the reliability of ``confidence`` on fresh dev pages, beside real-news dev.

    TIMELINE_FRESH=/path/to/pages python -m benchmarks.fresh_confidence --collect   # fresh dev -> the table
    python -m benchmarks.fresh_confidence --reliability [--bins 5]    # fresh dev (table) beside real-news dev (live)
    python -m benchmarks.fresh_confidence --levels                    # a level map on unseen-text sources, judged
    python -m benchmarks.fresh_confidence --held-out                  # r's first reading, once (figures only)
    python -m benchmarks.fresh_confidence --apply                     # the level map into the model file

Why. The shipped model (timeline/extraction/events/scorer.py, fitted on real-news dev) is over-confident on the
real-news test (ECE 0.130 against 0.025 on dev); cnf24 found the gap to be a level, not a ranking. Fresh dev
(benchmarks/fresh_news.py: pages of outlets nobody tuned on, split by outlet) is a new source of unseen text: this
module measures the model there, by bins, and asks whether a level map (``written_confidence`` form ``shift``: one
number added to the shipped logit, the ranking unchanged) fitted on the unseen-text sources should ship.

Sources of unseen text: the first readings (benchmarks/first_readings.py: each written batch's dev half as its last
blind commit read it), h..q (r, held out this round, is in no fit and no choice), and fresh dev, one source per
collector (the gold file's: frA, frB, frC, enA, enB, enC; the outlets within one collector are too few rows to
be sources alone). **Only dev**: fresh test, real-news test and written test halves are never read here.

The table ``benchmarks/written/confidence_fresh_dev.jsonl`` holds numbers only, one line per mention of a scored
event (first_readings' shape): ``batch`` (``fresh-<collector>``), page number within the fresh dev pages, event
number, sources, outcome, the event's confidence, the mention's features. No text, no page id.
Outcomes as benchmarks/calibration.py counts them: 1 full match of a core row, 0.5 partial, 0 spurious, an event
matched to an optional row left out.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks import calibration
from benchmarks import evaluate as ev
from benchmarks import first_readings as fr
from benchmarks import written_confidence as wc

TABLE = ev.ROOT / "benchmarks" / "written" / "confidence_fresh_dev.jsonl"
FIRST: tuple[str, ...] = ("h", "i", "j", "k", "l", "m", "n", "o", "p", "q")
"""First readings that are unseen-text sources this round (r is ``first_readings.HELD``)."""
BINS = 5
FORM = "shift"
"""The level map: the shipped logit plus one number (the brief's "level")."""


# --------------------------------------------------------------------------- collect


def collect(folder: Path | None = None) -> list[dict[str, Any]]:
    """The pipeline (this tree's) on every fresh dev page, as benchmarks/calibration.py runs a real-news article."""
    from benchmarks import fresh_news
    from benchmarks import realnews_events as rn
    from benchmarks.calibration import _outcomes
    from timeline.extraction.events import scorer
    from timeline.extraction.events.spans import _stable_id
    from timeline.extraction.pipeline import extract

    model = scorer.load_model()
    collector = {page: Path(file).stem.removeprefix("pages_") for file, page in rn.load_gold(fresh_news.GOLD_DIR)}
    rows: list[dict[str, Any]] = []
    for number, real in enumerate(fresh_news.load_cases(("dev",), folder)):
        if real.split != "dev":
            raise ValueError("only fresh dev is collected")
        articles, options = rn.read_record(real.record)
        with scorer.recording() as sink:
            result = extract(articles, options)
        ids = {m.article_id for m in result.mentions}
        found: dict[str, list[dict[str, float]]] = {}
        for s in sink:
            for article in ids:
                found.setdefault(_stable_id(article, s.proto.date.start, s.proto.trigger.start), []).append(s.features)
        outcomes = _outcomes(real.case, [ev.from_event(e) for e in result.events])
        batch = "fresh-" + collector[real.case.name]
        for index, (event, label) in enumerate(zip(result.events, outcomes, strict=True)):
            if label is None:
                continue
            for mention in (m for m in result.mentions if m.event_id == event.event_id):
                candidates = found[mention.mention_id]
                features = next((f for f in candidates if model.probability(f) == mention.confidence), candidates[0])
                rows.append({"batch": batch, "case": number, "event": index, "sources": len(event.sources),
                             "label": label, "confidence": event.confidence, "features": features})
    return rows


def read_table(path: Path = TABLE) -> list[dict[str, Any]]:
    return wc.read_table(path)


def event_pairs(rows: Sequence[Mapping[str, Any]]) -> list[tuple[str, float, float]]:
    """(batch, the event's confidence as the pipeline gave it, outcome), one per scored event."""
    seen: dict[tuple[str, int, int], tuple[str, float, float]] = {}
    for row in rows:
        seen.setdefault((row["batch"], row["case"], row["event"]),
                        (row["batch"], float(row["confidence"]), float(row["label"])))
    return list(seen.values())


# --------------------------------------------------------------------------- reliability


def recomputed(rows: Sequence[Mapping[str, Any]], model: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The rows with each event's confidence as the pipeline would give it under another model file (its best
    mention's features, the file's ceiling, the bonus per extra article)."""
    scored = {(r["batch"], r["case"], r["event"]) for r in rows}
    best: dict[tuple[str, int, int], float] = {}
    for key in scored:
        mine = [r for r in rows if (r["batch"], r["case"], r["event"]) == key]
        z, k = wc.events(mine, model)[0][1:3]
        best[key] = wc.probability(z, 1.0, 0.0, k, model.get("ceiling"))
    return [{**r, "confidence": best[(r["batch"], r["case"], r["event"])]} for r in rows]


def reliability_report(rows: Sequence[Mapping[str, Any]], bins: int = BINS, with_realnews: bool = True,
                       model: Path | None = None) -> dict[str, Any]:
    """Fresh dev (pooled, and per collector) and, live, real-news dev: calibration.reliability of each (``model``: a
    model file; fresh dev recomputed from its features, real-news dev as calibration's ``--also``)."""
    from benchmarks.calibration import reliability

    if model is not None:
        rows = recomputed(rows, json.loads(model.read_text(encoding="utf-8")))
    triples = event_pairs(rows)
    out: dict[str, Any] = {"fresh dev": reliability([(c, y) for _, c, y in triples], bins)}
    for batch in sorted({b for b, _, _ in triples}):
        out[batch] = reliability([(c, y) for b, c, y in triples if b == batch], bins)
    if with_realnews:
        from benchmarks.calibration import candidate_pairs
        from benchmarks.calibration import collect as rn_collect
        from benchmarks.calibration import event_pairs as rn_pairs

        collected = rn_collect(("dev",))
        out["real-news dev"] = reliability(rn_pairs(collected, "model") if model is None else
                                           candidate_pairs(collected, model), bins)
    return out


def format_reliability(report: Mapping[str, Any]) -> str:
    lines = ["| set | events | precision | mean confidence | ECE | Brier | AUC "
             "| bins: n, confidence / precision, gap |",
             "|---|---|---|---|---|---|---|---|"]
    for name, t in report.items():
        bins = "; ".join(f"{b['bin']} {b['n']}, {b['confidence']:.2f} / {b['precision']:.2f}, {b['gap']:+.2f}"
                         for b in t["bins"] if b["n"])
        auc = "–" if t["auc"] is None else f"{t['auc']:.2f}"
        lines.append(f"| {name} | {t['n']} | {t['precision']:.3f} | {t['mean_confidence']:.3f} | {t['ece']:.3f} | "
                     f"{t['brier']:.3f} | {auc} | {bins} |")
    return "\n".join(lines)


def curve(table: Mapping[str, Any], name: str, width: int = 50) -> str:
    """ASCII reliability curve as benchmarks/calibration.py draws it ('|' confidence, 'o' precision, '@' both)."""
    lines = [f"{name}: 0 {'.' * (width - 3)} 1"]
    for row in table["bins"]:
        if not row["n"]:
            continue
        lines.append(f"  {row['bin']} n={row['n']:>3} [{calibration.marks(row, width)}]")
    return "\n".join(lines)


# --------------------------------------------------------------------------- levels


def unseen_rows(fresh: Sequence[Mapping[str, Any]], first: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Fresh dev's rows and the first readings of ``FIRST`` (never a ``first_readings.HELD`` batch)."""
    return [*fresh, *(r for r in first if r["batch"] in FIRST and r["batch"] not in fr.HELD)]


def _figures(scored: Sequence[tuple[str, float, int, float]], slope: float, shift: float,
             ceiling: float | None) -> dict[str, float]:
    from benchmarks.calibration import reliability

    table = reliability(wc.pairs(scored, slope, shift, ceiling), BINS)
    return {"events": len(scored), "precision": table["precision"], "confidence": table["mean_confidence"],
            "ece": table["ece"], "log_loss": wc._log_loss(scored, slope, shift, ceiling)}


def levels(fresh: Sequence[Mapping[str, Any]], first: Sequence[Mapping[str, Any]],
           model: Mapping[str, Any]) -> dict[str, Any]:
    """The judgement of a level map (``FORM``) on unseen text, three ways:
    ``loso``: each unseen source scored by the map fitted on the others (per source and pooled out of fold);
    ``forecast``: fitted on the first readings alone, scored on fresh dev (a source the fit never saw);
    ``shift``: the number fitted on every unseen source (what would ship)."""
    ceiling = model.get("ceiling")
    scored = wc.events(unseen_rows(fresh, first), model)
    sources = sorted({s for s, *_ in scored})
    per: dict[str, Any] = {}
    oof: dict[str, list[tuple[str, float, int, float]]] = {"none": [], FORM: []}
    oof_pairs: dict[str, list[tuple[float, float]]] = {"none": [], FORM: []}
    for source in sources:
        train = [e for e in scored if e[0] != source]
        test = [e for e in scored if e[0] == source]
        _, c = wc.fit_map(train, FORM, ceiling)
        per[source] = {"c": c, "none": _figures(test, 1.0, 0.0, ceiling), FORM: _figures(test, 1.0, c, ceiling)}
        oof["none"] += test
        oof_pairs["none"] += wc.pairs(test, 1.0, 0.0, ceiling)
        oof_pairs[FORM] += wc.pairs(test, 1.0, c, ceiling)
        oof[FORM] += [(s, z + c, k, y) for s, z, k, y in test]
    from benchmarks.calibration import reliability

    pooled = {form: {"ece": reliability(oof_pairs[form], BINS)["ece"],
                     "log_loss": wc._log_loss(oof[form], 1.0, 0.0, ceiling),
                     "confidence": sum(p for p, _ in oof_pairs[form]) / len(oof_pairs[form]),
                     "precision": sum(y for _, y in oof_pairs[form]) / len(oof_pairs[form])} for form in oof}
    first_only = wc.events([r for r in unseen_rows((), first)], model)
    fresh_only = wc.events(list(fresh), model)
    _, c_first = wc.fit_map(first_only, FORM, ceiling)
    forecast = {"c": c_first, "none": _figures(fresh_only, 1.0, 0.0, ceiling),
                FORM: _figures(fresh_only, 1.0, c_first, ceiling)}
    _, c_all = wc.fit_map(scored, FORM, ceiling)
    return {"sources": per, "pooled": pooled, "forecast": forecast, "shift": c_all,
            "all": {"none": _figures(scored, 1.0, 0.0, ceiling), FORM: _figures(scored, 1.0, c_all, ceiling)}}


def format_levels(result: Mapping[str, Any]) -> str:
    lines = ["| source (left out) | events | precision | shift fitted on the others | mean conf. none -> shift "
             "| ECE none -> shift | log loss none -> shift |", "|---|---|---|---|---|---|---|"]
    for source, t in result["sources"].items():
        a, b = t["none"], t[FORM]
        lines.append(f"| {source} | {a['events']} | {a['precision']:.3f} | {t['c']:+.3f} | "
                     f"{a['confidence']:.3f} -> {b['confidence']:.3f} | {a['ece']:.3f} -> {b['ece']:.3f} | "
                     f"{a['log_loss']:.3f} -> {b['log_loss']:.3f} |")
    p = result["pooled"]
    lines.append(f"| **pooled out of fold** | | {p['none']['precision']:.3f} | | {p['none']['confidence']:.3f} -> "
                 f"{p[FORM]['confidence']:.3f} | {p['none']['ece']:.3f} -> {p[FORM]['ece']:.3f} | "
                 f"{p['none']['log_loss']:.3f} -> {p[FORM]['log_loss']:.3f} |")
    f = result["forecast"]
    lines.append(f"| **fresh dev, map fitted on first readings only** | {f['none']['events']} | "
                 f"{f['none']['precision']:.3f} | {f['c']:+.3f} | {f['none']['confidence']:.3f} -> "
                 f"{f[FORM]['confidence']:.3f} | {f['none']['ece']:.3f} -> {f[FORM]['ece']:.3f} | "
                 f"{f['none']['log_loss']:.3f} -> {f[FORM]['log_loss']:.3f} |")
    a = result["all"]
    lines.append(f"\nfitted on every unseen source: shift {result['shift']:+.3f}; in sample mean confidence "
                 f"{a['none']['confidence']:.3f} -> {a[FORM]['confidence']:.3f} (precision "
                 f"{a['none']['precision']:.3f}), ECE {a['none']['ece']:.3f} -> {a[FORM]['ece']:.3f}, log loss "
                 f"{a['none']['log_loss']:.3f} -> {a[FORM]['log_loss']:.3f}")
    return "\n".join(lines)


def held_out(fresh: Sequence[Mapping[str, Any]], first: Sequence[Mapping[str, Any]],
             model: Mapping[str, Any]) -> dict[str, Any]:
    """Each held-out first reading (``first_readings.HELD``), once, under the map fitted on every unseen source."""
    ceiling = model.get("ceiling")
    _, c = wc.fit_map(wc.events(unseen_rows(fresh, first), model), FORM, ceiling)
    out = {}
    for batch in fr.HELD:
        mine = wc.events([r for r in first if r["batch"] == batch], model)
        if mine:
            out[batch] = {"c": c, "none": _figures(mine, 1.0, 0.0, ceiling), FORM: _figures(mine, 1.0, c, ceiling)}
    return out


KEY = "unseen_map"
"""Where ``--apply`` records the map in the model file (``fit.unseen_map``: what it was fitted on, the model before)."""


def before(model: Mapping[str, Any]) -> dict[str, Any]:
    """The model as the dev fit wrote it (``first_readings.before``: this module's map, then first_readings', taken
    out), so that ``--apply`` twice gives the same file and ``--levels`` starts from the dev map."""
    return fr.before(model)


def apply_map(model: Mapping[str, Any], fresh: Sequence[Mapping[str, Any]],
              first: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The model file with the level map fitted on every unseen source folded into its intercept
    (``fit.unseen_map``)."""
    start = before(model)
    scored = wc.events(unseen_rows(fresh, first), start)
    slope, shift = wc.fit_map(scored, FORM, start.get("ceiling"))
    on = (f"the events of the first readings {', '.join(FIRST)} (benchmarks/written/{fr.TABLE.name}) and of fresh "
          f"dev (benchmarks/written/{TABLE.name}), their best mention scored by the dev map; "
          f"held out: {', '.join(fr.HELD)}")
    return wc.fold_map(start, KEY, FORM, slope, shift, scored, on,
                       command="python -m benchmarks.fresh_confidence --apply")


def _entropy_floor(rows: Sequence[Mapping[str, Any]]) -> float:
    """Log loss of the constant precision (a yardstick for the log losses above)."""
    ys = [y for _, _, y in event_pairs(rows)]
    p = sum(ys) / len(ys)
    return -sum(y * math.log(p) + (1 - y) * math.log(1 - p) for y in ys) / len(ys)


def main(argv: Sequence[str] | None = None) -> int:
    from timeline.extraction.events import scorer

    parser = argparse.ArgumentParser(prog="python -m benchmarks.fresh_confidence", description=__doc__.splitlines()[0])
    parser.add_argument("--collect", action="store_true", help=f"run fresh dev, write {TABLE.name}")
    parser.add_argument("--reliability", action="store_true")
    parser.add_argument("--no-realnews", action="store_true", help="--reliability without real-news dev")
    parser.add_argument("--bins", type=int, default=BINS)
    parser.add_argument("--as-model", type=Path, default=None,
                        help="--reliability under another model file than --model (fresh dev is always recomputed "
                             "from its features: the table's confidences are those of the commit that collected it)")
    parser.add_argument("--levels", action="store_true")
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--apply", action="store_true", help="fold the level map into the model file")
    parser.add_argument("--model", type=Path, default=scorer.MODEL_FILE)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.collect:
        try:
            rows = collect()
        except FileNotFoundError as exc:
            sys.stderr.write(f"{exc}\n")
            return 2
        TABLE.write_text(wc._lines(rows), encoding="utf-8")
        sys.stdout.write(f"wrote {TABLE.name}: {len(rows)} mentions, {len(event_pairs(rows))} events\n")
        return 0
    fresh = read_table()
    if args.reliability:
        report = reliability_report(fresh, args.bins, not args.no_realnews, args.as_model or args.model)
        sys.stdout.write(format_reliability(report) + "\n\n```\n")
        for name in ("fresh dev", "real-news dev"):
            if name in report:
                sys.stdout.write(curve(report[name], name) + "\n")
        sys.stdout.write("```\n")
        return 0
    shipped = json.loads(args.model.read_text(encoding="utf-8"))
    model = before(shipped)
    first = fr.read_table()
    if args.apply:
        wc.write_map(apply_map(shipped, fresh, first), args.out or args.model, KEY)
        return 0
    if args.levels:
        sys.stdout.write(format_levels(levels(fresh, first, model)) + "\n")
        sys.stdout.write(f"constant-precision log loss, fresh dev: {_entropy_floor(fresh):.3f}\n")
        return 0
    if args.held_out:
        for batch, t in held_out(fresh, first, model).items():
            a, b = t["none"], t[FORM]
            sys.stdout.write(f"{batch}: {a['events']} events, precision {a['precision']:.3f}, shift {t['c']:+.3f}: "
                             f"mean confidence {a['confidence']:.3f} -> {b['confidence']:.3f}, ECE {a['ece']:.3f} -> "
                             f"{b['ece']:.3f}, log loss {a['log_loss']:.3f} -> {b['log_loss']:.3f}\n")
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
