"""Step 2b: verbs the vocabulary reads one way and their sentence another (``reread``).

**Market moves.** A market move told with the verb of another happening is a market move ('other', dated by a day
only). "Shares of the lender collapsed by 38% on Tuesday", "Wall Street rallied on Friday", "le titre s'est effondré de
12 % lundi": the verbs "collapse", "rally", "s'effondrer" also tell an accident or a protest, and their type outranks
the market's 'other' in the vocabulary. Their subject (a security, an index, a market: ``market_moves.subjects`` in
lang/<lang>/triggers.yaml) or the quantity right after them ("by 38%", "de 120 points": ``market_moves.quantities``)
says they tell a market's day: typed 'other' and, like every market verb, dated only by a day ("shares collapsed
in 2008" is a trend). A bridge that collapsed, strikers who rallied keep their type. The same holds for the nouns
of a market's day (``market_moves.nouns``: "the stock market crash", "a late rally on Wall Street").

**Rulings.** A verb of deciding followed by "that" ("The judge ruled on Friday that the firm must pay", "the board
decided on Monday that ..."; ``ruling_verbs``) is the decision itself, not the report of a statement that "that"
makes of other verbs ("said on Friday that"): the trigger is kept.

**A security's move and a reported figure** (``telling_kind``, read by merge_apart.py): "Ford said on Tuesday that
its sales rose 43%" and "Ford's stock rose to a five-year high" the same day are two happenings (docs/ANNOTATION.md:
a publication of results and a market move of a day are two rows), though their predicates agree; so are "Ford
reported a loss on Tuesday" and "Ford's shares fell 9% on Tuesday", though both name Ford (``publishing_verbs``).

**A market's day told by its country** ("U.S. stocks fell sharply on Tuesday", ``market_by_country``): the country
is no actor of the day, the indices the next lines name are (events step 9d takes them as for a nameless event).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.spans import _clause_breaks
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.wordlists import _words_re
from timeline.extraction.sentences import Span

__all__ = ["market_by_country", "reread", "telling_kind"]

#: Words at most between a market subject and its verb ("Shares of Northbank Group Inc. collapsed": 3).
SUBJECT_WORDS = 4
#: Characters read before a verb for its subject, and after it for its quantity.
SUBJECT_WINDOW = 80
QUANTITY_WINDOW = 40


@dataclasses.dataclass(frozen=True)
class _Market:
    types: frozenset[str]
    nouns: re.Pattern[str] | None
    subject: re.Pattern[str] | None
    quantity: re.Pattern[str] | None
    ruling: re.Pattern[str] | None
    reporting: re.Pattern[str] | None
    publishing: re.Pattern[str] | None


@functools.cache
def _market(lang: str) -> _Market:
    triggers = lexicon.load(f"{lang}/triggers")
    data = triggers.get("market_moves") or {}
    quantities = data.get("quantities") or []
    return _Market(
        types=frozenset(data.get("types") or ()),
        nouns=re.compile(rf"(?:{'|'.join(f'(?:{n})' for n in data['nouns'])})") if data.get("nouns") else None,
        subject=_words_re(data.get("subjects") or []),
        quantity=re.compile(rf"\s*(?:{'|'.join(f'(?:{q})' for q in quantities)})") if quantities else None,
        ruling=_words_re(triggers.get("ruling_verbs") or []),
        reporting=_words_re(triggers.get("reporting_cues") or []),
        publishing=_words_re(triggers.get("publishing_verbs") or []),
    )


def _subject_before(market: _Market, folded: str, lo: int, start: int) -> bool:
    """A market subject ends a few words before the verb, in its clause ("Shares of Ambrose Bank tumbled")."""
    if market.subject is None:
        return False
    for match in market.subject.finditer(folded, max(lo, start - SUBJECT_WINDOW), start):
        words = folded[match.end() : start].split()
        if len(words) <= SUBJECT_WORDS and not _clause_breaks(folded, match.end(), start):
            return True
    return False


def _subject_after(market: _Market, folded: str, end: int, hi: int) -> bool:
    """A market subject a few words after a noun ("a rally on Wall Street", "a crash in bank shares")."""
    if market.subject is None:
        return False
    match = market.subject.search(folded, end, min(hi, end + SUBJECT_WINDOW))
    return (match is not None and len(folded[end : match.start()].split()) <= NOUN_COMPLEMENT_WORDS
            and not _clause_breaks(folded, end, match.start()))


#: Words at most between a market noun and the market it names after it ("a late rally on Wall Street": 1).
NOUN_COMPLEMENT_WORDS = 3


def _market_move(market: _Market, folded: str, sentence: Span, t: _Trigger) -> bool:
    """Does the trigger tell a market's move: a verb of another happening's type with a market subject or a
    quantity right after it; a market noun ("crash", "rally") with a market word before or right after it."""
    if t.generic or t.excluded:
        return False
    if t.kind == "noun":
        return (market.nouns is not None and market.nouns.fullmatch(folded, t.start, t.end) is not None
                and (_subject_before(market, folded, sentence.start, t.start)
                     or _subject_after(market, folded, t.end, sentence.end)))
    if market.quantity is None or t.event_type not in market.types | {"decision"}:
        return False
    if t.event_type == "decision":  # "lifted the Dow by 200 points": a market as object, then its move
        subject = market.subject.match(folded, t.end + 1) if market.subject is not None else None
        end = subject.end() if subject is not None else -1
        return subject is not None and bool(market.quantity.match(folded, end, end + QUANTITY_WINDOW))
    return (market.quantity.match(folded, t.end, t.end + QUANTITY_WINDOW) is not None
            or _subject_before(market, folded, sentence.start, t.start))


def _ruling(market: _Market, folded: str, trigger: _Trigger) -> bool:
    return (trigger.kind == "verb" and trigger.excluded and market.ruling is not None
            and market.ruling.fullmatch(folded, trigger.start, trigger.end) is not None)


def reread(lang: str, folded: str, sentence: Span, triggers: Sequence[_Trigger]) -> list[_Trigger]:
    """The sentence's triggers, a verb or noun of another happening retyped 'other' (day only) when it tells a market
    move, a verb of deciding before "that" kept."""
    market = _market(lang)
    out = []
    for t in triggers:
        if _ruling(market, folded, t):
            t = dataclasses.replace(t, excluded=False)  # "ruled on Friday that": the ruling, no statement
        if _market_move(market, folded, sentence, t):
            t = dataclasses.replace(t, event_type="other", day_only=True)
        out.append(t)
    return out


def market_by_country(lang: str, folded: str, sentence: Span, by_sentence: Mapping[int, Any],
                      context: Sequence[int]) -> bool:
    """Does an event's context name only countries, its own sentence being a market's day ("U.S. stocks fell
    sharply on Tuesday": a market subject, ``market_moves.subjects``)?"""
    kinds = {a.kind for i in context for a in getattr(by_sentence.get(i), "actors", ()) or ()}
    market = _market(lang)
    return (kinds == {"country"} and market.subject is not None
            and market.subject.search(folded, sentence.start, sentence.end) is not None)


def telling_kind(lang: str, sentence: str, trigger: str) -> str:
    """'market' when a market subject stands before the trigger in its (folded) sentence ("Ford's stock rose"),
    'reported' when a saying does ("Ford said on Tuesday that its sales rose") or the trigger is itself a company's
    act of publishing (``publishing_verbs``: "Ford reported a loss on Tuesday", "launched a phone"), else ''."""
    market = _market(lang)
    at = sentence.find(trigger) if trigger else -1
    if at <= 0:
        return ""
    if _subject_before(market, sentence, 0, at):
        return "market"
    if market.publishing is not None and market.publishing.fullmatch(trigger):
        return "reported"
    return "reported" if market.reporting is not None and market.reporting.search(sentence, 0, at) else ""
