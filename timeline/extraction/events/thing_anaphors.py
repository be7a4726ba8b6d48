"""Step 9a''''': a thing the sentence before introduced, picked up by a definite noun ("... has won a contract to
build two tugs for the port authority. / The contract was signed on Monday by its chairman ...", "Le club a présenté
sa nouvelle saison ... / La saison s'ouvrira samedi ...").

A reader knows that a sentence opening on a definite noun phrase whose noun the sentence before has just introduced
speaks of the same thing, so that the parties of that thing, named in the sentence before, are the parties of what
happens to it, even when the event's own sentence names someone else (who signed, who conducted). An event whose own
sentence opens on such a phrase (``thing_anaphors`` in lang/<lang>/actors.yaml: a definite article or a
demonstrative, then at most MODIFIER_WORDS lower-case words, then the noun, with no complement after it: "the results
of the vote" is told by its complement) whose noun (folded, to its first STEM_CHARS letters) the sentence right
before it, in its story, introduces with an indefinite article or a possessive ("a £2 million deal", "its autumn
programme") is lent the persons and bodies that sentence reads and its own context does not, but a name right after a
locative (where the thing was told, "at the Corn Exchange"). Lent (role ``LENT_ROLE``): merging does not count them,
so rows do not move.

Counted on the dev sets (docs/BENCHMARKS.md, "nbr25, round twenty-five"): actors named in the sentence before an
event that already names someone; this shape (the thing's own noun repeated) on written dev j and k.
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

__all__ = ["picked_noun", "thing_lent"]

#: At most this many lower-case words (adjectives) between the article and the noun ("the new contract").
MODIFIER_WORDS = 1

#: A noun and a word of the sentence before are one when their first this-many folded letters agree ("contract",
#: "contracts"; "démission", "démissionné"); shorter nouns must be the whole word.
STEM_CHARS = 7

#: At most this many words between the introducing article or possessive and the noun ("a £2 million deal").
INTRODUCER_WORDS = 3

_WORD = re.compile(r"[^\W\d_][\w-]*")


@functools.cache
def _lists(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(articles, introducers, complement words, not nouns) of ``thing_anaphors`` in lang/<lang>/actors.yaml."""
    own = (lexicon.load(f"{lang}/actors") or {}).get("thing_anaphors") or {}
    return tuple(frozenset(lexicon.fold(str(w)) for w in own.get(key) or [])  # type: ignore[return-value]
                 for key in ("articles", "introducers", "complements", "not_nouns"))


def _stem(word: str) -> str:
    return word[:STEM_CHARS] if len(word) >= STEM_CHARS else word


def introduced(before: str, noun: str, lang: str) -> bool:
    """Does ``before`` introduce a thing by ``noun`` (its stem): an indefinite article or a possessive at most
    INTRODUCER_WORDS words before it, no punctuation mark between ("signed a £2 million deal", "its autumn programme",
    "une panne informatique")?"""
    introducers = _lists(lang)[1]
    words = list(_WORD.finditer(before))
    for i, match in enumerate(words):
        if _stem(lexicon.fold(match.group(0))) != _stem(noun):
            continue
        for back in range(i - 1, max(-1, i - 2 - INTRODUCER_WORDS), -1):
            if any(c in before[words[back].end():match.start()] for c in ",;:()—\"“”«»"):
                break
            if lexicon.fold(words[back].group(0)) in introducers:
                return True
    return False


def picked_noun(text: str, before: str, lang: str) -> str:
    """The noun by which ``text`` opens on a thing ``before`` has just introduced ("The contract was signed ..."
    after "... won a contract ...": "contract"); "" when it does not. The phrase opens the sentence (no quote before
    it), its noun has no complement ("the results of the vote" is told by its complement, not by the sentence
    before)."""
    articles, _, complements, skipped = _lists(lang)
    opening = re.match(r"\s*(\w+)(?:['’]|\s+)", text)
    if not articles or not opening or lexicon.fold(opening.group(1)) not in articles:
        return ""
    words = list(_WORD.finditer(text, opening.end()))[: MODIFIER_WORDS + 2]
    for i, match in enumerate(words[: MODIFIER_WORDS + 1]):
        word = match.group(0)
        if not word[:1].islower() or any(c in text[opening.end():match.start()] for c in ",;:()—"):
            return ""
        folded = lexicon.fold(word)
        if folded in skipped:
            return ""
        complement = any(lexicon.fold(re.split(r"['’]", w.group(0))[0]) in complements for w in words[i + 1:i + 3])
        if len(folded) >= 4 and not complement and introduced(before, folded, lang):
            return folded
    return ""


@functools.cache
def _locatives(lang: str) -> frozenset[str]:
    return frozenset(lexicon.fold(str(w)) for w in (lexicon.load(f"{lang}/actors") or {}).get("locatives") or [])


def _at_place(before: str, lang: str) -> bool:
    """Does a name stand where a place does, right after a locative ("at the Corn Exchange", "à la
    mairie de X"; ``locatives`` of lang/<lang>/actors.yaml), an article between?"""
    words = [lexicon.fold(w) for w in re.findall(r"\w+", before)[-2:]]
    if len(words) == 2 and words[-1] in _lists(lang)[0]:
        words = words[:1]
    return bool(words) and words[-1] in _locatives(lang)


def thing_lent(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any]
               ) -> dict[int, list[str]]:
    """Event position -> the agents lent to it: its own sentence opens on a definite noun the sentence right before
    it (same story) has used (``picked_noun``); that sentence's persons and bodies the event's sentence does not
    read. ``by_sentence`` gets the entities of the sentences it reads (pass a copy to keep the caller's)."""
    lang = page.article.lang
    wanted: dict[int, int] = {}
    for position, context in enumerate(contexts):
        own = context[0]
        before = own - 1
        if before < 0 or page.sentence_story[before] != page.sentence_story[own]:
            continue
        if picked_noun(page.sentences[own].text, page.sentences[before].text, lang):
            wanted[position] = before
    if not wanted:
        return {}
    read = sorted({contexts[p][0] for p in wanted} | set(wanted.values()))
    read_entities(page, options, by_sentence, read)
    out: dict[int, list[str]] = {}
    for position, before in wanted.items():
        have = {lexicon.fold(_clean(a.name))
                for i in contexts[position] for a in named_actors(page, by_sentence.get(i))}
        names: dict[str, str] = {}
        for actor in named_actors(page, by_sentence.get(before)):
            name = _clean(actor.name)
            if name and is_agent(actor.kind, name) and lexicon.fold(name) not in have and not _at_place(
                    page.text[page.sentences[before].start:actor.start], lang):
                names.setdefault(lexicon.fold(name), name)
        if names:
            out[position] = list(names.values())
    return out
