"""Score the events pipeline on real news: our hand-written gold (benchmarks/realnews/events_*.jsonl).

    python -m benchmarks.evaluate --realnews both [--no-baseline] [--diff] [--json]
    python -m benchmarks.realnews_events --split both          (the same, run directly)
    ... --without-annotator annot9                             (leave out one annotator's lines)
    ... --without-added iaa10                                  (leave out the rows one helper added to them)
    ... --confusion                                            (gold type x predicted type, counts only)

The gold follows docs/ANNOTATION.md: one line per annotated article (its id in one of the shared
files, its split, its events). The article texts are read from ``../shared/realnews/`` (or
``$TIMELINE_REALNEWS``) through ``benchmarks.realnews.iter_records``; they never enter the repository.

Each annotated record goes through the pipeline on its own, as a one-line JSONL input, so its
``published`` field is the reference date, exactly as a user's JSONL would be read; its events
are merged within the article only. Matching and counting are those of the golden set
(``benchmarks.evaluate.match`` / ``score_case`` / ``Tally``): a row with ``"core": false`` is
optional (neither missed if absent nor spurious if present). dateparser's ``search_dates`` runs
on the same texts with ``published`` as its RELATIVE_BASE, as the baseline.

Figures are reported per split (dev, test) and language (fr, en, all) side by side; tune on dev
only, read test once a change is done.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev
from benchmarks.intervals import format_intervals
from benchmarks.realnews import SPLITS, iter_records, realnews_dir

log = logging.getLogger(__name__)

GOLD_DIR = Path(__file__).resolve().parent / "realnews"
FLOORS_FILE = Path(__file__).resolve().parent / "realnews_events_floors.json"
FLOOR_METRICS: tuple[str, ...] = ("precision", "recall", "type_accuracy", "actor_recall")
FLOOR_MARGIN = 0.05
"""How far below the measured value a floor is pinned (as for the golden set)."""


@dataclass(frozen=True)
class RealCase:
    """One annotated article: its record (with text) and its gold as a golden-set Case."""

    case: ev.Case
    record: dict[str, Any]
    split: str


def gold_files(folder: Path = GOLD_DIR) -> list[Path]:
    return sorted(folder.glob("events_*.jsonl"))


def _gold_event(raw: dict[str, Any], lang: str, where: str) -> ev.GoldEvent:
    """One annotated row as the scorer's GoldEvent; ``core: false`` rows are optional."""
    from timeline.models import EVENT_TYPES

    start = ev._date(raw["date"], where)
    end = None if raw.get("end_date") in (None, "") else ev._date(raw["end_date"], where)
    precision = raw.get("precision", "day")
    if precision not in ev.PRECISION_RANK:
        raise ev.GoldError(f"{where}: precision {precision!r} not in {tuple(ev.PRECISION_RANK)}")
    for name in (raw["type"], *raw.get("alt_types", ())):
        if name not in EVENT_TYPES:
            raise ev.GoldError(f"{where}: type {name!r} not in EVENT_TYPES")
    status = raw.get("status")
    return ev.GoldEvent(
        date=start, end_date=end if end and end > start else None, precision=precision, type=raw["type"],
        status=status if status in ("held", "planned") else None, actors=tuple(raw.get("actors", ())),
        locations=tuple(raw.get("locations", ())), title_hint=raw.get("title_hint", ""),
        alt_types=tuple(raw.get("alt_types", ())), optional=not raw.get("core", True),
        note=raw.get("note", ""), lang=lang,
    )


def load_gold(folder: Path = GOLD_DIR, without: Collection[str] = (),
              without_added: Collection[str] = ()) -> dict[tuple[str, str], dict[str, Any]]:
    """(shared file, record id) -> the annotation line. Bad lines raise GoldError naming file and line.

    ``without`` leaves out the lines whose ``annotator`` is one of these names (a line without one is kept),
    so that figures stay comparable with a round before those lines were written; ``without_added`` leaves
    out the rows whose row-level ``added_by`` is one of these names (rows a later round added to a line).
    """
    gold: dict[tuple[str, str], dict[str, Any]] = {}
    for path in gold_files(folder):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                key = (row["file"], row["id"])
            except (json.JSONDecodeError, KeyError) as exc:
                raise ev.GoldError(f"{path.name}:{number}: not an annotation line ({exc}); "
                                   "see docs/ANNOTATION.md, 'File format'") from exc
            if row.get("annotator") in without:
                continue
            if without_added:
                row["events"] = [e for e in row.get("events", []) if e.get("added_by") not in without_added]
            row["_where"] = f"{path.name}:{number}"
            gold[key] = row
    return gold


def load_real_cases(splits: Sequence[str] = SPLITS, folder: Path | None = None, without: Collection[str] = (),
                    without_added: Collection[str] = ()) -> list[RealCase]:
    """Every annotated article of the given splits, with its text, in file and id order (``without*``: load_gold)."""
    gold = load_gold(without=without, without_added=without_added)
    files = sorted({file for file, _ in gold})
    cases = []
    for file in files:
        for record in iter_records(file, None, folder):
            row = gold.get((file, record["id"]))
            if row is None or record["_split"] not in splits:
                continue
            if row.get("split") != record["_split"]:
                raise ev.GoldError(f"{row['_where']}: split {row.get('split')!r} but the fixed split of "
                                   f"{record['id']} is {record['_split']!r} (benchmarks/realnews/__init__.py)")
            lang = row.get("lang") or record.get("lang", "fr")
            events = tuple(_gold_event(raw, lang, f"{row['_where']} event {i}")
                           for i, raw in enumerate(row.get("events", [])))
            case = ev.Case(name=record["id"], inputs=(), reference_dates={}, events=events,
                           not_actors=ev.DEFAULT_NOT_ACTORS, lang=lang)
            cases.append(RealCase(case, record, record["_split"]))
    return cases


def _record_line(record: dict[str, Any]) -> bytes:
    keep = {k: v for k, v in record.items() if not k.startswith("_")}
    return (json.dumps(keep, ensure_ascii=False) + "\n").encode("utf-8")


def read_record(record: dict[str, Any]) -> tuple[list[Any], Any]:
    """One record read as a one-line JSONL file, as the CLI reads it: (articles, Options), ``published`` the
    reference date. Every benchmark that runs the pipeline on a real-news or fresh page reads it here."""
    from timeline.extraction import ingest
    from timeline.settings import Options

    options = Options()
    articles, problems = ingest.read_bytes(f"{record['id']}.jsonl", _record_line(record), options)
    for problem in problems:
        log.warning("%s: %s", record["id"], problem.message())
    return articles, options


def run_record(record: dict[str, Any]) -> list[ev.Predicted]:
    """The pipeline over one record (``read_record``): its events as the scorer reads them."""
    from timeline.extraction.pipeline import extract

    articles, options = read_record(record)
    return [ev.from_event(e) for e in extract(articles, options).events]


def baseline_record(record: dict[str, Any], lang: str) -> list[ev.Predicted]:
    """dateparser's search_dates over title and text: each distinct date found is one day-precision event."""
    from dateparser.search import search_dates

    published = record.get("published") or "2000-01-01"
    base = dt.datetime.combine(dt.date.fromisoformat(str(published)[:10]), dt.time(12, 0))
    text = f"{record.get('title', '')}\n\n{record.get('text', '')}"
    try:
        found = search_dates(text, languages=[lang], settings={"RELATIVE_BASE": base}) or []
    except Exception as exc:  # dateparser's own failures count as "found nothing"
        log.warning("dateparser failed on %s: %s", record["id"], exc)
        found = []
    days = dict.fromkeys(value.date() for _, value in found)
    return [ev.Predicted(date=day, end_date=None, precision="day", lang=lang) for day in days]


def _score(real: RealCase, baseline: bool) -> ev.CaseResult:
    case = real.case
    if baseline:
        return ev.score_case(case, baseline_record(real.record, case.lang), {}, full_checks=False)
    try:
        preds = run_record(real.record)
    except Exception as exc:  # one broken article must not hide the others
        log.exception("%s crashed", case.name)
        result = ev.score_case(case, [], {})
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    return ev.score_case(case, preds, {})


def score_split(cases: Sequence[RealCase], baseline: bool = False
                ) -> tuple[dict[str, dict[str, ev.Tally]], list[tuple[str, ev.CaseResult]]]:
    """Tallies by split then language ('all' too), and (split, result) per article."""
    tallies: dict[str, dict[str, ev.Tally]] = {}
    results = []
    for real in cases:
        result = _score(real, baseline)
        results.append((real.split, result))
        by_lang = tallies.setdefault(real.split, {"all": ev.Tally()})
        for lang, tally in result.tallies.items():
            by_lang.setdefault(lang, ev.Tally()).add(tally)
            by_lang["all"].add(tally)
    return tallies, results


def report_of(cases: Sequence[RealCase], splits: Sequence[str], baseline: bool = True,
              with_intervals: bool = False) -> tuple[dict[str, Any], list[tuple[str, ev.CaseResult]]]:
    """The report of scored cases ({'ours', 'baseline', 'n_articles', 'cases', 'typings'[, 'intervals']}) and the
    (split, result) of each case; ``benchmarks.fresh_news`` builds its report on it."""
    ours, results = score_split(cases)
    base = score_split(cases, baseline=True)[0] if baseline else {}
    counts: dict[str, int] = {}
    for real in cases:
        counts[f"{real.split}/{real.case.lang}"] = counts.get(f"{real.split}/{real.case.lang}", 0) + 1
    report = {
        "ours": {s: {k: v.metrics() for k, v in sorted(t.items())} for s, t in ours.items()},
        "baseline": {s: {k: v.metrics() for k, v in sorted(t.items())} for s, t in base.items()},
        "n_articles": counts,
        "cases": [{"split": split, "name": r.name, "clean": r.clean, "diff": r.diff(), "error": r.error}
                  for split, r in results],
        "typings": [[split, *typing] for split, r in results for typing in r.typings],
        **({"intervals": format_intervals([(split, r.tallies) for split, r in results], splits)}
           if with_intervals else {}),
    }
    return report, results


def evaluate_realnews(splits: Sequence[str] = SPLITS, baseline: bool = True, folder: Path | None = None,
                      without: Collection[str] = (), without_added: Collection[str] = (),
                      with_intervals: bool = False) -> dict[str, Any]:
    """{'ours': {split: {lang: metrics}}, 'baseline': {...}, 'cases': [...], 'n_articles': {...}}."""
    cases = load_real_cases(splits, folder, without, without_added)
    return report_of(cases, splits, baseline, with_intervals)[0]


def confusion(typings: Sequence[Sequence[str]], split: str, lang: str = "all") -> dict[tuple[str, str], int]:
    """(gold type, predicted type) -> count over the matched core rows of one split (``lang`` 'all': both)."""
    counts: dict[tuple[str, str], int] = {}
    for row_split, row_lang, gold, pred in typings:
        if row_split == split and lang in ("all", row_lang):
            counts[(gold, pred)] = counts.get((gold, pred), 0) + 1
    return counts


def format_confusion(counts: dict[tuple[str, str], int], title: str) -> str:
    """A markdown matrix (rows gold, columns predicted) and the confused pairs, most frequent first."""
    golds = sorted({g for g, _ in counts})
    preds = sorted({p for _, p in counts} | set(golds))
    right = sum(n for (g, p), n in counts.items() if g == p)
    total = sum(counts.values())
    lines = [f"{title}: {right}/{total} typed right", "",
             "| gold \\ predicted | " + " | ".join(preds) + " |", "|" + "---|" * (len(preds) + 1)]
    for g in golds:
        lines.append(f"| {g} | " + " | ".join(str(counts.get((g, p), "")) for p in preds) + " |")
    wrong = sorted(((n, g, p) for (g, p), n in counts.items() if g != p), key=lambda x: (-x[0], x[1], x[2]))
    lines += ["", "confused (gold -> predicted): " + (", ".join(f"{g} -> {p} {n}" for n, g, p in wrong) or "none")]
    return "\n".join(lines)


# --------------------------------------------------------------------------- report

TABLE_METRICS = ("precision", "recall", "f1", "type_accuracy", "actor_recall", "actor_precision", "place_recall",
                 "place_precision", "date_exact", "status_accuracy",
                 "n_gold", "n_pred", "partial")
_OURS_ONLY = ("type_accuracy", "actor_recall", "actor_precision", "place_recall", "place_precision", "status_accuracy")


def _columns(report: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    for who in ("ours", "baseline"):
        for split in SPLITS:
            for lang in ("fr", "en", "all"):
                if lang in report.get(who, {}).get(split, {}):
                    yield who, split, lang


def format_table(report: dict[str, Any]) -> str:
    """Markdown: one row per metric; columns ours then dateparser, each by split and language."""
    cols = list(_columns(report))
    names = {"ours": "ours", "baseline": "dateparser"}
    lines = ["| metric | " + " | ".join(f"{names[w]} {s} {lang}" for w, s, lang in cols) + " |",
             "|" + "---|" * (len(cols) + 1)]
    for metric in TABLE_METRICS:
        cells = []
        for who, split, lang in cols:
            value = report[who][split][lang].get(metric)
            cells.append(ev._fmt(None if who == "baseline" and metric in _OURS_ONLY else value))
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def pin_floors(report: dict[str, Any], allow_lower: bool = False, path: Path = FLOORS_FILE) -> dict[str, Any]:
    """Floors per split and language = measured - FLOOR_MARGIN (2 decimals, down); never lowered unless allowed."""
    old = json.loads(path.read_text(encoding="utf-8"))["floors"] if path.exists() else {}
    floors: dict[str, dict[str, dict[str, float]]] = {}
    for split, by_lang in report["ours"].items():
        for lang, measured in by_lang.items():
            for metric in FLOOR_METRICS:
                value = measured.get(metric) or 0.0
                new = max(0.0, int((value - FLOOR_MARGIN) * 100) / 100)
                before = old.get(split, {}).get(lang, {}).get(metric)
                if before is not None and value < before and not allow_lower:
                    raise ValueError(f"{split} {lang} {metric}: measured {value:.3f} would lower the floor {before}")
                if before is not None and (value >= before or not allow_lower):
                    new = max(new, before)  # --allow-lower lowers only the floors the measure went under
                floors.setdefault(split, {}).setdefault(lang, {})[metric] = new
    data = {"floors": floors, "margin": FLOOR_MARGIN, "pinned_on": dt.date.today().isoformat(),
            "n_articles": report["n_articles"], "command": "python -m benchmarks.evaluate --realnews both --pin"}
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return data


def run(split: str, baseline: bool, as_json: bool, diff: bool, pin: bool, allow_lower: bool,
        without: Collection[str] = (), without_added: Collection[str] = (), show_confusion: bool = False,
        show_intervals: bool = False) -> int:
    """The ``--realnews`` run of benchmarks.evaluate (and of this module's own command line).

    ``without`` (``--without-annotator``) leaves out those annotators' lines, ``without_added`` (``--without-added``)
    the rows those helpers added; floors are never pinned on such a run.
    """
    for given, option in ((without, "--without-annotator"), (without_added, "--without-added")):
        if pin and given:
            sys.stderr.write(f"--pin refuses {option}: floors are pinned on the whole gold\n")
            return 2
    if realnews_dir() is None:
        sys.stderr.write("real news not found: set TIMELINE_REALNEWS or place shared/realnews beside the repo\n")
        return 2
    splits = SPLITS if split == "both" else (split,)
    try:
        report = evaluate_realnews(splits, baseline=baseline, without=without, without_added=without_added,
                                   with_intervals=show_intervals)
    except ev.GoldError as exc:
        sys.stderr.write(f"bad real-news gold: {exc}\n")
        return 2
    if pin:
        if split != "both":
            sys.stderr.write("--pin needs --realnews both\n")
            return 2
        try:
            pinned = pin_floors(report, allow_lower=allow_lower)
        except ValueError as exc:
            sys.stderr.write(f"not pinned: {exc}\n")
            return 1
        sys.stderr.write(f"pinned real-news floors in {FLOORS_FILE.name}: {pinned['floors']}\n")
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2, default=str) + "\n")
        return 0
    left_out = f" (without annotator {', '.join(sorted(without))})" if without else ""
    left_out += f" (without rows added by {', '.join(sorted(without_added))})" if without_added else ""
    sys.stdout.write(f"real news: {report['n_articles']} annotated articles{left_out}\n\n{format_table(report)}\n")
    if diff:
        for case in report["cases"]:
            if not case["clean"]:
                sys.stdout.write(f"\n[{case['split']}] {case['diff']}\n")
    if show_intervals:
        sys.stdout.write(f"\n{report['intervals']}\n")
    if show_confusion:
        for one in splits:
            for lang in ("all", "fr", "en"):
                counts = confusion(report["typings"], one, lang)
                sys.stdout.write(f"\n{format_confusion(counts, f'types, {one} {lang}')}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.realnews_events", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "both"), default="dev")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--diff", action="store_true", help="print each article's missing/spurious rows")
    parser.add_argument("--pin", action="store_true", help=f"re-pin {FLOORS_FILE.name} (never lower)")
    parser.add_argument("--allow-lower", action="store_true")
    parser.add_argument("--without-annotator", action="append", default=[], metavar="NAME",
                        help="leave out the gold lines of this annotator (e.g. annot9); refuses --pin")
    parser.add_argument("--without-added", action="append", default=[], metavar="NAME",
                        help="leave out the gold rows this helper added (\"added_by\", e.g. iaa10); refuses --pin")
    parser.add_argument("--confusion", action="store_true", help="gold type x predicted type (counts only)")
    parser.add_argument("--intervals", action="store_true",
                        help="95%% intervals of each figure, resampling articles (benchmarks/intervals.py)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return run(args.split, not args.no_baseline, args.json, args.diff, args.pin, args.allow_lower,
               args.without_annotator, args.without_added, args.confusion, args.intervals)


if __name__ == "__main__":
    raise SystemExit(main())
