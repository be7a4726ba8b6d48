"""Step 3: which dates of a sentence can anchor an event (not deadlines, horizons, statements, names): ``_date_role``,
with the sayings and announcements before a date and a dateline glued to its first sentence. A date's grammatical
status (denied, unasserted, a press piece's): status_cues.py; a reading too weak, a coming weekday: date_readings.py."""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.dates.open_ends import hedged_cue
from timeline.extraction.dates.steps_numbers import LAW_YEAR_RULE
from timeline.extraction.events.apparatus import apparatus_date
from timeline.extraction.events.channels import channel_medium
from timeline.extraction.events.chronology import is_chronology
from timeline.extraction.events.compared import compared_date
from timeline.extraction.events.fronted_sayings import fronted_saying
from timeline.extraction.events.qualified_dates import qualifies_noun
from timeline.extraction.events.states import state_date
from timeline.extraction.events.status_cues import denied_date, press_date, status_cues, unasserted
from timeline.extraction.events.tallies import tally_date
from timeline.extraction.events.trace import gate
from timeline.extraction.events.vocabulary import CUE_WINDOW, Rules
from timeline.extraction.events.wordlists import _alternation as _patterns
from timeline.extraction.events.wordlists import _tail_re, reporting_cues
from timeline.extraction.sentences import Span
from timeline.models import DateMention

# --------------------------------------------------------------------------- step 3: dates


#: Date-engine rules of offsets counted from the page or another date ("five years ago", "30 ans après").
VAGUE_RULES = frozenset({"relative_offset", "offset_anchor"})

#: What follows a dateline's date: "12 mars 2017 . –", "March 3, 2017 -", a wire's "Sept. 9 (Agency) --" (the date
#: opens its line; an agency in brackets and a doubled dash as wires write them, as actors/country_settings.py reads).
_DATELINE_AFTER = re.compile(r"\s*\.?\s*(?:\(\s*[^\W\d_][\w .-]{0,20}\)\s*)?[-–—]{1,2}\s")
#: What closes a page's stamp line after its full date: a clock, seconds and zone optional, and the line's end with no
#: stop ("filed by a reporter on Friday, March 5, 2021 09:40:00", "mardi 14 avril 2026 à 06h15"): a sentence
#: ends with its stop, a stamp with its clock.
_STAMP_AFTER = re.compile(r"[ \t,]*(?:at\s+|à\s+|a\s+|-\s+)?\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
                          r"(?:\s+[a-z]{2,4}(?:\s*[+-]\s*\d{1,2})?)?[ \t]*(?:\n|$)")
_CLOCK_IN = re.compile(r"\d{1,2}[:h.]\d{2}")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
#: A stamp line is short: a byline and its date, not a sentence.
STAMP_LINE_CHARS = 120

@functools.cache
def _announcing(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    """(announcing cue at the end of a window, news object right after a date, disclosing cue, news object and its
    announcing participle at the end of a window) from lang/<lang>/triggers.yaml. A disclosure ("revealed on
    Thursday that ...") is the news whatever its clause names; "les chiffres dévoilés mardi": the publication.

    "Keller Motors reported on Tuesday a first-quarter loss", "L'Insee a dévoilé mercredi les chiffres du chômage":
    the cue before the date announces, and its object, a determiner and at most three words on, is a news object
    (a result, a plan, a decision, a product, a list: ``news_objects``): the announcement is the news, no statement.
    """
    data = lexicon.load(f"{lang}/triggers")
    objects, dets = data.get("news_objects") or [], data.get("determiners") or []
    participles = data.get("announced_participles") or []
    if not (objects and dets and data.get("announcing_cues")):
        return None, None, None, None
    det = rf"(?:{_patterns(dets)})(?:\s+|(?<='))"
    return (_tail_re(data["announcing_cues"]),
            re.compile(rf"[\s,]*(?<![\w']){det}(?:[\w'-]+\s+){{0,3}}?(?:{_patterns(objects)})(?![\w])"),
            _tail_re(data.get("disclosing_cues") or []),
            _tail_re([rf"(?:{_patterns(objects)})(?:\s+[\w'-]+){{0,3}}?\s+(?:{_patterns(participles)})"]
                     if participles else []))


@functools.cache
def _news_acts(lang: str) -> re.Pattern[str] | None:
    """Verbs of a news step in an announced "that" clause ("announced on Monday that they would merge")."""
    acts = lexicon.load(f"{lang}/triggers").get("news_acts") or []
    return re.compile(rf"(?<![\w'-])(?:{_patterns(acts)})(?![\w])") if acts else None


#: A day number the date engine left out of a dateline's date ("13 novembre 2017 . –" read as "novembre 2017").
#: The date engine's rule for a clock time alone ("14h05", "10:32 a.m."), on the day it could give it.
CLOCK_RULE = "clock"
_DAY_NUMBER = re.compile(r"\d{1,2}(?:er|st|nd|rd|th)?")

_NAMED = re.compile(r"(?<![.!?]\s)\b[A-ZÀ-ÖØ-Þ][\w-]+\s+(?:d['’]|de\s|du\s|of\s)$")


#: A phrase set off by commas right after a date, before the object of its verb ("a annoncé mardi, lors d'une
#: conférence de presse, le rachat"; "announced on Tuesday, in Paris, the closure").
_INCISE = re.compile(r"\s*,[^,;.:()]{1,60},\s*")
#: A closing quote and its comma, then at most five words (the speaker), right before a verb of saying.
_QUOTE_BEFORE = re.compile(r"(?:[»\"”']\s*,|,\s*[\"”'])\s*(?:[\w'-]+\s+){0,5}$")


@functools.cache
def _inverted_reporting(lang: str) -> re.Pattern[str] | None:
    """A verb of saying after a comma or a quote, then its subject ("..., a annoncé sa famille", "», indique la
    préfecture"), ending right before the date: when it was told."""
    body = _patterns(reporting_cues(lexicon.load(f"{lang}/triggers")))
    subject = r"(?:le|la|les|l'|sa|son|ses|leur|leurs|un|une|the|his|her|its|their)\s*(?:[\w'-]+\s+){0,3}"
    return re.compile(rf"[,»\"”]\s*(?:{body})\s+{subject}$") if body else None


def said_at(rules: Rules, folded: str, sentence: Span, date: DateMention, window: str) -> bool:
    """A verb of saying ends ``window``, right before the date: the date tells when it was said ("a souligné mardi",
    "stressed on Tuesday"); a verb that also names a deed ("a reconnu", "recalled") says only with a "that" clause
    after the date (docs/ANNOTATION.md: the reporting act is no row)."""
    if rules.reporting and rules.reporting.search(window):
        return True
    cue = rules.reporting_that.search(window) if rules.reporting_that else None
    if cue is None:
        return False
    if _QUOTE_BEFORE.search(window, 0, cue.start()):
        return True  # "« La grève est finie », a reconnu lundi le délégué": the quote is what was said
    return bool(rules.reported_clause and rules.reported_clause.match(folded, date.end, sentence.end))


def _announced_role(rules: Rules, folded: str, sentence: Span, date: DateMention, window: str) -> str | None:
    """'event' or 'announced' when an announcing cue ends ``window`` and what it announces is news (``_announcing``);
    None otherwise (the other cues of ``_date_role`` then decide)."""
    cue, news, disclosed, published = _announcing(rules.lang)
    if published and published.search(window):
        return "announced"  # "les chiffres dévoilés mardi par l'Insee": a news object published that day
    if cue and news and cue.search(window):
        incise = _INCISE.match(folded, date.end, sentence.end)
        if news.match(folded, date.end, sentence.end) or (incise and news.match(folded, incise.end(), sentence.end)):
            return "event"  # "reported on Tuesday (, at a press conference,) a first-quarter loss": the news
        opening = rules.reported_clause.match(folded, date.end, sentence.end) if rules.reported_clause else None
        clause = re.split(r"[,;:()]", folded[opening.end() : sentence.end])[0] if opening else ""
        acts = _news_acts(rules.lang)
        named = news.search(clause.lstrip(), 1) if clause else None  # not its subject ("que la réforme attendra")
        if clause and (named or (acts and acts.search(clause)) or (disclosed and disclosed.search(window))):
            return "announced"  # "a révélé jeudi que le parquet a élargi l'enquête": a news object announced
    return None


def _through_channel(rules: Rules, folded: str, sentence: Span, date: DateMention, window: str) -> bool:
    """The date is the day a sayer's document published news (events/channels.py): "indique la société dans un
    communiqué de vendredi", "said on Tuesday in a letter to staff that the plan ..."."""
    saying = bool((rules.reporting and rules.reporting.search(window))
                  or (rules.reporting_that and rules.reporting_that.search(window)))
    return channel_medium(rules.lang, folded, sentence, date, window, saying) is not None


@functools.cache
def _deferrals(lang: str) -> re.Pattern[str] | None:
    """The deferral words, folded, each with one of the prepositions the language needs ("reporte (?:a|au|aux)")."""
    words, prepositions = lexicon.deferrals(lang, "events")
    if not words:
        return None
    cue = _patterns([re.escape(lexicon.fold(w)) for w in words])
    after = "|".join(sorted({re.escape(lexicon.fold(p)) for p in prepositions}))
    return _tail_re([f"(?:{cue}) (?:{after})" if after else cue])


def deferred(lang: str, window: str) -> bool:
    """Does a deferral cue end the window before a date ("delayed until", "postponed to", "reporté au")? The date is
    then the happening's new date, no bound of it (``deferred_before`` in lang/<lang>/words.yaml, the list the date
    engine reads too, with ``deferral_prepositions``)."""
    pattern = _deferrals(lang)
    return bool(pattern and pattern.search(window))


#: What may follow a saying's date at the end of its sentence ("..., the companies said on Tuesday.").
_SENTENCE_END = re.compile(r"[\s.!?\"'»”)]*$")


def _said_news_act(rules: Rules, folded: str, sentence: Span, date: DateMention) -> bool:
    """A lead's dated saying whose reported clause names a news step (``news_acts``: a merger, a sale, job cuts, a
    closure, a recall) announces it, even in the conditional: "Arlen Motors said Tuesday it would close its plant",
    "Ostrava will buy Kilbride for $3 billion, the companies said on Tuesday". The reported clause follows the date
    ("that" optional) up to a clause break, or, for a saying that closes the sentence, is what comes before its
    subject's comma."""
    acts = _news_acts(rules.lang)
    if acts is None:
        return False
    after = re.split(r"[,;:()]", folded[date.end : sentence.end])[0]
    if acts.search(after):
        return True
    if not _SENTENCE_END.fullmatch(folded, date.end, sentence.end):
        return False
    comma = folded.rfind(",", sentence.start, date.start)
    return comma > sentence.start and acts.search(folded, sentence.start, comma) is not None


def _term_of(rules: Rules, folded: str, clause: str, date: DateMention) -> str:
    """'deadline_term' for a date that names a deadline or a term ("a deadline set at June 1", "a June 1 deadline");
    'figure_period' for a quarter, month or year right before the figures it is the period of ("Third Quarter Fiscal
    2026 Results", ``figure_period_nouns``); '' otherwise."""
    after = folded[date.end : date.end + 30].lstrip(" ,")
    if rules.date_terms and (rules.date_terms.search(clause) or rules.date_terms.match(after)):
        return "deadline_term"
    if rules.figure_periods and date.precision != "day" and rules.figure_periods.match(after):
        return "figure_period"
    return ""


def _date_role(rules: Rules, folded: str, sentence: Span, date: DateMention, original: str = "",
               lead: bool = False) -> str | None:
    """'event' for a date that can anchor an event, 'until' for an end, None for no event date; 'announced' for
    the date of an announcing verb whose "that" clause names a news object (events/predicates.py keeps the verb).
    ``lead``: the sentence is its story's lead, where a dated announcement is the news."""
    if date.precision == "year" and date.end_value is not None and date.end_value.year > date.value.year:
        return gate("term")  # a term or a period: "2025-2030"
    if date.rule in VAGUE_RULES and rules.vague_units and rules.vague_units.search(folded, date.start, date.end):
        return gate("vague_distance")  # "il y a dix ans", "30 ans après", "first talks in six years"
    if _glued_dateline(folded, date):
        return gate("glued_dateline")  # "12 mars 2017 . – L'ancien ..."
    if stamp_line(folded, date):
        return gate("stamp_line")  # "Jane Roe, Friday, 5 March 2021 09:40:00"
    if original and (apparatus := apparatus_date(original, date)):
        return gate(apparatus)  # "— Ville de Brisac (@VilleBrisac) March 4, 2026", "- JEAN DURAND (AFP)" (apparatus.py)
    window = folded[max(sentence.start, date.start - CUE_WINDOW) : date.start]
    head = folded[date.start : date.end]
    words = original[date.start : date.end].split()
    before = original[max(0, date.start - 40) : date.start]
    if (date.precision == "month" and len(words) == 1 and words[0][:1].isupper()
            and re.search(r"\b[A-ZÀ-ÖØ-ÞĐ][\w-]*\s+$", before) and not re.search(r"[.!?:]\s*$", before)):
        return gate("name_month")  # "Nguyen Thi Tuyet Mai": a name, not the month of May
    if (date.precision == "day" and date.relative and words and words[0][:1].isupper() and not re.search(r"\d", head)
            and re.search(r"\b[A-ZÀ-ÖØ-ÞĐ][\w-]*\s+$", before) and not re.search(r"[.!?:»\"]\s*$", before)
            and not set(head.split()) & set(_weekday_words(rules.lang))):
        return gate("name_relative")  # "la chaîne Russia Today", "USA Today"
    if date.rule == LAW_YEAR_RULE:
        return gate("named")  # "the Customs (Amendment) Bill, 2023 was passed": the law's name, no happening's date
    if date.precision in ("month", "year") and _NAMED.search(before):
        return gate("named")  # part of a name: "la Révolution d'août", "the October Revolution"
    if press_date(rules.lang, folded, sentence, date):
        return gate("press_date")  # "according to an April 2nd report", "un article du Parisien paru le 9 mars"
    release = status_cues(rules.lang).release
    if release and release.search(folded, max(sentence.start, date.start - CUE_WINDOW), date.start):
        return "released"  # "a statement released on Monday announced a strike": the statement's day
    if rules.publication and rules.publication.search(window) and not re.search(r"\w", _strip_cue(window)):
        return gate("publication")  # "Publié le 20/12/2025"
    if date.precision in ("year", "month") and ((rules.horizon and rules.horizon.search(window))
                   or (rules.horizon_start and rules.horizon_start.match(head))):
        return gate("horizon")  # "d'ici 2030", "mandat 2025-2030", "by 2030"
    if announced := _announced_role(rules, folded, sentence, date, window):
        return announced
    if _through_channel(rules, folded, sentence, date, window):
        return "released"  # "indique la société dans un communiqué de vendredi": the document's day (channels.py)
    if (inverted := _inverted_reporting(rules.lang)) and inverted.search(window):
        return gate("inverted_reporting")  # "est morte samedi, a annoncé sa famille dimanche matin"
    if said_at(rules, folded, sentence, date, window) and not (
            lead and rules.lead_announcements and rules.lead_announcements.search(window)):
        return _said_role(rules, folded, sentence, date, lead)
    if not lead and fronted_saying(rules, folded, sentence, date, original):
        return gate("fronted_said")  # "Lundi, X, avocat de ..., a souligné ...": the saying's day (fronted_sayings.py)
    clause = re.split(r"[,;:()]", window)[-1]
    if rules.birth and rules.birth.search(clause):
        return gate("birth")  # "born in San Francisco on February 24, 1955": a birth date, no happening of the news
    if term := _term_of(rules, folded, clause, date):
        return gate(term)  # "a June 1 deadline", "Third Quarter Fiscal 2026 Results": a term, a period of figures
    if (rules.comparison and rules.comparison.search(window)) or compared_date(rules.lang, folded, sentence, date,
                                                                               original):
        return gate("comparison")  # "sales fell 12% compared to May of 2021"; "Comme en 2015" (events/compared.py)
    if rules.period_end and rules.period_end.search(window):
        return gate("period_end")  # "sales fell 6% in the 13 weeks to 2 May": the last day of a figure's period
    if tally_date(rules, folded, sentence, date):
        return gate("tally")  # "onze cas ont été recensés depuis le 24 juillet": a count's bound (events/tallies.py)
    recurring = status_cues(rules.lang).recurring
    if recurring and recurring.search(folded, max(sentence.start, date.start - 30), date.start):
        return gate("recurring")  # "The council meets every Monday", "chaque 8 mars"
    if unasserted(rules.lang, folded, sentence, date):
        return gate("unasserted")  # "Si la fusion est approuvée en mai, ...", "Would the Fed cut rates on Wednesday?"
    if denied_date(rules.lang, folded, sentence, date):
        return gate("denied")  # "The summit was not held on Monday", "le traité n'a jamais été signé le 5 mars": denied
    if rules.negated and rules.negated.search(window):
        return gate("negated")  # "reprendront le jeudi 7 octobre et non le jeudi 30 septembre": a denied date
    if rules.end_cue and rules.end_cue.search(window):
        if rules.deadline_nouns and rules.deadline_nouns.search(folded, sentence.start, date.start):
            return gate("deadline_noun")  # "Registration for the expo closes on June 20": a deadline
        return "until"  # "la session, qui doit s'achever le 11 décembre"
    if deferred(rules.lang, window):
        return "event"  # "the delivery will be delayed until October 2007": the happening's new date
    return _last_role(rules, folded, original, sentence, date, window)


def _said_role(rules: Rules, folded: str, sentence: Span, date: DateMention, lead: bool) -> str | None:
    """The role of a date a verb of saying ends its window before: 'reported' in a lead whose reported clause is that
    day's news, else no event date (the saying's day)."""
    reported = rules.reported_clause if lead else None
    opening = reported.match(folded, date.end, sentence.end) if reported else None
    clause = re.split(r"[,;:()]", folded[opening.end() : sentence.end])[0] if opening else ""
    if opening and not (rules.reported_other_day and rules.reported_other_day.search(clause)):
        return "reported"  # "a carmaker said on Tuesday its sales rose": the lead reports that day's news
    if lead and _said_news_act(rules, folded, sentence, date):
        return "reported"  # "Arlen said on Tuesday it would close its plant": the step announced is the news
    return gate("said")  # "the ministry said on Thursday": when it was told, not when it happens


def _last_role(rules: Rules, folded: str, original: str, sentence: Span, date: DateMention, window: str
               ) -> str | None:
    """The last of ``_date_role``'s readings: a bound ('until' for a continuation's end, else a deadline) unless the
    date qualifies the happening noun after it ("by Monday's storm": events/qualified_dates.py), a date that only a
    state dates (events/states.py), else 'event'."""
    if _bound(rules, folded, original, date, window) and not qualifies_noun(rules, folded, sentence.end, date):
        if rules.continuation and rules.continuation.search(folded, sentence.start, date.start):
            return "until"  # "se poursuit jusqu'au 18 octobre"
        return gate("deadline")  # "inscriptions ouvertes jusqu'au ...", "avant le ..."
    if state_date(rules, folded, sentence, date):
        return gate("state")  # "est resté à quai mardi matin", "spent the weekend at a friend's" (a state)
    return "event"


def _bound(rules: Rules, folded: str, original: str, date: DateMention, window: str) -> bool:
    """Whether a bound stands right before the date ("until", "jusqu'au", "avant le": ``deadline_cues``) or opens
    it; a hedge between the bound and its date ("until at least Monday", "jusqu'à au moins lundi") keeps it one."""
    return bool((rules.deadline and rules.deadline.search(window))
                or (rules.deadline_start and rules.deadline_start.match(folded[date.start : date.end]))
                or (date.open_end == "until"
                    and hedged_cue(original or folded, date.start, date.end, rules.lang) == "until"))


def _glued_dateline(folded: str, date: DateMention) -> bool:
    """A date opening its line before a dash ("12 mars 2017 . – L'ancien ..."): the page's dateline glued to its
    first sentence; a clock there ("14h05 - ...", a live blog's entry) dates its entry on the page's day. Not in a
    chronology, whose every line opens so (events/chronology.py)."""
    line_before = folded[max(0, date.start - 40) : date.start].split("\n")[-1].strip(" (")
    return (_DATELINE_AFTER.match(folded, date.end) is not None and date.rule != CLOCK_RULE
            and (not line_before or _DAY_NUMBER.fullmatch(line_before) is not None) and not is_chronology(folded))


def stamp_line(folded: str, date: DateMention) -> bool:
    """A full date with its year, then a clock closing a short line with no stop: the page's stamp (a byline's "reported
    this story on Friday, 5 March 2021 09:40:00", "publiée le mardi 14 avril 2026 à 06h15"), no happening."""
    if date.precision != "day" or not re.search(r"\d{4}", folded[date.start : date.end]):
        return False
    after = _STAMP_AFTER.match(folded, date.end)
    if after is None and date.time is not None and _CLOCK_IN.search(folded, date.start, date.end):
        after = _LINE_END.match(folded, date.end)  # the clock inside the date's own span ("2021 17:45:00")
    if after is None:
        return False
    line_start = folded.rfind("\n", 0, date.start) + 1
    return after.end() - line_start <= STAMP_LINE_CHARS


def entry_clock(folded: str, date: DateMention) -> bool:
    """A clock that opens its line before a dash: a live blog's entry stamp ("14h05 - ...")."""
    return (date.rule == CLOCK_RULE and _DATELINE_AFTER.match(folded, date.end) is not None
            and not folded[max(0, date.start - 40) : date.start].split("\n")[-1].strip(" ("))


def _strip_cue(window: str) -> str:
    """What stands before a publication cue in its window (nothing for a stamp)."""
    line = window.rsplit("\n", 1)[-1]
    match = re.search(r"(?:publi|mis |mise |modifi|date de|derni|paru|posted|updated|last|first|modified)", line)
    return line[: match.start()] if match else line


@functools.cache
def _weekday_words(lang: str) -> tuple[str, ...]:
    return tuple(lexicon.fold(w) for w in (lexicon.load(f"{lang}/words").get("weekdays") or {}))

