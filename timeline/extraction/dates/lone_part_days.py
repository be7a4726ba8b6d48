"""Which day a lone part of the day may take (round nineteen, issue 12): two days it must not borrow.

``times.attach_lone_parts`` gives a part of the day with no day of its own ("dans la soirée", "in the morning") the
nearest day before it in its sentence, else the story's day. Two readings of that rule are misreads:

- the part names its own day right after it, through a link word (``lone_part_day_links`` in
  ``lang/<lang>/words.yaml``: "dans la nuit du 8 au 9 mars", "dans la matinée du samedi 4 avril"): that day is a
  mention of its own already (a night of two days: a range from its first day), so the part borrows no day from
  before and adds no second date (round nineteen's lead: the room's first reading added the part as a mention on
  the named day, a second date beside the range that WiNER's gold and the earlier tests do not have);
- the day before it in its sentence lies after the reference date while the part's clause is told in the past ("La
  production s'arrêtera le 31 mars 2027, a précisé la direction lors d'un comité réuni dans la matinée"): a morning
  already gone is not in a future month; the part takes no day (as one with no day before it).

It also holds ``session_after`` (moved from ``times``): a market session right after a lone part ("in morning
trading") lets the part take the text's previous day however far back.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline.extraction.dates.context import _Context, _mention
from timeline.extraction.dates.deed_days import bound_day
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, lexicon
from timeline.extraction.dates.resolve import _lean
from timeline.extraction.dates.schedule import other_clause
from timeline.lang import load
from timeline.models import DateMention


@functools.cache
def _link_after(lang: str) -> re.Pattern[str]:
    """Spaces, a link word, spaces: what stands between a part of the day and the day it names after it."""
    words = [str(w) for w in load(f"{lang}/words").get("lone_part_day_links") or []]
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"[^\S\n]+(?:{_alt(_accent_variants(words))})(?:(?<=['’])|[^\S\n]+)", re.IGNORECASE)


def names_day_after(ctx: _Context, mentions: Sequence[DateMention], end: int) -> bool:
    """Whether the lone part of the day ending at ``end`` names its day right after it, through a link word, and
    that day is a mention already ("la nuit du 8 au 9 mars", "la matinée du samedi 4 avril"): the day a reader
    takes is that mention's, and the part adds no date of its own (WiNER's gold writes "la nuit du [16] au [17
    octobre]"; the range keeps both ends)."""
    after = _mentions_after(ctx, mentions, end)
    return any(m.precision == "day" and m.time is None and m.open_end is None for m in after)


def names_period_after(ctx: _Context, mentions: Sequence[DateMention], end: int) -> bool:
    """Whether a link word and a longer period follow the part ("à l'aube de l'an 2030", "at the dawn of 2020"): a
    figure of speech, the dawn of an era, no time of a day (round thirty, pod30)."""
    return any(m.precision != "day" for m in _mentions_after(ctx, mentions, end))


def _mentions_after(ctx: _Context, mentions: Sequence[DateMention], end: int) -> list[DateMention]:
    """The mentions that start right after the link word after ``end`` (``lone_part_day_links``)."""
    link = _link_after(ctx.lex.lang).match(ctx.text, end)
    if link is None:
        return []
    at = {link.start() + len(link.group()) - len(link.group().lstrip()), link.end()}
    return [m for m in mentions if m.start in at]


def future_for_a_past_part(ctx: _Context, day: DateMention, start: int, end: int) -> bool:
    """Whether ``day``, the day before the lone part ``text[start:end]`` in its sentence, is after the reference date
    while the part's clause is told in the past (the tense lean of the part's words, ``resolve._lean``)."""
    return ctx.reference is not None and day.value > ctx.reference and _lean(ctx, start, end) == "past"


@functools.cache
def session_after(lang: str) -> re.Pattern[str]:
    """A market session right after a part of the day ("in morning trading"): ``lone_part_sessions``; the part
    then takes the previous day of the text however far back, else the reference date (a market report
    dates its sessions once)."""
    words = list(load(f"{lang}/words").get("lone_part_sessions") or [])
    return re.compile(rf"[^\S\n]+(?:{_alt(_accent_variants(words))})(?!{_WORD})" if words else r"(?!)",
                      re.IGNORECASE)


def story_day_before(ctx: _Context, mentions: Sequence[DateMention], start: int, end: int) -> DateMention | None:
    """The day the story is telling at a lone part of the day that found none in its sentence or by its tense
    (round thirty, pod30): the text's last date before it when that date is one day within
    ``lone_part_story_day_span`` days of the reference date ("Le feu a repris hier. Les pompiers sont restés sur
    place jusqu'à la fin de la soirée"); with no date before it, the article's own day (``ctx.reference``: "la
    marche partira en début d'après-midi"), as a reader of the page takes it. None (the part's day is
    unknown) when the last date before it is a longer period not all ahead of the page or a day recalled from
    further back, when a condition or a modal stands before the part in its sentence, when its line is a title,
    or when the part word has a capital (a name: "dans l'Aube", a French département). Round thirty-one (pod31) adds
    two guards: a day of its own right after the part ("at dawn on Friday", "à l'aube, samedi": the part takes that
    day), and, with no date before it, a part told in the present or with no tense ("il se
    promène dans la soirée", "he runs in the morning": a habit, no told day). ``start:end`` is the part with its
    lead words."""
    word = re.split(r"[\s'’]", ctx.text[start:end])[-1]
    span = lone_part_span(ctx.lex.lang)
    if ctx.reference is None or span is None or not word[:1].islower():
        return None
    if _in_a_condition(ctx, start) or _in_a_title(ctx.text, start):
        return None
    if (own := _own_day_after(ctx, mentions, end)) is not None:
        return own
    for last in reversed([m for m in mentions if m.end <= start]):
        if last.precision == "day" and last.end_value is None:
            # a stretch's end ("closed until Friday") lends no day (dates/deed_days.py)
            return last if abs((last.value - ctx.reference).days) <= span and not bound_day(ctx, last) else None
        if last.value <= ctx.reference:
            return None
        # a period all ahead of the page ("in 2019", "en juillet 2024") is a plan said in passing: looked past
    said = " ".join(ctx.text[start:end].lower().split())
    if any(said.endswith(w) for w in load(f"{ctx.lex.lang}/words").get("night_just_past_words") or []):
        return None  # "broke in during the night": the night just past, read by dates/past_nights.py
    if _lean(ctx, start, end) not in ("past", "future"):
        return None  # "he runs in the morning": a habit (as noon alone, dates/times.py); a deed is told or due
    return _mention(ctx, start, end, ctx.reference, "day", "reference", relative=True,
                    explanation="the reference date, no date before it")


def _own_day_after(ctx: _Context, mentions: Sequence[DateMention], end: int) -> DateMention | None:
    """The day that follows the part in its phrase, at most a comma and one word between ("the lifeboat left at dawn
    on Friday", "le feu a pris à l'aube, samedi", "en milieu d'après-midi, aujourd'hui"): the part's own day, told
    after it, which the part takes rather than the story's (round thirty-one, pod31: the full suite found "at dawn on
    Friday" put on the page's day)."""
    return next((m for m in mentions if m.precision == "day" and m.end_value is None and m.start >= end
                 and _OWN_DAY_GAP.fullmatch(ctx.text, end, m.start)
                 and not other_clause(ctx.lex.lang, ctx.text, end, m.start)), None)


_OWN_DAY_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*(?:[^\W\d_]+['’]?[^\S\n]*)?")


def _in_a_title(text: str, start: int) -> bool:
    """Whether the line holding ``start`` ends no sentence (no full stop, question or exclamation mark in it): a
    headline or a teaser ("Un bar incendié dans la nuit, un suspect interpellé"), whose day its story tells."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return _SENTENCE_MARK.search(text, lo, len(text) if hi < 0 else hi) is None


_SENTENCE_MARK = re.compile(r"[.!?…]")


def _in_a_condition(ctx: _Context, start: int) -> bool:
    """Whether a word of ``lone_part_not_after`` stands before the part in its sentence: a condition or a modal ("Si
    les deux équipes font match nul plus tard dans la soirée", "the vote could come late in the evening") tells
    no happening."""
    condition = _condition_words(ctx.lex.lang)
    lo, _ = ctx.window(start, start)
    return condition is not None and condition.search(ctx.text[lo:start]) is not None


@functools.cache
def _condition_words(lang: str) -> re.Pattern[str] | None:
    """The words of ``lone_part_not_after`` as whole words, compiled once a language (None: no such words)."""
    words = [str(w) for w in load(f"{lang}/words").get("lone_part_not_after") or []]
    return re.compile(rf"(?<!{_WORD})(?:{_alt(_accent_variants(words))})(?!{_WORD})", re.IGNORECASE) if words else None


@functools.cache
def lone_part_span(lang: str) -> int | None:
    """``lone_part_story_day_span`` in ``lang/<lang>/words.yaml``: how far from the reference date the text's last
    day may lie for ``story_day_before`` to give it; None (the key absent): ``story_day_before`` gives none."""
    span = load(f"{lang}/words").get("lone_part_story_day_span")
    return int(span) if span is not None else None


@functools.cache
def idiom_after(lang: str) -> re.Pattern[str]:
    """The words after a part of the day that make it no time but a thing or an idiom ("la nuit des temps", "une
    nuit blanche", "a night shift", "the night of the long knives"): ``lone_part_not_before``; such a part takes no
    day (round thirty, pod30); nor does one followed by a link word (``lone_part_day_links``), a determiner
    (``lone_part_figure_determiners``), at most two words and a noun of a period, an era or a state
    (``lone_part_figure_nouns``: "à l'aube d'une crise", "at the dawn of a new age": a figure; round thirty-one,
    pod31)."""
    data = load(f"{lang}/words")
    words = [str(w) for w in data.get("lone_part_not_before") or []]
    links = [str(w) for w in data.get("lone_part_day_links") or []]
    dets = [str(w) for w in data.get("lone_part_figure_determiners") or []]
    nouns = [str(w) for w in data.get("lone_part_figure_nouns") or []]
    idiom = rf"[^\S\n]+(?:{_alt(_accent_variants(words))})(?!{_WORD})" if words else r"(?!)"
    figure = (rf"[^\S\n]+(?:{_alt(_accent_variants(links))})(?:(?<=['’])|[^\S\n]+)"
              rf"(?:(?:{_alt(_accent_variants(dets))})(?:(?<=['’])|[^\S\n]+))?(?:[^\W\d_][\w-]*[^\S\n]+){{0,2}}"
              rf"(?:{_alt(_accent_variants(nouns))})(?!{_WORD})") if links and nouns else r"(?!)"
    return re.compile(f"{idiom}|{figure}", re.IGNORECASE)


@functools.cache
def lone_part_pattern(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a part-of-day word, the preposition and determiner right before it): searched from the rarer word."""
    lex = lexicon(lang)
    words = _alt(_accent_variants(lex.raw["day_parts"]))
    before = _alt(_accent_variants(lex.lists["lone_part_before"]))
    return (re.compile(rf"(?<!{_WORD})(?P<p>{words})(?!{_WORD})", re.IGNORECASE),
            re.compile(rf"(?<!{_WORD})(?:{before})(?:[^\S\n]+(?P<d>(?:(?:de|d['’]|of)[^\S\n]*)?(?:la|le|l['’]|the)[^\S\n]*"
                       rf"|(?:de|d['’])[^\S\n]*)|[^\S\n]+)$",
                       re.IGNORECASE))
