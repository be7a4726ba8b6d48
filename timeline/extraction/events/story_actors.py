"""Steps 9c and 9e: whom a story is about, for the events whose sentences name nobody.

9c (``story_subject``): an event whose context names nobody takes the actors of its story's headline.
9e (``lent_actors``): an event whose own sentence names no agent (no person, no body: only places, countries that
say where, or a product's code) takes the story's main actors (``main_actors``), and an event that names one takes
the first of them (MAIN_FOR_NAMED: a story about the carmaker Norvik Motors, "Its chief Ada Brun will open the plant
on Monday": the opening is Norvik's too), marked as *lent* (role ``LENT_ROLE``): shown like any actor, but merging
(timeline/extraction/merge.py) does not count them when it decides whether two tellings are one event, so that two
happenings of one company on one day, lent that company, stay apart.

The story's main actors are a count-and-position rule, no list of names: a person or a body named in the story's
headline or lead sentence AND named again in its body (another sentence of the same story), at most MAIN_ACTORS,
most repeated first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.context import _find_actors
from timeline.extraction.events.spans import _clean, _overlaps
from timeline.models import LENT_ROLE
from timeline.settings import Options

#: At most this many main actors per story.
MAIN_ACTORS = 2
#: An event whose own sentence names an agent is lent this many of them, the most repeated first (round thirteen).
MAIN_FOR_NAMED = 1
#: An actor's kinds that make an agent (places and countries are where, not who).
AGENT_KINDS = frozenset({"person", "org"})

__all__ = [
    "AGENT_KINDS", "LENT_ROLE", "MAIN_ACTORS", "MAIN_FOR_NAMED", "lent_actors", "main_actors", "named_actors",
    "story_subject",
]


def read_entities(page: Any, options: Options, by_sentence: dict[int, Any], wanted: Iterable[int]) -> None:
    """Read the entities of the sentences ``wanted`` not read yet (one batched call)."""
    missing = sorted(set(wanted) - set(by_sentence))
    if missing:
        found = _find_actors(page.article, options, [page.sentences[i] for i in missing], page.noise)
        by_sentence.update(zip(missing, found, strict=True))


def named_actors(page: Any, entities: Any) -> list[Any]:
    """The actors read in a sentence (``entities``), those inside noise (credits, captions) left out."""
    return [a for a in getattr(entities, "actors", ()) or () if not _overlaps(a.start, a.end, page.noise)]


def is_agent(kind: str, name: str) -> bool:
    """A person or a body; a name with a digit is a product's or a model's code ("A380", "Boeing 747"), not who
    acts."""
    return kind in AGENT_KINDS and not any(c.isdigit() for c in name)


def story_subject(page: Any, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any],
                  named: Callable[[int], bool]) -> None:
    """Step 9c: an event that still names nobody ("Cette nouvelle mouture avait été signée le 6 mars.") takes the
    actors of its story's headline: whom the story is about. Never across stories, never from a lead or an earlier
    paragraph (those tell other happenings: tests/test_context_actors.py)."""
    wanted: dict[int, list[int]] = {}
    for position, context in enumerate(contexts):
        if any(named(index) for index in context):
            continue
        story = page.sentence_story[context[0]]
        heads = [i for i in (page.headlines.get(story),) if i is not None and i < context[0]]
        if heads:
            wanted[position] = heads
    read_entities(page, options, by_sentence, [i for heads in wanted.values() for i in heads])
    for position, heads in wanted.items():
        subject = next((i for i in heads if named(i)), None)
        if subject is not None:
            contexts[position].append(subject)


def _mentions(name: str, kind: str, body: str, short: Sequence[str] = ()) -> int:
    """How often a body names the actor, as written (a capital kept: "the world" is not "World"): its name, a
    person's surname alone ("Jobs" for "Steve Jobs"), or ``short``, the acronyms the opening gives the name ("l'ARS"
    for "l'Agence régionale de santé (ARS)")."""
    forms = {name, *short}
    if kind == "person" and len(name.split()) >= 2 and len(name.split()[-1]) >= 3:
        forms.add(name.split()[-1])
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)"
    return len(re.findall(pattern, body))


def _maker(name: str) -> str:
    """The body a product's name opens with: "Airbus A380" -> "Airbus", "Boeing 747-400" -> "Boeing"; "" when the
    name opens with its code ("A380") or has none."""
    words = name.split()
    coded = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), None)
    if not coded or not all(w[:1].isupper() for w in words[:coded]):
        return ""
    return " ".join(words[:coded])


#: An interview's body asks at least this many questions (sentences ending in "?").
INTERVIEW_QUESTIONS = 2
#: An interview's first question comes within this many sentences of its story's start (header, title, intro).
INTERVIEW_INTRO = 6


def _interview(page: Any, told: Sequence[int]) -> int:
    """How many sentences introduce an interview before its first question (INTERVIEW_QUESTIONS questions or more,
    sentences ending in "?", at most INTERVIEW_INTRO sentences before the first); 0 for a story that is none."""
    asked = [n for n, i in enumerate(told) if page.sentences[i].text.strip().endswith("?")]
    if len(asked) < INTERVIEW_QUESTIONS or not 0 < asked[0] <= INTERVIEW_INTRO:
        return 0
    return asked[0]


def _introduces(page: Any, by_sentence: dict[int, Any], index: int) -> bool:
    """Does the sentence name a person, the interviewee it introduces with a body ("Dr Ada Brun leads the team at
    Norvik Space")? A header line ("Interview | Space desk") names none."""
    return any(actor.kind == "person" for actor in named_actors(page, by_sentence.get(index)))


def _spoken_for(page: Any, body: Sequence[int]) -> int:
    """In an interview the answers' "we" is the body the interviewee is introduced with ("Dr Ada Brun leads the
    team at Norvik Space. Q: ... A: We fired the engine"): how many first-person plural words the answers hold
    (``first_person_plural`` in lang/<lang>/actors.yaml). Not read in other stories, where "we" is a quoted
    speaker's, seldom the lead's body (round thirteen)."""
    texts = [page.sentences[i].text.strip() for i in body]
    words = (lexicon.load(f"{page.article.lang}/actors") or {}).get("first_person_plural") or []
    if not words:
        return 0
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(str(w)) for w in words) + r")(?!\w)", re.IGNORECASE)
    return sum(len(pattern.findall(text)) for text in texts if not text.endswith("?"))


def _opening(page: Any, story: int) -> tuple[list[int], list[int], int]:
    """The story's opening sentences (headline, lead, an interview's intro: ``_interview``), the sentences it tells,
    and how many of them introduce an interview (0 for a story that is none)."""
    opening = [i for i in (page.headlines.get(story), page.leads.get(story)) if i is not None]
    told = [i for i, s in enumerate(page.sentence_story) if s == story]
    interview = _interview(page, told)
    return sorted({*opening, *told[:interview]}), told, interview


def main_actors(page: Any, by_sentence: dict[int, Any], story: int,
                opened: tuple[list[int], list[int], int] | None = None) -> list[str]:
    """The story's main actors: persons and bodies of its headline or lead sentence named again in its body (another
    sentence of the story), most repeated first, at most MAIN_ACTORS; [] when no such name. A product's name gives
    its maker ("Airbus A380": Airbus, ``_maker``). The body that opens the headline or lead is also named again by
    the noun of its kind ("the company's", "l'entreprise": actors/kind_mentions.py, round seventeen). ``opened``: the
    story's ``_opening`` when the caller has it already (one pass over the page's sentences per story)."""
    opening, told, interview = opened if opened is not None else _opening(page, story)
    if not opening:
        return []
    body = [i for i in told if i not in opening]
    written = " ".join(page.sentences[i].text for i in body)
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    from timeline.extraction.actors import find_acronyms
    from timeline.extraction.actors.kind_mentions import kind_mentions, kind_subject, opens

    short: dict[str, list[str]] = {}
    for index in opening:
        for acronym, expansion in find_acronyms(page.sentences[index].text, page.article.lang).items():
            short.setdefault(lexicon.fold(expansion), []).append(acronym)
    spoken = _spoken_for(page, body) if interview else 0  # an interview's "we": the intro's first body
    agents = []  # (sentence, actor, shown name) of the opening's persons and bodies, in reading order
    for index in opening:
        for actor in named_actors(page, by_sentence.get(index)):
            name = _clean(actor.name)
            name = _maker(name) if actor.kind == "org" and any(c.isdigit() for c in name) else name
            if name and is_agent(actor.kind, name):
                agents.append((index, actor, name))
    subject = kind_subject([(name, actor.kind, opens(page.sentences[index].text,
                                                      actor.start - page.sentences[index].start, page.article.lang))
                            for index, actor, name in agents], page.article.lang)
    by_kind = lexicon.fold(agents[subject][2]) if subject is not None else ""  # "the company" (kind_mentions)
    for index, actor, name in agents:
        if lexicon.fold(name) in counts:
            continue
        count = _mentions(name, actor.kind, written, short.get(lexicon.fold(name), ()))
        if lexicon.fold(name) == by_kind:
            count += kind_mentions(written, page.article.lang, name)
        if actor.kind == "org" and index != page.headlines.get(story) and _introduces(page, by_sentence, index):
            count, spoken = count + spoken, 0
        if count:
            counts[lexicon.fold(name)] = count
            shown[lexicon.fold(name)] = name
    ranked = sorted(counts, key=lambda key: -counts[key])[:MAIN_ACTORS]
    return [shown[key] for key in ranked]


def _subject_country(page: Any, actor: Any, trigger: int) -> bool:
    """A country named before the event's trigger, not right before it, is its subject ("Vietnam and Laos
    established relations"); right before it, it only says where ("the Malaysia visit")."""
    return actor.kind == "country" and actor.end <= trigger and bool(page.text[actor.end : trigger].strip())


def lent_actors(page: Any, options: Options, contexts: Sequence[list[int]], by_sentence: dict[int, Any],
                triggers: Sequence[int]) -> dict[int, list[str]]:
    """Step 9e: event position -> the story's main actors lent to it: all of them for each event whose own sentence
    names no agent (``is_agent``; a country counts when it is the sentence's subject, ``_subject_country``), whatever
    its context sentences name (they tell whom the happening concerns, the story's main actors who it is about); the
    first one (MAIN_FOR_NAMED) for an event that names an agent (``mentions.mention_of`` leaves out a name the event
    has, or a part of one). ``triggers``: where each event's trigger starts in the text. Measured in
    docs/BENCHMARKS.md "Story actors, round ten" (nameless events) and "Neighbouring actors, round thirteen" (named
    events: of the names the neighbouring sentences hold, the gold takes the story's main actor, seldom the
    others)."""
    def agents(index: int, trigger: int) -> bool:
        return any(is_agent(a.kind, _clean(a.name)) or _subject_country(page, a, trigger)
                   for a in named_actors(page, by_sentence.get(index)))

    nameless = {position for position, context in enumerate(contexts) if not agents(context[0], triggers[position])}
    stories = sorted({page.sentence_story[context[0]] for context in contexts})
    # every opening sentence main_actors reads, an interview's intro too: not only those some event's context holds
    opened = {story: _opening(page, story) for story in stories}
    read_entities(page, options, by_sentence, [i for s in stories for i in opened[s][0]])
    main = {story: main_actors(page, by_sentence, story, opened[story]) for story in stories}
    out: dict[int, list[str]] = {}
    for position, context in enumerate(contexts):
        found = main[page.sentence_story[context[0]]]
        found = found if position in nameless else found[:MAIN_FOR_NAMED]
        if found:
            out[position] = found
    return out
