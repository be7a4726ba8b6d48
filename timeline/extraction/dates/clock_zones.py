"""A clock in brackets that converts the clock before it keeps its zone words (round twenty-two, issue 12).

A story told abroad gives its hour twice, the local one and, in brackets, the reader's: "vers 12 h 30 locales (20 h 30
en France)". TimeML marks the bracketed clock with the words that say whose hour it is (French TimeBank: "20 h 30 en
France", its value with the zone); the clock pattern stops at the digits unless a zone code follows. Here a clock
mention that opens a bracket right after another clock runs to the bracket's end when the words left in it say whose
hour it is (a zone word, "heure de Paris"; "en", "à" before a capitalised name, "en France") and hold no digit (a
second number would be another reading; "en moyenne" is no place). Only the span moves, never the value. Languages
that list neither word keep their spans (English is left to its own rooms).
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

#: At most this many characters of zone words after the clock, inside its bracket.
_ZONE_WORDS_MAX = 30


@functools.cache
def _zone_tail(lang: str) -> re.Pattern[str] | None:
    """The words after a bracketed clock up to the bracket's end: a word of ``clock_conversion_zone_words`` ("heure de
    Paris") or a link of ``clock_conversion_place_links`` before a capitalised name ("en France", "à Montréal"), no
    digit; None when the language lists neither."""
    words = load(f"{lang}/words")
    zone = [str(w) for w in words.get("clock_conversion_zone_words") or []]
    links = [str(w) for w in words.get("clock_conversion_place_links") or []]
    if not zone and not links:
        return None
    rest = rf"[^()\d\n]{{0,{_ZONE_WORDS_MAX}}}?(?=[^\S\n]*\))"
    zone_words = rf"(?:{_alt(_accent_variants(zone))})(?!{_WORD}){rest}" if zone else "(?!)"
    place = rf"(?:{_alt(_accent_variants(links))})[^\S\n]+(?-i:[A-Z])[\w'’-]*{rest}" if links else "(?!)"
    return re.compile(rf"[^\S\n]+(?:{zone_words}|{place})", re.IGNORECASE)


def _is_clock(m: DateMention) -> bool:
    return m.time is not None and ":" in m.time and m.end_start is None


def widen_converted_clocks(ctx: _Context, mentions: Sequence[DateMention]) -> list[DateMention]:
    """``mentions`` with each clock that converts the clock before it, in brackets, spanning its zone words."""
    pattern = _zone_tail(ctx.lex.lang)
    out = list(mentions)
    if pattern is None or "(" not in ctx.text:
        return out
    text = ctx.text
    for i in range(1, len(out)):
        prev, m = out[i - 1], out[i]
        if not (_is_clock(prev) and _is_clock(m)):
            continue
        between = text[prev.end:m.start]
        if between.strip() != "(":
            continue
        tail = pattern.match(text, m.end)
        if tail is None or (i + 1 < len(out) and out[i + 1].start < tail.end()):
            continue
        end = tail.end()
        out[i] = replace(m, end=end, text=text[m.start:end],
                         explanation=f"{m.explanation}; its zone '{text[m.end:end].strip()}' in its bracket")
    return out
