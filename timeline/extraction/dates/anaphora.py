"""Anaphoric dates: what a reader resolves against the story's previous date, not the article's.

The cascade leaves placeholders (``step_anchors``: "la veille", "the next day", "le même jour", "that evening";
``step_offsets``: "trois jours plus tard", "two years later") and periods valued from the reference date that
name the story's previous period ("the following month", "that year", "la même année", "cette année-là",
rule ``period_anchor``; "the same period last year", rule ``same_period``). After the cascade, in text order:

* ``resolve_anchors`` gives each placeholder its day: the nearest preceding day of the same story
  (``_Preceding``), preferring one within ``ANCHOR_YEARS`` of the reference date, else the reference date; an
  offset in years or months counts in its own unit from the previous date nearby (``anchored.unit_offset``);
* ``anchor_periods`` moves each period to the one of the story's previous date (day, month or year), at the grain
  the phrase names: a year from any date, a month from a month or a day, a week from a day.

The words are data (``anchors``, ``period_anaphors``, ``period_anaphors_demonstrative``, ``period_from_story``,
``period_after`` in ``lang/<lang>/words.yaml``). Precision: the grain of the phrase; the confidence of a day
counted from the story's previous date is ``ANCHOR_CONFIDENCE``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.dates.anchored import clock_step, reference_year_offset, unit_offset
from timeline.extraction.dates.context import _Context, _mention, _show
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key, _whole_words
from timeline.extraction.dates.patterns import _ANCHOR_OF
from timeline.extraction.dates.period_phrases import from_previous
from timeline.extraction.dates.resolve import ANCHOR_END, ANCHOR_SAME, _lean, _safe_date, _shift
from timeline.extraction.dates.story_months import names_story_month, story_year_month
from timeline.lang import load
from timeline.models import DateMention, Story

#: "La veille" after a quoted historical date ("le 2 septembre 1945, ...") is still about the story's
#: own events: preceding dates more than this many years from the reference date are passed over
#: when a nearer one exists in the story.
ANCHOR_YEARS = 1
#: A sentence ends between two offsets: a full stop, a question or exclamation mark before a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


class _Preceding:
    """The latest day-precision mentions seen so far, kept in O(1) per mention (a chain of "la veille"
    must not look back over every earlier date): the latest day, range, and each of those within
    ANCHOR_YEARS of the reference date."""

    def __init__(self, reference: dt.date | None) -> None:
        self.reference = reference
        self.latest: dict[tuple[bool, bool], DateMention] = {}
        """(is a range, is near the reference) -> the latest such mention."""
        self.past: dict[bool, DateMention] = {}
        """is a range -> the latest such mention not after the reference date."""

    def add(self, m: DateMention) -> None:
        if m.precision != "day" or m.rule == "clock":  # a clock's day is not known yet
            return
        near = self.reference is not None and abs(m.value.year - self.reference.year) <= ANCHOR_YEARS
        for ranged in {False, m.end_value is not None}:
            self.latest[(ranged, False)] = m
            if near:
                self.latest[(ranged, True)] = m
            if self.reference is not None and m.value <= self.reference:
                self.past[ranged] = m

    def base(self, story_start: int, ranged: bool = False) -> DateMention | None:
        """The date "la veille"/"the next day" counts from: the nearest preceding day of the story,
        preferring one within ANCHOR_YEARS of the reference date; with ``ranged`` ("on the opening day",
        "on the closing day") the nearest preceding range, if the story has one."""

        def in_story(key: tuple[bool, bool]) -> DateMention | None:
            m = self.latest.get(key)
            return m if m is not None and m.start >= story_start else None

        kind = ranged and in_story((True, False)) is not None
        return in_story((kind, True)) or in_story((kind, False))

    def past_base(self, story_start: int, ranged: bool = False) -> DateMention | None:
        """The nearest preceding day of the story not after the reference date."""
        kind = ranged and (m := self.latest.get((True, False))) is not None and m.start >= story_start
        m = self.past.get(kind)
        return m if m is not None and m.start >= story_start else None

    def in_sentence(self, text: str, story_start: int, start: int, ranged: bool = False) -> DateMention | None:
        """The latest preceding day when it stands in the same sentence as ``start``, however far from the
        reference date: "arrested on March 5, 2024, and pleaded not guilty the next day" counts from March 5."""
        m = self.latest.get((ranged, False))
        if m is None or m.start < story_start or _SENTENCE_END.search(text, m.end, start):
            return None
        return m


@functools.cache
def _comparison(lang: str) -> re.Pattern[str] | None:
    """Right before an offset that a figure is compared with ("up 8% from a year earlier"): ``comparison_before``."""
    words = list(load(f"{lang}/words").get("comparison_before") or [])
    return re.compile(rf"(?<![^\W\d_])(?:{_alt(_accent_variants(words))})[^\S\n]+$", re.IGNORECASE) if words else None


def _compared(ctx: _Context, m: DateMention) -> bool:
    """An offset a figure is compared with: the period of the comparison, not a date the story moves to."""
    pattern = _comparison(ctx.lex.lang)
    return (pattern is not None and m.rule in ("offset_anchor", "relative_offset")
            and pattern.search(ctx.text, max(0, m.start - 24), m.start) is not None)


def anchor_periods(ctx: _Context, mentions: list[DateMention], stories: Sequence[Story]) -> list[DateMention]:
    """'the following month', 'la semaine suivante', 'l'année précédente' (rule period_anchor, valued from the
    reference date by step_periods), 'the following Monday', 'le vendredi précédent', 'the following March'
    (``named_from_story``): counted from the story's previous date instead, when the story has one before it."""
    if ctx.reference is None or not any(m.rule in ("period_anchor", "same_period")
                                        or (m.rule in ("weekday", "month") and _story_named(ctx, m))
                                        or names_story_month(ctx, m) for m in mentions):
        return mentions
    starts = [s.start for s in stories]
    out: list[DateMention] = []
    previous: DateMention | None = None
    before: DateMention | None = None  # the one before ``previous``: "March of that year" counts from it
    for mention in mentions:  # in text order
        i = bisect.bisect_right(starts, mention.start) - 1
        story = i if i >= 0 and stories and mention.start < stories[i].end else -1
        if previous is not None and (bisect.bisect_right(starts, previous.start) - 1) != story:
            previous = before = None
        if mention.rule == "same_period":
            out.append((from_previous(ctx, mention, previous) if previous is not None else None) or mention)
            continue
        named = _story_named(ctx, mention) if mention.rule in ("weekday", "month") else None
        if named is not None and previous is not None:
            mention = _named_from(ctx, mention, named, previous) or mention
        elif mention.rule == "month":
            mention = story_year_month(ctx, mention, previous) or mention  # "dismissed that July"
        if mention.rule != "period_anchor":
            if mention.precision in ("day", "month", "year") and not _compared(ctx, mention):
                previous, before = mention, previous
            out.append(mention)
            continue
        placed = previous is not None and _placed_by(ctx, previous, mention)
        anchored = _period_from(ctx, mention, before if placed else previous)  # "March of that year": the year
        out.append(anchored)  # of the date before March
        if placed and previous is not None and anchored.rule == "period_anchor" and anchored.precision == "year" \
                and previous.end_value is None:  # March itself is in that year for the dates after it
            in_year = _safe_date(anchored.value.year, previous.value.month, previous.value.day)
            previous = replace(previous, value=in_year) if in_year is not None else previous
    return out


#: Between a month and the period anaphor that gives its year: "March of that year", "mars de cette année-là".
_OF = re.compile(r"[^\S\n]+(?:of|de|d['’])[^\S\n]*", re.IGNORECASE)


def _placed_by(ctx: _Context, previous: DateMention, mention: DateMention) -> bool:
    """Whether the anaphor ``mention`` gives the year of the date right before it, ``previous``: "March of that
    year", "mars de cette année-là"; with a space alone, a year anaphor after a year-less month or day ("charged in
    October that year", "en octobre la même année")."""
    if _OF.fullmatch(ctx.text, previous.end, mention.start):
        return True
    return (mention.precision == "year" and previous.precision in ("day", "month") and previous.relative
            and previous.end_value is None and _SPACE.fullmatch(ctx.text, previous.end, mention.start) is not None)


def _period_from(ctx: _Context, mention: DateMention, previous: DateMention | None) -> DateMention:
    """A period_anchor mention counted from ``previous`` (rule relative_period, from the reference, with none)."""
    ref = ctx.reference
    assert ref is not None
    if previous is None or (previous.precision == "year" and mention.precision != "year") \
            or (mention.precision == "week" and previous.precision != "day"):
        return replace(mention, rule="relative_period")
    base = previous.end_value or previous.value
    if mention.precision == "week":  # "the following week": the week after the previous day's
        n = (mention.value - (ref - dt.timedelta(days=ref.weekday()))).days // 7
        value = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=n)
    elif mention.precision == "year":
        value = dt.date(base.year + mention.value.year - ref.year, 1, 1)
    else:
        n = (mention.value.year - ref.year) * 12 + mention.value.month - ref.month
        value = _shift(base.replace(day=1), "month", n)
    moved = _mention(ctx, mention.start, mention.end, value, mention.precision, "period_anchor",
                     relative=previous.relative,
                     explanation=f"{mention.text or ctx.text[mention.start:mention.end]} -> "
                                 f"{_show(value, mention.precision, None)}: counted from '{previous.text}' "
                                 f"({base.isoformat()}), the previous date of the story")
    return moved or mention


@functools.cache
def _named_patterns(lang: str) -> tuple[dict[str, int], re.Pattern[str] | None, re.Pattern[str] | None]:
    """(word -> +1 / -1, the words, the determiner they need right before them): ``named_from_story`` and
    ``named_from_story_after`` ("the following Monday" counts from the story; "previous Monday" alone from now)."""
    own = load(f"{lang}/words")
    table = {_key(k): int(v) for k, v in (own.get("named_from_story") or {}).items()}
    if not table:
        return table, None, None
    words = _alt(_accent_variants(list(own.get("named_from_story") or {})))
    determiners = list(own.get("named_from_story_after") or [])
    return (table, re.compile(rf"(?<!{_WORD})(?P<w>{words})(?!{_WORD})", re.IGNORECASE),
            re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(determiners))})[^\S\n]+$", re.IGNORECASE)
            if determiners else None)


def _story_named(ctx: _Context, m: DateMention) -> tuple[int, int, int] | None:
    """(+1 following / -1 previous, start, end of the words) when a story word names a weekday or a month, inside
    its words or right next to them: "the following Monday", "le vendredi précédent", "en mars suivant"."""
    table, words, determiner = _named_patterns(ctx.lex.lang)
    if words is None:
        return None
    text = ctx.text
    for found in words.finditer(text, max(0, m.start - 24), min(len(text), m.end + 16)):
        w0, w1 = found.span()
        if not ((m.start <= w0 and w1 <= m.end) or _SPACE.fullmatch(text, w1, m.start)
                or _SPACE.fullmatch(text, m.end, w0)):
            continue
        if determiner is not None and not determiner.search(text, max(0, w0 - 8), w0):
            continue
        return table[_key(found["w"])], min(w0, m.start), max(w1, m.end)
    return None


def _named_from(ctx: _Context, m: DateMention, named: tuple[int, int, int], previous: DateMention
                ) -> DateMention | None:
    """The weekday or month after (before) the story's previous date that ``m`` names."""
    way, start, end = named
    base = (previous.end_value or previous.value) if way > 0 else previous.value
    if m.rule == "weekday":
        if previous.precision != "day" or m.end_value is not None:
            return None
        gap = ((m.value.weekday() - base.weekday()) % 7 or 7) if way > 0 else -((base.weekday() - m.value.weekday())
                                                                              % 7 or 7)
        value, precision = base + dt.timedelta(days=gap), "day"
    else:
        if previous.precision not in ("day", "month"):
            return None
        year = base.year + (1 if way > 0 and m.value.month <= base.month else 0) \
            - (1 if way < 0 and m.value.month >= base.month else 0)
        value, precision = dt.date(year, m.value.month, 1), "month"
    side = "the next one after" if way > 0 else "the last one before"
    return _mention(ctx, start, end, value, precision, m.rule, relative=previous.relative,
                    explanation=f"{ctx.text[start:end]} -> {_show(value, precision, None)}: {side} "
                                f"'{previous.text}' ({base.isoformat()}), the previous date of the story")


#: After an anchor, an object that is no date: "la veille du scrutin", "au lendemain de la fusillade", "the day
#: after the vote", "on the eve of the summit" (counted from that happening, whose date a reader may not know).
_EVENT_AFTER = re.compile(r"[^\S\n]+[^\W\d_]")  # a word, not a number (the determiners were letters too)
#: Between a date and an anchor that describes it again: "samedi soir, au lendemain de ...", "Lundi, au lendemain".
_APPOSED = re.compile(r"[^\S\n]*(?:[^\W\d_]+[^\S\n]*)?,[^\S\n]*(?:[^\W\d_]+[^\S\n]*)?")


_SPACE = re.compile(r"[^\S\n]+")


def _ends_in_preposition(ctx: _Context, mention: DateMention) -> bool:
    """"the day after", "the day before": an anchor whose last word is one of ``offset_prepositions``."""
    last = mention.text.rsplit(None, 1)[-1]
    return _key(last) in {_key(w) for w in ctx.lex.lists["offset_prepositions"]}


@functools.cache
def _anchors_of_a_happening(lang: str) -> frozenset[str]:
    words = load(f"{lang}/words").get("anchors_of_a_happening") or []
    return frozenset(_key(w) for w in words)


def _of_an_event(ctx: _Context, mention: DateMention, after: re.Match[str] | None) -> bool:
    """Whether the anchor is followed by the happening it counts from (no date follows it: see ``resolve_anchors``):
    one of ``anchors_of_a_happening`` ("la veille", "the eve") before "de", "du", "of" (``_ANCHOR_OF``), or a
    determiner after an anchor that ends in "before" / "after" ("the day after the vote")."""
    if _key(mention.text) not in _anchors_of_a_happening(ctx.lex.lang):
        return False  # "the next day of the competition": a day of it, counted as the anchor alone
    if after is not None and not _ends_in_preposition(ctx, mention):
        return True
    return _ends_in_preposition(ctx, mention) and _EVENT_AFTER.match(ctx.text, mention.end) is not None


def _apposed(ctx: _Context, mention: DateMention, resolved: Sequence[DateMention]) -> bool:
    """Whether the anchor follows a day of the text with only a comma (and a word each side) between them."""
    prev = resolved[-1] if resolved else None
    return (prev is not None and prev.precision == "day" and prev.end <= mention.start
            and _APPOSED.fullmatch(ctx.text, prev.end, mention.start) is not None)


def _story_start(stories: Sequence[Story], starts: Sequence[int], at: int) -> int:
    """Where the story holding offset ``at`` starts (0 with no stories or outside them)."""
    i = bisect.bisect_right(starts, at) - 1
    return stories[i].start if stories and i >= 0 and at < stories[i].end else 0


@functools.cache
def _story_day_pattern(lang: str) -> re.Pattern[str] | None:
    words = list(load(f"{lang}/words").get("story_day_phrases") or [])
    return re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(words))})$", re.IGNORECASE) if words else None


def _story_day(ctx: _Context, mention: DateMention) -> bool:
    """"later in the day", "plus tard dans la journée": the day the story is telling (``story_day_phrases``, read
    up to the mention's end), not the article's."""
    pattern = _story_day_pattern(ctx.lex.lang)
    return pattern is not None and pattern.search(ctx.text, max(0, mention.end - 32), mention.end) is not None


def _on_story_day(ctx: _Context, mention: DateMention, base: DateMention | None) -> DateMention:
    """``mention`` moved to the day of ``base``, the story's previous day (unchanged with none)."""
    if base is None or base.end_value is not None or base.value == mention.value:
        return mention
    moved = _mention(ctx, mention.start, mention.end, base.value, "day", mention.rule, relative=base.relative,
                     confidence=0.8, explanation=f"{mention.text} -> {base.value.isoformat()}: the day of "
                                                 f"'{base.text}', the previous date of the story")
    return moved or mention


def resolve_anchors(ctx: _Context, stories: Sequence[Story]) -> list[DateMention]:
    """Replace anchor placeholders by the nearest preceding day-precision date of the same story."""
    out: list[DateMention] = []
    preceding = _Preceding(ctx.reference)
    starts = [s.start for s in stories]
    skip: set[int] = set()
    by_start = {m.start: m for m in ctx.mentions}
    for mention in sorted(ctx.mentions, key=lambda x: x.start):
        if id(mention) in skip:
            continue
        if mention.rule not in ("relative_anchor", "offset_anchor"):
            if mention.rule in ("day_part", "relative_day") and _story_day(ctx, mention):
                mention = _on_story_day(ctx, mention, preceding.base(_story_start(stories, starts, mention.start)))
            out.append(mention)
            preceding.add(mention)
            continue
        days = int(mention.confidence)
        from_end = days > 0 or mention.explanation == ANCHOR_END  # "the next day", "the closing day" of a range
        after = _ANCHOR_OF.match(ctx.text, mention.end) or (_SPACE.match(ctx.text, mention.end)
                                                             if _ends_in_preposition(ctx, mention) else None)
        if after:  # "le lendemain du 13 février", "the day after Christmas": from the date that follows
            base = by_start.get(after.end())
            if base is not None and base.precision == "day" and base.rule not in ("relative_anchor", "offset_anchor"):
                value = (base.end_value if from_end and base.end_value else base.value) + dt.timedelta(days=days)
                words = ctx.text[mention.start:base.end]
                joined = _mention(ctx, mention.start, base.end, value, "day", mention.rule, relative=base.relative,
                                  confidence=0.8,
                                  explanation=f"{words} -> {value.isoformat()}: {days:+d} day(s) from '{base.text}'")
                if joined is not None:
                    out.append(joined)
                    preceding.add(joined)
                    skip.add(id(base))
                    continue
        of_event = mention.rule == "relative_anchor" and _of_an_event(ctx, mention, after)
        if of_event and _apposed(ctx, mention, out):
            continue  # "samedi soir, au lendemain de l'investiture": that day described again, no date of its own
        story_start = _story_start(stories, starts, mention.start)
        if not _compared(ctx, mention) and (counted := unit_offset(ctx, mention, out, story_start)) is not None:
            out.append(counted)
            continue
        ranged = days == 0 and mention.explanation != ANCHOR_SAME
        base = (preceding.in_sentence(ctx.text, story_start, mention.start, ranged)
                or _told_before(ctx, mention, preceding, story_start, ranged))
        if base is not None and clock_step(mention):
            continue  # "On Sunday ... Twenty minutes later": counted from a clock of that day the text does not give
        if base is not None:
            anchor = base.end_value if from_end and base.end_value else base.value
            value = anchor + dt.timedelta(days=days)
            why = f"{days:+d} day(s) from '{base.text}' ({anchor.isoformat()}), the previous date of the story"
            relative = base.relative
        elif ctx.reference is not None and not of_event and not _told_away(ctx, mention, days):
            if (in_years := reference_year_offset(ctx, mention)) is not None:
                out.append(in_years)  # "Un an plus tôt, il avait été élu": that year
                preceding.add(in_years)
                continue
            # "au lendemain de la fusillade" with no date before it
            value = ctx.reference + dt.timedelta(days=days)
            why = f"{days:+d} day(s) from the reference date {ctx.reference.isoformat()} (no earlier date in the story)"
            relative = True
        else:
            continue
        resolved = _mention(ctx, mention.start, mention.end, value, "day", mention.rule, relative=relative,
                            confidence=0.8, explanation=f"{mention.text} -> {value.isoformat()}: {why}")
        if resolved is not None:
            out.append(resolved)
            preceding.add(resolved)
    return out


def _told_before(ctx: _Context, mention: DateMention, preceding: _Preceding, story_start: int,
                 ranged: bool) -> DateMention | None:
    """The story's previous day for an anaphoric day in another sentence; when that day is after the reference date
    (a plan: "un débrayage jeudi 3 décembre", "entrera en vigueur le 4 janvier 2027") and the anaphor is told in the
    past ("Nous l'avons appris la veille", "La veille, des parents avaient manifesté"), the story's latest day not
    after the reference date, when it has one: a past deed is the eve of a past day (round 33)."""
    base = preceding.base(story_start, ranged)
    if base is None or ctx.reference is None or base.value <= ctx.reference or mention.rule != "relative_anchor" \
            or int(mention.confidence) == 0:
        return base  # ("le même jour", an offset: as before)
    if _lean(ctx, mention.start, mention.end) != "past":
        return base
    return preceding.past_base(story_start, ranged) or base


@functools.cache
def _away_reach(lang: str) -> int | None:
    reach = load(f"{lang}/words").get("offset_away_reach")
    return int(reach) if reach is not None else None


def _told_away(ctx: _Context, mention: DateMention, days: int) -> bool:
    """Whether an offset with no date before it in the story ("Trente ans après, le mystère reste entier", "Dix ans
    plus tard, il était maire") reaches further than ``offset_away_reach`` days and is told in a tense that does not
    point its way from the reference date: counted from an event the text does not date; no date."""
    reach = _away_reach(ctx.lex.lang)
    if mention.rule != "offset_anchor" or reach is None or abs(days) <= reach:
        return False
    if _lean(ctx, mention.start, mention.end) == ("future" if days > 0 else "past"):
        return False
    # a state of the past told back from the reference date ("Un an plus tôt, l'usine employait 300 salariés"): the
    # imperfect looks back as the pluperfect does, never ahead ("Dix ans plus tard, il était maire" stays no date)
    lo, hi = ctx.window(mention.start, mention.end)
    return days > 0 or not any(p.search(ctx.text, lo, hi) for p in _back_states(ctx.lex.lang))


@functools.cache
def _back_states(lang: str) -> tuple[re.Pattern[str], ...]:
    """``past_state_patterns`` of ``lang/<lang>/words.yaml``: the tense of a past state (the French imperfect)."""
    patterns = load(f"{lang}/words").get("past_state_patterns") or []
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


# ---------------------------------------------------------------------------------------
# Periods named by a determiner: the cascade's steps (valued from the reference date, moved by ``anchor_periods``)
# ---------------------------------------------------------------------------------------


_WORD_AHEAD = re.compile(r"[^\S\n]+\w")


def preposition_with_object(ctx: _Context, word: str, unit: str, end: int) -> bool:
    """Whether a period word after its unit is a preposition with an object ("the year after the flood", "the year
    before 2015", "the week before last") or follows a unit the story's previous date does not count ("the weekend
    before"): ``offset_prepositions`` (the phrase is then no date)."""
    if _key(word) not in {_key(w) for w in ctx.lex.lists["offset_prepositions"]}:
        return False
    return unit not in ("week", "month", "year") or _WORD_AHEAD.match(ctx.text, end) is not None


def _anaphor_units(own: dict) -> tuple[dict[str, str], str]:
    """(unit word -> "year" / "month" / "week", the words as a regex alternation): singular words only ("years" is
    a count; "mois" is both)."""
    words = [str(k) for k, v in (own.get("units") or {}).items() if v in ("year", "month", "week")]
    words = [w for w in words if not (w.endswith("s") and w[:-1] in words)]
    return {_key(w): str(own["units"][w]) for w in words}, _alt(_accent_variants(words))


@functools.cache
def _anaphor_pattern(lang: str) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """(unit word -> unit, "that year" / "the same month" / "la même année"), from ``period_anaphors``."""
    own = load(f"{lang}/words")
    words = list(own.get("period_anaphors") or [])
    units, unit_words = _anaphor_units(own)
    if not words or not units:
        return units, None
    stop = _whole_words(_accent_variants(list(own.get("period_anaphors_not_before") or [])))
    return units, re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?:{_alt(_accent_variants(words))})\s+(?P<unit>{unit_words})(?![\w-])"
        rf"(?![^\S\n]*(?:of[^\S\n]+)?\d)" + (rf"(?![^\S\n]+{stop})" if own.get("period_anaphors_not_before") else "")
        + _named_after(own), re.IGNORECASE)


def _named_after(own: dict) -> str:
    """A look-ahead refusing a unit followed by the name it is the unit of ("the month of May": May's month, not the
    story's; ``period_anaphors_named_after``, then a month of ``months``)."""
    links, months = list(own.get("period_anaphors_named_after") or []), list(own.get("months") or [])
    if not links or not months:
        return ""
    return (rf"(?![^\S\n]+(?:{_alt(_accent_variants(links))})[^\S\n]*(?:{_alt(_accent_variants(months))})"
            rf"(?![^\W\d_]))")


@functools.cache
def _demonstrative_pattern(lang: str) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """(unit word -> unit, "cette année-là", "ce mois-là"), from ``period_anaphors_demonstrative``."""
    own = load(f"{lang}/words")
    spec = own.get("period_anaphors_demonstrative") or {}
    before, after = list(spec.get("before") or []), list(spec.get("after") or [])
    units, unit_words = _anaphor_units(own)
    if not before or not after or not units:
        return units, None
    return units, re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?:{_alt(_accent_variants(before))})\s+(?P<unit>{unit_words})"
        rf"(?:{_alt(_accent_variants(after))})(?!{_WORD})", re.IGNORECASE)


@functools.cache
def _modifier_before(lang: str, names: bool) -> re.Pattern[str] | None:
    own = load(f"{lang}/words")
    words = [*(own.get("day_modifiers_before") or []), *((own.get("weekday_names_before") or []) if names else [])]
    return re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(words))})[^\S\n]+$", re.IGNORECASE) if words else None


def with_modifier(ctx: _Context, start: int, names: bool = False) -> int:
    """Where a day's words start with the part of it written before ("earlier today", "late Friday", "later that
    day"; TimeML keeps them in the expression): ``day_modifiers_before``, and with ``names`` the name a weekday is
    given ("Black Monday": ``weekday_names_before``), not after a word of ``day_modifiers_not_after`` ("plus tard
    dans la journée"); the day itself is unchanged."""
    pattern = _modifier_before(ctx.lex.lang, names)
    found = pattern.search(ctx.text, max(0, start - 12), start) if pattern is not None else None
    if found is None or not ctx.free(found.start(), start):
        return start
    return start if _modifier_not_after(ctx.lex.lang).search(ctx.text, max(0, found.start() - 12), found.start()) \
        else found.start()


@functools.cache
def _modifier_not_after(lang: str) -> re.Pattern[str]:
    words = _alt(_accent_variants(list(load(f"{lang}/words").get("day_modifiers_not_after") or []))) or "(?!)"
    return re.compile(rf"(?<!{_WORD})(?:{words})[^\S\n]+$", re.IGNORECASE)


def _add_period_anaphors(ctx: _Context, units: dict[str, str], pattern: re.Pattern[str] | None) -> None:
    ref = ctx.reference
    if ref is None or pattern is None:
        return
    for m in ctx.find(pattern, "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        unit = units[_key(m["unit"])]
        value = {"year": dt.date(ref.year, 1, 1), "month": ref.replace(day=1),
                 "week": ref - dt.timedelta(days=ref.weekday())}[unit]
        start = with_modifier(ctx, m.start())  # "earlier that month", as "earlier this month" (TimeML: one)
        ctx.add(_mention(ctx, start, m.end(), value, unit, "period_anchor", relative=True,
                         explanation=f"{ctx.text[start:m.end()]} -> {_show(value, unit, None)}: the {unit} of the "
                                     f"reference date {ref.isoformat()}"), start, m.end())


def step_period_anaphors(ctx: _Context) -> None:
    """that year, the same month, the year, la même année: the period of the story's previous date (resolved by
    ``anchor_periods``), else the reference date's."""
    _add_period_anaphors(ctx, *_anaphor_pattern(ctx.lex.lang))


def step_period_demonstratives(ctx: _Context) -> None:
    """cette année-là, ce mois-là, cette semaine-là: as ``step_period_anaphors``; before ``step_periods``, which
    would read "cette année" as the reference date's year."""
    units, pattern = _demonstrative_pattern(ctx.lex.lang)
    if pattern is not None and _SUFFIX.search(ctx.text):  # one scan for the rare "-là" before the common "ce"
        _add_period_anaphors(ctx, units, pattern)


#: The suffix of a demonstrative period ("-là"), looked for once before the pattern is tried at every "ce".
_SUFFIX = re.compile(r"-l[àa](?![^\W\d_])", re.IGNORECASE)
