"""Step 2c: the bare form of a market verb used as a noun ("its third cut this year", "une forte baisse") is no verb.

The verbs that only a day can date (``lemmas_day_only`` in lang/<lang>/triggers.yaml: "cut", "fall", "rise", "chuter",
"baisser") share their bare form with a noun. Right after a determiner, a possessive or one of them followed by an
ordinal or an adjective of size (``noun_markers``), the form names a move instead of telling one: in "the bank cut its
official cash rate on Wednesday, its third cut this year" the second "cut" is the decision counted again, not a
market move of that Wednesday that would outrank it by being nearer the date. Such a trigger is dropped; a noun the
vocabulary lists as a happening (``market_moves.nouns``: "krach", "crash") is found as a noun, not here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.wordlists import _alternation
from timeline.extraction.sentences import Span

__all__ = ["drop_nominal_verbs"]

#: Characters read before a trigger for its determiner.
MARKER_WINDOW = 40


@functools.cache
def _markers(lang: str) -> re.Pattern[str] | None:
    """A determiner, a possessive or an ordinal right before a trigger (``noun_markers``)."""
    markers = lexicon.load(f"{lang}/triggers").get("noun_markers") or []
    body = _alternation(markers)
    return re.compile(rf"(?<![\w'-])(?:{body})(?:\s+|(?<='))$") if body else None


def drop_nominal_verbs(lang: str, folded: str, sentence: Span, triggers: Sequence[_Trigger]) -> list[_Trigger]:
    """``triggers`` without the market verbs whose bare form a determiner makes a noun ("its third cut")."""
    markers = _markers(lang)
    if markers is None:
        return list(triggers)
    return [t for t in triggers
            if not (t.kind == "verb" and t.day_only
                    and markers.search(folded, max(sentence.start, t.start - MARKER_WINDOW), t.start))]
