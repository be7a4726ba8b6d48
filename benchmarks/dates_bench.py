"""Date engine benchmark: our ``find_dates`` next to dateparser's ``search_dates`` alone.

    python -m benchmarks.dates_bench                 # all suites, both systems, both conventions
    python -m benchmarks.dates_bench --speed         # throughput too
    python -m benchmarks.dates_bench --speed-only    # throughput only
    python -m benchmarks.dates_bench --ours-only     # skip dateparser (what the gate test runs)
    python -m benchmarks.dates_bench --one-pass suite --one-pass-system dateparser   # one pass, under callgrind

Suites: /work/shared/benchmarks (see its README.md), next to the repo; ``--suites DIR`` overrides.

What is counted (same rules for both systems, same process, same cases):

* Recognizers-Text files: only DATE entities, i.e. gold types date, daterange, datetime and
  datetimerange (for the last two, their date part). Time, timerange, duration and set entities
  are not scored; a prediction that overlaps one of them is left out of precision (neither
  right nor wrong: "lundi" inside the set "chaque lundi" is not a false date).
  - relaxed span F1: a prediction matches a gold entity when their spans overlap (one-to-one).
  - value F1: a matched prediction also has the gold value: for date/datetime(range), the day;
    for daterange, the first day AND the last day (gold end is exclusive). An open daterange (a "Mod":
    "before 2018", "since August", "no later than January 1, 2010") needs the same open side and the same
    bound, read in the suite's way (``_open_bound``: a day bounds by itself whatever the word, "until April
    27th" and "before April 27th" both end at 04-27; a longer period by its first day for before/since, by
    the day after it for after/by/until: "after 2016" starts 2017-01-01). A closed gold judges the
    period named only: the French files annotate "15.05.99" in "avant le 15.05.99". Gold "not resolved"
    values (30 février, seasons) can only be missed. Relative gold entities carry a past and a
    future value: the one of the convention being scored is used.
* Duckling: cases of day, month and year grain (instant and interval). Exact = the longest
  mention found has the expected first day (and, for intervals, the expected last day).
  Open intervals of day grain ("à partir du 8 mars", "après le 1er novembre": open_after, bound in
  expected_value) count too: the longest mention must be open on the same side with that bound.
  Negative cases are reported apart (how many yielded nothing).
* Conventions: the suites are assistant-style (a bare weekday or year-less date is the next
  one). Each suite is scored with Options(bare_weekday='future') and with the news default
  'past'; dateparser gets PREFER_DATES_FROM 'future' / 'past' to match.
* Spans: the suites write a day and its clock as one datetime ("lundi 24 décembre à 10h", "Vendredi à midi"); the
  news path writes them apart, as TimeML does ("samedi 5 juin" and "17 h": ``Options.clock_apart``, round nine).
  Ours is scored in the suites' convention, ``Options(clock_apart=False)``, as the convention of the weekday is
  set, and with ``Options(last_weekday='week')``, the suites' "last Tuesday" (the calendar week before; news reads
  the most recent one, round ten); ``--timeml-spans`` scores the news spans instead (Recognizers-Text fr datetime
  value F1 0.857 / 0.804 -> 0.842 / 0.789: one gold entity then holds two of our mentions, the second a false one).
  dateparser has no such option and is not changed.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import functools
import itertools
import json
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.extraction.dates import find_dates
from timeline.models import DateMention
from timeline.settings import Options

SUITES_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
RECOGNIZERS = ("recognizers_text_fr_datetime", "recognizers_text_en_datetime", "recognizers_text_fr_date_parsers")
DUCKLING = "duckling_fr_time"
DATE_TYPES = {"date", "daterange", "datetime", "datetimerange"}
MODES = ("future", "past")


@dataclass(frozen=True)
class Pred:
    """One found expression: span, first day and last day (inclusive); an open one: its side and bound."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    open: str | None = None
    """'past' ("before 2018", "until Friday") or 'future' ("since 2010", "after 2016"); None when closed."""
    bound: dt.date | None = None
    """The bound of an open one, in the suites' way (``_open_bound``)."""


System = Callable[[str, dt.date, str, str], list[Pred]]


def _last_day(value: dt.date, precision: str, end_value: dt.date | None) -> dt.date:
    if end_value is not None:
        return end_value
    if precision == "week":
        return value + dt.timedelta(days=6)
    if precision == "month":
        nxt = dt.date(value.year + value.month // 12, value.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if precision == "year":
        return dt.date(value.year, 12, 31)
    return value


def _open_bound(m: DateMention) -> tuple[str | None, dt.date | None]:
    """(side, bound) of an open mention as the suites write it; (None, None) for a closed one.

    Recognizers-Text and Duckling bound by a day that day, whatever the word ("after January 1, 2007" starts
    on 01-01, "until April 27th" ends on 04-27). A longer period bounds by its first day when it lies on the
    open side ("before 2018" ends on 2018-01-01, exclusive; "since August" starts on 08-01), else by the day
    after it ("after 2016" starts on 2017-01-01; "by end of this month" ends on the next month's first day).
    """
    if m.open_end is None:
        return None, None
    side = "past" if m.open_end in ("before", "by", "until") else "future"
    if (m.precision == "day" and m.end_value is None) or m.open_end in ("before", "since"):
        return side, m.value
    return side, m.period_end() + dt.timedelta(days=1)


def ours(text: str, reference: dt.date, lang: str, mode: str, clock_apart: bool = False) -> list[Pred]:
    """Our mentions; ``clock_apart`` False: a day and its clock as one, the suites' datetime (see the module doc)."""
    options = Options(bare_weekday=mode, clock_apart=clock_apart, last_weekday="week", season_grain="months",
                      years_ago="year")
    return [Pred(m.start, m.end, m.value, _last_day(m.value, m.precision, m.end_value), *_open_bound(m))
            for m in find_dates(text, reference, lang, options)]


def dateparser_alone(text: str, reference: dt.date, lang: str, mode: str) -> list[Pred]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.combine(reference, dt.time()), "PREFER_DATES_FROM": mode}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=[lang], settings=settings) or []
    preds, pos = [], 0
    for words, when in found:
        start = text.find(words, pos)
        if start < 0:
            start = text.find(words)
        if start < 0:
            continue
        pos = start + len(words)
        preds.append(Pred(start, start + len(words), when.date(), when.date()))
    return preds


SYSTEMS: dict[str, System] = {"ours": ours, "dateparser": dateparser_alone}


# ------------------------------------------------------------------------------------------
# Gold
# ------------------------------------------------------------------------------------------


GoldValue = tuple[dt.date | None, dt.date | None, tuple[str, dt.date] | None]
#: Recognizers-Text's "Mod" of an open daterange -> its open side.
_OPEN_MODS = {"before": "past", "before-start": "past", "before-end": "past", "until": "past",
              "since": "future", "after": "future", "after-start": "future", "after-end": "future"}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    is_date: bool
    values: dict[str, GoldValue | None]
    """mode -> (first day, last day inclusive or None for a single day, None), or for an open range (None, None,
    (side, bound)) as ``_open_bound`` writes it; None = not resolved."""


def _d(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def _rt_value(v: dict, words: str = "") -> GoldValue | None:
    if v.get("type") not in DATE_TYPES:
        return None
    if v.get("value") == "not resolved" or ("value" not in v and "start" not in v and "end" not in v):
        return None
    kind = v.get("type")
    side = _OPEN_MODS.get(str(v.get("Mod", "")))
    if kind == "daterange" and side is not None and ("start" in v) != ("end" in v):
        bound = _d(v.get("start") if side == "future" else v.get("end"))
        return (None, None, (side, bound)) if bound is not None else None
    if kind == "daterange":
        return _d(v.get("start")), _range_last(str(v.get("timex", "")), _d(v.get("end")), words), None
    if kind == "datetimerange":
        return _d(v.get("start")), None, None
    return _d(v.get("value")), None, None


def _range_last(timex: str, end: dt.date | None, words: str = "") -> dt.date | None:
    """Last day (inclusive) of a Recognizers daterange, ``words`` being the entity's text.

    Upstream, a range of days written as two points, timex "(A,B,PnD)", ends on B as stated ("du
    17 au 20" ends on the 20th); so does a range of months written as two points, "(A,B,PnM)" whose
    words name two months ("from May to Oct 2020" is (2020-05-01,2020-10-01,P5M): it ends with October,
    as a reader reads it, the same rule as for days). Every other range ("2016-12", "2016-W45",
    "(A,B,P3M)" for a quarter, which names no two months) has an exclusive end.
    """
    if end is None:
        return None
    if re.search(r",P(?:\d+|X)D\)$", timex):
        return end
    if re.search(r",P\d+M\)$", timex) and _names_two_months(words):
        return dt.date(end.year + end.month // 12, end.month % 12 + 1, 1) - dt.timedelta(days=1)
    return end - dt.timedelta(days=1)


def _names_two_months(words: str) -> bool:
    from timeline.extraction.dates.lexicon import _key, lexicon

    months = lexicon("en").months  # English and French names and abbreviations
    return sum(_key(w) in months for w in re.findall(r"[^\W\d_]+", words)) >= 2


def _dp_value(v: dict, timex: str, words: str = "") -> GoldValue | None:
    if not v:
        return None
    if "date" in v:
        return _d(v["date"]), None, None
    return _d(v.get("startDate")), _range_last(timex, _d(v.get("endDate")), words), None


def load_recognizers(path: Path) -> list[tuple[dict, list[Gold]]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        golds = []
        for e in case["expected"]:
            kind = e["type"].replace("datetimeV2.", "")
            if "values" in e:
                vals = [_rt_value(v, e.get("text", "")) for v in e["values"]]
                past, future = (vals[0], vals[1]) if len(vals) > 1 else (vals[0], vals[0]) if vals else (None, None)
            else:
                timex = str(e.get("timex", ""))
                past = _dp_value(e.get("past_resolution") or {}, timex, e.get("text", ""))
                future = _dp_value(e.get("future_resolution") or {}, timex, e.get("text", ""))
            golds.append(Gold(e["start"], e["end"], kind in DATE_TYPES, {"past": past, "future": future}))
        cases.append((case, golds))
    return cases


def _reference(case: dict) -> dt.date:
    ref = case.get("reference_datetime")
    return dt.date.fromisoformat(ref[:10]) if ref else dt.date(2016, 11, 7)


def _value_ok(pred: Pred, gold: GoldValue | None) -> bool:
    if gold is None:
        return False
    first, last, open_ = gold
    if open_ is not None:  # an open range: the same side and bound
        return (pred.open, pred.bound) == open_
    # a closed gold judges the date words only (its span leaves the cue out: "avant le 15.05.99" is annotated
    # "15.05.99"); an open prediction is compared by the period it names, as TimeML scorers do
    if first is not None and pred.first != first:
        return False
    if first is None and last is None:
        return False
    if last is not None:
        return pred.last == last
    return True


def score_recognizers(path: Path, system: System, mode: str) -> dict[str, float]:
    tp_span = tp_value = n_pred = n_gold = 0
    for case, golds in load_recognizers(path):
        preds = system(case["text"], _reference(case), case.get("lang", "fr"), mode)
        dates = [g for g in golds if g.is_date]
        others = [g for g in golds if not g.is_date]
        n_gold += len(dates)
        used: set[int] = set()
        for p in preds:
            hit = next((i for i, g in enumerate(dates) if i not in used and p.start < g.end and g.start < p.end), None)
            if hit is None:
                if any(p.start < g.end and g.start < p.end for g in others):
                    continue  # inside a time/duration/set entity: not scored
                n_pred += 1
                continue
            used.add(hit)
            n_pred += 1
            tp_span += 1
            tp_value += _value_ok(p, dates[hit].values[mode])
    return {**_prf("span", tp_span, n_pred, n_gold), **_prf("value", tp_value, n_pred, n_gold),
            "gold": n_gold, "predicted": n_pred}


def _prf(name: str, tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{name}_p": round(p, 3), f"{name}_r": round(r, 3), f"{name}_f1": round(f, 3)}


_OPEN_KINDS = {"open_after": "future", "open_before": "past"}


def score_duckling(path: Path, system: System, mode: str) -> dict[str, float]:
    by_grain: dict[str, list[bool]] = {}
    negatives_clean = negatives = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        ref = _reference(case)
        if case["kind"] == "negative":
            negatives += 1
            negatives_clean += not system(case["text"], ref, "fr", mode)
            continue
        if case["grain"] not in ("day", "month", "year") or case["kind"] not in ("instant", "interval", *_OPEN_KINDS):
            continue
        preds = system(case["text"], ref, "fr", mode)
        ok = False
        if preds:
            best = max(preds, key=lambda p: p.end - p.start)
            first = _d(case["expected_value"])
            if case["kind"] in _OPEN_KINDS:
                ok = (best.open, best.bound) == (_OPEN_KINDS[case["kind"]], first)
            elif best.open is not None:
                ok = False  # an open range is not the instant or interval expected
            elif case["kind"] == "instant":
                ok = best.first == first
            else:
                last = _d(case["expected_end"])
                ok = best.first == first and last is not None and best.last + dt.timedelta(days=1) == last
        by_grain.setdefault(case["grain"], []).append(ok)
    flat = [x for v in by_grain.values() for x in v]
    out: dict[str, float] = {"exact": round(sum(flat) / len(flat), 3), "cases": len(flat)}
    for grain, oks in sorted(by_grain.items()):
        out[f"exact_{grain}"] = round(sum(oks) / len(oks), 3)
    out["negatives_clean"] = negatives_clean
    out["negatives"] = negatives
    return out


def score_suite(suites: Path, name: str, system: System, mode: str) -> dict[str, float]:
    path = suites / f"{name}.jsonl"
    return score_duckling(path, system, mode) if name == DUCKLING else score_recognizers(path, system, mode)


# ------------------------------------------------------------------------------------------
# Speed
# ------------------------------------------------------------------------------------------


def articles(suites: Path, seeds: Path, words: int = 700) -> list[tuple[str, str]]:
    """(lang, text) articles of about ``words`` words: the seeds, and the suites' texts joined."""
    out = [("fr", p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))]
    for name in (*RECOGNIZERS, DUCKLING):
        path = suites / f"{name}.jsonl"
        if not path.exists():
            continue
        chunk: list[str] = []
        lang = "en" if "_en_" in name else "fr"
        for line in path.read_text(encoding="utf-8").splitlines():
            chunk.append(json.loads(line)["text"].rstrip(".") + ".")
            if sum(len(c.split()) for c in chunk) >= words:
                out.append((lang, " ".join(chunk)))
                chunk = []
        if chunk:
            out.append((lang, " ".join(chunk)))
    return out


def speed_corpora(suites: Path) -> dict[str, list[tuple[str, str]]]:
    """The two corpora of ``--speed``, by label: the suites' texts joined into articles, and the seeds ten times."""
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    return {
        "suite texts joined into ~700-word articles": articles(suites, seeds),
        "the seeds, 10 times": [("fr", p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))] * 10,
    }


def one_pass(docs: Sequence[tuple[str, str]], system: System | None = None) -> None:
    """A warm pass of ``find_dates`` over ``docs`` (patterns compiled, caches filled), then one more run by
    ``itertools.starmap``, so that instruction counts, which the machine's load does not move, cover that pass only:

        valgrind --tool=callgrind --collect-atstart=no --toggle-collect=starmap_next \\
            python -m benchmarks.dates_bench --one-pass suite

    With a ``system`` of ``SYSTEMS``, that system as ``speed`` calls it instead: the counts of ``ours`` and of
    ``dateparser`` make the speed ratio in instructions, which no other process on the machine moves (``--speed``'s
    ratio by the clock moved from 10x to 14x between runs of the same code on a shared machine, round thirty-five)."""
    ref, options = dt.date(2025, 12, 20), Options(bare_weekday="past")

    def run(lang: str, text: str) -> list[DateMention] | list[Pred]:
        if system is not None:
            return system(text, ref, lang, "past")
        return find_dates(text, ref, lang, options)

    for lang, text in docs:
        run(lang, text)
    collections.deque(itertools.starmap(run, docs), maxlen=0)  # the engine itself never calls starmap


def speed(docs: Sequence[tuple[str, str]], systems: dict[str, System], rounds: int = 3) -> dict[str, dict]:
    """Throughput of each system on the same articles: best of ``rounds`` passes, the systems taking turns.

    Taking turns and keeping each one's best pass makes the ratio fair on a shared, loaded machine.
    """
    ref = dt.date(2025, 12, 20)
    chars = sum(len(text) for _, text in docs)
    for system in systems.values():  # warm up: compile patterns, load language data
        for lang in sorted({lang for lang, _ in docs}):
            system(next(t for lg, t in docs if lg == lang), ref, lang, "past")
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, system in systems.items():
            begin = time.perf_counter()
            for lang, text in docs:
                system(text, ref, lang, "past")
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - begin)
    return {name: {"articles": len(docs), "chars": chars, "seconds": round(s, 3),
                   "articles_per_s": round(len(docs) / s, 2), "chars_per_s": round(chars / s)}
            for name, s in best.items()}


# ------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------


PIN_MARGIN = 0.02
"""Floors sit this far below the measured score: the gate catches regressions, not noise."""
PINNED = {"recognizers": ("span_f1", "value_f1"), "duckling": ("exact", "exact_day")}


def pin_floors(path: Path, results: dict[str, dict]) -> None:
    """Write floors (our score minus PIN_MARGIN, never above what was measured) for the gate test."""
    floors: dict[str, dict[str, dict[str, float]]] = {}
    for suite, modes in results.items():
        if suite == "speed":
            continue
        metrics = PINNED["duckling" if suite == DUCKLING else "recognizers"]
        for mode, systems in modes.items():
            floors.setdefault(suite, {})[mode] = {
                k: max(0.0, round(systems["ours"][k] - PIN_MARGIN, 3)) for k in metrics}
    doc = {"comment": "Floors for tests/test_dates_gate.py: measured minus a margin, by "
                      "`python -m benchmarks.dates_bench --ours-only --pin benchmarks/dates_floors.json`. "
                      "Never raise a floor above a measured score; lower one only on purpose, in review.",
           "floors": floors}
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _row(cells: Sequence[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dates_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--suites", type=Path, default=SUITES_DIR, help="folder of the *.jsonl suites")
    parser.add_argument("--ours-only", action="store_true", help="do not run dateparser")
    parser.add_argument("--speed", action="store_true", help="also measure throughput on ~700-word articles")
    parser.add_argument("--speed-only", action="store_true",
                        help="only the throughput of --speed, not the suites' scores (a minute less a run)")
    parser.add_argument("--rounds", type=int, default=3, help="speed: passes per system, the best is kept")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON to this file")
    parser.add_argument("--pin", type=Path, help="write our scores minus a margin as the gate's floors to this file")
    parser.add_argument("--one-pass", choices=("suite", "seeds"),
                        help="only a warm pass of find_dates over that speed corpus, then one more for callgrind "
                             "(see one_pass); nothing is scored")
    parser.add_argument("--one-pass-system", choices=tuple(SYSTEMS),
                        help="with --one-pass: that system as --speed calls it, not find_dates itself (the counts of "
                             "both systems make the speed ratio in instructions)")
    parser.add_argument("--timeml-spans", action="store_true",
                        help="score ours in the news' TimeML spans (a day and its clock apart), not the suites'")
    args = parser.parse_args(argv)
    if args.speed_only and args.pin:
        parser.error("--pin needs the suites' scores: leave out --speed-only")
    if args.one_pass_system and not args.one_pass:
        parser.error("--one-pass-system needs --one-pass suite|seeds")
    if not args.suites.is_dir():
        print(f"suites folder not found: {args.suites}", file=sys.stderr)
        return 2
    if args.one_pass:
        one_pass(list(speed_corpora(args.suites).values())[0 if args.one_pass == "suite" else 1],
                 SYSTEMS[args.one_pass_system] if args.one_pass_system else None)
        return 0
    systems = {"ours": ours} if args.ours_only else dict(SYSTEMS)
    if args.timeml_spans:
        systems["ours"] = functools.partial(ours, clock_apart=True)
    results: dict[str, dict] = {}
    for name in () if args.speed_only else (*RECOGNIZERS, DUCKLING):
        if not (args.suites / f"{name}.jsonl").exists():
            print(f"missing suite: {name}.jsonl", file=sys.stderr)
            continue
        for mode in MODES:
            for sys_name, system in systems.items():
                results.setdefault(name, {}).setdefault(mode, {})[sys_name] = score_suite(args.suites, name, system,
                                                                                          mode)
        print(f"\n### {name}\n")
        if name == DUCKLING:
            keys = ["exact", "exact_day", "exact_month", "exact_year", "cases", "negatives_clean", "negatives"]
        else:
            keys = ["span_p", "span_r", "span_f1", "value_p", "value_r", "value_f1", "gold", "predicted"]
        cols = [f"{mode}: {s}" for mode in MODES for s in systems]
        print(_row(["metric", *cols]))
        print(_row(["---"] * (len(cols) + 1)))
        for key in keys:
            print(_row([key, *(results[name][mode][s].get(key, "") for mode in MODES for s in systems)]))
    if args.speed or args.speed_only:
        results["speed"] = {}
        for label, docs in speed_corpora(args.suites).items():
            speeds = speed(docs, systems, rounds=args.rounds)
            results["speed"][label] = speeds
            print(f"\n### speed: {label} (best of {args.rounds} passes, reference 2025-12-20)\n")
            print(_row(["system", "articles", "chars", "seconds", "articles/s", "chars/s"]))
            print(_row(["---"] * 6))
            for name, s in speeds.items():
                print(_row([name, s["articles"], s["chars"], s["seconds"], s["articles_per_s"], s["chars_per_s"]]))
            if "dateparser" in speeds:
                ratio = speeds["ours"]["chars_per_s"] / max(1, speeds["dateparser"]["chars_per_s"])
                print(f"\nours / dateparser throughput: {ratio:.1f}x")
    if args.pin:
        pin_floors(args.pin, results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
