"""Periods named by a phrase around their unit, found by one scan (``step_period_phrases``), words in
``lang/<lang>/words.yaml``:

* A period compared with the same one a year before (``same_period_*``): "sales rose in February from the same
  period last year" (February of the year before), "the same month a year earlier", "the year-earlier quarter".
  Valued here as the year before the reference date's (rule ``same_period``); ``anaphora.anchor_periods`` then asks
  ``from_previous`` for the period of the story's previous date moved by that many years. The unit word gives
  the precision when it names one ("month", "week", "day") and the previous date is at least that fine;
  "period", "quarter", "time" take the previous date's when it is a month or longer (TimeML values "the same
  period last year" after "in February 2010" as 2009-02), else they are the year.
* A period's edge written after its unit (``period_edges``): "by year-end", "at year's end", "month-end figures",
  "year-end 1997" (rule ``period_edge``). The value is what the same part written before its unit gives ("the
  end of the year": November-December of the reference date's year, at year precision; "the end of the month":
  its days 21 to the last). A year written right after is that year's edge. With a past tense or cue in the
  sentence and the edge still ahead of the reference date, it is the previous year's (month's): "debt at
  year-end was $5 million" in a February article is the year just ended.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _Context, _mention, _show
from timeline.extraction.dates.lexicon import _WORD, _YEAR, _accent_variants, _alt, _key
from timeline.lang import fold, load
from timeline.models import DateMention

_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_GAP = r"[^\S\n]+"
#: (first, last) month of a year's part, (first, last) day of a month's: as ``steps_calendar`` reads them.
_MONTHS = {"early": (1, 2), "mid": (6, 7), "late": (11, 12)}
_DAYS = {"early": (1, 10), "mid": (10, 19), "late": (21, 31)}


@functools.cache
def _words(lang: str) -> tuple[dict[str, int], dict[str, str], dict[str, tuple[str, str]], re.Pattern[str] | None]:
    """(shift words -> years, unit word -> precision or "", edge words -> (unit, part), the pattern)."""
    own = load(f"{lang}/words")
    before, units = list(own.get("same_period_before") or []), dict(own.get("same_period_units") or {})
    after, adjectives = dict(own.get("same_period_after") or {}), dict(own.get("same_period_adjectives") or {})
    edges = dict(own.get("period_edges") or {})
    shifts = {_key(k): int(v) for k, v in {**after, **adjectives}.items()}
    unit_of = {_key(k): str(v or "") for k, v in units.items()}
    edge_of = {_key(str(k)): (str(v[0]), str(v[1])) for k, v in edges.items()}
    unit_words = _alt(_accent_variants(list(units)))
    ways = []
    if before and after and units:
        ways.append(rf"(?:{_alt(_accent_variants(before))}){_GAP}(?P<unit>{unit_words}){_GAP}"
                    rf"(?P<after>{_alt(_accent_variants(list(after)))})(?![\w-])")
    if adjectives and units:
        ways.append(rf"the{_GAP}(?P<adj>{_alt(_accent_variants(list(adjectives)))}){_GAP}(?P<unit2>{unit_words})"
                    r"(?![\w-])")
    if edges:
        ways.append(rf"(?<!-)(?P<edge>{_alt(_accent_variants(list(edges)))})(?![\w-])(?:{_GAP}(?P<y>{_YEAR}))?")
    pattern = re.compile(rf"\b(?=\w)(?<!{_WORD})(?:{'|'.join(ways)})", re.IGNORECASE) if ways else None
    return shifts, unit_of, edge_of, pattern


def step_period_phrases(ctx: _Context) -> None:
    """the same period last year, the year-earlier quarter (rule same_period); year-end, month-end (period_edge)."""
    shifts, _, edge_of, pattern = _words(ctx.lex.lang)
    if pattern is None:
        return
    for m in ctx.find(pattern, "words"):
        if m["edge"]:
            _add_edge(ctx, m, edge_of)
            continue
        if ctx.reference is None or not ctx.free(m.start(), m.end()):
            continue
        n = shifts[_key(m["after"] or m["adj"])]
        value = dt.date(ctx.reference.year + n, 1, 1)
        ctx.add(_mention(ctx, m.start(), m.end(), value, "year", "same_period", relative=True,
                         explanation=f"{m.group()} -> {value.year}: {n:+d} year from the reference date "
                                     f"{ctx.reference.isoformat()}"), m.start(), m.end())


def _add_edge(ctx: _Context, m: re.Match[str], edge_of: dict[str, tuple[str, str]]) -> None:
    start, end = m.span() if m["y"] else m.span("edge")
    unit, part = edge_of[_key(m["edge"])]
    ref = ctx.reference
    if not ctx.free(start, end) or (ref is None and not m["y"]) or unit not in ("year", "month") or part not in _MONTHS:
        return
    base = dt.date(int(m["y"]), 1, 1) if m["y"] else ref.replace(day=1) if unit == "month" \
        else dt.date(ref.year, 1, 1)  # type: ignore[union-attr]
    from timeline.extraction.dates.resolve import _lean, _shift  # resolve reads from_previous from here

    first, last = _span(base, unit, part)
    if not m["y"] and ref is not None and first > ref and _lean(ctx, start, end) == "past":
        first, last = _span(_shift(base, unit, -1), unit, part)  # the edge just passed
    precision = "year" if unit == "year" else "month"
    ctx.add(_mention(ctx, start, end, first, precision, "period_edge", end_value=last, relative=not m["y"],
                     explanation=f"{ctx.text[start:end]} -> {_show(first, precision, last)}: {part} of the {unit}"),
            start, end)


def _span(base: dt.date, unit: str, part: str) -> tuple[dt.date, dt.date]:
    if unit == "year":
        lo, hi = _MONTHS[part]
        return dt.date(base.year, lo, 1), dt.date(base.year, hi, calendar.monthrange(base.year, hi)[1])
    lo, hi = _DAYS[part]
    return base.replace(day=lo), base.replace(day=min(hi, calendar.monthrange(base.year, base.month)[1]))


def _years_on(day: dt.date, n: int) -> dt.date:
    year = day.year + n
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def from_previous(ctx: _Context, mention: DateMention, previous: DateMention) -> DateMention | None:
    """``mention`` (rule same_period) valued as ``previous``'s period moved by its years, or None."""
    _, unit_of, _, pattern = _words(ctx.lex.lang)
    found = pattern.fullmatch(mention.text) if pattern is not None else None
    if found is None or ctx.reference is None or found["edge"]:
        return None
    n = mention.value.year - ctx.reference.year
    unit = unit_of.get(_key(found["unit"] or found["unit2"]), "")
    if not unit and _RANK[previous.precision] < _RANK["month"]:
        return None  # "said on Monday that sales beat the same period last year": a day is no period; the year
    precision = unit if unit and _RANK[unit] >= _RANK[previous.precision] else previous.precision
    value = _years_on(previous.value, n)
    end_value = None
    if precision == "week":
        value -= dt.timedelta(days=value.weekday())
    elif precision == "month":
        value = value.replace(day=1)
        if previous.precision == "month" and previous.end_value is not None:  # a quarter, a half
            end_value = _years_on(previous.end_value, n)
    elif precision == "year":
        value = dt.date(value.year, 1, 1)
    elif previous.end_value is not None and previous.precision == "day":
        end_value = _years_on(previous.end_value, n)
    return _mention(ctx, mention.start, mention.end, value, precision, "same_period", relative=True,
                    end_value=end_value,
                    explanation=f"{mention.text} -> {_show(value, precision, end_value)}: the period of "
                                f"'{previous.text}', {n:+d} year")


@functools.cache
def _outside_span(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load(f"{lang}/words").get("parts_outside_span") or ())


@functools.cache
def _demonstrative_before(lang: str) -> re.Pattern[str]:
    """``part_demonstratives`` right before a part of a period: part of its expression ("en ce début de semaine")."""
    words = list(load(f"{lang}/words").get("part_demonstratives") or [])
    return re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(words))}){_GAP}$" if words else "(?!)", re.IGNORECASE)


def part_span_start(ctx: _Context, m: re.Match[str]) -> int:
    """Where the mention of a part of a period (``step_parts``) starts: at the part word, or at the demonstrative
    right before it ("en [ce début de semaine]", "[cette fin d'année]": TimeML keeps a determiner in the expression);
    unless the part is an adverb with its preposition (``parts_outside_span``: "later in the day"), which TimeML
    leaves out of the expression."""
    if fold(m["part"]) not in _outside_span(ctx.lex.lang):
        this = _demonstrative_before(ctx.lex.lang).search(ctx.text, max(0, m.start() - 8), m.start())
        return this.start() if this else m.start()
    start = m.end("part")
    while ctx.text[start:start + 1].isspace():
        start += 1
    return start
