"""Steps anchored on figures: numeric dates, look-alikes, offsets, durations, quarters, weeks, years and
bare day numbers."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from timeline.extraction.dates.anchored import CLOCK_UNITS, OFFSET_UNIT
from timeline.extraction.dates.compared_periods import compared_before
from timeline.extraction.dates.context import _Context, _mention, _show
from timeline.extraction.dates.fiscal import fiscal_shift, quarter_months, year_kinds
from timeline.extraction.dates.lexicon import _WORD, Lexicon, _accent_variants, _alt, _key, _whole_words, lexicon
from timeline.extraction.dates.patterns import (
    _BARE_WEEKEND,
    _DAY_ALONE,
    _DAY_LIST_ALONE,
    _DAY_RANGE_ALONE,
    _DURATION,
    _QUARTER_ALONE,
    _WEEK_NUMBER,
    _YEAR_CHAIN,
    _not_date_pattern,
    _offset_pattern,
    _quarter_pattern,
    _short_year_pattern,
    _year_pattern,
    _year_range_end,
)
from timeline.extraction.dates.resolve import (
    DAY_ALONE_CONFIDENCE,
    Day,
    _anchor_placeholder,
    _default_way,
    _lean,
    _month_end,
    _month_of_day,
    _number,
    _numeric_day_month,
    _pick_year,
    _resolve_days,
    _safe_date,
    _shift,
    _two_digit_year,
    _weekday,
)
from timeline.extraction.dates.year_spans import PAST_SPAN, RUNNING_YEARS_RULE, running_pair, span_end
from timeline.extraction.dates.years_ago import undated_back
from timeline.lang import load
from timeline.models import DateMention


def step_numeric(ctx: _Context) -> None:
    """22/03/2025, 2025-03-22, 22.03.25, 5/3/18 (month first in English when it must be), 28/2-1/3."""
    lex = ctx.lex
    for m in ctx.find(lex.patterns["numeric_range"], "digits"):
        if not ctx.free(m.start(), m.end()):
            continue
        first = _numeric_day_month(lex, int(m["a1"]), int(m["b1"]))
        second = _numeric_day_month(lex, int(m["a2"]), int(m["b2"]))
        if first is None or second is None:
            continue
        y2 = int(m["y2"]) if m["y2"] else None
        y1 = int(m["y1"]) if m["y1"] else (y2 - 1 if y2 and first > second else y2)
        mention = _resolve_days(ctx, m.start(), m.end(), "range_numeric", (first[0], first[1], y1, None),
                                (second[0], second[1], y2, None), end_start=m.start("a2"))
        ctx.add(mention, m.start(), m.end())
    for m in ctx.find(lex.patterns["numeric"], "digits"):
        if not ctx.free(m.start(), m.end()):
            continue
        if m["iy"] or m["iy2"] or m["cy"]:
            y, mo, d = (int(m["iy"] or m["iy2"] or m["cy"]), int(m["im"] or m["im2"] or m["cm"]),
                        int(m["id"] or m["id2"] or m["cd"]))
        elif m["a"]:
            dm = _numeric_day_month(lex, int(m["a"]), int(m["b"]))
            if dm is None:
                continue
            d, mo, y = dm[0], dm[1], _two_digit_year(m["y"])
        else:
            d, mo, y = int(m["sa"]), int(m["sb"]), int(m["sy"])
        when = _safe_date(y, mo, d)
        ctx.add(_mention(ctx, m.start(), m.end(), when, "day", "numeric_date") if when else None, m.start(), m.end())
    step_numeric_month(ctx, spaced=False)  # "2016-11" before not_dates takes it for a span of years


def step_numeric_month(ctx: _Context, spaced: bool = True) -> None:
    """2016-11, 3/2015, 2015.3: a month and a year in figures (after the calendar: "12 juin 2025 - 09:30")."""
    for m in ctx.find(ctx.lex.patterns["year_month_numeric"], "digits"):
        if not ctx.free(m.start(), m.end()) or (not spaced and any(c.isspace() for c in m.group())):
            continue
        if m["y"] and _SPAN_PARTS.match(m.group()) and not _year_and_month(m.group()):
            continue  # "the 2011-12 season": the next year's two digits, a span of two years (``step_not_dates``)
        y, mo = (int(m["y"]), int(m["m"])) if m["y"] else (int(m["y2"]), int(m["m2"]))
        ctx.add(_mention(ctx, m.start(), m.end(), dt.date(y, mo, 1), "month", "numeric_month"), m.start(), m.end())


def step_numeric_short(ctx: _Context) -> None:
    """22/04, le 2/3, Friday 7/6: a year-less day/month, only with a cue or two digits."""
    if ctx.reference is None:
        return
    for m in ctx.find(ctx.lex.patterns["numeric_short"], "digits"):
        s = m.start("a")
        if not ctx.free(s, m.end()):
            continue
        sep, b = m["sep"] or " ", m["b"] or m["b2"]
        if not (m["wd"] or m["le"] or len(m["a"]) == 2 or len(b) == 2) or (sep == "." and not m["wd"]):
            continue
        if sep == " " and not (m["le"] or m["wd"] or (m["yy"] and len(b) == 2)):
            continue  # "le 17 02", "20 02 14": space-separated only after "le" or with a year ("score 21 10" is not)
        dm = (int(m["a"]), int(b)) if sep == " " else _numeric_day_month(ctx.lex, int(m["a"]), int(b))
        if dm is None or not 1 <= dm[1] <= 12:
            continue
        start = m.start("wd") if m["wd"] else s
        if m["yy"]:
            when = _safe_date(_two_digit_year(m["yy"]), dm[1], dm[0])
            ctx.add(_mention(ctx, start, m.end(), when, "day", "numeric_date") if when else None, start, m.end())
            continue
        day: Day = (dm[0], dm[1], None, _weekday(ctx.lex, m["wd"]))
        mention = _resolve_days(ctx, start, m.end(), "numeric_day_month", day)
        ctx.add(mention, start, m.end())


def step_not_dates(ctx: _Context) -> None:
    """Claims spans that look like dates but are not (no mention): see ``_NOT_DATES`` and horizons."""
    for m in ctx.find(_not_date_pattern(ctx.lex.lang), "digits"):
        if m.lastgroup == "year_span" and _year_and_month(m.group()):
            continue  # "2016 - 11": a month of 2016 (numeric_month), not the span "2016-17"
        if not ctx.free(m.start(), m.end()):
            continue
        past = PAST_SPAN.search(ctx.text, m.start(), m.end() + 7) if m.lastgroup in ("year_span", "horizon") else None
        last = span_end(ctx.text, past) if past is not None else 0
        if past is not None and past.start() < m.end() and ctx.reference is not None \
                and (int(past[1]) < last < ctx.reference.year or running_pair(past, last, ctx.reference.year)) \
                and ctx.free(*past.span()):
            # "la période 1982-1990" in 1999: a stretch of the past, two years (TimeML's two dates), also with a
            # two-digit end ("the 1950-53 Korean War", "in 1986-87"); a plan or a term that reaches beyond the
            # present ("mandat 2025-2030", "la saison 1998-99" in 1999) stays no date, but two following years written
            # in full that end this year or next ("la saison 2015-2016" in 2016, "l'année scolaire 2026-2027") are
            # both dates, as every gold of ours writes them (round 33)
            rule = "year" if last < ctx.reference.year else RUNNING_YEARS_RULE
            for g, year in ((1, int(past[1])), (2, last)):
                ctx.add(_mention(ctx, *past.span(g), dt.date(year, 1, 1), "year", rule), *past.span(g))
            ctx.claim(m.start(), past.end())
            continue
        ctx.claim(m.start(), m.end())


_SPAN_PARTS = re.compile(r"(\d{4})\s*[-–/]\s*(\d+)")


def _year_and_month(words: str) -> bool:
    """A year then a month number, "2016 - 11", "2016 / 3": the second part is no year (two digits, 1-12) and
    not the next year either ("la saison 2010-11", "1998-99" are spans of two years)."""
    parts = _SPAN_PARTS.match(words)
    if parts is None or len(parts[2]) > 2:
        return False
    return 1 <= int(parts[2]) <= 12 and int(parts[2]) != (int(parts[1]) + 1) % 100


_OBJECT_AFTER = re.compile(r"[^\S\n]+[^\W\d_]")


def _prepositions(lex: Lexicon) -> set[str]:
    return {_key(w) for w in lex.lists["offset_prepositions"]}


@functools.cache
def _quantity_before(lang: str) -> re.Pattern[str]:
    """A quantity right before an offset: "up from 14% a year ago", "contre 3,2 milliards un an plus tôt", "$3 million,
    or 5 cents a share, a year ago" (an amount per share: the figure of a past period, no day); also an amount with
    its magnitude abbreviated onto a sum or a decimal figure ("down from £168m a year ago", "from 2.9m a year
    earlier"; not "won the 100m a year ago": ``amount_abbreviations``) or its subunit onto any figure ("up from 7.9p
    a year earlier", "88c": ``amount_subunits``), in the language's words.yaml."""
    words = load(f"{lang}/words")
    short = _alt(sorted({str(w) for w in words.get("amount_abbreviations") or []}, key=len, reverse=True)) or "(?!)"
    sub = _alt(sorted({str(w) for w in words.get("amount_subunits") or []}, key=len, reverse=True)) or "(?!)"
    return re.compile(
        r"(?:[$€£][^\S\n]*\d[\d.,]*(?:[^\S\n]*[^\W\d_]*(?:illions?|illiards?)"
        rf"|(?:{short})(?![^\W\d_]))?"
        r"|\d[\d.,]*[^\S\n]*(?:%|percent|per[^\S\n]cent|pour[^\S\n]?cent|[^\W\d_]*illions?|[^\W\d_]*illiards?|bn|mds"
        r"|cents?(?![^\W\d_]))"
        rf"|\d+[.,]\d+(?:{short})(?![^\W\d_])|\d[\d.,]*(?:{sub})(?![^\W\d_])"
        r"|\d{1,3}(?:[.,\u202f\u00a0]\d{3})+|\d+[.,]\d+)(?:[^\S\n]+(?:a|per)[^\S\n]+share)?[^\S\n]*,?[^\S\n]*$",
        re.IGNORECASE)


@functools.cache
def _than(lang: str) -> re.Pattern[str]:
    than = _whole_words(_accent_variants(lexicon(lang).lists["offset_comparisons"]))
    return re.compile(rf"[^\S\n]+{than}", re.IGNORECASE)


def _comparison(ctx: _Context, start: int, end: int, back: bool = False) -> bool:
    """An offset that compares, not dates: "three days later than planned", "un mois plus tôt que prévu" (a delay),
    "up from 14% a year ago", "up 5% from a year earlier" (``back``: the figure of a past period, not a day):
    no date."""
    if _than(ctx.lex.lang).match(ctx.text, end, end + 12):
        return True
    if back and compared_before(ctx, start):  # "up 5% from a year ago", "de plus qu'un an auparavant"
        return True
    return _quantity_before(ctx.lex.lang).search(ctx.text, max(0, start - 30), start) is not None


@functools.cache
def _superlative(lang: str) -> re.Pattern[str] | None:
    """A rank before "in six years" in its clause: ``superlative_cues`` of the language."""
    words = list(load(f"{lang}/words").get("superlative_cues") or [])
    if not words:
        return None
    verbs = _alt(_accent_variants(list(load(f"{lang}/words").get("superlative_breaks") or ["-"])))
    # a rank in figures too ("its 12th weekly gain in 14 weeks"), with the language's ordinal suffixes
    suffixes = _alt(_accent_variants(lexicon(lang).lists["ordinal_suffixes"])) or "(?!)"
    # the rank and the offset in one phrase: no verb between them ("the first payment is due in two weeks" is a date)
    return re.compile(rf"(?<![^\W\d_])(?:{_alt(_accent_variants(words))}|\d+(?:{suffixes}))(?![^\W\d_])"
                      rf"(?:(?!(?<![^\W\d_])(?:{verbs})(?![^\W\d_]))[^.;:!?\n])*$", re.IGNORECASE)


def _ranked_span(ctx: _Context, start: int) -> bool:
    """"the first talks in six years", "its highest level in a decade": a stretch of time looked back over, no date."""
    pattern = _superlative(ctx.lex.lang)
    return pattern is not None and pattern.search(ctx.text, max(0, start - 48), start) is not None


#: Offset words counted from the reference date, never from the story's previous date ("3 days from now").
_DEICTIC_AFTER = frozenset({"ago", "from now", "from today", "after today"})


def step_offsets(ctx: _Context) -> None:
    """il y a trois semaines, dans deux mois, 3 days ago, in 2 weeks, deux jours plus tard."""
    lex = ctx.lex
    for m in ctx.find(_offset_pattern(lex.lang)):
        if not ctx.free(m.start(), m.end()):
            continue
        count = _number(lex, m["n"])
        unit = lex.tables["units"].get(_key(m["unit"]))
        if count is None or unit is None:
            continue
        if not m["before"] and _comparison(ctx, m.start(), m.end(),
                                           int(lex.tables["offset_after"][_key(m["after"])]) < 0):
            ctx.claim(m.start(), m.end())
            continue
        if m["before"]:
            sign = int(lex.tables["offset_before"][_key(m["before"])])
            anchored = False
            if sign > 0 and (_ranked_span(ctx, m.start()) or _lean(ctx, m.start(), m.end()) == "past"):
                # "the first talks in six years", "the third rise in four months"; and under a past tense, how long
                # something took ("the bridge was built in three years"): a stretch of time, no date ahead
                ctx.claim(m.start(), m.end())
                continue
        else:
            sign = int(lex.tables["offset_after"][_key(m["after"])])
            anchored = _key(m["after"]) not in _DEICTIC_AFTER
            if _key(m["after"]) in _prepositions(lex) and _OBJECT_AFTER.match(ctx.text, m.end()):
                ctx.claim(m.start(), m.end())  # "trois mois après son élection": counted from an event
                continue
        delta = _shift(dt.date(2000, 1, 1), str(unit), sign * count) - dt.date(2000, 1, 1)
        if anchored:
            # "deux jours plus tard": relative to the previous date of the story, like "le lendemain"
            placeholder = _anchor_placeholder(ctx, m.start(), m.end(), delta.days, "offset_anchor")
            if unit in ("year", "month", *CLOCK_UNITS):  # counted in its unit from a nearby date (``anchored``)
                placeholder = replace(placeholder, explanation=f"{OFFSET_UNIT}{unit}:{sign * count}")
            ctx.add(placeholder, m.start(), m.end())
            continue
        exact = _exact_after(lex.lang).match(ctx.text, m.end())
        if ctx.reference is None or undated_back(ctx, sign, str(unit), exact is not None):  # "il y a dix ans"
            ctx.claim(m.start(), m.end())
            continue
        value, precision = _shift(ctx.reference, str(unit), sign * count), "day"
        end = exact.end() if exact else m.end()
        if unit == "year" and sign < 0 and not exact:  # (exact, "il y a dix ans jour pour jour": that very day)
            # years_ago 'year' (the peer suites): "il y a dix ans" is a year; "in 3 years" (a term) keeps its day
            value, precision = dt.date(value.year, 1, 1), "year"
        elif m["mod"] and _key(m["mod"]) in _approximate(lex.lang) and unit in ("year", "month", "week"):
            # "il y a environ un mois", "dans près de deux ans": no more precise than the unit counted
            value, precision = _start_of(value, str(unit)), str(unit)
        words = ctx.text[m.start():end]
        mention = _mention(ctx, m.start(), end, value, precision, "relative_offset", relative=True,
                           explanation=f"{words} -> {_show(value, precision, None)}: {sign * count:+d} {unit}(s) "
                                       f"from the reference date {ctx.reference.isoformat()}")
        ctx.add(mention, m.start(), end)


@functools.cache
def _approximate(lang: str) -> frozenset[str]:
    """``offset_approximate``: words on an offset's count that make it approximate ("environ", "près de")."""
    return frozenset(_key(w) for w in load(f"{lang}/words").get("offset_approximate") or [])


def _start_of(day: dt.date, unit: str) -> dt.date:
    """The first day of the year, month or ISO week of ``day``."""
    if unit == "year":
        return dt.date(day.year, 1, 1)
    if unit == "month":
        return day.replace(day=1)
    return day - dt.timedelta(days=day.weekday())


@functools.cache
def _exact_after(lang: str) -> re.Pattern[str]:
    """``offset_exact_after`` right after an offset ("il y a dix ans, jour pour jour"): the day itself."""
    words = list(load(f"{lang}/words").get("offset_exact_after") or [])
    return re.compile(rf"[^\S\n]*,?[^\S\n]*(?:{_alt(_accent_variants(words))})(?!{_WORD})" if words else "(?!)",
                      re.IGNORECASE)


def step_durations(ctx: _Context) -> None:
    """Claims counts of time ("80 ans", "for three years", "cinq dernières années"): not dates."""
    for m in ctx.find(_DURATION):
        words = m.group().lower().split()
        if len(words) == 3 and words[-1] in _SINGULAR_UNITS and words[0] not in ("1", "one", "a", "an"):
            continue  # "on May 5 last year": a day, then "last year"; a count would say "5 last years"
        if ctx.free(m.start(), m.end()):
            ctx.claim(m.start(), m.end())


def step_stretches(ctx: _Context) -> None:
    """Claims "over the past year", "in the next month": the stretch of time up to (or from) now, a duration
    (TimeML's P1Y), no date (``lexicon`` pattern "stretch", from ``stretch_*`` in the language's words)."""
    for m in ctx.find(ctx.lex.patterns["stretch"], "words"):
        if ctx.free(m.start(), m.end()):
            ctx.claim(m.start(), m.end())


#: English singular units: after a count above one with "last"/"next", no count of time ("5 last year").
_SINGULAR_UNITS = frozenset({"year", "month", "week", "day", "hour", "decade", "century"})


def step_quarters(ctx: _Context) -> None:
    """le premier trimestre 2025, Q3 2019, 2019-Q1: a quarter of a written year."""
    # "any": "le troisième trimestre de l'exercice 2026" starts farther from its year than the digits' margin
    found = [m for m in ctx.find(_quarter_pattern(ctx.lex.lang), "any") if ctx.free(m.start(), m.end())]
    quarters = [(m.start(), m.end(), int(ctx.lex.tables["quarters"][_key(m["q"] or m["q2"])]),  # type: ignore[arg-type]
                 int(m["y"] or m["y2"])) for m in found]
    fiscal = [t for m, t in zip(found, quarters, strict=True) if _fiscal(ctx.lex.lang, m)]
    shift = fiscal_shift(ctx.text, ctx.lex.lang, fiscal) if fiscal else None
    for m, (start, end, q, year) in zip(found, quarters, strict=True):
        if _fiscal(ctx.lex.lang, m) and shift is None:
            continue  # "fiscal 2026" alone: its year, not a calendar quarter
        (fy, fm), (ly, lm) = quarter_months(year, q, shift if _fiscal(ctx.lex.lang, m) else 0)  # type: ignore[arg-type]
        ctx.add(_mention(ctx, start, end, dt.date(fy, fm, 1), "month", "quarter",
                         end_value=_month_end(dt.date(ly, lm, 1))), start, end)


def _fiscal(lang: str, m: re.Match[str]) -> bool:
    return bool(m["kind"]) and year_kinds(lang).get(_key(m["kind"])) == "fiscal"


@functools.cache
def _amount_words(lang: str) -> frozenset[str]:
    return frozenset(_key(w) for w in load(f"{lang}/words").get("year_closing_word_not") or [])


_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)[^\S\n]+$")


def _amount_before(ctx: _Context, start: int) -> bool:
    """Whether the word before a year's cue ("près" in "près de 2000") is one of ``year_closing_word_not``."""
    word = _LAST_WORD.search(ctx.text, max(0, start - 30), start)
    return word is not None and _key(word[1]) in _amount_words(ctx.lex.lang)


#: The year groups of ``patterns._year_pattern``, one per way a year is cued.
#: The rule of a year that closes a law's name ("the Customs Bill, 2023": ``patterns._law_year``): a date of the name,
#: which anchors no event (events/date_roles.py, round thirty-seven).
LAW_YEAR_RULE = "year_law"
_YEAR_GROUPS = ("yr", "y", "yc", "yn", "yo", "yt", "ys", "yp", "yw", "yv", "yd", "yq", "yl")
#: What every match of ``patterns._year_pattern`` holds: its year ("(?:19|20|21)\d\d", an old one "1[5-8]\d\d").
_FOUR_DIGITS = re.compile(r"[12]\d\d\d")


def step_years(ctx: _Context) -> None:
    """en 2024, in 2024, depuis 2020, l'année 2024, and the next years of a list (in 2007 and 2009)."""
    for m in ctx.find(_year_pattern(ctx.lex.lang), "digits", holds=_FOUR_DIGITS):
        group = next(g for g in _YEAR_GROUPS if m.groupdict().get(g))
        s, e = m.span(group)
        # (a year another cue read first may still open a range: "le festival de 1947 à 1987", "la période de 2009")
        last = _year_range_end(ctx.lex.lang).match(ctx.text, e) \
            if group == "yr" or _range_from(ctx.lex.lang).search(ctx.text, max(0, s - 12), s) else None
        if not ctx.free(s, e) or (last is not None and not ctx.free(*last.span("y"))):
            continue
        if group == "yd" and _amount_before(ctx, m.start()):
            continue  # "près de 2000 selon la police"
        year = int(m[group])
        head = _year_head(ctx.lex.lang).search(ctx.text, max(0, s - 16), s)
        if head is not None and ctx.free(head.start(), s):
            s = head.start()  # "l'an 2000": TimeML's span is the noun phrase (``year_head_nouns``)
        ctx.add(_mention(ctx, s, e, dt.date(year, 1, 1), "year", LAW_YEAR_RULE if group == "yl" else "year"), s, e)
        pos = e
        if last is not None:
            # "de 1976 à 1978": both ends (TimeML annotates each end of a range as its own date)
            ctx.add(_mention(ctx, *last.span("y"), dt.date(int(last["y"]), 1, 1), "year", "year"), *last.span("y"))
            pos = last.end()
        while (more := _YEAR_CHAIN.match(ctx.text, pos)) and ctx.free(*more.span("y")):
            ctx.add(_mention(ctx, *more.span("y"), dt.date(int(more["y"]), 1, 1), "year", "year"), *more.span("y"))
            pos = more.end()


@functools.cache
def _range_from(lang: str) -> re.Pattern[str]:
    """A range's opening word right before a year (``year_range_from``: "de", "depuis")."""
    words = _alt(_accent_variants(lexicon(lang).lists["year_range_from"])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]+$", re.IGNORECASE)


@functools.cache
def _year_head(lang: str) -> re.Pattern[str]:
    """The noun a year names, with its determiner, right before it (``year_head_nouns``: "l'an 2000")."""
    words = _alt(_accent_variants(list(load(f"{lang}/words").get("year_head_nouns") or []))) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]+$", re.IGNORECASE)


#: A two-digit year is the one in the hundred years ending this many years after the reference date's
#: ("en 97" in 2025 is 1997; "in '05" is 2005); without a reference date, the window ends in 2030.
SHORT_YEAR_AHEAD = 5
SHORT_YEAR_PIVOT = 2030


_WORD_BEFORE = re.compile(r"(\S+)[^\S\n]+$")


def _after_a_name(ctx: _Context, start: int) -> bool:
    """"iLife '11", "Windows '98": a capitalised word that is no cue before the apostrophe: a product's name."""
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 40), start)
    if before is None or not any(c.isupper() for c in before[1]):
        return False
    return _key(before[1]) not in {_key(w) for w in ctx.lex.lists["two_digit_year_before"]}


def step_short_years(ctx: _Context) -> None:
    """'97, en 97., since 85, (a two-digit year only where a year is certain: after an apostrophe or a cue)."""
    last = (ctx.reference.year + SHORT_YEAR_AHEAD) if ctx.reference else SHORT_YEAR_PIVOT
    for m in ctx.find(_short_year_pattern(ctx.lex.lang), "digits"):
        group = "ya" if m["ya"] else "yc"
        s, e = m.span(group)
        start = m.start() if group == "ya" else s
        if not ctx.free(start, e) or (group == "ya" and _after_a_name(ctx, start)):
            continue
        year = last - (last - int(m[group])) % 100
        ctx.add(_mention(ctx, start, e, dt.date(year, 1, 1), "year", "short_year", relative=True,
                         explanation=f"{ctx.text[start:e]} -> {year}: the year ending so within the hundred years "
                                     f"up to {last}"), start, e)
    for i, mention in enumerate(ctx.mentions):  # "le 10 novembre 93.", "août 99.", "15 April of 87": then its year
        if mention.rule == "season" and mention.relative:
            _season_short_year(ctx, i, mention, last)
            continue
        after = _SHORT_YEAR_AFTER.match(ctx.text, mention.end) if mention.rule in ("day_month", "month") else None
        if after is None or mention.end_value is not None or not ctx.free(*after.span()):
            continue
        year = last - (last - int(after["y"])) % 100
        value = _safe_date(year, mention.value.month, mention.value.day)
        full = _mention(ctx, mention.start, after.end(), value, mention.precision,
                        "day_month_year" if mention.precision == "day" else "month_year",
                        explanation=f"{ctx.text[mention.start:after.end()]} -> {value}: a two-digit year, in the "
                                    f"hundred years up to {last}") if value else None
        if full is not None:
            ctx.mentions[i] = full
            ctx.claim(*after.span())


#: Two digits right after a season are its year ("l'été 98 restera", "l'hiver 54,"), not a count ("cet été 15
#: concerts": a plural follows).
_SEASON_SHORT_YEAR = re.compile(r"[^\S\n]+(?P<y>\d\d)(?![\d%])"
                                r"(?=[^\S\n]*(?:[,.;:!?)]|$)|[^\S\n]+[^\W\d_]*[^\W\d_sx](?![^\W\d_]))", re.MULTILINE)


def _season_short_year(ctx: _Context, i: int, mention: DateMention, last: int) -> None:
    after = _SEASON_SHORT_YEAR.match(ctx.text, mention.end)
    if after is None or mention.end_value is None or not ctx.free(*after.span("y")):
        return
    year = last - (last - int(after["y"])) % 100
    shift = year - mention.value.year
    first, end = _safe_date(year, mention.value.month, mention.value.day), _safe_date(
        mention.end_value.year + shift, mention.end_value.month, mention.end_value.day)
    full = _mention(ctx, mention.start, after.end("y"), first, mention.precision, "season", end_value=end,
                    explanation=f"{ctx.text[mention.start:after.end('y')]} -> {first}..{end}: a two-digit year, in the "
                                f"hundred years up to {last}") if first and end else None
    if full is not None:
        ctx.mentions[i] = full
        ctx.claim(*after.span("y"))


_SHORT_YEAR_AFTER = re.compile(r"[^\S\n]+(?:(?:of|de|d['’])[^\S\n]*)?(?P<y>\d\d)"
                               r"(?=[^\S\n]*(?:[,.;:!?)]|$)|[^\S\n]+(?:à|at|in|au|en)\b)", re.MULTILINE)


def step_day_alone(ctx: _Context) -> None:
    """le 23, on the 29th, du 13 au 18: the month from the reference date (nearest, by the same cues)."""
    ref = ctx.reference
    if ref is None:
        return
    for m in ctx.find(_DAY_RANGE_ALONE, "digits"):
        start, end = m.span()
        if not ctx.free(start, end):
            continue
        d1, d2 = _number(ctx.lex, m["d1"]), _number(ctx.lex, m["d2"])
        if d1 is None or d2 is None or d1 >= d2:
            continue
        first = _month_of_day(ctx, start, end, d1, d2 - d1)
        last = _safe_date(first.year, first.month, d2) if first else None
        if first is None or last is None:
            continue
        ctx.add(_mention(ctx, start, end, first, "day", "day_range_alone", end_value=last, relative=True,
                         end_start=m.start("d2"),
                         confidence=DAY_ALONE_CONFIDENCE,
                         explanation=f"{m.group()} -> {_show(first, 'day', last)}: month and year from the reference "
                                     f"date {ref.isoformat()}"), start, end)
    for m in ctx.find(_DAY_LIST_ALONE, "digits"):  # "les 29 et 30": two days of one month
        d1, d2 = _number(ctx.lex, m["d1"]), _number(ctx.lex, m["d2"])
        if not ctx.free(*m.span()) or d1 is None or d2 is None or d1 >= d2:
            continue
        first = _month_of_day(ctx, m.start(), m.end(), d1, d2 - d1)
        for group, day in (("d1", d1), ("d2", d2)):
            value = _safe_date(first.year, first.month, day) if first else None
            if value is not None:
                ctx.add(_mention(ctx, *m.span(group), value, "day", "day_alone", relative=True,
                                 confidence=DAY_ALONE_CONFIDENCE,
                                 explanation=f"{m[group]} -> {value.isoformat()}: month and year from the reference "
                                             f"date {ctx.reference.isoformat()}"), *m.span(group))
        ctx.claim(*m.span())
    for m in ctx.find(_DAY_ALONE, "digits"):
        s, e = m.span("d")
        if not ctx.free(m.start(), e):
            continue
        current = _CURRENT_MONTH.match(ctx.text, m.end())
        if current is not None:  # "le 27 courant": the reference date's month, whichever way the tense points
            value, end = _safe_date(ref.year, ref.month, int(m["d"])), current.end()
        else:
            value, end = _month_of_day(ctx, s, e, int(m["d"])), m.end()
        if value is None:
            continue
        while end > s and not ctx.text[end - 1].isalnum():
            end -= 1
        ctx.add(_mention(ctx, s, end, value, "day", "day_alone", relative=True, confidence=DAY_ALONE_CONFIDENCE,
                         explanation=f"{ctx.text[s:end]} -> {value.isoformat()}: month and year from the reference "
                                     f"date {ref.isoformat()}"), s, end)


_CURRENT_MONTH = re.compile(r"[^\S\n]*courant(?![^\W\d_])", re.IGNORECASE)
_WEEKEND_OF = re.compile(r"[^\S\n]+(?:de|du|des|d['’]|of)(?![^\W\d_])", re.IGNORECASE)
#: A word in capitals after a weekend in capitals: a label ("THE WEEKEND INTERVIEW", "WEEK-END MAGAZINE"), no date.
_CAPS_NEXT = re.compile(r"[^\S\n]+[A-ZÀ-ÖØ-Þ]{2,}(?![^\W\d_])")


def step_weeks_and_quarters(ctx: _Context) -> None:
    """week 10, semaine 12 (ISO weeks of the reference year), the weekend, le week-end, Q1 (no year)."""
    ref = ctx.reference
    if ref is None:
        return
    for m in ctx.find(_WEEK_NUMBER, "digits"):
        if not ctx.free(*m.span()):
            continue
        try:
            monday = dt.date.fromisocalendar(ref.year, int(m["n"]), 1)
        except ValueError:
            continue
        ctx.add(_mention(ctx, *m.span(), monday, "week", "week_number", relative=True,
                         explanation=f"{m.group()} -> {_show(monday, 'week', None)}: ISO week of {ref.year}"),
                *m.span())
    for m in ctx.find(_BARE_WEEKEND, "words"):
        if not ctx.free(*m.span()) or _WEEKEND_OF.match(ctx.text, m.end()):
            continue  # "le week-end de la Pentecôte", "the weekend of June 5": that day's weekend, not the coming one
        if m.group().isupper() and _CAPS_NEXT.match(ctx.text, m.end()):
            ctx.claim(*m.span())  # "THE WEEKEND INTERVIEW": a section's name
            continue
        way = _default_way(ctx, *m.span()) or "past"
        saturday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5)
        if ref.weekday() < 5 and way == "past":
            saturday -= dt.timedelta(weeks=1)
        ctx.add(_mention(ctx, *m.span(), saturday, "day", "weekend", end_value=saturday + dt.timedelta(days=1),
                         relative=True, confidence=0.7,
                         explanation=f"{m.group()} -> {_show(saturday, 'day', saturday + dt.timedelta(days=1))}: "
                                     f"the {way} weekend from the reference date {ref.isoformat()}"), *m.span())
    for m in ctx.find(_QUARTER_ALONE, "digits"):
        if not ctx.free(*m.span()):
            continue
        q = int(m["q"])
        picked = _pick_year(ctx, *m.span(), 3 * q - 2, 1, span_days=89)
        if picked is None:
            continue
        first = picked[0]
        last = _month_end(dt.date(first.year, 3 * q, 1))
        ctx.add(_mention(ctx, *m.span(), first, "month", "quarter", end_value=last, relative=True,
                         confidence=picked[2], explanation=f"{m.group()} -> {_show(first, 'day', last)}: {picked[1]}"),
                *m.span())
