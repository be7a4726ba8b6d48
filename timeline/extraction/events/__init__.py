"""Event detection: an article and its dates -> event mentions; events -> the events table.

Pure: no I/O, no clock. The reference date comes with the article (or ``Options``).
Trigger words, cues and labels are data: timeline/lang/<lang>/triggers.yaml.

``detect`` is an ordered cascade of small steps, each in its module: spans.py (helpers), triggers.py
(step 2 and the compiled vocabulary), date_roles.py (3), pairing.py (4), parts.py (4b-7), context.py (8-9),
titles.py and status.py (10); frames.py builds the tables. This module lays the article out and runs them:

    1. sentences     split the text into sentences (timeline.extraction.sentences), drop those inside a
                     caption, credit, byline or dateline (Article.noise)
    2. triggers      find trigger words (nouns "congrès", verbs "a reçu"); mark the ones that name a
                     topic rather than the happening ("préparatifs du 14e Congrès", "mise en œuvre de
                     la résolution", "on the sidelines of the summit"), the ones inside a place name
                     ("Centre d'exposition", "Hanoi Exhibition Centre") or a background clause ("since
                     the agreement took effect"), complements of another noun ("le présidium du
                     congrès", penalised) and objects of a verb of holding ("a tenu une séance", bonus)
    3. dates         keep the dates that can anchor an event: not in noise, not a publication stamp
                     ("Publié le"), not a deadline ("jusqu'au", "avant le", "Registration closes on"),
                     not a horizon or a term ("d'ici 2030", "mandat 2025-2030"), not the date of a
                     statement ("the ministry said on Thursday"), not part of a name ("Révolution
                     d'août", "Tuyet Mai"); "se poursuit jusqu'au 18", "qui doit s'achever le 11
                     décembre" are *until* dates. Under a headline, the lead's dated announcement is the news
                     ("Fiat announced on Friday that ...": lead_announcements). A bare weekday the date engine
                     put in the past, in a clause in the future tense ("tiendront leur réunion dimanche"),
                     becomes the coming one. A period compared with ("compared to March 2008"), a birth ("born in
                     Lyon on"), a deadline ("a June 1 deadline") anchors nothing; nor does a date the date engine left
                     open before or after it ("avant juin", "after 2016", "by March": ``DateMention.open_end``),
                     while "since"/"until" date a running event ("en grève depuis lundi") and stay on it
    4. pairing       in each sentence, every (date, trigger) pair gets a score: the type priority
                     (named institutional events first: congress, summit, consultation, session,
                     conference, forum, election, decision, ceremony, visit, meeting, other)
                     + a frame bonus ("dans le cadre de la consultation", "lors du congrès")
                     + an object bonus ("held a working session") - a complement penalty
                     + date precision - distance (log of the words between) - clause breaks.
                     Pairs are taken best first; a date and a trigger serve one event each. A topic
                     trigger keeps only a date given by its own event verb ("ahead of the Forum, which
                     will be held on July 11"); a commemorated date ("80e anniversaire de la Fête
                     nationale") anchors nothing; a coarse date containing a finer one in the sentence
                     ("Last year, ... in October 2024") gives way; a bare back-reference to the
                     story's event ("Speaking at the forum, ...") does not start a new one
       The predicate right beside a date (events/predicates.py) competes with the triggers: it governs the date
                     unless a trigger of the date's own clause or its subject noun names the happening. A happening
                     typed 'other' dated by a month or a year with a quantity in its clause ("lost $1.6 billion in
                     2005"), or by a year or a season alone, is a figure or a trend, not an event.
       A generic verb of holding ("will be held", "aura lieu", "is scheduled for", typed 'other') makes an
                     event whose subject is no trigger noun ("The next edition will be held in April 2027"); a trigger
                     noun of its subject gives it its type ("la 5e édition du salon ... doit se tenir"). A noun whose
                     own event verb introduces the date ("la 2e session, qui se tient du 6 au 24 avril") gets a bonus.
                     A trigger right after "la veille de", "the day before the" is the anchor of a relative date,
                     not the event.
   4c. crossing      (crossing.py) a subject pointing back with a verb that only says when takes the type of the
                     happening named before ("... a strike. It will begin on June 2"); a sentence that only says when
                     dates that happening ("... called an election. It will be on 4 July"); listed consecutive days
                     are one range ("les 16, 17 et 18 juillet"), other listed days one happening each
   4b. durations     "for a three-day official visit", "une visite de trois jours": a single start day becomes
                     the range it lasts
    5. until         an until date closes its sentence's event ("which opened on May 5, is scheduled to
                     close on June 27") or the story's earlier event of the same type
    6. parts         "the opening session on Monday", "la cérémonie de clôture" inside a multi-day event
                     of the story are parts of it (their actors join it); a bare generic verb ("se réuniront
                     jeudi et vendredi") with exactly the range of a named event of its story is that event
                     A sentence opening on "The announcement ...", "L'annonce ..." with the date of an earlier
                     event of its story retells that event (retold)
    7. inherit       a dateless sentence framed by the story's event and telling another happening
                     takes that event's date ("On the sidelines of the forum, ... signed a memorandum");
                     not for future-tense plans ("devrait avoir des entretiens bilatéraux")
    8. context       sentences whose actors join an event: the event sentence; the sentences before it
                     while they open with a subject pronoun ("Il a fait cette déclaration lors du
                     congrès", "Le lendemain, il a reçu"); for a title-only subject ("La ministre doit
                     inaugurer", "the ministry launched") the latest sentence naming that title; later
                     dateless sentences of the story pointing back to it ("lors de l'événement",
                     "Prenant la parole", "la conférence"); the story's headline for its first event
    9. actors        one batched call to timeline.extraction.actors.find_entities_many over the context
                     sentences of the whole article, noise masked out; short person names linked within the article
                     (timeline.extraction.actors.link_names)
   10. mentions      title, status (tense cues of the trigger's clause, then the reference date),
                     confidence and stable ids

Titles: the trigger's noun phrase (premodifiers such as "premier", "12e" + the trigger + its
complement up to a clause boundary; dates, places after "à", purposes after "pour"/"afin" cut),
capitalised, at most TITLE_MAX characters; a bare noun gets its organiser ("Conférence
nationale de la Commission ..."); a teaser story's headline is used when the event is its lead
and the headline names the trigger; a verb trigger gets its clause with the date words removed.

Events dated only by the article's own date (a trigger with no date in its sentence) are not
emitted by default: they cost more precision than they bring recall. ``Options.extra
["published_events"] = True`` emits them for a main story's lead, with date_source='published'.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.dates.clock_day import day_clocks_joined
from timeline.extraction.events import page_places as placing
from timeline.extraction.events import trace
from timeline.extraction.events.anchors import possessed_anchor_days
from timeline.extraction.events.background import background_year
from timeline.extraction.events.context import (
    _LINE_BREAK,
    _PARAGRAPH_BREAK,
    OPENING_CLAUSES,
    PRONOUN_REACH,
    TITLE_REACH,
    _actors_of,
    _borrowed_context,
    _context,
    _continued_context,
    _find_actors,
    _line_per_sentence,
    _opens_with_pronoun,
    _person_links,
    _person_pronoun,
    _titled_name,
)
from timeline.extraction.events.coordination import coordinated
from timeline.extraction.events.crossing import (
    anaphoric_types,
    dated_by_next,
    joined_lists,
    lead_announcements,
    listed_dates,
    type_from_previous,
)
from timeline.extraction.events.date_roles import (
    _date_role,
    _future_weekday,
    deferred,
    headline_weekdays,
    settle_sentence_roles,
    weak_reading,
)
from timeline.extraction.events.frames import mentions_frame, to_frame
from timeline.extraction.events.offsets import offset_anchored
from timeline.extraction.events.pairing import _pair, _Proto, named_dates
from timeline.extraction.events.parts import (
    PUBLISHED_RULE,
    _absorb_parts,
    _absorb_retold,
    _absorb_same_range,
    _apply_durations,
    _apply_until,
    _inherit_dates,
    _published,
)
from timeline.extraction.events.predicates import GOVERNING_REACH, predicate_triggers
from timeline.extraction.events.protesters import counted, crowd_typed
from timeline.extraction.events.spans import _in_spans, _mask, _overlaps, _reference, _stable_id, _stories, _story_at
from timeline.extraction.events.status import _clause, _confidence, _status
from timeline.extraction.events.story_actors import lent_actors, named_actors, story_subject
from timeline.extraction.events.story_day import head_days, story_clocks
from timeline.extraction.events.titles import TITLE_MAX, _title
from timeline.extraction.events.triggers import (
    Rules,
    _find_triggers,
    _Trigger,
    _type_generic_verbs,
    event_type_label,
    rules_for,
)
from timeline.extraction.events.verb_readings import market_by_country, reread
from timeline.extraction.sentences import Span, fold_keep, split_sentences
from timeline.models import ANCHORING_OPEN_ENDS, LENT_ROLE, Article, DateMention, Mention, NoiseSpan, Story
from timeline.settings import Options

__all__ = [
    "TITLE_MAX",
    "Rules",
    "detect",
    "event_type_label",
    "mentions_frame",
    "rules_for",
    "to_frame",
]

@dataclass
class _Page:
    """One article laid out for detection: its sentences (noise left out), stories, headlines and leads."""

    article: Article
    rules: Rules
    folded: str
    noise: list[tuple[int, int]]
    stories: tuple[Story, ...]
    sentences: list[Span]
    sentence_story: list[int]
    headlines: dict[int, int]
    leads: dict[int, int]
    reference: Any

    @functools.cached_property
    def lead_set(self) -> frozenset[int]:
        """The lead sentences of the stories that have a headline (a text without one has no lead to tell apart)."""
        return frozenset(i for story, i in self.leads.items() if story in self.headlines)

    @property
    def text(self) -> str:
        return self.article.text


def _layout(article: Article, options: Options, dates: Sequence[DateMention] = ()) -> _Page | None:
    """Step 1: sentences outside noise, the story of each, and each story's headline and lead sentence."""
    text = article.text
    rules = rules_for(article.lang)
    folded = fold_keep(text)
    noise = sorted((n.start, n.end) for n in article.noise if isinstance(n, NoiseSpan))
    stories = _stories(article)
    story_starts = [s.start for s in stories]
    sentences = head_days(text, [s for s in split_sentences(text, lang=rules.lang)
                                 if not _in_spans(s.start, s.end, noise)], dates)  # "Mardi. Le conseil a ...": one
    if not sentences:
        return None
    sentence_story = [_story_at(stories, story_starts, s.start).index for s in sentences]
    headlines: dict[int, int] = {}
    leads: dict[int, int] = {}
    for i, sentence in enumerate(sentences):
        story = _story_at(stories, story_starts, sentence.start)
        if story.headline and story.index not in headlines and fold_keep(story.headline.strip())[:30] == \
                folded[sentence.start : sentence.start + min(30, len(story.headline.strip()))]:
            headlines[story.index] = i
        elif story.index not in leads and sentence.start >= story.start:  # not an outlet line above it
            leads[story.index] = i
    return _Page(article, rules, folded, noise, stories, sentences, sentence_story, headlines, leads,
                 _reference(article, options))


def _event_dates(page: _Page, dates: list[DateMention], options: Options) -> dict[int, list[tuple[DateMention, str]]]:
    """Step 3: the dates that can anchor an event, by sentence index, each with its role ('event', 'until')."""
    by_sentence: dict[int, list[tuple[DateMention, str]]] = {}
    starts = [s.start for s in page.sentences]
    record = trace.article(page.article.id)
    for date in sorted(dates, key=lambda d: (d.start, d.end)):
        if date.end <= date.start or _overlaps(date.start, date.end, page.noise):
            trace.gated(record, date.start, "noise")
            continue
        if background_year(page.folded, page.reference, date):
            trace.gated(record, date.start, "background_year")
            continue
        if date.open_end is not None and date.open_end not in ANCHORING_OPEN_ENDS:
            trace.gated(record, date.start, "open_end")
            continue  # "before June", "after 2016", "by March": a bound, not when the event happens
        i = bisect.bisect_right(starts, date.start) - 1
        if i < 0 or date.end > page.sentences[i].end + 1:
            trace.gated(record, date.start, "outside_sentence")
            continue
        if date.rule == DAY_PART_RULE and any(d.value == date.value and d.precision == "day" and d.end <= date.start
                                              for d, _ in by_sentence.get(i, ())):
            trace.gated(record, date.start, "day_part")
            continue  # "ce mercredi 25 janvier, en début de matinée": the time of the day just named, no second date
        role = _date_role(page.rules, page.folded, page.sentences[i], date, page.text, i in page.lead_set)
        if (role == "event" and date.open_end == "until"
                and deferred(page.rules.lang, page.folded[max(0, date.start - 80) : date.start])):
            date = dataclasses.replace(date, open_end=None)  # "delayed until October": the new date, no bound
        if role is not None and options.bare_weekday == "past":
            date = _future_weekday(page.rules, page.folded, page.sentences[i], date, page.reference)
        if role is not None:
            by_sentence.setdefault(i, []).append((date, role))
        else:
            trace.gated(record, date.start, "role")
    settle_sentence_roles(page.folded, by_sentence)
    return headline_weekdays(page.rules.lang, page.folded, page.headlines, page.sentence_story, by_sentence)


#: The date engine's rule for a part of the day that takes the day of a date before it ("en début de matinée").
DAY_PART_RULE = "day_part_alone"


def _pairs(page: _Page, dates: list[DateMention], dates_by_sentence: dict[int, list[tuple[DateMention, str]]]
           ) -> tuple[list[_Proto], dict[int, list[_Trigger]]]:
    """Steps 2 and 4: the triggers of each sentence, and its (date, trigger) pairs."""
    by_start = sorted(dates, key=lambda d: d.start)
    all_date_starts = [d.start for d in by_start]
    triggers_by_sentence: dict[int, list[_Trigger]] = {}
    protos: list[_Proto] = []
    told_in: dict[int, set[str]] = {}
    """story -> the event types of its protos so far (kept as they grow: a scan per sentence was quadratic)."""
    for i, sentence in enumerate(page.sentences):
        mark = len(protos)  # the protos of sentence i are protos[mark:]
        lo = bisect.bisect_left(all_date_starts, sentence.start)
        hi = bisect.bisect_left(all_date_starts, sentence.end)
        ends = frozenset(d.end for d in by_start[lo:hi])  # the sentence's dates (a scan of all was quadratic)
        triggers = _type_generic_verbs(page.folded, _find_triggers(page.rules, page.text, page.folded, sentence,
                                                                    all_date_starts[lo:hi], ends))
        triggers = reread(page.rules.lang, page.folded, sentence, triggers)  # "shares collapsed 38%"
        if i > 0 and page.sentence_story[i - 1] == page.sentence_story[i]:
            triggers = type_from_previous(page, sentence, triggers, triggers_by_sentence.get(i - 1, ()))
        if i in page.lead_set:
            triggers = lead_announcements(page, triggers)
        if triggers:
            triggers_by_sentence[i] = triggers
        if triggers and i in dates_by_sentence:
            story = page.sentence_story[i]
            told = set(told_in.get(story, ()))
            governing = predicate_triggers(page.rules, page.folded, sentence, dates_by_sentence[i], (), triggers,
                                           GOVERNING_REACH)
            candidates = sorted([*triggers, *governing], key=lambda t: t.start) if governing else triggers
            trace.predicates(trace.article(page.article.id), governing)
            paired = _pair(page.rules, page.folded, sentence, i, story, candidates, dates_by_sentence[i], told)
            # 4d. "a inauguré l'usine mardi et a rencontré les syndicats": a second happening of the same day
            protos.extend(coordinated(page.rules, page.folded, sentence, candidates, paired,
                                      [d for d, _ in dates_by_sentence[i]]))
            triggers = candidates
        if i in dates_by_sentence:  # a date no trigger took: the predicate it modifies, typed 'other'
            found = protos[mark:]
            extra = predicate_triggers(page.rules, page.folded, sentence, dates_by_sentence[i], found, triggers)
            trace.candidates(trace.article(page.article.id), i, [*triggers, *extra])
            trace.predicates(trace.article(page.article.id), extra)
            if extra:
                named = named_dates(page.rules, page.folded, triggers, [d for d, _ in dates_by_sentence[i]])
                left = [(d, r) for d, r in dates_by_sentence[i]
                        if d.start not in named and all(p.date.start != d.start for p in found)]
                protos.extend(_pair(page.rules, page.folded, sentence, i, page.sentence_story[i], extra, left))
        for proto in protos[mark:]:
            told_in.setdefault(proto.story, set()).add(proto.trigger.event_type)
    protos.sort(key=lambda p: (p.sentence.start, p.date.start))
    return protos, triggers_by_sentence


def _known(name: str, actors: Iterable[str]) -> bool:
    """Is ``name`` one of ``actors`` already, or part of one ("Apple" beside "Apple Computer", "Raffarin" beside
    "Jean-Pierre Raffarin"), or one of them part of it?"""
    words = set(lexicon.fold(name).split())
    others = [set(lexicon.fold(other).split()) for other in actors]
    return any(words <= other or other <= words for other in others if other and words)


def _mention(page: _Page, proto: _Proto, actors: dict[str, str], places: list[str], title_text: str,
             triggers_by_sentence: dict[int, list[_Trigger]], crowd: int = 1, lent: Sequence[str] = ()) -> Mention:
    """Step 10: one Mention with its title, status, confidence and stable id (one of ``crowd`` in its article);
    ``lent`` (step 9e) joins its actors with role LENT_ROLE, after its own, and does not count for its confidence."""
    own = counted(actors)  # a protest's group read from its grammar aside (events/protesters.py)
    actors = {**actors, **{name: LENT_ROLE for name in lent if not _known(name, actors)}}
    article, text, rules = page.article, page.text, page.rules
    story = next(s for s in page.stories if s.index == proto.story)
    date = proto.date
    end_date = proto.end_date or date.end_value
    if end_date is not None and end_date <= date.value:
        end_date = None
    headline_index = page.headlines.get(proto.story)
    return Mention(
        mention_id=_stable_id(article.id, date.start, proto.trigger.start),
        article_id=article.id,
        date=date.value,
        end_date=end_date,
        precision=date.precision,
        date_text=date.text,
        date_start=date.start,
        date_end=date.end,
        sentence=proto.sentence.text,
        sentence_start=proto.sentence.start,
        event_type=proto.trigger.event_type,
        trigger=text[proto.trigger.start : proto.trigger.end],
        title=_title(rules, title_text, page.folded, proto, story, page.leads.get(proto.story),
                     page.sentences[headline_index] if headline_index is not None else None,
                     triggers_by_sentence.get(proto.sentence_index, ())),
        status=_status(rules, page.folded, _clause(page.folded, proto), date.value, end_date, date.precision,
                       page.reference),
        date_source="published" if date.rule == PUBLISHED_RULE else "text",
        actors=tuple(actors),
        roles=tuple((name, role) for name, role in actors.items() if role),
        locations=tuple(places),
        url=article.url,
        lang=article.lang,
        story_index=proto.story,
        confidence=_confidence(rules, proto, own, crowd),
        resolution=date.explanation,
        time=date.time if date.precision == "day" else None,
        open_end=date.open_end,
    )


def _borrow_actors(page: _Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any],
                   dated: set[int]) -> None:
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
    missing = sorted(set(borrowed.values()) - set(by_sentence))
    if missing:
        found = _find_actors(page.article, options, [page.sentences[i] for i in missing], page.noise)
        by_sentence.update(zip(missing, found, strict=True))
    for position, index in borrowed.items():
        contexts[position].append(index)
    story_subject(page, options, contexts, by_sentence, named)
    if not one_a_line:
        _following(page, options, contexts, by_sentence, named, dated)


def _antecedent(page: _Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any], named: Any
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
    missing = sorted({i for found, _ in wanted.values() for i in found} - set(by_sentence))
    if missing:
        found = _find_actors(page.article, options, [page.sentences[i] for i in missing], page.noise)
        by_sentence.update(zip(missing, found, strict=True))
    for position, (earlier, test) in wanted.items():
        subject = next((i for i in earlier if test(i)), None)
        if subject is not None and subject not in contexts[position]:
            contexts[position].append(subject)


def _following(page: _Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any], named: Any,
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
    missing = sorted({i for found in wanted.values() for i in found} - set(by_sentence))
    if missing:
        found = _find_actors(page.article, options, [page.sentences[i] for i in missing], page.noise)
        by_sentence.update(zip(missing, found, strict=True))
    for position, found in wanted.items():
        contexts[position].extend(i for i in found if i not in contexts[position])


def _protos(page: _Page, dates: list[DateMention], options: Options
            ) -> tuple[list[_Proto], dict[int, list[_Trigger]], list[tuple[_Proto, int]]]:
    """Steps 2-7: the (date, happening) pairs of one article, their triggers and dates by sentence, and the parts
    absorbed into a bigger event (step 6). Each stage's survivors go to the trace when it is on (events/trace.py)."""
    rules, folded, article = page.rules, page.folded, page.article
    record = trace.article(article.id)
    if record is not None:
        record.update(dates=list(dates), sentences=page.sentences, noise=page.noise)
    dates_by_sentence = joined_lists(page.text, _event_dates(page, dates, options))
    if record is not None:
        record["eligible"] = {d.start: (d, role) for found in dates_by_sentence.values() for d, role in found}
    protos, triggers_by_sentence = _pairs(page, dates, dates_by_sentence)
    trace.stage(record, "pairing", protos)
    # 4c. across sentences and lists: "It will begin on June 2" after "a strike"; "les 16, 17 et 18 juillet"
    protos = anaphoric_types(rules, folded, listed_dates(page.text, protos, dates_by_sentence), triggers_by_sentence,
                             page.sentence_story)
    protos = dated_by_next(rules, folded, page.sentences, page.sentence_story, protos, triggers_by_sentence,
                           dates_by_sentence)
    trace.stage(record, "crossing", protos)
    # 4e. "resigned on Tuesday, a day after the government lost a confidence vote": the vote's day counts from Tuesday
    protos = offset_anchored(rules, folded, protos, triggers_by_sentence, page.sentences, page.sentence_story)
    trace.stage(record, "offsets", protos)
    # a season, a day counted from a named happening, a guessed year far back: the date keeps its trigger from the
    # sentence's other dates, but dates no event (date_roles.weak_reading)
    starts = frozenset(d.start for d in dates)
    weak = {d.start for found in dates_by_sentence.values() for d, _ in found
            if weak_reading(folded, d, page.reference, starts)}
    protos = [p for p in protos if p.date.start not in weak]
    trace.stage(record, "weak_reading", protos)
    protos = crowd_typed(article.lang, folded, protos)  # and typed by who acts
    # 5. until-dates, then happenings dated by the event their sentence points back to
    protos = _apply_until(_apply_durations(rules, folded, protos, triggers_by_sentence))
    trace.stage(record, "until", protos)
    if options.extra.get("published_events") and page.reference is not None:
        protos.extend(_published(page.stories, page.leads, page.headlines, page.sentences, triggers_by_sentence,
                                 protos, page.reference))
    absorbed: list[tuple[_Proto, int]] = []
    if protos:
        protos = _absorb_same_range(_absorb_parts(rules, folded, protos, absorbed), absorbed)
        trace.stage(record, "parts", protos)
        protos = _absorb_retold(rules, folded, protos, absorbed)
        trace.stage(record, "retold", protos)
        protos = _inherit_dates(rules, folded, protos, triggers_by_sentence, set(dates_by_sentence), page.sentences,
                                page.sentence_story)
        trace.stage(record, "inherit", protos)
    trace.detected(record, page, triggers_by_sentence, weak, protos)
    return protos, triggers_by_sentence, absorbed


def detect(article: Article, dates: list[DateMention], options: Options) -> list[Mention]:
    """The event mentions of one article: dated happenings with their trigger, title and actors.

    Pure: the same article and dates give the same mentions (same ids) on every run.
    """
    if not article.text or (not dates and not options.extra.get("published_events")):
        return []
    page = _layout(article, options, dates)
    if page is None:
        return []
    rules, folded = page.rules, page.folded
    dates = possessed_anchor_days(article.lang, page.text, dates)  # "the eve of Monday's summit": Monday's summit
    dates = day_clocks_joined(page.text, dates)  # "le samedi 5 juin à 17 h": one date for the events, at its time
    dates = story_clocks(rules, folded, dates, page.sentences, page.sentence_story, page.leads, page.reference)
    protos, triggers_by_sentence, absorbed = _protos(page, dates, options)
    if not protos:
        return []

    # 8-9. context sentences and one batched actor call
    contexts = _context(rules, page.text, folded, page.sentences, page.sentence_story, protos, page.headlines,
                        {p.sentence_index for p in protos}, triggers_by_sentence)
    sentence_starts = [s.start for s in page.sentences]
    dated_sentences = {bisect.bisect_right(sentence_starts, d.start) - 1 for d in dates}
    _continued_context(page.text, article.lang, page.sentences, page.sentence_story, contexts, protos,
                       dated_sentences)
    for whole, index in absorbed:
        if whole in protos and index not in contexts[protos.index(whole)]:
            contexts[protos.index(whole)].append(index)
    needed = sorted({i for ctx in contexts for i in ctx})
    entities = _find_actors(article, options, [page.sentences[i] for i in needed], page.noise)
    by_sentence = dict(zip(needed, entities, strict=True))
    _borrow_actors(page, options, contexts, by_sentence, dated_sentences)
    # 9e: the story's main actors, marked as lent, for the events whose context names no agent
    lent = lent_actors(page, options, contexts, by_sentence, [p.trigger.start for p in protos])
    links = _person_links(list(by_sentence.values()), article)

    # 10. mentions
    title_text = _mask(page.text, 0, page.noise) if page.noise else page.text  # no dateline or credit in a title
    mentions = []
    for position, (proto, context) in enumerate(zip(protos, contexts, strict=True)):
        actors, places = placing.actor_lists(page, context, by_sentence, links, proto)
        mentions.append(_mention(page, proto, actors, places, title_text, triggers_by_sentence, len(protos),
                                 [links.get(name, name) for name in lent.get(position, ())]))
    trace.final(trace.article(article.id), protos, mentions)
    return mentions
