"""A bare year in the article's headline names the year of what the story is about ("Admissions 2027: the calendar
is out", "Municipales 2026 : les listes déposées"): a headline drops the "in"/"en" a sentence would put before it.
Only the text's first line, over more text and with no full stop closing a sentence, and only a year near the
reference date's (``NEAR_YEARS``), not glued to a unit or an amount ("2026 €", "2 026 habitants" are no years)."""

from __future__ import annotations

import datetime as dt
import re

from timeline.extraction.dates.context import _Context, _mention

#: How far (years) from the reference date's year a bare headline year may lie.
NEAR_YEARS = 3
#: The longest first line read as a headline.
HEADLINE_MAX_CHARS = 160

_FIRST_LINE = re.compile(r"[^\S\n]*(?P<line>[^\n]+)")
_YEAR = re.compile(r"(?<![\w.,€$£/:-])(?P<y>(?:19|20)\d\d)(?![\w.,%€$£/-]|:\d|[^\S\n]*(?:[%€$£]|\d))")


def step_headline_years(ctx: _Context) -> None:
    """A year near the reference's, written alone in the first line when that line is a headline."""
    first = _FIRST_LINE.match(ctx.text)
    if ctx.reference is None or first is None:
        return
    line = first["line"].rstrip()
    if not ctx.text[first.end() :].strip():
        return  # one line alone (a phrase, a query) is no headline: a headline stands over a body
    if len(line) > HEADLINE_MAX_CHARS or re.search(r"[.!?]\s+\S", line) or line.endswith("."):
        return
    for m in _YEAR.finditer(ctx.text, first.start("line"), first.start("line") + len(line)):
        year = int(m["y"])
        s, e = m.span("y")
        if abs(year - ctx.reference.year) <= NEAR_YEARS and ctx.free(s, e):
            ctx.add(_mention(ctx, s, e, dt.date(year, 1, 1), "year", "headline_year",
                             explanation=f"{year}: a year written alone in the headline"), s, e)
