"""A past period a figure is compared with: no date of the story.

"en recul de 18 % par rapport à l'an dernier", "trois semaines plus tôt que l'an dernier", "21 postes de moins qu'un an
auparavant", "up 5% from a year earlier": the period is the yardstick of a comparison, not when something happened; the
written and fresh golds leave it out (round thirty-five, dfr35). Read by ``steps_relative.step_periods`` (a period back
from the reference or the story: ``comparison_before_period``, French only, since MEANTIME values "than the year
previous") and by ``steps_numbers._comparison`` (an offset back: ``comparison_before``).

Data (``timeline/lang/<lang>/words.yaml``):

* ``comparison_before`` / ``comparison_before_period``: words right before the period ("par rapport à", "than").
* ``comparison_que``: a conjunction that compares only after a comparative of its clause ("que", "qu'": "plus tôt
  que l'an dernier", "de plus qu'un an auparavant"; not "il a rappelé que l'an dernier, ..."); ``comparatives``: those
  comparatives ("plus", "moins", "autant").
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load

__all__ = ["compared_before"]

#: How far before the period its comparison words are looked for (characters).
_WINDOW = 24
#: How far before "que" its comparative may stand ("plus nombreux cette saison que"), within the clause.
_COMPARATIVE_WINDOW = 48


@functools.cache
def _words_before(lang: str, key: str) -> re.Pattern[str] | None:
    words = list(load(f"{lang}/words").get(key) or [])
    if not words:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{_alt(_accent_variants(words))})[^\S\n]*$", re.IGNORECASE)


@functools.cache
def _comparative(lang: str) -> re.Pattern[str] | None:
    words = list(load(f"{lang}/words").get("comparatives") or [])
    if not words:
        return None
    # the comparative, then words of the same clause (no stop, comma or colon) up to the conjunction
    return re.compile(rf"(?<![^\W\d_])(?:{_alt(_accent_variants(words))})(?![^\W\d_])[^.,;:!?\n]*$", re.IGNORECASE)


def compared_before(ctx: _Context, start: int, key: str = "comparison_before") -> bool:
    """Whether the words right before ``start`` compare a figure with the period written there (``key``: the list of
    comparison words to read, ``comparison_before`` for offsets, ``comparison_before_period`` for named periods)."""
    lang, text = ctx.lex.lang, ctx.text
    lo = max(0, start - _WINDOW)
    words = _words_before(lang, key)
    if words is not None and words.search(text, lo, start):
        return True
    que = _words_before(lang, "comparison_que")
    hit = que.search(text, lo, start) if que is not None else None
    if hit is None:
        return False
    comparative = _comparative(lang)
    return comparative is not None and comparative.search(text, max(0, hit.start() - _COMPARATIVE_WINDOW),
                                                          hit.start()) is not None
