"""Steps anchored on relative words: hier/demain, la semaine dernière, weekdays, and the anchors."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from timeline.extraction.dates.anaphora import preposition_with_object, with_modifier
from timeline.extraction.dates.compared_periods import compared_before
from timeline.extraction.dates.context import _SENTENCE_END, _Context, _mention, _show
from timeline.extraction.dates.cuescan import cue_matches
from timeline.extraction.dates.headline_weekdays import headline_weekday
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key, lexicon
from timeline.extraction.dates.next_days import next_day
from timeline.extraction.dates.patterns import _cue_patterns, _period_pattern, _table_pattern, _weekday_pattern
from timeline.extraction.dates.present import schedule_present
from timeline.extraction.dates.resolve import (
    ANCHOR_END,
    ANCHOR_SAME,
    _anchor_placeholder,
    _default_way,
    _lean,
    _month_end,
    _shift,
    _until,
    _weekday,
    _weekday_date,
)
from timeline.extraction.dates.weekday_sides import awaited_ahead, clock_ends, clock_led_start, coordinated_ahead
from timeline.lang import load
from timeline.models import DateMention


@functools.cache
def _whole_day_words(lang: str) -> frozenset[str]:
    return frozenset(_key(w) for w in load(f"{lang}/words").get("whole_day_words") or [])


def whole_day_word(lang: str, words: str) -> bool:
    """Whether ``words`` ("dans la journée") end with a noun of ``whole_day_words``."""
    return _key(words.split()[-1]) in _whole_day_words(lang)


@functools.cache
def _whole_day_of(lang: str) -> re.Pattern[str] | None:
    """"de lundi", "du 12 mai", "d'hier" right after a whole-day noun: the day it names."""
    if not _whole_day_words(lang):
        return None
    lex = lexicon(lang)
    days = _alt(_accent_variants([*lex.weekdays, *lex.raw["relative_days"]]))
    return re.compile(rf"[^\S\n]+(?:de|du|d['’])[^\S\n]*(?:(?:{days})(?!{_WORD})|(?:le[^\S\n]+|ce[^\S\n]+)?\d)",
                      re.IGNORECASE)


def step_relative_days(ctx: _Context) -> None:
    """hier, aujourd'hui, demain, avant-hier, yesterday, today, tonight: counted from the reference."""
    if ctx.reference is None:
        return
    whole = _whole_day_of(ctx.lex.lang)
    for m in ctx.find(_table_pattern(ctx.lex.lang, "relative_days"), "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        if whole is not None and whole.match(ctx.text, m.end()) and whole_day_word(ctx.lex.lang, m.group()):
            continue  # "dans la journée de lundi": Monday's, read with "lundi"
        n = int(ctx.lex.tables["relative_days"][_key(m.group())])  # type: ignore[arg-type]
        value = ctx.reference + dt.timedelta(days=n)
        start = with_modifier(ctx, m.start())
        ctx.add(_mention(ctx, start, m.end(), value, "day", "relative_day", relative=True,
                         explanation=f"{ctx.text[start:m.end()]} -> {value.isoformat()}: {n:+d} day(s) from the "
                                     f"reference date {ctx.reference.isoformat()}"), start, m.end())


def step_periods(ctx: _Context) -> None:
    """la semaine dernière, le mois prochain, cette année, l'an dernier, last week, next year."""
    if ctx.reference is None:
        return
    lex = ctx.lex
    for m in ctx.find(_period_pattern(lex.lang), "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        unit = str(lex.tables["units"][_key(m["unit"])])
        if unit == "day" or (unit in ("hour", "minute") and _key(m["unit"]) in ("min", "mins", "hr", "hrs")):
            continue
        if _key(m["unit"]).endswith("s") and _key(m["unit"]) != "mois":
            ctx.claim(m.start(), m.end())  # "may last months", "over the next weeks": a stretch of time, no date
            continue
        mod = m["before"] or m["after"]
        if m["after"] and preposition_with_object(ctx, mod, unit, m.end()):
            continue  # "the year after the flood", "the week before last": not counted from the story's date
        table = "period_before" if m["before"] else "period_after"
        n = int(lex.tables[table][_key(mod)])  # type: ignore[arg-type]
        if n < 0 and compared_before(ctx, m.start(), "comparison_before_period"):
            ctx.claim(m.start(), m.end())  # "par rapport à l'an dernier", "plus tôt que l'an dernier": a yardstick
            continue
        ref = ctx.reference
        end_value = None
        if unit == "week":
            monday = ref - dt.timedelta(days=ref.weekday())
            value, precision = monday + dt.timedelta(weeks=n), "week"
        elif unit == "weekend":
            saturday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5, weeks=n)
            value, end_value, precision = saturday, saturday + dt.timedelta(days=1), "day"
        elif unit == "quarter":
            value = _shift(dt.date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1), "month", 3 * n)
            end_value, precision = _month_end(_shift(value, "month", 2)), "month"
        elif unit == "month":
            value, precision = _shift(ref.replace(day=1), "month", n), "month"
        elif unit in ("hour", "minute"):  # "next hour", "this hour": the reference date's day
            if n < 0:  # "over the past hour": a stretch of time
                ctx.claim(m.start(), m.end())
                continue
            value, precision = ref, "day"
        else:
            value, precision = dt.date(ref.year + n, 1, 1), "year"
        story = _key(mod) in {_key(w) for w in lex.lists["period_from_story"]} and unit in ("week", "month", "year")
        ctx.add(_mention(ctx, m.start(), m.end(), value, precision, "period_anchor" if story else "relative_period",
                         relative=True, end_value=end_value,
                         explanation=f"{m.group()} -> {_show(value, precision, end_value)}: {n:+d} {unit} from the "
                                     f"reference date {ref.isoformat()}"), m.start(), m.end())


@functools.cache
def _any_day(lang: str) -> re.Pattern[str]:
    """``weekday_not_after`` right before a weekday: "un", "chaque" make it any such day."""
    words = _alt(_accent_variants(lexicon(lang).lists["weekday_not_after"])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]+$", re.IGNORECASE)


@functools.cache
def _words_right_before(lang: str, key: str) -> re.Pattern[str]:
    """A word of the list ``key`` of lang/<lang>/words.yaml right before a weekday ("le mardi":
    ``weekday_habitual_before``; "for Thursday": ``weekday_aim_before``)."""
    words = _alt(_accent_variants(list(load(f"{lang}/words").get(key) or []))) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]+$", re.IGNORECASE)


#: The longest stretch of told days a weekday is looked for in (a week and its weekend either side).
RANGE_DAYS = 8

_NUMBER_NEXT = re.compile(r"[^\S\n]*(?:\d|premier\b|1er\b)", re.IGNORECASE)


def _bare_le_weekday(ctx: _Context, start: int, end: int) -> bool:
    """"le" + a weekday with no day number after it ("le dimanche", not "le dimanche 14")."""
    return not _NUMBER_NEXT.match(ctx.text, end) and bool(
        _words_right_before(ctx.lex.lang, "weekday_habitual_before").search(ctx.text, max(0, start - 8), start))


def _in_told_week(ctx: _Context, start: int, end: int, weekday: int) -> tuple[dt.date, str] | None:
    """"Le 12 mars, il a été arrêté. Le dimanche, il a été relâché": "le" + a weekday, no number, after a day of the
    story in its sentence or the one before is the first such weekday after that day (TimeML anchors it on the
    story's time, anchorTimeID), whatever the tense; (value, why) or None. The article may hold a preposition ("fixé
    au samedi soir", "on the Saturday": ``weekday_told_before``); a stretch of days told ("les 13 et 14 juin", "from
    June 19 to 21") that holds the weekday gives that day of it (round sixteen, helper wk16)."""
    if _NUMBER_NEXT.match(ctx.text, end) or not (_bare_le_weekday(ctx, start, end) or _words_right_before(
            ctx.lex.lang, "weekday_told_before").search(ctx.text, max(0, start - 8), start)):
        return None
    told = [m for m in ctx.mentions if m.end <= start and m.precision == "day"
            and len(_SENTENCE_END.findall(ctx.text, m.end, start)) <= 1]
    if not told:
        return None
    day = max(told, key=lambda m: m.end)
    if day.end_value is not None:
        inside = [d for n in range(min((day.end_value - day.value).days, RANGE_DAYS) + 1)
                  if (d := day.value + dt.timedelta(days=n)).weekday() == weekday]
        if not inside:
            return None
        return inside[0], f"that weekday in '{day.text}' ({day.value.isoformat()}..{day.end_value.isoformat()})"
    lo, hi = ctx.window(start, end)
    if _earlier_tense(ctx.lex.lang).search(ctx.text, lo, hi):  # "le dimanche, il avait volé": the one before
        value = day.value - dt.timedelta(days=(day.value.weekday() - weekday - 1) % 7 + 1)
        return value, f"the last one before '{day.text}' ({day.value.isoformat()}), under a pluperfect"
    value = day.value + dt.timedelta(days=(weekday - day.value.weekday() - 1) % 7 + 1)
    if ctx.reference is not None and value > ctx.reference and _lean(ctx, start, end) == "past":
        return None  # a past told after the reference date: not this reading
    return value, f"the first one after '{day.text}' ({day.value.isoformat()}), the story's day before it"


@functools.cache
def _earlier_tense(lang: str) -> re.Pattern[str]:
    """A tense told before the story's time (``earlier_tense_patterns``: the French pluperfect)."""
    patterns = list(load(f"{lang}/words").get("earlier_tense_patterns") or [])
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


#: How far before a weekday an ordinal with its article may start ("le quatrième mardi": 14 characters).
_ORDINAL_REACH = 20


def _ordinal_le_weekday(ctx: _Context, start: int, end: int) -> bool:
    """"le premier mardi", "le dernier vendredi" (``weekday_ordinal_before``) with no day number after it: the weekday
    of a rule ("le deuxième jeudi après le premier dimanche d'octobre", "le dernier vendredi du mois")."""
    return not _NUMBER_NEXT.match(ctx.text, end) and bool(
        _words_right_before(ctx.lex.lang, "weekday_ordinal_before").search(ctx.text, max(0, start - _ORDINAL_REACH),
                                                                           start))


def _excepted(ctx: _Context, start: int, end: int) -> bool:
    """"sauf le mardi", "excepté le dimanche" (``weekday_except_before``) with no day number after it: the day a habit
    leaves out ("ouvert tous les jours sauf le mardi"), a weekday that recurs whatever the tense."""
    return not _NUMBER_NEXT.match(ctx.text, end) and bool(
        _words_right_before(ctx.lex.lang, "weekday_except_before").search(ctx.text, max(0, start - _ORDINAL_REACH),
                                                                          start))


def _habitual(ctx: _Context, start: int, end: int) -> bool:
    """"le mardi" (or "le premier mardi") with no number after it, in a sentence with no tense or cue but the present
    and no date before it in its sentence or the one before: a weekday that recurs (TimeML: a SET, no calendar date).
    "sauf le mardi" is one whatever the sentence (round twenty-one)."""
    if _excepted(ctx, start, end):
        return True
    if not (_bare_le_weekday(ctx, start, end) or _ordinal_le_weekday(ctx, start, end)):
        return False
    if any(m.end <= start and len(_SENTENCE_END.findall(ctx.text, m.end, start)) <= 1 for m in ctx.mentions):
        return False  # "le festival commence le vendredi 28 mai et se termine le dimanche": that week's Sunday
    return _lean(ctx, start, end) in (None, "present")


@functools.cache
def _in_year(lang: str) -> re.Pattern[str]:
    """``weekday_year_links`` and a year right after a weekday: "on a Monday in 1987"."""
    words = _alt(_accent_variants(list(load(f"{lang}/words").get("weekday_year_links") or []))) or "(?!)"
    return re.compile(rf"[^\S\n]+(?:{words})[^\S\n]+(?:1[5-9]|2[01])\d\d(?!\d)", re.IGNORECASE)


@functools.cache
def _for_the(lang: str) -> re.Pattern[str]:
    """``future_bound_before`` and a noun phrase before a weekday: "pour la venue de Metz samedi", "pour le match
    de dimanche" (a purpose ahead; only read when the sentence has no tense cue)."""
    lists = lexicon(lang).lists
    words = _alt(_accent_variants([*lists["future_bound_before"], *lists["deferred_before"]])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]+(?:la|le|les|l['’])[^\S\n]*[^\W\d_][\w-]*"
                      rf"(?:[^\S\n]+(?:de|du|des|d['’])[^\S\n]*[^\W\d_][\w-]*)?[^\S\n]+(?:de[^\S\n]+)?$",
                      re.IGNORECASE)


def _any_such_day(ctx: _Context, m: re.Match[str], start: int, end: int) -> bool:
    """Whether the weekday of ``m`` names no day of a week: any such day ("un dimanche de pluie", "chaque lundi"), one
    of a year ("a Monday in 1987"), or one that recurs ("permanence le mardi": noted in ``_Context.habitual``)."""
    if m["before"]:
        return False
    lang = ctx.lex.lang
    if _any_day(lang).search(ctx.text, max(0, start - 12), start):
        if _words_right_before(lang, "weekday_set_before").search(ctx.text, max(0, start - 12), start):
            ctx.habitual.append(end)  # "chaque mardi à 14 h", "every Tuesday at 9am": the hour of a set, no date
        return True
    if _in_year(lang).match(ctx.text, end):
        return True
    if not (m["after"] or m["week"] or m["pweek"]) and _habitual(ctx, start, end):
        ctx.habitual.append(end)
        return True
    return False


@functools.cache
def _set_range(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``weekday_set_range``: two weekdays between a pair of words that make the stretch a recurring slot ("du lundi au
    vendredi", de + le ... à + le: the habitual article of ``weekday_habitual_before``), no day number after them;
    and ``weekday_set_range_not_after`` right before it ("la nuit du mercredi au jeudi": a night of the story). None:
    the language has no such pair."""
    words = load(f"{lang}/words")
    days = _alt(_accent_variants(list(words.get("weekdays") or {}))) or "(?!)"
    pairs = "|".join(rf"{_alt(_accent_variants([a]))}[^\S\n]+(?:{days})[^\S\n]+{_alt(_accent_variants([b]))}"
                     rf"[^\S\n]+(?:{days})" for a, b in words.get("weekday_set_range") or [])
    if not pairs:
        return None
    night = _alt(_accent_variants(list(words.get("weekday_set_range_not_after") or []))) or "(?!)"
    # (no lookbehind first: re then finds the literal first word quickly; ``step_weekday_sets`` checks the edge)
    return (re.compile(rf"(?:{pairs})(?![^\W\d_])(?![^\S\n]*(?:\d|premier\b|1er\b))"),
            re.compile(rf"(?<![^\W\d_])(?:{night})[^\S\n]+$"))


def step_weekday_sets(ctx: _Context) -> None:
    """Claims each recurring slot of weekdays ("du lundi au vendredi"), in a sentence with no tense or cue but the
    present, as ``_habitual``: no date; a clock after it is its hour. Searched once over the lower-cased text."""
    found = _set_range(ctx.lex.lang)
    if found is None:
        return
    pattern, night = found
    low = ctx.low if ctx.low is not None else ctx.text.lower()
    for m in pattern.finditer(low):
        if m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_"):
            continue  # inside a word
        if (ctx.free(m.start(), m.end()) and not night.search(low, max(0, m.start() - 12), m.start())
                and _lean(ctx, m.start(), m.end()) in (None, "present")):  # "seront ouverts du lundi au jeudi": ahead
            ctx.claim(m.start(), m.end())
            ctx.habitual.append(m.end())


def step_weekdays(ctx: _Context) -> None:
    """mardi dernier, ce samedi, samedi (soir), on Sunday, next Monday, mardi de la semaine prochaine."""
    if ctx.reference is None:
        return
    lex = ctx.lex
    clocks = clock_ends(ctx)  # the clock step ran before: "is [at noon on] Thursday" (weekday_sides)
    for m in ctx.find(_weekday_pattern(lex.lang), "words"):
        start, end = m.start("wd"), m.end()
        if m["before"] or m["pweek"]:
            start = m.start("before") if m["before"] else m.start("pweek")
        if not ctx.free(start, end):
            continue
        weekday = _weekday(lex, m["wd"])
        if weekday is None:
            continue
        if _any_such_day(ctx, m, start, end):
            ctx.claim(start, end)  # "un dimanche de pluie", "chaque lundi", "permanence le mardi": no date of this week
            continue
        ref = ctx.reference
        shift: int | None = None
        later = None
        next_week = False
        week_n: int | None = None
        if m["before"]:
            shift = _before_shift(ctx, m["before"])
            if abs(shift) == 2:  # "next Friday", "last Wednesday": that weekday in the next / previous week
                week_n, shift = shift // 2, None
        if m["after"]:
            shift = int(lex.tables["weekday_after"][_key(m["after"])])  # type: ignore[arg-type]
            if shift == 2:  # "mercredi suivant": that weekday in the next week
                shift = None
                next_week = True
            elif abs(shift) > 2:  # "lundi en huit" (+7), "en quinze" (+14): that many days after the coming one
                later, shift = shift, None
        if later is not None:
            value = _weekday_date(ref, weekday, "future", 0 if weekday == ref.weekday() else 1)
            value += dt.timedelta(days=later)
            why = f"{later} days after the coming one from the reference date {ref.isoformat()}"
        elif m["week"] or m["pweek"] or next_week or week_n is not None:
            word = m["wbefore"] or m["pweek"] or m["wafter"]
            table = lex.tables["period_after" if m["wafter"] else "period_before"]
            n = week_n if week_n is not None else 1 if next_week else int(table[_key(word)])  # type: ignore[arg-type]
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=n)
            value = monday + dt.timedelta(days=weekday)
            why = f"that weekday in the week {n:+d} from the reference date {ref.isoformat()}"
        elif (told := _in_told_week(ctx, start, end, weekday)) is not None:
            value, why = told
        elif shift is not None:
            value = _weekday_date(ref, weekday, _default_way(ctx, start, end) or "present", shift)
            why = {-1: "the last one before", 1: "the next one after", 0: "the nearest one to"}[shift] + \
                f" the reference date {ref.isoformat()}"
        else:
            value, why = _bare_weekday(ctx, start, end, weekday, ref, clocks)
        if not (m["before"] or m["pweek"]):
            start = with_modifier(ctx, start, names=True)
        ctx.add(_mention(ctx, start, end, value, "day", "weekday", relative=True,
                         explanation=f"{ctx.text[start:end]} -> {value.isoformat()}: {why}"), start, end)


def _bare_weekday(ctx: _Context, start: int, end: int, weekday: int, ref: dt.date,
                  clocks: dict[int, DateMention]) -> tuple[dt.date, str]:
    """(day, explanation) of a weekday with no word before or after it that places it: the lean of its sentence
    (a tense, a cue, a schedule's present, a bound or a term ahead), else the convention; a headline's weekday with
    no lean, the day its body writes with that weekday (``headline_weekdays``)."""
    lean = "past" if _said_on(ctx, start) else _lean(ctx, start, end)
    before = clock_led_start(ctx, start, clocks)  # "is [at noon on] Thursday": the side's words stand before the clock
    if lean is None and schedule_present(ctx.lex.lang, ctx.text, start, end):
        # "the trial opens on Friday", "les enseignants manifestent samedi": a schedule ahead (a present
        # cue, "se tient", "takes place", keeps the nearer day: tests/test_dates_round3.py)
        lean = "future"
    if lean is None and (_until(ctx.lex.lang).search(ctx.text, max(0, before - 24), before)
                         or _for_the(ctx.lex.lang).search(ctx.text, max(0, start - 48), start)):
        # "visible jusqu'à dimanche", "incertains pour la venue de Metz samedi": no tense in the sentence,
        # a bound or a purpose ahead
        lean = "future"
    elif lean == "present" and _until(ctx.lex.lang).search(ctx.text, max(0, before - 24), before):
        lean = "future"  # "the vote takes place Sunday": the present of a schedule, right before the day
    elif lean == "past" and _own_present(ctx.lex.lang).search(ctx.text, max(0, start - 24), start):
        lean = "future"  # "began deliberating Wednesday and resumes Monday": the weekday's own verb
    if lean != "future" and (_a_term(ctx, start, end) or _aimed_at(ctx, start, end)
                             or coordinated_ahead(ctx, start, end)  # "for tomorrow and Thursday": ahead
                             or awaited_ahead(ctx, start)):  # "ahead of a storm on Tuesday"
        lean = "future"  # "the EU gave Cyprus a Monday deadline": a term ahead (not "missed a Monday deadline")
    if lean is None and (headed := headline_weekday(ctx, start, end, weekday)) is not None:
        return headed  # "le réseau très perturbé jeudi" over "cesseront le travail jeudi 12 mars": the body's day
    way = lean or ctx.options.bare_weekday
    value = _weekday_date(ref, weekday, "present", 0) if way == "present" else _weekday_date(ref, weekday, way)
    if way == "past" and (after := next_day(ctx, start, end, value)) is not None:
        # "ce dimanche 9 mars ... remballé lundi" on a Sunday page: the story's next day
        return after, f"the day after the page's own day {ref.isoformat()}, written in full before it"
    if (way == "future" and weekday == ref.weekday()
            and not _RANGE_END.search(ctx.text, max(0, start - 12), start)):
        # "was set to land on Monday" in a Monday article is today (the next one would be "next Monday");
        # so is a bare "on Monday" in the assistant convention
        value = ref
    why = {"past": "the last one on or before", "present": "the nearer one to"}.get(way, "the next one after") \
        + f" the reference date {ref.isoformat()}"
    return value, why


def _before_shift(ctx: _Context, word: str) -> int:
    """The shift of a word before a weekday (``weekday_before``); under ``Options.last_weekday`` 'recent' a word of
    ``weekday_before_recent`` ("last") names the most recent such weekday before the reference date, as news and
    HeidelTime read "last Tuesday" (yesterday in a Wednesday story), not the one of the calendar week before."""
    if ctx.options.last_weekday == "recent" and _key(word) in _recent_words(ctx.lex.lang):
        return -1
    return int(ctx.lex.tables["weekday_before"][_key(word)])  # type: ignore[arg-type]


@functools.cache
def _recent_words(lang: str) -> frozenset[str]:
    return frozenset(_key(w) for w in load(f"{lang}/words").get("weekday_before_recent") or [])


def _aimed_at(ctx: _Context, start: int, end: int) -> bool:
    """Whether a purpose word (``weekday_aim_before``: "for") stands right before the weekday, which is then the day
    the deed is aimed at, ahead whatever the tense ("called an election for Thursday"); not a weekday's genitive
    ("jailed for Monday's attack": the attack's own day)."""
    if ctx.text.startswith(("'s", "’s"), end):
        return False
    return bool(_words_right_before(ctx.lex.lang, "weekday_aim_before").search(ctx.text, max(0, start - 12), start))


@functools.cache
def _term_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A term noun right after a weekday (``term_nouns_after``) and a verb that says the term is behind
    (``term_done_before``)."""
    words = load(f"{lang}/words")
    nouns = _alt(_accent_variants(list(words.get("term_nouns_after") or []))) or "(?!)"
    done = _alt(_accent_variants(list(words.get("term_done_before") or []))) or "(?!)"
    return (re.compile(rf"(?:['’]s)?[^\S\n]+(?:{nouns})(?![^\W\d_])", re.IGNORECASE),
            re.compile(rf"(?<![^\W\d_])(?:{done})(?![^\W\d_])[^.;:!?\n]*$", re.IGNORECASE))


def _a_term(ctx: _Context, start: int, end: int) -> bool:
    """Whether the weekday names a term ahead: "a Monday deadline", "Friday's deadline", unless a verb of its clause
    says the term was missed or met ("missed a Monday deadline")."""
    noun, done = _term_words(ctx.lex.lang)
    return bool(noun.match(ctx.text, end)) and not done.search(ctx.text, max(0, start - 48), start)


@functools.cache
def _own_present(lang: str) -> re.Pattern[str]:
    """A present of a schedule (``future_right_before`` but its ``bounds_right_before``) right before a weekday."""
    words = load(f"{lang}/words")
    bounds = set(words.get("bounds_right_before") or ())
    verbs = [w for w in words.get("future_right_before") or () if w not in bounds] if bounds else []
    return re.compile(rf"(?<![^\W\d_])(?:{_alt(_accent_variants(verbs)) or '(?!)'})[^\S\n]+(?:on[^\S\n]+)?$",
                      re.IGNORECASE)


#: Right before the last day of a range ("du lundi au vendredi"): that day follows the first, not the reference date.
_RANGE_END = re.compile(r"(?:\b(?:au|à|a|to|through|till|until|et|and)|[-–])[^\S\n]*$", re.IGNORECASE)

#: Between a reporting verb and the weekday it dates: "said", "said on", "told reporters on", "a annoncé ce".
_SAID_ON = re.compile(r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?(?:(?:on|ce|le)[^\S\n]+)?", re.IGNORECASE)


def _said_on(ctx: _Context, start: int) -> bool:
    """Whether a reporting verb dates this weekday ("the minister said Tuesday the summit will..."): the day of
    the saying, which is never after the article's date, whatever the tense of what was said."""
    report = _cue_patterns(ctx.lex.lang)[0][1]
    return any(m.lastgroup == "report" and _SAID_ON.fullmatch(ctx.text, m.end(), start)
               for m in cue_matches(report, ctx.text, ctx.low, max(0, start - 40), start))


def step_anchors(ctx: _Context) -> None:
    """la veille, le lendemain, the next day: placeholders resolved by ``anaphora.resolve_anchors``."""
    for m in ctx.find(_table_pattern(ctx.lex.lang, "anchors"), "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        raw = ctx.lex.tables["anchors"][_key(m.group())]
        days = 0 if raw in (ANCHOR_END, ANCHOR_SAME) else int(raw)  # type: ignore[call-overload]
        # "later that day", "early the next morning": the part written before it joins its words, as in "later
        # today" (TimeML keeps the modifier in the expression); the day is the same
        start = with_modifier(ctx, m.start())
        placeholder = _anchor_placeholder(ctx, start, m.end(), days, "relative_anchor")
        if raw in (ANCHOR_END, ANCHOR_SAME):
            placeholder = replace(placeholder, explanation=str(raw))
        ctx.add(placeholder, start, m.end())
