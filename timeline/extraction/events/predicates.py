"""A date that modifies a happening no word list names: the predicate it attaches to makes an event 'other'.

"Le 5 mars, la cour a débouté le plaignant", "On Tuesday the board dismissed the appeal": no trigger of
the vocabulary, but the date dates what the verb tells. For a date left unpaired in its sentence, the
nearest finite verb of its clause (a compound past "a débouté", a simple past "dismissed", per
``predicate_forms`` in lang/<lang>/triggers.yaml; a future, a modal or a plan of any verb, "doit examiner", per
events/verb_shapes.py) becomes a verb trigger of type ``other``, unless it reports a statement ("said",
"a déclaré": ``reporting_verbs``) or a clause break stands between.
No parser: regular patterns over the folded clause, so the cost stays that of one regex per sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from timeline import lang as lexicon
from timeline.extraction.dates.times import CLOCK_RULE
from timeline.extraction.events.channels import channel_medium
from timeline.extraction.events.date_roles import _announcing
from timeline.extraction.events.frame_types import frame_type
from timeline.extraction.events.pairing import _figure_periods, _Proto
from timeline.extraction.events.participles import Held, takes_date
from timeline.extraction.events.spans import _clause_breaks, _words_between
from timeline.extraction.events.status_cues import status_cues
from timeline.extraction.events.triggers import _retyped, _Trigger
from timeline.extraction.events.verb_shapes import shape_type, verb_forms
from timeline.extraction.events.vocabulary import CUE_WINDOW, Rules
from timeline.extraction.events.wordlists import reporting_cues
from timeline.extraction.sentences import Span
from timeline.models import DateMention

#: Words at most between a date and the predicate it modifies ("Le 5 mars, la cour a débouté": 3).
PREDICATE_REACH = 6
#: Words at most between a date and the predicate that governs it before any pairing ("a assigné ce mercredi").
GOVERNING_REACH = 1
#: Words at most before a date that opens its sentence ("Dans la nuit du dimanche, ...": 3; "On Tuesday, ...": 1).
FRONTED_OPENING = 4
#: Words at most between a fronted date and the verb of the main clause it dates, brackets left out.
FRONTED_REACH = 30
#: Words at most between the verb of a clause and the date that closes its sentence, brackets left out ("Al Ittihad
#: clinched the title ... at the King Salman stadium on Sunday": 16; round thirty-five, mis35, tuned on dev).
CLOSING_REACH = 20
#: A quotation mark: a verb after an odd number of them stands inside a quotation.
_QUOTES = re.compile(r"[«»\"“”]")


@functools.cache
def _possessives(lang: str) -> frozenset[str]:
    """The possessive determiners of ``lang`` (``possessives`` in lang/<lang>/actors.yaml): a date word right after
    one is a noun ("son ascension"), no date of the clause."""
    return frozenset(str(w) for w in lexicon.load(f"{lang}/actors").get("possessives") or ())


@functools.cache
def _sayings(lang: str) -> re.Pattern[str]:
    """A verb of saying in any of its listed forms, anywhere (``speech_verbs``, ``speech_verbs_that`` x
    ``speech_forms`` and ``reporting_cues`` of lang/<lang>/triggers.yaml): "a précisé", "a confirmé", "said"."""
    data = lexicon.load(f"{lang}/triggers")
    cues = reporting_cues(data) + reporting_cues(data, "speech_verbs_that")
    body = "|".join(f"(?:{c})" for c in cues) or "(?!x)x"
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])")


#: What may follow a date that closes its sentence: closing punctuation only.
_CLOSING_TAIL = re.compile(r"[\s.!?…»\"”’')\]]*")
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
#: What ends the main clause a fronted date opens: a semicolon, a colon, a dash set off by spaces, a quotation.
_CLAUSE_END = re.compile(r"[;:«»\"“”]|\s[-–—]\s")
_TOKEN = re.compile(r"\w+'|[\w-]+")


def _candidates(rules: Rules, folded: str, sentence: Span, shaped: bool = True, text: str = ""
                ) -> list[tuple[int, int]]:
    found = []
    for start, end in verb_forms(rules.predicate_forms, rules.lang, folded, sentence.start, sentence.end, shaped,
                                 text):
        last = folded[start:end].split()[-1].strip("'")
        if rules.reporting_verbs and rules.reporting_verbs.fullmatch(last):
            continue
        before = folded[max(sentence.start, start - 20) : start].split()
        if before and before[-1] in rules.determiners:
            continue  # "the restructured GM": an adjective
        found.append((start, end))
    return found


#: Words at most between a trigger noun and the predicate it is the subject of ("Des émeutes ont éclaté").
SUBJECT_WORDS = 2


#: What may stand between a trigger noun phrase and the predicate it is the subject of ("the session, which opened").
_RELATIVE = re.compile(r"[\s,]*(?:which|that|who|qui|lequel|laquelle|lesquels|lesquelles)?\s*")


def _has_subject(folded: str, triggers: Sequence[_Trigger], start: int) -> bool:
    """A trigger noun right before the predicate (or its noun phrase, then "which", "qui") is its subject."""
    for t in triggers:
        if t.kind != "noun" or t.end > start:
            continue
        if _words_between(folded, t.end, start) <= SUBJECT_WORDS and not _clause_breaks(folded, t.end, start):
            return True
        if t.np_end <= start and _RELATIVE.fullmatch(folded, t.np_end, start):
            return True
    return False


def _in_clause(folded: str, triggers: Sequence[_Trigger], date: DateMention) -> bool:
    """A trigger of the date's own clause (not a complement of another noun) names the happening it dates."""
    for t in triggers:
        if t.excluded or t.genitive or t.subordinate:
            continue
        gap = (t.end, date.start) if t.end <= date.start else (date.end, t.start)
        if gap[0] <= gap[1] and not _clause_breaks(folded, *gap):
            return True
    return False


def _reported(folded: str, date: DateMention, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The first finite predicate of the clause a dated saying reports, before any clause break ("said on Tuesday
    that its sales in the United States rose 43%": "rose"), or None."""
    for start, end in spans:
        if start >= date.end and not _clause_breaks(folded, date.end, start):
            return start, end
    return None


def _verb_of(found: re.Match[str]) -> tuple[int, int]:
    """The span of a matched cue's verb: its last word, past the determiner or preposition it may end on."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[\w'-]+", found.group(0))]
    while len(spans) > 1 and found.group(0)[spans[-1][0] : spans[-1][1]] in _CUE_TAIL:
        spans.pop()
    return found.start() + spans[-1][0], found.start() + spans[-1][1]


def _announcing_verb(rules: Rules, folded: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the announcing verb (or participle) whose cue ends the window [lo, hi) before a date, past the
    determiner or preposition the cue may end on ("a annoncé ce mardi": "annonce")."""
    cue, _, _, published = _announcing(rules.lang)
    found = next((m for m in (p.search(folded, lo, hi) for p in (published, cue) if p) if m), None)
    if found is None:
        return None
    return _verb_of(found)


def _released_verb(rules: Rules, folded: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the publishing participle of a statement whose release ends the window [lo, hi) before a date
    ("a statement released on": "released"; ``StatusCues.release``)."""
    release = status_cues(rules.lang).release
    found = release.search(folded, lo, hi) if release else None
    if found is None:
        return None
    return _verb_of(found)


def _channel_noun(rules: Rules, folded: str, sentence: Span, date: DateMention, window: tuple[int, int]
                  ) -> tuple[int, int] | None:
    """The noun of the sayer's document a 'released' date dates ("dans un communiqué de vendredi", "said on Tuesday
    in a letter": events/channels.py), or the verb of saying before the date when the document follows it."""
    cues = [c.search(folded, *window) for c in (rules.reporting, rules.reporting_that) if c is not None]
    said = next((c for c in cues if c is not None), None)
    medium = channel_medium(rules.lang, folded, sentence, date, folded[window[0] : window[1]], said is not None)
    if medium is None or medium[0] < date.start or said is None:
        return medium
    return _verb_of(said)  # "a écrit dimanche dans une lettre": the saying verb, before its date, dates the letter


#: Words an announcing cue may end on before its date ("announced on Tuesday", "a dévoilé ce mardi").
_CUE_TAIL = frozenset({"on", "ce", "cette", "le", "la", "les", "l'", "the", "a", "an", "its", "their", "un", "une"})


@functools.cache
def clause_openers(lang: str) -> frozenset[str]:
    """Words that open a subordinate clause ("qui", "que", "which", "when"; ``clause_openers`` in
    lang/<lang>/triggers.yaml): a verb after one is not the verb of the main clause."""
    return frozenset(lexicon.load(f"{lang}/triggers").get("clause_openers") or ())


def _fronted(folded: str, sentence: Span, date: DateMention, spans: Sequence[tuple[int, int]]) -> bool:
    """The date opens its sentence (a preposition or determiner at most before it, past a dateline's dash) and a
    comma sets it off: "Le samedi 4 mars, ...", "Dans la nuit du dimanche, ...", "On Tuesday, ..."."""
    opening = folded[sentence.start : date.start]
    dash = _CLAUSE_END.search(opening[::-1])
    start = sentence.start + len(opening) - dash.start() if dash else sentence.start
    words = folded[start : date.start].split()
    return (len(words) <= FRONTED_OPENING and "," not in folded[start : date.start]
            and folded[date.end : date.end + 3].lstrip().startswith(",")
            and not any(a < date.start and start < b for a, b in spans))


def _fallback(rules: Rules, folded: str, sentence: Span, date: DateMention, spans: Sequence[tuple[int, int]],
              held: Held | None, claimed: Sequence[tuple[int, int]] = ()) -> tuple[tuple[int, int, int] | None, bool]:
    """For a date no predicate beside it took: the verb of the main clause a fronted date opens ("Le 4 mars, ..., six
    membres ont été pris"), else the publishing participle of a noun that holds it ("les révélations du journal
    parues ce mercredi": the publication, events/participles.py), else the verb of the clause a date closes; with
    whether it is that last reading (``_closing_predicate``; ``claimed``: the sentence's verb triggers and the
    verbs its other dates took)."""
    if _fronted(folded, sentence, date, spans):
        verb = _main_predicate(rules, folded, sentence, date, spans)
        return None if verb is None else (0, *verb), False
    if held is not None and held.announcing:
        return (0, held.start, held.end), False
    verb = _closing_predicate(rules, folded, sentence, date, spans, claimed)
    return None if verb is None else (0, *verb), verb is not None


def _closing_predicate(rules: Rules, folded: str, sentence: Span, date: DateMention, spans: Sequence[tuple[int, int]],
                       claimed: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The verb of the clause a date closes, beyond ``PREDICATE_REACH``: the date ends its sentence, and the nearest
    predicate before it stands within ``CLOSING_REACH`` words, brackets left out, with no clause opener ("which",
    "after", "qui"), clause break, end of clause or verb of saying between ("President X has commissioned the newly
    renovated regional hospital, Wednesday.", "Les électeurs seront appelés à voter, après six semaines de
    campagne, le 21 octobre"); not a verb inside a quotation, nor a date word right after a possessive ("continuer son
    ascension"). The mirror of a fronted date's main verb (``_main_predicate``); round thirty-five, mis35.
    The verb is the one nearest the date: a verb trigger of the sentence or a verb another of its dates took
    (``claimed``) standing between them keeps the date from reaching past it ("entendra le ministre mardi puis
    votera le texte mercredi": Wednesday is the vote's or no verb's, never the hearing's; round thirty-seven)."""
    if not _CLOSING_TAIL.fullmatch(folded, date.end, sentence.end):
        return None
    before_date = folded[sentence.start : date.start].split()
    if before_date and before_date[-1] in _possessives(rules.lang):
        return None  # "continuer son ascension": a date word read in a noun a possessive opens
    before = [s for s in spans if s[1] <= date.start and s[0] >= sentence.start]
    if not before:
        return None
    start, end = before[-1]
    if any(start < b and a < date.start for a, b in claimed):
        return None  # a nearer verb is another date's or a trigger's: the closing date does not reach past it
    if len(_QUOTES.findall(folded, sentence.start, start)) % 2:
        return None  # the verb stands inside a quotation: a saying, no happening of the date
    between = _BRACKETS.sub(" ", folded[end : date.start])
    if (_CLAUSE_END.search(between) or _clause_breaks(between, 0, len(between))
            or len(between.split()) > CLOSING_REACH
            or any(word in clause_openers(rules.lang) for word in _TOKEN.findall(between))
            or _sayings(rules.lang).search(between)):
        return None  # "..., a précisé le ministère aujourd'hui": a saying between takes the date
    return start, end


def _claimed(triggers: Sequence[_Trigger], protos: Sequence[_Proto], out: Sequence[_Trigger],
             date: DateMention) -> list[tuple[int, int]]:
    """The verbs a closing date may not reach past: the sentence's verb triggers, the triggers its other dates
    took and the predicates already given to them (``_closing_predicate``)."""
    return ([(t.start, t.end) for t in triggers if t.kind == "verb" and not t.excluded]
            + [(p.trigger.start, p.trigger.end) for p in protos if p.date.start != date.start]
            + [(t.start, t.end) for t in out])


def _plain(rules: Rules, folded: str, sentence: Span, text: str = "") -> frozenset[tuple[int, int]]:
    """The spans of the sentence's predicates of the listed forms (``predicate_forms``), no shape among them."""
    return frozenset(verb_forms(rules.predicate_forms, rules.lang, folded, sentence.start, sentence.end, False, text))


def _main_predicate(rules: Rules, folded: str, sentence: Span, date: DateMention, spans: Sequence[tuple[int, int]]
                    ) -> tuple[int, int] | None:
    """The verb of the main clause a fronted date opens: the first predicate after it that no clause opener ("qui",
    "which") puts in a subordinate clause, a relative clause set off by commas and brackets left out ("Le 4 mars,
    dans la province de X (au nord), six membres du parti, qui manifestaient, ont été arrêtés": "ont été arrêtés")."""
    for start, end in spans:
        if start < date.end:
            continue
        between = _BRACKETS.sub(" ", folded[date.end : start])
        if _CLAUSE_END.search(between) or len(between.split()) > FRONTED_REACH:
            return None
        clause = between.split(",")[-1]  # the segments commas close before it (appositions, relative clauses) aside
        if not any(word in clause_openers(rules.lang) for word in _TOKEN.findall(clause)):
            return start, end
    return None


def predicate_triggers(rules: Rules, folded: str, sentence: Span, dates: Sequence[tuple[DateMention, str]],
                       protos: Sequence[_Proto], triggers: Sequence[_Trigger], reach: int = PREDICATE_REACH,
                       held: Mapping[int, Held] | None = None, text: str = "") -> list[_Trigger]:
    """Verb triggers of type 'other' for the event dates of one sentence that no trigger took.

    With ``reach`` 1 (GOVERNING_REACH), before pairing: the predicate right beside a date governs it, and competes
    with the sentence's triggers ("a assigné ce mercredi 21 décembre le PS en justice après avoir été recalé par
    la Haute autorité de la primaire": the summons, not the primary).
    ``held``: the dates a noun's participle introduces, taken as events/participles.py ``takes_date`` allows.
    ``text``: the written text (offsets of ``folded``), to read "à" apart from the auxiliary "a" ("à Paris").
    """
    if any(t.subordinate for t in triggers):
        return []  # "Les préparatifs du 14e Congrès ont commencé le 3 mars": the date belongs to a topic
    used = {p.date.start for p in protos}
    days = {p.date.value for p in protos} | {d.value for d, _ in dates if d.rule != CLOCK_RULE}
    taken = [(t.start, t.end) for t in triggers]
    spans = [s for s in _candidates(rules, folded, sentence, reach != GOVERNING_REACH, text)  # shapes fill gaps
             if not any(a < s[1] and s[0] < b for a, b in taken)]
    out: list[_Trigger] = []
    periods = _figure_periods(folded, triggers, dates)  # "sales fell in February": a figure's period dates nothing
    plain = _plain(rules, folded, sentence, text) if held else frozenset()  # a predicate not among them is a shape
    for number, (date, role) in enumerate(dates):
        if number in periods:
            continue
        if role == "released" and date.start not in used:  # "a statement released on Monday announced a strike"
            window = (max(sentence.start, date.start - CUE_WINDOW), date.start)
            verb = _released_verb(rules, folded, *window) or _channel_noun(rules, folded, sentence, date, window)
            if verb is not None:  # the announcement is the row when what it announces has no date of its own
                out.append(_Trigger(*verb, "other", "verb", *verb, False, False))
            continue
        if role == "announced" and date.start not in used:
            verb = _announcing_verb(rules, folded, max(sentence.start, date.start - CUE_WINDOW), date.start)
            if verb is not None:  # "a révélé jeudi que ...", "les chiffres dévoilés mardi": the announcing verb
                # typed by what it announces, as a trigger verb is ("a annoncé mardi qu'il quitte le parti")
                announced = _retyped(rules, folded, folded[verb[0] : verb[1]], (sentence.start, *verb, sentence.end),
                                     "other")
                out.append(_Trigger(*verb, announced, "verb", *verb, False, False))
            continue
        if role == "reported" and date.start not in used and date.precision in rules.predicate_precisions:
            reported = _reported(folded, date, spans)
            if reported is not None and all(t.start != reported[0] for t in out):
                out.append(_Trigger(*reported, "other", "verb", *reported, False, False))
            continue
        if role != "event" or date.start in used or date.precision not in rules.predicate_precisions:
            continue
        if date.rule == CLOCK_RULE and date.value in days:
            continue  # "a commencé mardi vers 9 h 30": the hour of a day that already dates this sentence's event
        if rules.statement and rules.statement.match(folded[date.end : sentence.end]):
            continue  # "spoke out on Tuesday that GM has submitted ...": the date of a statement
        best: tuple[int, int, int] | None = None
        for start, end in spans:
            if start <= date.start and date.end <= end and "," in folded[start : date.start]:
                # "a, ce mercredi 22 février, menacé": the date is set off inside the compound past
                participle = folded.rfind(" ", date.end, end) + 1
                best = (0, participle, end)
                break
            if start < date.end and date.start < end:
                continue
            if held and not takes_date(rules.lang, folded, held.get(date.start), start, end, (start, end) not in plain):
                continue  # "the gala planned for Thursday has been postponed": the date is the gala's
            gap = (end, date.start) if end <= date.start else (date.end, start)
            words = _words_between(folded, *gap)
            # a predicate after the date is read with its own words: "on October 25 and will begin" opens a clause
            if words > reach or _clause_breaks(folded, gap[0], gap[1] if end <= date.start else end):
                continue
            if best is None or words < best[0]:
                best = (words, start, end)
        best, closing = (best, False) if best is not None or reach != PREDICATE_REACH else _fallback(
            rules, folded, sentence, date, spans, (held or {}).get(date.start), _claimed(triggers, protos, out, date))
        if best is not None and reach == GOVERNING_REACH and (
                _has_subject(folded, triggers, best[1]) or _in_clause(folded, triggers, date)):
            continue  # "Des émeutes ont éclaté dans la journée": the trigger noun of its subject tells the happening
        if best is not None and all(t.start != best[1] for t in out):
            _, start, end = best
            # typed by its object as a trigger verb is ("left the party on Tuesday": a resignation, an election)
            bounds = (sentence.start, start, end, sentence.end)  # then by its frame ("will act as chief executive")
            typed = _retyped(rules, folded, folded[start:end], bounds, shape_type(rules.lang, folded[start:end]))
            typed = frame_type(rules.lang, folded, bounds, typed, (date.start, date.end))
            out.append(_Trigger(start, end, typed, "verb", start, end, False, False, closing=closing))
    return out
