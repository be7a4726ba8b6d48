"""Step 9a''': a body named again by the noun of its kind in an event's own sentence ("Ruth Ambler will meet the
operator's managers on Friday", "conducted by the orchestra's new music director", "les salariés du groupe seront
reçus lundi") is the body the story named before (issue 13, round eighteen).

Step 9a (events/borrowed_actors.py) reads such a noun only as the sentence's subject, and only for an event whose
context names no body; step 9e (events/story_actors.py) counts it only for a body of the story's headline or lead.
Here, an event whose own sentence holds a kind noun with a definite article, anywhere (``kind_mentions``:
``body_nouns``, ``anaphor_articles`` in lang/<lang>/actors.yaml; a noun followed by a capitalised name or a
complement names another body), and reads no body of its own, is lent the body that noun points back to: the first
body of the nearest earlier sentence of its story (at most TITLE_REACH back) that the noun can name. A body whose
name holds a kind noun of its own ("Marlow District Council", "Court of Appeal") is named again by that noun only
("the council", "the court"); a town or a newspaper read as a body is none. Lent (role ``LENT_ROLE``): merging does
not count it.

Counted on the dev halves (docs/BENCHMARKS.md, "Actors named in the neighbouring sentence, round eighteen").
"""

from __future__ import annotations

import functools
import re
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.context import TITLE_REACH
from timeline.extraction.events.layout import Page
from timeline.extraction.events.spans import _clean
from timeline.extraction.events.story_actors import is_agent, named_actors, read_entities
from timeline.settings import Options

__all__ = ["kind_antecedent", "mentioned_nouns", "names_again"]


@functools.cache
def _nouns(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(body_nouns, firm_nouns, lowercase_org_heads: a public body's heads) of lang/<lang>/actors.yaml, folded."""
    own = lexicon.load(f"{lang}/actors") or {}
    return tuple(frozenset(lexicon.fold(str(w)) for w in own.get(key) or [])  # type: ignore[return-value]
                 for key in ("body_nouns", "firm_nouns", "lowercase_org_heads"))


def mentioned_nouns(sentence: str, lang: str) -> set[str]:
    """The kind nouns by which ``sentence`` names a body again ("the operator's managers": operator)."""
    from timeline.extraction.actors.kind_mentions import _lists, _pattern

    pattern = _pattern(lang, _lists(lang)[0])
    nouns = _nouns(lang)[0]
    out = set()
    for match in pattern.finditer(sentence) if pattern else ():
        said = re.sub(r"['’]s$", "", lexicon.fold(match.group(0)))
        found = [n for n in nouns if re.search(rf"(?<![\w-]){re.escape(n)}$", said)]
        if found:
            out.add(max(found, key=len))
    return out


def _words(name: str) -> set[str]:
    """A name's folded words, each also without a plural's s ("Airlines": airlines, airline)."""
    words = set(re.findall(r"[\w-]+", lexicon.fold(name).replace("'", " ").replace("’", " ")))
    return words | {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}


def names_again(nouns: set[str], lang: str, name: str) -> bool:
    """Can one of the kind ``nouns`` name the body ``name`` again? A noun the name holds ("the council" for "Marlow
    District Council", "le parti" for "Parti d'action nationaliste"); a firm's noun (``firm_nouns``: "the operator")
    any name written with a capital that holds none of body_nouns nor a public body's head ("Transmanche Energy",
    not "Office français de la biodiversité"); never a public body's noun ("the court", "la préfecture") a name
    that does not hold it."""
    body, firm, public = _nouns(lang)
    words = _words(name)
    if nouns & words:
        return True
    return bool(nouns & firm) and name[:1].isupper() and not (words & (body | public))


def _body(name: str, lang: str) -> bool:
    """A body that acts: not a town nor a newspaper read as one (``kind_subject``'s guard)."""
    from timeline.extraction.actors.lexicon import lex
    from timeline.extraction.gazetteer import town_country

    media = lex(lang).media
    return not town_country(name) and not (media and media.search(name))


def kind_antecedent(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any]
                    ) -> dict[int, list[str]]:
    """Event position -> the body lent to it (at most one): its own sentence names a body again by its kind and
    reads none; the body is the first one the kind can name in the nearest earlier sentence of its story that holds
    one it can name (a sentence between naming only bodies it cannot name is passed over, round twenty-eight).
    ``by_sentence`` gets the entities of the sentences it reads (pass a copy to keep the caller's)."""
    lang = page.article.lang
    wanted: dict[int, list[int]] = {}
    for position, context in enumerate(contexts):
        own = context[0]
        text = page.sentences[own].text
        if not mentioned_nouns(text, lang) or any(a.kind == "org" for a in named_actors(page, by_sentence.get(own))):
            continue
        story = page.sentence_story[own]
        earlier = [j for j in range(own - 1, max(-1, own - 1 - TITLE_REACH), -1) if page.sentence_story[j] == story]
        if earlier:
            wanted[position] = earlier
    read_entities(page, options, by_sentence, {i for earlier in wanted.values() for i in earlier})
    out: dict[int, list[str]] = {}
    for position, earlier in wanted.items():
        text = page.sentences[contexts[position][0]].text
        nouns = mentioned_nouns(text, lang)
        for index in earlier:
            bodies = [a for a in named_actors(page, by_sentence.get(index)) if a.kind == "org"]
            fit = next((name for name in (_clean(a.name) for a in bodies)
                        if is_agent("org", name) and _body(name, lang) and names_again(nouns, lang, name)), None)
            if fit is not None and lexicon.fold(fit) not in lexicon.fold(text):
                out[position] = [fit]
            if fit is not None:
                break  # the nearest sentence naming a body the noun can name: a body it cannot name between
                # ("The council's cabinet ..." after a sentence naming only a court) is passed over (round 28)
    return out
