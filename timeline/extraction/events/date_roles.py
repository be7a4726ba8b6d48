"""Step 3: which dates of a sentence can anchor an event (not deadlines, horizons, statements, names)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.dates.resolve import GUESSED_YEAR_CONFIDENCE, WEEKDAY_MISMATCH_CONFIDENCE
from timeline.extraction.events.chronology import is_chronology
from timeline.extraction.events.trace import gate
from timeline.extraction.events.triggers import CUE_WINDOW, Rules
from timeline.extraction.events.wordlists import _alternation as _patterns
from timeline.extraction.events.wordlists import _tail_re, reporting_cues
from timeline.extraction.sentences import Span
from timeline.models import DateMention

# --------------------------------------------------------------------------- step 3: dates


#: Date-engine rules of offsets counted from the page or another date ("five years ago", "30 ans après").
VAGUE_RULES = frozenset({"relative_offset", "offset_anchor"})

#: What follows a dateline's date: "12 mars 2017 . –", "March 3, 2017 -" (the date opens its line).
_DATELINE_AFTER = re.compile(r"\s*\.?\s*[-–—]\s")

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
    if date.precision in ("month", "year") and _NAMED.search(before):
        return gate("named")  # part of a name: "la Révolution d'août", "the October Revolution"
    if press_date(rules.lang, folded, sentence, date):
        return gate("press_date")  # "according to an April 2nd report", "un article du Parisien paru le 9 mars"
    release = status_cues(rules.lang).release
    if release and release.search(folded, max(sentence.start, date.start - CUE_WINDOW), date.start):
        return "released"  # "a statement released on Monday announced a strike": the statement's day
    if rules.publication and rules.publication.search(window) and not re.search(r"\w", _strip_cue(window)):
        return gate("publication")  # "Publié le 20/12/2025"
    coarse = date.precision in ("year", "month")
    if coarse and ((rules.horizon and rules.horizon.search(window))
                   or (rules.horizon_start and rules.horizon_start.match(head))):
        return gate("horizon")  # "d'ici 2030", "mandat 2025-2030", "by 2030"
    announced = _announced_role(rules, folded, sentence, date, window)
    if announced:
        return announced
    if (inverted := _inverted_reporting(rules.lang)) and inverted.search(window):
        return gate("inverted_reporting")  # "est morte samedi, a annoncé sa famille dimanche matin"
    if said_at(rules, folded, sentence, date, window) and not (
            lead and rules.lead_announcements and rules.lead_announcements.search(window)):
        reported = rules.reported_clause if lead else None
        opening = reported.match(folded, date.end, sentence.end) if reported else None
        clause = re.split(r"[,;:()]", folded[opening.end() : sentence.end])[0] if opening else ""
        if opening and not (rules.reported_other_day and rules.reported_other_day.search(clause)):
            return "reported"  # "Ford said on Tuesday that its sales rose 43%": the lead reports that day's news
        if lead and _said_news_act(rules, folded, sentence, date):
            return "reported"  # "Arlen said on Tuesday it would close its plant": the step announced is the news
        return gate("said")  # "the ministry said on Thursday": when it was told, not when it happens
    clause = re.split(r"[,;:()]", window)[-1]
    if rules.birth and rules.birth.search(clause):
        return gate("birth")  # "born in San Francisco on February 24, 1955": a birth date, no happening of the news
    if rules.date_terms and (rules.date_terms.search(clause)
                             or rules.date_terms.match(folded[date.end : date.end + 30].lstrip(" ,"))):
        return gate("deadline_term")  # "a deadline set at June 1", "a June 1 deadline": a deadline, no happening
    if rules.comparison and rules.comparison.search(window):
        return gate("comparison")  # "sales dropped 23% compared to March of 2008": the period compared with
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
    deadline = bool(rules.deadline and rules.deadline.search(window))
    if deadline or (rules.deadline_start and rules.deadline_start.match(head)):
        if rules.continuation and rules.continuation.search(folded, sentence.start, date.start):
            return "until"  # "se poursuit jusqu'au 18 octobre"
        return gate("deadline")  # "inscriptions ouvertes jusqu'au ...", "avant le ..."
    return "event"


#: Date-engine rules of seasons ("l'hiver", "this summer"): three months with no edge, as vague as a year.
SEASON_RULES = frozenset({"season"})
#: Date-engine rules of a day counted from another one ("le lendemain", "la veille", "une journée plus tard").
ANCHOR_RULES = frozenset({"relative_anchor", "offset_anchor"})
#: Days before the page beyond which a year the date engine guessed ("juin", "November 11" in a clause it read as
#: past) and put in an earlier calendar year is no date to build an event on: the same day and month of the coming
#: year is nearer, and news leaves out the year of the current one ("in January", on a page of September), not of
#: a date of last year further back than half a year.
GUESSED_YEAR_REACH = 183
#: The confidences the date engine gives a year it guessed (not written, not confirmed by a weekday).
GUESSED_YEAR = frozenset({GUESSED_YEAR_CONFIDENCE, WEEKDAY_MISMATCH_CONFIDENCE})


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _anchor_objects() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What follows a day counted from a happening the text names instead of a date ("au lendemain de la
    fusillade", "à la veille du scrutin", "the day after airing"), whose date the engine can only guess: (the
    preposition and article after the anchor, the article after an anchor ending in its own last word, that last
    word), from ``anchor_object`` in lang/*/triggers.yaml, both languages (the text is folded, its language aside)."""
    lists: dict[str, set[str]] = {"last_words": set(), "after_last": set(), "prepositions": set(), "articles": set()}
    for lang in ("fr", "en"):
        table = lexicon.load(f"{lang}/triggers").get("anchor_object") or {}
        for key, found in lists.items():
            found.update(lexicon.fold(str(w)) for w in table.get(key) or [])
    articles = f"(?:(?:{_alternation(lists['articles'])})\\b\\s*)?" if lists["articles"] else ""
    after_last = f"(?:(?:{_alternation(lists['after_last'])})\\s+)?" if lists["after_last"] else ""
    return (re.compile(f"\\s+(?:{_alternation(lists['prepositions'])})\\b\\s*{articles}(?=\\w)"),
            re.compile(f"\\s+{after_last}(?=\\w)"),
            re.compile(f"\\b(?:{_alternation(lists['last_words'])})$"))


@functools.cache
def _session_nouns() -> re.Pattern[str] | None:
    """Nouns a bare part of the day modifies as a kind of session, no date ("in morning trading on Friday", "the
    afternoon session"): ``session_nouns`` in lang/*/triggers.yaml, both languages (the text is folded)."""
    words = {lexicon.fold(str(w)) for lang in ("fr", "en")
             for w in lexicon.load(f"{lang}/triggers").get("session_nouns") or []}
    return re.compile(rf"\s+(?:{_alternation(words)})\b") if words else None


#: A part of the day with no day of its own ("morning", "the afternoon"): its date is only the story's.
_BARE_PART = re.compile(r"(?:(?:the|this|early|late|mid)[\s-]+)?[a-z]+")


def session_part(folded: str, date: DateMention) -> bool:
    """A bare part of the day that names a kind of session: "the Nikkei fell 3% in morning trading on Friday" is
    Friday's fall, not this morning's (``session_nouns``); alone in its sentence it still dates the story's day
    ("rose 1% in afternoon trading"). The date stays in the dates table."""
    nouns = _session_nouns()
    return (bool(date.time) and nouns is not None and _BARE_PART.fullmatch(folded, date.start, date.end) is not None
            and nouns.match(folded, date.end) is not None)


def settle_sentence_roles(folded: str, by_sentence: dict[int, list[tuple[DateMention, str]]]) -> None:
    """Within one sentence, a statement's day gives way to a date of what it announces, and a kind of session
    beside a day ("fell 3% in morning trading on Friday") gives way to the day. Edits ``by_sentence`` in place."""
    for i, found in by_sentence.items():
        if any(r == "released" for _, r in found) and any(r == "event" for _, r in found):
            found = by_sentence[i] = [(d, r) for d, r in found if r != "released"]
        if len(found) > 1 and any(session_part(folded, d) for d, _ in found):
            found = by_sentence[i] = [(d, r) for d, r in found if not session_part(folded, d)] or found
        if len(found) > 1 and any(entry_clock(folded, d) for d, _ in found):
            # a live blog's entry stamp ("08h30 - Un homme est mort ce matin"): the entry's own date tells the day
            by_sentence[i] = [(d, r) for d, r in found if not entry_clock(folded, d)]


def _glued_dateline(folded: str, date: DateMention) -> bool:
    """A date opening its line before a dash ("12 mars 2017 . – L'ancien ..."): the page's dateline glued to its
    first sentence; a clock there ("14h05 - ...", a live blog's entry) dates its entry on the page's day. Not in a
    chronology, whose every line opens so (events/chronology.py)."""
    line_before = folded[max(0, date.start - 40) : date.start].split("\n")[-1].strip(" (")
    return (_DATELINE_AFTER.match(folded, date.end) is not None and date.rule != CLOCK_RULE
            and (not line_before or _DAY_NUMBER.fullmatch(line_before) is not None) and not is_chronology(folded))


def entry_clock(folded: str, date: DateMention) -> bool:
    """A clock that opens its line before a dash: a live blog's entry stamp ("14h05 - ...")."""
    return (date.rule == CLOCK_RULE and _DATELINE_AFTER.match(folded, date.end) is not None
            and not folded[max(0, date.start - 40) : date.start].split("\n")[-1].strip(" ("))


@dataclasses.dataclass(frozen=True)
class StatusCues:
    """Compiled ``status_cues`` of lang/<lang>/triggers.yaml: the grammatical status that keeps a date or a trigger
    from making an event (a press piece's date, a denied verb, a hedged noun)."""

    press_date_after: re.Pattern[str] | None
    """After a date: the press piece it dates ("an April 2nd article", "une interview du 3 mars" is before)."""
    press_date_before: re.Pattern[str] | None
    """Before a date: a press piece and its publishing participle, or its "du"/"of" ("un article paru le")."""
    report_after: re.Pattern[str] | None
    report_before: re.Pattern[str] | None
    """The same for a report, only read after an attribution ("according to an April 2nd report")."""
    attribution: re.Pattern[str] | None
    negated: re.Pattern[str] | None
    """Ends right before a denied verb trigger ("was not ", "n'a pas ", "n'ont jamais été ")."""
    negated_date: re.Pattern[str] | None
    """Ends right before the date of a denied verb ("was not held on ", "n'a pas été signé le ")."""
    hedged_before: re.Pattern[str] | None
    hedged_after: re.Pattern[str] | None
    condition: re.Pattern[str] | None
    """Opens a clause that is not asserted ("si la fusion", "if the merger", "unless"), not after "même", "even"."""
    recurring: re.Pattern[str] | None
    """Ends right before a date that comes back ("every Monday", "chaque lundi", "each year on March 8")."""
    possibility: re.Pattern[str] | None
    """A verb of possibility or intention a few words before a date ("pourrait se rendre à Alger en")."""
    release: re.Pattern[str] | None = None
    """Before a date: a statement and its publishing participle, no attribution ("a statement released on", "un
    communiqué publié"): the statement's day, not the day of what it announces."""


#: From a denial to the date of its verb: the verb (two words at most) and a date's preposition ("held on ").
_VERB_TO_DATE = r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:(?:le|on|en|in|ce|cette|this|last|at|au)\s+)?$"


#: Words at most between a verb of possibility and the date of what it makes possible ("pourrait se rendre à Alger
#: en avril": 4); further, the date belongs to another verb ("pourrait perdre des sièges lors des élections de").
POSSIBILITY_WORDS = 5


def _words(table: dict[str, object], key: str) -> list[str]:
    return [lexicon.fold(str(w)) for w in table.get(key) or []]  # type: ignore[attr-defined]


@functools.cache
def status_cues(lang: str) -> StatusCues:
    """The status cues of ``lang`` (English for any language but French)."""
    table = lexicon.load(f"{lang if lang in ('fr', 'en') else 'en'}/triggers").get("status_cues") or {}
    pieces, published, reports = (_words(table, k) for k in ("press_pieces", "published", "reports"))
    attribution, negations, hedges = (_words(table, k) for k in ("attribution", "negations", "hedges"))

    def alt(words: list[str]) -> str:
        return _alternation(set(words))

    def after(nouns: list[str]) -> re.Pattern[str] | None:
        return re.compile(f"(?:'s)?\\s*(?:{alt(nouns)})\\b") if nouns else None

    def before(nouns: list[str]) -> re.Pattern[str] | None:
        if not nouns:
            return None
        participle = f"[^,.;:!?]{{0,60}}?\\b(?:{alt(published)})\\s+(?:(?:le|du|en|on|in|ce|cette|this|last)\\s+)?" \
            if published else "(?!)"
        return re.compile(f"\\b(?:{alt(nouns)})\\b(?:{participle}|\\s+(?:du|de|d'|of)\\s*(?:the\\s+)?)$")

    if lang == "fr":
        negated = f"\\b(?:ne\\s|n')[^,.;:]{{0,25}}?\\b(?:{alt(negations)})\\s+(?:(?:encore|ete|du tout)\\s+)?$"
    else:
        # "pleaded not guilty on March 6", "found not liable": a plea or a verdict told, no denial (``pleas``)
        kept = f"(?!\\s+(?:{alt(pleas)})\\b)" if (pleas := _words(table, "pleas")) else ""
        adverbs = "been|be|yet|even|actually|officially|formally|already"
        negated = f"\\b(?:{alt(negations)}){kept}\\s+(?:(?:{adverbs})\\s+)*$"
    conditions, subjects, asserted = (_words(table, k) for k in ("conditions", "condition_subjects",
                                                                  "not_conditions"))
    condition = None
    if conditions:
        # a bare "si" opens a clause only before its subject ("si la fusion", not "si bien que", "si important")
        bare = [w for w in conditions if " " not in w and "'" not in w]
        subject = f"(?=\\s*(?:{alt(subjects)})\\b|\\s*\\w+')" if subjects else ""
        words = [f"(?:{alt(bare)}){subject}" if bare else "(?!)"] + [re.escape(w) for w in conditions if w not in bare]
        not_after = "".join(f"(?<!\\b{re.escape(w)}\\s)" for w in asserted)  # "même si", "even if": asserted
        condition = re.compile(f"{not_after}\\b(?:{'|'.join(words)})")
    return StatusCues(
        after(pieces), before(pieces), after(reports), before(reports),
        re.compile(f"\\b(?:{alt(attribution)})\\b") if attribution else None,
        re.compile(negated) if negations else None,
        re.compile(negated[:-1] + _VERB_TO_DATE) if negations else None,
        re.compile(f"\\b(?:{alt(hedges)})\\s+$") if hedges else None,
        re.compile(f"\\s+(?:{alt(hedges)})\\b") if hedges else None,
        condition,
        re.compile(f"\\b(?:{alt(recurring)})\\s+(?:(?:year|week|month|annee|an|semaine|mois|on|in|le|en)\\s+)*$")
        if (recurring := _words(table, "recurring")) else None,
        re.compile(f"\\b(?:{alt(possible)})\\S*(?:\\s+\\S+){{0,{POSSIBILITY_WORDS}}}\\s*$")
        if (possible := _words(table, "possibility")) else None,
        re.compile(f"\\b(?:{alt(reports)})\\s+(?:\\w+\\s+){{0,2}}(?:{alt(published)})\\s+"
                   f"(?:(?:le|du|en|on|in|ce|cette|this|last)\\s+)?$") if reports and published else None,
    )


def denied_or_hedged(lang: str, folded: str, sentence: Span, start: int, end: int, noun: bool) -> str | None:
    """Why a trigger tells no happening, by its grammatical status, or None: a verb denied ("was not held",
    "n'a jamais été signé") or a noun hedged ("une éventuelle grève", "a possible strike", "la mise en examen
    éventuelle"). "was not held until Monday", "ne s'est tenue que lundi" still tell when it was held."""
    cues = status_cues(lang)
    before = folded[max(sentence.start, start - 40) : start]
    if noun:
        hedged = (cues.hedged_before and cues.hedged_before.search(before)) or (
            cues.hedged_after and cues.hedged_after.match(folded, end, sentence.end))
        return "hedged" if hedged else None
    if cues.negated is None or not cues.negated.search(before):
        return None
    if _NOT_UNTIL.match(folded, end, min(sentence.end, end + 40)):
        return None
    return "denied"


#: After a denied verb, what still dates it: "was not held until Monday", "n'a été signé que le 5".
_NOT_UNTIL = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:until|till|before|que|qu'|avant)\b")


def unasserted(lang: str, folded: str, sentence: Span, date: DateMention) -> bool:
    """A date of a clause the text does not assert: a condition ("si la fusion est approuvée en mai", "if the deal
    is signed on Monday", "unless", "whether"), a possibility ("pourrait se rendre à Alger en avril", "is considering
    a listing in June") or a question (the sentence ends with "?")."""
    if folded[sentence.start : sentence.end].rstrip(" \n\"'»”)").endswith("?"):
        return True
    cues = status_cues(lang)
    clause = re.split(r"[,;:()]|\s[-–—]\s", folded[max(sentence.start, date.start - 120) : date.start])[-1]
    return bool((cues.condition and cues.condition.search(clause))
                or (cues.possibility and cues.possibility.search(clause)))


def denied_date(lang: str, folded: str, sentence: Span, date: DateMention) -> bool:
    """The date of a denied verb right before it ("was not held on Monday", "n'a jamais été signé le 5 mars"):
    nothing happened then. "was not held until Monday" is an until date (step 3), "n'a été signé que le 5" no denial."""
    cues = status_cues(lang)
    if cues.negated_date is None:
        return False
    clause = re.split(r"[,;:()]", folded[max(sentence.start, date.start - 80) : date.start])[-1]
    if not cues.negated_date.search(clause):
        return False
    return not _CONTRAST.search(folded, date.end, sentence.end)  # "ne sont pas venus mardi ..., mais ont manifesté"


#: What tells the happening of a denied verb's date instead ("ne sont pas venus mardi à la réunion, mais ont
#: manifesté devant l'usine", "did not attend on Monday but marched"): the date stays.
_CONTRAST = re.compile(r"\b(?:mais|but|instead|rather|plutot|en revanche|au contraire)\b")


def press_date(lang: str, folded: str, sentence: Span, date: DateMention) -> bool:
    """The date of a press piece cited as the source ("according to an April 2nd report", "un article du Parisien paru
    le 9 mars", "in a Tuesday interview"): when it was told, the reporting act, not when the happening was."""
    cues = status_cues(lang)
    clause = re.split(r"[,;:()]", folded[sentence.start : date.start])[-1]
    ahead = folded[date.end : min(sentence.end, date.end + 40)]
    if (cues.press_date_after and cues.press_date_after.match(ahead)) or (
            cues.press_date_before and cues.press_date_before.search(clause)):
        return True
    if cues.attribution is None or not cues.attribution.search(clause):
        return False
    return bool((cues.report_after and cues.report_after.match(ahead))
                or (cues.report_before and cues.report_before.search(clause)))


def weak_reading(folded: str, date: DateMention, reference: dt.date | None,
                 date_starts: frozenset[int] = frozenset()) -> str | None:
    """Why a date's reading is too weak to date a happening, or None.

    A season ("à quelques semaines de l'hiver"); a day counted from a happening named instead of a date ("au
    lendemain de la fusillade"); a year guessed from the tense, in an earlier calendar year, more than half a year
    back ("les législatives de juin" on a page of March). The date itself stays in the dates table: only no event
    is built on it. ``date_starts``: where the page's dates start ("the day after Christmas" counts from a date).
    """
    if date.rule in SEASON_RULES:
        return "season"
    text = folded[date.start : date.end]
    if date.rule in ANCHOR_RULES:
        after = folded[date.end : date.end + 30]
        # "the day after airing" (the anchor word ends the date), "au lendemain de la fusillade" (it follows)
        anchored_on, next_word, word_last = _anchor_objects()
        named = (next_word if word_last.search(text.rstrip()) else anchored_on).match(after)
        return "anchored on a happening" if named and date.end + named.end() not in date_starts else None
    if (reference is not None and date.confidence in GUESSED_YEAR and date.precision in ("day", "month")
            and not re.search(r"\d{4}", text) and not _PAST_WORDS.search(text)
            and (last := date.end_value or date.value).year < reference.year
            and (reference - last).days > GUESSED_YEAR_REACH):
        return "guessed year far back"
    return None


def _strip_cue(window: str) -> str:
    """What stands before a publication cue in its window (nothing for a stamp)."""
    line = window.rsplit("\n", 1)[-1]
    match = re.search(r"(?:publi|mis |mise |modifi|date de|derni|paru|posted|updated|last|first|modified)", line)
    return line[: match.start()] if match else line


_PAST_WORDS = re.compile(r"dernier|derniere|passe|passee|last|past|previous|ago|hier|yesterday")


def _future_weekday(rules: Rules, folded: str, sentence: Span, date: DateMention,
                    reference: dt.date | None) -> DateMention:
    """A bare weekday the date engine put in the past, in a sentence in the future tense: the coming one.

    "Les ministres tiendront leur propre réunion dimanche" (page of Saturday 24 May) is Sunday 25 May.
    """
    if (reference is None or not date.relative or date.precision != "day" or date.end_value is not None
            or not date.value < reference <= date.value + dt.timedelta(days=6)):
        return date
    words = folded[date.start : date.end]
    if re.search(r"\d", words) or _PAST_WORDS.search(words) or rules.future is None:
        return date
    if said_at(rules, folded, sentence, date, folded[max(sentence.start, date.start - CUE_WINDOW) : date.start]):
        return date  # "Apple announced Friday that it will give ...": the announcement is past, its content ahead
    before = folded[sentence.start : date.start]
    after = folded[date.end : sentence.end]
    clause_start = date.start - len(re.split(r"[,;:()]", before)[-1])
    clause_end = date.end + len(re.split(r"[,;:()]", after)[0])
    if len(re.findall(r"\w+", folded[clause_start:clause_end])) <= 3:  # "Vendredi, ..., X rencontrera ..."
        clause_start, clause_end = sentence.start, sentence.end
        if rules.past and rules.past.search(folded, sentence.start, sentence.end):
            return date  # "On Sunday, the Prime Minister inaugurated ...": past tense wins
    if not rules.future.search(folded, clause_start, clause_end):
        return date
    if _past_conjunct(rules, folded, date, clause_start, clause_end):
        return date  # "The strike began on Monday and will continue until Friday": its own verb is past
    if "weekday" not in date.rule and not any(w in words for w in _weekday_words(rules.lang)):
        return date
    shifted = date.value + dt.timedelta(days=7)
    note = "the coming weekday: the sentence is in the future tense"
    return dataclasses.replace(date, value=shifted, explanation=f"{date.explanation}; {note}".lstrip("; "))


def _past_conjunct(rules: Rules, folded: str, date: DateMention, start: int, end: int) -> bool:
    """The date's own conjunct of its clause (cut at ``tense_links``, "and", "et", "mais") is in the past tense, while
    another conjunct is in the future: "La grève a commencé lundi et se poursuivra": Monday is behind."""
    if rules.tense_links is None or rules.past is None or rules.future is None:
        return False
    links = list(rules.tense_links.finditer(folded, start, date.start))
    lo = links[-1].end() if links else start
    after = rules.tense_links.search(folded, date.end, end)
    hi = after.start() if after else end
    if (lo, hi) == (start, end):
        return False
    return bool(rules.past.search(folded, lo, hi)) and not rules.future.search(folded, lo, hi)


@functools.cache
def _weekday_words(lang: str) -> tuple[str, ...]:
    return tuple(lexicon.fold(w) for w in (lexicon.load(f"{lang}/words").get("weekdays") or {}))


#: The body's reading of a headline's weekday differs by a whole week at most (past or coming one).
_WEEK = dt.timedelta(days=7)


_Roles = dict[int, list[tuple[DateMention, str]]]


def headline_weekdays(lang: str, folded: str, headlines: dict[int, int], sentence_story: Sequence[int],
                      by_sentence: _Roles) -> _Roles:
    """A headline has no tense ("Strike on Friday: rail traffic halted"), so the past or coming week of its bare
    weekday is a guess; its story's body tells the same weekday in a tensed sentence ("traffic will be halted on
    Friday"): the headline's weekday takes the body's reading, and both tellings date one happening.
    ``headlines``: story -> its headline's sentence index; ``by_sentence``: step 3's dates, changed in place."""
    weekdays = set(_weekday_words(lang))
    for story, index in headlines.items():
        for number, (date, role) in enumerate(by_sentence.get(index, ())):
            said = set(re.findall(r"\w+", folded[date.start : date.end]))
            if date.precision != "day" or not date.relative or not said & weekdays or re.search(r"\d", date.text):
                continue
            body = [d for i, found in by_sentence.items() if i != index and sentence_story[i] == story
                    for d, _ in found if d.precision == "day" and d.relative and abs(d.value - date.value) == _WEEK
                    and said & weekdays == set(re.findall(r"\w+", folded[d.start : d.end])) & weekdays]
            if len({d.value for d in body}) == 1:
                note = f"the body's reading of the headline's weekday ({body[0].text!r})"
                by_sentence[index][number] = (dataclasses.replace(date, value=body[0].value,
                                                                  explanation=f"{date.explanation}; {note}"), role)
    return by_sentence
