"""Step 12: the press conference or call at which an actor gives its news that day is one row with the news.

A company or a government tells its news, then the occasion it told it at: "Nordhavn Energy today announced that it
has entered into an agreement to acquire ..." and, further down, "Nordhavn will host a conference call for analysts
today at 10:00"; "la Banque centrale annonce jeudi sa décision, suivie à 14 h 45 de la conférence de presse de sa
présidente"; "the central bank cut its rate on Wednesday" and "its governor told a news conference at 2pm ...".
The guide holds one row for the two (docs/ANNOTATION.md, "Core and borderline": when a company or government
announces its news on a call or at a press conference that same day, the announcement is one row, its own type,
alt `conference`). The conference noun is typed `conference`, so merging (which joins tellings of one type) keeps a
second row on the news's day: a row the gold does not hold.

So a telling is the occasion of its story's news, and takes that news's type, date and title (merging then folds it
into the news's row, where it stays as one more telling, its own words and places kept; the row keeps the news's
title, not "Conference by ..."), when

    1. it is typed `conference` and its sentence names an announcement occasion (lang/<lang>/triggers.yaml
       ``announcement_occasions``: "press conference", "conference call", "earnings call", "conférence de presse",
       "point presse", "conférence téléphonique"), not a conference that is a gathering of its own (a summit, a
       colloquium, "the UN climate conference");
    2. its story holds a telling typed as news (NEWS_TYPES: a `decision`, or an `other` happening, the type of an
       announcement or a publication), told in its sentence or an earlier one: the news comes first, its occasion
       after it;
    3. of one day with it: the news's date (or range) holds the telling's day, both of day precision;
    4. the two sentences name one actor: an actor of either telling (its own, not one its story lent it), by name
       or by its first word ("Nordhavn" for "Nordhavn Energy A/S"), in both. A press conference of another actor
       the same day ("the opposition leader told a news conference ...", to which context lends the company it
       speaks of) is a happening of its own;
    5. and the occasion's sentence gives no news of its own: no verb of ``occasion_news_verbs`` ("announced",
       "confirmed", "unveiled", "a annoncé", "a confirmé") besides the news's own trigger. "At a press conference on
       Monday, the minister also confirmed that two hospitals would close", after "the minister unveiled the plan on
       Monday": the conference is the occasion of the closures, a row of its own.

Counted on dev (round seventeen, docs/BENCHMARKS.md): the second row of written batches a (a conference call) and
c (a press conference after a monetary decision); the two calls of batch g's results and rate cut fold the same way
(the gold's alt `conference` had hidden them). A press conference told apart from the news keeps its row: one of
another actor (a spokesman's briefing the day of the president's speech), one told by its own day with no news of
that day before it. Not handled: a joint press conference after a signing by the same minister, the same day,
would fold into the signing (a `decision`); on dev such asides carry no date of their own and make no telling.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.models import UNCOUNTED_ROLES, Mention

__all__ = ["NEWS_TYPES", "occasion_folds"]

#: The types of a story's news that an occasion folds into: a decision, or an announced `other` happening.
NEWS_TYPES = frozenset({"decision", "other"})
CONFERENCE = "conference"
#: A name's first word counts as the name when it has at least this many letters ("Nordhavn", not "The").
FIRST_WORD_LETTERS = 4


@functools.cache
def _words(lang: str, key: str) -> re.Pattern[str] | None:
    """The word family ``key`` of lang/<lang>/triggers.yaml as one pattern of whole words (folded text)."""
    words = [str(w) for w in lexicon.load(f"{lang}/triggers").get(key) or ()]
    return re.compile(rf"(?<![\w'-])(?:{'|'.join(words)})(?!\w)") if words else None


def _news_of_its_own(occasion: Mention, news: Mention) -> bool:
    """The occasion's sentence announces something besides ``news`` (an ``occasion_news_verbs`` verb that is not the
    news's own trigger, told in that sentence): the occasion is that other news's."""
    pattern = _words(occasion.lang, "occasion_news_verbs")
    if pattern is None:
        return False
    said = lexicon.fold(occasion.sentence)
    if news.sentence_start == occasion.sentence_start:
        said = said.replace(lexicon.fold(news.trigger), " ", 1)
    return pattern.search(said) is not None


def _names(mention: Mention) -> list[str]:
    """The telling's own actors (not lent by its story), folded."""
    lent = {name for name, role in mention.roles if role in UNCOUNTED_ROLES}
    return [lexicon.fold(a) for a in mention.actors if a not in lent]


def _named_in(names: Sequence[str], sentence: str) -> bool:
    """One of ``names`` (or its first word of FIRST_WORD_LETTERS letters or more) is in the folded ``sentence``."""
    for name in names:
        first = name.split()[0] if name.split() else ""
        for form in {name, first if len(first) >= FIRST_WORD_LETTERS else ""} - {""}:
            if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", sentence):
                return True
    return False


def _one_actor(occasion: Mention, news: Mention) -> bool:
    """An actor of either telling (its own) that both sentences name."""
    mine, theirs = lexicon.fold(occasion.sentence), lexicon.fold(news.sentence)
    return any(_named_in([name], mine) and _named_in([name], theirs) for name in _names(occasion) + _names(news))


def _same_day(news: Mention, occasion: Mention) -> bool:
    return (news.precision == occasion.precision == "day" and occasion.end_date is None
            and news.date <= occasion.date <= (news.end_date or news.date))


def occasion_folds(mentions: list[Mention]) -> list[Mention]:
    """The mentions of one article, each press conference or call of its story's news of that day taking the news's
    type, date and title (see the module doc); the news told nearest before it, when several are."""
    result = []
    for mention in mentions:
        pattern = _words(mention.lang, "announcement_occasions") if mention.event_type == CONFERENCE else None
        if pattern is not None and pattern.search(lexicon.fold(mention.sentence)):
            news = [m for m in mentions if m.event_type in NEWS_TYPES and m.story_index == mention.story_index
                    and m.sentence_start <= mention.sentence_start and _same_day(m, mention)
                    and _one_actor(mention, m) and not _news_of_its_own(mention, m)]
            if news:
                host = max(news, key=lambda m: m.sentence_start)
                mention = dataclasses.replace(mention, event_type=host.event_type, date=host.date,
                                              end_date=host.end_date, title=host.title)
        result.append(mention)
    return result
