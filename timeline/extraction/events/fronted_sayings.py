"""A date that opens its sentence dates the sentence's main verb: when that verb is a verb of saying, the date is when
it was said, as in "a souligné lundi" (``date_roles.said_at``), and no happening named after it takes the date
(round thirty-four, spr34; docs/ANNOTATION.md: the reporting act is no row).

"Lundi, Léa Morin, avocate de deux prévenus, a souligné les dégâts du saccage", "Later that day, a spokesman for the
mayor, Ben Osei, said at a press conference that the budget was intact": the saccage and the press conference are
what was said and where, not happenings of that day. Called by ``date_roles._date_role`` for a sentence that is not
its story's lead (a lead's dated saying may be the news, as ``said_at``'s caller keeps it).

The saying is the first finite verb after the date: a subject and its appositions stand between, no verb
(``verb_shapes.verb_forms``), no clause opener ("qui", "which"), no quotation or clause break. "Lundi, des
manifestants ont bloqué la route, a indiqué la police" keeps its date: "ont bloqué" comes first. The verbs are the
pure verbs of saying (``speech_verbs`` in each of ``speech_forms``, lang/<lang>/triggers.yaml), not the announcing
verbs a fronted date keeps as a step of the story (events/statements.py ``fronted_announcements``) nor the verbs that
also name a deed (``speech_verbs_that``).
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.events.verb_shapes import verb_forms
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.events.wordlists import _alternation
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["fronted_saying"]

#: At most three words before a date that opens its sentence ("Plus tard dans la journée", "Later that day").
_OPENING = re.compile(r"[\W_]*(?:[\w'’-]+[\W_]+){0,3}")
#: A comma sets the fronted date off ("Lundi, ...", "On Tuesday, ...").
_CLOSED = re.compile(r"\s*,")
#: A quotation, a clause break or a dash between the date and the verb: the verb is no main verb of the date's clause.
_BREAK = re.compile(r"[;:«»\"“”()]|\s[-–—]\s")
#: Words at most between the fronted date and its saying (a subject and an apposition or two).
SAYING_REACH = 20
_WORD = re.compile(r"\w+'|[\w-]+")


@functools.cache
def _saying(lang: str) -> re.Pattern[str] | None:
    """Each pure verb of saying in each of its forms (``speech_verbs`` x ``speech_forms``), anywhere in a text."""
    data = lexicon.load(f"{lang}/triggers")
    forms = [str(f) for f in data.get("speech_forms") or ()]
    verbs = [str(v) for v in data.get("speech_verbs") or ()]
    body = _alternation([form.replace("{verb}", verb) for verb in verbs for form in forms])
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])") if body else None


@functools.cache
def _openers(lang: str) -> frozenset[str]:
    return frozenset(str(w) for w in lexicon.load(f"{lang}/triggers").get("clause_openers") or ())


def fronted_saying(rules: Rules, folded: str, sentence: Span, date: DateMention, text: str = "") -> bool:
    """Whether ``date`` opens ``sentence``, set off by a comma, and the main verb it dates is a verb of saying
    (the module's doc). ``text``: the written text, to read "à" apart from the auxiliary "a"."""
    if not (_OPENING.fullmatch(folded, sentence.start, date.start) and _CLOSED.match(folded, date.end, sentence.end)):
        return False
    saying = _saying(rules.lang)
    found = saying.search(folded, date.end, sentence.end) if saying else None
    if found is None:
        return False
    between = folded[date.end : found.start()]
    words = _WORD.findall(between)
    if _BREAK.search(between) or len(words) > SAYING_REACH or set(words) & _openers(rules.lang):
        return False
    return not verb_forms(rules.predicate_forms, rules.lang, folded, date.end, found.start(), True, text)
