"""Resolution: the year of a year-less date and the side of a bare weekday (``_lean``, ``_pick_year``), shifts
by a unit, ranges of days, the anchors' placeholders ("la veille", "the next day"; resolved in ``anaphora``) and
ranges joined after the cascade."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from timeline.extraction.dates.agent_participles import agent_elsewhere
from timeline.extraction.dates.conditions import conditioned
from timeline.extraction.dates.context import _Context, _mention, _show
from timeline.extraction.dates.cuescan import Found, cue_matches, silent
from timeline.extraction.dates.lexicon import Lexicon, _accent_variants, _alt, _key, lexicon
from timeline.extraction.dates.named_days import named_year
from timeline.extraction.dates.near_bounds import near_day
from timeline.extraction.dates.near_days import near_ahead, near_behind
from timeline.extraction.dates.object_ahead import object_ahead
from timeline.extraction.dates.patterns import (
    _JOIN,
    _JOIN_BETWEEN,
    _JOIN_START,
    _cue_patterns,
)
from timeline.extraction.dates.schedule import (
    after_modal,
    after_passive,
    gapped_conjunct,
    participle_near,
)
from timeline.extraction.dates.set_leans import set_lean, settled
from timeline.extraction.dates.speech import in_speech
from timeline.lang import load
from timeline.models import DateMention

#: In news, with no cue, a year-less date is more often past than future: a future candidate
#: counts this many times its distance in days. 2 keeps "mi-janvier" in an article of
#: 20 December in the next January, and "mars" in the past March.
FUTURE_COST = 2.0

#: Confidence of a year-less date whose year came from the reference date.
GUESSED_YEAR_CONFIDENCE = 0.85
#: Confidence of a year-less date whose written weekday confirms the year.
WEEKDAY_CONFIRMED_CONFIDENCE = 0.95
#: Confidence when a written weekday matches no candidate year.
WEEKDAY_MISMATCH_CONFIDENCE = 0.5
#: Confidence of "le 23" (month and year both from the reference date).
DAY_ALONE_CONFIDENCE = 0.6


# ---------------------------------------------------------------------------------------
# Resolving year-less dates and weekdays
# ---------------------------------------------------------------------------------------


def _lean(ctx: _Context, start: int, end: int, year_less: bool = False) -> str | None:
    """'past', 'future', 'present' (the nearer date, no lean: "a lieu", "takes place") or None: the nearest tense
    or cue word in the mention's sentence.

    Cue words ("dernier", "se tiendra", "will", "last") and tenses (French future and
    conditional endings, passé composé; English simple past) count; reporting verbs ("a
    déclaré", "said") tell when something was said, not when the event is, and are skipped. For the year of a
    year-less date (``year_less``), a past verb of announcing or asking with its object before the date is skipped
    too (dates/object_ahead.py).
    """
    fixed = set_lean(ctx, start, end)
    if fixed is not None:
        return fixed
    lo, hi = ctx.window(start, end)
    words, hi = _cue_words(ctx, lo, end, hi)
    clauses = _relative_clauses(ctx, lo, hi)
    inside = next(((a, b) for a, b in clauses if a <= start and end <= b), None)
    best: tuple[float, str] | None = None
    before: tuple[float, str, int] | None = None  # the nearest tense cue before the mention (distance, kind, its end)
    # (round twenty-nine, wk29: preferring it to a nearer cue after the date when a few plain words stand between,
    # "opened a consultation on Monday on plans to", broke a written test half's dates floor and was dropped)
    best_after = False  # whether the best cue follows the mention
    cues = _cue_patterns(ctx.lex.lang)
    quiet = silent(_tenses(ctx.lex.lang), ctx.text, ctx.low, lo, hi)  # the tense patterns with no match in the window
    for way, pattern in cues:
        if id(pattern) in quiet:
            continue
        for m in words if way == "words" and words is not None else cue_matches(pattern, ctx.text, ctx.low, lo, hi):
            if m.start() >= start and m.end() <= end:
                distance = -1  # a cue inside the mention itself ("mardi dernier") wins
            else:
                # (at the same distance, the cue before wins: "fighting that erupted Sunday is expected to...",
                # "le texte voté mardi sera appliqué": the verb the date follows is its own)
                distance = start - m.end() if m.end() <= start else m.start() - end + 0.5
                if distance < 0:
                    continue  # overlaps the mention partly: a date word, not a cue
            if best is not None and distance >= best[0]:
                # no nearer than the best so far (what is added below only adds): it cannot win, and after the date
                # neither can the pattern's later matches, which lie farther
                if m.start() >= end:
                    break
                if distance < 0 or (before is not None and distance >= before[0]):
                    continue  # (a cue before the date is still read when it is the nearest before)
            kind = m.lastgroup if way == "words" else way
            if kind == "report" or kind is None:
                continue
            if kind == "speech_future":
                if not in_speech(ctx.lex.lang, ctx.text, m.start(), m.end()):
                    continue  # "Je reviendrai vendredi" alone: an assistant's request, the convention's
                kind = "future"  # "« Je partirai lundi », a confié l'entraîneur"
            if kind == "past":
                kind = _past_read(ctx, m.start())
            elif kind == "present" and after_modal(ctx.lex.lang, ctx.text, m.start(), right_before=True):
                kind = "future"  # "the election will take place in October": a present cue after a modal
            if kind == "past" and (agent_elsewhere(ctx.lex.lang, ctx.text, m.end(), start)
                                   or (year_less and object_ahead(ctx.lex.lang, ctx.text, m.start(), m.end(), start))):
                continue  # a participle ("charges caused by the fault"), an announcing ("a annoncé lundi ... le 7 mai")
            held = next(((a, b) for a, b in clauses if a <= m.start() < b), None)
            if held != inside:
                continue  # "mars, qui devraient être affinés, confirment": the tense of another clause
            if distance > 0 and m.start() >= end:
                if _next_clause(ctx.lex.lang, ctx.text, end, m.start()):
                    distance += _FAR  # "a battu Reims dimanche et affrontera Sedan samedi": the next verb's tense
                if _INCISE.search(ctx.text, m.start(), m.end()):
                    continue  # "recevra les élus mardi, a-t-il ajouté": the saying's tense, not the date's
                if conditioned(ctx.lex.lang, ctx.text, end, m.start()):
                    continue  # "would strike from June 18 unless the company improved": a condition's mood
            if distance > 0 and _quoted_apart(ctx.text, *((end, m.start()) if m.start() >= end else (m.end(), start))):
                continue  # '"We will not give in," she told the press on Tuesday': the quote's tense
            if _NEGATED.search(ctx.text, max(0, m.start() - 5), m.start()):
                continue  # "un point presse non prévu": an adjective denied, no tense
            if m.end() <= start and kind in ("past", "future") and (before is None or distance < before[0]):
                before = (distance, kind, m.end())
            if best is None or distance < best[0]:
                best, best_after = (distance, kind), m.start() >= end
    if best is not None and best_after and best[1] == "future" and before is None \
            and participle_near(ctx.lex.lang, ctx.text, start):
        best = (best[0], "past")  # "les listes arrivées en tête jeudi pourront": the participle's phrase, a deed done
    return settled(ctx, start, best)


def _past_read(ctx: _Context, pos: int) -> str:
    """The way a past cue at ``pos`` points: 'future' after a modal or in a gapped conjunct ("would keep banks
    closed", "will be held": a state ahead, no simple past), 'present' after a present or an infinitive of "be" ("to
    be settled on March 12", "is reported officially in May": a passive, the nearer date), else 'past'."""
    lang, text = ctx.lex.lang, ctx.text
    if after_modal(lang, text, pos) or gapped_conjunct(lang, text, pos):
        return "future"
    return "present" if after_passive(lang, text, pos) else "past"


@functools.cache
def _tenses(lang: str) -> tuple[re.Pattern[str], ...]:
    """The tense patterns of ``_cue_patterns`` (all but the cue words, which ``_cue_words`` scans)."""
    return tuple(pattern for way, pattern in _cue_patterns(lang) if way != "words")


def _cue_words(ctx: _Context, lo: int, end: int, hi: int) -> tuple[list[Found] | list[re.Match[str]] | None, int]:
    """(the cue words' matches in [lo, hi), or None when a reporting verb after the date cuts the window; the
    window's end): "on Wednesday, the minister said the summit will...": what follows a reporting verb is the
    reported speech, whose tense is not the date's.

    The scan from ``lo`` holds the one from ``end`` (its matches from there) when none of its matches runs across
    ``end`` (``cuescan.cue_matches`` reads a position the same way from either start); else ``end``'s is its own."""
    pattern = _cue_patterns(ctx.lex.lang)[0][1]
    words = list(cue_matches(pattern, ctx.text, ctx.low, lo, hi))
    if any(m.start() < end < m.end() for m in words):
        after: Iterable[Found | re.Match[str]] = cue_matches(pattern, ctx.text, ctx.low, end, hi)
    else:
        after = (m for m in words if m.start() >= end)
    for m in after:
        if m.lastgroup == "report":
            return None, m.start()
    return words, hi


@functools.cache
def _until(lang: str, key: str = "future_right_before") -> re.Pattern[str]:
    """"jusqu'à", "à partir de" right before a date (``future_right_before``): a bound that points ahead; with
    ``future_bound_before``, "pour", "d'ici": a term ahead (read by ``schedule.schedule_ahead``)."""
    words = _alt(_accent_variants(lexicon(lang).lists[key])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]*(?:(?:le|la|l['’])[^\S\n]*)?$", re.IGNORECASE)


#: Added to the distance of a cue that follows the mention across a coordinator (``clause_links``): any cue of the
#: mention's own clause, before it, is nearer.
_FAR = 100_000


@functools.cache
def _clause_link(lang: str) -> re.Pattern[str] | None:
    """A coordinator of ``clause_links`` not joining two dates ("Monday and Tuesday will", "lundi et mardi", "4 and
    5 December": a day number, a weekday or a month right after it is the list's next member, no next clause)."""
    own = load(f"{lang}/words")
    words = list(own.get("clause_links") or [])
    names = _alt(_accent_variants([str(k) for key in ("months", "weekdays") for k in own.get(key) or {}]))
    return re.compile(rf"(?<![^\W\d_])(?:{_alt(_accent_variants(words))})(?![^\W\d_])"
                      rf"(?![^\S\n]+(?:\d|(?:{names})(?![^\W\d_])))", re.IGNORECASE) if words else None


def _next_clause(lang: str, text: str, start: int, end: int) -> bool:
    """Whether a coordinator (``clause_links``: "et", "puis", "mais") stands in ``text[start:end]``."""
    pattern = _clause_link(lang)
    return pattern is not None and pattern.search(text, start, end) is not None


#: A quotation mark between a date and a cue: one is quoted, the other is not.
_QUOTE = re.compile(r"[«»“”]")


def _quoted_apart(text: str, lo: int, hi: int) -> bool:
    """Whether a quotation's edge stands in ``text[lo:hi]``: a curly or angle mark, or an odd number of straight
    double quotes (which open and close alike)."""
    return bool(_QUOTE.search(text, lo, hi)) or text.count('"', lo, hi) % 2 == 1


#: An inverted verb of a reporting incise ("a-t-il ajouté", "ont-ils indiqué"): a past only for a date after it.
_INCISE = re.compile(r"-(?:t-)?(?:il|elle|on|ils|elles)\b", re.IGNORECASE)


_NEGATED = re.compile(r"(?<![^\W\d_])non[^\S\n]*-?[^\S\n]*$", re.IGNORECASE)


def _relative_clauses(ctx: _Context, lo: int, hi: int) -> list[tuple[int, int]]:
    """[start, end) of each relative clause in [lo, hi): from ", qui" / ", which" (``clause_openers``) to the next
    comma, semicolon or dash, else ``hi``."""
    opener = _clause_opener(ctx.lex.lang)
    out = []
    for m in opener.finditer(ctx.text, lo, hi):
        close = _CLAUSE_END.search(ctx.text, m.end(), hi)
        out.append((m.start(), close.start() if close else hi))
    return out


_CLAUSE_END = re.compile(r"[,;–—]|\s-\s")


@functools.cache
def _clause_opener(lang: str) -> re.Pattern[str]:
    words = _alt(_accent_variants(lexicon(lang).lists["clause_openers"]))
    return re.compile(rf",[^\S\n]*(?:{words})(?![^\W\d_])", re.IGNORECASE)


def _default_way(ctx: _Context, start: int, end: int, year_less: bool = False) -> str | None:
    way = _lean(ctx, start, end, year_less)
    if way is None and ctx.options.bare_weekday == "future":
        return "future"
    return way


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick_year(ctx: _Context, start: int, end: int, month: int, day: int | None,
               weekday: int | None = None, span_days: int = 0) -> tuple[dt.date, str, float] | None:
    """The year of a year-less date: (date, explanation, confidence), or None without a reference."""
    ref = ctx.reference
    if ref is None:
        return None
    named = named_year(ctx.lex.lang, ctx.text, start, end, month, day)
    if named is not None and (when := _safe_date(named, month, day or 1)) is not None:
        return when, f"the year of the happening the day names ({named})", GUESSED_YEAR_CONFIDENCE  # "Sept. 11 attacks"
    way = None if ctx.reference_guessed else _default_way(ctx, start, end, True)  # a guessed reference: the nearest
    if way in (None, "present") and day is not None and not ctx.reference_guessed and _until(
            ctx.lex.lang, "schedule_present_before").search(ctx.text, max(0, start - 28), start):
        way = "future"  # "the rules take effect Jan. 1", "early voting starts Oct. 22": a schedule ahead
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        when = _safe_date(year, month, day or 1)
        if when is not None:
            candidates.append(when)
    if (month, day) == (2, 29):  # the nearest leap years, before and after
        candidates = [d for y in range(ref.year - 4, ref.year + 5) if (d := _safe_date(y, 2, 29))]
    if not candidates:
        return None

    def cost(when: dt.date) -> float:
        # a month (or range) containing the reference date is at distance 0
        last = when + dt.timedelta(days=span_days) if day else _month_end(when)
        if when <= ref <= last:
            return 0.0
        if last < ref:
            return float((ref - last).days) + (1e6 if way == "future" else 0.0)
        return (when - ref).days * (1.0 if way in ("future", "present") else FUTURE_COST) \
            + (1e6 if way == "past" else 0.0)

    ranked = sorted(candidates, key=cost)
    chosen = ranked[0]
    near = near_day(ctx, start, end, ranked, way) if day is not None else None
    ahead = near_ahead(ctx, start, end, ranked, way) if day is not None and near is None else None
    behind = near_behind(ctx, start, end, ranked, way, day is None) if near is None and ahead is None else None
    if near is not None:
        chosen, way = near, None
    elif ahead is not None:  # "was sent off and faces a hearing on 8 December": a day weeks ahead, not a year back
        chosen, way = ahead, "near"
    elif behind is not None:  # "was scheduled to unveil on July 3" on 8 July: just gone, not a year ahead
        chosen, way = behind, "behind"
    lean = {"future": "; pushed forward by a future cue or convention", "past": "; pushed back by a past cue",
            "near": "; a few weeks ahead: the past cue is another conjunct's",
            "behind": "; just gone: a future cue would send it a year ahead"}.get(way or "", "")
    why = f"year from the reference date {ref.isoformat()}{lean}"
    confidence = GUESSED_YEAR_CONFIDENCE
    if weekday is not None and day is not None:
        if chosen.weekday() == weekday:
            why += "; the weekday matches"
            confidence = WEEKDAY_CONFIRMED_CONFIDENCE
        else:
            matching = [c for c in ranked if c.weekday() == weekday]
            if matching:
                chosen = matching[0]
                why += f"; {chosen.year} taken because the weekday matches"
                confidence = WEEKDAY_CONFIRMED_CONFIDENCE
            else:
                why += "; the written weekday matches no nearby year"
                confidence = WEEKDAY_MISMATCH_CONFIDENCE
    return chosen, why, confidence


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _weekday_date(ref: dt.date, weekday: int, way: str, shift: int | None = None) -> dt.date:
    """The weekday nearest ``ref``: 'past' on or before it, 'future' strictly after it.

    ``shift`` -1/+1 is a written "dernier"/"prochain" (strictly before/after); 0 is "ce samedi":
    with ``way`` 'past' (a past tense: "est décédé ce lundi") on or before it, 'future' on or after it,
    else ('present', no cue) the nearer of the two, ties to the past.
    """
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7 or 7
    if shift == -1:
        return ref - dt.timedelta(days=back or 7)
    if shift == 1:
        return ref + dt.timedelta(days=ahead)
    if shift == 0:
        if way == "future":
            return ref + dt.timedelta(days=ahead % 7)
        if way == "past":
            return ref - dt.timedelta(days=back)
        return ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back) if way == "past" else ref + dt.timedelta(days=ahead)


# ---------------------------------------------------------------------------------------
# Steps
# ---------------------------------------------------------------------------------------


def _number(lex: Lexicon, word: str | None) -> int | None:
    if not word:
        return None
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    value = lex.numbers.get(_key(word))
    return int(value) if isinstance(value, int) else None


def _month(lex: Lexicon, word: str | None) -> int | None:
    return lex.months.get(_key(word)) if word else None


def _weekday(lex: Lexicon, word: str | None) -> int | None:
    return lex.weekdays.get(_key(word)) if word else None


def _two_digit_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _numeric_day_month(lex: Lexicon, a: int, b: int) -> tuple[int, int] | None:
    """(day, month) of two numbers: day first unless the language says month first and it can be."""
    if lex.day_first or a > 12:
        day, month = a, b
    else:
        day, month = b, a
    if b > 12 and a <= 12:
        day, month = b, a
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return day, month


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    if unit in ("hour", "minute"):  # whole days only: "in 48 hours" is two days on, "in 5 minutes" the same day
        return day + dt.timedelta(days=int(n / (24 if unit == "hour" else 1440)))
    if unit == "quarter":
        unit, n = "month", 3 * n
    if unit == "weekend":
        unit = "week"
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    months = day.year * 12 + day.month - 1 + (n if unit == "month" else 12 * n)
    year, month = divmod(months, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


Day = tuple[int, int, int | None, int | None]
"""(day, month, year or None, written weekday or None)."""


def _resolve_days(ctx: _Context, start: int, end: int, rule: str, first: Day, second: Day | None = None,
                  end_start: int | None = None) -> DateMention | None:
    """One day or a range of days (``end_start``: where its last day is written); the year of a year-less one
    from the reference date."""
    d1, m1, y1, wd1 = first
    text = ctx.text[start:end]
    confidence = 1.0
    relative = False
    if y1 is not None:
        value = _safe_date(y1, m1, d1)
        if value is None:
            return None
        why = "written in full"
        if wd1 is not None:
            if value.weekday() == wd1:
                why += "; the weekday matches"
            else:
                why += "; the written weekday does not match"
                confidence = WEEKDAY_MISMATCH_CONFIDENCE
    else:
        span = 0
        if second is not None:
            probe = _safe_date(2000, second[1], second[0])
            base = _safe_date(2000, m1, d1)
            if probe and base:
                span = (probe - base).days % 366
        picked = _pick_year(ctx, start, end, m1, d1, wd1, span)
        if picked is None:
            return None
        value, why, confidence = picked
        relative = True
    end_value = None
    if second is not None:
        d2, m2, y2, wd2 = second
        year = y2 if y2 is not None else value.year
        end_value = _safe_date(year, m2, d2)
        if end_value is None:
            return None
        if end_value < value and y2 is None:
            end_value = _safe_date(year + 1, m2, d2)
        if end_value is None or end_value < value:
            return None
        if wd2 is not None and end_value.weekday() != wd2:
            confidence = min(confidence, WEEKDAY_MISMATCH_CONFIDENCE)
    explanation = f"{text} -> {_show(value, 'day', end_value)}: {why}"
    return _mention(ctx, start, end, value, "day", rule, end_value=end_value, confidence=confidence,
                    explanation=explanation, relative=relative, end_start=end_start)


def _anchor_placeholder(ctx: _Context, start: int, end: int, days: int, rule: str) -> DateMention:
    """A mention resolved later against the previous date of its story (value is a placeholder)."""
    return DateMention(text=ctx.text[start:end], start=start, end=end, value=dt.date(2000, 1, 1), precision="day",
                       rule=rule, confidence=float(days), explanation="", relative=True)


ANCHOR_SAME = "same"
"""Value of an anchor word meaning the very day of the previous date ("le même jour", "that day")."""
ANCHOR_END = "end"
"""Value of an anchor word meaning the last day of the previous range ("on the closing day")."""


def _month_of_day(ctx: _Context, start: int, end: int, day: int, span_days: int = 0) -> dt.date | None:
    """The date of a bare day number ("le 23"): in the reference date's month or a neighbour, by the cues."""
    ref = ctx.reference
    if ref is None:
        return None
    way = _default_way(ctx, start, end)
    options = [when for k in (-1, 0, 1) if (base := _shift(ref.replace(day=1), "month", k))
               and (when := _safe_date(base.year, base.month, day))]

    def cost(when: dt.date) -> float:
        last = when + dt.timedelta(days=span_days)
        if when <= ref <= last:
            return 0.0
        if last < ref:
            return (ref - last).days + (1e6 if way == "future" else 0)
        return (when - ref).days * (1 if way in ("future", "present") else FUTURE_COST) + (1e6 if way == "past" else 0)

    return min(options, key=cost) if options else None


def _join_ranges(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """Two days linked by "au", "to", "-" become one range ("aujourd'hui jusqu'à demain", "12 janvier - 22/01")."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        lead = _JOIN_START.search(ctx.text, max(0, prev.start - 12), prev.start) if prev else None
        link = _JOIN_BETWEEN if lead and re.match(r"(?i)between|entre", lead.group()) else _JOIN
        if (prev is not None and prev.rule == m.rule == "weekday" and prev.end_value is None
                and (m.value - prev.value).days == 1 and _JOIN_BETWEEN.fullmatch(ctx.text, prev.end, m.start)):
            link = _JOIN_BETWEEN  # "se réuniront jeudi et vendredi": two days in a row are one range
        if (prev is not None and prev.precision == m.precision == "day" and prev.end_value is None
                and (m.rule != "clock" or prev.rule == "clock")  # "samedi à minuit": the day's time, apart (TimeML)
                and link.fullmatch(ctx.text, prev.end, m.start)):
            last = m.end_value or m.value
            first = prev.value
            if first > last and prev.rule == m.rule == "weekday":
                # "from Monday to Thursday": days of one week, on the side the tense of the end gave it
                if ctx.reference is not None and last < ctx.reference:
                    first -= dt.timedelta(days=7)
                else:
                    last += dt.timedelta(days=7)
            while prev.rule == m.rule == "weekday" and (last - first).days > 7:
                last -= dt.timedelta(days=7)  # "depuis la nuit de mardi à mercredi": the end in the start's week
            if first > last and prev.relative and prev.rule != "relative_day":
                # two year-less ends guessed apart ("from 10/1 to 11/7"): the start takes the end's year
                first = _safe_date(last.year, first.month, first.day) or first
                if first > last:
                    first = _safe_date(last.year - 1, first.month, first.day) or first
            if not 0 < (last - first).days <= 366:
                out.append(m)
                continue
            start = lead.start() if lead else prev.start
            joined = _mention(ctx, start, m.end, first, "day", "range_joined", end_value=last,
                              confidence=min(prev.confidence, m.confidence), relative=prev.relative or m.relative,
                              time=prev.time, end_start=m.start, end_time=m.time,
                              explanation=f"{ctx.text[start:m.end]} -> {_show(first, 'day', last)}: from "
                                          f"'{prev.text}' to '{m.text}'")
            if joined is not None:
                out[-1] = joined
                continue
        out.append(m)
    return out


# ---------------------------------------------------------------------------------------
# After the cascade (the anchors: ``anaphora``)
# ---------------------------------------------------------------------------------------


_MODIFIER_AFTER = re.compile(r"[^\S\n]+(?:prochaine?s?|derni[eè]re?s?|pass[ée]e?s?)(?![^\W\d_])"
                             r"(?![^\S\n]+(?:(?:de|du)(?![^\W\d_])|d['’]))", re.IGNORECASE)


def _with_modifiers(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """"le 8 mars dernier", "juin prochain": the word that placed a year-less date joins its span."""
    out = []
    for i, m in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(ctx.text)
        after = _MODIFIER_AFTER.match(ctx.text, m.end, limit) if m.relative and m.precision in ("day", "month") \
            else None
        out.append(replace(m, end=after.end(), text=ctx.text[m.start:after.end()]) if after else m)
    return out


_SAME_DAY_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*")


def _merge_named_days(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """"aujourd'hui vendredi", "tomorrow, Saturday": a relative day and the weekday that names it are one date."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.rule == "relative_day" and m.rule == "weekday" and prev.end_value is None
                and _weekday(ctx.lex, m.text) == prev.value.weekday()
                and _SAME_DAY_GAP.fullmatch(ctx.text, prev.end, m.start)):
            out[-1] = replace(prev, end=m.end, text=ctx.text[prev.start:m.end], time=prev.time or m.time,
                              explanation=f"{prev.explanation}; the weekday '{m.text}' names it")
            continue
        out.append(_in_named_week(ctx, prev, m) if prev is not None else m)
    return out


_WEEK_APPOSED = re.compile(r"[^\S\n]*,[^\S\n]*")


def _in_named_week(ctx: _Context, prev: DateMention, m: DateMention) -> DateMention:
    """"la semaine dernière, mardi,": a weekday set apart after a week that names it is that week's day (two TIMEX3
    in TimeML, the weekday anchored on the week); else ``m`` as it is."""
    if not (prev.precision == "week" and prev.relative and prev.end_value is None and m.rule == "weekday"
            and _WEEK_APPOSED.fullmatch(ctx.text, prev.end, m.start)):
        return m
    weekday = next((d for w in m.text.split() if (d := _weekday(ctx.lex, w)) is not None), None)
    if weekday is None:
        return m
    value = prev.value - dt.timedelta(days=prev.value.weekday() - weekday)
    return replace(m, value=value, explanation=f"{m.text} -> {value.isoformat()}: that weekday in '{prev.text}'")
