"""A period's edge written after its unit: "by year-end", "at year's end", "month-end figures", "year-end 1997".

``period_edges`` in ``lang/<lang>/words.yaml`` maps the words to (unit, part); the value is what the same part
written before its unit gives ("the end of the year": November-December of the reference date's year, at year
precision; "the end of the month": its days 21 to the last). A year written right after is that year's edge.
With a past tense or cue in the sentence and the edge still ahead of the reference date, it is the previous
year's (month's): "debt at year-end was $5 million" in a February article is the year just ended.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _Context, _mention, _show
from timeline.extraction.dates.lexicon import _YEAR, _accent_variants, _alt, _key
from timeline.extraction.dates.resolve import _lean, _shift
from timeline.lang import load

#: (first, last) month of a year's part, (first, last) day of a month's: as ``steps_calendar`` reads them.
_MONTHS = {"early": (1, 2), "mid": (6, 7), "late": (11, 12)}
_DAYS = {"early": (1, 10), "mid": (10, 19), "late": (21, 31)}


@functools.cache
def _edges(lang: str) -> tuple[dict[str, tuple[str, str]], re.Pattern[str] | None]:
    table = {_key(str(k)): (str(v[0]), str(v[1])) for k, v in (load(f"{lang}/words").get("period_edges") or {}).items()}
    if not table:
        return table, None
    words = _alt(_accent_variants(list(load(f"{lang}/words").get("period_edges") or {})))
    return table, re.compile(rf"\b(?=\w)(?<![\w-])(?P<edge>{words})(?![\w-])(?:[^\S\n]+(?P<y>{_YEAR}))?",
                             re.IGNORECASE)


def step_period_edges(ctx: _Context) -> None:
    """year-end, year's end, month-end: the part of the reference date's year or month (rule period_edge)."""
    table, pattern = _edges(ctx.lex.lang)
    if pattern is None:
        return
    for m in ctx.find(pattern, "words"):
        start, end = m.span() if m["y"] else m.span("edge")
        if not ctx.free(start, end) or (ctx.reference is None and not m["y"]):
            continue
        unit, part = table[_key(m["edge"])]
        if unit not in ("year", "month") or part not in _MONTHS:
            continue
        ref = ctx.reference
        base = dt.date(int(m["y"]), 1, 1) if m["y"] else (ref.replace(day=1) if unit == "month" else
                                                           dt.date(ref.year, 1, 1))  # type: ignore[union-attr]
        first, last = _span(base, unit, part)
        if not m["y"] and ref is not None and first > ref and _lean(ctx, start, end) == "past":
            first, last = _span(_shift(base, unit, -1), unit, part)  # the edge just passed
        precision = "year" if unit == "year" else "month"
        ctx.add(_mention(ctx, start, end, first, precision, "period_edge", end_value=last, relative=not m["y"],
                         explanation=f"{ctx.text[start:end]} -> {_show(first, precision, last)}: {part} of the "
                                     f"{unit}"), start, end)


def _span(base: dt.date, unit: str, part: str) -> tuple[dt.date, dt.date]:
    if unit == "year":
        lo, hi = _MONTHS[part]
        return dt.date(base.year, lo, 1), dt.date(base.year, hi, calendar.monthrange(base.year, hi)[1])
    lo, hi = _DAYS[part]
    return base.replace(day=lo), base.replace(day=min(hi, calendar.monthrange(base.year, base.month)[1]))
