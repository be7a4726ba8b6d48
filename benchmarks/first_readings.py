"""Confidence calibrated on first readings: each written batch's dev half as the pipeline read it while blind.

    python -m benchmarks.first_readings --collect [--batches h,i]  # run each batch's blind commit on its dev half
    python -m benchmarks.first_readings --lobo                     # each map's form, leave one batch out (p out)
    python -m benchmarks.first_readings --held-out                 # the held-out batches, once (figures only)
    python -m benchmarks.first_readings --apply [--form shift]     # the map into the model file

Why. Every dev source, real-news or written, sits at precision 0.85-1.00 because the rules were tuned on it, so a
map fitted on dev is over-confident on text nobody tuned on (real-news test: precision 0.73 under mean confidence
0.86; docs/BENCHMARKS.md, "Confidence across nineteen dev sources, round twenty-one"). Each written batch h..p was
blind for one round, then read. The pipeline as it stood at the last commit that listed the batch blind
(``FIRST_READINGS``) had never been tuned on it: its events on the batch's **dev half** (never a test half) are
outcomes of unseen text, with the features that commit computed. The features' definitions
(timeline/extraction/events/scorer.py ``FEATURES`` and ``features``) are the same at every one of those commits as
on main (only the Model's fitted ceiling was added, round nineteen), and so is ``calibration._outcomes``.

What. The ranking stays the shipped model's (fitted on dev by benchmarks/train_confidence.py); only the calibration
map is fitted here: each event's best mention's logit s under the shipped coefficients becomes ``a * s + c``
(benchmarks/written_confidence.py ``FORMS``: ``shift`` fits c, ``platt`` a and c), the shipped ceiling kept. The table
``benchmarks/written/confidence_first_readings.jsonl`` holds numbers only: batch, case number, event number, sources,
outcome, features. Batches in ``HELD`` (``written_set.HELD_OUT``) are collected but in no fit and no choice;
``--held-out`` scores them once, by the map fitted on the others.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev
from benchmarks import written_confidence as wc

TABLE = ev.ROOT / "benchmarks" / "written" / "confidence_first_readings.jsonl"
FIRST_READINGS: dict[str, str] = {
    "h": "52f334b",  # end of round fourteen (docs: ARCHITECTURE names round fourteen's modules); h read from fifteen
    "i": "a07cf68",  # the parent of f0a41f9, which emptied BLIND = ("i",)
    "j": "2f021fd",  # the parent of b342c7a, "batch j's dev half is read from round seventeen on"
    "k": "6628689",  # the parent of 7ce17d2, "batch k ... is read from now on"
    "l": "635e94e",  # the parent of 52656c3, "batch l ... is read from now on"
    "m": "aab2a9a",  # the parent of 0987d9b, "batch m ... is read from now on"
    "n": "aa2b2b7",  # the parent of a4fde11, "batch n ... is read from now on"
    "o": "b1923ed",  # the parent of 77ce27c, BLIND = ("o", "p") -> ()
    "p": "b1923ed",
    "q": "aa4f055",  # the parent of 96fae3b, BLIND = ("q",) -> () (collected in round twenty-four, held out there)
    "r": "59998ec",  # the parent of 91c50d1, BLIND = ("r",) -> () (held out in round twenty-five)
}
"""Per batch, the last commit whose ``benchmarks/written_set.py`` lists it blind (``git log -S BLIND``); for h, which
predates ``BLIND``, the last commit of the round it was written in."""
HELD: tuple[str, ...] = ("r",)
"""Collected, never fitted on nor used to choose (this round's held-out half, ``written_set.HELD_OUT``; p was round
twenty-three's, q round twenty-four's, r is round twenty-five's)."""
FITTED: tuple[str, ...] = ("i", "j", "k", "l", "m", "n", "o")
"""The batches a map learns from and is judged on (leave one out): the landing rule of commit a84a348 names i..o; h
(collected after the rule was fixed) is scored beside p by ``--held-out``, in no fit."""
SPLIT = "dev"
"""Only dev halves: a test half is never run here."""

_COLLECTOR = r'''
import json, sys
from benchmarks import evaluate as ev
from benchmarks.calibration import _outcomes
from benchmarks.written_set import load_split
from timeline.extraction.events import scorer
from timeline.extraction.events.spans import _stable_id
from timeline.extraction.pipeline import extract
from timeline.settings import Options

batch = sys.argv[1]
model = scorer.load_model()
for number, case in enumerate(load_split("dev", batch)):
    options = Options(reference_date=case.fallback_reference, today=case.run_date)
    with scorer.recording() as sink:
        result = extract(list(case.inputs), options)
    ids = {m.article_id for m in result.mentions}
    found = {}
    for s in sink:
        for article in ids:
            found.setdefault(_stable_id(article, s.proto.date.start, s.proto.trigger.start), []).append(s.features)
    outcomes = _outcomes(case, [ev.from_event(e) for e in result.events])
    for index, (event, label) in enumerate(zip(result.events, outcomes, strict=True)):
        if label is None:
            continue
        for mention in (m for m in result.mentions if m.event_id == event.event_id):
            candidates = found[mention.mention_id]
            features = next((f for f in candidates if model.probability(f) == mention.confidence), candidates[0])
            print(json.dumps({"batch": batch, "case": number, "event": index, "sources": len(event.sources),
                              "label": label, "features": features}, sort_keys=True))
'''
"""Run inside the old commit's tree (its own pipeline, scorer and gold): one JSON line per mention of a scored
event, as benchmarks/written_confidence.py ``collect`` gives (the old guard there refuses a blind batch)."""


# --------------------------------------------------------------------------- collect


def collect_batch(batch: str, python: str = sys.executable) -> list[dict[str, Any]]:
    """``FIRST_READINGS[batch]``'s pipeline on the batch's dev half (``git archive`` into a temporary folder)."""
    if batch not in FIRST_READINGS:
        raise ValueError(f"batch {batch!r} has no first-reading commit: {sorted(FIRST_READINGS)}")
    with tempfile.TemporaryDirectory(prefix=f"first-{batch}-") as tree:
        archive = subprocess.run(["git", "-C", str(ev.ROOT), "archive", FIRST_READINGS[batch]], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": tree}
        out = subprocess.run([python, "-c", _COLLECTOR, batch], cwd=tree, env=env, check=True,
                             capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def collect(batches: Sequence[str] = tuple(FIRST_READINGS)) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for batch in batches:
        rows += collect_batch(batch)
    return rows


def read_table(path: Path = TABLE) -> list[dict[str, Any]]:
    return wc.read_table(path)


def fitted_on(rows: Sequence[Mapping[str, Any]], batches: Sequence[str] = FITTED) -> list[Mapping[str, Any]]:
    """The rows a map may learn from (``FITTED``; never a ``HELD`` batch)."""
    return [r for r in rows if r["batch"] in batches and r["batch"] not in HELD]


# --------------------------------------------------------------------------- judge and apply


def lobo(rows: Sequence[Mapping[str, Any]], model: Mapping[str, Any],
         forms: Sequence[str] = wc.FORMS) -> dict[str, Any]:
    """written_confidence's leave-one-batch-out over the first-reading batches (held-out ones left out), with each
    batch's own ECE (``BINS`` bins) under each form."""
    from benchmarks.calibration import reliability

    kept = fitted_on(rows)
    out = wc.leave_one_batch_out(kept, model, forms)
    scored = wc.events(kept, model)
    ceiling = model.get("ceiling")
    for t in out.values():
        for batch, b in t["batches"].items():
            mine = [e for e in scored if e[0] == batch]
            b["ece"] = reliability(wc.pairs(mine, b["slope"], b["shift"], ceiling), wc.BINS)["ece"]
    return out


def held_out(rows: Sequence[Mapping[str, Any]], model: Mapping[str, Any],
             forms: Sequence[str] = wc.FORMS) -> dict[str, Any]:
    """Per batch outside ``FITTED`` (h, and the held-out p): each form's figures, its map fitted on ``FITTED``."""
    from benchmarks.calibration import reliability

    ceiling = model.get("ceiling")
    maps = {form: wc.fit_map(wc.events(fitted_on(rows), model), form, ceiling) for form in forms}
    out: dict[str, Any] = {}
    for batch in sorted({r["batch"] for r in rows} - set(FITTED)):
        mine = wc.events([r for r in rows if r["batch"] == batch], model)
        out[batch] = {}
        for form, (a, c) in maps.items():
            table = reliability(wc.pairs(mine, a, c, ceiling), wc.BINS)
            out[batch][form] = {"events": len(mine), "precision": table["precision"],
                                "confidence": table["mean_confidence"], "ece": table["ece"],
                                "log_loss": wc._log_loss(mine, a, c, ceiling)}
    return out


def apply_map(model: Mapping[str, Any], rows: Sequence[Mapping[str, Any]], form: str) -> dict[str, Any]:
    """The model file with the map of ``form``, fitted on every first-reading batch but the held-out ones, folded
    into its coefficients (a * coefficients, a * intercept + c) and recorded under ``fit.first_reading_map``."""
    kept = fitted_on(rows)
    scored = wc.events(kept, model)
    slope, shift = wc.fit_map(scored, form, model.get("ceiling"))
    on = (f"the events of the written batches' dev halves {', '.join(sorted({r['batch'] for r in kept}))} as each "
          f"batch's last blind commit read them (benchmarks/written/{TABLE.name}; held out: {', '.join(HELD)}), their "
          "best mention scored by the dev map")
    return wc.fold_map(model, "first_reading_map", form, slope, shift, scored, on)


UNDONE: tuple[str, ...] = ("unseen_map", "first_reading_map")
"""Maps ``before`` takes out, last folded first: benchmarks/fresh_confidence.py's level map (round twenty-five), then
this module's."""


def before(model: Mapping[str, Any]) -> dict[str, Any]:
    """The model as the dev fit wrote it: a map of unseen text already folded in (``UNDONE``) is taken out first."""
    out = dict(model)
    for key in UNDONE:
        done = out.get("fit", {}).get(key)
        if done:
            out["coefficients"], out["intercept"] = dict(done["before"]["coefficients"]), done["before"]["intercept"]
            out["fit"] = {k: v for k, v in out["fit"].items() if k != key}
    return out


def format_lobo(result: Mapping[str, Any]) -> str:
    lines = [wc.format_lobo(result), "", "| batch ECE | " + " | ".join(result) + " |",
             "|---|" + "---|" * len(result)]
    for batch in next(iter(result.values()))["batches"]:
        lines.append(f"| {batch} | " + " | ".join(f"{t['batches'][batch]['ece']:.3f}" for t in result.values())
                     + " |")
    lines.append("| pooled mean conf. / precision | " + " | ".join(
        f"{t['mean_confidence']:.3f} / {t['precision']:.3f}" for t in result.values()) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from timeline.extraction.events import scorer

    parser = argparse.ArgumentParser(prog="python -m benchmarks.first_readings", description=__doc__.splitlines()[0])
    parser.add_argument("--collect", action="store_true", help=f"run each blind commit, write {TABLE.name}")
    parser.add_argument("--batches", default=",".join(FIRST_READINGS))
    parser.add_argument("--lobo", action="store_true")
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--apply", action="store_true")
    parser.add_argument("--form", choices=wc.FORMS, default="shift")
    parser.add_argument("--model", type=Path, default=scorer.MODEL_FILE)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.collect:
        rows = collect(args.batches.split(","))
        TABLE.write_text(wc._lines(rows), encoding="utf-8")
        sys.stdout.write(f"wrote {TABLE.name}: {len(rows)} mentions\n")
        return 0
    model = before(json.loads(args.model.read_text(encoding="utf-8")))
    rows = read_table()
    if args.lobo:
        sys.stdout.write(format_lobo(lobo(rows, model)) + "\n")
        return 0
    if args.held_out:
        for batch, figures in held_out(rows, model).items():
            for name, f in figures.items():
                sys.stdout.write(f"{batch} {name}: {f['events']} events, precision {f['precision']:.3f}, mean "
                                 f"confidence {f['confidence']:.3f}, ECE {f['ece']:.3f}, "
                                 f"log loss {f['log_loss']:.3f}\n")
        return 0
    if args.apply:
        wc.write_map(apply_map(model, rows, args.form), args.out or args.model, "first_reading_map")
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
