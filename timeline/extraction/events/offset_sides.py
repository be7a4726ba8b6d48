"""Which side of an offset phrase a trigger stands on ("closed higher on Friday, a day after the bank cut rates").

A date followed by an offset phrase of ``anchor_offsets`` (lang/*/triggers.yaml: "a day after", "au lendemain de",
"two days before") dates the happening told before the phrase; the happening told right after the phrase is its
anchor, whose day counts from the date (events/offsets.py). So a trigger that stands after such a phrase, itself after
the date in the same sentence, never takes the date: "the FTSE closed higher on Friday, a day after the Bank of
England cut rates" dates the close, not the cut (Thursday, events/offsets.py); "le Premier ministre a remanié son
gouvernement mardi, au lendemain de la démission du ministre" dates the reshuffle, not the resignation.

The check only refuses a pair (pairing._pair): it makes no row. The phrase may follow the date at any distance in its
sentence ("on Friday, its best day in two months, a day after ..."); the trigger must follow the phrase within
ANCHOR_WORDS words, the anchor's reach in events/offsets.py.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.events.triggers import _Trigger
from timeline.models import DateMention

__all__ = ["ANCHOR_WORDS", "behind_offset", "offset_phrases"]

#: Words at most between the offset phrase and the anchor's trigger ("a day after the government lost a vote": 5);
#: events/offsets.py reaches as far.
ANCHOR_WORDS = 6


@functools.cache
def offset_phrases(lang: str) -> re.Pattern[str] | None:
    """The offset phrases of ``lang`` (folded, whole words), longest first; None when the language has none."""
    table = lexicon.load(f"{lang if lang in ('fr', 'en') else 'en'}/triggers")
    phrases = sorted((lexicon.fold(str(k)) for k in table.get("anchor_offsets") or {}), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(rf"(?<![\w'-])(?:{'|'.join(re.escape(p) for p in phrases)})(?![\w-])")


def behind_offset(lang: str, folded: str, trigger: _Trigger, date: DateMention) -> bool:
    """The trigger stands after an offset phrase that follows ``date`` (no other word of the date between), within
    ANCHOR_WORDS words of the phrase: it is the anchor the date counts from, not the happening the date tells."""
    if trigger.start < date.end:
        return False
    pattern = offset_phrases(lang)
    if pattern is None:
        return False
    ends = [found.end() for found in pattern.finditer(folded, date.end, trigger.start)]
    return bool(ends) and len(folded[ends[-1] : trigger.start].split()) <= ANCHOR_WORDS
