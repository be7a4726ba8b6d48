"""The leans that settle a date's direction before or after the tenses are weighed (split out of dates/resolve.py's
``_lean`` in round twenty-nine): a word right at the mention ("le 1er juillet dernier", "until at least Friday",
"depuis janvier", ", interpellé lundi,", "prévu le 3 juin"), and, once the nearest cue is known, a deed named before
the date and a plan's words.
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.done_deeds import deed_distance
from timeline.extraction.dates.lexicon import _accent_variants, _alt, lexicon
from timeline.extraction.dates.open_ends import hedged_cue
from timeline.extraction.dates.patterns import _RIGHT_AFTER
from timeline.extraction.dates.schedule import apposed_past, planned_way, schedule_ahead, split_past
from timeline.extraction.dates.word_gates import gated, search

__all__ = ["set_lean", "settled", "since_pattern"]


@functools.cache
def since_pattern(lang: str) -> re.Pattern[str]:
    """The words that put a start behind the date right before it ("depuis", "since"), with a noun of the date's."""
    listed = _accent_variants(lexicon(lang).lists["past_right_before"])
    words = _alt(listed)
    # (and a noun of the date's between: "depuis la nuit de mardi", "depuis le début de mars", "since the night of")
    return gated(re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]+(?:(?:le|la|l['’]|the)[^\S\n]*)?"
                            rf"(?:[^\W\d_]{{3,}}[^\S\n]+(?:de|du|d['’]|of)[^\S\n]*(?:(?:la|le|l['’]|the)[^\S\n]*)?)?$",
                            re.IGNORECASE), listed)


def set_lean(ctx: _Context, start: int, end: int) -> str | None:
    """The lean a word right at the mention settles before any tense is weighed ("le 1er juillet dernier", "until at
    least Friday", "depuis janvier", ", interpellé lundi,", "prévu le 3 juin"), else None."""
    right_after = _RIGHT_AFTER.match(ctx.text, end)
    if right_after:  # "le 30 septembre prochain", "le 1er juillet dernier"
        return "past" if right_after.group(1).lower() in ("dernier", "dernière", "derniere", "passé", "last") \
            else "future"
    hedged = hedged_cue(ctx.text, start, end, ctx.lex.lang)
    if hedged in ("until", "since"):  # "said it was likely to stay in place until at least Friday": a forecast's
        return "future" if hedged == "until" else "past"  # end, ahead; "depuis au moins mars": a start behind
    lang = ctx.lex.lang
    if search(since_pattern(lang), ctx.text, ctx.low, max(0, start - 40), start) \
            or apposed_past(lang, ctx.text, start) or split_past(lang, ctx.text, start, end):
        return "past"  # "depuis janvier", "since March": a start behind us; ", interpellé lundi,": done
    if schedule_ahead(ctx.lex.lang, ctx.text, start, low=ctx.low):
        return "future"  # "un préavis pour jeudi", "prévu le 3 juin", "scheduled for Feb. 28": a term ahead
    return None


def settled(ctx: _Context, start: int, best: tuple[float, str] | None) -> str | None:
    """The lean of the nearest cue ``best`` (distance, kind), after a deed named before the date and a plan's words."""
    deed = deed_distance(ctx.lex.lang, ctx.text, start, ctx.low)
    if deed is not None and (best is None or (best[1] == "present" and deed < best[0])):
        best = (deed, "past")  # "victorieuse de la manche dimanche", "le meurtre du boulanger, le 14 juin": done
    return planned_way(ctx.lex.lang, ctx.text, start, best[1] if best else None, ctx.low)  # "prévu le", "scheduled for"
