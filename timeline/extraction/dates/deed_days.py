"""The story's day a clock or a part of the day borrows from the sentence before (round fifteen, issue 12 class 4).

A clock with no day of its own ("The slope released shortly after 2 p.m.") or a lone part of the day ("une équipe
est attendue dans la nuit") takes the latest day told before it (``times._story_day``). Two kinds of day are told
without anything happening on them, and are looked past:
- a day that only says when something was said: a reporting verb (``report_cues`` in ``lang/<lang>/words.yaml``)
  right before it, at most a link word (``said_day_links``: "on", an inverted subject's article) between ("killed on
  Sunday afternoon, RCMP said Monday", "est mort dimanche, a indiqué la police lundi"): the day before it in that
  sentence is the story's; with none, the said day stays (the deed was likely near it);
- a day that bounds a stretch ahead ("les écoles resteront fermées jusqu'à lundi", "closed until Monday", "à partir de";
  ``bounds_right_before`` / ``future_right_before``): the day before it in that sentence, else no story day at all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, lexicon
from timeline.lang import load
from timeline.models import DateMention

#: How far before a day its reporting verb may start ("a indiqué la préfecture de l'Isère lundi").
SAID_REACH = 48

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


@functools.cache
def _said_before(lang: str) -> re.Pattern[str] | None:
    """A reporting verb, then link words only, ending where the day starts."""
    cues = _alt(_accent_variants(lexicon(lang).lists["report_cues"]))
    words = load(f"{lang}/words")
    links = [str(w) for w in words.get("said_day_links") or []]
    articles = [str(w) for w in words.get("said_day_subject_articles") or []]
    if not cues:
        return None
    # an inverted subject ("a indiqué la police lundi"): an article and one word
    subject = rf"(?:[^\S\n]+(?:{_alt(_accent_variants(articles))})[^\S\n]*[^\W\d_]+)?" if articles else ""
    between = rf"(?:[^\S\n]+(?:{_alt(_accent_variants(links))}))*" if links else ""
    return re.compile(rf"(?<!{_WORD})(?:{cues}){subject}{between}[^\S\n]+$", re.IGNORECASE)


@functools.cache
def _bound_before(lang: str) -> re.Pattern[str]:
    """"jusqu'à", "until" right before a day: the end of a stretch."""
    words = load(f"{lang}/words")
    bounds = list(words.get("bounds_right_before") or words.get("future_right_before") or [])
    alternation = _alt(_accent_variants(bounds)) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})[^\S\n]*(?:(?:le|la|l['’]|the)[^\S\n]*)?$", re.IGNORECASE)


def said_day(ctx: _Context, day: DateMention) -> bool:
    """Whether ``day`` only tells when something was said ("police said Monday", "a indiqué lundi")."""
    pattern = _said_before(ctx.lex.lang)
    return pattern is not None and pattern.search(ctx.text, max(0, day.start - SAID_REACH), day.start) is not None


def bound_day(ctx: _Context, day: DateMention) -> bool:
    """Whether ``day`` ends a stretch ("jusqu'à lundi", "until Monday")."""
    return _bound_before(ctx.lex.lang).search(ctx.text, max(0, day.start - 24), day.start) is not None


def deed_day(ctx: _Context, days: Sequence[DateMention], day: DateMention | None) -> DateMention | None:
    """The story's day to lend a clock or a part of the day in a later sentence, given ``day``, the latest one told
    before it (see the module doc): ``day`` itself, an earlier day of its sentence, or None."""
    if day is None:
        return None
    said = said_day(ctx, day)
    if not said and not bound_day(ctx, day):
        return day
    k = next((i for i in range(len(days) - 1, -1, -1) if days[i] is day), None)
    if k is not None:
        for earlier in reversed(days[:k]):
            if _SENTENCE_END.search(ctx.text, earlier.end, day.start):
                break
            if earlier.end_value is None and not said_day(ctx, earlier) and not bound_day(ctx, earlier):
                return earlier
    return day if said else None
