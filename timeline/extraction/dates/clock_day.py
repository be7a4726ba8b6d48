"""A clock time written next to its day: one mention ("4 h mardi", "hier à 10 h", "Tuesday at 3 p.m.") or two, as
TimeML writes a French day and its clock after a comma or "à" ("16 juin 2016, 16 h 20 UTC", "le samedi 5 juin à 17
h": ``clock_after_comma_apart``, ``clock_after_at_apart`` in ``lang/<lang>/words.yaml``; after "à" only while
``Options.clock_apart`` is on). A clock left apart takes its day in ``times.attach_clocks`` (the nearest day before
it in its sentence); ``day_clocks_joined`` joins those of "à" again for the events, which want one date, the day at
its time.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.dates.context import _SENTENCE_END, _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt
from timeline.lang import load
from timeline.models import DateMention

__all__ = ["CLOCK_RULE", "day_clocks_joined", "minutes"]

CLOCK_RULE = "clock"


def minutes(time: str | None) -> int | None:
    """Minutes since midnight of an 'HH:MM' time of day (a mention's or an event's ``time``); None for a part of the
    day or no time."""
    if not time or ":" not in time:
        return None
    try:
        return int(time[:2]) * 60 + int(time[3:5])
    except ValueError:
        return None

#: Midnight after its day closes it: "samedi vers minuit", a log's "Vers minuit" under its day's heading are the
#: next day's 00:00 (alone, with the reference date, it stays that date's: the night just ended).
_CLOSING_MIDNIGHT = frozenset({"minuit", "midnight"})
#: ... and so does an English midnight written before it ("the deadline is midnight Thursday": the end of Thursday).
_CLOSING_BEFORE = frozenset({"midnight"})

#: Between a clock and its day after it ("4 h mardi", "12:00 UTC on Monday"), and between a day and its clock.
_CLOCK_BEFORE_DAY = re.compile(r"[^\S\n]*(?:on[^\S\n]+)?")
_DAY_BEFORE_CLOCK = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:à|a|at)[^\S\n]+)?", re.IGNORECASE)


def _is_day(m: DateMention) -> bool:
    """A single day with no clock time yet (a part of the day, "yesterday afternoon", may take one)."""
    return (m.rule != CLOCK_RULE and m.precision == "day" and m.end_value is None
            and (m.time is None or ":" not in m.time))


@functools.cache
def _comma_parts(lang: str) -> bool:
    """``clock_after_comma_apart``: a clock after its day and a comma is its own mention ("16 juin 2016, 16 h 20
    UTC", "le jeudi 7 octobre, de 19 h 30 à 20 h 30": TimeML writes a date and a time)."""
    return bool(load(f"{lang}/words").get("clock_after_comma_apart"))


@functools.cache
def _at_parts(lang: str) -> re.Pattern[str] | None:
    """``clock_after_at_apart``: a clock after its day and "à" is its own mention ("le samedi 5 juin à 17 h": TimeML
    writes the day, then the time); the pattern matches the days that keep it (``clock_after_at_joined``: "hier à 10
    h"). None: the language joins them ("Tuesday at 3 p.m." is one)."""
    words = load(f"{lang}/words")
    if not words.get("clock_after_at_apart"):
        return None
    joined = [str(w) for w in words.get("clock_after_at_joined") or ()]
    return re.compile(rf"(?:{_alt(_accent_variants(joined))})(?!{_WORD})" if joined else r"(?!)", re.IGNORECASE)


def _apart(ctx: _Context, day: DateMention, clock: DateMention) -> bool:
    """Whether a clock written after ``day`` (and a comma or "à") stays its own mention: TimeML's span; after "à" not
    when ``Options.clock_apart`` is off (the assistant-style convention: "lundi 24 décembre à 10h" is one)."""
    link = ctx.text[day.end:clock.start]
    if "," in link:
        return _comma_parts(ctx.lex.lang)
    if not ctx.options.clock_apart:
        return False
    joined = _at_parts(ctx.lex.lang)
    return bool(link.strip()) and joined is not None and not joined.match(day.text.replace("’", "'"))


def _merge_clock_and_day(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """A clock right before or after a single day is one mention with it: "4 h mardi", "12:00 UTC Monday",
    "hier à 10 h", "tomorrow at 5 p.m."."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is None or (prev.rule == CLOCK_RULE) == (m.rule == CLOCK_RULE):
            out.append(m)
            continue
        clock, day = (prev, m) if prev.rule == CLOCK_RULE else (m, prev)
        link = _CLOCK_BEFORE_DAY if clock is prev else _DAY_BEFORE_CLOCK
        if (not _is_day(day) or not link.fullmatch(ctx.text, prev.end, m.start)
                or (clock is m and _apart(ctx, day, clock))):
            out.append(m)
            continue
        out[-1] = _joined(ctx.text, day, clock)
    return out


def _joined(text: str, day: DateMention, clock: DateMention) -> DateMention:
    """A day and its clock written next to each other as one mention: the day's, at the clock's time."""
    first, last = (clock, day) if clock.start < day.start else (day, clock)
    words = text[first.start:last.end]
    why = day.explanation.partition(": ")[2] or "the day written with it"
    value = day.value
    if (clock is last and clock.text.lower() in _CLOSING_MIDNIGHT) or clock.text.lower() in _CLOSING_BEFORE:
        # "samedi à minuit", "midnight Saturday": Sunday's 00:00
        value += dt.timedelta(days=1)
        why += "; midnight closes that day"
    return replace(day, start=first.start, end=last.end, text=words, value=value, time=clock.time,
                   end_time=clock.end_time, end_start=clock.end_start,
                   explanation=f"{words} -> {value.isoformat()}T{clock.time}: {why}")


def day_clocks_joined(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """``mentions`` (one text's, by start) with each clock that TimeML writes apart from its day ("le samedi 5 juin
    à 17 h": ``clock_after_at_apart``) joined to it again: the events want one date, the day at its time. A clock
    after a comma stays apart, as it always has; one whose day is not the day before it (a night's small hours) too."""
    out: list[DateMention] = []
    for m in mentions:
        day = out[-1] if out else None
        if (day is not None and m.rule == CLOCK_RULE and day.rule != CLOCK_RULE and _is_day(day)
                and "," not in text[day.end:m.start] and text[day.end:m.start].strip()
                and _DAY_BEFORE_CLOCK.fullmatch(text, day.end, m.start)):
            joined = _joined(text, day, m)
            if joined.value == m.value:
                out[-1] = joined
                continue
        out.append(m)
    return out


#: A day further than this (days) from the reference date, before a clock with no day of its own, is a day the story
#: recalls ("né le 31 décembre 1977", an anniversary), not one it tells: the clock's story day is looked for before it.
RECALLED_DAYS = 366
#: How many recalled days in a row a clock looks past (bounded: a list of old dates is no story day).
RECALLED_STEPS = 3


def told_day(days: Sequence[DateMention], after_index: int, reference: dt.date | None) -> DateMention | None:
    """The latest day of ``days`` before ``after_index`` that is no recalled day (``RECALLED_DAYS``), looking past at
    most ``RECALLED_STEPS`` of them; None when there is none."""
    for k in range(after_index - 1, max(-1, after_index - 2 - RECALLED_STEPS), -1):
        if reference is None or abs((days[k].value - reference).days) <= RECALLED_DAYS:
            return days[k]
    return None


#: How far back the sentence before a clock's may start: a long lead ("X a été élu dimanche conseiller ..., au second
#: tour ..., avec 51,8 % des suffrages.") is still the sentence before, though its day lies past the cue window.
PREVIOUS_SENTENCE_REACH = 400


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (at most ``PREVIOUS_SENTENCE_REACH`` back): a clock far into a long
    sentence ("The jet, bound for ..., circled ... before touching down at 6.52pm") lies past the cue window, whose
    start is then no sentence's."""
    start = max(0, at - PREVIOUS_SENTENCE_REACH)
    for end in _SENTENCE_END.finditer(text, start, at):
        start = end.end()
    return start


def previous_sentence_start(text: str, lo: int) -> int:
    """Where the sentence before the one that starts at ``lo`` starts (at most ``PREVIOUS_SENTENCE_REACH`` back)."""
    start = max(0, lo - 2 - PREVIOUS_SENTENCE_REACH)
    for end in _SENTENCE_END.finditer(text, start, max(start, lo - 2)):
        start = end.end()
    return start
