"""Steps anchored on month names: the calendar table, parts of months, months, seasons, holidays,
"jeudi 15" and "du 4 au 22 de ce mois"."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from timeline.extraction.dates.context import (
    CALENDAR_MARGIN,
    TWO_MONTH_ROWS,
    YEAR_DIGITS,
    YEAR_ROWS,
    _Context,
    _finditer_in,
    _mention,
    _show,
    _windows,
    held_twice,
    holding,
)
from timeline.extraction.dates.holiday_names import _holiday_season, _named_after, holiday_as_point
from timeline.extraction.dates.lexicon import _alt, _key, lexicon
from timeline.extraction.dates.lunar import lunar_new_year
from timeline.extraction.dates.patterns import _NAME_BEFORE, _holiday_pattern, _season_pattern
from timeline.extraction.dates.period_phrases import part_span_start
from timeline.extraction.dates.prefilter import Gate
from timeline.extraction.dates.resolve import (
    FUTURE_COST,
    GUESSED_YEAR_CONFIDENCE,
    _default_way,
    _month,
    _month_end,
    _number,
    _pick_year,
    _resolve_days,
    _safe_date,
    _shift,
    _weekday,
)
from timeline.lang import fold, load
from timeline.models import DateMention

_CALENDAR_ROWS: tuple[str, ...] = (
    "range_cross_month", "range_cross_month_us", "day_list", "day_list_us", "range_same_month", "range_same_month_us",
    "year_month_day", "day_month", "month_day", "month_range", "month_range_bare", "month_year", "year_month",
)


def step_calendar(ctx: _Context) -> None:
    """The table of day/month/year patterns (``_CALENDAR_ROWS``), resolved by one function."""
    lex = ctx.lex
    windows, gate = ctx.month_windows, ctx.gate
    if windows is None:
        windows = _windows(ctx.text, lex.patterns["month_token"], CALENDAR_MARGIN)
        gate = Gate(ctx.text, windows) if ctx.gate else None
    starts = ctx.month_starts if windows is ctx.month_windows else None  # the tokens the windows were made from
    two = windows if starts is None else held_twice(windows, starts)
    for rule in _CALENDAR_ROWS:
        near = two if rule in TWO_MONTH_ROWS else windows
        for m in _finditer_in(lex.patterns[rule], ctx.text,
                              holding(ctx.text, near, YEAR_DIGITS) if rule in YEAR_ROWS else near, gate):
            start, end = m.span()
            while start < end and ctx.text[start].isspace():
                start += 1
            if not ctx.free(start, end):
                continue
            mention = _resolve_calendar(ctx, rule, m, start, end)
            if mention is False:
                continue
            if mention and _is_list(ctx, rule, m, mention):
                _add_both_ends(ctx, m, mention, start, end)
                continue
            if mention and (rule == "day_list_us" or (rule == "day_list" and _key(m["start"]) in _LIST_OPENERS)):
                _add_each_day(ctx, m, mention, start, end)
                continue
            ctx.add(mention or None, start, end)


#: A plural article before two days linked by "et" makes them a list: "les 15 et 29 mars"; so does "on" ("on 15
#: and 29 March", "on 3, 17 and 25 March": TimeML writes one TIMEX3 a day), and so do two days that each carry their
#: weekday with no "entre"/"between" before them ("samedi 7 et samedi 14 février").
_LIST_OPENERS = ("les", "on")


def _is_list(ctx: _Context, rule: str, m: re.Match[str], mention: DateMention) -> bool:
    """"les 15 et 29 mars": two days linked by "et"/"and" and not in a row are two dates, not a range."""
    g = m.groupdict()
    link, opener = g.get("link"), g.get("start2") or g.get("start") or ""
    if _key(opener) not in _LIST_OPENERS and (opener or not (g.get("wd1") and g.get("wd2"))):
        return False  # "entre le 3 et le 5 mars", "3 et 12 septembre": read as a range
    return (rule in ("range_same_month", "range_same_month_us", "range_cross_month", "range_cross_month_us")
            and link is not None and _key(link) in ("et", "and") and mention.end_value is not None
            and (mention.end_value - mention.value).days > 1)


def _add_both_ends(ctx: _Context, m: re.Match[str], mention: DateMention, start: int, end: int) -> None:
    first_end = m.end("d1")
    if m.groupdict().get("m1") and m.start("m1") < m.start("d2"):
        first_end = max(first_end, m.end("m1"))
    first = _mention(ctx, start, first_end, mention.value, "day", mention.rule, relative=mention.relative,
                     confidence=mention.confidence, explanation=f"{ctx.text[start:first_end]} -> "
                     f"{mention.value.isoformat()}: the first of a list ({mention.explanation.partition(': ')[2]})")
    g = m.groupdict()
    second_start = m.start("wd2") if g.get("wd2") else m.start("d2")
    if g.get("m2") and m.start("m2") < second_start and m.start("m2") > m.end("d1"):
        second_start = m.start("m2")
    second = _mention(ctx, second_start, end, mention.end_value, "day", mention.rule, relative=mention.relative,
                      confidence=mention.confidence, explanation=f"{ctx.text[second_start:end]} -> "
                      f"{mention.end_value.isoformat()}: the second of a list")
    ctx.add(first, start, first_end)
    ctx.add(second, second_start, end)
    ctx.claim(start, end)


_LIST_DAY = re.compile(r"(?<!\d)([12]\d|3[01]|0?[1-9])(?:er|e)?(?!\d)")


def _add_each_day(ctx: _Context, m: re.Match[str], mention: DateMention, start: int, end: int) -> None:
    """"les 16, 17 et 18 juillet": a list of three days or more is each of its days (TimeML writes one TIMEX3 a
    day), all in the month and year resolved for the last."""
    last = mention.end_value or mention.value
    numbers = [(start, m.end("d1"), _number(ctx.lex, m["d1"]))]
    numbers += [(d.start(), d.end(), int(d[1])) for d in _LIST_DAY.finditer(ctx.text, m.end("d1"), m.start("link"))]
    days = []
    for lo, hi, number in numbers:
        day = _safe_date(last.year, last.month, number) if number else None
        if day is None or day > last or (days and day <= days[-1][2]):
            ctx.add(mention, start, end)  # not days of one month in order: the range as read
            return
        days.append((lo, hi, day))
    days.append((m.start("d2"), end, last))
    for lo, hi, day in days:
        ctx.add(_mention(ctx, lo, hi, day, "day", mention.rule, relative=mention.relative,
                         confidence=mention.confidence, explanation=f"{ctx.text[lo:hi]} -> {day.isoformat()}: one "
                         f"day of a list ({mention.explanation.partition(': ')[2]})"), lo, hi)
    ctx.claim(start, end)


def _resolve_calendar(ctx: _Context, rule: str, m: re.Match[str], start: int, end: int) -> DateMention | bool | None:
    """A calendar row's match -> mention; None claims a non-date ("30 février"); False skips."""
    lex = ctx.lex
    g = m.groupdict()
    d1, d2 = _number(lex, g.get("d1")), _number(lex, g.get("d2"))
    m1, m2 = _month(lex, g.get("m1")), _month(lex, g.get("m2"))
    y1 = int(g["y1"]) if g.get("y1") else None
    y2 = int(g["y2"]) if g.get("y2") else None
    wd1, wd2 = _weekday(lex, g.get("wd1")), _weekday(lex, g.get("wd2"))
    if rule in ("month_range", "month_range_bare", "month_year", "year_month"):
        if rule in ("month_range", "month_range_bare"):
            if m1 is None or m2 is None:
                return False
            y1 = y1 or (y2 - 1 if y2 and m1 > m2 else y2)
            if y1 is None or y2 is None:
                return False
            first, last = dt.date(y1, m1, 1), _month_end(dt.date(y2, m2, 1))
            return _mention(ctx, start, end, first, "month", rule, end_value=last, end_start=m.start("m2"))
        if m1 is None or y1 is None:
            return False
        return _mention(ctx, start, end, dt.date(y1, m1, 1), "month", "month_year")
    if d2 is None:  # a single day
        if d1 is None or m1 is None:
            return False
        return _resolve_days(ctx, start, end, "day_month_year" if y1 else "day_month", (d1, m1, y1, wd1))
    if g.get("link") and _key(g["link"]) in ("et", "and") and not (g.get("start") or g.get("start2")) \
            and (_after_month(ctx, start) or (m1 and m2 and m1 != m2)):
        # "Oct. 31 and 22 March" (the 31 belongs to October), "le 20 décembre et le 3 mars" (a list)
        return False
    if m1 is None and m2 is not None and d1 is not None and d1 >= d2:
        return False  # "mai vingt-neuf" is not the range "vingt - neuf"
    if m2 is None and m1 is not None and d1 is not None and d1 >= d2:
        return False
    m1 = m1 or m2
    m2 = m2 or m1
    if m1 is None or m2 is None or d1 is None:
        return False
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
    mention = _resolve_days(ctx, start, end, "range_same_month" if m1 == m2 else "range_cross_month",
                            (d1, m1, y1, wd1), (d2, m2, y2, wd2),
                            end_start=min(m.start(k) for k in ("wd2", "d2", "m2") if g.get(k)))
    return mention or False  # not a range: its days may still be dates one by one


def _after_month(ctx: _Context, start: int) -> bool:
    """Whether the word just before ``start`` is a month name ("Oct. 31 and ...")."""
    before = re.search(r"([^\W\d_]+)\.?\s*$", ctx.text[max(0, start - 16):start])
    return bool(before) and _key(before.group(1)) in ctx.lex.months


def _moved_reference(ctx: _Context, m: re.Match[str], unit: str) -> dt.date | None:
    """The reference date moved by the period word of a part ("the end of last year", "fin de l'an dernier")."""
    ref = ctx.reference
    word = m["moved"] or m["moved_after"]
    if ref is None or word is None:
        return ref
    table = ctx.lex.tables["period_before" if m["moved"] else "period_after"]
    n = table.get(_key(word))
    if not isinstance(n, int):
        return None
    step = {"an": "year", "annee": "year", "year": "year", "mois": "month", "month": "month"}.get(unit)
    if step is None:
        return ref + dt.timedelta(days=7 * n) if unit in ("semaine", "week") else None
    return _shift(ref.replace(day=1), step, n)


#: "earlier"/"later" in a month or a year ("earlier this month", "later in the year") are its first/second half
#: (as Recognizers-Text resolves them); of a week, Monday-Wednesday / Thursday-Sunday, and in the reference date's
#: own week never past the day before it / never before it.
_PART_DAYS = {"early": (1, 10), "mid": (10, 19), "late": (21, 31), "whole": (1, 31), "first_half": (1, 14),
              "second_half": (15, 31), "earlier": (1, 15), "later": (16, 31)}
#: Parts of a week, as (first, last) weekday: "en début de semaine" is Monday-Tuesday.
_PART_WEEKDAYS = {"early": (0, 1), "mid": (2, 3), "late": (3, 6), "whole": (0, 6), "first_half": (0, 3),
                  "second_half": (4, 6), "earlier": (0, 2), "later": (3, 6)}
_PART_MONTHS = {"early": (1, 2), "mid": (6, 7), "late": (11, 12), "whole": (1, 12), "first_half": (1, 6),
                "second_half": (7, 12), "earlier": (1, 6), "later": (7, 12)}


@functools.cache
def _grain(lang: str, part: str) -> str:
    """'month' for a part of a year said as a named period of months ("premier semestre": ``month_grain_year_parts``
    in lang/<lang>/words.yaml, dfr36), else 'year'."""
    return "month" if part in (load(f"{lang}/words").get("month_grain_year_parts") or []) else "year"


def step_parts(ctx: _Context) -> None:
    """début septembre, mi-juin, fin 2025, early March, late 2025: the part as value..end_value."""
    lex = ctx.lex
    for m in ctx.find(lex.patterns["parts"]):
        start, end = part_span_start(ctx, m), m.end()  # "later in the day": "the day" (the claim keeps the whole)
        if not ctx.free(m.start(), end):
            continue
        part = str(lex.tables["parts"].get(_key(m["part"]).rstrip("-"), lex.tables["parts"].get(_key(m["part"]))))
        if part not in _PART_DAYS:
            continue
        if m["this"]:
            if ctx.reference is None:
                continue
            unit = fold(m["unit"])
            ref = _moved_reference(ctx, m, unit)
            if ref is None:
                continue
            if unit in ("semaine", "week", "journee", "day"):
                if unit in ("journee", "day"):
                    first = last = ref
                else:
                    lo, hi = _PART_WEEKDAYS[part]
                    if ref == ctx.reference and part == "earlier":  # "earlier this week": not past the day before
                        hi = min(hi, max(0, ref.weekday() - 1))
                    elif ref == ctx.reference and part == "later":  # "later this week": not before the reference
                        lo = max(lo, ref.weekday())
                    monday = ref - dt.timedelta(days=ref.weekday())
                    first, last = monday + dt.timedelta(days=lo), monday + dt.timedelta(days=hi)
                # a part of a week is that week, its days the range (TimeML: "earlier this week" = 2013-W12)
                day = unit in ("journee", "day")
                ctx.add(_mention(ctx, start, end, first, "day" if day else "week", "day_part" if day else "week_part",
                                 end_value=last, relative=True,
                                 explanation=f"{m.group()} -> {_show(first, 'day', last)}: {part} of the reference "
                                             f"date's {'day' if day else 'week'}"), m.start(), end)
                continue
            if unit in ("mois", "month"):
                lo, hi = _PART_DAYS[part]
                base = ref.replace(day=1)
                this = re.search(r"\b(?:ce|cet|cette|this)\b", m["this"], re.IGNORECASE) or m["moved"] \
                    or m["moved_after"]
                if lo < hi < ref.day and not this and _default_way(ctx, start, end) == "future":
                    base = _shift(base, "month", 1)  # "en début de mois" on the 12th, looking ahead: next month's
                first = base.replace(day=lo)
                last = base.replace(day=min(hi, calendar.monthrange(base.year, base.month)[1]))
                ctx.add(_mention(ctx, start, end, first, "month", "month_part", end_value=last, relative=True,
                                 explanation=f"{m.group()} -> {first}..{last}: {part} of the reference date's month"),
                        m.start(), end)
                continue
            lo, hi = _PART_MONTHS[part]
            first, last = dt.date(ref.year, lo, 1), _month_end(dt.date(ref.year, hi, 1))
            ctx.add(_mention(ctx, start, end, first, _grain(lex.lang, part), "year_part", end_value=last, relative=True,
                             explanation=f"{m.group()} -> {first}..{last}: {part} of the reference date's year"),
                    m.start(), end)
            continue
        if m["y2"]:
            year = int(m["y2"])
            lo, hi = _PART_MONTHS[part]
            value, last = dt.date(year, lo, 1), _month_end(dt.date(year, hi, 1))
            ctx.add(_mention(ctx, start, end, value, _grain(lex.lang, part), "year_part", end_value=last), start, end)
            continue
        month = _month(lex, m["m1"])
        if month is None:
            continue
        relative = False
        if m["y1"]:
            year = int(m["y1"])
            why = "written in full"
        else:
            picked = _pick_year(ctx, start, end, month, None)
            if picked is None:
                continue
            year, why, relative = picked[0].year, picked[1], True
        lo, hi = _PART_DAYS[part]
        first = dt.date(year, month, lo)
        last = dt.date(year, month, min(hi, calendar.monthrange(year, month)[1]))
        ctx.add(_mention(ctx, start, end, first, "month", "month_part", end_value=last, relative=relative,
                         confidence=1.0 if not relative else GUESSED_YEAR_CONFIDENCE,
                         explanation=f"{m.group()} -> {first.isoformat()}..{last.isoformat()} "
                                     f"({part.replace('_', ' ')} part of the month): "
                                     f"{why}"), start, end)


def step_months(ctx: _Context) -> None:
    """en mars, this September, cette décembre, juin prochain: a month without a year."""
    lex = ctx.lex
    opened: tuple[int, dt.date] | None = None  # (end, first day) of the last month read that opens a range
    for m in ctx.find(lex.patterns["month_alone"], "words"):
        groups = m.groupdict()
        group = next(g for g in ("m1", "m2", "m3", "m4") if groups.get(g))
        name = groups[group]
        start = m.start("mod") if m["mod"] else m.start(group)
        end = m.end()
        if not ctx.free(start, end) or ctx.reference is None:
            continue
        # the last end of a range that a month opens ("from June to August", "between January and March")
        closes = opened if opened and _month_link(lex.lang).fullmatch(ctx.text, opened[0], start) else None
        if group == "m4" and closes is None:
            continue  # "March", "May" after "to", "and" with no month opening a range: a verb, a name
        if m["m3"] and name[:1].isupper() and _NAME_BEFORE.search(ctx.text, max(0, start - 30), start):
            continue  # "Nguyen Thi Tuyet Mai", "June Carter": part of a name
        month = _month(lex, name)
        if month is None:
            continue
        ref = ctx.reference
        shift = None
        for word in (m["mod"], m["after"]):
            if word:
                key = _key(word)
                if key in ("ce", "cet", "cette", "this", "current"):
                    shift = 0
                elif key in ("prochain", "next", "suivant"):
                    shift = 1
                elif key in ("dernier", "last", "passe"):
                    shift = -1
        if shift == 0:
            value, why = dt.date(ref.year, month, 1), f"this year's month ({ref.year})"
        elif shift == 1:
            year = ref.year if month > ref.month else ref.year + 1
            value, why = dt.date(year, month, 1), "the next one after the reference date"
        elif shift == -1:
            year = ref.year if month < ref.month else ref.year - 1
            value, why = dt.date(year, month, 1), "the last one before the reference date"
        elif closes is not None:
            year = closes[1].year + (month <= closes[1].month)
            value, why = dt.date(year, month, 1), "the first one after the month that opens the range"
        else:
            picked = _pick_year(ctx, start, end, month, None)
            if picked is None:
                continue
            value, why = picked[0], picked[1]
        ctx.add(_mention(ctx, start, end, value, "month", "month", relative=True, confidence=GUESSED_YEAR_CONFIDENCE,
                         explanation=f"{ctx.text[start:end]} -> {value:%Y-%m}: {why}"), start, end)
        opens = _range_start(lex.lang).search(ctx.text, max(0, start - 16), start)
        opened = (end, value) if opens and not m["mod"] and not m["after"] else None


@functools.cache
def _range_start(lang: str) -> re.Pattern[str]:
    """A word that opens a range (``range_starts``: "from", "between") right before a month."""
    return re.compile(rf"(?<![^\W\d_])(?:{_alt(lexicon(lang).lists['range_starts'])})[^\S\n]+$", re.IGNORECASE)


@functools.cache
def _month_link(lang: str) -> re.Pattern[str]:
    """What joins the two months of a range: a dash or a ``range_links`` word ("to", "through", "and")."""
    return re.compile(rf"[^\S\n]*(?:[-–—]|[^\S\n](?:{_alt(lexicon(lang).lists['range_links'])}))[^\S\n]+",
                      re.IGNORECASE)


def step_seasons(ctx: _Context) -> None:
    """l'été 2016, cet hiver, summer 2024, last winter: a season with a year or a determiner (not "a été")."""
    for m in ctx.find(_season_pattern(ctx.lex.lang), "words"):
        start, end = m.span()
        if not ctx.free(start, end) or not (m["mod"] or m["y"]):
            continue
        (m1, d1), (m2, d2) = ctx.lex.tables["seasons"][_key(m["s"])]  # type: ignore[misc]

        def bounds(year: int, m1: int = m1, d1: int = d1, m2: int = m2, d2: int = d2) -> tuple[dt.date, dt.date]:
            return dt.date(year, m1, d1), dt.date(year + (m2 < m1), m2, d2)

        if m["y"]:
            first, last = bounds(int(m["y"]))
            why, relative = "written in full", False
        else:
            ref = ctx.reference
            if ref is None:
                continue
            spans = [bounds(y) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
            mod = _key(m["mod"] or "") + " " + _key(m["after"] or "")
            way = ("future" if re.search(r"prochain|next", mod) else "past" if re.search(r"dernier|last|passe", mod)
                   else None)
            current = [sp for sp in spans if sp[0] <= ref <= sp[1]]
            past = [sp for sp in spans if sp[1] < ref]
            future = [sp for sp in spans if sp[0] > ref]
            if way == "future" and len(future) > 1 and (future[0][0].year, future[0][0].month) == (ref.year, ref.month):
                # "next spring" on 12 March: the season already under way by its months (March to May) is "this
                # spring"; the next is a year on (TimeML 2009-SP), though the solstice or equinox is days ahead
                future = future[1:]
            this = re.match(r"(?:ce|cet|cette|this)\b", mod.strip())
            if way is None and current:
                first, last = current[0]
            elif way is None and this:  # "cet été" said in November: this year's summer
                first, last = bounds(ref.year)
            else:
                way = way or _default_way(ctx, start, end)
                if way not in ("past", "future"):
                    # no cue: the nearer season, a coming one counting FUTURE_COST times its distance
                    back, ahead = (ref - past[-1][1]).days, (future[0][0] - ref).days * FUTURE_COST
                    way = "future" if ahead < back else "past"
                first, last = future[0] if way == "future" else past[-1]
            why, relative = f"the season nearest the reference date {ref.isoformat()} that the words point to", True
        ctx.add(_mention(ctx, start, end, first, "month", "season", end_value=last, relative=relative,
                         explanation=f"{m.group()} -> {_show(first, 'day', last)}: {why}"), start, end)


_CAPITALISED_NEXT = re.compile(r"[^\S\n]+([A-ZÀ-ÖØ-Þ][^\W\d_]+)")


def _first_name(ctx: _Context, m: re.Match[str]) -> bool:
    """A one-word holiday, capitalised, followed by a capitalised word that is no date word: a first name."""
    word = m["h"]
    if m["y"] or " " in word.strip() or not word[:1].isupper():
        return False
    after = _CAPITALISED_NEXT.match(ctx.text, m.end())
    if after is None:
        return False
    key = _key(after.group(1))
    return key not in ctx.lex.months and key not in ctx.lex.weekdays and key not in ctx.lex.tables["holidays"]


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year, by the computus (the anonymous Gregorian algorithm)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_skips, leap_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    moon = (19 * golden + century - leap_skips - (century - moon_fix + 1) // 3 + 15) % 30
    week = (32 + 2 * leap_rest + 2 * (rest // 4) - moon - rest % 4) % 7
    shift = (golden + 11 * moon + 22 * week) // 451
    month, day = divmod(moon + week - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(rule: object, year: int) -> dt.date | None:
    """A holiday's date in ``year`` from its words.yaml rule: [month, day]; {easter: days after Easter
    Sunday}; {lunar_new_year: UTC offset} (``lunar``); {month, weekday (0 = Monday), nth (-1 = last)}."""
    if isinstance(rule, list):
        return _safe_date(year, int(rule[0]), int(rule[1]))
    if not isinstance(rule, dict):
        return None
    if "easter" in rule:
        return easter(year) + dt.timedelta(days=int(rule["easter"]))
    if "lunar_new_year" in rule:
        return lunar_new_year(year, int(rule["lunar_new_year"]))
    month, weekday, nth = int(rule["month"]), int(rule["weekday"]), int(rule["nth"])
    last = calendar.monthrange(year, month)[1]
    days = [d for d in range(1, last + 1) if dt.date(year, month, d).weekday() == weekday]
    return dt.date(year, month, days[nth - 1 if nth > 0 else nth]) if -len(days) <= nth <= len(days) and nth else None


def _movable(ctx: _Context, start: int, end: int, rule: object) -> DateMention | None:
    """A holiday whose day changes with the year, in the year the words point to (default: the past)."""
    ref = ctx.reference
    if ref is None:
        return None
    found = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := holiday_date(rule, y)) is not None]
    way = _default_way(ctx, start, end)
    if way == "past" and holiday_as_point(ctx, start, end):
        way = None  # "ahead of Thanksgiving", "Thanksgiving orders were": the sentence's tense is not the holiday's
    if way == "future":
        when = next((d for d in found if d >= ref), None)
    elif way == "past":
        when = next((d for d in reversed(found) if d <= ref), None)
    else:  # no tense: the nearer one, a future one at FUTURE_COST times its distance (as a year-less date)
        when = min(found, key=lambda d: (ref - d).days if d <= ref else (d - ref).days * FUTURE_COST, default=None)
    if when is None:
        return None
    return _mention(ctx, start, end, when, "day", "holiday", relative=True,
                    explanation=f"{ctx.text[start:end]} -> {when.isoformat()}: that holiday nearest the reference "
                                f"date {ref.isoformat()} that the tense points to")


def step_holidays(ctx: _Context) -> None:
    """Noël, la Toussaint, Christmas Eve, Pâques, Thanksgiving (with a year when written after it)."""
    for m in ctx.find(_holiday_pattern(ctx.lex.lang), "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        if _first_name(ctx, m):
            continue  # "Noël Dupont": a first name, not Christmas
        if _holiday_season(ctx, m.start(), m.end()) or (not m["y"] and _named_after(ctx, m.start())):
            ctx.claim(m.start(), m.end())  # "Christmas sales", "les fêtes de Noël": a season, not the day
            continue
        rule = ctx.lex.tables["holidays"][_key(m["h"])]
        if m["y"]:
            when = holiday_date(rule, int(m["y"]))
            mention = _mention(ctx, m.start(), m.end(), when, "day", "holiday") if when else None
        elif isinstance(rule, list):
            mention = _resolve_days(ctx, m.start(), m.end(), "holiday", (int(rule[1]), int(rule[0]), None, None))
        else:
            mention = _movable(ctx, m.start(), m.end(), rule)
        ctx.add(mention, m.start(), m.end())


_NEXT_WORD = re.compile(r"[^\S\n]+(?P<w>[^\W\d_]+)")


def _ordinal_of_a_noun(ctx: _Context, m: re.Match[str]) -> bool:
    """"announced on Tuesday the first generation of...": a spelled ordinal followed by a lower-case word that is
    no link of a date ("the first of May", "le premier à 10 h"; ``weekday_day_links``) qualifies that word; so does
    a number after a weekday and a comma."""
    comma = "," in ctx.text[m.end("wd1"):m.start("d1")]
    if any(c.isdigit() for c in m["d1"]) and not comma:
        return False
    nxt = _NEXT_WORD.match(ctx.text, m.end())
    # after a comma, a number the word it counts follows is a count ("Dimanche, 3 voitures ont brûlé", "Jeudi, 15
    # Français"), whatever its case
    if nxt is None or not (nxt["w"].islower() or comma):
        return False
    word = _key(nxt["w"])
    return word not in ctx.lex.numbers and word not in {_key(w) for w in ctx.lex.lists["weekday_day_links"]}


def step_weekday_day(ctx: _Context) -> None:
    """jeudi 15, Monday 21: the month (and year) where that day falls on that weekday, nearest the reference."""
    ref = ctx.reference
    if ref is None:
        return
    for m in ctx.find(ctx.lex.patterns["weekday_day"], "words"):
        start, end = m.span()
        if not ctx.free(start, end):
            continue
        weekday, day = _weekday(ctx.lex, m["wd1"]), _number(ctx.lex, m["d1"])
        if weekday is None or day is None or _ordinal_of_a_noun(ctx, m):
            continue
        way = _default_way(ctx, start, end)
        # a writer leaves the month out only for a day near the article: the previous, this or the next month
        # first ("reconduire la grève jusqu'à mardi 14" after "ont décidé" is this month's, not last year's)
        # (the future convention with no such day ahead nearby looks further: "Monday 21" ahead, in October; a past
        # cue does not: the day nearby is meant, the cue is another verb's)
        options = [d for k in range(-1, 2) if (b := _shift(ref.replace(day=1), "month", k))
                   and (d := _safe_date(b.year, b.month, day)) and d.weekday() == weekday]
        if not options or (way == "future" and max(options) < ref):
            options = [d for k in range(-13, 14) if (b := _shift(ref.replace(day=1), "month", k))
                       and (d := _safe_date(b.year, b.month, day)) and d.weekday() == weekday]
        if not options:
            continue
        past = [d for d in options if d <= ref]
        future = [d for d in options if d >= ref]
        if way == "present":  # "a lieu jeudi 15": the nearer one
            value = min(options, key=lambda d: abs((d - ref).days))
        elif way is None:  # no cue: the nearer one, a future one counting FUTURE_COST times its distance
            value = min(options, key=lambda d: (d - ref).days * FUTURE_COST if d > ref else (ref - d).days)
        else:
            value = (max(past) if past else min(future)) if way == "past" else (min(future) if future else max(past))
        ctx.add(_mention(ctx, start, end, value, "day", "weekday_day", relative=True, confidence=0.8,
                         explanation=f"{m.group()} -> {value.isoformat()}: the month where the {day} is that weekday, "
                                     f"{'before' if value <= ref else 'after'} the reference date {ref.isoformat()}"),
                start, end)


#: The month noun every match of ``relative_month_days`` holds (its ``rel_month``): a window without one holds no
#: match and is not scanned (``_Context.find``'s ``holds``); the pattern opens on "de", "du", "les", "from" (spd36).
_MONTH_NOUN = re.compile(r"mois|month", re.IGNORECASE)


def step_relative_month_days(ctx: _Context) -> None:
    """du 4 au 22 de ce mois, 4-23 mois prochain, from 4-23 in next month, le 15 du mois prochain."""
    ref = ctx.reference
    if ref is None:
        return
    for m in ctx.find(ctx.lex.patterns["relative_month_days"], "words", holds=_MONTH_NOUN):
        start, end = m.span()
        while start < end and ctx.text[start].isspace():
            start += 1
        if not ctx.free(start, end):
            continue
        rm = fold(m["rm"])
        if not m["d2"] and re.match(r"(?:de\s+)?mois", rm):
            continue  # "3 mois suivant" is a count; "4-23 mois prochain" is a range
        shift = (1 if re.search(r"prochain|suivant|next", rm)
                 else -1 if re.search(r"dernier|passe|precedent|last", rm) else 0)
        base = _shift(ref.replace(day=1), "month", shift)
        d1, d2 = _number(ctx.lex, m["d1"]), _number(ctx.lex, m["d2"])
        first = _safe_date(base.year, base.month, d1) if d1 else None
        last = _safe_date(base.year, base.month, d2) if d2 else None
        if first is None or (d2 and (last is None or last < first)):
            continue
        ctx.add(_mention(ctx, start, end, first, "day", "relative_month_days", end_value=last, relative=True,
                         end_start=m.start("d2") if d2 else None,
                         explanation=f"{ctx.text[start:end]} -> {_show(first, 'day', last)}: the month "
                                     f"{shift:+d} from the reference date {ref.isoformat()}"), start, end)
