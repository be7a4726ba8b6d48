"""Literal gates before the word-list searches that ``resolve._lean`` runs right before a date (round thirty-one,
spd31; issue 12's speed): "depuis", "scheduled for", "postponed ... until", a done deed's noun.

Each of those searches (``set_leans.since_pattern``, ``schedule._bound``, ``schedule._deferred_object``,
``done_deeds._deeds``) opens with ``(?<![^\\W\\d_])`` and a word list (``lexicon._alt``: the words lower-cased, a
space as any whitespace) under IGNORECASE, and is tried at every position of a 28-64 character stretch; most
stretches hold none of the words. A match at ``p`` holds, from ``p``, one of its words, case aside (a space as a run
of whitespace). On a ``prefilter.lowered`` text (``_Context.low``: the same length, each character IGNORECASE's equal
of its lower case), that word stands in the lower-cased stretch as written in lower case: a plain regex of the words
(``lexicon._render``'s trie; no flag, no lookbehind: re skips the positions whose character opens none) that finds
nothing there proves the search finds nothing, and it is not run. Where the gate finds something, or the text has
no lowered twin, the search runs as before: the same answers, call for call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.extraction.dates.cuescan import _trie
from timeline.extraction.dates.lexicon import _render
from timeline.extraction.dates.prefilter import _all_safe

__all__ = ["absent", "gate", "gated", "search"]


def gate(words: Iterable[str]) -> re.Pattern[str] | None:
    """The gate of a word list as ``lexicon._alt`` renders it: a case-sensitive regex of the words lower-cased, a space
    as any whitespace; None (no gate) when a word opens with a space, lowers to another length, or holds a character
    whose lower case IGNORECASE does not equate with it (``prefilter._all_safe``)."""
    pieces = set()
    for word in map(str, words):
        if not word:
            continue  # (``_alt`` skips an empty word)
        piece = word.lower()
        if piece.startswith(" ") or len(piece) != len(word) or not _all_safe(word) or not _all_safe(piece):
            return None
        pieces.add(piece)
    if not pieces:
        return None
    return re.compile(_render(_trie(pieces)))


def absent(word_gate: re.Pattern[str] | None, low: str | None, lo: int, hi: int) -> bool:
    """Whether ``word_gate`` proves that no word of its list starts a match in ``[lo, hi)`` of the text that ``low``
    lowers (``prefilter.lowered``): False when unknown (no gate, no lowered text) or when a piece stands there."""
    return word_gate is not None and low is not None and word_gate.search(low, lo, hi) is None


_GATES: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def gated(pattern: re.Pattern[str], words: Iterable[str]) -> re.Pattern[str]:
    """``pattern``, its gate kept for ``search``: ``words``, every word whose ``lexicon._alt`` opens the pattern's
    matches (after its lookbehind)."""
    _GATES[id(pattern)] = (pattern, gate(words))  # the pattern kept: its id stays its own
    return pattern


def search(pattern: re.Pattern[str], text: str, low: str | None, lo: int, hi: int) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)``, or None at once when its gate (``gated``) proves it finds nothing."""
    kept = _GATES.get(id(pattern))
    if kept is not None and absent(kept[1], low, lo, hi):
        return None
    return pattern.search(text, lo, hi)
