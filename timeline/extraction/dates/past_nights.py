"""The night just past: a night word with no day of its own, told in the past, is the night before the page
(round twenty-eight, ovn28).

News writes the night that ends on the morning of its page without a day: "storms swept the coast overnight", "the
overnight stampede". The fresh pages' date gold values such a night as the page's day minus one (TimeML's value of a
night: its first day, with its part, ``TNI``). Two readings, their words in ``lang/<lang>/words.yaml``:

- ``night_just_past_words``: a night word alone ("overnight", "during the night") that no other rule dated (no day of
  its own, none to borrow in its sentence: ``times.attach_lone_parts`` ran first) becomes a date, the night before
  the page, when its clause is past (``resolve._lean``; a present perfect counts); not when a day follows it through
  a link word ("overnight on Tuesday": that day is the date), when a day of its sentence stands before it (the night
  after that day, not the page's) or the latest day the text told before it is before the page (a story told from
  an earlier day: "the fire broke out on Monday ... burned overnight" is Monday's night, not the eve), after a
  word of ``night_just_past_not_after`` (figurative: "almost overnight", "did not come back overnight") or before
  a word of ``night_just_past_not_before`` (financial or figurative nouns: "overnight rates", "an overnight
  success", "overnight stays");
- ``night_just_past_relative``: a relative night read as the page's day ("cette nuit") is the night before it when
  its clause is past and no clock follows it ("Cette nuit, vers 3 h", a live page's small hours, stays on the
  page's day, as the written gold has it).

Both French lists are empty (measured in round twenty-eight: "cette nuit" in the past put on the eve gained two dates
of the fresh date gold but the same page's event gold dates the night's happening on the page's day, its small
hours: a row lost, two spurious; a lone "dans la nuit" in a headline added a date the written gold lacks). English
"tonight" is not listed: the fresh gold keeps it on the page's day in a past clause too. Future and present clauses
keep today's reading: no date for a lone word, the page's day for a relative one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from timeline.extraction.dates.context import _Context, _mention
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt
from timeline.extraction.dates.prefilter import finditer_lowered
from timeline.extraction.dates.resolve import _lean
from timeline.lang import load
from timeline.models import DateMention

#: The rule name of a night word dated as the night before the page.
RULE = "night_just_past"
#: Characters read after a night word for a clock ("Cette nuit, vers 3 h") or a linked day ("overnight on Monday").
AFTER = 24


@dataclass(frozen=True)
class _Words:
    lone: re.Pattern[str]
    relative: frozenset[str]
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    link_after: re.Pattern[str]


def _listed(words: dict[str, object], key: str) -> list[str]:
    return [str(w) for w in words.get(key) or []]  # type: ignore[attr-defined]


@functools.cache
def _words(lang: str) -> _Words | None:
    words = load(f"{lang}/words")
    lone, relative = _listed(words, "night_just_past_words"), _listed(words, "night_just_past_relative")
    if not lone and not relative:
        return None

    def alt(key: str) -> str:
        return _alt(_accent_variants(_listed(words, key))) or "(?!)"

    return _Words(
        re.compile(rf"(?<!{_WORD})(?:{alt('night_just_past_words')})(?!{_WORD})", re.IGNORECASE),
        frozenset(w.lower() for w in relative),
        re.compile(rf"(?<!{_WORD})(?:{alt('night_just_past_not_after')})(?:[^\S\n]+\S+){{0,2}}[^\S\n]+$",
                   re.IGNORECASE),
        re.compile(rf"[^\S\n]+(?:{alt('night_just_past_not_before')})(?!{_WORD})", re.IGNORECASE),
        re.compile(rf"[^\S\n]*,?[^\S\n]*(?:(?:{alt('night_just_past_links')})(?:(?<=['’])|[^\S\n]+))?",
                   re.IGNORECASE))


def _night_before(ctx: _Context) -> dt.date:
    assert ctx.reference is not None
    return ctx.reference - dt.timedelta(days=1)


def _clock_after(ctx: _Context, mentions: list[DateMention], end: int) -> bool:
    """A clock mention a few characters after ``end``, in its sentence ("Cette nuit, vers 3 h")."""
    return any(end <= m.start <= end + AFTER and m.time is not None and ":" in m.time
               and not any(c in ".!?\n" for c in ctx.text[end:m.start]) for m in mentions)


def _shift_relative(ctx: _Context, words: _Words, mentions: list[DateMention]) -> list[DateMention]:
    """"Cette nuit" told in the past, no clock after it: the night before the page."""
    out = []
    for m in mentions:
        if (m.rule == "relative_day" and m.time == "night" and m.value == ctx.reference
                and m.text.lower() in words.relative and not _clock_after(ctx, mentions, m.end)
                and _lean(ctx, m.start, m.end) == "past"):
            m = replace(m, value=_night_before(ctx), rule=RULE,
                        explanation=f"{m.text} -> {_night_before(ctx).isoformat()}, night: told in the past, the "
                                    "night before the page")
        out.append(m)
    return out


def _lone_ok(ctx: _Context, words: _Words, mentions: list[DateMention], start: int, end: int) -> bool:
    """Whether the lone night word at [start, end) names the night before the page (see the module's docstring)."""
    if any(m.start < end and start < m.end for m in mentions):
        return False  # dated already: "overnight Tuesday", "dans la nuit de lundi", a lone part given its day
    if words.not_after.search(ctx.text, max(0, start - 40), start) or words.not_before.match(ctx.text, end):
        return False
    link = words.link_after.match(ctx.text, end)
    if link is not None and any(end <= m.start <= link.end() and m.precision == "day" for m in mentions):
        return False  # "overnight on Tuesday", "dans la nuit du 8 au 9 mars": that day is the date
    lo, _ = ctx.window(start, end)
    if any(lo <= m.start and m.end <= start and m.precision == "day" for m in mentions):
        return False  # a day of its sentence before it: the night after that day, not the page's
    told = [m for m in mentions if m.end <= start and m.precision == "day" and m.open_end is None
            and (m.time is None or ":" not in m.time)]  # a clock's day is another's ("by midnight": the next 00:00)
    if told and told[-1].value < ctx.reference:  # type: ignore[operator]
        return False  # a story told on an earlier day: its night may be that day's, not the page's eve
    return _lean(ctx, start, end) == "past"


def shift_past_nights(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each relative night of ``night_just_past_relative`` told in the past on the night before
    the page (run before ``times.attach_lone_parts``, so that a lone part borrowing its day takes the night's)."""
    if ctx.reference is None or (words := _words(ctx.lex.lang)) is None or not words.relative:
        return mentions
    return _shift_relative(ctx, words, mentions)


#: The article a lone night phrase's span starts at, as ``times.attach_lone_parts`` spans "dans la nuit": "la nuit".
_DETERMINER = re.compile(r"(?<!\w)(?:la|le|l['’]|the)(?:(?<=['’])|[^\S\n]+)", re.IGNORECASE)


def lone_past_nights(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (sorted) with each night word of ``night_just_past_words`` that no rule dated and that is told in
    the past added as the night before the page."""
    if ctx.reference is None or (words := _words(ctx.lex.lang)) is None:
        return mentions
    added = []
    for found in finditer_lowered(words.lone, ctx.text, ctx.low):
        start, end = found.start(), found.end()
        if not _lone_ok(ctx, words, mentions, start, end):
            continue
        det = _DETERMINER.search(found.group())
        start += det.start() if det else 0
        night = _night_before(ctx)
        m = _mention(ctx, start, end, night, "day", RULE, relative=True, confidence=0.6, time="night",
                     explanation=f"{ctx.text[start:end]} -> {night.isoformat()}, night: no day of its own, told in "
                                 "the past, the night before the page")
        if m is not None:
            added.append(m)
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions
