"""A country named as the complement of a noun is not shown as an actor (issue 13, round thirty-three, act33).

``country_settings`` and ``country_frames`` read a country that is where something happens as a place. A country
told as what a noun belongs to is neither place nor shown actor: the words before it are a noun and a link
("l'ambassadeur de France", "the Communist Party of Vietnam", "le retrait des États-Unis", "une tribu armée du
Yémen"). The noun is what acts, or its holder the text names; the country only qualifies it. Read from the words
before the country (``country_complement_links`` in lang/*/actors.yaml), never from what it does; a country after an
agent's link ("par la France", "by the United States"), a side's ("with", "avec", "entre") or a recipient's ("à",
"to"), or in a party's list ("la France et le Bénin ont signé"), is untouched.

The country is still read as an actor, with the role ``COMPLEMENT_ROLE`` (actors/rules.py): merging counts it as it
did before, so tellings are grouped as they were (dropping it outright split a minister's two tellings that shared
only "du Luxembourg" and joined two meetings kept apart by their countries, on fresh dev); the event row does not show
it unless one of its tellings reads the country otherwise (merge_events.py ``event_row``), and the events step lends
it to no event (``complement_only``: a story's main actors, a pair's sides, events/__init__.py).

Not the English possessive ("Australia's prime minister"): tried, it removed 5 wrong names on fresh dev and the
written dev halves but lost 3 right ones, the country standing for its own body ("New Zealand's central bank",
"Ireland's team beat Peru").

Counted on dev before it was built (docs/BENCHMARKS.md, "act33, round thirty-three"): of the countries and world
bodies shown on matched rows, wrong / right by gold, real-news dev A 51 / 5, B 21 / 11, fresh dev 39 / 3, written
read dev halves 17 / 7.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import Lex
from timeline.extraction.actors.reader import Tok
from timeline.models import COMPLEMENT_ROLE

__all__ = ["complement_country", "complement_only"]


def complement_country(toks: Sequence[Tok], k: int, lex: Lex) -> bool:
    """The country opening at toks[k] is a noun's complement: a word, a link, perhaps a determiner, then the
    country ("ambassadeur de France", "of the United States")."""
    m = k - 1 if k > 0 and toks[k - 1].fold in lex.determiners else k
    return m > 1 and toks[m - 1].fold in lex.country_complement_links and toks[m - 2].word


def complement_only(readings: Iterable[Any]) -> frozenset[str]:
    """The folded names that every reading of ``readings`` (Entities of the sentences an article's events read, None
    for a sentence not read) gives as a country complement only: the events step lends them to no event."""
    complement: set[str] = set()
    plain: set[str] = set()
    for entities in readings:
        for actor in getattr(entities, "actors", ()) or ():
            (complement if actor.role == COMPLEMENT_ROLE else plain).add(lexicon.fold(actor.name))
    return frozenset(complement - plain)
