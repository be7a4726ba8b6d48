"""A deictic day beside a day the text names, in one clause: the named day is the writer's.

"The final was played here today at the city stadium on Sunday", stamped Monday; "le métro a été fermé hier
[vendredi]", stamped Sunday: a reader takes both words for one day, the one named, and learns the page's stamp is a
day or more after the day of writing. The deictic word ("today", "hier", a ``relative_days`` entry) then takes the
named day's value. Both are kept (TimeML writes two dates).

``appositions.py`` does this for a day written with its number right after the deictic word ("hier, jeudi 11 juin");
this reads a bare weekday too, and a day a few words away, when nothing between them opens another clause, a list
or a range: no word of ``deictic_day_breaks``, no word of the shapes ``deictic_day_verb_shapes`` (a participle, a
conjugated verb), no tense or reporting cue of the date engine, no sentence end, no comma but right after the first.
The named day lies one to ``MAX_SHIFT`` days before the deictic word's reading (a stamp a day or a weekend late; a
page is never stamped before it is written, so a named day after it, "tomorrow (Saturday)" on a Wednesday page, leaves
both as they are); the sentence names no other day.

Run on the cascade's mentions after the appositions, before the clocks find their day (round twenty-six, tdy26).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt
from timeline.extraction.dates.patterns import _cue_patterns
from timeline.lang import load
from timeline.models import DateMention

#: The farthest a stamp may lie from the writer's day, in days.
MAX_SHIFT = 3
#: The farthest a sentence is read on either side of the deictic word, in characters.
WINDOW = 400
#: The most words between the deictic word and the named day.
MAX_GAP_WORDS = 8
#: Rules of a mention that is no named day (a deictic word, a clock, an anchor on a happening or an offset).
_NOT_NAMED = frozenset({"relative_day", "clock", "relative_anchor", "offset_anchor"})
#: A sentence's end, a line's end, or a semicolon or colon: no longer one clause.
_END = re.compile(r"[.!?;:\n]")
_SENTENCE_END = re.compile(r"[.!?\n]")
_GAP_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’-](?=[^\W\d_]))*")


@functools.cache
def _breaks(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a word of ``deictic_day_breaks`` anywhere, a word of the shapes ``deictic_day_verb_shapes`` in full)."""
    words = load(f"{lang}/words")
    listed = _alt(_accent_variants([str(w) for w in words.get("deictic_day_breaks") or []])) or "(?!)"
    shapes = "|".join(f"(?:{s})" for s in words.get("deictic_day_verb_shapes") or []) or "(?!)"
    return (re.compile(rf"(?<!{_WORD})(?:{listed})(?!{_WORD})", re.IGNORECASE),
            re.compile(rf"(?:{shapes})", re.IGNORECASE))


def _deictic(m: DateMention) -> bool:
    return m.rule == "relative_day" and m.precision == "day" and m.end_value is None and m.open_end is None


def _named(m: DateMention) -> bool:
    return (m.precision == "day" and m.end_value is None and m.time is None and m.open_end is None
            and m.rule not in _NOT_NAMED)


def _one_clause(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether ``ctx.text[lo:hi]``, the words between two mentions, keeps them in one clause."""
    gap = ctx.text[lo:hi]
    if _END.search(gap) or "," in gap.lstrip(" ([").lstrip(",").lstrip():
        return False  # a comma only right after the first mention ("hier, vendredi"), none further
    listed, shapes = _breaks(ctx.lex.lang)
    words = _GAP_WORD.findall(gap)
    if len(words) > MAX_GAP_WORDS or listed.search(gap) or any(shapes.fullmatch(w) for w in words):
        return False
    return not any(pattern.search(gap) for _, pattern in _cue_patterns(ctx.lex.lang))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """[lo, hi) of the sentence around ``text[start:end]`` (cut at a sentence end or a line end), at most ``WINDOW``
    characters each side (a run without punctuation stays linear)."""
    floor = max(0, start - WINDOW)
    lo = max(max(text.rfind(mark, floor, start) for mark in ".!?\n") + 1, floor)
    close = _SENTENCE_END.search(text, end, end + WINDOW)
    return lo, close.start() if close else min(len(text), end + WINDOW)


def name_deictic_days(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (sorted by start) with each deictic day that a named day of its clause dates given that day."""
    if ctx.reference is None or not any(_deictic(m) for m in mentions):
        return mentions
    out = list(mentions)
    starts = [m.start for m in mentions]
    for i, m in enumerate(mentions):
        if not _deictic(m):
            continue
        lo, hi = _sentence(ctx.text, m.start, m.end)
        near = mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
        others = [n for n in near if n is not m and n.end <= hi and _named(n)]
        days = {n.value for n in others}
        if len(days) != 1:
            continue  # no named day, or several: which one is the writer's is not said
        named = others[0] if len(others) == 1 else min(others, key=lambda n: abs(n.start - m.start))
        if not 1 <= (m.value - named.value).days <= MAX_SHIFT:
            continue  # a page is stamped on or after its writer's day, never before ("Tomorrow (Saturday)")
        a, b = (m, named) if m.end <= named.start else (named, m)
        if not _one_clause(ctx, a.end, b.start):
            continue
        out[i] = replace(m, value=named.value, confidence=min(m.confidence, named.confidence),
                         explanation=f"{m.explanation}; the day named in its clause, "
                                     f"'{ctx.text[named.start:named.end]}', is its day -> {named.value.isoformat()}")
    return out
