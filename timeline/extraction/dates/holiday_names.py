"""Whether a holiday's name dates something: a season around it ("Christmas sales", "les fêtes de Noël") or a thing
named after it ("les illuminations de Noël") is no day (read by ``steps_calendar.step_holidays``)."""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key, lexicon
from timeline.lang import load


def _holiday_season(ctx: _Context, start: int, end: int) -> bool:
    """Whether a holiday names the season around it ("Christmas sales", "the Christmas and New Year sales period",
    "la période des fêtes de Noël"): ``holiday_season_after`` / ``holiday_season_before`` in the word lists."""
    after, before = _season_words(ctx.lex.lang)
    return bool(after.match(ctx.text, end, end + 60) or before.search(ctx.text, max(0, start - 40), start))


@functools.cache
def _time_heads(lang: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    heads = load(f"{lang}/words").get("holiday_time_heads")
    if not heads:
        return None
    return (re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_][\w'’-]*)[^\S\n]+(?:de|du|d['’])[^\S\n]*"
                       r"(?:(?:la|le|l['’])[^\S\n]*)?$"), frozenset(_key(w) for w in heads))


def _named_after(ctx: _Context, start: int) -> bool:
    """Whether a holiday after "de" qualifies the noun before it ("les illuminations de Noël", "le défilé de la
    Saint-Nicolas" is a thing named after the feast, not its day) rather than a time ("le jour de Noël", "à l'approche
    de la Toussaint", "la veille de Pâques"): a lower-case word before "de" that is none of ``holiday_time_heads``
    (with a year, "les ventes de Pâques 2019", the feast of that year is meant)."""
    found = _time_heads(ctx.lex.lang)
    if found is None:
        return False
    pattern, heads = found
    head = pattern.search(ctx.text, max(0, start - 40), start)
    if head is None or not head["w"].islower():
        return False
    word = _key(head["w"].split("'")[-1].split("’")[-1])
    return word not in heads


@functools.cache
def _season_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon(lang)
    after = _alt(_accent_variants(lex.lists["holiday_season_after"]))
    before = _alt(_accent_variants(lex.lists["holiday_season_before"]))
    # "the Lunar New Year (Tet) holiday": a name in brackets between the holiday and the season word; "Tet) holiday"
    return (re.compile(rf"(?:[^\S\n]*\([^()\n]{{1,30}}\)|\))?"
                       rf"(?:[^\S\n]+(?:and|et|&)(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]*){{1,3}})?[^\S\n]+(?:{after})(?!{_WORD})",
                       re.IGNORECASE),
            # ... and an article may stand between the season word and the holiday ("les vacances de la Toussaint")
            re.compile(rf"(?<!{_WORD})(?:{before})[^\S\n]*(?:(?:la|le|les|l['’])[^\S\n]*)?$", re.IGNORECASE))


@functools.cache
def _point_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(``holiday_ahead_before`` right before a holiday, ``holiday_on_before`` right before one; None: the language
    puts no holiday before a noun it qualifies, French says "les ventes de Noël": ``_named_after``)."""
    words = load(f"{lang}/words")
    ahead = _alt(_accent_variants(list(words.get("holiday_ahead_before") or []))) or "(?!)"
    on = _alt(_accent_variants(list(words.get("holiday_on_before") or [])))
    return (re.compile(rf"(?<!{_WORD})(?:{ahead})[^\S\n]+(?:(?:the|la|le|l['’])[^\S\n]*)?$", re.IGNORECASE),
            re.compile(rf"(?<!{_WORD})(?:{on})[^\S\n]+(?:(?:the)[^\S\n]*)?$", re.IGNORECASE) if on else None)


_LOWER_NEXT = re.compile(r"[^\S\n]+(?P<w>[a-zà-öø-ÿ][\w'’-]*)")


@functools.cache
def _verbs_next(lang: str) -> frozenset[str]:
    """``holiday_verb_next``: words after a holiday that make it the subject of a verb ("Thanksgiving was quiet")."""
    return frozenset(_key(w) for w in load(f"{lang}/words").get("holiday_verb_next") or [])


def holiday_as_point(ctx: _Context, start: int, end: int) -> bool:
    """Whether a holiday is a point the sentence's happening is set against, not its time: the tense of the sentence
    does not place it ("sales slowed ahead of Thanksgiving", "les magasins ont été pris d'assaut avant Noël"), nor
    does it place a holiday that qualifies the noun after it with no time preposition before it ("said Thanksgiving
    orders were soft": the orders of this one, two days ahead)."""
    ahead, on = _point_words(ctx.lex.lang)
    if ahead.search(ctx.text, max(0, start - 40), start):
        return True
    nxt = _LOWER_NEXT.match(ctx.text, end)
    if on is None or nxt is None or on.search(ctx.text, max(0, start - 20), start):
        return False
    word = _key(nxt["w"])
    return word not in _verbs_next(ctx.lex.lang) and not word.endswith("ed")  # "Thanksgiving passed quietly"
