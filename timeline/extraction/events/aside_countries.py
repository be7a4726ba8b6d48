"""Step 10a': a country an event's telling names beside its agent, but not as its subject, is not shown (issue 13,
round thirty-six, act36).

A country is an actor when it acts: named before the trigger of the event's own sentence, not right before it
("Bangladesh and India signed", "la Chine a ratifié": ``story_actors._subject_country``), and before the sentence's
person or body ("Paul Varnier a menacé l'Italie de sanctions": the trigger "sanctions" comes after the country, which
is the threat's object). Named after the trigger
("Xi paid state visits to Costa Rica and Mexico", "sworn in as Australia's prime minister", "menacé l'Italie de
sanctions"), right before it ("the Malaysia visit"), or in another sentence the event reads after that sentence's
first person or body, it is where the happening goes, whom it concerns or whose office a title names, while a person
or a body of the telling acts. A country another sentence names before its person or body, or in a sentence naming
none, is left as it is: it may stand for its own body there (a first reading lost the gold's "Sri Lanka army" on
fresh dev, credited to the country by containment). Such a country takes the role ``COMPLEMENT_ROLE``, as a noun's
complement does (actors/country_complements.py): merging counts it as before, so tellings are grouped as they were,
and the row does not show it unless one of its tellings reads the country as its subject
(merge_events.py ``event_row``).

A country the own sentence names after a side's or an agent's word ("talks with the United States", "frappé par la
Turquie": ``country_side_links`` in lang/*/actors.yaml, perhaps through a determiner) stays: a two-sided happening
has both sides as actors (docs/ANNOTATION.md, "Actors and places"). Only when the telling names an agent (a
person or a body, ``story_actors.is_agent``): a country that is the only name of its telling is left as it is; and
never when a country is the subject of the own sentence: the others it names are its counterparts ("England beat
Italy 38-12", "la France a signé avec le Togo un accord que l'Espagne rejoindra").

Counted on dev before it was built (docs/BENCHMARKS.md, "act36, round thirty-six"): of the countries shown on matched
rows beside an agent, wrong / right by gold, fresh dev 31 / 3, real-news dev 39 / 10, written read dev halves 15 / 7;
the right ones are their sentence's subject but two (an alias of an army, a coalition led by the country).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.spans import _clean
from timeline.extraction.events.story_actors import _subject_country, is_agent, named_actors
from timeline.models import COMPLEMENT_ROLE

__all__ = ["aside_countries"]

#: How many characters before a country a side's word and its determiner may take ("between the ").
SIDE_REACH = 24


@functools.cache
def _side(lang: str) -> re.Pattern[str] | None:
    """A side's or an agent's word (``country_side_links``), perhaps a determiner after it, ending where a country
    starts."""
    data = lexicon.load(f"{lang}/actors") or {}
    links = [lexicon.fold(str(w)) for w in data.get("country_side_links") or []]
    if not links:
        return None
    articles = [lexicon.fold(str(w)) for w in data.get("determiners") or []]
    words = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True))
    determiner = "|".join(re.escape(w) for w in sorted(articles, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:(?:{determiner})(?:\s+|(?<=['’])))?$")


def _a_side(page: Any, actor: Any) -> bool:
    """The country is named right after a side's or an agent's word ("with", "avec", "by", "par")."""
    pattern = _side(page.article.lang)
    before = lexicon.fold(page.text[max(0, actor.start - SIDE_REACH) : actor.start])
    return bool(pattern and pattern.search(before))


def aside_countries(page: Any, context: Sequence[int], by_sentence: dict[int, Any], links: dict[str, str],
                    trigger: tuple[int, int], actors: dict[str, str]) -> dict[str, str]:
    """``actors`` (name -> role) with each country the telling names but not as its subject given COMPLEMENT_ROLE,
    when it names an agent too. ``context``: the sentences the event reads, its own first; ``trigger``: where its
    trigger starts and ends in the text (a result's trigger holds its sides: "England beat Italy 38-12")."""
    subjects: set[str] = set()
    aside: set[str] = set()
    agents: set[str] = set()
    for position, index in enumerate(context):
        found = named_actors(page, by_sentence.get(index))
        first = min((a.start for a in found if a.kind != "country" and is_agent(a.kind, _clean(a.name))), default=None)
        for actor in found:
            name = _clean(actor.name)
            key = lexicon.fold(links.get(name, name))
            if actor.kind != "country":
                if name and is_agent(actor.kind, name):
                    agents.add(key)
            elif position == 0 and (
                    (_subject_country(page, actor, trigger[0]) and (first is None or actor.start < first))
                    or trigger[0] <= actor.start < trigger[1] or _a_side(page, actor)):
                subjects.add(key)
            elif position and (first is None or actor.start < first):
                continue  # another sentence's own subject ("Sri Lanka's army said ..."): left as it is
            else:
                aside.add(key)
    if subjects:  # "England beat Italy 38-12": a country acts, the others it names are its counterparts
        return actors
    shown = {lexicon.fold(name) for name, role in actors.items() if role != COMPLEMENT_ROLE}
    if not aside or not (agents - aside) & shown:
        return actors
    return {name: COMPLEMENT_ROLE if lexicon.fold(name) in aside else role for name, role in actors.items()}
