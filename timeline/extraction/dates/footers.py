"""A page's copyright line dates the page: "© Le Quotidien de Meuse 2026", "Copyright (c) 2026 Harlow News": the
year in it is a year a reader resolves (a footer or a credit), though no year cue stands before it. The marks are
``copyright_marks`` in ``lang/<lang>/words.yaml``; the year closes the line's first few words."""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _Context, _mention
from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load

#: How many words may stand between the mark and the year ("© Le Quotidien de Meuse 2026").
_WORDS_BEFORE = 6


@functools.cache
def _copyright(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """(a mark, up to ``_WORDS_BEFORE`` words without a digit and a year; the marks lower-cased, to test first)."""
    marks = tuple(str(mark).lower() for mark in load(f"{lang}/words").get("copyright_marks") or ())
    words = _alt(_accent_variants(list(marks))) or "(?!)"
    return re.compile(rf"(?:{words})(?:[^\S\n]+[^\W\d][^\s\d]*){{0,{_WORDS_BEFORE}}}?[^\S\n]*[,]?[^\S\n]*"
                      r"(?P<y>(?:19|20)\d\d)(?!\d)(?:[^\S\n]*[-–][^\S\n]*(?P<y2>(?:19|20)\d\d)(?!\d))?",
                      re.IGNORECASE), marks


def step_copyright_years(ctx: _Context) -> None:
    """The year (or the last year of a span, "© 2019-2026") of a copyright line."""
    pattern, marks = _copyright(ctx.lex.lang)
    low = ctx.low if ctx.low is not None else ctx.text.lower()
    if not any(mark in low for mark in marks):
        return
    for m in pattern.finditer(ctx.text):
        group = "y2" if m["y2"] else "y"
        s, e = m.span(group)
        if ctx.free(s, e):
            ctx.add(_mention(ctx, s, e, dt.date(int(m[group]), 1, 1), "year", "copyright_year",
                             explanation=f"{m[group]}: the year of a copyright line"), s, e)
