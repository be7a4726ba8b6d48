"""Step 9a'''': a person a news lead tells by an indefinite role only and the next sentence names with an age
("A former planning officer was found guilty on Thursday ... / Derek Hollins, 54, of Minehead, was convicted ...",
"Un ancien maire a été condamné jeudi ... / Jean Dupont, 61 ans, devra ...").

A lead often gives the person by a role with an indefinite article ("a care company founder", "a warehouse owner",
"un ancien élu") and names her in the next sentence with her age in apposition, the form a first naming takes. An
event whose own sentence holds such a phrase (``lead_persons`` in lang/<lang>/actors.yaml: its indefinite articles
and the person nouns that may head it) and reads no person is lent the one person the next sentence of its story
names with an age right after the name ("Name, 54,", "Name, 54 ans,"). Lent (role ``LENT_ROLE``): merging does not
count it.

Counted on the dev halves (docs/BENCHMARKS.md, "Actors: a person a lead tells by her role, round twenty-four"):
written dev j, n and p each lost the person told this way.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.layout import Page
from timeline.extraction.events.spans import _clean
from timeline.extraction.events.story_actors import named_actors, read_entities
from timeline.settings import Options

__all__ = ["lead_persons", "unnamed_person", "with_age"]

#: At most this many words between the indefinite article and the person noun ("a former Somerset Council planning
#: officer").
PHRASE_WORDS = 5


@functools.cache
def _lists(lang: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(indefinite articles, person nouns, age words) of ``lead_persons`` in lang/<lang>/actors.yaml, folded."""
    own = (lexicon.load(f"{lang}/actors") or {}).get("lead_persons") or {}
    return (frozenset(lexicon.fold(str(w)) for w in own.get("articles") or []),
            frozenset(lexicon.fold(str(w)) for w in own.get("nouns") or []),
            tuple(lexicon.fold(str(w)) for w in own.get("age_words") or []))


def unnamed_person(text: str, lang: str) -> bool:
    """Does ``text`` give a person by an indefinite role ("a Walsall warehouse owner", "une ancienne adjointe"): an
    indefinite article, at most PHRASE_WORDS words, then a person noun (singular) not followed by a capitalised
    name?"""
    articles, nouns, _ = _lists(lang)
    if not articles or not nouns:
        return False
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text))
    for i, match in enumerate(words):
        if lexicon.fold(match.group(0)) not in articles:
            continue
        for later in words[i + 1:i + 2 + PHRASE_WORDS]:
            if any(c in text[match.end():later.start()] for c in ",;:.()—"):
                break  # the phrase ends at a punctuation mark
            if lexicon.fold(later.group(0)) in nouns:
                if not re.match(r",?\s+[A-ZÀ-Ý][a-zà-ÿ]", text[later.end():]):
                    return True
                break
    return False


def with_age(text: str, name: str, lang: str) -> bool:
    """Is ``name`` followed in ``text`` by an age in apposition ("Derek Hollins, 54,", "Jean Dupont, 61 ans,")?"""
    ages = "|".join(re.escape(w) for w in _lists(lang)[2])
    unit = rf"(?:\s+(?:{ages}))?" if ages else ""
    return bool(re.search(rf"{re.escape(name)},\s*\d{{1,3}}{unit}\s*[,)]", text))


def lead_persons(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any]
                 ) -> dict[int, list[str]]:
    """Event position -> the person lent to it: its own sentence gives a person by an indefinite role
    (``unnamed_person``) and reads none; the next sentence of its story names one person with her age
    (``with_age``). ``by_sentence`` gets the entities of the sentences it reads (pass a copy to keep the
    caller's)."""
    lang = page.article.lang
    wanted: dict[int, int] = {}
    for position, context in enumerate(contexts):
        own = context[0]
        after = own + 1
        if after >= len(page.sentences) or page.sentence_story[after] != page.sentence_story[own]:
            continue
        if not unnamed_person(page.sentences[own].text, lang):
            continue
        if any(a.kind == "person" for a in named_actors(page, by_sentence.get(own))):
            continue
        wanted[position] = after
    read_entities(page, options, by_sentence, set(wanted.values()))
    out: dict[int, list[str]] = {}
    for position, index in wanted.items():
        text = page.sentences[index].text
        aged = {_clean(a.name) for a in named_actors(page, by_sentence.get(index))
                if a.kind == "person" and with_age(text, a.name, lang)}
        if len(aged) == 1:
            out[position] = sorted(aged)
    return out
