"""A past verb of announcing, deciding or asking, and a year-less date in its object: the date takes no lean from it.

"La direction a annoncé vendredi l'ouverture de nouvelles négociations le 17 mars", "it had asked the operator for
a full report by 20 November", "a décidé de ne pas se présenter pour les législatives de juin": the past tense tells
when the thing was announced, decided or asked, and the date is the thing's, which is as often ahead. Read as the
date's own tense, it put those dates a year back (17 March 2025 on a page of 13 March 2026). A verb of
``object_ahead_verbs`` (``lang/<lang>/words.yaml``) written before the date, with its object between them (a word
of ``object_ahead_determiners`` other than the date's own article), is no tense cue of the date; resolve._lean skips
it and the date takes the lean of another cue, or none (the nearer year).

A date right after the verb is the verb's own ("a annoncé le 20 avril sa démission", "announced on 20 April"): it
keeps the past, as before.
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load

__all__ = ["object_ahead"]

#: A word (the verb a cue ends at may be followed by its participle: "had asked", "avait demandé").
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    words = load(f"{lang}/words")
    verbs = list(words.get("object_ahead_verbs") or ())
    determiners = list(words.get("object_ahead_determiners") or ())
    if not verbs or not determiners:
        return None
    verb = re.compile(rf"(?<![^\W\d_])(?:{_alt(_accent_variants(verbs))})(?![^\W\d_])", re.IGNORECASE)
    det = _alt(_accent_variants(determiners))
    # a determiner as a whole word, or an elided one glued to its noun ("l'ouverture")
    determiner = re.compile(rf"(?<![^\W\d_])(?:{det})(?:(?<=['’])|(?![^\W\d_'’]))", re.IGNORECASE)
    own = re.compile(rf"(?<![^\W\d_])(?:{det})[^\S\n]*$", re.IGNORECASE)  # "le 20 avril", "the 20th"
    return verb, determiner, own


def object_ahead(lang: str, text: str, cue_start: int, cue_end: int, date_start: int) -> bool:
    """Whether the past cue ``text[cue_start:cue_end]``, before a date at ``date_start``, is (or is the auxiliary
    of) a verb of ``object_ahead_verbs`` whose object stands between it and the date."""
    patterns = _patterns(lang)
    if patterns is None or cue_end > date_start:
        return False
    verb, determiner, own = patterns
    found = verb.search(text, cue_start, cue_end)
    if found is None:  # an auxiliary ("had", "avait"): the participle is the next word
        nxt = _WORD.search(text, cue_end, date_start)
        if nxt is None or text[cue_end:nxt.start()].strip() or not verb.fullmatch(nxt.group()):
            return False
        found = nxt
    between = text[found.end():date_start]
    if (tail := own.search(between)) is not None:
        between = between[:tail.start()]
    return determiner.search(between) is not None
