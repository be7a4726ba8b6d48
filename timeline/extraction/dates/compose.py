"""Post-passes that compose two neighbouring mentions into the one date a reader sees.

* A year-less day or month followed by a relative year is that day of that year: "in May last year",
  "October of next year", "le 5 mai de l'année dernière", "en mars l'an prochain" (the year is the relative
  period's, the month and day the first mention's). Both stay mentions, as TimeML annotates them
  ("<October> of <next year>").
* A week named by its rank in a month or year, "the last week of March", "la première semaine de 2015": the
  week counts where its Thursday falls, as ISO 8601 weeks do; a week named by one of its days, "the week of
  April 10th", "la semaine du 10 avril": the week (Monday to Sunday) holding it. Rank words and the words
  around them are ``week_ordinals``, ``week_of_period`` and ``week_of_day`` in ``lang/<lang>/words.yaml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key, lexicon
from timeline.extraction.dates.patterns import _cue_patterns
from timeline.extraction.dates.resolve import _lean, _safe_date
from timeline.lang import load
from timeline.models import DateMention

#: Between a year-less date and the relative year that places it: "May last year", "October of next year",
#: "mai de l'année dernière", "5 March, last year".
_OF_YEAR = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:of|de|d['’])[^\S\n]*)?", re.IGNORECASE)


def _moved(m: DateMention, year: int) -> DateMention | None:
    value = _safe_date(year, m.value.month, m.value.day)
    if value is None:
        return None
    end_value = None
    if m.end_value is not None:
        end_value = _safe_date(year + (m.end_value.year - m.value.year), m.end_value.month, m.end_value.day)
        if end_value is None:
            return None
    return replace(m, value=value, end_value=end_value)


def merge_relative_years(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """"in May last year": May of the year before the reference date's (see module doc)."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.relative and prev.precision in ("day", "month")
                and m.rule in ("relative_period", "period_anchor") and m.precision == "year" and m.end_value is None
                and _OF_YEAR.fullmatch(ctx.text, prev.end, m.start)):
            moved = _moved(prev, m.value.year)
            if moved is not None:
                out[-1] = replace(moved, confidence=max(prev.confidence, m.confidence),
                                  explanation=f"{prev.text} -> {moved.value.isoformat()}: the year of '{m.text}' "
                                              "that follows it")
        out.append(m)
    return out


@functools.cache
def _quarter_before(lang: str) -> re.Pattern[str]:
    """"the first quarter of " right before a relative year (``quarters`` of the language)."""
    quarters = _alt(_accent_variants([str(k) for k in lexicon(lang).tables["quarters"]]))
    return re.compile(rf"(?<!{_WORD})(?:the[^\S\n]+)?(?P<q>{quarters})[^\S\n]+of[^\S\n]+$",
                      re.IGNORECASE)


def merge_quarter_years(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """"the first quarter of next year", "the third quarter of the year": the quarter of that year; both stay
    mentions, as for "<October> of <next year>"."""
    out: list[DateMention] = []
    for m in mentions:
        before = None
        if m.rule in ("relative_period", "period_anchor") and m.precision == "year" and m.end_value is None:
            before = _quarter_before(ctx.lex.lang).search(ctx.text, max(0, m.start - 40), m.start)
        if before is None or (out and out[-1].end > before.start()):
            out.append(m)
            continue
        q = int(ctx.lex.tables["quarters"][_key(before["q"])])  # type: ignore[arg-type]
        first = dt.date(m.value.year, 3 * q - 2, 1)
        last = (dt.date(m.value.year + q // 4, 3 * q % 12 + 1, 1) - dt.timedelta(days=1))
        start, end = before.start(), before.end("q")
        out.append(replace(m, start=start, end=end, text=ctx.text[start:end], value=first, end_value=last,
                           precision="month", rule="quarter",
                           explanation=f"{ctx.text[start:end]} -> {first.isoformat()}..{last.isoformat()}: "
                                       f"quarter {q} of {m.value.year}, the year of '{m.text}' that follows it"))
        out.append(m)
    return out


# ---- weeks named by their rank or by one of their days ---------------------------------------------------------


@functools.cache
def _week_patterns(lang: str) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    """(rank word -> n, "<rank> week of" right before a month or year, "the week of" right before a day)."""
    lex = lexicon(lang)
    own, alien = load(f"{lex.lang}/words"), load("en/words" if lex.lang == "fr" else "fr/words")
    ranks = {_key(str(k)): int(v) for data in (alien, own) for k, v in (data.get("week_ordinals") or {}).items()}
    of_period = [w for data in (own, alien) for w in data.get("week_of_period") or []]
    of_day = [w for data in (own, alien) for w in data.get("week_of_day") or []]
    rank = _alt(_accent_variants([str(k) for data in (own, alien) for k in data.get("week_ordinals") or {}]))
    before_period = re.compile(rf"(?<!{_WORD})(?:(?:the|la)\s+)?(?P<rank>{rank})\s+(?:{_alt(of_period)})\s*$",
                               re.IGNORECASE)
    before_day = re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(of_day))})\s+(?:(?:the|le)\s+)?$",
                            re.IGNORECASE)
    return ranks, before_period, before_day


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _ranked_week(first: dt.date, last: dt.date, n: int) -> dt.date | None:
    """Monday of the n-th (-1: last) week of [first, last], a week counting where its Thursday falls."""
    monday = _monday(first)
    if monday + dt.timedelta(days=3) < first:
        monday += dt.timedelta(days=7)
    mondays = []
    while monday + dt.timedelta(days=3) <= last:
        mondays.append(monday)
        monday += dt.timedelta(days=7)
    if not mondays or not -len(mondays) <= (n - 1 if n > 0 else n) < len(mondays):
        return None
    return mondays[n - 1 if n > 0 else n]


def _period_end(m: DateMention) -> dt.date:
    if m.precision == "year":
        return dt.date(m.value.year, 12, 31)
    nxt = dt.date(m.value.year + m.value.month // 12, m.value.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def merge_weeks(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """"the last week of March", "la première semaine de 2015" (a ranked week of a month or year) and "the week
    of April 10th", "la semaine du 10 avril" (the week holding a day) are weeks."""
    ranks, before_period, before_day = _week_patterns(ctx.lex.lang)
    out: list[DateMention] = []
    for m in mentions:
        lo = max(0, m.start - 40)
        week: tuple[int, dt.date, str, str] | None = None
        if m.end_value is None and m.precision in ("month", "year"):
            found = before_period.search(ctx.text, lo, m.start)
            if found:
                monday = _ranked_week(m.value, _period_end(m), ranks.get(_key(found["rank"]), 0))
                why = f"week '{found['rank']}' of '{m.text}'"
                week = (found.start(), monday, "ranked_week", why) if monday else None
        elif m.end_value is None and m.precision == "day" and m.time is None:
            found = before_day.search(ctx.text, lo, m.start)
            if found:
                week = (found.start(), _monday(m.value), "week_of_day", f"the week holding '{m.text}'")
        if week is None:
            out.append(m)
            continue
        start, monday, rule, why = week
        while out and out[-1].end > start:
            out.pop()  # "last week" read alone inside "the last week of March"
        words = ctx.text[start:m.end]
        out.append(replace(m, start=start, text=words, value=monday, precision="week", end_start=None, rule=rule,
                           explanation=f"{words} -> week of {monday.isoformat()}: {why}"))
    return out


# ---- a weekday or a day named by its rank in a month: "the first Friday of July", "the 15th day of June" ---------


@functools.cache
def _rank_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """("<rank> <weekday> of" right before a month, "the <n>th day of" right before a month)."""
    lex = lexicon(lang)
    own, alien = load(f"{lex.lang}/words"), load("en/words" if lex.lang == "fr" else "fr/words")
    rank = _alt(_accent_variants([str(k) for data in (own, alien) for k in data.get("week_ordinals") or {}]))
    of = r"(?:of|in|de|d['’]|du[^\S\n]+mois[^\S\n]+(?:de|d['’]))"
    weekday = re.compile(rf"(?<!{_WORD})(?:(?:the|le)[^\S\n]+)?(?P<rank>{rank})[^\S\n]+(?P<wd>{_WORD}+)[^\S\n]+{of}"
                         rf"[^\S\n]*$", re.IGNORECASE)
    day = re.compile(rf"(?<!{_WORD})(?:(?:the|le)[^\S\n]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th|e|er|ème)?"
                     rf"|{_WORD}+(?:[-\s]{_WORD}+)?)[^\S\n]+(?:day|jour)[^\S\n]+{of}[^\S\n]*$", re.IGNORECASE)
    return weekday, day


def _nth_weekday(first: dt.date, weekday: int, n: int) -> dt.date | None:
    """The n-th (-1: last) given weekday of ``first``'s month."""
    days = [d for i in range(31) if (d := first + dt.timedelta(days=i)).month == first.month and d.weekday() == weekday]
    return days[n - 1 if n > 0 else n] if days and -len(days) <= (n - 1 if n > 0 else n) < len(days) else None


def _rule_of_every_year(ctx: _Context, rank: tuple[int, int], month: DateMention) -> bool:
    """Whether a weekday ranked in a year-less month stands in a sentence with no tense or cue but the present ("the
    fiscal year ends on the last Saturday of June", "le marché se tient le premier samedi de juin"): a rule
    that recurs. The rank is no tense cue here ("dernier", "last" rank the weekday), so it is blanked for the look."""
    a, b = rank
    blank = replace(ctx, text=ctx.text[:a] + " " * (b - a) + ctx.text[b:], low=None, gate=None)
    if _lean(blank, month.start, month.end) not in (None, "present"):
        return False
    lo, hi = ctx.window(a, month.end)  # a future in the first person is a day ahead ("Je reviendrai premier vendredi")
    return not any(p.search(ctx.text, lo, hi) for way, p in _cue_patterns(ctx.lex.lang) if way == "speech_future")


def merge_ranked_days(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """"the first Friday of July", "le dernier lundi de mai" (a weekday by its rank in a month), "the 15th day of
    June", "the third day of next month" (a day by its number in a month): days (see ``week_ordinals``)."""
    by_rank, by_number = _rank_patterns(ctx.lex.lang)
    ranks, _, _ = _week_patterns(ctx.lex.lang)
    out: list[DateMention] = []
    for m in mentions:
        if m.precision != "month" or m.end_value is not None:
            out.append(m)
            continue
        lo = max(0, m.start - 48)
        day: dt.date | None = None
        found = by_rank.search(ctx.text, lo, m.start)
        if found and _key(found["wd"]) in ctx.lex.weekdays and _key(found["rank"]) in ranks:
            day = _nth_weekday(m.value, ctx.lex.weekdays[_key(found["wd"])], ranks[_key(found["rank"])])
        elif (found := by_number.search(ctx.text, lo, m.start)) is not None:
            digits = re.match(r"\d+", found["n"])
            n = int(digits.group()) if digits else ctx.lex.numbers.get(_key(found["n"]))
            day = _safe_date(m.value.year, m.value.month, n) if n else None
        if found is None or day is None:
            out.append(m)
            continue
        start = found.start()
        while out and out[-1].end > start:
            out.pop()  # "last Monday", "Friday" read alone inside "the last Monday of May"
        if found.groupdict().get("wd") and m.rule == "month" and _rule_of_every_year(ctx, found.span("rank"), m):
            continue  # "the fiscal year ends on the last Saturday of June": a rule of every year, no date (TimeML: X)
        words = ctx.text[start:m.end]
        out.append(replace(m, start=start, text=words, value=day, precision="day", rule="ranked_day",
                           explanation=f"{words} -> {day.isoformat()}: in '{m.text}'"))
    return out


# ---- "between now and May 21", "entre le 22 janvier et maintenant": a range from or to the reference date ------


@functools.cache
def _now_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """("between now and" right before a day, "and now" right after one that follows "between")."""
    now = _alt(_accent_variants([w for code in (lang, "fr" if lang == "en" else "en")
                                 for w in load(f"{code}/words").get("now_words") or []]))
    starts = r"(?:between|from|entre|de)"
    links = r"(?:and|until|till|to|through|et|à|a|jusqu['’]?(?:au|à|a))"
    before = re.compile(rf"(?<!{_WORD}){starts}[^\S\n]+(?:{now})[^\S\n]+{links}[^\S\n]+(?:(?:the|le)[^\S\n]+)?$",
                        re.IGNORECASE)
    after = re.compile(rf"[^\S\n]+(?:and|et)[^\S\n]+(?:{now})(?!{_WORD})", re.IGNORECASE)
    return before, after


_BETWEEN = re.compile(r"(?<![^\W\d_])(?:between|entre)[^\S\n]+(?:(?:the|le)[^\S\n]+)?$", re.IGNORECASE)


def merge_now_ranges(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """A day with "now" at the other end is the range between it and the reference date."""
    ref = ctx.reference
    if ref is None:
        return mentions
    before, after = _now_patterns(ctx.lex.lang)
    out: list[DateMention] = []
    for i, m in enumerate(mentions):
        if m.precision != "day" or m.end_value is not None or m.time is not None:
            out.append(m)
            continue
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(ctx.text)
        lead = before.search(ctx.text, max(0, m.start - 40), m.start)
        tail = None if lead else after.match(ctx.text, m.end, limit)
        if lead and m.value > ref:
            start, end, first, last, end_start = lead.start(), m.end, ref, m.value, m.start
        elif tail and m.value < ref and (opening := _BETWEEN.search(ctx.text, max(0, m.start - 16), m.start)):
            end_start = tail.end() - len(tail.group().split()[-1])
            start, end, first, last = opening.start(), tail.end(), m.value, ref
        else:
            out.append(m)
            continue
        words = ctx.text[start:end]
        out.append(replace(m, start=start, end=end, text=words, value=first, end_value=last, end_start=end_start,
                           rule="range_now", explanation=f"{words} -> {first.isoformat()}..{last.isoformat()}: "
                                                          f"'now' is the reference date"))
    return out


# ---- a weekday written before its full date: "Friday, 7/13/2018", "le samedi 23/06/18" ---------------------------

_WEEKDAY_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*")
_NAMED_RULES = frozenset({"numeric_date", "numeric_day_month", "day_month_year", "range_numeric"})


def merge_weekday_dates(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """A bare weekday right before a date in figures names that date: one mention, the weekday a check (a weekday
    that does not match lowers the confidence, as in the calendar rows). So does a weekday with its trailing words
    (``weekday_date_trailers``: "mardi prochain, le 8 décembre", "ce dimanche matin 1er mai") before a day written
    with its month (round thirty-four, ``_trailed_weekday_date``)."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.rule == "weekday" and prev.time is None and m.rule in _NAMED_RULES
                and _key(prev.text) in ctx.lex.weekdays and _WEEKDAY_GAP.fullmatch(ctx.text, prev.end, m.start)):
            words = ctx.text[prev.start:m.end]
            matches = ctx.lex.weekdays[_key(prev.text)] == m.value.weekday()
            out[-1] = replace(m, start=prev.start, text=words, end_start=m.end_start,
                              confidence=m.confidence if matches else min(m.confidence, 0.5),
                              explanation=f"{m.explanation}; the weekday '{prev.text}' "
                                          f"{'matches' if matches else 'does not match'}")
            continue
        joined = _trailed_weekday_date(ctx, prev, m) if prev is not None else None
        if joined is not None:
            out[-1] = joined
            continue
        out.append(m)
    return out


#: The rules of a day written with its number and month ("8 décembre", "1er mai 2022"), no range.
_DAY_MONTH_RULES = frozenset({"day_month", "day_month_year"})


@functools.cache
def _weekday_trailers(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """(a weekday, a demonstrative before it and its ``weekday_date_trailers`` after it, the whole of a mention's
    words; the gap to a day after it: blanks, a comma, an ``apposition_day_before`` word)."""
    words = load(f"{lang}/words")
    trailers = [str(w) for w in words.get("weekday_date_trailers") or []]
    before = _alt(_accent_variants([str(w) for w in words.get("apposition_day_before") or []])) or "(?!)"
    gap = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:(?:{before})[^\S\n]+)?", re.IGNORECASE)
    if not trailers:
        return None, gap
    demonstratives = _alt(_accent_variants([str(w) for w in words.get("weekday_date_demonstratives") or []]))
    names = _alt(_accent_variants(list(words.get("weekdays") or {})))
    lead = rf"(?:(?:{demonstratives})[^\S\n]+)?" if demonstratives else ""
    whole = re.compile(rf"{lead}(?P<wd>{names})(?:[^\S\n]+(?:{_alt(_accent_variants(trailers))}))*",
                       re.IGNORECASE)
    return whole, gap


def _trailed_weekday_date(ctx: _Context, prev: DateMention, m: DateMention) -> DateMention | None:
    """One mention for a weekday read with its trailing words and the day written right after it ("mardi prochain,
    le 8 décembre"; "ce dimanche matin 1er mai"), or None. The day's words say which day: the weekday's reading when
    it falls on that day and month (its own tense or "prochain" chose the year), else the day's own; a weekday that
    falls on neither lowers the confidence. The part of the day the weekday carried stays the day's."""
    whole, gap = _weekday_trailers(ctx.lex.lang)
    if (whole is None or prev.rule != "weekday" or prev.end_value is not None or m.rule not in _DAY_MONTH_RULES
            or m.precision != "day" or m.end_value is not None or m.start < prev.end
            or not gap.fullmatch(ctx.text, prev.end, m.start)):
        return None
    read = whole.fullmatch(prev.text)
    if read is None or _key(read["wd"]) not in ctx.lex.weekdays:
        return None
    weekday = ctx.lex.weekdays[_key(read["wd"])]
    same_day = (prev.value.month, prev.value.day) == (m.value.month, m.value.day)
    value = prev.value if same_day else m.value
    matches = value.weekday() == weekday
    note = f"the weekday '{prev.text}' {'matches' if matches else 'does not match'}"
    if value != m.value:
        note += f", its year -> {value.isoformat()}"
    return replace(m, start=prev.start, text=ctx.text[prev.start:m.end], value=value, time=m.time or prev.time,
                   confidence=m.confidence if matches else min(m.confidence, 0.5),
                   explanation=f"{m.explanation}; {note}")
