"""A bare weekday told in the past the day after its story's own day, the page's date: that next day, not a week back.

A page is stamped with the day of its story, and its text goes on into the next day ("Le marché aux fleurs a ouvert ce
dimanche 9 mars ; les exposants ont remballé lundi à l'aube"; "the polls closed on Sunday, June 4 ...
By Monday evening the count had reached its end"). Read in the past against the page's date (a Sunday),
"lundi" / "Monday" falls six days back, a week before the story. When the text has written the page's own day in full
before the weekday (its weekday name and its day number: "ce dimanche 29 janvier", "Sunday, June 4") and every day
told since, in a sentence of its own, is that day too (a clock of it, "that evening"; a day recalled in the full day's
own sentence is its detail: "ouvert ce dimanche 9 mars, une semaine après celui du 2 mars"), the weekday is the
day after the page's: the story's clock runs on, the page's stamp lags.

Left as they were: a pluperfect in the weekday's sentence (``next_day_breaks``, "Lundi, un premier rassemblement
avait eu lieu": further back than the story), a day of another value told in a sentence between, a page's date
written without its weekday name (a dateline, "RENNES, 24 nov (AFP)", says when it was filed, not that the story is
that day's), a reference guessed from the text, and the assistant convention (``Options.bare_weekday`` 'future'
reads the weekday ahead already). Round thirty-three, helper wkd33; both languages, no word of a page: the weekday
names of ``lang/*/words.yaml`` and a list of pluperfect auxiliaries.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _SENTENCE_END, _Context
from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load

__all__ = ["next_day"]

_DAY = dt.timedelta(days=1)
_PLACEHOLDER = dt.date(2000, 1, 1)  # times._PLACEHOLDER: a clock or an anchor not yet given its day


@functools.cache
def _words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a weekday name of ``weekdays``, a pluperfect auxiliary of ``next_day_breaks``) of ``lang/<lang>/words.yaml``."""
    own = load(f"{lang}/words")
    names = _alt(_accent_variants([str(k) for k in own.get("weekdays") or {}])) or "(?!)"
    breaks = _alt(_accent_variants(list(own.get("next_day_breaks") or []))) or "(?!)"
    return (re.compile(rf"(?<![^\W\d_])(?:{names})(?![^\W\d_])", re.IGNORECASE),
            re.compile(rf"(?<![^\W\d_])(?:{breaks})(?![^\W\d_])", re.IGNORECASE))


def next_day(ctx: _Context, start: int, end: int, value: dt.date) -> dt.date | None:
    """The day after the page's date, for the bare weekday at [start, end) read in the past as ``value``, when the
    text wrote the page's own day in full before it and told no other day between; else None."""
    ref = ctx.reference
    if (ref is None or ctx.reference_guessed or ctx.options.bare_weekday != "past"
            or value != ref - 6 * _DAY):  # the weekday of the day after the page, read six days back
        return None
    names, breaks = _words(ctx.lex.lang)
    lo, hi = ctx.window(start, end)
    if breaks.search(ctx.text, lo, hi):
        return None  # "Lundi, un premier rassemblement avait eu lieu": further back than the story
    before = sorted((m for m in ctx.mentions if m.end <= start and m.precision == "day" and m.value != _PLACEHOLDER),
                    key=lambda m: m.start)
    full = next((i for i in range(len(before) - 1, -1, -1)
                 if before[i].value == ref and before[i].end_value is None and _in_full(before[i].text, names)), None)
    if full is None:
        return None
    stop = _SENTENCE_END.search(ctx.text, before[full].end, start)
    cut = stop.end() if stop else start  # the days of the full day's own sentence are its details ("ouvert ce
    # dimanche 9 mars, une semaine après celui du 2 mars"): a recalled day, not the story moving on
    if any((m.end_value or m.value) != ref for m in before[full + 1:] if m.start >= cut):
        return None  # another day told since, in a sentence of its own: the story has moved on from the page's day
    return ref + _DAY


def _in_full(text: str, names: re.Pattern[str]) -> bool:
    """Whether a day's words hold its weekday name and its day number ("ce dimanche 29 janvier", "Sunday, June 4")."""
    return bool(names.search(text)) and bool(re.search(r"\d", text)) and not _SENTENCE_END.search(text)
