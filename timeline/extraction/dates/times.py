"""Times of day: clock times ("à 21 h 45", "at 12:00 UTC", "10 a.m.") and parts of the day ("hier matin",
"Friday evening", "la nuit de lundi à mardi"), each reported with its day in ``DateMention.time``.

A clock time is found by ``step_clocks`` as a placeholder; after the cascade ``attach_clocks`` gives it a
day: the day written right before or after it ("4 h mardi", "12:00 UTC Monday", "hier à 10 h", "Tuesday at 3 p.m."
become one mention; in French a clock after its day and a comma or "à" stays apart, on that day, as TimeML writes
it: "le samedi 5 juin à 17 h"; see ``clock_day``), else the
nearest day of its sentence (before it first), else the day of the sentence before when the clock's tense
points to its side, else the reference date; none when that day is a range ("du 2 au 5 mai, de 9 h à 18 h"
are opening hours) or when two times with no day make a schedule. A part of the day ("matin", "evening",
from ``day_parts`` in ``lang/<lang>/words.yaml``) right after a single day joins it ("mardi soir"); one
inside a relative day ("ce matin", "tonight") is kept.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.dates.clock_day import (
    _CLOCK_BEFORE_DAY,
    _CLOSING_MIDNIGHT,
    CLOCK_RULE,
    _is_day,
    _merge_clock_and_day,
    previous_sentence_start,
    sentence_start,
    told_day,
)
from timeline.extraction.dates.context import _SENTENCE_END, _Context, _mention
from timeline.extraction.dates.deed_days import deed_day
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key, lexicon
from timeline.extraction.dates.lone_part_days import (
    future_for_a_past_part,
    idiom_after,
    lone_part_pattern,
    names_day_after,
    names_period_after,
    session_after,
    story_day_before,
)
from timeline.extraction.dates.prefilter import finditer_lowered
from timeline.extraction.dates.resolve import _lean, _until
from timeline.extraction.dates.schedule import other_clause
from timeline.extraction.dates.set_leans import since_pattern as _since
from timeline.lang import load
from timeline.models import DateMention

#: A clock time in French "h" form counts only after one of these words, or with its minutes
#: ("3 h" alone is as often a duration as a time).
_CLOCK_CUES = ("à", "a", "vers", "de", "dès", "des", "entre", "et", "jusqu'à", "jusqu’à", "avant", "après", "at",
               "around", "about", "from", "to", "until", "before", "after", "by", "since", "depuis",
               "environ", "est", "était",  # "il était environ 19 h", "il est 20 h"
               # a day right before: "entre samedi 18 h et dimanche 9 h", "hier 15 h"
               "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain")
#: A bare hour opening a line before a colon or a dash is a log entry's time ("17h : les CRS chargent").
_LINE_HOUR = re.compile(r"^[^\S\n]*(?P<h>[01]?\d|2[0-3])[^\S\n]*h(?:eures?)?(?=[^\S\n]*[:–—-][^\S\n])",
                        re.MULTILINE | re.IGNORECASE)
#: The same from the "\n" before it: re skips to each newline, where it tries a "^" at every character (a match holds
#: no "\n": these and the first line's are the matches of ``_LINE_HOUR.finditer``, 2.4 ms of a seeds pass otherwise).
_LINE_HOUR_NEXT = re.compile("\n" + _LINE_HOUR.pattern[1:], re.IGNORECASE)
_ZONE = (r"(?:UTC|GMT|CET|CEST|EST|EDT|CST|CDT|PST|PDT|BST|heure\s+locale|local\s+time"
         # French: "12 h 30 locales" (French TimeBank keeps it in the time's words; WiNER leaves "(heure de Paris)" out)
         r"|heures\s+locales|(?<=[\dhs]\s)locales?)\b")
#: Zones that are also words ("et", "mt") or short, read in capitals only, right after a clock (a case-sensitive
#: piece inside the clock pattern, compiled ignoring case, made its every try slower: checked here apart).
_SHORT_ZONE = re.compile(r"[^\S\n]+(?:ET|PT|CT|MT|IST|JST|KST|HKT|SGT|AEST|AEDT|MSK|EET|EEST|WET|WEST|AST|ADT|HST)\b")
#: A zone in capitals (or "local time") after a wire clock in four digits ("1500 GMT"; not "2016 est").
_WIRE_ZONE = re.compile(r"[^\S\n]*\(?(?:[A-Z]{3}|local[^\S\n]+time)")
_ZONES = rf"(?:[^\S\n]*(?:\({_ZONE}[^)\n]{{0,8}}\)|{_ZONE}))?"

_PLACEHOLDER = dt.date(2000, 1, 1)
#: Confidence of a clock given a day of the story (one given the reference date has 0.7).
CLOCK_ON_DAY_CONFIDENCE = 0.8
#: How a clock time that took the reference date for want of a day in the text ends its explanation.
ON_REFERENCE = ": the reference date"


@functools.cache
def _clock_pattern() -> re.Pattern[str]:
    cues = _alt(_accent_variants(_CLOCK_CUES))
    french = (rf"(?P<cue>(?<!{_WORD})(?:{cues})[^\S\n]+)?(?<![\d:.,])(?P<h>[01]?\d|2[0-3])[^\S\n]*(?:h|heures?)"
              rf"(?:[^\S\n]*(?P<mi>[0-5]\d))?(?![^\W_])")  # "_.. 9 h 05_"; colon: "T16:20:00+01:00" not "1:32:10"
    colon = (r"(?<![\d:.,])(?P<h2>[01]?\d|2[0-3])(?::|\.(?=[0-5]\d[^\S\n]*[ap]\.?[^\S\n]*m\b))"
             r"(?P<mi2>[0-5]\d)(?:(?<=\d\d:[0-5]\d):[0-5]\d(?:\.\d+)?(?:Z|[+-][01]\d:?[0-5]\d)?)?(?![\d:])"
             r"(?:[^\S\n]*(?P<ap2>[ap])(?:\.[^\S\n]*m\b\.?|[^\S\n]*m\b))?")
    ampm = r"(?<![\d:.,])(?P<h3>1[0-2]|0?[1-9])[^\S\n]*(?P<ap3>[ap])(?:\.[^\S\n]*m\b\.?|[^\S\n]*m\b)"
    # wire copy's four digits, read only with a zone in capitals or "local time" after them: "at 1500 GMT", "0930
    # local time" (not a year: "in 1500", "2016 est")
    wire = (r"(?<![\d:.,])(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)"
            r"(?=[^\S\n]*\(?(?:UTC|GMT|CET|CEST|EST|EDT|CST|CDT|PST|PDT|BST|local[^\S\n]+time)\b)")
    # Every match starts at its hour's digit or at a cue word right before it: this guard only skips, fast,
    # the positions where none can start (same matches; the cue alternation at every position was the
    # costliest regex of the dates step).
    guard = rf"(?=\d|(?<!{_WORD})[^\W\d_][\w'’]*+[^\S\n]+\d)"
    return re.compile(rf"{guard}(?:{french}|{colon}|{ampm}|{wire}){_ZONES}", re.IGNORECASE)


def _clock(m: re.Match[str]) -> str | None:
    """'HH:MM' of a clock match, or None when it is not read as a time ("3 heures" with no cue)."""
    if m["h"] is not None:
        if m["mi"] is None and m["cue"] is None:
            return None
        return f"{int(m['h']):02d}:{int(m['mi'] or 0):02d}"
    if m["h4"] is not None:  # only with its zone in capitals: "1500 GMT", not "2016 est"
        return f"{m['h4']}:{m['mi4']}" if _WIRE_ZONE.match(m.string, m.end("mi4")) else None
    hour, minute, ap = (int(m["h2"]), int(m["mi2"]), m["ap2"]) if m["h2"] else (int(m["h3"]), 0, m["ap3"])
    if ap:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if ap.lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


#: A bare hour opening a span of hours whose last end says am or pm: the "8" of "8-9am", "3-8pm", "1 - 3 pm".
_HOUR_LEAD = re.compile(r"(?<![\d:.,/$£€-])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?(?=[^\S\n]*[-–][^\S\n]*"
                        r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[^\S\n]*[ap]\.?[^\S\n]*m\b)", re.IGNORECASE)


_NOON_CLOCKS = {"midi": "12:00", "minuit": "00:00", "noon": "12:00", "midnight": "00:00"}
_NOON_AFTER = re.compile(r"[^\S\n]*(?:-|–|à|a|et|jusqu'à|jusqu’à|to|and|until|till)[^\S\n]*"
                         r"(?P<w>midi|minuit|noon|midnight)(?![\w-])", re.IGNORECASE)


def step_clocks(ctx: _Context) -> None:
    """à 17 h, vers 21 h 45, 0 h 30, 12:00 UTC, 6:40 p.m., 6.40pm (a dot only before am/pm; "6.40" is a number):
    placeholders given a day by ``attach_clocks``; the bare first hour of "8-9am" too (its half set when both join)."""
    found = [_half_of_day(ctx, m.start("h") if m["h"] is not None else m.start(),
                          short.end() if (short := _SHORT_ZONE.match(ctx.text, m.end())) else m.end(), _clock(m))
             for m in ctx.find(_clock_pattern(), "digits")]
    found += [(m.start(), m.end(), f"{int(m['h']):02d}:{int(m['mi'] or 0):02d}")
              for m in ctx.find(_HOUR_LEAD, "digits")]
    if load(f"{ctx.lex.lang}/words").get("clock_line_entries"):
        found += [(m.start("h"), m.end(), f"{int(m['h']):02d}:00")
                  for m in (_LINE_HOUR.match(ctx.text), *_LINE_HOUR_NEXT.finditer(ctx.text)) if m is not None]
    # "de 8 h à midi", "entre 22 h et minuit": noon and midnight as the last end of a span of hours are clock times
    found += [(m.start("w"), m.end("w"), _NOON_CLOCKS[m["w"].lower()]) for _, end, clock in list(found)
              if clock is not None and (m := _NOON_AFTER.match(ctx.text, end))]
    found += _noon_clocks(ctx)
    for start, end, clock in sorted(found, key=lambda x: x[0]):
        if clock is None or not ctx.free(start, end):
            continue
        ctx.add(DateMention(text=ctx.text[start:end], start=start, end=end, value=_PLACEHOLDER,
                            precision="day", rule=CLOCK_RULE, relative=True, time=clock), start, end)


@functools.cache
def _halves(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """(the half of the day right after a clock, ``clock_halves``: "du matin", "du soir"; its hours to add)."""
    table = {_key(k): int(v) for k, v in (load(f"{lang}/words").get("clock_halves") or {}).items()}
    words = _alt(_accent_variants(list(load(f"{lang}/words").get("clock_halves") or {})))
    return re.compile(rf"[^\S\n]+(?P<w>{words})(?!{_WORD})" if table else r"(?!)", re.IGNORECASE), table


def _half_of_day(ctx: _Context, start: int, end: int, clock: str | None) -> tuple[int, int, str | None]:
    """A French clock with its half of the day after it: "3 h du matin" is 03:00, "10 h du soir" 22:00 (the words
    are part of the time)."""
    pattern, table = _halves(ctx.lex.lang)
    half = pattern.match(ctx.text, end) if clock is not None else None
    if half is None or clock is None:
        return start, end, clock
    hour = int(clock[:2])
    if table[_key(half["w"])] and hour < 12:
        hour += table[_key(half["w"])]
    return start, half.end(), f"{hour:02d}{clock[2:]}"


@functools.cache
def _noon_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], str] | None:
    """(noon or midnight written in lower case, a cue word of ``noon_clock_before`` right before it, the letters
    both words start with), or None when the language lists no such cue."""
    cues = list(load(f"{lang}/words").get("noon_clock_before") or [])
    if not cues:
        return None
    # a literal start: a fast scan (the letter before is checked)
    word, start = (r"mi(?:di|nuit)", "mi") if lang == "fr" else (r"(?:midnight|noon)", "n")
    return (re.compile(rf"{word}(?![\w-])"),
            re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(cues))})[^\S\n]+$", re.IGNORECASE), start)


def _noon_clocks(ctx: _Context) -> list[tuple[int, int, str | None]]:
    """"vers midi", "à minuit", "peu avant midi": noon and midnight after a clock cue (``noon_clock_before``) take a
    day as a clock does, even with no day in their sentence: midday (the part of the day) and 00:00 ("le Midi", the
    south, has its capital; "après-midi" is a part of the day)."""
    patterns = _noon_patterns(ctx.lex.lang)
    if patterns is None:
        return []
    word, cue, letters = patterns
    text = ctx.text
    if letters not in text or (letters == "n" and "noon" not in text and "midnight" not in text):
        return []
    return [(m.start(), m.end(), _NOON_ALONE[m.group()]) for m in word.finditer(text)
            if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"))
            and cue.search(text, max(0, m.start() - 24), m.start())]


#: French "midi" and English "noon" are 12:00, as TimeML writes noon (TIDES 2005's values; French TimeBank's
#: conventions: "Vendredi à midi", T12:00; ``day_parts``); midnight has no part: 00:00. English wire copy puts them
#: before the day too ("at noon Wednesday", "by midnight Thursday"): the same values.
_NOON_ALONE = {"midi": "12:00", "minuit": "00:00", "noon": "12:00", "midnight": "00:00"}
#: ... but the second day of a night ("la nuit de samedi à dimanche, vers minuit") is already the day it opens.
_SECOND_OF_TWO = re.compile(r"(?<!\w)(?:à|au)[^\S\n]+$", re.IGNORECASE)


@functools.cache
def _part_patterns(lang: str) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(word -> part of day, the part right after a day, a part inside a mention, "la nuit de" before a day)."""
    lex = lexicon(lang)
    parts = {k: str(v) for k, v in lex.tables["day_parts"].items()}
    words = _alt(_accent_variants(lex.raw["day_parts"]))
    # "mardi soir", "hier dans la soirée", "hier en soirée", "lundi dans l'après-midi", "Friday in the evening"
    after = re.compile(rf"[^\S\n]+(?:(?:dans|en|in)[^\S\n]+(?:(?:la|le|the)[^\S\n]+|l['’][^\S\n]*)?|au[^\S\n]+"
                       rf"|à[^\S\n]+l['’][^\S\n]*)?(?P<p>{words})(?!{_WORD})", re.IGNORECASE)  # "jeudi à l'aube"
    inside = re.compile(rf"(?<!{_WORD})(?P<p>{words})(?!{_WORD})", re.IGNORECASE)
    night = _alt(_accent_variants(lex.lists["night_of"]))
    before = re.compile(rf"(?<!{_WORD})(?P<n>{night})[^\S\n]+$", re.IGNORECASE)
    return parts, after, inside, before


@functools.cache
def _part_of_pattern(lang: str) -> re.Pattern[str]:
    """A part of the day written before its day: "dans l'après-midi de mardi", "la matinée du samedi 4 juin", "le soir
    du 14 juillet", "the morning of April 3"."""
    words = _alt(_accent_variants(lexicon(lang).raw["day_parts"]))
    whole = list(load(f"{lang}/words").get("whole_day_words") or [])
    if whole:  # "la journée de lundi": the whole day, no part of it
        words += rf"|(?P<w>{_alt(_accent_variants(whole))})"
    return re.compile(rf"(?<!{_WORD})(?P<n>(?:la|le|l['’]|the)[^\S\n]*(?:(?P<p>{words}))[^\S\n]+(?:de|du|d['’]|of))"
                      rf"[^\S\n]*$", re.IGNORECASE)


@functools.cache
def _story_day_span(lang: str) -> int | None:
    """``story_day_span`` of ``lang/<lang>/words.yaml``: a clock or a part of the day with no day in its sentence
    or the one before takes the story's latest day further back only when that day lies this many days or fewer
    from the reference date (a log's "Samedi 8 décembre" heading, then "Vers 15 h" paragraphs later); None (the
    key absent): never further than the sentence before."""
    span = load(f"{lang}/words").get("story_day_span")
    return int(span) if span is not None else None


def _frames(mentions: Sequence[DateMention]) -> list[int]:
    """Starts of the mentions that are no single day (years, months, weeks, ranges): each opens another frame."""
    return [m.start for m in mentions if m.rule != CLOCK_RULE and (m.precision != "day" or m.end_value is not None)]


def _story_day(ctx: _Context, before: DateMention | None, start: int, end: int, lo: int,
               frames: Sequence[int]) -> str | None:
    """Why ``before``, the latest day before a clock or part of the day at ``start:end`` whose sentence (from
    ``lo``) holds no day, is its day: in the sentence before, when the tense points to its side; else (or further back)
    when it is a day written out or taken from the text (not a bare weekday, whose week is a guess), within
    ``story_day_span`` days of the reference date, no other date stands in between, and the tenses agree: the
    clock's points to the day's side and the day's own sentence does not point away, or both are in the present (a
    log's present, "Vers 15 h, les manifestants se dirigent", under a heading). None: it is not."""
    if before is None or lo == 0 or ctx.reference is None:
        return None
    previous = previous_sentence_start(ctx.text, min(lo, sentence_start(ctx.text, start))) <= before.start
    span = _story_day_span(ctx.lex.lang)
    k = bisect.bisect_right(frames, before.start)
    far = (span is not None and before.rule != "weekday" and abs((before.value - ctx.reference).days) <= span
           and not (k < len(frames) and frames[k] < start))
    if not previous and not far:
        return None  # (the tense, the costliest test, is read last)
    lean = _lean(ctx, start, end)
    side = "past" if before.value <= ctx.reference else "future"
    if previous and lean == side:
        return "in the sentence before"
    if not far:
        return None
    told = _lean(ctx, before.start, before.end)
    if lean in (None, "present") and side == "past" and told in (None, "present"):
        # a log's present ("Vers 15 h, les manifestants se dirigent") under a heading or a present narration; not
        # under a day told in the past ("Vendredi, le gouvernement avait annoncé ...": a flashback, not the log's day)
        return "earlier in the story"
    if lean == side and told != ("future" if side == "past" else "past"):
        return "earlier in the story"
    return None


def attach_clocks(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """Clock placeholders get their day (see module doc); run before ranges are joined."""
    mentions = _merge_clock_and_day(ctx, _merge_clock_ranges(ctx, mentions))
    days = [m for m in mentions if m.rule != CLOCK_RULE and m.precision == "day"]
    starts = [d.start for d in days]
    frames = _frames(mentions)
    out: list[DateMention] = []
    for i, m in enumerate(mentions):
        if m.rule == CLOCK_RULE and m.value == _PLACEHOLDER:
            if _of_a_set(ctx, m, starts):
                continue  # "permanence le mardi de 14 h à 16 h": the hours of a recurring day, no date
            paired = any(0 <= j < len(mentions) and mentions[j].rule == CLOCK_RULE
                         and _CLOCK_TO_CLOCK.fullmatch(ctx.text, *sorted((mentions[j].end, m.start) if j < i
                                                                         else (m.end, mentions[j].start)))
                         for j in (i - 1, i + 1))
            resolved = _clock_day(ctx, m, days, bisect.bisect_left(starts, m.end), paired, frames)
            if resolved is not None:
                out.append(resolved)
                if resolved.confidence >= CLOCK_ON_DAY_CONFIDENCE:
                    # a clock that took a day of the story passes it on ("hier ... Vers 15 h, ... Ils sont restés
                    # jusqu'à 20 h": the 20 h of that day, not of the reference date)
                    at = bisect.bisect_left(starts, resolved.start)
                    days.insert(at, resolved)
                    starts.insert(at, resolved.start)
            continue
        out.append(m)
    return out


def _of_a_set(ctx: _Context, clock: DateMention, day_starts: list[int]) -> bool:
    """Whether a recurring weekday (``_Context.habitual``) stands before ``clock`` in its sentence, no day between."""
    for end in ctx.habitual:
        if end <= clock.start and not _SENTENCE_END.search(ctx.text, end, clock.start) \
                and bisect.bisect_left(day_starts, end) == bisect.bisect_left(day_starts, clock.start):
            return True
    return False


def attach_parts(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """Parts of the day join the day they follow ("mardi soir") or are read inside it ("ce matin")."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(ctx.text)
        out.append(_with_part(ctx, m, nxt))
    return out


def attach_lone_parts(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """"Il est arrivé hier ... où il devait ouvrir dans la soirée", "the shares fell on Monday, then rose in the
    afternoon": a part of the day with no day of its own takes the nearest day before it in its sentence (else
    in the sentence before, when its tense points there), as a clock does; with none, it is no date."""
    if ctx.reference is None:
        return mentions
    parts = {k: str(v) for k, v in ctx.lex.tables["day_parts"].items()}
    days = [m for m in mentions if m.precision == "day" and m.end_value is None]
    starts = [d.start for d in days]
    frames = _frames(mentions)
    added: list[DateMention] = []
    joined: dict[int, DateMention] = {}
    word, lead = lone_part_pattern(ctx.lex.lang)
    spans: list[tuple[int, int]] | None = None
    for m in finditer_lowered(word, ctx.text, ctx.low):  # part words are no triggers: the whole text, case-free
        found = lead.search(ctx.text, max(0, m.start() - 24), m.start())
        if found is None or idiom_after(ctx.lex.lang).match(ctx.text, m.end()):
            continue  # "à la nuit des temps", "during the night shift": no time of a day
        det = (found["d"] or "").strip().lower()
        # "dans la soirée" -> "la soirée"; "en fin d'après-midi", "en milieu après-midi" keep their edge word
        start = ((found.start() if " " in found.group().strip() else m.start()) if not det  # "en milieu après-midi"
                 else found.start() if det[0] == "d" else found.start("d"))
        end = m.end()
        if not ctx.free(found.start(), end):
            continue
        if spans is None:
            spans = sorted((x.start, x.end) for x in mentions)
        k = bisect.bisect_left(spans, (end, end)) - 1
        if k >= 0 and spans[k][1] > start:
            continue  # "dans la soirée d'hier" is already the evening of its own day
        i = bisect.bisect_left(starts, start)
        part = parts[_key(m["p"])]
        if i < len(days) and days[i].time is None and _ADJACENT.fullmatch(ctx.text, end, days[i].start):
            # "at dawn Monday", "en fin de matinée hier": a part right before its day is that day's part, one
            # mention (TimeML's extent; HeidelTime reads a part before a weekday so)
            after = days[i]
            joined[after.start] = replace(after, start=start, text=ctx.text[start:after.end], time=part,
                                          explanation=f"{after.explanation}; in the {part} before it")
            continue
        if names_day_after(ctx, mentions, end) or names_period_after(ctx, mentions, end):
            continue  # "la nuit du 16 au 17 mai": the named day is its own mention; "à l'aube de l'an 2030": a figure
        before = days[i - 1] if i > 0 else None
        lo, _ = ctx.window(start, end)
        if before is not None and before.end > start:
            continue
        session = session_after(ctx.lex.lang).match(ctx.text, end) is not None
        same = before is not None and lo <= before.start
        if same and future_for_a_past_part(ctx, before, start, end):
            continue  # "s'arrêtera le 31 mars 2027, a précisé la direction lors d'un comité réuni dans la matinée"
        if not same and not session:
            before = deed_day(ctx, days, before)  # not a day only said or a stretch's end (dates/deed_days.py)
        where = None if same or session else _story_day(ctx, before, start, end, lo, frames)
        if not same and not session and where is None:
            before = story_day_before(ctx, mentions, found.start(), end)  # the story's day there, else the page's
            if before is None:
                continue
            where = "the last day the story told" if before.rule != "reference" else "the day of the page"
        if before is None:  # "in morning trading" with no day before: the reference date's session
            before = _mention(ctx, start, end, ctx.reference, "day", "reference", relative=True,
                              explanation="the reference date")
            if before is None:
                continue
        if _ADJACENT.fullmatch(ctx.text, before.end, found.start()):
            if before.time is None:  # "Vendredi à midi": the day's own part, one mention
                joined[before.start] = replace(before, end=end, text=ctx.text[before.start:end], time=part,
                                               explanation=f"{before.explanation}; in the {part}")
            continue
        added.append(_mention(ctx, start, end, before.value, "day", "day_part_alone", relative=before.relative,
                              confidence=0.7, time=part,
                              explanation=f"{ctx.text[start:end]} -> {before.value.isoformat()}, {part}: the day of "
                                          f"'{before.text}'{'' if same else ', ' + str(where)}"))
    if joined:
        mentions = [joined[m.start] if m.start in joined and m.precision == "day" and m.end_value is None else m
                    for m in mentions]
    return sorted([*mentions, *(a for a in added if a is not None)], key=lambda x: x.start) if added else mentions


_ADJACENT = re.compile(r"[^\S\n]*")


#: Two clock times in a row: "de 18 h à 23 h", "between 4pm and 5pm", "3:00 to 4:00" are one span of time.
_CLOCK_TO_CLOCK = re.compile(r"[^\S\n]*(?:-|–|à|a|au|et|jusqu'à|jusqu’à|to|and|until|till)[^\S\n]*", re.IGNORECASE)


_DAY_BEFORE_RANGE = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:de|from|entre|between|à|a|at)[^\S\n]+)?", re.IGNORECASE)
_MERIDIEM = re.compile(r"[ap]\.?[^\S\n]*m\b", re.IGNORECASE)


def _range_start_time(first: DateMention, last: DateMention) -> str | None:
    """The first end's time, given the half of the day written only after the last ("2:00 to 2:30 pm" starts
    at 14:00; "10 to 2 pm" at 10:00, the earlier reading that keeps the range in order)."""
    if first.time is None or last.time is None or _MERIDIEM.search(first.text) or not _MERIDIEM.search(last.text):
        return first.time
    hour, minute = (int(x) for x in first.time.split(":"))
    if hour < 12 and hour + 12 <= int(last.time.split(":")[0]):
        return f"{hour + 12:02d}:{minute:02d}"
    return first.time


def _merge_clock_ranges(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """"3:00 to 4:00 tomorrow", "le 30 novembre entre 12h00 et 14h00": a span of time written with its day is
    one mention at its first time (a day has one ``time``); alone ("de 18 h à 23 h") its times stay two."""
    out: list[DateMention] = []
    for i, m in enumerate(mentions):
        prev = out[-1] if out else None
        if (prev is not None and prev.rule == m.rule == CLOCK_RULE and prev.value == m.value == _PLACEHOLDER
                and _CLOCK_TO_CLOCK.fullmatch(ctx.text, prev.end, m.start)):
            before = out[-2] if len(out) > 1 else None
            after = mentions[i + 1] if i + 1 < len(mentions) else None
            if ((before is not None and _is_day(before)
                 and _DAY_BEFORE_RANGE.fullmatch(ctx.text, before.end, prev.start))
                    or (after is not None and _is_day(after) and _CLOCK_BEFORE_DAY.fullmatch(ctx.text, m.end,
                                                                                            after.start))):
                out[-1] = replace(prev, end=m.end, text=ctx.text[prev.start:m.end], end_start=m.start,
                                  time=_range_start_time(prev, m), end_time=m.time)
                continue
        out.append(m)
    return out


def _clock_day(ctx: _Context, clock: DateMention, days: Sequence[DateMention], after_index: int,
               paired: bool, frames: Sequence[int]) -> DateMention | None:
    """The clock's day: the nearest in its sentence (before it first), else the reference date; a span of
    hours with no day in its sentence ("les travaux se poursuivent de 8 h à 17 h") is a schedule: no date."""
    lo, hi = ctx.window(clock.start, clock.end)
    before = days[after_index - 1] if after_index > 0 else None
    after = days[after_index] if after_index < len(days) else None
    if before is not None and lo <= before.start and before.end <= clock.start:
        base, why = before, f"the day of '{before.text}', earlier in the sentence"
    elif after is not None and after.end <= hi and not other_clause(ctx.lex.lang, ctx.text, clock.end, after.start):
        base, why = after, f"the day of '{after.text}', later in the sentence"
    elif paired and not (_BETWEEN.search(ctx.text, max(0, clock.start - 30), clock.start + 1)
                         and _lean(ctx, clock.start, clock.end) == "past"):
        # "les travaux se poursuivent de 8 h à 17 h", "ordered pumps run from 6 a.m. to noon": a schedule; a deed
        # done "entre 2 h et 4 h" (the time it happened, not known better) is a day's hours
        return None
    elif (where := _story_day(ctx, told := deed_day(ctx, days, told_day(days, after_index, ctx.reference)),
                              clock.start, clock.end, lo, frames)) and told:
        # "Il est arrivé hier à Salt Lake City. Le président est arrivé vers 12 h 30": the story's day, when the
        # clock's own tense points the same way ("call before 5 pm" after a date stays the reference date); a
        # recalled day between them ("(né le 3 mai 1960)") is looked past
        base, why = told, f"the day of '{told.text}', {where}"
    elif ctx.reference is not None and (
            clock.text.lower() not in _NOON_ALONE or _lean(ctx, clock.start, clock.end) == "past"):
        # (noon or midnight with no day near: a day only for an event told in the past, "le drame s'est produit
        # vers midi"; "il se promène à midi" is a habit)
        return _mention(ctx, clock.start, clock.end, ctx.reference, "day", CLOCK_RULE, relative=True,
                        confidence=0.7, time=clock.time, end_time=clock.end_time, end_start=clock.end_start,
                        explanation=f"{clock.text} -> {ctx.reference.isoformat()}T{clock.time}{ON_REFERENCE}")
    else:
        return None
    if base.end_value is not None or (paired and _bound(ctx, base.start)):
        # "du 28 août au 5 septembre ... ouverte de 8 h à 22 h", "jusqu'au 30 mai, de 14 h à 18 h": the hours of every
        # day, no one datetime
        return None
    k = after_index if base is after else next(i for i in range(after_index - 1, -1, -1) if days[i] is base)
    if (night := _night_day(ctx, k, days, clock)) is not None:
        day, why = night
        return _mention(ctx, clock.start, clock.end, day, "day", CLOCK_RULE, relative=base.relative,
                        confidence=CLOCK_ON_DAY_CONFIDENCE, time=clock.time, end_time=clock.end_time,
                        end_start=clock.end_start, explanation=f"{clock.text} -> {day.isoformat()}T{clock.time}: {why}")
    day = base.value
    if (clock.text.lower() in _CLOSING_MIDNIGHT and base.end <= clock.start
            and not _SECOND_OF_TWO.search(ctx.text, max(0, base.start - 6), base.start)):
        day += dt.timedelta(days=1)
        why += "; midnight closes that day: the next day's 00:00"
    return _mention(ctx, clock.start, clock.end, day, "day", CLOCK_RULE, relative=base.relative,
                    confidence=CLOCK_ON_DAY_CONFIDENCE,
                    time=clock.time, end_time=clock.end_time, end_start=clock.end_start,
                    explanation=f"{clock.text} -> {day.isoformat()}T{clock.time}: {why}")


#: Before the first of two clock times: the deed happened at some time between them ("entre 2 h et 4 h").
_BETWEEN = re.compile(r"(?<![^\W\d_])(?:entre|between)[^\S\n]+\d", re.IGNORECASE)


def _bound(ctx: _Context, start: int) -> bool:
    """Whether a day opens or closes a stretch ("jusqu'au 30 mai", "à partir du 3 juin", "depuis lundi")."""
    return bool(_until(ctx.lex.lang).search(ctx.text, max(0, start - 24), start)
                or _since(ctx.lex.lang).search(ctx.text, max(0, start - 16), start))


@functools.cache
def _night_next(lang: str) -> bool:
    """``night_small_hours_next``: a clock of the small hours in "la nuit de samedi" alone is Sunday's."""
    return bool(load(f"{lang}/words").get("night_small_hours_next"))


def _night_day(ctx: _Context, k: int, days: Sequence[DateMention],
               clock: DateMention) -> tuple[dt.date, str] | None:
    """The day of a clock told with a night ("dans la nuit de samedi à dimanche, vers 2 h", "vers 23 h dans la nuit de
    vendredi à samedi"): its evening hours (noon on) are the first day's, its small hours the second's, whichever
    of the two days is written nearer the clock. None when ``days[k]``, the clock's day, opens or closes no night."""
    if clock.time is None or ":" not in clock.time:
        return None
    night_before = _part_patterns(ctx.lex.lang)[3]
    base = days[k]
    first = second = None
    if night_before.search(ctx.text, max(0, base.start - 24), base.start):
        first = base
        nxt = days[k + 1] if k + 1 < len(days) else None
        if nxt is not None and _NIGHT_LINK.fullmatch(ctx.text, base.end, nxt.start):
            second = nxt
    elif k > 0 and _NIGHT_LINK.fullmatch(ctx.text, days[k - 1].end, base.start) and night_before.search(
            ctx.text, max(0, days[k - 1].start - 24), days[k - 1].start):
        first, second = days[k - 1], base
    if first is None:
        return None
    if int(clock.time[:2]) >= 12:
        return first.value, f"the evening of '{first.text}', the night's first day"
    if second is not None:
        return second.value, f"the small hours of '{second.text}', the night's second day"
    if _night_next(ctx.lex.lang):
        return first.value + dt.timedelta(days=1), f"the small hours after '{first.text}', the night's first day"
    return None


#: Between the two days of a night: "de samedi à dimanche", "du 3 au 4 mai".
_NIGHT_LINK = re.compile(r"[^\S\n]*(?:à|au|a)[^\S\n]+", re.IGNORECASE)


def _with_part(ctx: _Context, m: DateMention, limit: int) -> DateMention:
    """The mention with the part of the day that follows it ("mardi soir") or that it holds ("ce matin")."""
    if m.precision == "day" and m.time is not None and m.end_value is None and _CLOCK_VALUE.fullmatch(m.time):
        return _clock_with_part(ctx, m, limit)
    if m.precision != "day" or m.time is not None:
        return m
    parts, after, inside, night_before = _part_patterns(ctx.lex.lang)
    night = night_before.search(ctx.text, max(0, m.start - 24), m.start)
    if night and (m.end_value is None or (m.end_value - m.value).days == 1):
        # "la nuit de lundi à mardi", "dans la nuit de samedi": the night that starts on the first day
        return replace(m, start=night.start("n"), end_value=None, end_start=None, time="night",
                       text=ctx.text[night.start("n"):m.end],
                       explanation=f"{m.explanation}; the night from {m.value.isoformat()}")
    if m.end_value is not None:
        return m
    if (of := _part_of_pattern(ctx.lex.lang).search(ctx.text, max(0, m.start - 30), m.start)) is not None:
        if of.groupdict().get("w") is not None:
            return replace(m, start=of.start("n"), text=ctx.text[of.start("n"):m.end])
        part = parts[_key(of["p"])]
        return replace(m, start=of.start("n"), text=ctx.text[of.start("n"):m.end], time=part,
                       explanation=f"{m.explanation}; in the {part}")
    if (found := inside.search(m.text)) is not None:
        return replace(m, time=parts[_key(found["p"])])
    follow = after.match(ctx.text, m.end, limit)
    if follow is None:
        return m
    part = parts[_key(follow["p"])]
    return replace(m, end=follow.end(), text=ctx.text[m.start:follow.end()], time=part,
                   explanation=f"{m.explanation}; in the {part}")


_CLOCK_VALUE = re.compile(r"(\d\d):(\d\d)")
#: Parts of the day whose clock hours below 12 are after noon ("9 h hier soir", "at 8 Monday evening": 21:00, 20:00).
_AFTERNOON_PARTS = frozenset({"afternoon", "evening"})


def _clock_with_part(ctx: _Context, m: DateMention, limit: int) -> DateMention:
    """A clock and its day with the part of the day written after them: "vers 23 heures hier soir", "at 9 p.m.
    Monday night" are one expression (TimeML's extent), the clock's time; a clock under 12 in the afternoon or the
    evening is after noon ("à 9 heures hier soir": 21:00)."""
    follow = _part_patterns(ctx.lex.lang)[1].match(ctx.text, m.end, limit)
    clock = _CLOCK_VALUE.fullmatch(m.time or "")
    if follow is None or clock is None or follow[0].strip() != follow["p"]:
        return m  # "hier à 23 heures dans la soirée": a part in its own phrase stays out
    hour = int(clock[1])
    part = _part_patterns(ctx.lex.lang)[0][_key(follow["p"])]
    time = f"{hour + 12:02d}:{clock[2]}" if hour < 12 and part in _AFTERNOON_PARTS else m.time
    return replace(m, end=follow.end(), text=ctx.text[m.start:follow.end()], time=time,
                   explanation=f"{m.explanation}; in the {part}")
