"""Step 9a': "the two sides", "both schools", "les deux parties": an event told of two parties named before.

"The minister received his counterpart on Monday. / Following the talks, the two sides signed a memorandum.", "Les
deux écoles fermeront ... / Les conseils des deux écoles ont voté ...": the sentence tells what two parties did and
names neither; the sentence before names them. An event whose own sentence holds such a phrase (``pair_anaphors`` of
lang/<lang>/actors.yaml: a counting word, then a plural noun of people, bodies or states) and names fewer than two
agents takes the actors of the nearest earlier sentence of its story, at most PAIR_REACH back, that names two agents
or more (persons, bodies, countries): its first two persons, else its first two agents, lent to it (shown, not
counted by merging).

Counted on the dev halves (docs/BENCHMARKS.md, "Actors on unseen text, round seventeen"): two written dev halves (i,
j) each lost both parties of a row told this way.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.layout import Page
from timeline.extraction.events.spans import _clean
from timeline.extraction.events.story_actors import is_agent, named_actors, read_entities
from timeline.settings import Options

__all__ = ["PAIR_REACH", "pair_lent", "tells_a_pair", "told_pair"]

#: How many sentences back the two parties may be named.
PAIR_REACH = 3


@functools.cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    own = (lexicon.load(f"{lang}/actors") or {}).get("pair_anaphors") or {}
    counts = sorted({lexicon.fold(str(w)) for w in own.get("counts") or []}, key=len, reverse=True)
    nouns = sorted({lexicon.fold(str(w)) for key in ("nouns", "states") for w in own.get(key) or []}, key=len,
                   reverse=True)
    if not counts or not nouns:
        return None
    count = "|".join(re.escape(c) for c in counts)
    noun = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"(?<![\w-])(?:{count})\s+({noun})(?![\w-])")


@functools.cache
def _states(lang: str) -> frozenset[str]:
    own = (lexicon.load(f"{lang}/actors") or {}).get("pair_anaphors") or {}
    return frozenset(lexicon.fold(str(w)) for w in own.get("states") or [])


def told_pair(text: str, lang: str) -> str:
    """The plural noun of the counting phrase by which the sentence names two parties ("the two sides": "sides",
    "both schools", "les deux pays"); "" when there is none."""
    pattern = _pattern(lang)
    found = pattern.search(lexicon.fold(text)) if pattern else None
    return found.group(1) if found else ""


def tells_a_pair(text: str, lang: str) -> bool:
    """Does the sentence name two parties only by a counting phrase ("the two sides", "both schools", "les deux
    parties")?"""
    return bool(told_pair(text, lang))


def _agents(page: Page, entities: Any) -> list[tuple[str, str]]:
    """The distinct persons, bodies and countries a sentence's entities name, (name, kind) in reading order."""
    out: dict[str, tuple[str, str]] = {}
    for actor in named_actors(page, entities):
        name = _clean(actor.name)
        if name and (is_agent(actor.kind, name) or actor.kind == "country"):
            out.setdefault(lexicon.fold(name), (name, actor.kind))
    return list(out.values())


def _pair(agents: list[tuple[str, str]], states: bool) -> list[str]:
    """The two parties among a sentence's agents: its first two countries for a pair of states ("the two
    countries", ``states`` of ``pair_anaphors``) when it names two, else its first two persons when it names two or
    more (the sides of a meeting are its people: "the minister received her counterpart"), else its first two
    agents."""
    for wanted in ("country" if states else "", "person"):
        named = [name for name, kind in agents if kind == wanted]
        if len(named) >= 2:
            return named[:2]
    return [name for name, _ in agents[:2]]


def pair_lent(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any]
              ) -> dict[int, list[str]]:
    """Event position -> the two parties lent to it: for each event whose own sentence tells a pair
    (``tells_a_pair``) and names fewer than two agents, the pair (``_pair``) of the nearest earlier sentence of its
    story (at most PAIR_REACH back) that names two agents or more. ``by_sentence`` gets the entities of the
    sentences it reads (pass a copy to keep the caller's as it was)."""
    lang = page.article.lang
    wanted: dict[int, list[int]] = {}
    for position, context in enumerate(contexts):
        own = context[0]
        if not tells_a_pair(page.sentences[own].text, lang):
            continue
        story = page.sentence_story[own]
        earlier = [j for j in range(own - 1, max(-1, own - 1 - PAIR_REACH), -1) if page.sentence_story[j] == story]
        if earlier:
            wanted[position] = earlier
    if not wanted:
        return {}
    read = sorted({contexts[p][0] for p in wanted} | {i for found in wanted.values() for i in found})
    read_entities(page, options, by_sentence, read)
    out: dict[int, list[str]] = {}
    for position, earlier in wanted.items():
        if len(_agents(page, by_sentence.get(contexts[position][0]))) >= 2:
            continue
        pair = next((i for i in earlier if len(_agents(page, by_sentence.get(i))) >= 2), None)
        if pair is not None:
            states = told_pair(page.sentences[contexts[position][0]].text, lang) in _states(lang)
            out[position] = _pair(_agents(page, by_sentence.get(pair)), states)
    return out
