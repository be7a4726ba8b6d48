"""A period compared with the same one a year before: "sales rose in February from the same period last year"
(February of the year before), "the same month a year earlier", "the year-earlier quarter".

``step_same_period`` finds the words (``same_period_*`` in ``lang/<lang>/words.yaml``) and values them as the
year before the reference date's (rule ``same_period``); ``_anchor_periods`` then asks ``from_previous`` for
the period of the story's previous date moved by that many years. The unit word gives the precision when it
names one ("month", "week", "day") and the previous date is at least that fine; "period", "quarter", "time"
take the previous date's precision (TimeML values "the same period last year" after "in February 2010" as
2009-02).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _Context, _mention, _show
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key
from timeline.lang import load
from timeline.models import DateMention

_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_GAP = r"[^\S\n]+"


@functools.cache
def _words(lang: str) -> tuple[dict[str, int], dict[str, str], re.Pattern[str] | None]:
    """(shift words -> years, unit word -> precision or "", the pattern) of a language."""
    own = load(f"{lang}/words")
    before, units = list(own.get("same_period_before") or []), dict(own.get("same_period_units") or {})
    after, adjectives = dict(own.get("same_period_after") or {}), dict(own.get("same_period_adjectives") or {})
    shifts = {_key(k): int(v) for k, v in {**after, **adjectives}.items()}
    unit_of = {_key(k): str(v or "") for k, v in units.items()}
    if not units or not ((before and after) or adjectives):
        return shifts, unit_of, None
    unit_words = _alt(_accent_variants(list(units)))
    ways = []
    if before and after:
        ways.append(rf"(?:{_alt(_accent_variants(before))}){_GAP}(?P<unit>{unit_words}){_GAP}"
                    rf"(?P<after>{_alt(_accent_variants(list(after)))})")
    if adjectives:
        ways.append(rf"the{_GAP}(?P<adj>{_alt(_accent_variants(list(adjectives)))}){_GAP}(?P<unit2>{unit_words})")
    return shifts, unit_of, re.compile(rf"\b(?=\w)(?<!{_WORD})(?:{'|'.join(ways)})(?![\w-])", re.IGNORECASE)


def step_same_period(ctx: _Context) -> None:
    """the same period last year, the same month a year earlier, the year-earlier quarter (rule same_period)."""
    shifts, _, pattern = _words(ctx.lex.lang)
    if ctx.reference is None or pattern is None:
        return
    for m in ctx.find(pattern, "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        n = shifts[_key(m["after"] or m["adj"])]
        value = dt.date(ctx.reference.year + n, 1, 1)
        ctx.add(_mention(ctx, m.start(), m.end(), value, "year", "same_period", relative=True,
                         explanation=f"{m.group()} -> {value.year}: {n:+d} year from the reference date "
                                     f"{ctx.reference.isoformat()}"), m.start(), m.end())


def _years_on(day: dt.date, n: int) -> dt.date:
    year = day.year + n
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def from_previous(ctx: _Context, mention: DateMention, previous: DateMention) -> DateMention | None:
    """``mention`` (rule same_period) valued as ``previous``'s period moved by its years, or None."""
    _, unit_of, pattern = _words(ctx.lex.lang)
    found = pattern.fullmatch(mention.text) if pattern is not None else None
    if found is None or ctx.reference is None:
        return None
    n = mention.value.year - ctx.reference.year
    unit = unit_of.get(_key(found["unit"] or found["unit2"]), "")
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
