"""Step 9a'''''' (round twenty-nine, act29): the head of a body an event's sentence names, named in a later sentence
of its story by that role ("The Assembly opened a session on Tuesday. ... / After the speech of the president of the
Assembly, Jane Roy, ...", "Le Conseil a jugé ... / Le Conseil, présidé par Jeanne Roy, émet ...").

An event's sentence names a body (an ``org`` actor it reads); a later sentence of the same story, at most WINDOW
sentences on, names a person right after that body's head noun and link ("le président de l'Assemblée, Jeanne Roy",
"the chairman of the Board, Jane Roy") or right after the body and a comma and an agent's participle ("le Conseil,
présidé par Jeanne Roy", "the Board, chaired by Jane Roy"). The body is written as the event's sentence reads it, by
the acronym that sentence gives it in brackets, or by its first word when that word is capitalised ("le Conseil"). The
link is the role itself: a name merely standing near the event is never lent. Words as data: ``body_heads`` in
lang/<lang>/actors.yaml (heads, links, agents). Lent (role ``LENT_ROLE``): merging does not count it.

Counted on the dev halves (docs/BENCHMARKS.md, "act29, round twenty-nine"): fresh dev acp.cd and pouvoirsafrique.com,
real-news dev rn-a each lost such a head.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.layout import Page
from timeline.extraction.events.spans import _clean
from timeline.extraction.events.story_actors import named_actors, read_entities
from timeline.settings import Options

__all__ = ["body_forms", "body_heads", "head_named"]

#: At most this many sentences after the event's own, in its story.
WINDOW = 8
#: At most this many days between an event and the page's date for a head named in the page to be lent to it.
HEAD_DAYS = 31


@functools.cache
def _lists(lang: str) -> tuple[str, str, str]:
    """(heads, links, agents) of ``body_heads`` in lang/<lang>/actors.yaml, each one regex alternation ('' if none),
    longest first."""
    own = (lexicon.load(f"{lang}/actors") or {}).get("body_heads") or {}

    def alternation(key: str) -> str:
        words = sorted({str(w).strip() for w in own.get(key) or [] if str(w).strip()}, key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)

    return alternation("heads"), alternation("links"), alternation("agents")


def body_forms(name: str, text: str) -> list[str]:
    """The forms a later sentence may give a body ``name`` the sentence ``text`` names: the name, the acronym
    ``text`` gives it in brackets right after ("Commission électorale indépendante (CEI)"), and its first word when
    the name has more than one word and that word is capitalised ("Conseil constitutionnel" -> "Conseil")."""
    name = name.strip()
    forms = [name] if name else []
    after = re.search(re.escape(name) + r"\s*\(\s*([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&.-]{1,11})\s*[),]", text) if name else None
    if after:
        forms.append(after.group(1))
    words = name.split()
    if len(words) > 1 and len(words[0]) >= 4 and words[0][:1].isupper() and words[0][1:].islower():
        forms.append(words[0])
    return forms


def head_named(text: str, forms: list[str], person: str, lang: str) -> bool:
    """Does ``text`` name ``person`` as the head of a body given by one of ``forms``: a head noun, a link, the body,
    then the person ("le président de l'ARP, Jeanne Roy"), or the body, a comma, an agent's participle, then the
    person ("le Conseil, présidé par Jeanne Roy")?"""
    heads, links, agents = _lists(lang)
    who = re.escape(person)
    for form in forms:
        body = rf"(?<![\w-]){re.escape(form)}(?![\w-])(?:\s*\([^()]{{1,40}}\))?"
        if heads and links and re.search(
                rf"(?i:(?<![\w-])(?:{heads})\s+(?:{links}))\s*{body}\s*,?\s*(?:M\.\s+|Mr\.?\s+|Mme\s+|Ms\.?\s+)?{who}",
                text):
            return True
        if agents and re.search(rf"{body}\s*,\s*(?i:{agents})\s+{who}", text):
            return True
    return False


def body_heads(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any],
               days: Sequence[dt.date | None] = ()) -> dict[int, list[str]]:
    """Event position -> the heads lent to it: a body its own sentence reads (an ``org`` actor) is given a head by
    role (``head_named``) in one of the next WINDOW sentences of its story. ``by_sentence`` gets the entities of the
    sentences it reads (pass a copy to keep the caller's). ``days``, the events' dates by position: a head named in
    the page is the head at the page's date, so an event more than HEAD_DAYS from it is lent none (a law the
    assembly adopted two years back is not its present vice-president's act)."""
    lang = page.article.lang
    reference = page.article.reference_date
    heads, _, agents = _lists(lang)
    if not heads and not agents:
        return {}
    wanted: dict[int, tuple[list[str], list[int], set[str]]] = {}
    for position, context in enumerate(contexts):
        day = days[position] if position < len(days) else None
        if reference is not None and day is not None and abs((day - reference).days) > HEAD_DAYS:
            continue
        own = context[0]
        actors = named_actors(page, by_sentence.get(own))
        bodies = [a for a in actors if a.kind == "org"]
        if not bodies:
            continue
        text = page.sentences[own].text
        forms = sorted({f for a in bodies for f in body_forms(a.name, text)}, key=len, reverse=True)
        story = page.sentence_story[own]
        later = [i for i in range(own + 1, min(own + 1 + WINDOW, len(page.sentences)))
                 if page.sentence_story[i] == story
                 and any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", page.sentences[i].text) for f in forms)]
        if later:
            wanted[position] = (forms, later, {_clean(a.name) for a in actors})
    read_entities(page, options, by_sentence, {i for _, later, _ in wanted.values() for i in later})
    out: dict[int, list[str]] = {}
    for position, (forms, later, own_names) in wanted.items():
        lent: list[str] = []
        for index in later:
            text = page.sentences[index].text
            for actor in named_actors(page, by_sentence.get(index)):
                name = _clean(actor.name)
                if (actor.kind == "person" and name not in own_names and name not in lent
                        and head_named(text, forms, actor.name, lang)):
                    lent.append(name)
        if lent:
            out[position] = lent
    return out
