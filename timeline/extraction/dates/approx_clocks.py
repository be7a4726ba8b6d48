"""A word of approximation right before a clock joins the clock's span (round thirty-three, issue 12).

"The ferry docked at around 6.15am", "the alarm rang at about 4:00 p.m.": the clock pattern opens at the digits,
so the mention is "6.15am" and the word that says the hour is approximate is left out. TimeML keeps such a modifier
inside the TIMEX3 (TimeML Annotation Guidelines 1.2.1: "about", "approximately" set ``mod="APPROX"`` on the
expression that holds them), and so do the fresh pages' gold (every one of 9 English dev cases: "around 5am",
"approximately 9:40 pm today", "about 1:15 p.m. (local time)") and the written set's README ("around 4pm"). So a
mention that opens with a clock's digits takes a word of ``clock_approx_before`` (lang/*/words.yaml) written right
before it, blanks only between, into its span. Only the span moves, never the value. The link before the word stays
out ("at [about 7:10 a.m.]"), as do words that place the clock before or after a moment ("shortly before", "just
after": TimeML's signals). French lists no word: its sets leave "vers" out of a lone clock (French TimeBank dev 1 of
2, the written dev halves 4 of 4, the fresh pages 1 of 1; kept only inside a day's entry: docs/BENCHMARKS.md, den33).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt
from timeline.lang import load
from timeline.models import DateMention

#: At most this many characters before a clock are searched for its word ("approximately " and its blanks).
_LOOK_BACK = 24


@functools.cache
def _approx_word(lang: str) -> re.Pattern[str] | None:
    """A word of ``clock_approx_before`` closing the text before a clock, blanks after it (no line break); None when
    the language lists none."""
    words = [str(w) for w in load(f"{lang}/words").get("clock_approx_before") or []]
    if not words:
        return None
    return re.compile(rf"(?<!{_WORD})(?<![\w'’-])(?:{_alt(_accent_variants(words))})[^\S\n]+$", re.IGNORECASE)


def _opens_with_clock(m: DateMention) -> bool:
    """A mention with a clock time whose words open with a digit ("5am", "3.30am on Monday morning")."""
    return m.time is not None and ":" in m.time and m.text[:1].isdigit()


def widen_approx_clocks(ctx: _Context, mentions: Sequence[DateMention]) -> list[DateMention]:
    """``mentions`` with each one that opens with a clock's digits spanning the word of approximation right before
    it ("[around 5am]"), when no mention ends inside those words."""
    pattern = _approx_word(ctx.lex.lang)
    out = list(mentions)
    if pattern is None:
        return out
    text = ctx.text
    for i, m in enumerate(out):
        if not _opens_with_clock(m):
            continue
        found = pattern.search(text, max(0, m.start - _LOOK_BACK), m.start)
        if found is None or (i > 0 and out[i - 1].end > found.start()):
            continue
        start = found.start()
        # the explanation stays as it was: later stages read its ending (story_clocks' ON_REFERENCE) and its head
        # (anchored's OFFSET_UNIT)
        out[i] = replace(m, start=start, text=text[start:m.end])
    return out
