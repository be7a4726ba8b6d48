"""Step 7c: a market move told without a date takes the day of its story's dated happening (round twenty-eight, sam28).

A company's news and the move of its shares are two rows of one day (docs/ANNOTATION.md: "a company's own share move
told as its news is a row of its own"). The news is dated, the move most often is not: "The brewer lowered its outlook
on Monday. [...] Its stock slid 5% at the open." Pairing never sees the move (its sentence holds
no date), so the day's second happening was lost.

Only such a sentence is read so: it holds no date, its first happening is a verb that only a day can date
(``lemmas_day_only`` / ``verbs_day_only``: a market move) with a company's security as its subject right before it
(``company_share_subjects`` in lang/<lang>/triggers.yaml: "shares", "the stock", "le titre", "l'action"; an index or
a market is not, a market's day being one row; the verb reading's own test, ``verb_readings._subject_before``), no
saying stands before it (``reporting_cues``: "it said its share of the van market grew", a reported figure), and it is
neither in the future nor a plan. It takes the day of the last dated happening of its story before it when that
happening is one past day (a day, no range, no 'until' end, at most ``NEWS_DAYS`` before the page's reference date:
the day the page reports, not one it recalls) and no market's own move (a market report's movers are part of the
market's day, one row: docs/ANNOTATION.md); a dated happening of another day in between, or a sentence dating two
past days, stops the lending. A clock alone does not date the move's sentence ("slid 3% by 10am"). Merging keeps
the move apart from the news of another sentence (``merge_apart.apart``, ``LENT_MARKET``: the news and the
reaction).

This is not the plain "a dateless sentence takes the day before it" (mis25 measured it and dropped it: the sentences
after a dated one are mostly background); a market move told as a past act with its security as subject is the
day's reaction in the news this project reads.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.dates.clock_day import CLOCK_RULE
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.verb_readings import _market, _subject_before
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.events.wordlists import _words_re
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["market_days"]

#: The news's day lies at most this many days before the page's reference date: a move told without a date is the
#: reaction of the day the page reports, not of a day the story recalls.
NEWS_DAYS = 3



def _ahead(rules: Rules, folded: str, sentence: Span) -> bool:
    """The sentence is in the future or tells a plan."""
    return any(p is not None and p.search(folded, sentence.start, sentence.end) for p in (rules.future, rules.planned))


def _move(rules: Rules, folded: str, sentence: Span, triggers: Sequence[_Trigger]) -> _Trigger | None:
    """The sentence's first happening when it is a market move told by a verb with a market subject before it."""
    first = next((t for t in triggers if not t.excluded), None)
    if first is None or first.kind != "verb" or not first.day_only or first.subordinate or first.generic \
            or first.relative >= 0:
        return None
    market = _market(rules.lang)
    if market.reporting is not None and market.reporting.search(folded, sentence.start, first.start):
        return None  # "the maker said its share of the van market grew to 12%": a figure a saying reports
    shares = _shares(rules.lang)
    if shares is None:
        return None
    return first if _subject_before(dataclasses.replace(market, subject=shares), folded, sentence.start, first.start) \
        else None


@functools.cache
def _shares(lang: str) -> re.Pattern[str] | None:
    """A company's own security as a subject (``company_share_subjects`` in lang/<lang>/triggers.yaml)."""
    return _words_re([str(w) for w in lexicon.load(f"{lang}/triggers").get("company_share_subjects") or ()])


def _day_of(rules: Rules, folded: str, protos: Sequence[_Proto], reference: dt.date | None) -> DateMention | None:
    """The one past day the dated happenings of one sentence tell (a day, no range, no 'until' end, not after the
    page's reference date; "cut its forecast on Wednesday and said its chief would step down at the end of January":
    Wednesday), else None."""
    days = [p.date for p in protos if not p.until and p.end_date is None and p.date.precision == "day"
            and p.date.end_value is None and p.date.open_end is None
            and reference is not None and 0 <= (reference - p.date.value).days <= NEWS_DAYS]
    if len({d.value for d in days}) != 1:
        return None
    market = _market(rules.lang)
    if any(p.trigger.day_only and _subject_before(market, folded, p.sentence.start, p.trigger.start) for p in protos):
        return None  # a market's day ("London's main index closed higher on Tuesday"): its movers are that one row
    return days[0]


def _dated(date: DateMention) -> bool:
    """A date that dates its sentence: a clock alone does not ("slid 3% by 10am" is the day's move)."""
    return date.rule != CLOCK_RULE


def market_days(rules: Rules, folded: str, protos: list[_Proto], triggers_by_sentence: dict[int, list[_Trigger]],
                dates: Sequence[DateMention], sentences: Sequence[Span], sentence_story: Sequence[int],
                reference: dt.date | None = None) -> list[_Proto]:
    """The market moves of each story told without a date (see the module), with the day they take."""
    if not sentences or not protos:
        return protos
    starts = [s.start for s in sentences]
    with_date = {bisect.bisect_right(starts, d.start) - 1 for d in dates if _dated(d)}
    by_sentence: dict[int, list[_Proto]] = {}
    for proto in protos:
        by_sentence.setdefault(proto.sentence_index, []).append(proto)
    lent: dict[int, DateMention | None] = {}
    added: list[_Proto] = []
    for index, sentence in enumerate(sentences):
        story = sentence_story[index]
        if index in by_sentence:
            lent[story] = _day_of(rules, folded, by_sentence[index], reference)
            continue
        day = lent.get(story)
        if day is None or index in with_date or _ahead(rules, folded, sentence):
            continue
        trigger = _move(rules, folded, sentence, triggers_by_sentence.get(index, ()))
        if trigger is not None:
            added.append(_Proto(sentence, index, story, trigger, day, False, 0.0, inherited=True))
    return sorted([*protos, *added], key=lambda p: (p.sentence.start, p.date.start)) if added else protos
