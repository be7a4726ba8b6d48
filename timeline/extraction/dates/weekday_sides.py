"""Two readings of a bare weekday's side that its own words give (issue 12, round thirty-five, den35).

A weekday joined to "tomorrow" ("the gusts for tomorrow and Friday", "talks resume tomorrow or Friday", "demain ou
jeudi") is a day of the same stretch ahead, whatever the tense of the sentence: a past of reporting ("the forecaster
said the gusts for tomorrow and Friday looked mild") tells when it was said, not which Friday. The words are data:
the link (``coordinated_day_links``: "and", "or"; "et", "ou") and the day words ahead (``relative_days`` counted
after the reference date: "tomorrow", "the day after tomorrow", "demain"). A weekday joined to "yesterday" already
takes the past, the news convention; "today and Friday" gives no side.

A weekday led by its clock ("First Minister's Questions is at noon on Thursday", "the vote is at 2pm on Friday")
has the words that give its side before the clock, not right before the weekday: the copula or bound of
``future_right_before`` stands before "at noon on". ``clock_led_start`` gives where those words end: the start of
the clock (and of a link of ``clock_lead_links`` before it, "at") when the clock stands right before the weekday
across a link of ``clock_weekday_links`` ("on"). French writes the clock after the weekday ("jeudi à midi") and lists
no link.

A weekday that dates the thing awaited ("schools shut ahead of a "catastrophic" fire threat on Tuesday", "in the
run-up to the party's vote on Sunday") is ahead whatever the tense, as ``future_bound_before`` reads "ahead of
Sunday's election": the words of ``awaited_before`` ("ahead of", "in the run-up to"), a determiner of
``awaited_determiners`` and at most ``AWAITED_WORDS`` words (no stop or comma, no word of ``awaited_stops`` that
opens a clause of its own: "ahead of the storm that hit on Tuesday") before
"on" (``clock_weekday_links``) and the weekday.
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.clock_day import CLOCK_RULE
from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt
from timeline.lang import load
from timeline.models import DateMention

__all__ = ["awaited_ahead", "clock_ends", "clock_led_start", "coordinated_ahead"]


@functools.cache
def _coordinated(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a day word ahead and a link right before a weekday, a link and a day word ahead right after it), or None when
    the language lists no link."""
    links = list(load(f"{lang}/words").get("coordinated_day_links") or [])
    ahead = [str(w) for w, n in (load(f"{lang}/words").get("relative_days") or {}).items() if int(n) > 0]
    if not links or not ahead:
        return None
    link, days = _alt(_accent_variants(links)), _alt(_accent_variants(ahead))
    return (re.compile(rf"(?<!{_WORD})(?:{days})[^\S\n]*,?[^\S\n]+(?:{link})[^\S\n]+$", re.IGNORECASE),
            re.compile(rf"[^\S\n]*,?[^\S\n]+(?:{link})[^\S\n]+(?:{days})(?!{_WORD})", re.IGNORECASE))


def coordinated_ahead(ctx: _Context, start: int, end: int) -> bool:
    """Whether the weekday at [start, end) is joined to a day word ahead ("tomorrow and Thursday", "Friday or the
    day after tomorrow"): then the next one (module doc)."""
    patterns = _coordinated(ctx.lex.lang)
    if patterns is None:
        return False
    before, after = patterns
    return bool(before.search(ctx.text, max(0, start - 40), start) or after.match(ctx.text, end))


@functools.cache
def _clock_links(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = load(f"{lang}/words")
    links = list(words.get("clock_weekday_links") or [])
    if not links:
        return None
    leads = _alt(_accent_variants(list(words.get("clock_lead_links") or []))) or "(?!)"
    return (re.compile(rf"[^\S\n]+(?:{_alt(_accent_variants(links))})[^\S\n]+$", re.IGNORECASE),
            re.compile(rf"(?<!{_WORD})(?:{leads})[^\S\n]+$", re.IGNORECASE))


def clock_ends(ctx: _Context) -> dict[int, DateMention]:
    """The clocks found so far by where they end (read once a scan, before the weekdays: ``clock_led_start``)."""
    return {m.end: m for m in ctx.mentions if m.rule == CLOCK_RULE}


def clock_led_start(ctx: _Context, start: int, clocks: dict[int, DateMention]) -> int:
    """Where the words that give the side of the weekday starting at ``start`` end: before its clock and the clock's
    link ("is [at noon on] Thursday") when a clock of ``clocks`` (``clock_ends``) stands right before it across a
    link, else ``start``."""
    links = _clock_links(ctx.lex.lang)
    if links is None or not clocks:
        return start
    link, lead = links
    found = link.search(ctx.text, max(0, start - 8), start)
    clock = clocks.get(found.start()) if found is not None and found.end() == start else None
    if clock is None:
        return start
    led = lead.search(ctx.text, max(0, clock.start - 12), clock.start)
    return led.start() if led else clock.start


#: At most this many words between the determiner after "ahead of" and the "on" before the weekday.
AWAITED_WORDS = 4


@functools.cache
def _awaited(lang: str) -> re.Pattern[str] | None:
    words = load(f"{lang}/words")
    before, dets, links = (list(words.get(k) or []) for k in ("awaited_before", "awaited_determiners",
                                                              "clock_weekday_links"))
    if not (before and dets and links):
        return None
    stops = _alt(_accent_variants(list(words.get("awaited_stops") or []))) or "(?!)"
    word = rf"[\"“”'‘’]?(?!(?:{stops})(?!{_WORD}))[^\W\d_][\w'’-]*[\"“”'‘’]?"
    return re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(before))})[^\S\n]+(?:{_alt(_accent_variants(dets))})"
                      rf"(?:[^\S\n]+{word}){{1,{AWAITED_WORDS}}}[^\S\n]+(?:{_alt(_accent_variants(links))})[^\S\n]+$",
                      re.IGNORECASE)


def awaited_ahead(ctx: _Context, start: int) -> bool:
    """Whether the weekday starting at ``start`` dates a thing awaited ("ahead of a storm on Tuesday"): module doc."""
    pattern = _awaited(ctx.lex.lang)
    return pattern is not None and pattern.search(ctx.text, max(0, start - 90), start) is not None
