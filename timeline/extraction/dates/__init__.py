"""French/English date engine: text -> DateMention, resolved against a reference date.

Pure: no clock, no I/O beyond the word lists of ``timeline/lang/<lang>/words.yaml`` (loaded once).
Finding and resolving are our own code (compiled regexes built from the word lists);
dateparser is not used here.

The work is an ordered cascade of small named steps, ``DATE_STEPS``, most reliable first.
Each step sees the spans already claimed by earlier steps and skips them, so the first
reading of a stretch of text wins. Steps only look near a number or a date word (see
``TRIGGER_MARGIN``), which keeps a long article cheap:

     1. numeric             2025-03-22, 22/03/2025, 22.03.25, 5/3/18 (month first in English), 28/2-1/3, 20170302,
                            2016-11
     1b. clocks            à 21 h 45, vers 17 h, at 12:00 UTC, 6:40 p.m.: given their day after the cascade
                            (``times.attach_clocks``); parts of the day join their day (``hier matin``, Friday evening);
                            in French a day and its clock after "à" or a comma are two mentions, as TimeML writes
                            them ("samedi 5 juin" + "17 h"; not "hier à 10 h"; ``Options.clock_apart``)
     1c. bracket_clocks    Reims – Sedan (18 h): a whole hour alone in brackets, a schedule's time (``bracket_clocks``)
     2. not_dates           claims look-alikes, no mention: n°57, 2.000, 1,2 million, 8h30, 24 heures, 24/7,
                            mandat 2025-2030, d'ici 2030, vision 2045, phone and street numbers
     3. relative_month_days du 4 au 22 de ce mois, from 4-23 in next month
     3b. leading_months     les trois premiers trimestres, the first three months of this year (January to the last
                            month counted, month grain; ``leading_months``)
     4. offsets             il y a trois semaines, dans deux mois, 3 days ago (+ "deux jours plus tard", anchored)
     5. durations           claims counts of time, no mention: 80 ans, for three years, cinq dernières années
     6. parts               début septembre, mi-juin, fin 2025, fin mars 2025, early March, en début de semaine,
                            la première quinzaine d'avril, le second semestre 2024 (a half year: month grain)
     7. calendar            the table of day/month patterns (``_CALENDAR_ROWS``): ranges across months, ranges in
                            one month, single days (weekday and year when written), months with a year, both
                            orders (22 mars / March 22)
     8. numeric_short       22/04, le 2/3, Friday 7/6, le 17 02 (year-less numeric days, with a cue)
     9. numeric_month       2016 - 11, 11 / 2016 (spaced forms, after the calendar: "12 juin 2025 - 09:30")
    10. quarters            le premier trimestre 2025, Q3 2019
    11. months              en mars, this September, juin prochain (a month without a year; not "Tuyet Mai")
    12. seasons             l'été 2016, cet hiver, last summer (never the "été" of "a été")
    13. holidays            Noël, la Toussaint, Christmas Eve; Pâques, Good Friday (computus); Thanksgiving
    14. relative_days       hier, aujourd'hui, demain, yesterday, tonight
    15. weekday_day         jeudi 15, Monday 21 (the month where that day is that weekday)
    16a. weekday_sets       du lundi au vendredi (a recurring slot, in the present: claimed, no date; its clock neither)
    16. weekdays            mardi dernier, ce samedi, samedi, on Sunday, next week on Tuesday, lundi en huit
    17. periods             la semaine dernière, le mois prochain, cette année, ce week-end, last quarter
    18. weeks_and_quarters  week 10, semaine 12 (ISO), le week-end, the weekend, Q1 (year from the reference)
    19. years               en 2024, in 2024, l'année 2024, since 2020 (and the next years of a list)
    19a. copyright_years    © Le Quotidien de Meuse 2026, © 2026 Harlow News (``footers``)
    19b. short_years        '97, en 97., le 10 novembre 93., août 99. (two-digit years, where a year is certain)
    19c. spelled_years      in nineteen ninety-six, deux mille onze (``steps_words``)
    20. anchors             la veille, le lendemain, the next day, on the opening (closing) day: placeholders,
                            resolved after the cascade
                            against the nearest preceding day of the same story (else the reference date),
                            passing over a quoted historical date; "le lendemain du 13 février" takes the date
                            that follows
    21. day_alone           le 23, on the 29th, du 13 au 18: month and year from the reference date

After the cascade, appositions are read as one date (``appositions``: "last May, on the 18th" is 18 May, "July 21,
a Tuesday" is 21 July, its weekday a check). Then two days linked by "au", "to", "-" become one range
("aujourd'hui jusqu'à demain", "12 janvier 2016 - 22/01/2016"), and so do two weekdays in a row linked by "et", "and"
("jeudi et vendredi"); a range says where its last end is written (``DateMention.end_start``). Then
``compose`` joins neighbours into the date a reader sees: "October of next year" (the month takes that
year), "the last week of March" and "the week of April 10th" (weeks), "the first Friday of July" and "the
15th day of June" (days), "between now and May 21" (a range from the reference date); and
``times.attach_lone_parts`` gives "dans la soirée", "at noon" the day of their sentence. Last, ``open_ends`` marks
the dates a cue leaves open on one side ("since 2010", "avant juin", "until Friday": ``DateMention.open_end``).

The year of a year-less date (and the side of a bare weekday) is the candidate (reference year
-1, 0, +1) nearest to the reference date, pushed into the past or the future by the nearest
tense or cue in the same sentence (``_lean``): a word right after the date ("le 30 septembre
prochain", "le 1er juillet dernier"), cue words ("s'est tenu", "se tiendra", "doit", "will",
"was held"), French future/conditional endings and passé composé, English simple past.
Reporting verbs ("a déclaré", "said") are not cues, and what follows one is reported speech
whose tense is not the date's. With no cue, news leans to the past (a future date costs
``FUTURE_COST`` times its distance; a bare weekday is the last one) unless
``Options.bare_weekday`` is 'future' (the assistant-style convention of the benchmarks: the
next occurrence). A written weekday is a check: if it does not match, the neighbouring year
that matches is taken, else the confidence is lowered.

Bare years: a 4-digit year is a year mention only after a cue word ("en 2025", "in 2025",
"depuis 2020", "l'année 2024", and the next years of a list: "in 2007 and 2009"); "2025
délégués", "vision 2045" and "2025-2030" are not; "by 2030" is the year (as TimeML reads it).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.dates.anaphora import anchor_periods, resolve_anchors
from timeline.extraction.dates.appositions import merge_appositions
from timeline.extraction.dates.approx_clocks import widen_approx_clocks
from timeline.extraction.dates.clock_zones import widen_converted_clocks
from timeline.extraction.dates.compose import (
    merge_now_ranges,
    merge_quarter_years,
    merge_ranked_days,
    merge_relative_years,
    merge_weekday_dates,
    merge_weeks,
)
from timeline.extraction.dates.context import (
    CALENDAR_MARGIN,
    DIGIT_MARGIN,
    TRIGGER_MARGIN,
    _Context,
    _merged,
    _union,
    month_spans,
)
from timeline.extraction.dates.day_lists import order_day_headings, order_log_clocks
from timeline.extraction.dates.deictic_days import name_deictic_days
from timeline.extraction.dates.demonstrative_days import widen_demonstrative_days
from timeline.extraction.dates.focus import story_focus
from timeline.extraction.dates.in_names import drop_named
from timeline.extraction.dates.lead_clocks import lead_clocks
from timeline.extraction.dates.lexicon import Lexicon, lexicon
from timeline.extraction.dates.open_ends import mark_open_ends
from timeline.extraction.dates.past_nights import lone_past_nights, shift_past_nights
from timeline.extraction.dates.patterns import finders
from timeline.extraction.dates.prefilter import Gate, lowered, non_ascii, register, spans_lowered
from timeline.extraction.dates.resolve import _join_ranges, _merge_named_days, _with_modifiers
from timeline.extraction.dates.season_years import season_grain
from timeline.extraction.dates.set_times import drop_set_times
from timeline.extraction.dates.shared_years import share_joined_years
from timeline.extraction.dates.steps import DATE_STEPS
from timeline.extraction.dates.story_clocks import story_clocks
from timeline.extraction.dates.times import attach_clocks, attach_lone_parts, attach_parts
from timeline.models import DateMention, Story
from timeline.settings import MAX_DATES_PER_ARTICLE, Options

__all__ = ["DATE_STEPS", "Lexicon", "find_dates", "latest_full_date", "lexicon"]

log = logging.getLogger(__name__)


def find_dates(text: str, reference: dt.date | None, lang: str = "fr", options: Options = Options(),  # noqa: B008
               stories: Sequence[Story] = (), reference_guessed: bool = False) -> list[DateMention]:
    """Every temporal expression in ``text``, sorted by start, non-overlapping.

    ``reference`` anchors year-less and relative dates; with None they are left out (only
    fully written dates, and "le lendemain" of a fully written date, are returned).
    ``stories`` bound "la veille"/"le lendemain" to the dates of their own story.
    ``reference_guessed``: the reference is the text's own latest full date, not the day of writing.
    Unknown ``lang`` gets the English rules.

    >>> [m.value.isoformat() for m in find_dates("du 17 au 20 décembre 2025", None)]
    ['2025-12-17']
    """
    if not text:
        return []
    lex = lexicon(lang)
    _register(lex.lang)
    chars = non_ascii(text)  # read once: the other digits and the characters lower-casing must judge
    original, text = text, _ascii_digits(text, chars)
    low = lowered(text, chars if text is original else None)  # the word-list scans run case-free on it (``casefree``)
    word_spans = spans_lowered(lex.patterns["trigger"], text, low)
    digit_spans = [m.span() for m in _DIGIT_RUN.finditer(text)]  # _DIGITS, on a text whose digits are ASCII (above)
    windows = _merged(len(text), word_spans, TRIGGER_MARGIN)
    digit_windows = _merged(len(text), digit_spans, DIGIT_MARGIN)
    either = _union(windows, digit_windows)
    months = _merged(len(text), month_spans(text, lex.patterns["month_token"], word_spans, digit_spans),
                     CALENDAR_MARGIN)
    # one gate (one pass over the words) serves the steps' windows and the calendar's; its digits are ASCII (above)
    gate = Gate(text, _union(either, months), low, ascii_digits=True)
    ctx = _Context(text, reference, lex, options, bytearray(len(text)), windows=windows, digit_windows=digit_windows,
                   either=either, gate=gate, month_windows=months, low=low, reference_guessed=reference_guessed)
    debug = log.isEnabledFor(logging.DEBUG)  # asked once a text, not once a step (31 calls a text otherwise)
    for name, step in DATE_STEPS:
        before = len(ctx.mentions)
        step(ctx)
        if debug:
            log.debug("step %s: %d mention(s)", name, len(ctx.mentions) - before)
        if len(ctx.mentions) >= MAX_DATES_PER_ARTICLE:
            log.warning("more than %d dates in one text: the later steps were skipped", MAX_DATES_PER_ARTICLE)
            break
    ordered = tuple(sorted(stories, key=lambda s: s.start))
    named = drop_named(ctx, sorted(ctx.mentions, key=lambda x: x.start))  # a date word in a name or title: none
    ctx.mentions[:] = story_focus(ctx, name_deictic_days(ctx, merge_appositions(ctx, named)))
    mentions = resolve_anchors(ctx, ordered)
    mentions.sort(key=lambda x: x.start)
    mentions = order_day_headings(text, anchor_periods(ctx, mentions, ordered))
    # a clock left on the reference date takes the near past day the story tells (dates/story_clocks.py)
    mentions = story_clocks(ctx, lead_clocks(ctx, attach_clocks(ctx, mentions)))
    mentions = _join_ranges(ctx, order_log_clocks(text, mentions))
    mentions = _merge_named_days(ctx, _with_modifiers(ctx, attach_parts(ctx, mentions)))
    # the night just past (dates/past_nights.py): "cette nuit" told in the past, then a night word left undated
    mentions = lone_past_nights(ctx, attach_lone_parts(ctx, shift_past_nights(ctx, mentions)))
    mentions = merge_ranked_days(ctx, merge_weeks(ctx, merge_quarter_years(ctx, merge_relative_years(ctx, mentions))))
    mentions = season_grain(ctx, mark_open_ends(ctx, merge_weekday_dates(ctx, merge_now_ranges(ctx, mentions))))
    mentions = widen_demonstrative_days(ctx, share_joined_years(ctx, widen_converted_clocks(ctx, mentions)))
    mentions = drop_set_times(ctx, mentions)  # "a year between 11.30pm and 6am": a habit (dates/set_times.py)
    mentions = widen_approx_clocks(ctx, mentions)  # "[around 5am]": TimeML's mod APPROX (dates/approx_clocks.py)
    # a frozen dataclass copied only where its text differs from the original's (rare: other digits, a merge)
    return [m if m.text == (words := original[m.start:m.end]) else replace(m, text=words) for m in mentions]


@functools.cache
def _register(lang: str) -> None:
    """Give the patterns of ``lang`` their bits in the window gate (``prefilter``), before any text is read."""
    register(finders(lang).values())


#: ``context._DIGITS`` for a text whose digits are ASCII: a range test a character instead of a Unicode lookup. It
#: opens with the class, not a repeat: re then skips to a digit by its quick test of the first character.
_DIGIT_RUN = re.compile(r"[0-9][0-9]*")
#: A decimal digit other than 0-9.
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def _ascii_digits(text: str, chars: frozenset[str]) -> str:
    r"""Fullwidth, Arabic-Indic and other decimal digits as ASCII ones, one character for one (offsets kept).
    ``chars``: ``prefilter.non_ascii(text)``, where any other digit is (``\d`` is ``str.isdecimal``)."""
    if not any(char.isdecimal() for char in chars):
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)


def full_mentions(text: str, lang: str = "fr", options: Options = Options()) -> list[DateMention]:  # noqa: B008
    """The mentions of every fully written date (day, month and year all in the text), in text order."""
    return [m for m in find_dates(text, None, lang, options)
            if m.precision == "day" and not m.relative and m.rule not in ("relative_anchor", "offset_anchor")]


def full_dates(text: str, lang: str = "fr", options: Options = Options()) -> list[dt.date]:  # noqa: B008
    """Every fully written date (day, month and year all in the text), in text order; a range gives its end."""
    return [m.end_value or m.value for m in full_mentions(text, lang, options)]


def latest_full_date(text: str, lang: str = "fr", options: Options = Options()) -> dt.date | None:  # noqa: B008
    """The latest fully written date (day, month and year all in the text), or None.

    >>> latest_full_date("Visite du 17 au 20 décembre 2025.")
    datetime.date(2025, 12, 20)
    """
    return max(full_dates(text, lang, options), default=None)
