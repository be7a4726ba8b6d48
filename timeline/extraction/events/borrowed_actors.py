"""Steps 9a, 9b and 9d of event detection: an event whose context names nobody borrows actors from the sentences
around it: whom its anaphoric subject points to (9a), the sentence before it (9b), the sentences after it that go on
telling it (9d); 9c (the story's headline) runs in ``borrow_actors`` too, 9e is events/story_actors.py.

Split from events/__init__.py (module size).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline.extraction.events.context import (
    _LINE_BREAK,
    _PARAGRAPH_BREAK,
    OPENING_CLAUSES,
    PRONOUN_REACH,
    TITLE_REACH,
    _actors_of,
    _borrowed_context,
    _line_per_sentence,
    _opens_with_pronoun,
    _person_pronoun,
    _titled_name,
)
from timeline.extraction.events.layout import Page
from timeline.extraction.events.spans import _overlaps
from timeline.extraction.events.statements import said_by_own
from timeline.extraction.events.story_actors import named_actors, read_entities, story_subject
from timeline.extraction.events.verb_readings import market_by_country
from timeline.settings import Options

__all__ = ["borrow_actors"]


def borrow_actors(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any],
                   dated: set[int], triggers: Sequence[int] = ()) -> None:
    """Step 9b: an event whose context names nobody takes the actors of the sentence before it (same paragraph).

    Around it: 9a (a pronoun or possessive opener points back), 9c (the story's headline), 9d (the sentences after
    it that go on telling it; in a text laid out one sentence a line, 9d comes before 9b); 9e (events/story_actors.py,
    after them) lends the story's main actors, marked as lent, to an event whose own sentence names no agent."""

    def named(index: int) -> bool:
        return bool(_actors_of(by_sentence.get(index), page.noise, page.text)[0])

    _antecedent(page, options, contexts, by_sentence, named)
    one_a_line = _line_per_sentence(page.text, page.sentences)
    if one_a_line:  # a wire's market day: the lines after a summary name what moved; the line before, another day
        _following(page, options, contexts, by_sentence, named, dated)
    borrowed = _borrowed_context(page.text, page.article.lang, page.sentences, page.sentence_story, contexts, named)
    if triggers:  # a claim or a statement is its sayer's: the sentence before names someone else (statements.py)
        borrowed = {p: i for p, i in borrowed.items() if not said_by_own(page, contexts[p][0], triggers[p])}
    read_entities(page, options, by_sentence, set(borrowed.values()))
    for position, index in borrowed.items():
        contexts[position].append(index)
    story_subject(page, options, contexts, by_sentence, named)
    if not one_a_line:
        _following(page, options, contexts, by_sentence, named, dated)


def _antecedent(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any], named: Any
                ) -> None:
    """Step 9a: whom an event's anaphoric subject points to, in the nearest earlier sentence of its story that names
    one (timeline.extraction.actors.continuation): an event that names nobody and opens on a subject pronoun or a
    possessive ("Its shares fell ...", "Son domicile a été perquisitionné ...") takes the nearest sentence naming
    someone (at most PRONOUN_REACH back); an event whose subject is a body's title ("The Japanese automaker ...",
    "L'entreprise présentera ...") and whose earlier context names no body takes the nearest naming a body (at
    most TITLE_REACH back)."""
    from timeline.extraction.actors.continuation import body_subject, possessive_opening

    def body(index: int) -> bool:
        entities = by_sentence.get(index)
        return any(a.kind == "org" and not _overlaps(a.start, a.end, page.noise)
                   for a in getattr(entities, "actors", ()) or ())

    def person(index: int) -> bool:  # the sentence's subject is a person: its first name, in its opening clauses
        first = min(named_actors(page, by_sentence.get(index)), key=lambda a: a.start, default=None)
        return first is not None and first.kind == "person" and first.start - page.sentences[index].start <= (
            OPENING_CLAUSES)

    wanted: dict[int, tuple[list[int], Any]] = {}
    for position, context in enumerate(contexts):
        own = context[0]
        opener = _opens_with_pronoun(page.rules, page.folded, page.sentences[own], page.text)
        if isinstance(opener, str) and body_subject(opener, page.article.lang):
            test, reach = body, TITLE_REACH
            if any(body(i) for i in context[1:] if i < own) or _titled_name(page, own, opener, by_sentence):
                continue
        elif opener is True and _person_pronoun(page.rules, page.folded, page.sentences[own]):
            test, reach = person, PRONOUN_REACH  # "il", "she": a person, whatever bodies the sentences between name
            if named(own) or any(person(i) for i in context[1:] if i < own):
                continue  # "Elle a nommé X": a name of its own keeps the event apart from the one before
        elif opener is True or possessive_opening(page.sentences[own].text, page.article.lang):
            test, reach = named, PRONOUN_REACH
            if any(named(i) for i in context):
                continue
        else:
            continue
        story = page.sentence_story[own]
        earlier = [j for j in range(own - 1, max(-1, own - 1 - reach), -1) if page.sentence_story[j] == story]
        if earlier:
            wanted[position] = (earlier, test)
    read_entities(page, options, by_sentence, {i for found, _ in wanted.values() for i in found})
    for position, (earlier, test) in wanted.items():
        subject = next((i for i in earlier if test(i)), None)
        if subject is not None and subject not in contexts[position]:
            contexts[position].append(subject)


def _following(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any], named: Any,
               dated: set[int]) -> None:
    """Step 9d: an event that still names nobody takes the actors of the sentences after its own that go on telling
    it (timeline.extraction.actors.continuation.following: "Stocks fell on Monday. / The Dow lost 416 points.")."""
    from timeline.extraction.actors.continuation import following

    nameless = [position for position, context in enumerate(contexts) if not any(named(i) for i in context)
                or market_by_country(page.rules.lang, page.folded, page.sentences[context[0]], by_sentence, context)]
    if not nameless:
        return
    texts = [s.text for s in page.sentences]
    breaks = _PARAGRAPH_BREAK if _line_per_sentence(page.text, page.sentences) else _LINE_BREAK
    joined = [i > 0 and page.sentence_story[i - 1] == page.sentence_story[i]
              and not breaks.search(page.text, page.sentences[i - 1].end, page.sentences[i].start)
              for i in range(len(texts))]
    told = {context[0] for context in contexts}
    free = [i not in dated and i not in told for i in range(len(texts))]
    wanted = {position: following(texts, page.article.lang, contexts[position][0], joined, free)
              for position in nameless}
    read_entities(page, options, by_sentence, {i for found in wanted.values() for i in found})
    for position, found in wanted.items():
        contexts[position].extend(i for i in found if i not in contexts[position])
