"""Offsets in years or months counted from the story's previous date: "in 2006 ... two years later" is 2008,
"in June 2008; a year earlier" is 2007, "on 3 May 2007. Two months later" is July 2007.

``step_offsets`` marks such an offset (``OFFSET_UNIT`` in the placeholder's explanation); ``anaphora.resolve_anchors``
asks ``unit_offset`` for its value before counting days. The base is the last date of the same story in the
same or the previous sentence with a day, month or year; the result has the offset unit's precision (TimeML
gives "a year earlier" a year). With no such base, the offset is counted in days as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from timeline.extraction.dates.context import _SENTENCE_END, _Context, _mention, _show
from timeline.models import DateMention

OFFSET_UNIT = "unit:"
"""Prefix of an offset placeholder's explanation: ``unit:<year|month>:<signed count>``."""

#: Units of an offset counted from a clock: from a day of the story, whose clock the text does not give, such an
#: offset is no date ("On Sunday ... Twenty minutes later": ``clock_step``); from the reference moment, its day.
CLOCK_UNITS = frozenset({"hour", "minute"})

#: The base may lie this many sentence ends before the offset (0: the same sentence; 1: the previous one).
SENTENCES_BACK = 1

_RANK = {"year": 0, "month": 1, "day": 2}


def unit_offset(ctx: _Context, mention: DateMention, resolved: Sequence[DateMention],
                story_start: int) -> DateMention | None:
    """The offset counted in its unit from the previous date nearby, or None (then it counts in days)."""
    if not mention.explanation.startswith(OFFSET_UNIT):
        return None
    _, unit, signed = mention.explanation.split(":")
    if unit in CLOCK_UNITS:
        return None
    n = int(signed)
    for base in reversed(resolved):
        if base.start < story_start or base.end > mention.start:
            continue
        ends = len(_SENTENCE_END.findall(ctx.text, base.end, mention.start))
        if ends > SENTENCES_BACK:
            return None
        if base.precision not in _RANK or base.rule in ("relative_anchor", "offset_anchor"):
            continue
        if _RANK[base.precision] < _RANK[unit]:
            return None  # "in 2006 ... six months later": the month is not known
        day = base.end_value if n > 0 and base.end_value else base.value
        months = day.year * 12 + day.month - 1 + (n * 12 if unit == "year" else n)
        value = dt.date(months // 12, 1, 1) if unit == "year" else dt.date(months // 12, months % 12 + 1, 1)
        return _mention(ctx, mention.start, mention.end, value, unit, "offset_anchor", relative=base.relative,
                        confidence=0.8,
                        explanation=f"{mention.text} -> {_show(value, unit, None)}: {n:+d} {unit}(s) from "
                                    f"'{base.text}', the previous date of the story")
    return None


def reference_year_offset(ctx: _Context, mention: DateMention) -> DateMention | None:
    """An offset back in years with no date before it in the story, counted from the reference date at the year's
    precision ("Un an plus tôt, il avait été élu" in 1999 is 1998, as "il y a un an" is: TimeML gives a value the
    granularity of the expression's unit); None for any other unit, and ahead (a term ahead keeps its day, as "dans
    deux ans" does in ``steps_numbers.step_offsets``): then it counts in days."""
    if ctx.reference is None or not mention.explanation.startswith(OFFSET_UNIT):
        return None
    _, unit, signed = mention.explanation.split(":")
    if unit != "year" or int(signed) >= 0:
        return None
    value = dt.date(ctx.reference.year + int(signed), 1, 1)
    return _mention(ctx, mention.start, mention.end, value, "year", "offset_anchor", relative=True, confidence=0.8,
                    explanation=f"{mention.text} -> {value.year}: {int(signed):+d} year(s) from the reference date "
                                f"{ctx.reference.isoformat()} (no earlier date in the story)")


def clock_step(mention: DateMention) -> bool:
    """Whether an offset placeholder counts in hours or minutes ("twenty minutes later", "deux heures plus tard")."""
    return mention.explanation.startswith(OFFSET_UNIT) and mention.explanation.split(":")[1] in CLOCK_UNITS
