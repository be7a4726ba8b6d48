"""Our date errors on every read dev source, grouped by *why*, counted per source (round twenty-six, dts26).

    TIMELINE_FRESH=/work/fresh25 python -m benchmarks.date_whys              # the table: why -> count, sources
    TIMELINE_FRESH=/work/fresh25 python -m benchmarks.date_whys --list WHY   # that class's errors, one line each
    python -m benchmarks.date_whys --no-fresh --no-written                   # real-news dev only

Rule 1 of a round asks for a class of errors counted in two sources or more before any code; this counts it. A
source is one outlet of the fresh pages' dev half (``benchmarks.fresh_dates``), one real-news dev file
(``benchmarks.realnews_dates``), or one written batch's dev half (``benchmarks.written_dates``, the read batches:
never the held-out one, ``written_set.HELD_OUT``, nor a blind one). Test halves are never read here.

Each error (``realnews_dates.errors``: missed, spurious, wrong value, wrong granularity, wrong span) gets one *why*
from its gold and prediction alone (``why``), by shape, in both languages:

- wrong value: ``weekday week`` (days 7 apart, a weekday written), ``year of a year-less date`` (the same day or
  month a year apart, no year written), ``clock's day`` (a clock on another day), ``deictic day`` ("today",
  "hier" a day off), ``number read as a year`` (a number after a date and a comma taken as its year: "Friday 3
  November, 1500 workers"), else ``other value``;
- wrong span: the words ours has and the gold lacks, or the reverse: ``span: time zone``, ``span: modifier``
  ("early", "fin", "début", "earlier"), ``span: demonstrative`` ("ce", "this"), ``span: part of the day``,
  ``span: last/next word``, ``span: cue word`` ("around", "jusqu'en"), else ``span too long``/``span too short``;
- wrong granularity: ``clock not read``, ``part of the day``, ``week or weekend``, else ``other granularity``;
- spurious: ``offset`` ("il y a dix ans", "two years ago", "un mois plus tôt"), ``anaphoric day`` ("la veille",
  "the same day"), ``part of the day``, ``weekday``, ``clock``, ``holiday or named day``, ``relative year, month or
  week`` ("cette année", "last year", "le week-end"), ``year-less day or month``, else ``other spurious``;
- missed: ``bare year``, ``year span`` ("2026-2027"), ``fiscal period``, ``clock``, ``part of the day``,
  ``holiday or named day``, else ``other missed``.

``weekday contradicts value`` is counted over every prediction, right or wrong: a weekday written inside a day
mention whose value falls on another weekday.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from benchmarks import realnews_dates as rd

#: Weekday names of both languages, Monday first.
WEEKDAYS = {name: i for names in (("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
                                  ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))
            for i, name in enumerate(names)}
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")
_CLOCK = re.compile(r"\d{1,2}\s*(?:[:.h]\s*\d\d|h\b|heures?\b|\s*[ap]\.?\s?m\.?)|\b(?:noon|midi|minuit|midnight)\b",
                    re.IGNORECASE)
_DEICTIC = re.compile(r"\b(?:today|yesterday|tomorrow|tonight|aujourd['’]hui|hier|demain|ce soir)\b", re.IGNORECASE)
_OFFSET = re.compile(r"\b(?:ago|il y a|earlier|later|before|after|auparavant|plus tôt|plus tard|après|avant|"
                     r"in \w+ (?:days?|weeks?|months?|years?)|dans \w+ (?:jours?|semaines?|mois|ans?))\b",
                     re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:veille|lendemain|jour même|même jour|same day|the day|that day|ce jour|following day|"
                      r"day before|next day|surlendemain|avant-veille)\b", re.IGNORECASE)
_PART = re.compile(r"\b(?:morning|afternoon|evening|night|overnight|matin(?:ée)?|après-midi|soir(?:ée)?|nuit|"
                   r"journée|mi-journée|midday)\b", re.IGNORECASE)
_ZONE = re.compile(r"\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local time|locales?|heure de Paris|"
                   r"heure locale|\(?GMT ?[+-]\d+\)?)\b", re.IGNORECASE)
_MODIFIER = re.compile(r"\b(?:early|late|mid|earlier|later|début|fin|mi|milieu|courant|tout début|au début|"
                       r"à la fin|the end|the start|the beginning)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"^\W*(?:ce|cet|cette|this|that)\b", re.IGNORECASE)
_LAST_NEXT = re.compile(r"\b(?:dernier|dernière|prochain|prochaine|passé|last|next|this)\b", re.IGNORECASE)
_CUE = re.compile(r"\b(?:around|about|vers|by|until|jusqu['’]\s*(?:en|au|à)|d['’]ici|since|depuis|from|dès|"
                  r"à partir d[ue']|at|à|on|le|la|les|du|de|in|en|dans)\b", re.IGNORECASE)
_FISCAL = re.compile(r"\b(?:fiscal|FY|quarter|trimestre|exercice|semester|semestre|Q[1-4])", re.IGNORECASE)
_YEAR_SPAN = re.compile(r"^\s*(?:1[0-9]|20)\d\d\s*[-–/]\s*(?:(?:1[0-9]|20)?\d\d)\s*$")
_NAMED_DAY = re.compile(r"\b(?:christmas|noël|thanksgiving|easter|pâques|réveillon|new year|nouvel an|toussaint|"
                        r"halloween|ramadan|eid|aïd|tết|assomption|ascension|pentecôte)\b", re.IGNORECASE)
_COMMA_NUMBER = re.compile(r",\s*(\d[\d\s.,]*)$")
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")


@dataclass(frozen=True)
class Why:
    """One error, its why and its source."""

    source: str
    why: str
    error: rd.Error


def _day(value: str | None) -> dt.date | None:
    m = _DAY.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _extra(longer: str, shorter: str) -> str:
    """The words ``longer`` has around ``shorter`` (both as written), or all of ``longer`` if it does not hold it."""
    at = longer.lower().find(shorter.lower())
    return longer if at < 0 or not shorter else longer[:at] + " " + longer[at + len(shorter):]


def _span_why(gold: str, pred: str) -> str:
    longer, shorter, side = (pred, gold, "too long") if len(pred) >= len(gold) else (gold, pred, "too short")
    extra = _extra(longer, shorter)
    for name, pattern in (("time zone", _ZONE), ("part of the day", _PART), ("modifier", _MODIFIER),
                          ("last/next word", _LAST_NEXT)):
        if pattern.search(extra):
            return f"span: {name}"
    if _DEMONSTRATIVE.search(extra):
        return "span: demonstrative"
    if _CUE.search(extra):
        return "span: cue word"
    return f"span {side}"


def _value_why(gold: rd.Timex, pred: rd.Found) -> str:
    if (m := _COMMA_NUMBER.search(pred.text)) and not _COMMA_NUMBER.search(gold.text) and m[1].strip():
        return "number read as a year"  # "Friday 3 November, 1500 workers" -> 1500
    g, p = _day(gold.value), _day(pred.value)
    if g is not None and p is not None:
        apart = abs((p - g).days)
        if "T" in (gold.value or "") and g != p and _CLOCK.search(gold.text):
            return "clock's day"
        if _DEICTIC.search(gold.text) and apart <= 2:
            return "deictic day"
        if apart in (7, 14) and _WEEKDAY.search(gold.text):
            return "weekday week"
        if (g.month, g.day) == (p.month, p.day) and g.year != p.year and not _YEAR.search(gold.text):
            return "year of a year-less date"
        return "other value"
    gm, pm = _MONTH.match(gold.value or ""), _MONTH.match(pred.value or "")
    if gm and pm and gm[2] == pm[2] and gm[1] != pm[1] and not _YEAR.search(gold.text):
        return "year of a year-less date"
    return "other value"


def _granularity_why(gold: rd.Timex, pred: rd.Found) -> str:
    if "T" in (gold.value or "") and "T" not in (pred.value or "") and _CLOCK.search(gold.text):
        return "clock not read"
    if _PART.search(gold.text) or _PART.search(pred.text):
        return "part of the day"
    if re.search(r"week|semaine", gold.text + pred.text, re.IGNORECASE):
        return "week or weekend"
    return "other granularity"


def _spurious_why(pred: rd.Found) -> str:
    text = pred.text
    if _OFFSET.search(text) and re.search(r"\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|un|une|"
                                          r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|several|few)\b",
                                          text, re.IGNORECASE):
        return "offset"
    if _ANAPHOR.search(text):
        return "anaphoric day"
    if _PART.search(text) and not re.search(r"\d", text):
        return "part of the day"
    if _WEEKDAY.fullmatch(text.strip()):
        return "weekday"
    if _CLOCK.search(text):
        return "clock"
    if _NAMED_DAY.search(text):
        return "holiday or named day"
    if not re.search(r"\d", text) and re.search(r"\b(?:years?|année|an|months?|mois|weeks?|semaine|week-end|weekend)\b",
                                                text, re.IGNORECASE):
        return "relative year, month or week"
    if not _YEAR.search(text) and re.search(r"\d|january|february|march|april|may|june|july|august|september|"
                                            r"october|november|december|janvier|février|mars|avril|mai|juin|"
                                            r"juillet|août|septembre|octobre|novembre|décembre", text, re.IGNORECASE):
        return "year-less day or month"
    return "other spurious"


def _missed_why(gold: rd.Timex) -> str:
    text = gold.text
    if _YEAR_SPAN.match(text):
        return "year span"
    if _FISCAL.search(text):
        return "fiscal period"
    if re.fullmatch(r"\s*(?:1[0-9]|20)\d\d\s*", text):
        return "bare year"
    if _CLOCK.search(text) and not _WEEKDAY.search(text):
        return "clock"
    if _NAMED_DAY.search(text):
        return "holiday or named day"
    if _PART.search(text):
        return "part of the day"
    return "other missed"


def why(error: rd.Error) -> str:
    """The why of one error, from its gold and prediction alone."""
    g, p = error.gold, error.pred
    if error.kind == "missed" and g is not None:
        return _missed_why(g)
    if error.kind == "spurious" and p is not None:
        return _spurious_why(p)
    assert g is not None and p is not None
    if error.kind == "wrong span":
        return _span_why(g.text, p.text)
    if error.kind == "wrong granularity":
        return _granularity_why(g, p)
    return _value_why(g, p)


def weekday_contradictions(doc: rd.Doc) -> list[rd.Found]:
    """Every day prediction whose own words name a weekday its value does not fall on."""
    out = []
    for p in doc.preds:
        day = _day(p.value)
        names = [WEEKDAYS[m.group(1).lower()] for m in _WEEKDAY.finditer(p.text)]
        if day is not None and names and day.weekday() not in names:
            out.append(p)
    return out


def sources(fresh: bool = True, realnews: bool = True, written: bool = True) -> Iterable[tuple[str, rd.Doc]]:
    """(source, Doc) of every read dev source: fresh dev outlets, real-news dev files, written read batches' dev."""
    if fresh:
        from benchmarks import fresh_dates as fd
        from benchmarks import fresh_news as fn
        if fn.fresh_dir() is not None:
            for split, _, outlet, doc in fd.docs(["dev"])["ours"]:
                assert split == "dev"
                yield f"fresh:{outlet}", doc
        else:
            sys.stderr.write("fresh pages not found (TIMELINE_FRESH): fresh dev left out\n")
    if realnews:
        for file in rd.FILES:
            try:
                docs = rd.run(file, "dev", rd.ours)
            except FileNotFoundError as e:
                sys.stderr.write(f"{file}: {e}: left out\n")
                continue
            for doc in docs:
                yield f"realnews:{file.removesuffix('.jsonl')}", doc
    if written:
        from benchmarks import written_dates as wd
        from benchmarks import written_set as ws
        for batch in wd.BATCHES:
            if batch in ws.HELD_OUT or batch in ws.BLIND:
                continue  # the held-out dev half is scored by name, figures only: never read
            for _, doc in wd.docs(batch, "dev")["ours"]:
                yield f"written:{batch}", doc


def classify(found: Iterable[tuple[str, rd.Doc]]) -> tuple[list[Why], list[tuple[str, rd.Doc, rd.Found]]]:
    """(every error with its why and source, every weekday contradiction with its source)."""
    whys: list[Why] = []
    contradictions = []
    for source, doc in found:
        whys += [Why(source, why(e), e) for e in rd.errors(doc)]
        contradictions += [(source, doc, p) for p in weekday_contradictions(doc)]
    return whys, contradictions


def table(whys: Sequence[Why], contradictions: Sequence[tuple[str, rd.Doc, rd.Found]]) -> list[str]:
    """why | kind | errors | sources | per family (fresh outlets, real-news files, written batches)."""
    by: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for w in whys:
        by[(w.error.kind, w.why)][w.source] += 1
    for source, _, _ in contradictions:
        by[("any", "weekday contradicts value")][source] += 1
    lines = ["| kind | why | errors | sources | fresh outlets | real-news files | written batches |",
             "|---|---|---|---|---|---|---|"]
    for (kind, name), c in sorted(by.items(), key=lambda kv: (-len(kv[1]), -sum(kv[1].values()), kv[0])):
        family = Counter(s.partition(":")[0] for s in c)
        lines.append(f"| {kind} | {name} | {sum(c.values())} | {len(c)} | {family['fresh']} | {family['realnews']} "
                     f"| {family['written']} |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.date_whys", description=__doc__.split("\n")[0])
    parser.add_argument("--list", metavar="WHY", help="print that why's errors (dev only), one line each")
    parser.add_argument("--no-fresh", action="store_true")
    parser.add_argument("--no-realnews", action="store_true")
    parser.add_argument("--no-written", action="store_true")
    args = parser.parse_args(argv)
    whys, contradictions = classify(sources(not args.no_fresh, not args.no_realnews, not args.no_written))
    sys.stdout.write("\n".join(table(whys, contradictions)) + "\n")
    if args.list:
        for w in whys:
            if w.why == args.list:
                sys.stdout.write(f"{w.error.kind} ({w.source}):{w.error.describe()}\n")
        if args.list == "weekday contradicts value":
            for source, doc, p in contradictions:
                sys.stdout.write(f"({source}) [{doc.record['id']}] {p.text!r} {p.value}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
