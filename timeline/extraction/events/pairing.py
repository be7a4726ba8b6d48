"""Step 4: tie each date of a sentence to the happening it dates (scored pairs, best first)."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.after_phrases import phrase_retyped
from timeline.extraction.events.called_off import undone
from timeline.extraction.events.enclosures import enclosed_role, enclosure
from timeline.extraction.events.fronted import fronted_clause, kept_apart
from timeline.extraction.events.participles import Held, trigger_takes_date
from timeline.extraction.events.purposes import yielding_triggers
from timeline.extraction.events.relatives import RELATIVE_PRONOUNS, inside_closed_relative
from timeline.extraction.events.spans import _clause_breaks, _words_between
from timeline.extraction.events.status_cues import denied_or_hedged
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span
from timeline.models import DateMention

#: Scoring of (date, trigger) pairs in one sentence (see the module docstring, step 4).
FRAME_BONUS = 25.0
OBJECT_BONUS = 20.0
PREDICATE_BONUS = 20.0
"""A noun trigger whose own event verb ("qui se tient", "which will be held") introduces the date."""
GENITIVE_PENALTY = 40.0
#: A year-only date this many words or more away from the trigger is not its date ("... in 2024").
FAR_YEAR_WORDS = 12


NOUN_BONUS = 3.0
DISTANCE_WEIGHT = 8.0
CLAUSE_PENALTY = 15.0
PRECISION_BONUS = {"day": 10.0, "week": 6.0, "month": 4.0, "year": 0.0}


@dataclass(frozen=True)
class _Proto:
    """A pairing of one date and one trigger in one sentence, before it becomes a Mention."""

    sentence: Span
    sentence_index: int
    story: int
    trigger: _Trigger
    date: DateMention
    until: bool
    score: float
    end_date: dt.date | None = None
    inherited: bool = False
    """Dated by the event its sentence points back to ("On the sidelines of the forum, ... signed")."""


# --------------------------------------------------------------------------- step 4: pairing


_DEFINITE = re.compile(r"(?:\b(?:le|la|les|ce|cette|the|this)\s+|\bl')$")
#: A definite back-reference ("the forum") pairs only with a date this close ("the forum on Monday").
BACK_REFERENCE_WORDS = 3
#: An end date further than this after the start is not the end of that event.
MAX_EVENT_DAYS = 120
#: A topic trigger ("ahead of the Forum") keeps a date at most this many words after its phrase.
SUBORDINATE_REACH = 8
_OF = re.compile(r"^\s*(?:,\s*)?(?:(?:et|and)\s+)?(?:de la|de l'|du|des|de|d'|of the|of)\s*$")


#: A rank or superlative at most this many words before a trigger counts it ("the third avalanche death").
COUNT_REACH = 3


@functools.cache
def _count_cue(lang: str) -> re.Pattern[str] | None:
    """``counted_before`` of lang/<lang>/triggers.yaml: ranks and superlatives, folded, as one pattern that ends
    COUNT_REACH words or fewer before the trigger."""
    words = lexicon.load(f"{lang}/triggers").get("counted_before") or []
    body = "|".join(str(w) for w in words)
    return re.compile(rf"\b(?:{body})(?:\s+[\w'-]+){{0,{COUNT_REACH}}}\s+$") if body else None


def _counted_since(rules: Rules, folded: str, trigger: _Trigger, date: DateMention) -> bool:
    """A 'since' date after a happening counted by rank or superlative ("the third avalanche death since New Year's
    Day", "la plus forte baisse depuis mars") is where the count starts, no happening of its own (round thirteen)."""
    if date.open_end != "since" or date.start < trigger.end:
        return False
    cue = _count_cue(rules.lang)
    return cue is not None and cue.search(folded, max(0, trigger.start - 60), trigger.start) is not None


def _commemorated(rules: Rules, folded: str, trigger: _Trigger, date: DateMention) -> bool:
    """True when the date names what a commemorative noun celebrates ("anniversaire du 2 septembre 1945")."""
    if trigger.kind != "noun" or rules.commemorative is None or date.start < trigger.end:
        return False
    if not rules.commemorative.match(folded[trigger.start : trigger.end]):
        return False
    return bool(_OF.match(folded[trigger.end : date.start]) or _OF.match(folded[trigger.np_end : date.start]))


#: Types of a happening that a ceremony, a trial or a report can be about ("l'hommage aux victimes de l'attentat du
#: 14 juillet", "the trial over the March 3 crash"): inside another trigger's phrase, the date is theirs.
ABOUT_TYPES = frozenset({"incident", "protest", "election", "vote"})


def _inner_happening(rules: Rules, folded: str, trigger: _Trigger, date: DateMention) -> bool:
    """The date, inside or right after the noun phrase of ``trigger``, is the complement of another happening's
    noun of that phrase ("la cérémonie en hommage aux victimes de l'attentat du 14 juillet"): it says which attack
    the ceremony is about, not when the ceremony is."""
    if trigger.kind != "noun" or date.start < trigger.end or (
            date.start > trigger.np_end and not _POSTMODIFIER_GAP.fullmatch(folded, trigger.np_end, date.start)):
        return False
    for match in rules.trigger_re.finditer(folded, trigger.end, date.start):
        event_type, kind = rules.trigger_groups[match.lastgroup or ""]
        if (kind == "noun" and event_type in ABOUT_TYPES and event_type != trigger.event_type
                and _POSTMODIFIER_GAP.fullmatch(folded, match.end(), date.start)):
            return True
    return False


def named_dates(rules: Rules, folded: str, triggers: Sequence[_Trigger], dates: Sequence[DateMention]
                ) -> frozenset[int]:
    """Starts of the dates that name which happening is meant, not when one is: what a commemorative noun celebrates
    ("80e anniversaire de la Fête nationale") or a happening inside another's phrase ("la cérémonie en hommage aux
    victimes de l'attentat du 14 juillet"). They date no trigger of the sentence, nor its predicate."""
    return frozenset(date.start for date in dates
                     if any(_commemorated(rules, folded, t, date) for t in _before(triggers, date.start))
                     or any(_inner_happening(rules, folded, t, date) for t in triggers))


def _gap_words(folded: str, trigger: _Trigger, date: DateMention) -> int:
    if trigger.end <= date.start:
        return _words_between(folded, trigger.end, date.start)
    return _words_between(folded, date.end, min(trigger.np_start, trigger.start))


def _own_predicate(rules: Rules, folded: str, trigger: _Trigger, date: DateMention) -> bool:
    """A topic trigger with its own event verb right before its date ("the Forum, which will be held on July 11")."""
    if date.start < trigger.end or _words_between(folded, trigger.np_end, date.start) > SUBORDINATE_REACH:
        return False
    gap = (max(trigger.np_end, trigger.end), date.start)
    return bool(rules.predicate and rules.predicate.search(folded, *gap))


def _pair_score(rules: Rules, folded: str, trigger: _Trigger, date: DateMention) -> float:
    if trigger.end <= date.start:
        gap = (trigger.end, date.start)
    elif date.end <= trigger.start:
        gap = (date.end, trigger.np_start if trigger.np_start < trigger.start else trigger.start)
    else:
        gap = (0, 0)
    words = _words_between(folded, *gap)
    # a verb after its date is read with its own words: "on October 25 and will begin" opens another clause
    breaks = _clause_breaks(folded, gap[0], trigger.end if trigger.kind == "verb" and date.end <= trigger.start
                            else gap[1])
    own = trigger.kind == "noun" and _own_predicate(rules, folded, trigger, date)
    if own:  # "lors de la 2e session, qui se tient du 6 au 24 avril": the date of the session, not of the law
        breaks = 0
    return (rules.priorities.get(trigger.event_type, 20.0)
            + (PREDICATE_BONUS if own else 0.0)
            + (FRAME_BONUS if trigger.framed else 0.0)
            + (OBJECT_BONUS if trigger.held_object else 0.0)
            - (GENITIVE_PENALTY if trigger.genitive else 0.0)
            + (NOUN_BONUS if trigger.kind == "noun" else 0.0)
            + PRECISION_BONUS.get(date.precision, 0.0)
            - DISTANCE_WEIGHT * math.log2(1 + words)
            - CLAUSE_PENALTY * breaks)


PAIR_REACH = 4
"""Dates looked at on each side of a trigger: pairing stays linear in a sentence full of dates (issue 15)."""
OBJECT_REACH = 4
"""Words between a verb and a trigger noun that is its object, the date's words left out
("a présidé à Hanoï, jeudi 18 décembre, une conférence": 3)."""


_WORD = re.compile(r"\w+")


def _date_words(folded: str, date: DateMention) -> int:
    return _words_between(folded, date.start, date.end)


def _within_words(folded: str, triggers: Sequence[_Trigger], starts: Sequence[int], start: int, words: int
                  ) -> Sequence[_Trigger]:
    """The triggers starting after ``start`` with at most ``words`` words before them (``starts`` sorted).

    A trigger past the start of the (words + 1)-th word has more words before it: only a few
    words are read, so a verb in a long sentence costs no scan of the whole sentence (issue 15).
    """
    limit = len(folded)
    for n, match in enumerate(_WORD.finditer(folded, start), start=1):
        if n > words:
            limit = match.start()
            break
    return triggers[bisect.bisect_right(starts, start) : bisect.bisect_right(starts, limit)]


def _object_gap(folded: str, verb: _Trigger, noun: _Trigger, date: DateMention) -> int:
    words = _words_between(folded, verb.end, noun.start)
    if verb.end <= date.start and date.end <= noun.start:
        words -= _words_between(folded, date.start, date.end)
    return words
#: A "since" date dates a running state ("en grève depuis lundi"): against a closed date of the same trigger, it
#: gives way ("Unbeaten since January 3, the club beat Leeds on Saturday" is the win of Saturday).
SINCE_PENALTY = 5.0
RELATIVE_PENALTY = 40.0
"""A trigger of a relative clause set off by commas gives way, for a date after the clause, to any trigger of the
date's own clause (events/relatives.py); alone, it still dates its sentence."""
PURPOSE_PENALTY = 60.0
"""A trigger of a purpose phrase gives way to the typed act of its clause ("a signé un arrêté pour proscrire tout
rassemblement dimanche": the order; events/purposes.py): more than the priority gap of any two types (90 - 45) and the
nearest bonus."""
NEAREST_BONUS = 30.0
"""The trigger nearest a date in its clause outranks a stronger one elsewhere ("visite ... conférence de presse")."""


def _nearest(rules: Rules, folded: str, triggers: Sequence[_Trigger], dates: Sequence[tuple[DateMention, str]],
             yielding: frozenset[int] = frozenset()) -> dict[int, _Trigger]:
    """Date number -> the trigger closest to it (fewest words, no clause break between), among its neighbours;
    ``yielding``: the starts of the triggers of a purpose phrase that give way to their clause's act (purposes.py)."""
    starts = [t.start for t in triggers]
    out: dict[int, _Trigger] = {}
    # a trigger framed ("lors du congrès") or held ("a coprésidé la consultation") names the sentence's frame
    framers = [t for t in triggers if (t.framed or t.held_object) and not t.excluded and not t.subordinate]
    framing = len(framers)
    if framing > 1:  # "a effectué une visite ... et a coprésidé la consultation": the type priority decides
        return out
    for number, (date, _) in enumerate(dates):
        k = bisect.bisect_left(starts, date.start)
        scored = []
        for _, trigger in _window(triggers, k):
            if trigger.excluded or trigger.genitive or trigger.generic or (
                    trigger.subordinate and not _own_predicate(rules, folded, trigger, date)) or (
                    trigger.event_type == "other" and trigger.kind == "noun") or (
                    trigger.start in yielding and not _attached(folded, trigger, date)):
                continue  # a noun typed 'other' ("fusion", "event") names no type: it never outranks a named one
            reach = OBJECT_REACH + _date_words(folded, date)
            holding = trigger.kind == "verb" and (trigger.event_type in ("other", "meeting") or trigger.generic or bool(
                rules.object_cue and rules.object_cue.search(folded, max(0, trigger.end - 40), trigger.end)))
            if trigger.kind == "verb" and any(
                    t.kind == "noun" and t.start > trigger.end and t.event_type != "other" and not t.genitive
                    and (t.held_object or holding)
                    and _object_gap(folded, trigger, t, date) <= OBJECT_REACH
                    for t in _within_words(folded, triggers, starts, trigger.end, reach)):
                continue  # "a présidé, jeudi, une conférence": the object of a verb of holding names the happening;
                # a typed verb names its own ("ont voté ce 25 janvier l'interdiction": a vote, not a decision)
            gap = (trigger.end, date.start) if trigger.end <= date.start else (date.end, trigger.np_start)
            if not _clause_breaks(folded, *gap):
                scored.append((_words_between(folded, *gap), trigger.start, trigger))
        if scored:
            best = min(scored, key=lambda s: (s[0], s[1]))[2]
            if best.framed or best.held_object or not any(_same_clause(folded, t, date) for t in framers):
                # a frame of another clause ("ont annoncé lors d'une conférence de presse que la députée a succombé")
                out[number] = best
    return out


ATTACHED_BONUS = 45.0
"""A date that modifies the trigger noun itself outranks the trigger nearest it ("la manifestation du 1er mai a été
interdite": the protest's day, whatever day the ban came)."""
_PREMODIFIER_GAP = re.compile(r"(?:'s?)?\s*")
_POSTMODIFIER_GAP = re.compile(r"\s*(?:du|de|d'|of)\s*")


def _attached(folded: str, trigger: _Trigger, date: DateMention) -> bool:
    """The date is a modifier of the trigger noun itself: before it ("a June 3 hearing", "Monday's vote") or as its
    complement ("la manifestation du 1er mai", "le vote de mardi", "the election of May 5")."""
    if trigger.kind != "noun":
        return False
    if date.end <= trigger.start and trigger.np_start <= date.start:
        return True  # inside the noun's premodifiers: "a June 3 hearing"
    if date.end <= trigger.np_start:
        return _PREMODIFIER_GAP.fullmatch(folded, date.end, trigger.np_start) is not None
    if trigger.np_end <= date.start:
        return _POSTMODIFIER_GAP.fullmatch(folded, trigger.np_end, date.start) is not None
    return False


def _same_clause(folded: str, trigger: _Trigger, date: DateMention) -> bool:
    gap = (trigger.end, date.start) if trigger.end <= date.start else (date.end, trigger.np_start)
    return not _clause_breaks(folded, *gap)


_CLAUSE_STOP = re.compile(r"[;:()]|,\s|\s[-–—]\s")


def _figure(rules: Rules, folded: str, sentence: Span, trigger: _Trigger, date: DateMention) -> bool:
    """A happening typed 'other' dated by a month, a quarter or a year with a quantity in its clause is a figure."""
    if trigger.event_type != "other" or date.precision == "day":
        return False
    if date.precision == "year":
        return True  # "In 2004, Airbus sold more planes than Boeing": a year dates a trend, no happening (a season
        # dates none at all: date_readings.weak_reading)
    if rules.figure is None:
        return False
    lo, hi = min(trigger.start, date.start), max(trigger.end, date.end)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(folded, sentence.start, lo)]
    start = stops[-1] if stops else sentence.start
    stop = _CLAUSE_STOP.search(folded, hi, sentence.end)
    end = stop.start() if stop else sentence.end
    clause = folded[start:end]
    if rules.price is not None:  # a unit price is what the thing costs, no quantity of the period
        clause = rules.price.sub(lambda m: " " * len(m.group(0)), clause)
    return rules.figure.search(clause) is not None


#: A relative clause still open before a date: its pronoun, then no clause break ("qui avait voté ... le").
_OPEN_RELATIVE = re.compile(rf"(?:^|[\s,]){RELATIVE_PRONOUNS}\s+"
                            r"(?:[^\s,;:()«»\"]+\s+){2,}[^,;:()«»\"]*$")
"""Two words at least between the pronoun and the date: its verb comes first ("qui avait voté contre ... le 3 mars,");
"qui, le 10 novembre, avait causé" has the date before the relative's verb, so the comma does not close it."""


def _closed_relative(folded: str, sentence: Span, date: DateMention, trigger: _Trigger) -> bool:
    """The date stands in a relative clause that a comma closes before the trigger ("Le député, qui avait voté contre
    la réforme le 3 mars, a quitté le groupe mardi"): the main verb after it does not take the relative's date."""
    if trigger.start < date.end or not _OPEN_RELATIVE.search(folded, sentence.start, date.start):
        return False
    between = folded[date.end : trigger.start]
    return between.lstrip().startswith(",") and not re.search(r"[;:()]", between)


def _topic_only(rules: Rules, folded: str, sentence: Span, trigger: _Trigger, date: DateMention) -> bool:
    """A topic trigger ("préparatifs du 14e Congrès") dates nothing, unless its own event verb introduces the date
    ("the Forum, which will be held on July 11") or it tells, with the date, the happening of a fronted clause ("Après
    la démission du ministre lundi, le parlement a voté": the resignation's day, ``fronted.fronted_clause``)."""
    if not trigger.subordinate or _own_predicate(rules, folded, trigger, date) or _attached(folded, trigger, date):
        return False  # "à la veille du sommet de lundi", "ahead of Monday's summit": the summit's own day
    clause = fronted_clause(rules.lang, folded, sentence)
    return not (trigger.kind == "noun" and clause is not None and clause[0] <= trigger.start and date.end <= clause[1]
                and clause[0] <= date.start)


def _release_only(trigger: _Trigger, date: DateMention, role: str) -> bool:
    """A statement's release day ("a statement released on Monday announced a strike", role 'released') dates only
    its release verb (predicates.py), when what it announces has no date of its own; no trigger after it."""
    return role == "released" and not (trigger.kind == "verb" and trigger.event_type == "other"
                                       and trigger.end <= date.start)


def _other_clause(rules: Rules, folded: str, sentence: Span, triggers: Sequence[_Trigger], trigger: _Trigger,
                  date: DateMention) -> bool:
    """The date stands in another clause than the trigger: a relative clause closed before it (``_closed_relative``)
    or a fronted clause of time or contrast that tells its own happening ("After the minister resigned on Monday, the
    parliament held a vote": ``fronted.kept_apart``)."""
    return _closed_relative(folded, sentence, date, trigger) or kept_apart(
        fronted_clause(rules.lang, folded, sentence), triggers, trigger, date)


def _dated_otherwise(folded: str, trigger: _Trigger, date: DateMention, role: str,
                     own_dates: Sequence[tuple[DateMention, str]]) -> bool:
    """The trigger has a date of its own that is not this one: the date of its reported clause after it
    (``_own_date_after``), or the year that names it (``_named_by_year``)."""
    return (role == "reported" and _own_date_after(folded, trigger, date, own_dates)) or _named_by_year(
        folded, trigger, date)


def _own_date_after(folded: str, trigger: _Trigger, date: DateMention,
                    dates: Sequence[tuple[DateMention, str]]) -> bool:
    """A reported clause's verb with a date of its own after it, in its clause: that date is the verb's."""
    if trigger.start < date.end:
        return False
    return any(role == "event" and other.start >= trigger.end and not _clause_breaks(folded, trigger.end, other.start)
               and (other.precision == "day" or not trigger.day_only) for other, role in dates)


#: A year written right before a noun trigger, at most one word between ("the 2021 oil spill", "the 2008 financial
#: crisis"): it says which happening is meant.
_YEAR_PREMODIFIER = re.compile(r"(?<![\w.,/-])(1[5-9]\d\d|20\d\d)\s+(?:[\w-]+\s+)?$")
#: ... or as its complement, at most one word between ("la marée noire de 2021", "the floods of 2019"), or at the end
#: of its noun phrase ("le procès de la marée noire de 2021").
_YEAR_COMPLEMENT = re.compile(r"(?:\s+[\w-]+)?\s+(?:de|of)\s+(1[5-9]\d\d|20\d\d)(?![\w/-])")


def _named_by_year(folded: str, trigger: _Trigger, date: DateMention) -> bool:
    """A noun trigger named by a year of its own ("a lawsuit over a 2021 oil spill", "le procès de la marée noire de
    2021") is that year's happening: a date of another year in its sentence does not date it."""
    if trigger.kind != "noun":
        return False
    match = (_YEAR_PREMODIFIER.search(folded, max(0, min(trigger.np_start, trigger.start) - 24), trigger.start)
             or _YEAR_COMPLEMENT.match(folded, trigger.end)
             or _YEAR_COMPLEMENT.search(folded, trigger.end, max(trigger.end, trigger.np_end))
             or _YEAR_COMPLEMENT.match(folded, max(trigger.end, trigger.np_end)))
    return match is not None and int(match.group(1)) != date.value.year


#: Words at most between a verb of a day's move and the month or year it is closest to ("fell 4% in March").
FIGURE_PERIOD_WORDS = 4


def _restated(folded: str, dates: Sequence[tuple[DateMention, str]]) -> set[int]:
    """The dates that restate the date right before them, the same day with only a space or a comma between ("demain
    29 mars"): one date told twice, which dates one happening (``_pair`` gives the second the first one's trigger: a
    second trigger, a predicate, would tell the same happening again as another row)."""
    out = set()
    for number in range(1, len(dates)):
        (before, role_before), (date, role) = dates[number - 1], dates[number]
        if (role == role_before and before.end <= date.start and not folded[before.end : date.start].strip(" ,")
                and (before.value, before.end_value, before.precision) == (date.value, date.end_value, date.precision)):
            out.add(number)
    return out


def _restated_protos(folded: str, dates: Sequence[tuple[DateMention, str]], protos: list[_Proto]) -> list[_Proto]:
    """``protos`` with each restated date ("demain 29 mars") paired as its first telling is."""
    for number in sorted(_restated(folded, dates)):
        first = next((p for p in protos if p.date.start == dates[number - 1][0].start), None)
        if first is not None:
            protos = [p for p in protos if p.date.start != dates[number][0].start]
            protos.append(dataclasses.replace(first, date=dates[number][0]))
    return protos


def _figure_periods(folded: str, triggers: Sequence[_Trigger], dates: Sequence[tuple[DateMention, str]]) -> set[int]:
    """The dates coarser than a day whose nearest trigger in their clause is a verb only a day can date ("sales fell
    in February", "rose 12 percent in March"): the period of a figure, which dates no other happening of the
    sentence either ("Investors sold shares after data showed that sales fell in February": no sale in February)."""
    out: set[int] = set()
    for number, (date, _) in enumerate(dates):
        if date.precision == "day":
            continue
        best: tuple[int, _Trigger] | None = None
        for trigger in triggers:
            if trigger.excluded or (trigger.start < date.end and date.start < trigger.end):
                continue
            gap = (trigger.end, date.start) if trigger.end <= date.start else (date.end, trigger.start)
            if _clause_breaks(folded, *gap) or _CLAUSE_STOP.search(folded, *gap):
                continue  # "sold its unit in February, after sales fell on Monday": the sale's month
            words = _words_between(folded, *gap)
            if best is None or words < best[0]:
                best = (words, trigger)
        if best is not None and best[1].day_only and best[0] <= FIGURE_PERIOD_WORDS:
            out.add(number)
    return out


def _window(items: Sequence[Any], i: int) -> Iterator[tuple[int, Any]]:
    for j in range(max(0, i - PAIR_REACH), min(len(items), i + PAIR_REACH + 1)):
        yield j, items[j]


def _before(triggers: Sequence[_Trigger], start: int) -> list[_Trigger]:
    """The trigger right before ``start`` (a commemorative noun names the date that follows it)."""
    ahead = [t for t in triggers if t.end <= start]
    return ahead[-1:]


def _penalty(folded: str, sentence: Span, trigger: _Trigger, date: DateMention,
             yielding: frozenset[int] = frozenset()) -> float:
    """What a pair loses: the date of a running state gives way to a closed date of the same trigger ("since"); a
    trigger of a relative clause set off by commas to the date's own clause ("X, qui a remporté la primaire, a été mis
    en examen le 7": the indictment, events/relatives.py); a trigger of a purpose phrase to the act of its clause
    (``_purpose_penalty``)."""
    return ((SINCE_PENALTY if date.open_end == "since" else 0.0)
            + (RELATIVE_PENALTY if inside_closed_relative(folded, sentence.start, trigger.start, trigger.end,
                                                          date.start) else 0.0)
            + _purpose_penalty(folded, trigger, date, yielding))

def _dated_elsewhere(rules: Rules, folded: str, trigger: _Trigger, date: DateMention, role: str,
                     own_dates: Sequence[tuple[DateMention, str]], participles: Mapping[int, Held] | None) -> bool:
    """The date belongs to another happening than the trigger's: ``_dated_otherwise``, or a noun's participle holds it
    as events/participles.py says ("the gala planned for Thursday will raise money": Thursday is the gala's), or it is
    the schedule of a happening called off or moved ("the gala planned for Thursday has been postponed": no gala then,
    events/called_off.py). ``participles``: date start -> the participle of a noun that introduces it."""
    if _dated_otherwise(folded, trigger, date, role, own_dates):
        return True
    if undone(rules.lang, folded, trigger, date, participles.get(date.start) if participles else None):
        return True
    return bool(participles) and not trigger_takes_date(rules.lang, folded, participles.get(date.start), trigger)


def _purpose_penalty(folded: str, trigger: _Trigger, date: DateMention, yielding: frozenset[int]) -> float:
    """``PURPOSE_PENALTY`` for a trigger of a purpose phrase that gives way to the act of its clause ("a pris un
    arrêté pour proscrire tout rassemblement dimanche": the order's row), unless the date is its own noun's complement
    ("afin de préparer la grève du 9 mars": the strike's day)."""
    return PURPOSE_PENALTY if trigger.start in yielding and not _attached(folded, trigger, date) else 0.0


def _pair(rules: Rules, folded: str, sentence: Span, index: int, story: int,
          triggers: Sequence[_Trigger], dates: Sequence[tuple[DateMention, str]],
          told: set[str] | frozenset[str] = frozenset(), participles: Mapping[int, Held] | None = None) -> list[_Proto]:
    """The (date, trigger) pairs of one sentence, best first; ``told``: event types the story already has."""
    candidates = []
    spans = [_date_span(d) for d, _ in dates]
    coarse = {i for i, (lo, hi) in enumerate(spans) if _period(dates[i][0])
              and any(j != i and lo <= lo2 and hi2 <= hi and (hi2 - lo2) < (hi - lo)
                      for j, (lo2, hi2) in _window(spans, i))}
    starts = [d.start for d, _ in dates]
    named = named_dates(rules, folded, triggers, [d for d, _ in dates])
    consumed = {number for number, (date, _) in enumerate(dates) if date.start in named}
    consumed |= _figure_periods(folded, triggers, dates)
    yielding = yielding_triggers(rules.lang, folded, sentence, triggers)  # "pour interdire tout rassemblement"
    nearest = _nearest(rules, folded, triggers, dates, yielding)
    enclosed = [enclosure(folded, sentence, date, [d for d, _ in dates]) for date, _ in dates]
    own_dates = [d for n, d in enumerate(dates) if n not in consumed and n not in coarse]
    for trigger in triggers:
        if trigger.excluded or denied_or_hedged(rules.lang, folded, sentence, trigger.start, trigger.end,
                                                trigger.kind == "noun"):
            continue  # "was not held", "une éventuelle grève": no happening (status_cues.denied_or_hedged)
        k = bisect.bisect_left(starts, trigger.start)
        for number in range(max(0, k - PAIR_REACH), min(len(dates), k + PAIR_REACH)):
            date, role = dates[number]
            if _release_only(trigger, date, role) or _topic_only(rules, folded, sentence, trigger, date):
                continue  # "a statement released on Monday"; "préparatifs du 14e Congrès" (not "which will be held")
            if number in coarse or number in consumed:
                # "Last year, ... in October 2024": the finer date inside tells the day; "80e anniversaire de la Fête
                # nationale": what is celebrated; "l'hommage aux victimes de l'attentat du 14 juillet": the attack's
                continue
            if _dated_elsewhere(rules, folded, trigger, date, role, own_dates, participles):
                continue  # "said on Monday it would sell the unit on April 1", "a lawsuit over a 2021 oil spill"
            if trigger.day_only and date.precision != "day":
                continue  # "GDP rose 5% in 2024" is a figure; "shares fell on Monday" a happening
            if _figure(rules, folded, sentence, trigger, date):
                continue  # "In 2005 it lost $1.6 billion": a figure of the period, no dated happening
            if trigger.relative >= 0 and date.end <= trigger.relative:
                continue  # "a demandé vendredi ... le projet de loi qui devait remplacer": the main clause's date
            around = enclosed[number]
            held = None if around is None else enclosed_role(rules.lang, folded, around, trigger.start, trigger.end)
            if around is not None and held is None:
                continue  # "sont arrêtés (comme nous le signalions hier)": the date of the enclosed clause only
            if _other_clause(rules, folded, sentence, triggers, trigger, date):
                continue  # "Le député, qui avait voté contre le 3 mars, a quitté le groupe": the relative's date
            if (trigger.start < date.end and date.start < trigger.end) or _counted_since(rules, folded, trigger, date):
                continue  # the trigger is part of the date ("fête du 2 septembre" is fine); a count's start
            if date.precision == "year" and _gap_words(folded, trigger, date) >= FAR_YEAR_WORDS:
                continue
            bare = trigger.np_start == trigger.start and trigger.np_end == trigger.end  # "the forum", "la réunion"
            if (role == "event" and bare and trigger.event_type in told
                    and _DEFINITE.search(folded, max(0, trigger.np_start - 8), trigger.np_start)
                    and _gap_words(folded, trigger, date) > BACK_REFERENCE_WORDS):
                continue  # "Speaking at the forum, ... five years ago": the story's forum, not a new one
            score = _pair_score(rules, folded, trigger, date) - _penalty(folded, sentence, trigger, date, yielding)
            if _attached(folded, trigger, date) or held == "commented":
                score += ATTACHED_BONUS
            elif nearest.get(number) is trigger:
                score += NEAREST_BONUS
            candidates.append((score, -date.start, -trigger.start, trigger, date, role))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    used_triggers: set[int] = set()
    used_dates: set[int] = set()
    protos = []
    for score, _, _, trigger, date, role in candidates:
        if trigger.start in used_triggers or date.start in used_dates:
            continue
        used_triggers.add(trigger.start)
        used_dates.add(date.start)
        protos.append(_Proto(sentence, index, story, trigger, date, role == "until", score))
    protos = _restated_protos(folded, dates, protos)
    protos = phrase_retyped(rules.lang, folded, sentence, triggers, protos)  # "Après le débat du 3 janvier, ..."
    # "which opened on May 5, is scheduled to close on June 27": the end of this sentence's event
    for date, role in dates:
        if role != "until" or date.start in used_dates:
            continue
        before = [p for p in protos if not p.until and p.date.start < date.start and p.date.value < date.value]
        if before:
            opener = max(before, key=lambda p: p.date.start)
            protos[protos.index(opener)] = dataclasses.replace(opener, end_date=date.end_value or date.value)
    return protos


#: The date engine's rules for a named period told at day precision ("the weekend", "last weekend"): Saturday to Sunday.
NAMED_PERIOD_RULES = frozenset({"weekend", "relative_period", "period_anchor"})


def _period(date: DateMention) -> bool:
    """A date coarser than a day, or a named period of days ("In the games of the weekend, ... on Saturday ... on
    Sunday"): a finer date of the sentence inside it tells the day."""
    return date.precision != "day" or (date.end_value is not None and date.rule in NAMED_PERIOD_RULES)


def _date_span(date: DateMention) -> tuple[dt.date, dt.date]:
    """First and last day a date mention can denote."""
    start = date.value
    if date.precision == "year":
        return dt.date(start.year, 1, 1), dt.date((date.end_value or start).year, 12, 31)
    if date.precision == "month":
        last = date.end_value or start
        following = dt.date(last.year + (last.month == 12), last.month % 12 + 1, 1)
        return dt.date(start.year, start.month, 1), following - dt.timedelta(days=1)
    if date.precision == "week":
        return start, max(date.end_value or start, start + dt.timedelta(days=6))
    return start, max(date.end_value or start, start)
