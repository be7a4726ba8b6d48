"""Real-news date benchmark: our ``find_dates`` next to dateparser's ``search_dates`` alone, on TIMEX3 gold.

    python -m benchmarks.realnews_dates                       # dev and test, both systems, one table a file
    python -m benchmarks.realnews_dates --split dev --errors 5  # and 5 of our errors per class, with context
    python -m benchmarks.realnews_dates --json                # the scores as JSON on stdout (--json FILE: to a file)
    python -m benchmarks.realnews_dates --ours-only --pin benchmarks/realnews_dates_floors.json
    python -m benchmarks.realnews_dates --split fresh          # the blind WiNER gold (EXTRA_SPLITS), alone

Articles: ``fr_timebank_dev.jsonl`` (French TimeBank) and ``en_wikinews_meantime.jsonl`` (MEANTIME) from
``../shared/realnews/`` or ``$TIMELINE_REALNEWS`` (see its README.md), in the fixed dev/test splits of
``benchmarks.realnews``. Tune on dev only; read test when a change is done. Each article's ``published``
date is the reference date of both systems (ours: ``find_dates(text, published, lang,
Options(reference_date=published, bare_weekday='past'))``; dateparser: RELATIVE_BASE = published and
PREFER_DATES_FROM 'past', as in ``benchmarks.dates_bench``, whose dateparser baseline is reused).

What is counted (same rules for both systems, same process, same articles):

* Gold: the TIMEX3 of type DATE and TIME whose value is a calendar value, at one of these
  granularities: year ``1999``, month ``1999-05``, ISO week ``2008-W12``, day ``1999-05-18``,
  part of day ``1999-05-18TMO`` (MO, MI, AF, EV, NI, DT) and clock time ``1999-05-18T21:45`` (seconds
  and a time zone, ``Z``/``+01``, are dropped). Every other DATE/TIME value is "not scored" and
  counted apart: PRESENT_REF/PAST_REF/FUTURE_REF, durations written as DATE (``P1D``), anything with
  X (``XXXX-XX-XX``, ``1999-05-XX``), decades (``199``), seasons and quarters (``2008-SP``,
  ``2008-Q3``), weekends (``2008-W12-WE``), fiscal years (``FY2008``), a part of day without a date
  (``TNI``). Our engine has no precision for any of them (day, week, month, year), so scoring them
  could only count misses. DURATION and SET TIMEX3 are not dates at all. Clock times and parts of
  day are scored strictly against ``DateMention.time``; relaxed value counts their day.
* Predictions: ours at their precision, day -> ``YYYY-MM-DD``, week -> ``YYYY-Www`` (ISO week of
  ``value``), month -> ``YYYY-MM``, year -> ``YYYY``; a day with a ``time`` -> ``YYYY-MM-DDTHH:MM``,
  or with a part of the day -> ``YYYY-MM-DDTMO`` (``PARTS_OF_DAY``: MO, MI, AF, EV, NI).
  A range is scored as TimeML writes it, two TIMEX3, one at each end: "du 17 au 20 mai" is "17" (1999-05-17)
  and "20 mai" (1999-05-20), "de 18 h à 23 h" is "18 h" and "23 h" (both corpora annotate ranges so; MEANTIME
  adds a DURATION over the whole, not scored). The engine says where the last end is written
  (``DateMention.end_start``); a range without it (a month part, "fin 2008") stays one prediction.
  dateparser: each found string at the period its own parser gives it (``DateDataParser`` with
  RETURN_TIME_AS_PERIOD: 'time' -> ``YYYY-MM-DDTHH:MM``, 'day', 'week', 'month', 'year'), the date
  being the one ``search_dates`` returned.
* WiNER (``fr_wikinews_winer.jsonl``, French Wikinews; dev 2016-2017, test 2018): the corpus marks Date and
  Hour spans without values; ours (``OUR_GOLD``, one file a split, conventions in docs/ANNOTATION.md "Dates")
  give each a TimeML value and add the relative dates WiNER leaves out ("hier", "mardi", "ce matin"). Only
  the annotated articles are scored; its floors are on value F1 (``GATED``).
* French test (``POOLED``): French TimeBank test and WiNER test also scored as one set (articles pooled).
  ``value_r[g]``: value recall on the gold of one granularity (``gold[g]`` of them; WiNER test is half times).
* Annotated region: MEANTIME's time expressions are annotated in the title, the date line and the
  first four sentences only (its first 6 non-empty lines; no TIMEX3 of the 97 articles lies further,
  while the dates that follow are plentiful), so in ``en_wikinews_meantime`` gold and predictions are
  scored up to the end of that region (``ANNOTATED_LINES``); French TimeBank articles are scored whole.
* Which predictions enter precision: all in the annotated region, except one that overlaps no
  scored gold but overlaps a "not scored" DATE/TIME gold (neutral: "this year" on a PRESENT_REF
  gold is neither right nor wrong). A prediction that overlaps only a DURATION or SET gold ("trois
  ans", "chaque lundi") is a false date and counts as spurious.
* Spans: both spans are first normalised the same way: surrounding whitespace and punctuation
  (``STRIP``) are cut, then leading words of ``LEADING`` (articles and prepositions: "le", "l'",
  "du", "à", "dès", "depuis", "entre"; "the", "on", "in", "since", "between"...), repeatedly, case-insensitively, each
  followed by a space (or glued, for an elided "l'"/"d'"), then punctuation again. "le samedi 5 juin"
  and "samedi 5 juin" are the same span; "avant le 5 juin" and "le 5 juin" are not.
* Metrics, each a one-to-one matching (greedy, largest overlap first), P = matches / predictions
  in precision, R = matches / scored gold:
  - strict value F1: same normalised span, same granularity, same value;
  - value F1: overlapping spans, same granularity, same value (the span's extent left out);
  - relaxed value F1: overlapping spans and the same date, the time of day left out on both sides
    (gold ``1999-05-19TMO`` "hier matin" and a day ``1999-05-19`` on "hier" match; ``1999-05`` and
    ``1999-05-19`` do not);
  - relaxed span F1: overlapping spans.
* Our errors (``--errors N``), from one tiered matching (strict first, then relaxed value, then
  overlap): missed (gold, nothing overlaps), spurious (prediction in precision, no scored gold
  overlaps), wrong granularity (overlap, granularities differ), wrong value (same granularity,
  value differs), wrong span (granularity and value right, normalised spans differ).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.realnews import SPLITS, iter_records, realnews_dir
from timeline import Options, find_dates
from timeline.models import DateMention

FILES = ("fr_timebank_dev.jsonl", "en_wikinews_meantime.jsonl", "fr_wikinews_winer.jsonl")
METRICS = ("strict", "value", "relaxed", "span")
_OURS = Path(__file__).resolve().parent / "realnews"
OUR_GOLD = {"fr_wikinews_winer.jsonl": {"dev": _OURS / "dates_fr_wikinews_winer_dev.jsonl",
                                        "test": _OURS / "dates_fr_wikinews_winer_test.jsonl",
                                        "fresh": _OURS / "dates_fr_wikinews_winer_fresh.jsonl"}}
"""Files whose date gold is ours (docs/ANNOTATION.md, "Dates"), not the corpus's: its file for each split annotated."""
EXTRA_SPLITS = {"fresh": "dev"}
"""Splits of our own gold drawn from a corpus split (here: dev), scored only when named (``--split fresh``), never
by ``dev``, ``test`` or ``both``. "fresh": the 98 WiNER dev-period articles the dev gold leaves out, annotated
blind in round nineteen (docs/ANNOTATION.md), its yardstick; read since round twenty (a development source)."""
POOLED = {"French test": (("fr_timebank_dev.jsonl", "test"), ("fr_wikinews_winer.jsonl", "test"))}
"""Sets also scored as one, their articles pooled: French TimeBank test alone has 35 dates, too few to tell much."""
GRANULARITIES = ("year", "month", "week", "day", "part_of_day", "time")
GATED = {"fr_wikinews_winer.jsonl": "value_f1"}
"""The metric the CI floor holds per file (default ``strict_f1``): our WiNER gold keeps WiNER's spans, whose
extent ("20 mai dernier", "fin [2016]") follows other conventions than TimeML's, so its floor is on the value."""
ERROR_CLASSES = ("missed", "spurious", "wrong granularity", "wrong value", "wrong span")
PIN_MARGIN = 0.01
"""Floors sit this far below the measured strict value F1: the gate catches regressions, not noise."""
FLOORS = Path(__file__).resolve().parent / "realnews_dates_floors.json"

STRIP = " \t\r\n\u00a0\u202f.,;:!?()[]{}«»\"'“”‘’`-–—/…"
"""Cut from both ends of every span, gold and predicted."""
LEADING = (
    # French articles and prepositions (elided forms are glued to the next word).
    "le", "la", "les", "l'", "l’", "du", "des", "de", "d'", "d’", "au", "aux", "à", "en", "dès", "depuis",
    "vers", "pour", "par", "jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à",
    # English.
    "the", "on", "in", "at", "of", "by", "since", "from", "until", "for", "during",
    # The first end of a range: "between" is its link's SIGNAL in TimeML, as "from" is ("between April 2019 and
    # November 2024": TIMEX3 "April 2019" and "November 2024"; the written gold spans the end alike); round 19.
    "between", "entre",
)
"""Leading words dropped from both spans before the strict span comparison."""
_LEADING_RE = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in sorted(LEADING, key=len, reverse=True) if w[-1] in "'’") + r")"
    r"|(?:" + "|".join(re.escape(w) for w in sorted(LEADING, key=len, reverse=True) if w[-1] not in "'’")
    + r")\s+",
    re.IGNORECASE,
)

_CALENDAR = [
    ("time", re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d?(?::?\d\d)?)?")),
    ("part_of_day", re.compile(r"(\d{4}-\d\d-\d\dT(?:MO|MI|AF|EV|NI|DT))")),
    ("day", re.compile(r"(\d{4}-\d\d-\d\d)")),
    ("week", re.compile(r"(\d{4}-W\d\d)")),
    ("month", re.compile(r"(\d{4}-\d\d)")),
    ("year", re.compile(r"(\d{4})")),
]
SCORED_TYPES = {"DATE", "TIME"}
ANNOTATED_LINES = {"en_wikinews_meantime": 6}
"""File stem -> how many non-empty lines from the top carry gold; files not listed are annotated whole."""


# ------------------------------------------------------------------------------------------
# Gold and predictions
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timex:
    """One gold TIMEX3: span, type, raw value and, when scored, the normalised value and granularity."""

    start: int
    end: int
    text: str
    type: str
    raw: str
    value: str | None
    granularity: str | None

    @property
    def scored(self) -> bool:
        return self.value is not None

    @property
    def not_a_date(self) -> bool:
        """DURATION or SET: a prediction on it alone is a false date."""
        return self.type not in SCORED_TYPES


@dataclass(frozen=True)
class Found:
    """One prediction: span, TimeML-like value and its granularity."""

    start: int
    end: int
    text: str
    value: str
    granularity: str
    end_value: str | None = None
    """Last day of a range, for people reading errors only (ranges are scored by their start)."""


System = Callable[[str, dt.date, str], list[Found]]


def calendar_value(value: str) -> tuple[str, str] | None:
    """(normalised value, granularity) of a TimeML calendar value, or None when it is not scored."""
    for granularity, pattern in _CALENDAR:
        m = pattern.fullmatch(value.strip())
        if m:
            return m.group(1), granularity
    return None


def gold_of(record: dict[str, Any]) -> list[Timex]:
    out = []
    for t in record.get("timex", []):
        raw = str(t.get("value") or "")
        cal = calendar_value(raw) if t["type"] in SCORED_TYPES else None
        out.append(Timex(t["start"], t["end"], t["text"], t["type"], raw, *(cal or (None, None))))
    return out


#: Our parts of the day (``DateMention.time``) as TimeML writes them after the date ("1999-05-18TMO").
PARTS_OF_DAY = {"morning": "MO", "noon": "MI", "afternoon": "AF", "evening": "EV", "night": "NI"}


def timeml(value: dt.date, precision: str, clock: dt.time | str | None = None) -> tuple[str, str]:
    """(TimeML-like value, granularity) of a date at a precision: day 2008-03-01, week 2008-W09...

    ``clock`` is a time of day on a day: a ``datetime.time`` or 'HH:MM' -> ``2008-03-01T21:45`` ('time'),
    a part of the day ('morning'...) -> ``2008-03-01TMO`` ('part_of_day').
    """
    if isinstance(clock, dt.time):
        return f"{value.isoformat()}T{clock.hour:02d}:{clock.minute:02d}", "time"
    if clock in PARTS_OF_DAY:
        return f"{value.isoformat()}T{PARTS_OF_DAY[clock]}", "part_of_day"
    if clock:
        return f"{value.isoformat()}T{clock}", "time"
    if precision == "day":
        return value.isoformat(), "day"
    if precision == "week":
        year, week, _ = value.isocalendar()
        return f"{year:04d}-W{week:02d}", "week"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}", "month"
    if precision == "year":
        return f"{value.year:04d}", "year"
    raise ValueError(f"unknown precision {precision!r}: teach benchmarks/realnews_dates.timeml about it")


#: What links the two ends of a range, cut from the end of its first part ("du 19 [au] 23 juillet").
_RANGE_LINK = re.compile(r"[\s,]*(?:[-–—/]|\b(?:au|à|a|et|jusqu['’]?(?:au|à|a)|to|through|thru|until|till|and)\b)?"
                         r"[\s,]*$", re.IGNORECASE)


def ours(text: str, reference: dt.date, lang: str) -> list[Found]:
    """Our engine, through the public API, news conventions; a range is its two ends (see ``ends``)."""
    options = Options(reference_date=reference, bare_weekday="past")
    out = []
    for m in find_dates(text, reference, lang, options):
        out += ends(text, m)
    return out


def ends(text: str, m: DateMention) -> list[Found]:
    """One prediction, or two for a range whose last end has its own words (``DateMention.end_start``).

    TimeML writes each end of a range as its own TIMEX3: "du <19> au <23 juillet>", "from <2009> to <2011>",
    "de <18 h> à <23 h>" (French TimeBank and MEANTIME alike; MEANTIME adds a DURATION over the whole, which is
    not scored). The first end runs from the mention's start to the link word, the last from ``end_start``.
    A period of months said in one phrase ("le deuxième trimestre 2024", "premier semestre 2025", "the first two
    months of this year") is its first and its last month on the same span, as the fresh and written golds write
    it (two entries, 2024-04 and 2024-06); French TimeBank and MEANTIME value such a phrase "2024-Q2", not scored.
    """
    clock = m.time if m.precision == "day" else None
    value, granularity = timeml(m.value, m.precision, clock)
    if m.end_start is None and m.precision == "month" and m.end_value is not None \
            and (m.end_value.year, m.end_value.month) > (m.value.year, m.value.month):
        last, _ = timeml(m.end_value, "month")  # a period of months in one phrase: its first and last month
        return [Found(m.start, m.end, m.text, value, granularity, m.end_value.isoformat()),
                Found(m.start, m.end, m.text, last, granularity, m.end_value.isoformat())]
    if m.end_start is None or not m.start < m.end_start < m.end:
        return [Found(m.start, m.end, m.text, value, granularity, m.end_value.isoformat() if m.end_value else None)]
    cut = _RANGE_LINK.search(text, m.start, m.end_start)
    first_end = cut.start() if cut and cut.start() > m.start else m.end_start
    last_value, last_granularity = timeml(m.end_value or m.value, m.precision,
                                          m.end_time if m.precision == "day" else None)
    return [Found(m.start, first_end, text[m.start:first_end], value, granularity),
            Found(m.end_start, m.end, text[m.end_start:m.end], last_value, last_granularity)]


_DP_PERIODS = {"time", "day", "week", "month", "year"}


def dateparser_alone(text: str, reference: dt.date, lang: str) -> list[Found]:
    """dateparser's ``search_dates`` (the ``benchmarks.dates_bench`` baseline), each string at its own period."""
    from dateparser.date import DateDataParser

    from benchmarks.dates_bench import dateparser_alone as search

    base = dt.datetime.combine(reference, dt.time())
    parser = DateDataParser(languages=[lang], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                                         "RETURN_TIME_AS_PERIOD": True})
    out = []
    for p in search(text, reference, lang, "past"):
        words = text[p.start:p.end]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = parser.get_date_data(words)
        period = data.period if data.period in _DP_PERIODS else "day"
        clock = data.date_obj.time() if period == "time" and data.date_obj else None
        value, granularity = timeml(p.first, "day" if period == "time" else period, clock)
        out.append(Found(p.start, p.end, words, value, granularity))
    return out


SYSTEMS: dict[str, System] = {"ours": ours, "dateparser": dateparser_alone}


# ------------------------------------------------------------------------------------------
# Matching and scores
# ------------------------------------------------------------------------------------------


def norm_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding punctuation/space and leading articles/prepositions (see module doc)."""
    while True:
        while start < end and text[start] in STRIP:
            start += 1
        while end > start and text[end - 1] in STRIP:
            end -= 1
        m = _LEADING_RE.match(text, start, end)
        if not m or m.end() >= end:
            return start, end
        start = m.end()


def _overlap(a: Timex | Found, b: Timex | Found) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _date_part(value: str) -> str:
    return value.split("T", 1)[0]


def _greedy(golds: Sequence[Timex], preds: Sequence[Found], ok: Callable[[Timex, Found], bool],
            taken_g: set[int] | None = None, taken_p: set[int] | None = None) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index) meeting ``ok``, largest overlap first."""
    taken_g = set() if taken_g is None else taken_g
    taken_p = set() if taken_p is None else taken_p
    candidates = sorted(((-_overlap(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                         if gi not in taken_g and pi not in taken_p and _overlap(g, p) > 0 and ok(g, p)))
    pairs = []
    for _, gi, pi in candidates:
        if gi in taken_g or pi in taken_p:
            continue
        taken_g.add(gi)
        taken_p.add(pi)
        pairs.append((gi, pi))
    return pairs


@dataclass
class Doc:
    """One article with its scored gold and the predictions that enter precision."""

    record: dict[str, Any]
    golds: list[Timex]
    preds: list[Found]
    not_scored: int
    neutral: int
    others: list[Timex]
    """The gold that is not scored (other DATE/TIME values, DURATION, SET), to explain errors."""


def annotated_end(file: str, text: str) -> int:
    """End offset of the part of ``text`` that is annotated (see ANNOTATED_LINES)."""
    lines = ANNOTATED_LINES.get(file.removesuffix(".jsonl"))
    if lines is None:
        return len(text)
    seen = end = 0
    for m in re.finditer(r"[^\n]*\n?", text):
        if m.group().strip():
            seen += 1
            end = m.start() + len(m.group().rstrip("\n"))
            if seen == lines:
                break
    return end


def prepare(record: dict[str, Any], preds: list[Found], region_end: int | None = None) -> Doc:
    """Scored gold and the predictions entering precision, within ``[0, region_end)``."""
    region_end = len(record["text"]) if region_end is None else region_end
    timex = [g for g in gold_of(record) if g.start < region_end]
    preds = [p for p in preds if p.start < region_end]
    golds = [g for g in timex if g.scored]
    not_scored = [g for g in timex if not g.scored and not g.not_a_date]
    kept = [p for p in preds
            if any(_overlap(g, p) > 0 for g in golds) or not any(_overlap(g, p) > 0 for g in not_scored)]
    return Doc(record, golds, kept, len(not_scored), len(preds) - len(kept), [g for g in timex if not g.scored])


def _strict(doc: Doc) -> Callable[[Timex, Found], bool]:
    text = doc.record["text"]
    return lambda g, p: (g.granularity == p.granularity and g.value == p.value
                         and norm_span(text, g.start, g.end) == norm_span(text, p.start, p.end))


def _value(g: Timex, p: Found) -> bool:
    return g.granularity == p.granularity and g.value == p.value


def _relaxed(g: Timex, p: Found) -> bool:
    return g.value is not None and _date_part(g.value) == _date_part(p.value)


def counts(doc: Doc) -> dict[str, int]:
    """True positives of each metric, gold and prediction counts for one article (and value hits by granularity)."""
    value_pairs = _greedy(doc.golds, doc.preds, _value)
    by_granularity = Counter(f"gold[{g.granularity}]" for g in doc.golds)
    by_granularity.update(f"value_tp[{doc.golds[gi].granularity}]" for gi, _ in value_pairs)
    return dict(by_granularity) | {
            "strict_tp": len(_greedy(doc.golds, doc.preds, _strict(doc))),
            "value_tp": len(value_pairs),
            "relaxed_tp": len(_greedy(doc.golds, doc.preds, _relaxed)),
            "span_tp": len(_greedy(doc.golds, doc.preds, lambda g, p: True)),
            "gold": len(doc.golds), "predicted": len(doc.preds),
            "not_scored_gold": doc.not_scored, "neutral_predictions": doc.neutral}


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3)


def summarise(docs: Iterable[Doc]) -> dict[str, float]:
    total: dict[str, int] = {}
    n = 0
    for doc in docs:
        n += 1
        for key, value in counts(doc).items():
            total[key] = total.get(key, 0) + value
    out: dict[str, float] = {"articles": n}
    for metric in METRICS:
        p, r, f = _prf(total.get(f"{metric}_tp", 0), total.get("predicted", 0), total.get("gold", 0))
        out |= {f"{metric}_p": p, f"{metric}_r": r, f"{metric}_f1": f}
    for granularity in GRANULARITIES:
        gold = total.get(f"gold[{granularity}]", 0)
        out[f"gold[{granularity}]"] = gold
        out[f"value_r[{granularity}]"] = round(total.get(f"value_tp[{granularity}]", 0) / gold, 3) if gold else 0.0
    return out | {k: total.get(k, 0) for k in ("gold", "predicted", "not_scored_gold", "neutral_predictions")}


def scored_sets() -> list[tuple[str, str]]:
    """Every (file, split) that has gold: all splits of the corpora with TIMEX3, ours where we annotated."""
    return [(file, split) for file in FILES for split in (*SPLITS, *EXTRA_SPLITS)
            if (file not in OUR_GOLD and split in SPLITS) or split in OUR_GOLD.get(file, {})]


def pooled(docs: dict[tuple[str, str, str], list[Doc]]) -> dict[str, dict[str, dict[str, float]]]:
    """``POOLED`` sets whose parts all ran, each system scored on the parts' articles together."""
    systems = sorted({system for (_, _, system) in docs})
    out = {name: {system: summarise(doc for file, split in parts for doc in docs[(file, split, system)])
                  for system in systems if all((file, split, system) in docs for file, split in parts)}
           for name, parts in POOLED.items()}
    return {name: by_system for name, by_system in out.items() if by_system}


def records(file: str, split: str, folder: Path | None = None) -> Iterator[dict[str, Any]]:
    """The articles of one split with their date gold in ``timex`` (ours for files of ``OUR_GOLD``)."""
    if file not in OUR_GOLD:
        yield from iter_records(file, split, folder)
        return
    path = OUR_GOLD[file][split]
    with open(path, encoding="utf-8") as handle:
        gold = {row["id"]: row for row in map(json.loads, filter(str.strip, handle))}
    for record in iter_records(file, EXTRA_SPLITS.get(split, split), folder):
        if record["id"] in gold:
            text = record["text"]
            record["timex"] = [d | {"text": text[d["start"]:d["end"]]} for d in gold[record["id"]]["dates"]]
            yield record


def run(file: str, split: str, system: System, folder: Path | None = None) -> list[Doc]:
    """``system`` on every article of one split, the article's ``published`` date as its reference."""
    docs = []
    for record in records(file, split, folder):
        reference = dt.date.fromisoformat(str(record["published"])[:10])
        found = system(record["text"], reference, record.get("lang", "fr"))
        docs.append(prepare(record, found, annotated_end(file, record["text"])))
    return docs


def score(file: str, split: str, system: System, folder: Path | None = None) -> dict[str, float]:
    return summarise(run(file, split, system, folder))


# ------------------------------------------------------------------------------------------
# Errors, for developers
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Error:
    kind: str
    doc: Doc
    gold: Timex | None
    pred: Found | None

    def describe(self, width: int = 50) -> str:
        text = self.doc.record["text"]
        spans = [x for x in (self.gold, self.pred) if x is not None]
        start, end = min(x.start for x in spans), max(x.end for x in spans)
        left = text[max(0, start - width):start].replace("\n", " ⏎ ")
        right = text[end:end + width].replace("\n", " ⏎ ")
        gold = f"gold {self.gold.text!r} {self.gold.type} {self.gold.raw}" if self.gold else "gold -"
        pred = (f"ours {self.pred.text!r} {self.pred.value}" + (f"..{self.pred.end_value}" if self.pred.end_value
                                                                  else "")) if self.pred else "ours -"
        if self.gold is None and self.pred is not None:
            under = [g for g in self.doc.others if _overlap(g, self.pred) > 0]
            gold = ", ".join(f"on {g.type} {g.text!r} {g.raw}" for g in under) or gold
        return (f"  [{self.doc.record['id']} ref {self.doc.record['published']}] {gold} | {pred}\n"
                f"      …{left}[[{text[start:end]}]]{right}…")


def _kind(g: Timex, p: Found) -> str:
    if g.granularity != p.granularity:
        return "wrong granularity"
    return "wrong span" if g.value == p.value else "wrong value"


def errors(doc: Doc) -> list[Error]:
    """Our errors in one article, from a tiered matching: strict, then relaxed value, then overlap."""
    tg: set[int] = set()
    tp: set[int] = set()
    _greedy(doc.golds, doc.preds, _strict(doc), tg, tp)
    out = [Error(_kind(doc.golds[gi], doc.preds[pi]), doc, doc.golds[gi], doc.preds[pi])
           for tier in (_relaxed, lambda g, p: True) for gi, pi in _greedy(doc.golds, doc.preds, tier, tg, tp)]
    out += [Error("missed", doc, g, None) for gi, g in enumerate(doc.golds) if gi not in tg]
    out += [Error("spurious", doc, None, p) for pi, p in enumerate(doc.preds) if pi not in tp]
    return out


# ------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------


def pin_floors(path: Path, results: dict[str, dict[str, dict[str, dict[str, float]]]]) -> None:
    """Write floors (our strict value F1 minus PIN_MARGIN) for tests/test_realnews_dates_gate.py.

    Only the sets that ran are pinned: the floors of the others (``fresh`` when pinning ``both``) are kept.
    """
    floors: dict[str, dict[str, float]] = {}
    if path.is_file():
        floors = json.loads(path.read_text(encoding="utf-8")).get("floors", {})
    for file, splits in results.items():
        for split, systems in splits.items():
            floors.setdefault(file, {})[split] = max(
                0.0, round(systems["ours"][GATED.get(file, "strict_f1")] - PIN_MARGIN, 3))
    doc = {"comment": "Floors of strict value F1 (value F1 for files of GATED) for tests/test_realnews_dates_gate.py: "
                      "measured minus "
                      f"{PIN_MARGIN}, by `python -m benchmarks.realnews_dates --ours-only --pin "
                      "benchmarks/realnews_dates_floors.json`. Never raise a floor above a measured score; "
                      "lower one only on purpose, in review.",
           "floors": floors}
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _row(cells: Sequence[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def print_tables(results: dict[str, dict[str, dict[str, dict[str, float]]]], splits: Sequence[str],
                 systems: Sequence[str]) -> None:
    """One markdown table a set: each metric, one column per split and system."""
    keys = [f"{m}_{k}" for m in METRICS for k in ("p", "r", "f1")]
    keys += ["gold", "predicted", "not_scored_gold", "neutral_predictions", "articles"]
    keys += [f"{k}[{g}]" for g in GRANULARITIES for k in ("gold", "value_r")]
    for file in results:
        print(f"\n### {file} (strict = same span, granularity and value; relaxed = overlap, same date; "
              "span = overlap)\n")
        cols = [(split, name) for split in splits if split in results[file] for name in systems]
        print(_row(["metric", *(f"{split}: {name}" for split, name in cols)]))
        print(_row(["---"] * (len(cols) + 1)))
        for key in keys:
            print(_row([key, *(results[file][split][name][key] for split, name in cols)]))


def print_errors(docs: dict[tuple[str, str], list[Doc]], n: int, out: Any) -> None:
    """``n`` of our errors per class and set."""
    for (file, split), some_docs in docs.items():
        found = [e for doc in some_docs for e in errors(doc)]
        for kind in ERROR_CLASSES:
            some = [e for e in found if e.kind == kind]
            print(f"\n### ours, {file} {split}: {kind} ({len(some)})\n", file=out)
            for error in some[:n]:
                print(error.describe(), file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.realnews_dates",
                                     description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "both", *EXTRA_SPLITS), default="both",
                        help="both = dev and test; fresh = the blind WiNER gold, only when named")
    parser.add_argument("--folder", type=Path, help="the real-news folder (default: $TIMELINE_REALNEWS, "
                                                    "else ../shared/realnews)")
    parser.add_argument("--ours-only", action="store_true", help="do not run dateparser")
    parser.add_argument("--json", nargs="?", const="-", metavar="FILE",
                        help="the scores as JSON, on stdout instead of the tables, or to FILE")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print N of our errors per class, on dev and fresh (on test only with --split test)")
    parser.add_argument("--pin", type=Path, help="write our strict value F1 minus a margin as the gate's floors")
    args = parser.parse_args(argv)
    folder = args.folder or realnews_dir()
    if folder is None or not all((folder / f).is_file() for f in FILES):
        print(f"real news not found ({folder or 'set TIMELINE_REALNEWS'}): needs {', '.join(FILES)}",
              file=sys.stderr)
        return 2
    splits = SPLITS if args.split == "both" else (args.split,)
    systems = {"ours": ours} if args.ours_only else SYSTEMS
    if args.pin and splits != SPLITS and args.split not in EXTRA_SPLITS:
        parser.error("--pin needs --split both (or a split of EXTRA_SPLITS alone)")
    results: dict[str, dict[str, dict[str, dict[str, float]]]] = {}
    all_docs: dict[tuple[str, str, str], list[Doc]] = {}
    for file, split in scored_sets():
        if split in splits:
            for name, system in systems.items():
                all_docs[(file, split, name)] = run(file, split, system, folder)
                results.setdefault(file, {}).setdefault(split, {})[name] = summarise(all_docs[(file, split, name)])
    pools = pooled(all_docs)
    to_stdout = args.json == "-"
    if args.json:
        dumped = json.dumps(results | ({"pooled": pools} if pools else {}), indent=2, sort_keys=True)
        if to_stdout:
            print(dumped)
        else:
            Path(args.json).write_text(dumped + "\n", encoding="utf-8")
    if not to_stdout:
        print_tables(results, splits, list(systems))
        print_tables({f"{name} (pooled: " + " + ".join(f"{f} {s}" for f, s in POOLED[name]) + ")": {"test": by_system}
                      for name, by_system in pools.items()}, ("test",), list(systems))
    if args.errors > 0:
        read = ("test",) if args.split == "test" else ("dev", *EXTRA_SPLITS)
        print_errors({(f, s): docs for (f, s, name), docs in all_docs.items() if name == "ours" and s in read},
                     args.errors, sys.stderr if to_stdout else sys.stdout)
    if args.pin:
        pin_floors(args.pin, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
