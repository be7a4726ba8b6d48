"""Steps 8-9: the sentences whose actors join an event, and the actors found in them."""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Sequence
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.actors.retold_reach import within_reach
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.spans import _clean, _mask, _overlaps
from timeline.extraction.events.title_case import sentence_case
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span
from timeline.models import Article
from timeline.settings import Options

log = logging.getLogger(__name__)


#: How many sentences back a subject pronoun ("Il a reçu ...") may look for its person.
PRONOUN_REACH = 3
#: How far into a sentence (characters) a subject pronoun or title may follow opening clauses and a comma.
OPENING_CLAUSES = 120
#: How many sentences back a title-only subject ("La ministre", "the ministry") may look for its name.
TITLE_REACH = 6


def _clause_starts(head: str) -> list[int]:
    """Where the sentence's subject may start: its first word, and after each comma of its opening clauses
    ("Le lendemain, il a reçu ...", "Réélu dimanche avec 82 % des voix, le chef de l'Etat a nommé ...")."""
    return [0] + [m.end() for m in re.finditer(",", head[:OPENING_CLAUSES])]


def _opens_with_pronoun(rules: Rules, folded: str, sentence: Span, text: str = "") -> bool | str:
    """"Il a reçu ...", "Le lendemain, il a reçu ...", "He said ...", "La ministre doit inaugurer ..."."""
    head = folded[sentence.start : sentence.end][: OPENING_CLAUSES + 40]
    starts = _clause_starts(head)
    openers = set()
    for offset in starts:
        words = re.findall(r"[\w']+", head[offset : offset + 40])
        openers.add(words[0].rstrip("'") if words else "")
    if openers & rules.pronouns:
        return True
    if rules.subject_titles is None or not text:
        return False
    for offset in starts:
        before = text[sentence.start : sentence.start + max(0, offset - 1)].split()[-3:]
        if len(before) >= 3 and before[-1][:1].isupper() and before[-2][:1].isupper():
            continue  # "Enrique Peña Nieto, le président mexicain, ...": an apposition to the name before it
        lead = len(head[offset:]) - len(head[offset:].lstrip())
        match = rules.subject_titles.match(head, offset + lead) or (
            rules.person_titles.match(head, offset + lead) if rules.person_titles else None)
        if match:
            following = text[sentence.start + match.end() : sentence.start + match.end() + 30].lstrip(" ,")
            word = re.match(r"\w+", following)
            party = bool(word and word.group(0).isupper() and 2 <= len(word.group(0)) <= 5)  # "Le candidat LR est ..."
            if not following[:1].isupper() or party:  # "La ministre doit ..." but not "Le ministre Nguyen Manh Hung"
                return match.group(0)  # the title as written: "la ministre", "the ministry"
    return False


def _person_pronoun(rules: Rules, folded: str, sentence: Span) -> bool:
    """Does a clause of the sentence's opening start with a pronoun that stands for one person ("il", "she")?"""
    head = folded[sentence.start : sentence.end][: OPENING_CLAUSES + 40]
    for offset in _clause_starts(head):
        words = re.findall(r"[\w']+", head[offset : offset + 40])
        if words and words[0].rstrip("'") in rules.person_pronouns:
            return True
    return False


def _titled_name(page: Any, own: int, opener: str, by_sentence: dict[int, Any]) -> bool:
    """Is the subject title the head of a name read in its sentence ("le Comité central du Parti", "la Commission
    européenne"), not an anaphor?"""
    sentence = page.sentences[own]
    at = page.folded.find(opener, sentence.start, sentence.end)
    if at < 0:
        return False
    end = at + len(opener)
    return any(a.start < end and a.end > at for a in getattr(by_sentence.get(own), "actors", ()) or ())


def _bare_subject(rules: Rules, folded: str, sentence: Span, opener: str, text: str = "") -> bool:
    """The title is the whole subject: a comma or a verb follows it ("The airline, which ...", "the company
    filed"), not a complement that names the body itself ("le Comité central du Parti")."""
    at = folded.find(opener, sentence.start, sentence.end)
    after = folded[at + len(opener) : at + len(opener) + 40].lstrip() if at >= 0 else ""
    written = text[at + len(opener) : at + len(opener) + 8].lstrip() if at >= 0 and text else ""
    party = re.match(r"[A-Z]{2,5}\b", written)  # "le candidat LR a été ...": the party's acronym, then the verb
    if party:
        after = after[party.end() :].lstrip()
    word = re.match(r"[\w']+", after)
    return after[:1] == "," or bool(word and (word.group(0) in rules.auxiliaries or word.group(0).endswith("ed")))


def _title_antecedent(rules: Rules, folded: str, sentences: Sequence[Span], sentence_story: Sequence[int],
                      index: int, opener: str) -> int | None:
    """The earlier sentence of the story (at most TITLE_REACH back) that names the title ``opener`` of sentence
    ``index``'s subject. A listed subject title ("la ministre") looks for the title as written, then for its head
    word; a person's title of actors.yaml ("le porte-parole", "l'ancien candidat") for the nearest sentence with
    its head word ("Le nouveau porte-parole de ..., X, a ..."), as a reader takes the latest one named so."""
    head = opener.split()[-1].split("'")[-1]
    earlier = [j for j in range(index - 1, max(-1, index - 1 - TITLE_REACH), -1)
               if sentence_story[j] == sentence_story[index]]
    listed = bool(rules.subject_titles and rules.subject_titles.fullmatch(opener))
    patterns = (rf"\b{re.escape(opener)}\b", rf"\b{re.escape(head)}") if listed else (rf"\b{re.escape(head)}",)
    for pattern in patterns:  # the title, else its head word
        found = next((j for j in earlier if re.search(pattern, folded[sentences[j].start : sentences[j].end])), None)
        if found is not None:
            return found
    return None


def _context(rules: Rules, text: str, folded: str, sentences: Sequence[Span], sentence_story: Sequence[int],
             protos: Sequence[_Proto], headlines: dict[int, int], dated: set[int],
             triggers_by_sentence: dict[int, list[_Trigger]], far: dict[int, list[int]] | None = None
             ) -> list[list[int]]:
    """For each proto, the indexes of the sentences whose actors join it (its own first). ``far``, when given, gets
    for each proto the sentences pointing back to it beyond ``RETOLD_REACH`` (kept out of its context: only the person
    they tell attending the event may still be lent from them, events/retold_attendees.py)."""
    contexts: list[list[int]] = [[p.sentence_index] for p in protos]
    first_in_story: dict[int, int] = {}
    for i, proto in enumerate(protos):
        first_in_story.setdefault(proto.story, i)
        index = proto.sentence_index
        # "Il a fait cette déclaration lors du congrès": the subject is in an earlier sentence
        back = index
        opener = _opens_with_pronoun(rules, folded, sentences[back], text)
        if isinstance(opener, str):  # "La ministre doit inaugurer ...": the latest sentence naming "la ministre"
            found = _title_antecedent(rules, folded, sentences, sentence_story, index, opener)
            if found is not None:
                contexts[i].append(found)
            else:  # "The airline, which ..., signed": no earlier sentence names "airline"; the one before does
                same_story = index > 0 and sentence_story[index - 1] == proto.story
                # a person's title names no one in its complement ("L'ancien candidat du parti X a voté"):
                # the person is the one told just before, as with a pronoun
                person = not (rules.subject_titles and rules.subject_titles.fullmatch(opener))
                if same_story and (person or _bare_subject(rules, folded, sentences[index], opener, text)):
                    contexts[i].append(index - 1)
            continue
        while (_opens_with_pronoun(rules, folded, sentences[back], text) is True and back > 0
               and index - back < PRONOUN_REACH and sentence_story[back - 1] == proto.story):
            back -= 1
            contexts[i].append(back)
    for story, i in first_in_story.items():
        head = headlines.get(story)
        if head is not None and head not in contexts[i]:
            contexts[i].append(head)
    # dateless sentences pointing back: generic anaphor -> story's first event, same noun -> latest of its type
    by_type: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for i, proto in enumerate(protos):
        by_type.setdefault((proto.story, proto.trigger.event_type), []).append((proto.sentence_index, i))
    for entries in by_type.values():
        entries.sort()
    for index, sentence in enumerate(sentences):
        if index in dated:
            continue
        story = sentence_story[index]
        target: int | None = None
        same_type = {t.event_type for t in triggers_by_sentence.get(index, [])
                     if t.kind == "noun" and not t.subordinate}
        for event_type in same_type:
            entries = by_type.get((story, event_type), [])
            k = bisect.bisect_left(entries, (index, -1)) - 1
            if k >= 0 and (target is None or entries[k][1] > target):
                target = entries[k][1]
        if target is None and rules.anaphors and rules.anaphors.search(folded, sentence.start, sentence.end):
            target = first_in_story.get(story)
            if target is not None and protos[target].sentence_index > index:
                target = None
        # far down the story the sentence tells its background, not the event: its names are none of the event's
        if target is None or index in contexts[target]:
            continue
        if within_reach(protos[target].sentence_index, index):
            contexts[target].append(index)
        elif far is not None:
            far.setdefault(target, []).append(index)
    return contexts


_LINE_BREAK = re.compile(r"\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: Sentences per body line at most, for a text laid out one sentence a line (MEANTIME, some wires): there a line
#: break ends a sentence, not a paragraph, and only a blank line does.
LINE_PER_SENTENCE = 1.2


def _line_per_sentence(text: str, sentences: Sequence[Span]) -> bool:
    """Is the text laid out one sentence a line (its paragraphs then being blank-line separated)?"""
    lines = text.count("\n") + 1 - len(_PARAGRAPH_BREAK.findall(text))
    return len(sentences) >= 4 and lines >= 4 and len(sentences) / lines <= LINE_PER_SENTENCE


def _borrowed_context(text: str, lang: str, sentences: Sequence[Span], sentence_story: Sequence[int],
                      contexts: Sequence[list[int]], named: Any) -> dict[int, int]:
    """Event position -> the sentence whose actors it borrows, for events whose context names nobody.

    "Le ministre Nguyen Van A a reçu l'ambassadeur. La rencontre a eu lieu mardi.": the event sentence names
    no one, so it takes the actors of the sentence just before it, in the same paragraph (no line break
    between them) and story. Not from a caption: never across a photo credit ("... speaks at the meeting.
    Photo: VGP/Nhat Bac Lawmakers voted on Monday."). ``named(index)`` tells whether a sentence names someone.
    """
    from timeline.extraction.actors import credit_spans

    out: dict[int, int] = {}
    caption: dict[int, bool] = {}  # by sentence: read once, not once per event in it (issue 15)
    breaks = _PARAGRAPH_BREAK if _line_per_sentence(text, sentences) else _LINE_BREAK
    for position, context in enumerate(contexts):
        own = context[0]
        if own == 0 or any(named(index) for index in context):
            continue
        before, sentence = sentences[own - 1], sentences[own]
        if sentence_story[own - 1] != sentence_story[own] or breaks.search(text, before.end, sentence.start):
            continue
        if own not in caption:
            caption[own] = bool(credit_spans(text[before.start : sentence.start + 40], lang))
        if caption[own]:
            continue  # a caption and its credit: not the subject of what follows
        out[position] = own - 1
    return out


def _continued_context(text: str, lang: str, sentences: Sequence[Span], sentence_story: Sequence[int],
                       contexts: Sequence[list[int]], protos: Sequence[_Proto], dated: set[int]) -> None:
    """Step 8b: the sentences after an event's own that go on telling it join its context ("Des manifestations
    ont eu lieu jeudi. Les manifestants anti-Trump ont affronté la police."; a market day told over several lines):
    timeline.extraction.actors.continuation decides which, from the layout, dates and events given here. The next
    sentence of the story that retells the event's own verb, undated, joins it across a paragraph break too
    (``_retells``: "Kenya and France signed the deal on Tuesday. / The two ministers signed it at State House.")."""
    from timeline.extraction.actors.continuation import continuing, reports_speech

    own = [p.sentence_index for p in protos]
    paragraphs = not _line_per_sentence(text, sentences)
    breaks = _LINE_BREAK if paragraphs else _PARAGRAPH_BREAK
    told = set(own)
    texts = [s.text for s in sentences]
    joined = [i > 0 and sentence_story[i - 1] == sentence_story[i]
              and not breaks.search(text, sentences[i - 1].end, sentences[i].start) for i in range(len(sentences))]
    free = [i not in dated and i not in told for i in range(len(sentences))]
    for context, index, proto in zip(contexts, own, protos, strict=True):
        for j in continuing(texts, lang, index, joined, free, paragraphs):
            if j not in context:
                context.append(j)
        nxt = index + 1
        if (nxt < len(sentences) and free[nxt] and nxt not in context and sentence_story[nxt] == sentence_story[index]
                and proto.trigger.kind == "verb" and not reports_speech(texts[nxt], lang)
                and _retells(text[proto.trigger.start : proto.trigger.end], texts[nxt])):
            context.append(nxt)


#: Letters at least of a verb trigger's word that the next sentence must repeat to retell it ("signed" / "signed").
RETOLD_MIN = 4


def _retells(trigger: str, following: str) -> bool:
    """Does ``following`` repeat the one-word verb ``trigger`` ("signed", "a signé": its last word) as a word?"""
    words = lexicon.fold(trigger).split()
    if not words or len(words[-1]) < RETOLD_MIN or not words[-1].isalpha():
        return False
    return re.search(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", lexicon.fold(following)) is not None


_CREDIT_WORDS = frozenset({"photo", "photos", "source", "vna", "afp", "reuters", "ap", "xinhua", "ttxvn", "epa",
                           "efe", "dpa", "ansa", "getty images", "getty", "vnexpress", "photo vna", "credit"})


def _find_actors(article: Article, options: Options, spans: Sequence[Span],
                 noise: Sequence[tuple[int, int]]) -> list[Any]:
    """Entities of each span (None for all when the actor module is missing)."""
    if not spans:
        return []
    try:
        from timeline.extraction import actors as actor_module
    except ImportError:  # the actor module is written in parallel; events still work without it
        log.warning("timeline.extraction.actors is not available: events get no actors")
        return [None] * len(spans)
    # a headline in title case is read in sentence case ("Reports Third Quarter Results" names nobody: title_case.py)
    texts = [sentence_case(_mask(span.text, span.start, noise), span.start, article.text) for span in spans]
    # a sentence told twice on a page (a lead repeated in a teaser) is read once
    first: dict[str, int] = {}
    for number, sentence_text in enumerate(texts):
        first.setdefault(sentence_text, number)
    unique = sorted(first.values())
    # Acronyms are kept as written ("ASEAN", "OIM"): merge.canonical_names links them to their expansion
    # across the corpus; expanding them here (find_acronyms) cost time and lowered actor recall on the golden set.
    # the article's full names, so that a lone surname in an event sentence ("Jeudi, Fillon a ...") is a person
    lone = actor_module.may_name_by_surname([texts[n] for n in unique], article.text, article.lang)
    people = _article_people(article.text, article.lang) if lone else ()
    found = actor_module.find_entities_many([texts[n] for n in unique], article.lang, options,
                                            [spans[n].start for n in unique], people=people, article=article.text)
    by_text = {texts[n]: entities for n, entities in zip(unique, found, strict=True)}
    return [by_text[sentence_text] for sentence_text in texts]


@functools.lru_cache(maxsize=4)  # asked twice per article: surnames for the reader, then full names for links
def _article_people(text: str, lang: str) -> tuple[str, ...]:
    """The full names of the people of a whole article (``timeline.extraction.actors.article_names``)."""
    from timeline.extraction.actors import article_names

    return tuple(article_names(text, lang))


def _person_links(entities: Sequence[Any], article: Article) -> dict[str, str]:
    """Within one article, a person's short name -> the full name it is part of ("Hung" -> "Nguyen Manh Hung").

    The full names come from the event sentences and from the rest of the article (a name given
    in full in a sentence that tells no event, then by surname in the event's sentence).
    """
    people = sorted({_clean(a.name) for e in entities if e is not None for a in getattr(e, "actors", ())
                     if getattr(a, "kind", "") == "person"})
    if not people:
        return {}
    from timeline.extraction.actors import link_names

    known = set(people)
    if any(len(p.split()) == 1 for p in people):  # a surname alone: look for its full name in the article
        known |= {_clean(n) for n in _article_people(article.text, article.lang)}
    known = sorted(known)
    if len(known) < 2:
        return {}
    wanted = set(people)
    return {raw: linked for raw, linked in link_names(known).items() if raw in wanted and raw != linked}


_MARKUP = re.compile(r"[=<>{}\[\]|\\]|__")
#: A name never touches these: "=HYPERLINK(...)", "<img src=x>" are markup or formulas in the text.
_MARKUP_BEFORE = frozenset("=<{[|\\")
_MARKUP_AFTER = frozenset("=(<>{[|")


def _touches_markup(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if 0 < start <= len(text) else " "
    after = text[end] if 0 <= end < len(text) else " "
    return before in _MARKUP_BEFORE or after in _MARKUP_AFTER


def _actors_of(entities: Any, noise: Sequence[tuple[int, int]], text: str = ""
               ) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, role) pairs and location names of one entities record, noise, credits and markup left out."""
    if entities is None:
        return [], []
    people = []
    for actor in getattr(entities, "actors", ()) or ():
        name = _clean(actor.name)
        if not name or lexicon.fold(name) in _CREDIT_WORDS or _overlaps(actor.start, actor.end, noise):
            continue
        if _MARKUP.search(name) or (text and _touches_markup(text, actor.start, actor.end)):
            continue  # code or markup in the article text ("window.__pwned=2", "=HYPERLINK("), not a name
        people.append((name, _clean(actor.role or "")))
    places = []
    for location in getattr(entities, "locations", ()) or ():
        place = location[0] if isinstance(location, (tuple, list)) else str(location)
        if place and lexicon.fold(place) not in _CREDIT_WORDS:
            places.append(_clean(place))
    return people, places
