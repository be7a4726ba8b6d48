"""Event detection: an article and its dates -> event mentions; events -> the events table.

Pure: no I/O, no clock. The reference date comes with the article (or ``Options``).
Trigger words, cues and labels are data: timeline/lang/<lang>/triggers.yaml.

``detect`` is an ordered cascade of small steps, each in its module: spans.py (helpers), triggers.py
(step 2; vocabulary.py compiles its word lists), date_roles.py (3; with status_cues.py and date_readings.py),
pairing.py (4), parts.py (4b-7), context.py (8-9),
titles.py and status.py (10); frames.py builds the tables. layout.py lays the article out (1), happenings.py runs
steps 2-7 (dates, pairs, crossing, offsets, until, parts, inherit), borrowed_actors.py steps 9a-9d, mentions.py
step 10; this module runs them in order:

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
                     (timeline.extraction.actors.link_names); a one-word short form of a name the article's actors
                     give in full shown by it ("Thornbury" -> "Thornbury Homes", short_forms.py, 9f)
   10. mentions      the page's own outlet, agency and reporters left out of the actors (own_press.py, round
                     twenty-five); title, status (tense cues of the trigger's clause, then the reference date),
                     confidence and stable ids
   11. restated      an `other` telling that names an actor of a typed telling of its story and date, in
                     another sentence sharing content words with it, takes its type (restated.py): merging
                     then folds the two into one row; so does a verb of occurring after a known happening dated
                     to its day ("L'acte ... est survenu le 6 décembre"), when that day holds one typed happening
   12. occasions     a `conference` telling naming a press conference or a call ("conference call", "conférence
                     de presse"), of the day of a `decision` or `other` telling of its story told in its sentence
                     or before, sharing an actor, takes that news's type, date and title (occasions.py): merging folds
                     the occasion into the news's row (docs/ANNOTATION.md: one row, alt conference)
   13. steps         an `other` telling dated by an hour alone ("23:15", "dans la nuit") on the day of a
                     typed happening of its story (told in its sentence or before, by its day or a part of
                     it, not at a clock) is a step of it and makes no row (substeps.py)
   14. months        a telling dated by a month alone, in a month its story tells a happening of another type
                     by its day (same tense), gives way: the happening's coarse retelling or a state around it
                     (coarse_months.py)

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

from timeline import lang as lexicon
from timeline.extraction.actors.country_complements import complement_only
from timeline.extraction.dates.clock_day import day_clocks_joined
from timeline.extraction.dates.story_clocks import as_left
from timeline.extraction.events import page_places as placing
from timeline.extraction.events import trace
from timeline.extraction.events.anchors import possessed_anchor_days
from timeline.extraction.events.body_heads import body_heads
from timeline.extraction.events.borrowed_actors import borrow_actors
from timeline.extraction.events.coarse_months import coarse_months
from timeline.extraction.events.context import _context, _continued_context, _find_actors, _person_links
from timeline.extraction.events.frames import mentions_frame, to_frame
from timeline.extraction.events.happenings import protos_of
from timeline.extraction.events.kind_antecedent import kind_antecedent
from timeline.extraction.events.layout import layout
from timeline.extraction.events.lead_persons import lead_persons
from timeline.extraction.events.mentions import mention_of
from timeline.extraction.events.occasions import occasion_folds
from timeline.extraction.events.own_press import press_of
from timeline.extraction.events.pair_anaphors import pair_lent
from timeline.extraction.events.restated import restated_types
from timeline.extraction.events.result_clauses import clause_actors, clause_places
from timeline.extraction.events.retold_attendees import retold_attendees
from timeline.extraction.events.short_forms import short_form_links
from timeline.extraction.events.sitting_items import sitting_contexts
from timeline.extraction.events.spans import _mask
from timeline.extraction.events.story_actors import lent_actors
from timeline.extraction.events.story_day import story_clocks
from timeline.extraction.events.substeps import clock_steps
from timeline.extraction.events.thing_anaphors import thing_lent
from timeline.extraction.events.titled_later import titled_later
from timeline.extraction.events.titles import TITLE_MAX
from timeline.extraction.events.vocabulary import Rules, event_type_label, rules_for
from timeline.models import Article, DateMention, Mention
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


def detect(article: Article, dates: list[DateMention], options: Options) -> list[Mention]:
    """The event mentions of one article: dated happenings with their trigger, title and actors.

    Pure: the same article and dates give the same mentions (same ids) on every run.
    """
    if not article.text or (not dates and not options.extra.get("published_events")):
        return []
    dates = as_left(dates)  # a clock the date engine moved to the story's near day groups rows as it was left
    page = layout(article, options, dates)
    if page is None:
        return []
    rules, folded = page.rules, page.folded
    dates = possessed_anchor_days(article.lang, page.text, dates)  # "the eve of Monday's summit": Monday's summit
    dates = day_clocks_joined(page.text, dates)  # "le samedi 5 juin à 17 h": one date for the events, at its time
    dates = story_clocks(rules, folded, dates, page.sentences, page.sentence_story, page.leads, page.reference)
    protos, triggers_by_sentence, absorbed = protos_of(page, dates, options)
    if not protos:
        return []

    # 8-9. context sentences and one batched actor call
    far: dict[int, list[int]] = {}  # sentences pointing back beyond the reach: only an attendee lent from them
    contexts = _context(rules, page.text, folded, page.sentences, page.sentence_story, protos, page.headlines,
                        {p.sentence_index for p in protos}, triggers_by_sentence, far)
    sentence_starts = [s.start for s in page.sentences]
    dated_sentences = {bisect.bisect_right(sentence_starts, d.start) - 1 for d in dates}
    _continued_context(page.text, article.lang, page.sentences, page.sentence_story, contexts, protos,
                       dated_sentences)
    sitting_contexts(article.lang, folded, protos, contexts, page.sentences)  # an item: its sitting's sentence
    for whole, index in absorbed:
        if whole in protos and index not in contexts[protos.index(whole)]:
            contexts[protos.index(whole)].append(index)
    needed = sorted({i for ctx in contexts for i in ctx})
    entities = _find_actors(article, options, [page.sentences[i] for i in needed], page.noise)
    by_sentence = dict(zip(needed, entities, strict=True))
    borrow_actors(page, options, contexts, by_sentence, dated_sentences, [p.trigger.end for p in protos])
    # 9e: the story's main actors, marked as lent, for the events whose context names no agent
    lent = lent_actors(page, options, contexts, by_sentence, [p.trigger.start for p in protos])
    # 9f: a short form of a name the article gives in full ("Thornbury" -> "Thornbury Homes"); a person's own
    # short name is settled by _person_links, which wins
    found_actors = list(by_sentence.values())
    links = {**short_form_links(found_actors, article.lang), **_person_links(found_actors, article)}
    read = dict(by_sentence)  # the sentences these two read are not the event's context
    pairs = pair_lent(page, options, contexts, read)
    for found in (pairs, titled_later(page, options, contexts, read),
                  kind_antecedent(page, options, contexts, read), lead_persons(page, options, contexts, read),
                  thing_lent(page, options, contexts, read),
                  body_heads(page, options, contexts, read, [proto.date.value for proto in protos]),
                  retold_attendees(page, options, far, read)):
        # "the two sides"; "a federal judge ... / Judge X"; "the operator's"; "a contract ... / The contract ...";
        # "the Assembly ... / the president of the Assembly, Jane Roy"
        for position, names in found.items():
            lent[position] = [*names, *lent.get(position, ())]
    complements = complement_only(read.values())  # "l'ambassadeur de France" only: lent to none (act33), but to
    if complements:  # "the two countries", which asks for the countries its sentence before names (pair_anaphors.py)
        lent = {position: [n for n in names if lexicon.fold(n) not in complements or n in pairs.get(position, ())]
                for position, names in lent.items()}

    # 10. mentions
    title_text = _mask(page.text, 0, page.noise) if page.noise else page.text  # no dateline or credit in a title
    mentions = []
    press = press_of(article)  # 10b. the page's own outlet, agency and reporters are no actors (own_press.py)
    for position, (proto, context) in enumerate(zip(protos, contexts, strict=True)):
        actors, places = placing.actor_lists(page, context, by_sentence, links, proto)
        actors = {name: role for name, role in actors.items() if not press.covers(name)}
        said = page.text[proto.trigger.start : proto.trigger.end]
        actors = clause_actors(said, article.lang, actors)  # its sides
        places = clause_places(said, article.lang, places)  # its sides' towns are clubs, not its scene
        mentions.append(mention_of(page, proto, actors, places, title_text, triggers_by_sentence, len(protos),
                                 press.keep(links.get(name, name) for name in lent.get(position, ()))))
    mentions = restated_types(mentions)  # 11. an `other` telling restating a typed one of its story and date
    mentions = occasion_folds(mentions)  # 12. the press conference or call of the day's news: one row with it
    trace.final(trace.article(article.id), protos, mentions)
    mentions = clock_steps(mentions, dates)  # 13. an `other` telling at an hour of a happening's day: a step, no row
    return coarse_months(mentions)  # 14. a month-only telling whose month its story tells a typed happening by day

