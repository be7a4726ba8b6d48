"""Step 9a'': a person told first by a title only and named in a sentence after ("A federal judge in Manhattan on
Thursday sentenced X to 12 years. / District Judge Y also ordered ...", "Un juge a condamné X jeudi. / Le juge Y a
aussi ordonné ...").

News leads often name a role first and the person after. An event whose own sentence holds a person's title with no
name after it (an unnamed "judge", "negotiators", "juge": ``cataphoric_titles`` in lang/<lang>/actors.yaml, singular
or plural) is lent the persons of the next sentences of its story (at most LATER_REACH) whose role holds the same word
("District Judge", "chief negotiator"). Lent (role ``LENT_ROLE``): merging does not count it.

Counted on the dev halves (docs/BENCHMARKS.md, "Actors on unseen text, round seventeen"): written dev halves a and b
each lost a person told this way.
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

__all__ = ["LATER_REACH", "titled_later", "unnamed_titles"]

#: How many sentences after its own the person may be named.
LATER_REACH = 2


@functools.cache
def _title_words(lang: str) -> frozenset[str]:
    """The titles a story may give first without a name (``cataphoric_titles``), in small letters."""
    own = lexicon.load(f"{lang}/actors") or {}
    return frozenset(lexicon.fold(str(w)) for w in own.get("cataphoric_titles") or [])


def _head(word: str, lang: str) -> str:
    """A title word's singular ("judges" -> "judge", "négociateurs" -> "négociateur")."""
    words = _title_words(lang)
    if word in words:
        return word
    if word.endswith(("s", "x")) and word[:-1] in words:
        return word[:-1]
    return ""


def unnamed_titles(text: str, lang: str) -> set[str]:
    """The title words of a sentence not followed by a capitalised name ("A federal judge sentenced ...": judge;
    "Judge Mara Ellison sentenced ...": none)."""
    out = set()
    for match in re.finditer(r"[^\W\d_][\w-]*", text):
        word = match.group(0)
        if word[0].isupper():
            continue  # a capitalised title is a name's ("Judge Ellison"), its own title
        head = _head(lexicon.fold(word), lang)
        if head and not re.match(r",?\s+[A-ZÀ-Ý]", text[match.end():]):
            out.add(head)
    return out


def titled_later(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any]
                 ) -> dict[int, list[str]]:
    """Event position -> the persons lent to it: named in the next sentences of its story with a role ending in a
    title word its own sentence holds unnamed (``unnamed_titles``). ``by_sentence`` gets the entities of the sentences
    it reads (pass a copy to keep the caller's)."""
    lang = page.article.lang
    wanted: dict[int, tuple[set[str], list[int]]] = {}
    for position, context in enumerate(contexts):
        own = context[0]
        titles = unnamed_titles(page.sentences[own].text, lang)
        story = page.sentence_story[own]
        later = [j for j in range(own + 1, min(len(page.sentences), own + 1 + LATER_REACH))
                 if page.sentence_story[j] == story]
        if titles and later:
            wanted[position] = (titles, later)
    read_entities(page, options, by_sentence, {i for _, later in wanted.values() for i in later})
    out: dict[int, list[str]] = {}
    for position, (titles, later) in wanted.items():
        names = []
        for index in later:
            for actor in named_actors(page, by_sentence.get(index)):
                role = {_head(w, lang) for w in re.findall(r"[\w-]+", lexicon.fold(actor.role or ""))}
                if actor.kind == "person" and role & titles and _clean(actor.name) not in names:
                    names.append(_clean(actor.name))
        if names:
            out[position] = names
    return out
