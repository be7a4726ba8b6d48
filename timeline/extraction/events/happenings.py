"""Steps 2-7 of event detection: the dated happenings (``_Proto``) of one laid-out page: the dates that can anchor
an event (step 3), the triggers of each sentence and their (date, trigger) pairs (steps 2 and 4), then across
sentences, offsets, durations, until-dates, parts and inherited dates (4c-7; see the steps in events/__init__.py).

Split from events/__init__.py (module size).
"""

from __future__ import annotations

import bisect
import dataclasses

from timeline.extraction.events import trace
from timeline.extraction.events.background import background_year, recalled_date
from timeline.extraction.events.closing_rows import closing_rows
from timeline.extraction.events.coordination import coordinated
from timeline.extraction.events.crossing import (
    anaphoric_types,
    dated_by_next,
    joined_lists,
    lead_announcements,
    listed_dates,
    type_from_previous,
)
from timeline.extraction.events.date_readings import (
    _future_weekday,
    headline_weekdays,
    settle_sentence_roles,
    weak_reading,
)
from timeline.extraction.events.date_roles import _date_role, deferred
from timeline.extraction.events.layout import Page
from timeline.extraction.events.list_heads import list_heads
from timeline.extraction.events.market_days import market_days
from timeline.extraction.events.nominal import drop_nominal_verbs
from timeline.extraction.events.offsets import offset_anchored
from timeline.extraction.events.pairing import _pair, _Proto, named_dates
from timeline.extraction.events.participles import held_dates
from timeline.extraction.events.parts import (
    _absorb_parts,
    _absorb_retold,
    _absorb_same_range,
    _apply_durations,
    _apply_until,
    _inherit_dates,
    _published,
)
from timeline.extraction.events.predicates import GOVERNING_REACH, predicate_triggers
from timeline.extraction.events.protest_response import protest_responses
from timeline.extraction.events.protesters import crowd_typed
from timeline.extraction.events.result_clauses import result_protos
from timeline.extraction.events.round_ups import round_up_days
from timeline.extraction.events.score_lines import score_protos
from timeline.extraction.events.sitting_items import sitting_items
from timeline.extraction.events.spans import _overlaps
from timeline.extraction.events.statements import fronted_announcements
from timeline.extraction.events.triggers import _find_triggers, _Trigger, _type_generic_verbs
from timeline.extraction.events.verb_readings import reread
from timeline.models import ANCHORING_OPEN_ENDS, DateMention
from timeline.settings import Options

__all__ = ["DAY_PART_RULE", "event_dates", "pairs", "protos_of"]


def event_dates(page: Page, dates: list[DateMention], options: Options) -> dict[int, list[tuple[DateMention, str]]]:
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
        if recalled_date(page.rules, page.text, page.folded, page.sentences[i], page.reference, date):
            trace.gated(record, date.start, "recalled")
            continue  # "alors qu'il gouvernait le pays en 2014", "who was mayor in 2012": a state (background.py)
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


def pairs(page: Page, dates: list[DateMention], dates_by_sentence: dict[int, list[tuple[DateMention, str]]]
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
        triggers = drop_nominal_verbs(page.rules.lang, page.folded, sentence, triggers)  # "its third cut"
        if i > 0 and page.sentence_story[i - 1] == page.sentence_story[i]:
            triggers = type_from_previous(page, sentence, triggers, triggers_by_sentence.get(i - 1, ()))
        if i in page.lead_set:
            triggers = lead_announcements(page, triggers)
        elif i in dates_by_sentence:  # "Le 26 janvier, l'équipe a annoncé que ...": the fronted date's announcement
            triggers = fronted_announcements(page, sentence, [d for d, _ in dates_by_sentence[i]], triggers)
        if triggers:
            triggers_by_sentence[i] = triggers
        # "the gala planned for Thursday has been postponed": dates a noun's participle introduces
        held = held_dates(page.rules.lang, page.text, [d for d, _ in dates_by_sentence.get(i, ())])
        if triggers and i in dates_by_sentence:
            story = page.sentence_story[i]
            told = set(told_in.get(story, ()))
            governing = predicate_triggers(page.rules, page.folded, sentence, dates_by_sentence[i], (), triggers,
                                           GOVERNING_REACH, held, page.text)
            candidates = sorted([*triggers, *governing], key=lambda t: t.start) if governing else triggers
            trace.predicates(trace.article(page.article.id), governing)
            paired = _pair(page.rules, page.folded, sentence, i, story, candidates, dates_by_sentence[i], told, held)
            # 4d. "a inauguré l'usine mardi et a rencontré les syndicats": a second happening of the same day
            protos.extend(coordinated(page.rules, page.folded, sentence, candidates, paired,
                                      [d for d, _ in dates_by_sentence[i]]))
            triggers = candidates
        if i in dates_by_sentence:  # a date no trigger took: the predicate it modifies, typed 'other'
            found = protos[mark:]
            extra = predicate_triggers(page.rules, page.folded, sentence, dates_by_sentence[i], found, triggers,
                                       held=held, text=page.text)
            trace.candidates(trace.article(page.article.id), i, [*triggers, *extra])
            trace.predicates(trace.article(page.article.id), extra)
            if extra:
                named = named_dates(page.rules, page.folded, triggers, [d for d, _ in dates_by_sentence[i]])
                left = [(d, r) for d, r in dates_by_sentence[i]
                        if d.start not in named and all(p.date.start != d.start for p in found)]
                protos.extend(_pair(page.rules, page.folded, sentence, i, page.sentence_story[i], extra, left,
                                    participles=held))
        for proto in protos[mark:]:
            told_in.setdefault(proto.story, set()).add(proto.trigger.event_type)
    protos.sort(key=lambda p: (p.sentence.start, p.date.start))
    return protos, triggers_by_sentence


def protos_of(page: Page, dates: list[DateMention], options: Options
            ) -> tuple[list[_Proto], dict[int, list[_Trigger]], list[tuple[_Proto, int]]]:
    """Steps 2-7: the (date, happening) pairs of one article, their triggers and dates by sentence, and the parts
    absorbed into a bigger event (step 6). Each stage's survivors go to the trace when it is on (events/trace.py)."""
    rules, folded, article = page.rules, page.folded, page.article
    record = trace.article(article.id)
    if record is not None:
        record.update(dates=list(dates), sentences=page.sentences, noise=page.noise)
    dates_by_sentence = joined_lists(page.text, event_dates(page, dates, options))
    if record is not None:
        record["eligible"] = {d.start: (d, role) for found in dates_by_sentence.values() for d, role in found}
    protos, triggers_by_sentence = pairs(page, dates, dates_by_sentence)
    protos = protos + score_protos(page, dates, protos)  # 4b. the bare lines of a results or fixtures list
    protos = result_protos(page, dates_by_sentence, protos)  # 4f. "X beat Y 2-1, Z drew with W": one row per match
    trace.stage(record, "pairing", protos)
    # 4c. across sentences and lists: "It will begin on June 2" after "a strike"; "les 16, 17 et 18 juillet"
    protos = list_heads(page.text, protos, dates_by_sentence)  # one list of days, one head (typ26)
    protos = anaphoric_types(rules, folded, listed_dates(page.text, protos, dates_by_sentence), triggers_by_sentence,
                             page.sentence_story)
    protos = dated_by_next(rules, folded, page.sentences, page.sentence_story, protos, triggers_by_sentence,
                           dates_by_sentence)
    trace.stage(record, "crossing", protos)
    # 4e. "resigned on Tuesday, a day after the government lost a confidence vote": the vote's day counts from Tuesday
    protos = offset_anchored(rules, folded, protos, triggers_by_sentence, page.sentences, page.sentence_story)
    trace.stage(record, "offsets", protos)
    # a season, a day counted from a named happening, a guessed year far back: the date keeps its trigger from the
    # sentence's other dates, but dates no event (date_readings.weak_reading)
    starts = frozenset(d.start for d in dates)
    weak = {d.start for found in dates_by_sentence.values() for d, _ in found
            if weak_reading(folded, d, page.reference, starts)}
    protos = [p for p in protos if p.date.start not in weak]
    trace.stage(record, "weak_reading", protos)
    protos = crowd_typed(article.lang, folded, protos)  # and typed by who acts
    # 5a. "police fired tear gas to disperse marchers": the protest and the response, two rows (protest_response.py)
    protos = protest_responses(rules, folded, protos)
    trace.stage(record, "protest_response", protos)
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
    # 7b. "In Sarthe, Jane Morel was elected": a round-up's instance under a place frame takes the story's day
    protos = round_up_days(rules, folded, page.text, protos, triggers_by_sentence, dates, dates_by_sentence,
                           page.sentences, page.sentence_story)
    trace.stage(record, "round_ups", protos)
    # 7c. "Its stock slid 5%." after the story's dated news: the move takes that day (market_days.py)
    protos = market_days(rules, folded, protos, triggers_by_sentence, dates, page.sentences, page.sentence_story,
                         page.article.reference_date)
    trace.stage(record, "market_days", protos)
    # 7d. "The council also approved the sale." after the story's dated sitting: the item takes that day
    protos = sitting_items(rules, folded, protos, triggers_by_sentence, dates, page.sentences, page.sentence_story)
    trace.stage(record, "sitting_items", protos)
    # 7e. a date closing its sentence: its `other` row yields to its story's typed row of the day, and stands only
    # for a verb of a happening (closing_rows.py)
    protos = closing_rows(rules.lang, folded, protos)
    trace.detected(record, page, triggers_by_sentence, weak, protos)
    return protos, triggers_by_sentence, absorbed
