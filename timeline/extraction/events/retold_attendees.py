"""Step 9a''''''' (round thirty-two, act32): the person a far sentence pointing back to an event tells attending it.

A dateless sentence pointing back to an event more than ``RETOLD_REACH`` sentences after the event's own lends it no
names (actors/retold_reach.py, events/context.py): so far down the story it tells background, reactions and asides.
One shape still tells the event itself: the sentence says its person attended it, was there or spoke there, the
attendance verb taking the event's noun or anaphor as its complement ("Jeanne Roy, qui avait assisté au gala, a
déclaré ...", "S'exprimant lors de l'événement, le président de l'association, Jeanne Roy, a ...", "Speaking at the
summit, Jane Roy said ...", "Jane Roy, who attended the meeting, ..."). That person (the first person the sentence
names) is lent to the event (role ``LENT_ROLE``); the sentence's other names are not. A surname alone is given the
full name the article gives it once ("James" -> "Paul James").

Words as data: ``retold_attendance`` in lang/<lang>/actors.yaml (the attendance phrases and the determiners that
open the event's noun after them). Counted on the dev sets before the code (docs/BENCHMARKS.md, "act32, round
thirty-two").
"""

from __future__ import annotations

import functools
import re
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.context import _article_people
from timeline.extraction.events.layout import Page
from timeline.extraction.events.spans import _clean
from timeline.extraction.events.story_actors import named_actors, read_entities
from timeline.settings import Options

__all__ = ["attendance_pattern", "retold_attendees"]


def _alternation(words: list[str]) -> str:
    forms = sorted({lexicon.fold(str(w)).strip() for w in words if str(w).strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part).replace("'", "['’]") for part in w.split()) for w in forms)


@functools.cache
def attendance_pattern(lang: str) -> re.Pattern[str] | None:
    """An attendance phrase, then a determiner that opens the event's noun ("a assisté à la", "speaking at the"),
    matched on folded text; None when the language lists none."""
    own = (lexicon.load(f"{lang}/actors") or {}).get("retold_attendance") or {}
    phrases, determiners = _alternation(own.get("phrases") or []), _alternation(own.get("determiners") or [])
    if not phrases or not determiners:
        return None
    return re.compile(rf"(?<![\w-])(?:{phrases})\s+(?:{determiners})(?:\s+|(?<=['’]))\w")


def _full_name(name: str, text: str, lang: str) -> str:
    """A lone surname given the one full name of the article that ends with it; else the name as read."""
    if len(name.split()) > 1:
        return name
    full = {n for n in (_clean(p) for p in _article_people(text, lang)) if len(n.split()) > 1
            and n.split()[-1] == name}
    return full.pop() if len(full) == 1 else name


def retold_attendees(page: Page, options: Options, far: dict[int, list[int]], by_sentence: dict[int, Any]
                     ) -> dict[int, list[str]]:
    """Event position -> the person lent to it by a far sentence pointing back to it (``far``, from events/context.py)
    that tells that person attending it. ``by_sentence`` gets the entities of the sentences it reads (pass a copy)."""
    pattern = attendance_pattern(page.article.lang)
    if pattern is None or not far:
        return {}
    telling = {position: [i for i in indexes
                          if pattern.search(page.folded, page.sentences[i].start, page.sentences[i].end)]
               for position, indexes in far.items()}
    read_entities(page, options, by_sentence, {i for indexes in telling.values() for i in indexes})
    out: dict[int, list[str]] = {}
    for position, indexes in telling.items():
        for index in indexes:
            people = [a for a in named_actors(page, by_sentence.get(index)) if a.kind == "person"]
            if people:
                name = _full_name(_clean(people[0].name), page.text, page.article.lang)
                names = out.setdefault(position, [])
                if name not in names:
                    names.append(name)
    return out
