"""Step 3's readings of a date: too weak to date a happening (a season, a day counted from a named happening, a guessed
year far back), a bare part of the day naming a kind of session, a bare weekday of a future-tense sentence (the
coming one), a headline's weekday read as its story's body reads it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.dates.resolve import GUESSED_YEAR_CONFIDENCE, WEEKDAY_MISMATCH_CONFIDENCE
from timeline.extraction.dates.year_spans import RUNNING_YEARS_RULE
from timeline.extraction.events.date_roles import _weekday_words, entry_clock, said_at
from timeline.extraction.events.status_cues import _alternation
from timeline.extraction.events.vocabulary import CUE_WINDOW, Rules
from timeline.extraction.sentences import Span
from timeline.models import DateMention

SEASON_RULES = frozenset({"season", RUNNING_YEARS_RULE})  # "la saison 2015-2016" in 2016: a period, no date of a deed
#: Date-engine rules of a day counted from another one ("le lendemain", "la veille", "une journée plus tard").
ANCHOR_RULES = frozenset({"relative_anchor", "offset_anchor"})
#: Days before the page beyond which a year the date engine guessed ("juin", "November 11" in a clause it read as
#: past) and put in an earlier calendar year is no date to build an event on: the same day and month of the coming
#: year is nearer, and news leaves out the year of the current one ("in January", on a page of September), not of
#: a date of last year further back than half a year.
GUESSED_YEAR_REACH = 183
#: The confidences the date engine gives a year it guessed (not written, not confirmed by a weekday).
GUESSED_YEAR = frozenset({GUESSED_YEAR_CONFIDENCE, WEEKDAY_MISMATCH_CONFIDENCE})


@functools.cache
def _anchor_objects() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What follows a day counted from a happening the text names instead of a date ("au lendemain de la
    fusillade", "à la veille du scrutin", "the day after airing"), whose date the engine can only guess: (the
    preposition and article after the anchor, the article after an anchor ending in its own last word, that last
    word), from ``anchor_object`` in lang/*/triggers.yaml, both languages (the text is folded, its language aside)."""
    lists: dict[str, set[str]] = {"last_words": set(), "after_last": set(), "prepositions": set(), "articles": set()}
    for lang in ("fr", "en"):
        table = lexicon.load(f"{lang}/triggers").get("anchor_object") or {}
        for key, found in lists.items():
            found.update(lexicon.fold(str(w)) for w in table.get(key) or [])
    articles = f"(?:(?:{_alternation(lists['articles'])})\\b\\s*)?" if lists["articles"] else ""
    after_last = f"(?:(?:{_alternation(lists['after_last'])})\\s+)?" if lists["after_last"] else ""
    return (re.compile(f"\\s+(?:{_alternation(lists['prepositions'])})\\b\\s*{articles}(?=\\w)"),
            re.compile(f"\\s+{after_last}(?=\\w)"),
            re.compile(f"\\b(?:{_alternation(lists['last_words'])})$"))


@functools.cache
def _session_nouns() -> re.Pattern[str] | None:
    """Nouns a bare part of the day modifies as a kind of session, no date ("in morning trading on Friday", "the
    afternoon session"): ``session_nouns`` in lang/*/triggers.yaml, both languages (the text is folded)."""
    words = {lexicon.fold(str(w)) for lang in ("fr", "en")
             for w in lexicon.load(f"{lang}/triggers").get("session_nouns") or []}
    return re.compile(rf"\s+(?:{_alternation(words)})\b") if words else None


#: A part of the day with no day of its own ("morning", "the afternoon"): its date is only the story's.
_BARE_PART = re.compile(r"(?:(?:the|this|early|late|mid)[\s-]+)?[a-z]+")


def session_part(folded: str, date: DateMention) -> bool:
    """A bare part of the day that names a kind of session: "the Nikkei fell 3% in morning trading on Friday" is
    Friday's fall, not this morning's (``session_nouns``); alone in its sentence it still dates the story's day
    ("rose 1% in afternoon trading"). The date stays in the dates table."""
    nouns = _session_nouns()
    return (bool(date.time) and nouns is not None and _BARE_PART.fullmatch(folded, date.start, date.end) is not None
            and nouns.match(folded, date.end) is not None)


def settle_sentence_roles(folded: str, by_sentence: dict[int, list[tuple[DateMention, str]]]) -> None:
    """Within one sentence, a statement's day gives way to a date of what it announces, and a kind of session
    beside a day ("fell 3% in morning trading on Friday") gives way to the day. Edits ``by_sentence`` in place."""
    for i, found in by_sentence.items():
        if any(r == "released" for _, r in found) and any(r == "event" for _, r in found):
            found = by_sentence[i] = [(d, r) for d, r in found if r != "released"]
        if len(found) > 1 and any(session_part(folded, d) for d, _ in found):
            found = by_sentence[i] = [(d, r) for d, r in found if not session_part(folded, d)] or found
        if len(found) > 1 and any(entry_clock(folded, d) for d, _ in found):
            # a live blog's entry stamp ("08h30 - Un homme est mort ce matin"): the entry's own date tells the day
            by_sentence[i] = [(d, r) for d, r in found if not entry_clock(folded, d)]


def weak_reading(folded: str, date: DateMention, reference: dt.date | None,
                 date_starts: frozenset[int] = frozenset()) -> str | None:
    """Why a date's reading is too weak to date a happening, or None.

    A season ("à quelques semaines de l'hiver"); a day counted from a happening named instead of a date ("au
    lendemain de la fusillade"); a year guessed from the tense, in an earlier calendar year, more than half a year
    back ("les législatives de juin" on a page of March). The date itself stays in the dates table: only no event
    is built on it. ``date_starts``: where the page's dates start ("the day after Christmas" counts from a date).
    """
    if date.rule in SEASON_RULES:
        return "season"
    text = folded[date.start : date.end]
    if date.rule in ANCHOR_RULES:
        after = folded[date.end : date.end + 30]
        # "the day after airing" (the anchor word ends the date), "au lendemain de la fusillade" (it follows)
        anchored_on, next_word, word_last = _anchor_objects()
        named = (next_word if word_last.search(text.rstrip()) else anchored_on).match(after)
        return "anchored on a happening" if named and date.end + named.end() not in date_starts else None
    if (reference is not None and date.confidence in GUESSED_YEAR and date.precision in ("day", "month")
            and not re.search(r"\d{4}", text) and not _PAST_WORDS.search(text)
            and (last := date.end_value or date.value).year < reference.year
            and (reference - last).days > GUESSED_YEAR_REACH):
        return "guessed year far back"
    return None


_PAST_WORDS = re.compile(r"dernier|derniere|passe|passee|last|past|previous|ago|hier|yesterday")


def _future_weekday(rules: Rules, folded: str, sentence: Span, date: DateMention,
                    reference: dt.date | None) -> DateMention:
    """A bare weekday the date engine put in the past, in a sentence in the future tense: the coming one.

    "Les ministres tiendront leur propre réunion dimanche" (page of Saturday 24 May) is Sunday 25 May.
    """
    if (reference is None or not date.relative or date.precision != "day" or date.end_value is not None
            or not date.value < reference <= date.value + dt.timedelta(days=6)):
        return date
    words = folded[date.start : date.end]
    if re.search(r"\d", words) or _PAST_WORDS.search(words) or rules.future is None:
        return date
    if said_at(rules, folded, sentence, date, folded[max(sentence.start, date.start - CUE_WINDOW) : date.start]):
        return date  # "Apple announced Friday that it will give ...": the announcement is past, its content ahead
    before = folded[sentence.start : date.start]
    after = folded[date.end : sentence.end]
    clause_start = date.start - len(re.split(r"[,;:()]", before)[-1])
    clause_end = date.end + len(re.split(r"[,;:()]", after)[0])
    if len(re.findall(r"\w+", folded[clause_start:clause_end])) <= 3:  # "Vendredi, ..., X rencontrera ..."
        clause_start, clause_end = sentence.start, sentence.end
        if rules.past and rules.past.search(folded, sentence.start, sentence.end):
            return date  # "On Sunday, the Prime Minister inaugurated ...": past tense wins
    if not rules.future.search(folded, clause_start, clause_end):
        return date
    if _past_conjunct(rules, folded, date, clause_start, clause_end):
        return date  # "The strike began on Monday and will continue until Friday": its own verb is past
    if "weekday" not in date.rule and not any(w in words for w in _weekday_words(rules.lang)):
        return date
    shifted = date.value + dt.timedelta(days=7)
    note = "the coming weekday: the sentence is in the future tense"
    return dataclasses.replace(date, value=shifted, explanation=f"{date.explanation}; {note}".lstrip("; "))


def _past_conjunct(rules: Rules, folded: str, date: DateMention, start: int, end: int) -> bool:
    """The date's own conjunct of its clause (cut at ``tense_links``, "and", "et", "mais") is in the past tense, while
    another conjunct is in the future: "La grève a commencé lundi et se poursuivra": Monday is behind."""
    if rules.tense_links is None or rules.past is None or rules.future is None:
        return False
    links = list(rules.tense_links.finditer(folded, start, date.start))
    lo = links[-1].end() if links else start
    after = rules.tense_links.search(folded, date.end, end)
    hi = after.start() if after else end
    if (lo, hi) == (start, end):
        return False
    return bool(rules.past.search(folded, lo, hi)) and not rules.future.search(folded, lo, hi)


#: The body's reading of a headline's weekday differs by a whole week at most (past or coming one).
_WEEK = dt.timedelta(days=7)


_Roles = dict[int, list[tuple[DateMention, str]]]


def headline_weekdays(lang: str, folded: str, headlines: dict[int, int], sentence_story: Sequence[int],
                      by_sentence: _Roles) -> _Roles:
    """A headline has no tense ("Strike on Friday: rail traffic halted"), so the past or coming week of its bare
    weekday is a guess; its story's body tells the same weekday in a tensed sentence ("traffic will be halted on
    Friday"): the headline's weekday takes the body's reading, and both tellings date one happening.
    ``headlines``: story -> its headline's sentence index; ``by_sentence``: step 3's dates, changed in place."""
    weekdays = set(_weekday_words(lang))
    for story, index in headlines.items():
        for number, (date, role) in enumerate(by_sentence.get(index, ())):
            said = set(re.findall(r"\w+", folded[date.start : date.end]))
            if date.precision != "day" or not date.relative or not said & weekdays or re.search(r"\d", date.text):
                continue
            body = [d for i, found in by_sentence.items() if i != index and sentence_story[i] == story
                    for d, _ in found if d.precision == "day" and d.relative and abs(d.value - date.value) == _WEEK
                    and said & weekdays == set(re.findall(r"\w+", folded[d.start : d.end])) & weekdays]
            if len({d.value for d in body}) == 1:
                note = f"the body's reading of the headline's weekday ({body[0].text!r})"
                by_sentence[index][number] = (dataclasses.replace(date, value=body[0].value,
                                                                  explanation=f"{date.explanation}; {note}"), role)
    return by_sentence
