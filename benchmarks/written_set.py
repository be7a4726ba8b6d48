"""Score the written set (benchmarks/written/): 24 news-style articles written blind in round eleven.

    python -m benchmarks.evaluate --written [dev|test|both] [--json] [--no-baseline] [--diff] [--pin]
    python -m benchmarks.evaluate --written test --written-batch b|both     # the second batch (written_b/)
    python -m benchmarks.evaluate --written test --written-batch c|all      # the third batch (written_c/)
    python -m benchmarks.evaluate --written test --written-batch d          # the fourth batch (written_d/)
    python -m benchmarks.evaluate --written test --written-batch e          # the fifth batch (written_e/), with dates
    python -m benchmarks.evaluate --written test --written-batch f          # the sixth batch (written_f/), with dates
    python -m benchmarks.evaluate --written test --written-batch g          # the seventh (written_g/): pages, records
    python -m benchmarks.evaluate --written test --written-batch h          # the eighth (written_h/): blind, both
    python -m benchmarks.evaluate --written test --written-batch i          # the ninth (written_i/): read from round 16
    python -m benchmarks.evaluate --written test --written-batch j          # the tenth (written_j/): read from round 17
    python -m benchmarks.evaluate --written test --written-batch k          # the eleventh (written_k/): read from r. 19
    python -m benchmarks.evaluate --written test --written-batch l          # the twelfth (written_l/): read from r. 20
    python -m benchmarks.evaluate --written test --written-batch m          # the thirteenth (written_m/): read, r. 21
    python -m benchmarks.evaluate --written test --written-batch n          # the fourteenth (written_n/): read, r. 22
    python -m benchmarks.evaluate --written test --written-batch o          # the fifteenth (written_o/): blind, both
    python -m benchmarks.evaluate --written test --written-batch p          # the sixteenth (written_p/): read, r. 23
    python -m benchmarks.evaluate --written test --written-batch q          # the seventeenth (written_q/): read, r. 24
    python -m benchmarks.evaluate --written test --written-batch r          # the eighteenth (written_r/): blind, both
    python -m benchmarks.written_set [BINS]     # reliability of ``confidence`` on both splits (figures only)
    python -m benchmarks.written_set --given-dates [dev|test]   # each article dated by its gold reference date

Each split (``dev``, ``test``) is a folder of golden-set cases (tests/golden/README.md) scored by
benchmarks/evaluate.py with the same matching, dateparser's baseline in the same run. ``--diff`` is refused
on ``test``: its errors are never read (benchmarks/written/README.md). ``--pin`` writes the floors
(benchmarks/written_floors.json) at the measured value, rounded down to two decimals, and never lowers
one unless ``--allow-lower``; tests/test_written_set.py gates them.

Two batches, each written blind by a different helper on 2026-12-04: ``a`` (benchmarks/written/, helper wr11,
floors in benchmarks/written_floors.json) and ``b`` (benchmarks/written_b/, helper wr11b, written after batch a's
dev half had been read and fixed; floors in benchmarks/written_b_floors.json); ``c`` (benchmarks/written_c/, helper
wr12, round twelve's yardstick, written before any room of the round had landed; floors in
benchmarks/written_c_floors.json); ``d`` (benchmarks/written_d/, helper wr12d, 16 articles written at the end of round
twelve, after the round's rooms had tuned on a, b and c; floors in benchmarks/written_d_floors.json); ``e``
(benchmarks/written_e/, helper wr13, 20 articles of round thirteen with a date gold too, scored by
benchmarks/written_dates.py; floors in benchmarks/written_e_floors.json); ``f`` (benchmarks/written_f/, helper wr13f,
16 articles at the end of round thirteen with a date gold, after the round's rooms had tuned on batch e's dev half;
floors in benchmarks/written_f_floors.json); ``g`` (benchmarks/written_g/, helper wr14, round fourteen: 20 articles of
which 7 saved HTML pages and 4 JSON records, with a date gold; floors in benchmarks/written_g_floors.json); ``h``
(benchmarks/written_h/, helper wrh14, round fourteen's second yardstick: 20 articles, 6 pages and 4 records, with a
date gold, blind in both halves until the round's end; floors in benchmarks/written_h_floors.json); ``i``
(benchmarks/written_i/, helper wri15, round fifteen's yardstick: 20 articles, 6 pages and 4 records, with a date gold,
blind in both halves until the round's end; floors in benchmarks/written_i_floors.json); ``j`` (benchmarks/written_j/,
helper wri16, round sixteen's yardstick: 20 articles, 6 pages and 4 records, with a date gold, blind in both halves
until round sixteen's end, read since; floors in benchmarks/written_j_floors.json); ``k`` (benchmarks/written_k/,
helper wri18, round eighteen's yardstick: 20 articles, 6 pages and 4 records, with a date gold, blind in both halves
until round eighteen's end, read since (``BLIND`` names the blind ones); floors in
benchmarks/written_k_floors.json); ``l`` (benchmarks/written_l/, helper wri19, round nineteen's yardstick: 20 articles,
6 pages and 4 records, with a date gold, blind in both halves until round nineteen's end, read since; floors in
benchmarks/written_l_floors.json); ``m`` (benchmarks/written_m/, helper wri20, round twenty's yardstick: 20 articles,
6 pages and 4 records in four shapes, with a date gold, blind in both halves until round twenty's end, read since;
floors in benchmarks/written_m_floors.json); ``n`` (benchmarks/written_n/, helper wri21, round twenty-one's yardstick:
20 articles, 6 pages and 5 records in five shapes, with a date gold, blind in both halves until round twenty-one's
end, read since; floors in benchmarks/written_n_floors.json); ``o`` (benchmarks/written_o/, helper wri22, round
twenty-two's yardstick: 20 articles, 7 pages and 4 records in four shapes, with a date gold, blind in both halves until
round twenty-two's end, read since; floors in benchmarks/written_o_floors.json); ``p`` (benchmarks/written_p/, helper
wrp22, round twenty-two's second yardstick: 20 articles, 6 pages and 5 JSON files in four shapes, with a date gold,
blind in both halves until round twenty-two's end, read since (its dev half was round twenty-three's held-out
check); floors in benchmarks/written_p_floors.json); ``q`` (benchmarks/written_q/, helper wri23, round
twenty-three's yardstick: 20 articles, 6 pages and 4 JSON files in three shapes, with a date gold, blind in both halves
until round twenty-three's end, read since (its dev half round twenty-four's first held-out check, ``HELD_OUT``);
floors in benchmarks/written_q_floors.json); ``r`` (benchmarks/written_r/, helper wri24, round twenty-four's
yardstick: 20 articles, 6 pages and 4 JSON files in three shapes, with a date gold, blind in both halves until round
twenty-four's end, read since (its dev half round twenty-five's held-out check, ``HELD_OUT``); floors in
benchmarks/written_r_floors.json), on the same clock.
``--written-batch`` picks one, ``both`` (a and b, as in round eleven), ``read`` (every batch but the blind and
held-out ones) or ``all`` (a to r) (default ``a``); every function below takes ``batch``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev

WRITTEN = ev.ROOT / "benchmarks" / "written"
SPLITS: tuple[str, ...] = ("dev", "test")
FLOORS_FILE = ev.ROOT / "benchmarks" / "written_floors.json"
FLOOR_METRICS: tuple[str, ...] = ("precision", "recall", "type_accuracy", "actor_recall", "merged")
#: batch -> (folder, floors file)
BATCHES: dict[str, tuple[Path, Path]] = {
    "a": (WRITTEN, FLOORS_FILE),
    "b": (ev.ROOT / "benchmarks" / "written_b", ev.ROOT / "benchmarks" / "written_b_floors.json"),
    "c": (ev.ROOT / "benchmarks" / "written_c", ev.ROOT / "benchmarks" / "written_c_floors.json"),
    "d": (ev.ROOT / "benchmarks" / "written_d", ev.ROOT / "benchmarks" / "written_d_floors.json"),
    "e": (ev.ROOT / "benchmarks" / "written_e", ev.ROOT / "benchmarks" / "written_e_floors.json"),
    "f": (ev.ROOT / "benchmarks" / "written_f", ev.ROOT / "benchmarks" / "written_f_floors.json"),
    "g": (ev.ROOT / "benchmarks" / "written_g", ev.ROOT / "benchmarks" / "written_g_floors.json"),
    "h": (ev.ROOT / "benchmarks" / "written_h", ev.ROOT / "benchmarks" / "written_h_floors.json"),
    "i": (ev.ROOT / "benchmarks" / "written_i", ev.ROOT / "benchmarks" / "written_i_floors.json"),
    "j": (ev.ROOT / "benchmarks" / "written_j", ev.ROOT / "benchmarks" / "written_j_floors.json"),
    "k": (ev.ROOT / "benchmarks" / "written_k", ev.ROOT / "benchmarks" / "written_k_floors.json"),
    "l": (ev.ROOT / "benchmarks" / "written_l", ev.ROOT / "benchmarks" / "written_l_floors.json"),
    "m": (ev.ROOT / "benchmarks" / "written_m", ev.ROOT / "benchmarks" / "written_m_floors.json"),
    "n": (ev.ROOT / "benchmarks" / "written_n", ev.ROOT / "benchmarks" / "written_n_floors.json"),
    "o": (ev.ROOT / "benchmarks" / "written_o", ev.ROOT / "benchmarks" / "written_o_floors.json"),
    "p": (ev.ROOT / "benchmarks" / "written_p", ev.ROOT / "benchmarks" / "written_p_floors.json"),
    "q": (ev.ROOT / "benchmarks" / "written_q", ev.ROOT / "benchmarks" / "written_q_floors.json"),
    "r": (ev.ROOT / "benchmarks" / "written_r", ev.ROOT / "benchmarks" / "written_r_floors.json"),
}
BLIND: tuple[str, ...] = ()
"""Batches kept blind until the round's end measurement: no development run should score them."""
HELD_OUT: tuple[str, ...] = ("r",)
"""Read batches whose dev half is a round's held-out check: a development run scores it by name, figures only (before
and after a change); the tools that list rows or errors of every read dev half (``read``) leave it out."""
#: ``--written-batch`` names for several batches at once: 'both' kept its round-eleven meaning (a and b); 'read' is
#: every batch but the blind and held-out ones (what a development run may list and tune on)
GROUPS: dict[str, tuple[str, ...]] = {"both": ("a", "b"), "all": tuple(BATCHES),
                                      "read": tuple(b for b in BATCHES if b not in BLIND + HELD_OUT)}


#: The set's clock: the day it was written (benchmarks/written/README.md; batches b and c were written that day too,
#: every article of theirs dated on or before it). A user running the CLI on these pages
#: that day would have this ``Options.today``; fixed here so that the scores do not move with the calendar.
WRITTEN_ON = dt.date(2026, 12, 4)


def split_folder(split: str, batch: str = "a") -> Path:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: one of {SPLITS}")
    if batch not in BATCHES:
        raise ValueError(f"unknown batch {batch!r}: one of {tuple(BATCHES)}")
    return BATCHES[batch][0] / split


def floors_file(batch: str = "a") -> Path:
    return BATCHES[batch][1]


def load_split(split: str, batch: str = "a") -> list[ev.Case]:
    """The cases of one split, sorted by name, run on the day the set was written (``WRITTEN_ON``)."""
    return [replace(case, run_date=WRITTEN_ON) for case in ev.load_cases(split_folder(split, batch))]


def score_split(split: str, baseline: bool = True, batch: str = "a") -> dict[str, Any]:
    """evaluate.evaluate over one split: {'ours': ..., 'baseline': ..., 'cases': [...]}."""
    return ev.evaluate(load_split(split, batch), baseline=baseline)


def floor_of(value: float | None) -> float:
    """A measured ratio as a floor: rounded down to two decimals (a missing ratio is no floor)."""
    return 0.0 if value is None else int(round(value * 10000) / 100) / 100


def pin(reports: dict[str, dict[str, Any]], allow_lower: bool = False, path: Path | None = None,
        batch: str = "a") -> dict[str, Any]:
    """Floors per split at the measured 'all' figures; raises ValueError where a floor would go down."""
    path = floors_file(batch) if path is None else path
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"floors": {}}
    floors: dict[str, dict[str, float]] = dict(old.get("floors", {}))
    measured: dict[str, dict[str, float | None]] = dict(old.get("measured", {}))
    hashes: dict[str, str] = dict(old.get("corpus_sha256", {}))
    for split, report in reports.items():
        figures = report["ours"]["all"]
        before = floors.get(split, {})
        new = {m: floor_of(figures[m]) for m in FLOOR_METRICS}
        lower = [m for m in FLOOR_METRICS if m in before and new[m] < before[m]]
        if lower and not allow_lower:
            raise ValueError(f"{split}: {', '.join(f'{m} {new[m]} < {before[m]}' for m in lower)} would lower "
                             "a floor (fix the regression, or re-pin with --allow-lower and say why)")
        floors[split] = new if allow_lower else {m: max(new[m], before.get(m, 0.0)) for m in FLOOR_METRICS}
        measured[split] = {m: None if figures[m] is None else round(figures[m], 4) for m in FLOOR_METRICS}
        hashes[split] = ev.corpus_hash(load_split(split, batch))
    data = {"floors": floors, "measured": measured, "corpus_sha256": hashes,
            "pinned_on": dt.date.today().isoformat(),  # the benchmark may read the clock; timeline/ never does
            "command": "python -m benchmarks.evaluate --written both --pin"
                       + ("" if batch == "a" else f" --written-batch {batch}")}
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return data


def run(which: str, baseline: bool, as_json: bool, diff: bool, do_pin: bool, allow_lower: bool,
        batch: str = "a") -> int:
    """The CLI of ``--written`` (``batch`` 'a' to 'r' or a group of ``GROUPS``: one call per batch); returns the
    exit code."""
    if batch in GROUPS:
        codes = [run(which, baseline, as_json, diff, do_pin, allow_lower, b) for b in GROUPS[batch]]
        return max(codes)
    splits = SPLITS if which == "both" else (which,)
    if diff and "test" in splits:
        sys.stderr.write("--diff reads errors: only on --written dev (test is scored, never read)\n")
        return 2
    try:
        reports = {split: score_split(split, baseline, batch) for split in splits}
    except (ev.GoldError, KeyError, json.JSONDecodeError) as exc:
        sys.stderr.write(f"bad written-set file: {exc}\n")
        return 2
    if do_pin:
        try:
            pinned = pin(reports, allow_lower, batch=batch)
        except ValueError as exc:
            sys.stderr.write(f"not pinned: {exc}\n")
            return 1
        sys.stderr.write(f"pinned floors {pinned['floors']} in {floors_file(batch)}\n")
    if as_json:
        shown = {s: r if s == "dev" else {k: v for k, v in r.items() if k != "cases"} for s, r in reports.items()}
        sys.stdout.write(json.dumps(shown, indent=2, default=str) + "\n")
        return 0
    for split, report in reports.items():
        n = len(report["cases"])
        label = "written set" if batch == "a" else f"written set, batch {batch}"
        sys.stdout.write(f"{label}, {split}: {n} cases from {split_folder(split, batch)}\n\n"
                         f"{ev.format_table(report)}\n\n")
    if diff:
        for c in reports["dev"]["cases"]:
            if not c["clean"] or c["wrong"]:
                sys.stdout.write("\n" + c["diff"] + "\n")
    return 0


# --------------------------------------------------------------------------- calibration on unseen text


def calibration_pairs(split: str) -> list[tuple[float, float]]:
    """(confidence, outcome) per predicted event of a split, outcomes as benchmarks/calibration.py counts them
    (1 full match of a core row, 0.5 partial, 0 unmatched; a row matched to a borderline row is left out)."""
    from benchmarks.calibration import _outcomes
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    pairs: list[tuple[float, float]] = []
    for case in load_split(split):
        events = extract(list(case.inputs), Options(today=case.run_date)).events
        outcomes = _outcomes(case, [ev.from_event(e) for e in events])
        pairs += [(e.confidence, y) for e, y in zip(events, outcomes, strict=True) if y is not None]
    return pairs


def calibration_table(bins: int = 5) -> str:
    """Reliability of ``confidence`` on both splits: per bin events, mean confidence, observed precision (no rows)."""
    from benchmarks.calibration import reliability

    lines = ["| split | bin | events | confidence | precision | gap |", "|---|---|---|---|---|---|"]
    for split in SPLITS:
        result = reliability(calibration_pairs(split), bins)
        for row in result["bins"]:
            if row["n"]:
                lines.append(f"| {split} | {row['bin']} | {row['n']} | {row['confidence']:.2f} | "
                             f"{row['precision']:.2f} | {row['gap']:+.2f} |")
        lines.append(f"| {split} | all | {result['n']} | {result['mean_confidence']:.2f} | {result['precision']:.2f} | "
                     f"ECE {result['ece']:.3f}, AUC {ev._fmt(result['auc'])} |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- dates given


def given_dates_pipeline(case: ev.Case) -> tuple[list[ev.Predicted], dict[str, dt.date | None], int, int]:
    """``evaluate.run_pipeline`` with each article read under its own gold reference date (``reference_dates``),
    merged as one corpus: what the pipeline does once every page is dated right (a year-less dateline otherwise
    leaves one article of a pair undated, and its rows cannot merge)."""
    from timeline.extraction import merge
    from timeline.extraction.pipeline import extract_article, read_inputs
    from timeline.settings import Options

    files: list[Path] = []
    for path in case.inputs:
        files.extend(sorted(q for q in path.rglob("*") if q.is_file()) if path.is_dir() else [path])
    mentions, refs, n_articles = [], {}, 0
    for file in files:
        options = Options(reference_date=case.reference_dates.get(file.name) or case.fallback_reference)
        for article in read_inputs([file], options)[0]:
            n_articles += 1
            refs[ev._article_key(article.id, case)] = article.reference_date
            mentions += extract_article(article, options)
    return [ev.from_event(e) for e in merge.merge(mentions)[0]], refs, n_articles, 0


def score_given_dates(split: str) -> dict[str, Any]:
    """The split scored with every article's date given (figures; dev's cases hold the diff, test's are dropped)."""
    cases = load_split(split)
    tallies, results = ev.score_all(cases, lambda c: ev.score_case(c, *given_dates_pipeline(c)[:2]))
    report = {"ours": {k: v.metrics() for k, v in sorted(tallies.items())}, "baseline": {}}
    report["cases"] = [r.diff() for r in results if not r.clean or r.wrong] if split == "dev" else []
    return report


if __name__ == "__main__":  # python -m benchmarks.written_set: the calibration table (scores: --written in evaluate)
    if sys.argv[1:2] == ["--given-dates"]:
        given = score_given_dates(sys.argv[2] if len(sys.argv) > 2 else "dev")
        sys.stdout.write(ev.format_table(given) + "\n" + "".join(f"\n{d}\n" for d in given["cases"]))
    else:
        sys.stdout.write(calibration_table(int(sys.argv[1]) if len(sys.argv) > 1 else 5) + "\n")
