"""Years written in words: "in nineteen ninety-six", "two thousand and fifteen", "en mille neuf cent
quatre-vingt-seize", "deux mille vingt" (``spelled_year_heads`` and ``spelled_tens`` in ``lang/<lang>/words.yaml``).

The head gives the hundreds; the words after it are summed into the rest, 0 to 99 ("quatre-vingt-dix-sept" is
80 + 10 + 7). A head that is also a plain number ("nineteen", "twenty") needs a year cue before it ("in",
"since", "en"...) and words after it ("twenty twenty"), since alone it is as often no year.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _Context, _mention
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key, lexicon
from timeline.extraction.dates.prefilter import finditer_lowered
from timeline.lang import load

_LINK = r"(?:[^\S\n]+|-)(?:(?:and|et)[^\S\n]+)?"


@functools.cache
def _spelled(lang: str) -> tuple[dict[str, dict], dict[str, int], re.Pattern[str], re.Pattern[str]]:
    """(head -> its entry, word -> value, the pattern, a year cue right before) for one language."""
    lex = lexicon(lang)
    own = load(f"{lex.lang}/words")
    heads = {_key(str(k)): dict(v) for k, v in (own.get("spelled_year_heads") or {}).items()}
    tens = {_key(str(k)): int(v) for k, v in (own.get("spelled_tens") or {}).items()}
    if not heads:
        return heads, tens, re.compile(r"(?!)"), re.compile(r"(?!)")
    words = _alt(_accent_variants(list(own.get("spelled_tens") or {})))
    cues = _alt(_accent_variants(lex.lists["year_cues"]))
    head = _alt(_accent_variants(list(own.get("spelled_year_heads") or {})))
    pattern = re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?P<y>(?P<head>{head})(?P<tail>(?:{_LINK}(?:{words})(?!{_WORD})){{0,4}}))"
        rf"(?![^\S\n]*\d)", re.IGNORECASE)
    cue = re.compile(rf"(?<!{_WORD})(?:{cues})[^\S\n]+$", re.IGNORECASE)
    return heads, tens, pattern, cue


def _tail_value(tail: str, tens: dict[str, int]) -> int | None:
    """80 + 10 + 7 for "-quatre-vingt-dix-sept", 96 for " ninety six", 0 for ""; None beyond 99."""
    total = 0
    for word in re.findall(r"quatre-vingts?|[^\s-]+", tail.lower()):
        if word in ("and", "et"):
            continue
        value = tens.get(_key(word))
        if value is None:
            return None
        total += value
    return total if total < 100 else None


_NEXT_WORD = re.compile(r"[^\S\n]+(?P<w>[^\W\d_]+)")
#: Words that may follow a year in words besides the links of a date ("in 1996 the firm...", "en 2015, la...").
_AFTER_YEAR = frozenset({"the", "a", "an", "le", "la", "les", "l", "un", "une"})


def _counts_a_noun(ctx: _Context, end: int) -> bool:
    """Whether a lower-case word that is no link of a date follows: then the words count things."""
    nxt = _NEXT_WORD.match(ctx.text, end)
    if nxt is None or not nxt["w"].islower():
        return False
    word = _key(nxt["w"])
    return word not in _AFTER_YEAR and word not in {_key(w) for w in ctx.lex.lists["weekday_day_links"]}


def step_spelled_years(ctx: _Context) -> None:
    """in nineteen ninety-six, two thousand and fifteen, en mille neuf cent quatre-vingt-seize, deux mille vingt."""
    heads, tens, pattern, cue = _spelled(ctx.lex.lang)
    if not heads:
        return
    for m in finditer_lowered(pattern, ctx.text, ctx.low):  # the whole text, case-free where it can
        start, end = m.span("y")
        entry = heads.get(_key(m["head"]))
        if entry is None or not ctx.free(start, end):
            continue
        if entry.get("cue") and not (m["tail"] and cue.search(ctx.text, max(0, start - 24), start)):
            continue  # "twenty people", "nineteen" alone: a number
        if _counts_a_noun(ctx, end):
            continue  # "deux mille vingt manifestants", "in two thousand workers": a number of things
        rest = _tail_value(m["tail"], tens)
        if rest is None:
            continue
        year = int(entry["year"]) + rest
        ctx.add(_mention(ctx, start, end, dt.date(year, 1, 1), "year", "spelled_year",
                         explanation=f"{m['y']} -> {year}: a year in words"), start, end)
